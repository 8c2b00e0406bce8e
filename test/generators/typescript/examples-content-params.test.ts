// TypeScript API doc examples of a `content` parameter. TypeScriptClientCodegen.setParameterExampleValue
// reads Parameter.getSchema(), which such a parameter lacks, so its example stays null and prints
// empty. Expected texts are what OAG 7.13.0, built from source, wrote for this spec.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /a:
    get:
      operationId: doA
      parameters:
        - { in: query, name: json, content: { application/json: { schema: { $ref: "#/components/schemas/Point" } } } }
        - { in: query, name: plain, schema: { type: string } }
      responses:
        "204": { description: ok }
components:
  schemas:
    Point: { type: object, properties: { x: { type: integer } } }
`;

const specs = specFiles("oaswright-tscontent-", { "spec.yaml": spec });

describe("typescript examples of content parameters", () => {
  it("print empty (OAG 7.13.0)", async () => {
    const { files } = await generateInMemory(specs.path("spec.yaml"), "typescript", { npmName: "ex", oagVersion: "7.13.0" });
    const doc = String(files.find((f) => f.path.endsWith("DefaultApi.md"))?.contents);
    expect(doc).toContain('const request: DefaultApiDoARequest = {\n  \n  json: ,\n  \n  plain: "plain_example",\n};\n');
  });
});
