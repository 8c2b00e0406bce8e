// A parameter whose array schema has its own `enum` (beside `items`, not in them). fromProperty makes
// the property isEnum with those values as allowableValues, but updateCodegenPropertyEnum reads an
// array's allowableValues from its innermost items (`if (var.mostInnerItems != null)`), which have
// none, so no enumVars are built. fromParameter and fromFormProperty copy isEnum, and the typescript
// api_doc.mustache prints a non-primitive enum's type by its enumVars only: the cell is empty
// (infusionsoft/keap-sdk be3dfc7d, OAG 7.10.0, fixtures/conformance/keap-typescript-7-10:
// ` **updateMask** |  | ...`). An enum in the items prints `**Array<'a' &#124; 'b'>**` as before.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const spec = `openapi: 3.0.3
info: { title: Masks, version: "1" }
paths:
  /things/{id}:
    patch:
      operationId: updateThing
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - name: update_mask
          in: query
          schema: { type: array, items: { type: string }, enum: [name, notes] }
        - name: fields
          in: query
          schema: { type: array, items: { type: string, enum: [name, notes] } }
        - name: tags
          in: query
          schema: { type: array, items: { type: string } }
      responses:
        "204": { description: done }
`;

const specs = specFiles("oaswright-array-own-enum-", { "spec.yaml": spec });

describe("typescript docs: an array parameter's own enum", () => {
  it("prints an empty type cell (isEnum, no enumVars); items' enums and plain arrays as before", async () => {
    const run = await generateInMemory(specs.path("spec.yaml"), "typescript", { oagVersion: "7.10.0" }, { validate: "warning" });
    const doc = run.text("DefaultApi.md");
    expect(doc).toContain(" **updateMask** |  |  | (optional) defaults to undefined\n");
    expect(doc).toContain(" **fields** | **Array<&#39;name&#39; &#124; &#39;notes&#39;>** |  | (optional) defaults to undefined\n");
    expect(doc).toContain(" **tags** | **Array&lt;string&gt;** |  | (optional) defaults to undefined\n");
  });
});
