// What OpenAPI Generator's normalizer (OpenAPINormalizer, SIMPLIFY_ONEOF_ANYOF) does to the python
// docs: a parameter or property that is a oneOf/anyOf of one schema (or of one schema and null) is
// stored as that schema, so the outer default and description are gone. A lone oneOf member is
// simplified from 7.13 only (#21043); before, the composition keeps its keywords.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const SPEC = `openapi: 3.0.3
info: { title: Lone, version: "1" }
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      parameters:
        - name: format
          in: query
          schema: { oneOf: [{ type: string, enum: [json, ndjson] }], default: json }
        - name: sort
          in: query
          schema: { anyOf: [{ type: string }], default: name }
        - name: limit
          in: query
          schema: { type: integer, default: 10 }
      responses:
        "200":
          description: ok
          content: { application/json: { schema: { $ref: "#/components/schemas/Item" } } }
components:
  schemas:
    Owner:
      type: object
      properties:
        name: { type: string }
    Item:
      type: object
      properties:
        owner:
          description: who owns it
          oneOf: [{ $ref: "#/components/schemas/Owner" }]
        kind:
          description: the kind
          anyOf: [{ type: string }]
`;

// 3.1: a `$ref` keeps its sibling description, and `oneOf: [null, X]` is stored as X alone.
const SPEC_31 = `openapi: 3.1.0
info: { title: Nullable, version: "1" }
paths: {}
components:
  schemas:
    Owner:
      type: object
      properties:
        name: { type: string }
    Code:
      type: string
      description: a code of the registry
    Item:
      type: object
      properties:
        owner:
          description: the outer words, dropped
          oneOf: [{ type: "null" }, { $ref: "#/components/schemas/Owner", description: the member's words }]
        code:
          oneOf: [{ type: "null" }, { $ref: "#/components/schemas/Code" }]
        plain:
          description: dropped too
          anyOf: [{ type: string }, { type: "null" }]
`;

const specs = specFiles("oaswright-lone-", { "spec.yaml": SPEC, "spec31.yaml": SPEC_31 });

async function docs(oagVersion: string, spec = "spec.yaml"): Promise<{ api: string; item: string }> {
  const { files } = await generateInMemory(specs.path(spec), "python", { packageName: "lone", oagVersion });
  const text = (p: string) => String(files.find((f) => f.path === p)?.contents);
  return { api: text("docs/ItemsApi.md"), item: text("docs/Item.md") };
}

describe("python docs after OAG's normalizer", () => {
  it("7.13+: a lone oneOf/anyOf member replaces the parameter or property, its default and description gone", async () => {
    const { api, item } = await docs("7.13.0");
    expect(api).toContain("    format = 'format_example' # str |  (optional)\n");
    expect(api).toContain("    sort = 'sort_example' # str |  (optional)\n");
    expect(api).toContain("    limit = 10 # int |  (optional) (default to 10)\n");
    expect(item).toContain("**owner** | [**Owner**](Owner.md) |  | [optional] \n");
    expect(item).toContain("**kind** | **str** |  | [optional] \n");
  });

  it("before 7.13: a lone oneOf keeps its keywords (anyOf was already simplified)", async () => {
    const { api, item } = await docs("7.12.0");
    // the parameter's oneOf stays a composition, which the inline resolver makes a model of
    expect(api).toContain("    format = lone.ListItemsFormatParameter() # ListItemsFormatParameter |  (optional)\n");
    expect(api).toContain("    sort = 'sort_example' # str |  (optional)\n");
    // ... as does the property's: a model of its own, which takes the description along
    expect(item).toContain("**owner** | [**ItemOwner**](ItemOwner.md) |  | [optional] \n");
    expect(item).toContain("**kind** | **str** |  | [optional] \n");
  });

  it("3.1: `oneOf: [null, X]` shows X's own description (its `$ref` sibling, or the aliased schema's), not the outer one", async () => {
    const { item } = await docs("7.21.0", "spec31.yaml");
    expect(item).toContain("**owner** | [**Owner**](Owner.md) | the member&#39;s words | [optional] \n");
    expect(item).toContain("**code** | **str** | a code of the registry | [optional] \n");
    expect(item).toContain("**plain** | **str** |  | [optional] \n");
  });

  it("3.1, 7.22+: a member without a description of its own takes the outer one (#23361; see lone-member-description.test.ts)", async () => {
    const { item } = await docs("7.24.0", "spec31.yaml");
    expect(item).toContain("**owner** | [**Owner**](Owner.md) | the member&#39;s words | [optional] \n");
    expect(item).toContain("**code** | **str** | a code of the registry | [optional] \n");
    expect(item).toContain("**plain** | **str** | dropped too | [optional] \n");
  });
});
