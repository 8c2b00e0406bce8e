// The two views of a raw document with the spec's keys: a full copy, and one sharing every node
// that needs no change (what the schema check reads).

import { describe, expect, it } from "vitest";
import { storedKey, withSpecKeys, withSpecKeysAt, withSpecKeysShared } from "../../src/parse/raw.js";

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

describe("withSpecKeysAt (the objects with stored keys listed by the loader's JSON scan)", () => {
  it("gives what withSpecKeysShared gives, key order included, on real JSON specs", async () => {
    const { loadSpec } = await import("../../src/parse/load.js");
    const path = await import("node:path");
    const root = path.resolve(__dirname, "../..");
    const specs = [
      "fixtures/golden/seeds/ecotaxa/spec/openapi.json",
      "fixtures/conformance/databridges-python/spec/swagger_v5.1.0.json",
      "fixtures/conformance/deadlock-python/spec/openapi.json",
    ];
    for (const spec of specs) {
      const loaded = await loadSpec(path.join(root, spec));
      expect(loaded.indexKeyObjects?.length, spec).toBeGreaterThan(0);
      expect(JSON.stringify(withSpecKeysAt(loaded.root, loaded.indexKeyObjects!)), spec).toBe(JSON.stringify(withSpecKeysShared(loaded.root)));
    }
  });

  it("shares every node off the listed paths and leaves the document as it was", () => {
    const { root, info, schemas } = doc();
    const before = JSON.stringify(root);
    const view = withSpecKeysAt(root, ["/paths/~1p/get/responses", "/list/1"]) as typeof root;
    expect(view).toEqual(withSpecKeys(root));
    expect(view.info).toBe(info);
    expect(view.components.schemas).toBe(schemas);
    expect(view.list[0]).toBe(root.list[0]);
    expect(JSON.stringify(root)).toBe(before);
  });
});
