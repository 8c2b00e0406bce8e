// Doc rules read from OAG's source and seen in NHSDigital/nhs-notify-supplier-api's 7.14.0 python
// and typescript SDKs (conformance cases nhsnotify-python, nhsnotify-typescript):
// - a 3.1 schema's `examples` list is no example: OAG reads Schema.getExample() only, and
//   swagger-parser's 3.1 OpenAPIDeserializer keeps `examples` apart (parameter `x_request_id_example`);
// - an example built from the parameter's name uses the name before ensureUniqueParams renamed it
//   (DefaultCodegen.fromParameter computes it, fromOperation renames afterwards: `id2 = 'id_example'`);
// - a 3.1 property NORMALIZE_31SPEC replaced by an empty schema (no `type`: `{const: Batch}`) is any
//   value from 7.2.0: python types it `object`, typescript's example writes `null`;
// - python: a body `$ref` to a schema that is itself a `$ref` is printed bold, unlinked
//   (fromRequestBody resolves one level, and its "referenced schemas" branch sets isPrimitiveType).

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = (version: string) => `openapi: ${version}
info: { title: Letters, version: "1" }
paths:
  /data/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
      - { name: id, in: path, required: true, description: Unique identifier, schema: { type: string } }
    get:
      operationId: getData
      tags: [data]
      parameters:
        - name: X-Request-ID
          in: header
          required: true
          schema: { type: string${version.startsWith("3.1") ? ", examples: [dcb9c8dc-c2f4-4d5f-8674-a2e913e040b2]" : ""} }
      responses:
        "200": { description: ok }
  /batches/{id}:
    patch:
      operationId: patchBatch
      tags: [batch]
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/BatchUpdateRequest" }
      responses:
        "200": { description: ok }
components:
  schemas:
    BatchUpdateRequest:
      $ref: "#/components/schemas/BatchUpdate"
    BatchUpdate:
      type: object
      properties:
        type: { const: Batch, description: The kind }
        id: { type: string }
`;

const specs = specFiles("oaswright-nhs-rules-", { "spec31.yaml": spec("3.1.0"), "spec30.yaml": spec("3.0.3") });

async function files(file: string, generator: "python" | "typescript", oagVersion: string): Promise<(p: string) => string> {
  return (await generateInMemory(specs.path(file), generator, { packageName: "letters", oagVersion })).text;
}

describe("docs rules of the nhs-notify SDKs", () => {
  it("python: examples list ignored, example name before uniqueness, emptied 3.1 property, alias body", async () => {
    const text = await files("spec31.yaml", "python", "7.14.0");
    const data = text("docs/DataApi.md");
    expect(data).toContain("    x_request_id = 'x_request_id_example' # str | ");
    expect(data).toContain("    id = 'id_example' # str | ");
    expect(data).toContain("    id2 = 'id_example' # str | Unique identifier");
    expect(text("docs/BatchUpdate.md")).toContain("**type** | **object** |  | [optional] \n");
    // updateRequestBodyForPrimitiveType also names it `body`
    expect(text("docs/BatchApi.md")).toContain(" **body** | **BatchUpdate**|  | \n");
  });

  it("python: a 3.0 const is typed, and before 7.2.0 a 3.1 one too", async () => {
    expect((await files("spec30.yaml", "python", "7.14.0"))("docs/BatchUpdate.md")).toContain("**type** | **str** | The kind | [optional] \n");
    expect((await files("spec31.yaml", "python", "7.1.0"))("docs/BatchUpdate.md")).toContain("**type** | **str** | The kind | [optional] \n");
  });

  it("typescript: examples list ignored, emptied 3.1 property is null", async () => {
    const text = await files("spec31.yaml", "typescript", "7.14.0");
    expect(text("DataApi.md")).toContain('  xRequestID: "X-Request-ID_example",\n');
    expect(text("BatchApi.md")).toContain("    type: null,\n");
    expect((await files("spec30.yaml", "typescript", "7.14.0"))("BatchApi.md")).toContain('    type: "Batch",\n');
  });
});
