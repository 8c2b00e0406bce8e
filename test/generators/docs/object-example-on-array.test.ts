// An object example on an array schema. swagger-parser v3 keeps a 3.x document's example as a
// Jackson ObjectNode, which is an Iterable (over its values), so the typescript and python-prior
// toExampleValueRecursive take the `objExample instanceof Iterable && itemModelName == null` branch
// and print the node's compact JSON (TypeScriptClientCodegen / PythonPriorClientCodegen at 6.6.0
// 7f8b853f50, TypeScriptClientCodegen at b3935922cd). A parameter's `x-example` object is a plain
// Map (extensions are read untyped), no Iterable: the items follow, as before.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const SPEC = `openapi: 3.0.3
info: { title: Examples, version: "1" }
paths:
  /things:
    get:
      operationId: getThings
      tags: [things]
      parameters:
        - { name: ids, in: query, schema: { type: array, items: { type: integer } }, example: { a: 1, b: "x" } }
        - { name: tags, in: query, schema: { type: array, items: { type: integer } }, x-example: { c: 2 } }
      responses:
        "204": { description: ok }
`;

const specs = specFiles("oaswright-object-example-array-", { "spec.yaml": SPEC });

async function apiDoc(generator: "typescript" | "python-prior", oagVersion: string): Promise<string> {
  const { files } = await generateInMemory(specs.path("spec.yaml"), generator, { oagVersion, ...(generator === "typescript" ? { npmName: "ex" } : { packageName: "ex" }) });
  return String(files.find((f) => /ThingsApi\.md$/.test(f.path))!.contents);
}

describe("object example on an array schema (a Jackson ObjectNode is Iterable)", () => {
  for (const oagVersion of ["6.6.0", "7.14.0"]) {
    it(`typescript ${oagVersion}`, async () => {
      const doc = await apiDoc("typescript", oagVersion);
      expect(doc).toContain('  ids: {"a":1,"b":"x"},\n');
      // the x-example Map goes on to the items
      expect(doc).toMatch(/ {2}tags: \[\n {4}/);
    });
  }
  for (const oagVersion of ["5.4.0", "6.6.0"]) {
    it(`python-prior ${oagVersion}`, async () => {
      const doc = await apiDoc("python-prior", oagVersion);
      expect(doc).toContain('ids = {"a":1,"b":"x"}');
      expect(doc).toMatch(/tags = \[\n/);
    });
  }
});
