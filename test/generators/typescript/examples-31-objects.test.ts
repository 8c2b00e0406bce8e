// TypeScript API doc examples of 3.1 objects before 7.6.0. OAG's NORMALIZE_31SPEC (on for 3.1
// documents) copies a 3.1 `type` to the schema's `type` field only for arrays and schemas without
// properties or an additionalProperties schema; ModelUtils.isAnyType read that field until
// 9929d35166 (#18577, 7.6.0), so toExampleValueRecursive printed `null` for a 3.1 object with
// properties (livepeer 7.5.0: `textToImageParams: null`). Primitives and 3.0 documents print as usual.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = (version: string) => `openapi: ${version}
info: { title: Examples, version: "1" }
paths:
  /images:
    post:
      operationId: createImage
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Params" }
      responses:
        "200": { description: ok }
  /notes:
    post:
      operationId: createNote
      parameters:
        - { name: tag, in: query, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: array, items: { type: string } }
      responses:
        "200": { description: ok }
components:
  schemas:
    Params:
      type: object
      properties:
        prompt: { type: string }
`;

const specs = specFiles("oaswright-ts31-", { "spec31.yaml": spec("3.1.0"), "spec30.yaml": spec("3.0.3") });

async function apiDoc(file: string, oagVersion: string): Promise<string> {
  const { files } = await generateInMemory(specs.path(file), "typescript", { npmName: "ex", oagVersion });
  const doc = files.find((f) => f.path.endsWith("DefaultApi.md"));
  return String(doc?.contents);
}

describe("typescript examples of 3.1 objects", () => {
  it("7.5.0, 3.1: an object body prints `null`; primitives and arrays print as usual", async () => {
    const doc = await apiDoc("spec31.yaml", "7.5.0");
    expect(doc).toContain("  params: null,\n");
    expect(doc).toContain('  tag: "tag_example",\n');
    expect(doc).toContain('  requestBody: [\n    "requestBody_example",\n  ],\n');
  });

  it("7.6.0, 3.1, and 7.5.0 with 3.0: the object's properties", async () => {
    for (const [file, version] of [["spec31.yaml", "7.6.0"], ["spec30.yaml", "7.5.0"]] as const) {
      const doc = await apiDoc(file, version);
      expect(doc).toContain('  params: {\n    prompt: "prompt_example",\n  },\n');
    }
  });
});
