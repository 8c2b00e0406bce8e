// Two python release rows found by comparing OAG's own python samples (bin/configs/python.yaml,
// petstore-with-fake-endpoints-models-for-testing) release by release with ours:
// - `refDefaults` (7.7.0, a5a99585ef): a `$ref` to an enum takes the enum's default; the 7.6.0
//   samples print no default and the parameter example is the enum class's constructor
//   (FakeApi.md `enum_ref`, EnumTest.md `outer_enum_default_value`);
// - `optionalItems` (7.3.0, 968c6dc418 and 8e9a17fe02): nullable array items and map values read
//   `Optional[...]`; the 7.2.0 samples print `List[object]` (NullableClass.md).
// The client's annotations do not follow the docs here (they keep `Optional` where null is valid).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const SPEC = `openapi: 3.0.3
info: { title: Rows, version: "1" }
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      parameters:
        - { name: sort, in: query, description: sort order, schema: { $ref: "#/components/schemas/Sort" } }
      responses:
        "200":
          description: items
          content: { application/json: { schema: { $ref: "#/components/schemas/Item" } } }
components:
  schemas:
    Sort: { type: string, enum: [name, date], default: name }
    Item:
      type: object
      properties:
        sort: { $ref: "#/components/schemas/Sort" }
        tags: { type: array, items: { type: object, nullable: true } }
        extra: { type: object, additionalProperties: { type: object, nullable: true } }
`;

const specs = specFiles("oaswright-python-sample-rows-", { "spec.yaml": SPEC });

async function generated(oagVersion: string): Promise<{ api: string; model: string; code: string }> {
  const additionalProperties = { packageName: "rows_client", oagVersion };
  const { files } = await generateInMemory(specs.path("spec.yaml"), "python", additionalProperties, { validate: "warning" });
  const text = (p: string) => String(files.find((f) => f.path === p)!.contents);
  return { api: text("docs/ItemsApi.md"), model: text("docs/Item.md"), code: text("rows_client/models/item.py") };
}

describe("python docs: rows read from OAG's python samples", () => {
  it("a $ref to an enum takes its default from 7.7.0", async () => {
    const old = await generated("7.6.0");
    expect(old.api).toContain("    sort = rows_client.Sort() # Sort | sort order (optional)\n");
    expect(old.api).toContain(" **sort** | [**Sort**](.md)| sort order | [optional] \n");
    expect(old.model).toContain("**sort** | [**Sort**](Sort.md) |  | [optional] \n");
    for (const v of ["7.7.0", "7.13.0"]) {
      const now = await generated(v);
      expect(now.api, v).toContain("    sort = name # Sort | sort order (optional) (default to name)\n");
      expect(now.api, v).toContain(" **sort** | [**Sort**](.md)| sort order | [optional] [default to name]\n");
      expect(now.model, v).toContain("**sort** | [**Sort**](Sort.md) |  | [optional] [default to Sort.NAME]\n");
    }
  });

  it("nullable items and map values read Optional[...] from 7.3.0", async () => {
    const old = await generated("7.2.0");
    expect(old.model).toContain("**tags** | **List[object]** |  | [optional] \n");
    expect(old.model).toContain("**extra** | **Dict[str, object]** |  | [optional] \n");
    const now = await generated("7.3.0");
    expect(now.model).toContain("**tags** | **List[Optional[object]]** |  | [optional] \n");
    expect(now.model).toContain("**extra** | **Dict[str, Optional[object]]** |  | [optional] \n");
    // The client's annotation says what JSON may hold, in every release.
    for (const { code } of [old, now]) expect(code).toMatch(/tags: Optional\[List\[Optional\[/);
  });
});
