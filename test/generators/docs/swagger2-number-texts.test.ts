// Swagger 2.0 numbers the converter passes on as swagger-parser v1 and swagger-parser-v2-converter
// hand them to OpenAPI Generator (src/parse/swagger2-operation.ts, annotations in
// swagger2-schema.ts NUMBER_TEXTS):
// - a query/path/header/form parameter's `default` is kept as text by v1
//   (AbstractSerializableParameter) and read back by getDefault() with Double.valueOf for a number
//   parameter; the converter's schema.setDefault casts it (NumberSchema: BigDecimal of its
//   toString), so `71` prints `71.0` and `1e7` `1.0E+7`; an integer parameter's default is a Long;
// - a form field's `x-example` is the untyped vendor extension (Integer/Long/Double) set on the
//   schema PrimitiveType.createProperty made: NumberSchema `71.0`, `1.0E+7`, `71`; StringSchema the
//   Double's toString (`"73.0"`); IntegerSchema parses the text as an int, which a Double fails: no
//   example;
// - a query parameter's `x-example` stays the Double (Double.toString: `1.0E7`), as before;
// - enum members are v1's asText() strings: convert(Parameter) makes a number parameter's
//   `new BigDecimal(text)` (`0.00010`), convert(SerializableParameter) sets a form field's as they
//   are (`1.0E-4`).
// Docs only: the clients' values stay JSON numbers.

import { describe, expect, it } from "vitest";
import { resolveSchema } from "../../../src/codegen/schemas.js";
import { generateInMemory } from "../../support/generate.js";
import { parseSpec } from "../../../src/parse/index.js";
import { specFiles } from "../../support/spec-files.js";

const SPEC = `swagger: "2.0"
info: { title: Lit, version: "1" }
paths:
  /p:
    post:
      operationId: op
      tags: [scores]
      consumes: [application/x-www-form-urlencoded]
      parameters:
        - { name: a, in: query, type: number, x-example: 1.0e7 }
        - { name: q, in: query, type: number, default: 71 }
        - { name: r, in: query, type: number, format: double, default: 1.0e7 }
        - { name: i, in: query, type: integer, default: 5 }
        - { name: f, in: formData, type: number, x-example: 72.0 }
        - { name: g, in: formData, type: number, x-example: 1.0e7 }
        - { name: h, in: formData, type: string, x-example: 73.0 }
        - { name: j, in: formData, type: integer, x-example: 74.0 }
        - { name: m, in: formData, type: number, x-example: 76 }
        - { name: k, in: formData, type: number, default: 75 }
        - { name: ea, in: query, type: number, enum: [1.0, 2.5, 0.0001] }
        - { name: ef, in: formData, type: number, enum: [1.0, 2.5, 0.0001] }
      responses:
        "204": { description: done }
`;

// Model properties: swagger-models' PropertyBuilder picks the class by type and format.
const PROPERTIES = `swagger: "2.0"
info: { title: P, version: "1" }
paths:
  /p:
    post:
      operationId: op
      tags: [things]
      parameters:
        - { name: body, in: body, schema: { $ref: '#/definitions/Holder' } }
      responses:
        "204": { description: ok }
definitions:
  Holder:
    type: object
    properties:
      dec: { type: number, example: 71, default: 5 }
      dbl: { type: number, format: double, example: 72, default: 6 }
      small: { type: number, format: double, example: 0.0001 }
      int: { type: integer, default: 7, example: 8 }
      i32: { type: integer, format: int32, default: 9 }
      flt: { type: number, format: float, example: 71, default: 2 }
      fprec: { type: number, format: float, example: 1.23456789, default: 0.1 }
      fbig: { type: number, format: float, example: 1e39 }
`;

// Definitions' own numbers: swagger-models' ModelImpl (see swagger2-schema.ts asV1Model).
const DEFINITIONS = `swagger: "2.0"
info: { title: D, version: "1" }
paths:
  /r:
    post:
      operationId: op
      tags: [things]
      parameters:
        - { name: holder, in: body, schema: { $ref: '#/definitions/Holder' } }
      responses:
        "204": { description: ok }
definitions:
  Rate: { type: number, default: 10, example: 72.0 }
  Count: { type: integer, default: 71.0, example: 73 }
  Ratio: { type: number, default: 7.50, example: 1e7 }
  Holder:
    type: object
    properties:
      rate: { $ref: '#/definitions/Rate' }
      count: { $ref: '#/definitions/Count' }
      ratio: { $ref: '#/definitions/Ratio' }
`;

const specs = specFiles("oaswright-swagger2-numbers-", {
  "definitions.yaml": DEFINITIONS,
  "properties.yaml": PROPERTIES,
  "swagger2.yaml": SPEC,
  "swagger2.json": JSON.stringify({
    swagger: "2.0",
    info: { title: "Lit", version: "1" },
    paths: {
      "/p": {
        post: {
          operationId: "op",
          tags: ["scores"],
          consumes: ["application/x-www-form-urlencoded"],
          parameters: [
            { name: "q", in: "query", type: "number", default: 71 },
            { name: "f", in: "formData", type: "number", "x-example": 0 },
          ],
          responses: { "204": { description: "done" } },
        },
      },
    },
  }).replace('"x-example":0', '"x-example":72.0'),
});

type Generator = "typescript" | "python" | "python-prior";

async function doc(input: string, generator: Generator, oagVersion: string, file: string): Promise<string> {
  const additionalProperties = { oagVersion, ...(generator === "typescript" ? {} : { packageName: "lit" }) };
  return (await generateInMemory(specs.path(input), generator, additionalProperties, { validate: "warning" })).text(file);
}

describe("docs: Swagger 2.0 parameter defaults and form fields' x-example as OAG's Java numbers", () => {
  it("python-prior 6.6.0", async () => {
    const api = await doc("swagger2.yaml", "python-prior", "6.6.0", "docs/ScoresApi.md");
    for (const line of [
      "    a = 1.0E7 # float |  (optional)\n",
      "    q = 71.0 # float |  (optional) if omitted the server will use the default value of 71.0\n",
      "    r = 1.0E+7 # float |  (optional) if omitted the server will use the default value of 1.0E+7\n",
      "    i = 5 # int |  (optional) if omitted the server will use the default value of 5\n",
      "    f = 72.0 # float |  (optional)\n",
      "    g = 1.0E+7 # float |  (optional)\n",
      '    h = "73.0" # str |  (optional)\n',
      "    j = 1 # int |  (optional)\n",
      "    m = 76 # float |  (optional)\n",
      "    k = 75.0 # float |  (optional) if omitted the server will use the default value of 75.0\n",
      " **q** | **float**|  | [optional] if omitted the server will use the default value of 71.0\n",
    ]) {
      expect(api).toContain(line);
    }
  });

  it("typescript 7.13.0", async () => {
    const api = await doc("swagger2.yaml", "typescript", "7.13.0", "ScoresApi.md");
    for (const line of [
      "  a: 1.0E7,\n",
      "  q: 71.0,\n",
      "  r: 1.0E+7,\n",
      "  i: 5,\n",
      "  f: 72.0,\n",
      "  g: 1.0E+7,\n",
      '  h: "73.0",\n',
      "  j: 1,\n",
      "  m: 76,\n",
      "  k: 75.0,\n",
      " **q** | [**number**] |  | (optional) defaults to 71.0\n",
      " **k** | [**number**] |  | (optional) defaults to 75.0\n",
      "  ea: 1.0,\n",
      "  ef: 1.0,\n",
      " **ea** | [**1.0 | 2.5 | 0.00010**]**Array<1.0 &#124; 2.5 &#124; 0.00010>** |  | (optional) defaults to undefined\n",
      " **ef** | [**number**]**Array<1.0 &#124; 2.5 &#124; 1.0E-4>** |  | (optional) defaults to undefined\n",
    ]) {
      expect(api).toContain(line);
    }
  });

  it("python 7.13.0: parameter defaults", async () => {
    const api = await doc("swagger2.yaml", "python", "7.13.0", "docs/ScoresApi.md");
    for (const line of [
      "    q = 71.0 # float |  (optional) (default to 71.0)\n",
      "    r = 1.0E+7 # float |  (optional) (default to 1.0E+7)\n",
      "    i = 5 # int |  (optional) (default to 5)\n",
      " **k** | **float**|  | [optional] [default to 75.0]\n",
    ]) {
      expect(api).toContain(line);
    }
  });

  it("JSON spec: the same texts (python-prior 6.6.0)", async () => {
    const api = await doc("swagger2.json", "python-prior", "6.6.0", "docs/ScoresApi.md");
    expect(api).toContain("    q = 71.0 # float |  (optional) if omitted the server will use the default value of 71.0\n");
    expect(api).toContain("    f = 72.0 # float |  (optional)\n");
  });

  it("IR: values stay JSON numbers, the texts are docs-only fields", async () => {
    const { model } = await parseSpec(specs.path("swagger2.yaml"));
    const op = model.operations.find((o) => o.operationId === "op")!;
    const param = (name: string) => op.parameters.find((p) => p.name === name)!;
    expect(param("a").example).toEqual({ value: 1e7, oagText: "1.0E7" });
    expect(param("q").schema.default).toEqual({ value: 71, oagText: "71.0" });
    expect(param("i").schema.default).toEqual({ value: 5 });
    const form = resolveSchema(model, op.requestBody!.contents[0]!.schema);
    expect(form.kind).toBe("object");
    const props = new Map(form.kind === "object" ? form.properties.map((p) => [p.name, p.schema]) : []);
    expect(props.get("f")?.example).toEqual({ value: 72, oagText: "72.0" });
    expect(props.get("m")?.example).toEqual({ value: 76 });
    expect(props.get("j")?.example).toBeUndefined();
  });

  it("model properties: DecimalProperty/BaseIntegerProperty drop the default, examples and defaults as the NumberSchema's BigDecimal, FloatProperty's through Float.parseFloat", async () => {
    const python = await doc("properties.yaml", "python", "7.13.0", "docs/Holder.md");
    for (const line of [
      "**dec** | **float** |  | [optional] \n",
      "**dbl** | **float** |  | [optional] [default to 6.0]\n",
      "**int** | **int** |  | [optional] \n",
      "**i32** | **int** |  | [optional] [default to 9]\n",
      // FloatProperty: Float.parseFloat, then the NumberSchema's BigDecimal of Float.toString
      "**flt** | **float** |  | [optional] [default to 2.0]\n",
      "**fprec** | **float** |  | [optional] [default to 0.1]\n",
    ]) {
      expect(python).toContain(line);
    }
    const ts = await doc("properties.yaml", "typescript", "7.13.0", "ThingsApi.md");
    // a float example too large for a float (Infinity) is none: the number's fixed example
    expect(ts).toContain("  body: {\n    dec: 71.0,\n    dbl: 72,\n    small: 0.00010,\n    _int: 8,\n    i32: 9,\n    flt: 71.0,\n    fprec: 1.2345679,\n    fbig: 3.14,\n  },\n");
  });

  it("definitions: ModelImpl's default as getDefaultValue makes it (an Integer, a BigDecimal stripped by the tree), its example as NumberSchema casts it", async () => {
    const python = await doc("definitions.yaml", "python", "7.13.0", "docs/Holder.md");
    for (const line of [
      "**rate** | **float** |  | [optional] [default to 1E+1]\n",
      // `71.0` is no Integer's text: no default to OAG
      "**count** | **int** |  | [optional] \n",
      "**ratio** | **float** |  | [optional] [default to 7.5]\n",
    ]) {
      expect(python).toContain(line);
    }
    const ts = await doc("definitions.yaml", "typescript", "7.13.0", "ThingsApi.md");
    expect(ts).toContain("  holder: {\n    rate: 72.0,\n    count: 73,\n    ratio: 1.0E+7,\n  },\n");
    // the client keeps the default
    const { model } = await parseSpec(specs.path("definitions.yaml"));
    expect(model.schemas.find((s) => s.name === "Count")?.schema.default).toEqual({ value: 71, oagAbsent: true });
  });
});
