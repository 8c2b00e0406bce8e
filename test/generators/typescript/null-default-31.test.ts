// A 3.1 `default: null` that OAG holds as a Jackson NullNode (swagger-parser's getAnyType; see
// test/generators/python/null-default-31.test.ts and src/parse/shared-instances.ts): the API doc's
// `defaults to` is AbstractTypeScriptClientCodegen.toDefaultValue's `p.getDefault().toString()`
// (a string's quoted), and getObjectExample hands the node to the example writer, which prints its
// text (`"null"`; a boolean's `true`, since it is not "false"; an array's node, an Iterable, as is).
// A copy swagger-parser put in the place reads it back as no default.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = (openapi: string): string => `openapi: ${openapi}
info: { title: Nulls, version: "1" }
paths:
  /things:
    post:
      operationId: addThing
      parameters:
        - { name: s, in: query, schema: { type: string, default: null } }
        - { name: n, in: query, schema: { type: integer, default: null } }
        - { name: b, in: query, schema: { type: boolean, default: null } }
        - { name: o, in: query, schema: { anyOf: [{ type: number }, { type: "null" }], default: null } }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                a: { type: array, items: { type: string }, default: null }
                d: { type: string, format: date-time, default: null }
                same: { type: string, default: null }
      responses:
        "200": { description: ok }
`;

const specs = specFiles("oaswright-ts-null-default-31-", { "spec31.yaml": spec("3.1.0"), "spec30.yaml": spec("3.0.3") });

async function apiDoc(file: string): Promise<string> {
  return (await generateInMemory(specs.path(file), "typescript", { oagVersion: "7.13.0" })).text("DefaultApi.md");
}

describe("typescript docs: a 3.1 `default: null`", () => {
  it("is the parameters' default and example", async () => {
    const doc = await apiDoc("spec31.yaml");
    expect(doc).toContain(" **s** | [**string**] |  | (optional) defaults to 'null'\n");
    expect(doc).toContain(" **n** | [**number**] |  | (optional) defaults to null\n");
    expect(doc).toContain(" **b** | [**boolean**] |  | (optional) defaults to null\n");
    expect(doc).toContain(" **o** | [**number**] |  | (optional) defaults to undefined\n");
    expect(doc).toContain('  s: "null",\n');
    expect(doc).toContain("  n: null,\n");
    expect(doc).toContain("  b: true,\n");
  });

  it("is a path-inline property's example, not a copy's", async () => {
    const doc = await apiDoc("spec31.yaml");
    expect(doc).toContain("    a: null,\n");
    expect(doc).toContain("    d: new Date('null'),\n");
    expect(doc).toContain('    same: "same_example",\n');
  });

  it("is no default in a 3.0 document", async () => {
    const doc = await apiDoc("spec30.yaml");
    expect(doc).toContain(" **s** | [**string**] |  | (optional) defaults to undefined\n");
    expect(doc).toContain('  s: "s_example",\n');
    expect(doc).toContain("  b: true,\n");
  });
});
