// A 3.0 `type: array` written without `items`: from 7.5.0 (2168851e8a, #18313) ModelUtils.isArraySchema
// accepts it and getSchemaItems stores a StringSchema in it, so every generator's docs type it an
// array of strings (YuriTheCoder/polyglot-quest-api, python 7.13.0: `**badges** | **List[str]**`).
// A 3.1 one has any items (the normalizer's new ArraySchema); the clients keep any items, as the spec
// does (codegen/oag-docs-model.ts OagDocsOptions.absentItemsAsString).

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = (version: string) => `openapi: ${version}
info: { title: Badges, version: "1" }
paths:
  /badges:
    get:
      operationId: listBadges
      parameters:
        - { name: tags, in: query, schema: { type: array } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Stats" }
components:
  schemas:
    Stats:
      type: object
      properties:
        badges: { type: array }
        names: { type: array, items: { type: integer } }
`;

const specs = specFiles("oaswright-absent-items-", { "s30.yaml": spec("3.0.3"), "s31.yaml": spec("3.1.0") });

async function files(file: string, generator: string, oagVersion: string): Promise<(path: string) => string> {
  return (await generateInMemory(specs.path(file), generator, { packageName: "badges", npmName: "badges", oagVersion })).text;
}

const row = (doc: string, name: string) => doc.split("\n").find((l) => l.startsWith(`**${name}**`) || l.startsWith(` **${name}**`));

describe("a 3.0 array without items", () => {
  it("python 7.5.0 on: string items in the model and API docs; the client accepts any items", async () => {
    const f = await files("s30.yaml", "python", "7.13.0");
    expect(row(f("docs/Stats.md"), "badges")).toBe("**badges** | **List[str]** |  | [optional] ");
    expect(row(f("docs/Stats.md"), "names")).toBe("**names** | **List[int]** |  | [optional] ");
    expect(row(f("docs/DefaultApi.md"), "tags")).toBe(" **tags** | [**List[str]**](str.md)|  | [optional] ");
    expect(f("badges/models/stats.py")).toMatch(/badges: Optional\[List\[Any\]\]/);
  });

  it("python before 7.5.0 and for a 3.1 document: as the IR reads it", async () => {
    expect(row((await files("s30.yaml", "python", "7.4.0"))("docs/Stats.md"), "badges")).toBe("**badges** | **List[object]** |  | [optional] ");
    expect(row((await files("s31.yaml", "python", "7.13.0"))("docs/Stats.md"), "badges")).toBe("**badges** | **List[object]** |  | [optional] ");
  });

  it("typescript 7.5.0 on: `Array<string>` in the API docs", async () => {
    const f = await files("s30.yaml", "typescript", "7.13.0");
    expect(row(f("DefaultApi.md"), "tags")).toContain("**Array&lt;string&gt;**");
    expect(row((await files("s30.yaml", "typescript", "7.4.0"))("DefaultApi.md"), "tags")).toContain("**Array&lt;any&gt;**");
  });
});
