// python-prior API docs: the Type column of an inline array parameter links the items' data type
// unless it is a language primitive (DefaultCodegen.fromParameter: baseType = itemsProperty.dataType;
// PythonPriorClientCodegen.postProcessParameter clears a primitive one). Found with the hyperunison
// corpus case (6.6.0): `items: {}` links its composite any-type.

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-prior-arrays-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      parameters:
        - { name: anything, in: query, schema: { type: array, items: {} } }
        - { name: names, in: query, schema: { type: array, items: { type: string } } }
        - { name: tags, in: query, schema: { type: array, items: { $ref: "#/components/schemas/Tag" } } }
        - { name: grid, in: query, schema: { type: array, items: { type: array, items: { type: string } } } }
      responses:
        "204": { description: none }
components:
  schemas:
    Tag: { type: object, properties: { id: { type: string } } }
`,
});

describe("python-prior: array parameters in the API docs", () => {
  it("link the items' type unless it is a primitive", async () => {
    const input = specs.path("spec.yaml");
    const doc = (await generateFromArgs(["-i", input, "-g", "python-prior", "--additional-properties=oagVersion=6.6.0"])).text("docs/ItemsApi.md");
    const any = "bool, date, datetime, dict, float, int, list, str, none_type";
    expect(doc).toContain(` **anything** | [**[${any}]**](${any}.md)|  | [optional]`);
    expect(doc).toContain(" **names** | **[str]**|  | [optional]");
    expect(doc).toContain(" **tags** | [**[Tag]**](Tag.md)|  | [optional]");
    expect(doc).toContain(" **grid** | [**[[str]]**]([str].md)|  | [optional]");
  });
});
