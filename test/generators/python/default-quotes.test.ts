// Parameter defaults in the python API docs, release by release (src/generators/python/releases.ts):
// a `'` in a string default is escaped from 7.13.0 (`escapedQuoteInStringDefaults`, #21021) and a
// string enum's default is quoted like any string before 7.7.0, where toDefaultValue had no enum branch
// (`enumDefaultBranch`, a5a99585ef), and again from 7.24.0 (`quotedStringEnumDefaults`, #24268);
// an integer enum and an enum model's property keep their form.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const SPEC = `openapi: 3.0.3
info: { title: Defaults, version: "1" }
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      parameters:
        - { name: order, in: query, schema: { type: string, enum: [asc, desc], default: desc } }
        - { name: sort, in: query, schema: { $ref: "#/components/schemas/Sort" } }
        - { name: level, in: query, schema: { type: integer, enum: [1, 2], default: 2 } }
        - { name: owner, in: query, schema: { type: string, default: "it's" } }
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
        note: { type: string, default: "don't" }
`;

const specs = specFiles("oaswright-default-quotes-", { "spec.yaml": SPEC });

async function docs(oagVersion?: string): Promise<{ api: string; model: string }> {
  const additionalProperties = { packageName: "defaults_client", ...(oagVersion ? { oagVersion } : {}) };
  const { files } = await generateInMemory(specs.path("spec.yaml"), "python", additionalProperties, { validate: "warning" });
  const text = (p: string) => String(files.find((f) => f.path === p)!.contents);
  return { api: text("docs/ItemsApi.md"), model: text("docs/Item.md") };
}

describe("python docs: parameter defaults by release", () => {
  it("7.1.0 and 7.6.0: no enum branch, a string enum's default quoted as a string", async () => {
    for (const v of ["7.1.0", "7.6.0"]) {
      const { api } = await docs(v);
      expect(api, v).toContain("    order = 'desc' # str |  (optional) (default to 'desc')\n");
      expect(api, v).toContain(" **order** | **str**|  | [optional] [default to &#39;desc&#39;]\n");
      expect(api, v).toContain(" **level** | **int**|  | [optional] [default to 2]\n");
    }
  });

  it("7.12.0: string enums bare, a string's quote as written", async () => {
    const { api, model } = await docs("7.12.0");
    expect(api).toContain("    order = desc # str |  (optional) (default to desc)\n");
    expect(api).toContain(" **order** | **str**|  | [optional] [default to desc]\n");
    expect(api).toContain(" **sort** | [**Sort**](.md)|  | [optional] [default to name]\n");
    expect(api).toContain(" **level** | **int**|  | [optional] [default to 2]\n");
    expect(api).toContain("    owner = 'it's' # str |  (optional) (default to 'it's')\n");
    expect(model).toContain("**note** | **str** |  | [optional] [default to 'don't']\n");
  });

  it("7.13.0 to 7.23.0: a string's quote escaped, string enums still bare", async () => {
    for (const v of ["7.13.0", "7.23.0"]) {
      const { api, model } = await docs(v);
      expect(api, v).toContain("    owner = 'it\\'s' # str |  (optional) (default to 'it\\'s')\n");
      expect(api, v).toContain(" **owner** | **str**|  | [optional] [default to &#39;it\\&#39;s&#39;]\n");
      expect(api, v).toContain(" **order** | **str**|  | [optional] [default to desc]\n");
      expect(model, v).toContain("**note** | **str** |  | [optional] [default to 'don\\'t']\n");
    }
  });

  it("7.24.0 and the default release: string enums quoted, integer enums and enum models unchanged", async () => {
    for (const v of ["7.24.0", undefined]) {
      const { api, model } = await docs(v);
      expect(api, v).toContain("    order = 'desc' # str |  (optional) (default to 'desc')\n");
      expect(api, v).toContain(" **order** | **str**|  | [optional] [default to &#39;desc&#39;]\n");
      expect(api, v).toContain(" **sort** | [**Sort**](.md)|  | [optional] [default to &#39;name&#39;]\n");
      expect(api, v).toContain(" **level** | **int**|  | [optional] [default to 2]\n");
      expect(model, v).toContain("**sort** | [**Sort**](Sort.md) |  | [optional] [default to Sort.NAME]");
    }
  });
});
