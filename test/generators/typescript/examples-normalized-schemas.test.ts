// TypeScript API doc examples of the schemas OAG's OpenAPINormalizer and swagger-parser change before
// TypeScriptClientCodegen writes the example (examples.ts):
// - a oneOf/anyOf of one schema is that schema (SIMPLIFY_ONEOF_ANYOF, on by default from 7.0.0; a lone
//   oneOf member from 7.13.0, #21043): `f: "f_example"`, a `$ref` member the model's example; before,
//   the untyped composition prints `null`. OAG 7.13.0 run from source (sixteenth session) printed
//   `f: "f_example"` for the oneOf property; the releases are read from the normalizer's source.
// - a 3.1 `type: [string, number]` reads as its first type (ModelUtils.getType, 7.6.0 on: 9929d35166).
// - `type: integer` beside a oneOf whose members are all null types keeps its type (`1`).
// - a 3.0 `format: date-time` example that OffsetDateTime.parse refuses (no offset) is no example
//   (DateTimeSchema.cast in Schema.setExample): OAG 7.13.0 prints `new Date('1970-01-01T00:00:00.00Z')`
//   for ecotaxa's `2020-11-05T12:31:48.299713` (UsersApi statusDate); one with an offset prints as
//   typescriptDateTime formats the OffsetDateTime (ISO_DATE_TIME: `.500Z` is `.5Z`). 3.1 keeps the text.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const SPEC_30 = `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /a:
    post:
      operationId: doA
      parameters:
        - { name: lone, in: query, schema: { oneOf: [{ type: string }] } }
        - { name: loneAny, in: query, schema: { anyOf: [{ type: integer }] } }
        - { name: when, in: query, schema: { type: string, format: date-time, example: "2020-11-05T12:31:48.299713" } }
        - { name: whenZ, in: query, schema: { type: string, format: date-time, example: "2020-11-05T12:31:48.500Z" } }
        - { name: whenDefault, in: query, schema: { type: string, format: date-time, example: "2020-11-05T12:31:48", default: "2021-01-02T03:04:05Z" } }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                f: { oneOf: [{ type: string }] }
                g: { anyOf: [{ type: string }] }
                h: { anyOf: [{ $ref: '#/components/schemas/Pet' }] }
                n:
                  type: integer
                  oneOf: [{ minimum: 1 }, { maximum: 0 }]
                d: { type: string, format: date-time, example: "2020-11-05T12:31:48.299713" }
      responses:
        "204": { description: ok }
components:
  schemas:
    Pet:
      type: object
      properties:
        name: { type: string }
`;

const SPEC_31 = `openapi: 3.1.0
info: { title: t, version: "1" }
paths:
  /a:
    post:
      operationId: doA
      parameters:
        - { name: multi, in: query, schema: { type: [string, number] } }
        - { name: multi2, in: query, schema: { type: [integer, string] } }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                m: { type: [string, number] }
                m2: { type: [number, string] }
                d: { type: string, format: date-time, example: "2020-11-05T12:31:48.299713" }
      responses:
        "204": { description: ok }
`;

const specs = specFiles("oaswright-ts-normalized-examples-", { "spec30.yaml": SPEC_30, "spec31.yaml": SPEC_31 });

async function example(spec: string, oagVersion: string): Promise<string> {
  const { files } = await generateInMemory(specs.path(spec), "typescript", { npmName: "ex", oagVersion });
  const doc = String(files.find((f) => f.path.endsWith("DefaultApi.md"))?.contents);
  const m = /\n(?:const request: DefaultApiDoARequest|let body:[^\n]*) = \{\n([\s\S]*?)\n\};\n/.exec(doc);
  if (m === null) throw new Error(`no example in\n${doc}`);
  return m[1]!.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("//")).join("\n");
}

describe("typescript examples of normalized schemas", () => {
  it("7.13.0: lone members, an emptied oneOf beside integer, date-time examples", async () => {
    expect(await example("spec30.yaml", "7.13.0")).toBe(
      [
        '  lone: "lone_example",',
        "  loneAny: 1,",
        "  when: new Date('1970-01-01T00:00:00.00Z'),",
        "  whenZ: new Date('2020-11-05T12:31:48.5Z'),",
        "  whenDefault: new Date('2021-01-02T03:04:05Z'),",
        "  doARequest: {",
        '    f: "f_example",',
        '    g: "g_example",',
        "    h: {",
        '      name: "name_example",',
        "    },",
        "    n: 1,",
        "    d: new Date('1970-01-01T00:00:00.00Z'),",
        "  },",
      ].join("\n"),
    );
  });

  it("7.12.0: a lone oneOf member stays a composition (null); a lone anyOf member is simplified", async () => {
    const text = await example("spec30.yaml", "7.12.0");
    expect(text).toContain("  lone: null,\n  loneAny: 1,\n");
    expect(text).toContain('    f: null,\n    g: "g_example",\n    h: {\n      name: "name_example",\n    },\n');
  });

  it("6.6.0: no normalizer: every lone member is an untyped composition", async () => {
    const text = await example("spec30.yaml", "6.6.0");
    expect(text).toContain("  lone: null,\n  loneAny: null,\n");
    expect(text).toContain("    f: null,\n    g: null,\n    h: null,\n    n: 1,\n");
  });

  it("3.1: a type list reads as its first type from 7.6.0; a date-time example keeps its text", async () => {
    expect(await example("spec31.yaml", "7.13.0")).toBe(
      ['  multi: "multi_example",', "  multi2: 1,", "  doARequest: {", '    m: "m_example",', "    m2: 3.14,", "    d: new Date('2020-11-05T12:31:48.299713'),", "  },"].join("\n"),
    );
    const before = await example("spec31.yaml", "7.5.0");
    expect(before).toContain("  multi: null,\n  multi2: null,\n");
  });
});
