// Number enum members as OpenAPI Generator prints them. swagger-parser's OpenAPIDeserializer adds
// each member's numberValue() through Schema.addEnumItemObject, which casts it for the schema's
// class: a 3.0 `type: number` is a NumberSchema (`new BigDecimal(value.toString())`: `1.0` stays
// `1.0`, `0.0001` is `0.00010`), a 3.0 string schema keeps `value.toString()` and 3.1's JsonSchema
// keeps Jackson's Double (`1.0`, `1.0E-4`). The docs print String.valueOf of the member: python's
// enum models (`NUMBER_1.0`, AbstractPythonCodegen.toEnumVariableName) and `$ref` enum defaults,
// python-prior's "must be one of" and examples, typescript's literal unions and examples. The
// clients keep the JSON values (src/parse/schema.ts enumNumberText, IR SchemaCommon.oagEnum).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { parseSpec } from "../../../src/parse/index.js";
import { specFiles } from "../../support/spec-files.js";

const yamlSpec = (openapi: string) => `openapi: ${openapi}
info: { title: Enums, version: "1" }
paths:
  /p:
    get:
      operationId: op
      tags: [things]
      parameters:
        - { name: a, in: query, schema: { type: number, enum: [1.0, 2.5, 0.0001] } }
        - { name: b, in: query, schema: { $ref: '#/components/schemas/Ratio' } }
        - { name: s, in: query, schema: { type: string, enum: [1.0, abc] } }
        - { name: n, in: query, schema: { type: integer, enum: [1, 2] } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Holder' }
components:
  schemas:
    Ratio:
      type: number
      enum: [1.0, 2.5, 3, 0.0001]
      default: 1.0
    Holder:
      type: object
      properties:
        r: { $ref: '#/components/schemas/Ratio' }
`;

const specs = specFiles("oaswright-number-enums-", {
  "spec30.yaml": yamlSpec("3.0.3"),
  "spec31.yaml": yamlSpec("3.1.0"),
  // Jackson reads `1e3` as a Double (1000.0), which the 3.0 NumberSchema keeps as BigDecimal "1000.0".
  "spec30.json": JSON.stringify({ openapi: "3.0.3", info: { title: "Enums", version: "1" }, paths: {}, components: { schemas: { Ratio: { type: "number", enum: [1, 2] } } } }).replace(
    '"enum":[1,2]',
    '"enum":[1e3,2.0,7]',
  ),
});

type Generator = "typescript" | "python" | "python-prior";

async function files(input: string, generator: Generator, oagVersion: string): Promise<Map<string, string>> {
  const additionalProperties = { oagVersion, ...(generator === "typescript" ? {} : { packageName: "enums" }) };
  return new Map((await generateInMemory(specs.path(input), generator, additionalProperties, { validate: "warning" })).texts);
}

function doc(all: Map<string, string>, path: string): string {
  const text = all.get(path);
  expect(text, path).toBeDefined();
  return text!;
}

/** The fourth member, 0.0001: the 3.0 NumberSchema's BigDecimal, else the Double. */
const small = (input: string) => (input.includes("31") ? "1.0E-4" : "0.00010");

describe("docs: number enum members print as swagger-core's cast left them", () => {
  for (const input of ["spec30.yaml", "spec31.yaml"]) {
    it(`python 7.13.0 (${input})`, async () => {
      const all = await files(input, "python", "7.13.0");
      const memberName = input.includes("31") ? "NUMBER_1.0EMINUS_4" : "NUMBER_0.00010";
      expect(doc(all, "docs/Ratio.md")).toContain(
        "## Enum\n\n* `NUMBER_1.0` (value: `1.0`)\n\n* `NUMBER_2.5` (value: `2.5`)\n\n* `NUMBER_3` (value: `3`)\n\n" + `* \`${memberName}\` (value: \`${small(input)}\`)\n`,
      );
      expect(doc(all, "docs/Holder.md")).toContain("**r** | [**Ratio**](Ratio.md) |  | [optional] [default to Ratio.NUMBER_1.0]\n");
      // The client's members keep their Python names and JSON values.
      const client = doc(all, "enums/models/ratio.py");
      expect(client).toContain("    NUMBER_1 = 1\n    NUMBER_2_DOT_5 = 2.5\n    NUMBER_3 = 3\n");
    });

    it(`python-prior 6.6.0 (${input})`, async () => {
      const all = await files(input, "python-prior", "6.6.0");
      expect(doc(all, "docs/Ratio.md")).toContain(`**value** | **float** |  | defaults to 1.0,  must be one of [1.0, 2.5, 3, ${small(input)}, ]\n`);
      const api = doc(all, "docs/ThingsApi.md");
      for (const line of ["    a = 1.0 # float |  (optional)\n", "    b = Ratio(1.0) # Ratio |  (optional)\n", '    s = "1.0" # str |  (optional)\n', "    n = 1 # int |  (optional)\n"]) {
        expect(api).toContain(line);
      }
    });

    it(`typescript 7.13.0 (${input})`, async () => {
      const all = await files(input, "typescript", "7.13.0");
      const api = doc(all, "ThingsApi.md");
      for (const line of [
        "  a: 1.0,\n",
        "  b: 1.0,\n",
        '  s: "1.0",\n',
        "  n: 1,\n",
        ` **a** | [**1.0 | 2.5 | ${small(input)}**]**Array<1.0 &#124; 2.5 &#124; ${small(input)}>** |  | (optional) defaults to undefined\n`,
        " **s** | [**&#39;1.0&#39; | &#39;abc&#39;**]**Array<&#39;1.0&#39; &#124; &#39;abc&#39;>** |  | (optional) defaults to undefined\n",
        " **n** | [**1 | 2**]**Array<1 &#124; 2>** |  | (optional) defaults to undefined\n",
      ]) {
        expect(api).toContain(line);
      }
      // The client sends the numbers.
      expect(doc(all, "models/Ratio.ts")).toContain("    NUMBER_1: 1,\n    NUMBER_2_DOT_5: 2.5,\n    NUMBER_3: 3,\n    NUMBER_0_DOT_0001: 0.0001,\n");
    });

    it(`IR: the enum stays JSON, oagEnum holds the texts (${input})`, async () => {
      const { model } = await parseSpec(specs.path(input));
      const op = model.operations.find((o) => o.operationId === "op")!;
      const schemaOf = (name: string) => op.parameters.find((p) => p.name === name)!.schema;
      expect(schemaOf("a")).toMatchObject({ enum: [1, 2.5, 0.0001], oagEnum: ["1.0", 2.5, small(input)] });
      expect(schemaOf("s")).toMatchObject({ enum: [1, "abc"], oagEnum: ["1.0", "abc"] });
      expect(schemaOf("n").oagEnum).toBeUndefined();
    });
  }

  it("JSON 3.0: `1e3` is the BigDecimal 1000.0 (python 7.13.0, typescript)", async () => {
    const python = await files("spec30.json", "python", "7.13.0");
    expect(doc(python, "docs/Ratio.md")).toContain("* `NUMBER_1000.0` (value: `1000.0`)\n\n* `NUMBER_2.0` (value: `2.0`)\n\n* `NUMBER_7` (value: `7`)\n");
    const prior = await files("spec30.json", "python-prior", "6.6.0");
    expect(doc(prior, "docs/Ratio.md")).toContain(" must be one of [1000.0, 2.0, 7, ]\n");
  });
});
