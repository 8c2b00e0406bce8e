// The typescript docs of a 3.1 array that NORMALIZE_31SPEC replaced by a new ArraySchema
// (NormalizerRules.arrayKept31): the copy kept no uniqueItems before 7.5.0 (5ed2283e01, #18104) and
// no nullable before 7.9.0 (2d57255817, #19687), so api_doc.mustache's `**{{dataType}}**` (and the
// example's `// {{{dataType}}}` comment before 7.9.0) reads `Array<string>` for a uniqueItems array
// there, and a `type: [array, "null"]` item is no `| null`. The client's types are untouched.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = (openapi: string): string => {
  const nullableArray = openapi === "3.1.0" ? 'type: [array, "null"]' : "type: array, nullable: true";
  return `openapi: ${openapi}
info: { title: Arrays, version: "1" }
paths:
  /things:
    post:
      operationId: putThings
      parameters:
        - { name: tags, in: query, schema: { type: array, uniqueItems: true, items: { type: string } } }
        - { name: codes, in: query, schema: { $ref: "#/components/schemas/Codes" } }
      requestBody:
        content:
          application/json:
            schema:
              type: array
              items: { ${nullableArray}, uniqueItems: true, items: { type: string } }
      responses:
        "204": { description: done }
components:
  schemas:
    Codes:
      type: array
      uniqueItems: true
      items: { type: integer }
`;
};

const specs = specFiles("oaswright-ts-array-31-", { "spec31.yaml": spec("3.1.0"), "spec30.yaml": spec("3.0.3") });

async function files(file: string, oagVersion: string): Promise<Map<string, string>> {
  const { files } = await generateInMemory(specs.path(file), "typescript", { oagVersion });
  return new Map(files.map((f) => [f.path, String(f.contents)]));
}

describe("typescript docs: a 3.1 array through NORMALIZE_31SPEC", () => {
  it("loses uniqueItems before 7.5.0 (5ed2283e01)", async () => {
    const before = (await files("spec31.yaml", "7.4.0")).get("DefaultApi.md")!;
    expect(before).toContain(" **tags** | **Array&lt;string&gt;** |  | (optional) defaults to undefined\n");
    expect(before).toContain(" **codes** | **Array&lt;number&gt;** |  | (optional) defaults to undefined\n");
    expect(before).toContain("  // Array<string> (optional)\n  tags: [");
    expect(before).toContain(" **requestBody** | **Array<Array<string>>**|  |\n");
    const after = (await files("spec31.yaml", "7.5.0")).get("DefaultApi.md")!;
    expect(after).toContain(" **tags** | **Set&lt;string&gt;** |  | (optional) defaults to undefined\n");
    expect(after).toContain(" **codes** | **Set&lt;number&gt;** |  | (optional) defaults to undefined\n");
    expect(after).toContain("  // Set<string> (optional)\n  tags: [");
    expect(after).toContain(" **requestBody** | **Array<Set<string>>**|  |\n");
  });

  it("loses a nullable item's `| null` before 7.9.0 (2d57255817)", async () => {
    expect((await files("spec31.yaml", "7.8.0")).get("DefaultApi.md")).toContain(" **requestBody** | **Array<Set<string>>**|  |\n");
    expect((await files("spec31.yaml", "7.9.0")).get("DefaultApi.md")).toContain(" **requestBody** | **Array<Set<string> | null>**|  |\n");
  });

  it("leaves 3.0 arrays and the client's types alone", async () => {
    const doc30 = (await files("spec30.yaml", "7.4.0")).get("DefaultApi.md")!;
    expect(doc30).toContain(" **tags** | **Set&lt;string&gt;** |  | (optional) defaults to undefined\n");
    expect(doc30).toContain(" **requestBody** | **Array<Set<string> | null>**|  |\n");
    const api = (await files("spec31.yaml", "7.4.0")).get("apis/DefaultApi.ts")!;
    const later = (await files("spec31.yaml", "7.9.0")).get("apis/DefaultApi.ts")!;
    expect(api.slice(api.indexOf("public async putThings"))).toBe(later.slice(later.indexOf("public async putThings")));
    expect(api).toContain("requestBody?: Array<Array<string> | null>");
  });
});
