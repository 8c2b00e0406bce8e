// The schema check run on a document as the loader stores it (integer-like keys with a leading
// U+0000, raw.ts storedKey) must accept exactly what the check of the document as written accepts
// (scripts/build-validators.mjs forStoredKeys): the generator skips the copy with the keys as
// written whenever the stored document passes.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../src/parse/load.js";
import { storedKey, withSpecKeys } from "../../src/parse/raw.js";
import { checkSchema, passesSchemaAsStored } from "../../src/parse/schema-validators.js";

const ROOT = path.resolve(__dirname, "../..");

/** A copy of a document written with spec keys, stored as the loader stores it. */
function stored(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stored);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) Object.defineProperty(out, storedKey(k), { value: stored(v), enumerable: true, writable: true, configurable: true });
  return out;
}

function passesAsWritten(doc: unknown): boolean {
  try {
    checkSchema(withSpecKeys(doc));
    return true;
  } catch (err) {
    if (!Array.isArray((err as { details?: unknown }).details)) throw err;
    return false;
  }
}

const base = (openapi: string, extra: (doc: Record<string, any>) => void = () => undefined): Record<string, any> => {
  const doc: Record<string, any> = {
    openapi,
    info: { title: "t", version: "1" },
    paths: { "/p": { get: { responses: { "200": { description: "ok" }, "404": { description: "no" }, default: { description: "other" } } } } },
    components: { schemas: { Pet: { type: "object", properties: { "1": { type: "string" }, id: { type: "integer" } }, example: { "7": true } } } },
  };
  extra(doc);
  return doc;
};

// Each variant touches a place where the schema reads keys (patternProperties, propertyNames,
// additionalProperties: false) with integer-like and other keys.
const variants: [string, (doc: Record<string, any>) => void][] = [
  ["as is", () => undefined],
  ["response code 2XX", (d) => (d.paths["/p"].get.responses["2XX"] = { description: "r" })],
  ["response code 600", (d) => (d.paths["/p"].get.responses["600"] = { description: "r" })],
  ["response code 99", (d) => (d.paths["/p"].get.responses["99"] = { description: "r" })],
  ["response code 0", (d) => (d.paths["/p"].get.responses["0"] = { description: "r" })],
  ["component named 200", (d) => (d.components.schemas["200"] = { type: "string" })],
  ["component named 0", (d) => (d.components.responses = { "0": { description: "r" } })],
  ["component named with a space", (d) => (d.components.schemas["2 00"] = { type: "string" })],
  ["integer-like key in info", (d) => (d.info["5"] = "x")],
  ["integer-like key in an operation", (d) => (d.paths["/p"].get["12"] = {})],
  ["integer-like path", (d) => (d.paths["12"] = {})],
  ["integer-like method", (d) => (d.paths["/p"]["3"] = {})],
  ["integer-like callback expression", (d) => (d.paths["/p"].get.callbacks = { "1": { "/cb": { post: { responses: { "204": { description: "d" } } } } } })],
  ["integer-like security requirement", (d) => (d.security = [{ "1": [] }])],
  ["integer-like media type", (d) => (d.paths["/p"].get.responses["200"].content = { "1": {} })],
  ["integer-like header", (d) => (d.paths["/p"].get.responses["200"].headers = { "7": { schema: { type: "string" } } })],
  ["integer-like mapping", (d) => (d.components.schemas.Pet.discriminator = { propertyName: "id", mapping: { "1": "#/components/schemas/Pet" } })],
  ["integer-like example name", (d) => (d.components.examples = { "1": { value: 1 } })],
  ["integer-like extension-less key in a server variable", (d) => (d.servers = [{ url: "/{1}", variables: { "1": { default: "a" } } }])],
  ["integer-like link", (d) => (d.paths["/p"].get.responses["200"].links = { "4": { operationId: "x" } })],
  ["a key that starts with U+0000", (d) => (d.components.schemas["\u0000Pet"] = { type: "string" })],
  ["a wrong type beside integer-like keys", (d) => (d.paths["/p"].get.responses["200"].description = 5)],
];

describe("the schema check of a document as stored", () => {
  for (const openapi of ["3.0.3", "3.1.0"]) {
    it.each(variants)(`${openapi}: %s — passes as stored exactly when it passes as written`, (_name, change) => {
      const doc = base(openapi, change);
      const expected = passesAsWritten(doc);
      expect(passesSchemaAsStored(stored(doc) as { openapi: string })).toBe(expected);
    });
  }

  it("both outcomes occur among the variants (the comparison can fail)", () => {
    const outcomes = new Set(variants.flatMap(([, change]) => ["3.0.3", "3.1.0"].map((v) => passesAsWritten(base(v, change)))));
    expect([...outcomes].sort()).toEqual([false, true]);
  });

  it("agrees on real specs with integer-like keys, read by the loader", async () => {
    const specs = [
      "fixtures/golden/seeds/ecotaxa/spec/openapi.json",
      "fixtures/conformance/databridges-python/spec/swagger_v5.1.0.json",
      "fixtures/conformance/deadlock-python/spec/openapi.json",
    ];
    for (const spec of specs) {
      const loaded = await loadSpec(path.join(ROOT, spec));
      expect(loaded.indexKeyObjects?.length, spec).toBeGreaterThan(0);
      expect(passesSchemaAsStored(loaded.root as { openapi: string }), spec).toBe(passesAsWritten(loaded.root));
    }
  });
});
