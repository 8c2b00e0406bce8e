// A `'` inside the single-quoted literals of the python docs: escaped `\'` from 7.10.0
// (6bd3d53eee, DefaultCodegen.escapeTextInSingleQuotes, release row `singleQuotesEscaped`) in a
// parameter's example (setParameterExampleValue) and an enum model's member list (toEnumValue);
// before, as written. Found with the corpus case openproject-python (7.21.0-SNAPSHOT:
// `filters = '[{ ... \"values\": [\'1\'] }\" }]'`).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const SPEC = `openapi: 3.0.3
info: { title: Quotes, version: "1" }
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      parameters:
        - { name: filters, in: query, example: "[{ \\"values\\": ['1'] }]", schema: { type: string } }
        - { name: day, in: query, example: "it's today", schema: { type: string, format: date } }
        - { name: kind, in: query, schema: { $ref: "#/components/schemas/Kind" } }
      responses:
        "204": { description: none }
components:
  schemas:
    Kind: { type: string, enum: ["it's", plain] }
`;

const specs = specFiles("oaswright-single-quotes-", { "spec.yaml": SPEC });

async function docs(oagVersion: string): Promise<{ api: string; kind: string }> {
  const additionalProperties = { packageName: "quotes", oagVersion };
  const { files } = await generateInMemory(specs.path("spec.yaml"), "python", additionalProperties, { validate: "warning" });
  const text = (p: string) => String(files.find((f) => f.path === p)!.contents);
  return { api: text("docs/ItemsApi.md"), kind: text("docs/Kind.md") };
}

describe("python docs: single quotes in literals", () => {
  it("7.9.0 prints them as written", async () => {
    const { api, kind } = await docs("7.9.0");
    expect(api).toContain(`    filters = '[{ \\"values\\": ['1'] }]' # str |  (optional)\n`);
    expect(api).toContain(`    day = 'it's today' # date |  (optional)\n`);
    expect(kind).toContain("* `IT_QUOTE_S` (value: `'it's'`)\n");
  });

  it("7.10.0 and later escape them", async () => {
    for (const v of ["7.10.0", "7.21.0-SNAPSHOT"]) {
      const { api, kind } = await docs(v);
      expect(api, v).toContain(`    filters = '[{ \\"values\\": [\\'1\\'] }]' # str |  (optional)\n`);
      expect(api, v).toContain(`    day = 'it\\'s today' # date |  (optional)\n`);
      // The member is named from the escaped value (names.ts enumMemberName).
      expect(kind, v).toContain("* `IT_BACK_SLASH_QUOTE_S` (value: `'it\\'s'`)\n");
    }
  });
});
