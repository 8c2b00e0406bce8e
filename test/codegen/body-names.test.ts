// The name of an array request body (DefaultCodegen.updateRequestBodyForArray): the innermost item's
// complexType, else `request_body`. A `$ref` to a free-form object (`type: object, properties: {}`)
// or to a primitive is unaliased (ModelUtils.unaliasSchema), so it gives no complexType.

import { expect, it } from "vitest";
import { specFiles } from "../support/spec-files.js";
import { generateInMemory } from "../support/generate.js";

const SPEC = `openapi: 3.0.3
info: { title: Bodies, version: "1" }
paths:
  /free:
    post:
      operationId: postFree
      tags: [bodies]
      requestBody: { content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Loose" } } } } }
      responses: { "204": { description: none } }
  /model:
    post:
      operationId: postModel
      tags: [bodies]
      requestBody: { content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Pet" } } } } }
      responses: { "204": { description: none } }
  /nested:
    post:
      operationId: postNested
      tags: [bodies]
      requestBody: { content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Pets" } } } } }
      responses: { "204": { description: none } }
  /names:
    post:
      operationId: postNames
      tags: [bodies]
      requestBody: { content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Name" } } } } }
      responses: { "204": { description: none } }
components:
  schemas:
    Loose: { type: object, properties: {} }
    Pet: { type: object, properties: { name: { type: string } } }
    Pets: { type: array, items: { $ref: "#/components/schemas/Pet" } }
    Name: { type: string }
`;

const specs = specFiles("oaswright-bodies-", { "spec.yaml": SPEC });

it("names an array body after its innermost item's model, else request_body", async () => {
  const doc = (await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "bodies" })).text("docs/BodiesApi.md");
  expect(doc).toContain("> post_free(request_body=request_body)\n");
  expect(doc).toContain("> post_model(pet=pet)\n");
  expect(doc).toContain("> post_nested(pet=pet)\n");
  expect(doc).toContain("> post_names(request_body=request_body)\n");
});
