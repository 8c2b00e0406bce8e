// The two views of a raw document with the spec's keys: a full copy, and one sharing every node
// that needs no change (what the schema check reads).

import { describe, expect, it } from "vitest";
import { storedKey, withSpecKeys, withSpecKeysShared } from "../../src/parse/raw.js";

const doc = () => {
  const info = { title: "t", version: "1", tags: ["a", "b"] };
  const schemas = { Pet: { type: "object", properties: { id: { type: "integer" } } } };
  const responses = { [storedKey("404")]: { description: "no" }, [storedKey("200")]: { description: "ok" }, default: { description: "other" } };
  return { info, schemas, root: { openapi: "3.0.3", info, paths: { "/p": { get: { responses } } }, components: { schemas }, list: [{ x: 1 }, { [storedKey("7")]: true }] } };
};

describe("withSpecKeysShared", () => {
  it("equals the full copy", () => {
    const { root } = doc();
    expect(withSpecKeysShared(root)).toEqual(withSpecKeys(root));
    expect(Object.keys((withSpecKeysShared(root) as { paths: { "/p": { get: { responses: object } } } }).paths["/p"].get.responses)).toEqual(["200", "404", "default"]);
  });

  it("shares the nodes without stored keys below them and leaves the document as it was", () => {
    const { root, info, schemas } = doc();
    const before = JSON.stringify(root);
    const view = withSpecKeysShared(root) as typeof root;
    expect(view).not.toBe(root);
    expect(view.info).toBe(info);
    expect(view.components.schemas).toBe(schemas);
    expect(view.list[0]).toBe(root.list[0]);
    expect(view.list[1]).toEqual({ 7: true });
    expect(JSON.stringify(root)).toBe(before);
  });

  it("returns a document without stored keys itself", () => {
    const plain = { openapi: "3.1.0", paths: { "/a": { get: { responses: { default: { description: "d" } } } } }, tags: [{ name: "x" }] };
    expect(withSpecKeysShared(plain)).toBe(plain);
  });

  it("keeps a spec key __proto__ a key", () => {
    const node = JSON.parse('{"__proto__": {"a": 1}, "r": {"\\u00003": 1}}') as object;
    const view = withSpecKeysShared(node) as Record<string, unknown>;
    expect(Object.keys(view)).toEqual(["__proto__", "r"]);
    expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
  });
});
