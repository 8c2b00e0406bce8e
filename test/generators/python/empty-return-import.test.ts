// A response model whose name sanitizes to nothing (`-`): OpenAPI Generator's
// AbstractPythonCodegen.postProcessOperationsWithModels reads the return property for the example's
// imports only when the operation's returnType is not empty (StringUtils.isEmpty), so the API doc's
// example imports no model for it (OAG 7.13.0 run here on this spec: only `Kind`'s import). Before,
// oaswright wrote `from <pkg>.models. import ` (fixtures/typescript/odd-names.yaml, DefaultApi.md).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const SPEC = `openapi: 3.0.3
info: { title: Empty name, version: "1" }
paths:
  /c:
    get:
      operationId: getC
      parameters:
        - { in: query, name: kind, schema: { $ref: "#/components/schemas/Kind" } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/-" }
components:
  schemas:
    "-": { type: object, properties: { a: { type: string } } }
    Kind: { type: string, enum: [x, y] }
`;

const specs = specFiles("oaswright-empty-return-", { "spec.yaml": SPEC });

describe("python docs: a return model of no name", () => {
  it("imports no model for it in the example", async () => {
    const additionalProperties = { packageName: "openapi_client", oagVersion: "7.13.0" };
    const { files } = await generateInMemory(specs.path("spec.yaml"), "python", additionalProperties, { validate: "warning" });
    const doc = String(files.find((f) => f.path === "docs/DefaultApi.md")!.contents);
    expect(doc).toContain("import openapi_client\nfrom openapi_client.models.kind import Kind\nfrom openapi_client.rest import ApiException\n");
    expect(doc).not.toContain("openapi_client.models. import");
    expect(doc).toContain("### Return type\n\n[****](.md)\n");
  });
});
