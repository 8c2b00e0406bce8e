// Numbers as a whole example or default: a parameter's or media type's `example`, an Example
// object's `value`, a schema's `example` and `default` (sibling of nested-literals.test.ts, which
// covers numbers inside object and array examples). swagger-parser's OpenAPIDeserializer.getAnyType
// (getAnyExample before 2.1) makes an int node an Integer and any other number node
// `new BigDecimal(node.asText())`; a float literal is a DoubleNode in JSON and YAML specs alike, whose
// asText is Java's Double.toString. OAG prints that BigDecimal's toString in the three generators'
// docs (DefaultCodegen/PythonPriorClientCodegen/TypeScriptClientCodegen setParameterExampleValue,
// toExampleValueRecursive's `objExample.toString()`, toDefaultValue's `p.getDefault().toString()`):
// `71.0` -> `71.0`, `1e3` -> `1000.0`, `1.0e7` -> `1.0E+7`, `0.0001` -> `0.00010`, `1.50` -> `1.5`,
// an integer beyond 2^53 with every digit. A Swagger 2.0 `x-example` is the Double of Jackson's
// untyped reading (swagger-parser v1 SwaggerDeserializer.extension): Double.toString, `71.0`,
// `1.0E7`, `1.0E-4`.
// The IR values stay JSON numbers (the clients send numbers).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { parseSpec } from "../../../src/parse/index.js";
import { specFiles } from "../../support/spec-files.js";

const yamlSpec = (openapi: string) => `openapi: ${openapi}
info: { title: Lit, version: "1" }
paths:
  /p:
    post:
      operationId: op
      tags: [scores]
      parameters:
        - { name: a, in: query, schema: { type: number }, example: 71.0 }
        - { name: b, in: query, schema: { type: number }, examples: { one: { value: 72.0 } } }
        - { name: c, in: query, schema: { type: number, example: 73.0 } }
        - { name: d, in: query, schema: { type: number }, example: 1.0e7 }
        - { name: e, in: query, schema: { type: number }, example: 0.0001 }
        - { name: f, in: query, schema: { type: string }, example: 74.0 }
        - { name: g, in: query, schema: { type: integer, format: int64 }, example: 76561198042467022 }
        - { name: h, in: query, schema: { type: number, example: 10000000.0 } }
        - { name: i, in: query, schema: { type: number, default: 75.0 } }
        - { name: j, in: query, schema: { type: number }, example: 1.50 }
        - { name: k, in: query, schema: { type: integer }, example: 71 }
      requestBody:
        content:
          application/json:
            schema: { type: number }
            example: 76.0
      responses:
        "204": { description: done }
  /q:
    post:
      operationId: named
      tags: [scores]
      requestBody:
        content:
          application/json:
            schema: { type: object, additionalProperties: { type: number } }
            examples:
              first: { value: { small: 0.0001, whole: 2.0, big: 12345678.5 } }
      responses:
        "204": { description: done }
components:
  schemas:
    Weights:
      type: object
      properties:
        w: { type: number, default: 77.0 }
`;

// The same document as JSON, with `1e3` (a Double to Jackson's JSON parser) as the body example.
const jsonSpec = (openapi: string) => `{
  "openapi": "${openapi}",
  "info": { "title": "Lit", "version": "1" },
  "paths": {
    "/p": { "post": {
      "operationId": "op", "tags": ["scores"],
      "parameters": [
        { "name": "a", "in": "query", "schema": { "type": "number" }, "example": 71.0 },
        { "name": "b", "in": "query", "schema": { "type": "number" }, "examples": { "one": { "value": 72.0 } } },
        { "name": "c", "in": "query", "schema": { "type": "number", "example": 73.0 } },
        { "name": "d", "in": "query", "schema": { "type": "number" }, "example": 1.0e7 },
        { "name": "e", "in": "query", "schema": { "type": "number" }, "example": 0.0001 },
        { "name": "f", "in": "query", "schema": { "type": "string" }, "example": 74.0 },
        { "name": "g", "in": "query", "schema": { "type": "integer", "format": "int64" }, "example": 76561198042467022 },
        { "name": "h", "in": "query", "schema": { "type": "number", "example": 10000000.0 } },
        { "name": "i", "in": "query", "schema": { "type": "number", "default": 75.0 } },
        { "name": "j", "in": "query", "schema": { "type": "number" }, "example": 1.50 },
        { "name": "k", "in": "query", "schema": { "type": "integer" }, "example": 71 } ],
      "requestBody": { "content": { "application/json": { "schema": { "type": "number" }, "example": 1e3 } } },
      "responses": { "204": { "description": "done" } } } },
    "/q": { "post": {
      "operationId": "named", "tags": ["scores"],
      "requestBody": { "content": { "application/json": {
        "schema": { "type": "object", "additionalProperties": { "type": "number" } },
        "examples": { "first": { "value": { "small": 0.0001, "whole": 2.0, "big": 12345678.5 } } } } } },
      "responses": { "204": { "description": "done" } } } }
  },
  "components": { "schemas": { "Weights": { "type": "object", "properties": {
    "w": { "type": "number", "default": 77.0 } } } } }
}
`;

// Swagger 2.0: `x-example` goes through swagger-parser v1's untyped reading (a Double).
const SWAGGER2 = `swagger: "2.0"
info: { title: Lit, version: "1" }
paths:
  /p:
    get:
      operationId: op
      tags: [scores]
      parameters:
        - { name: a, in: query, type: number, x-example: 71.0 }
        - { name: d, in: query, type: number, x-example: 1.0e7 }
        - { name: e, in: query, type: number, x-example: 0.0001 }
        - { name: g, in: query, type: integer, format: int64, x-example: 76561198042467022 }
        - { name: j, in: query, type: number, x-example: 1.50 }
        - { name: k, in: query, type: integer, x-example: 71 }
      responses:
        "204": { description: done }
`;

const specs = specFiles("oaswright-number-examples-", {
  "spec30.yaml": yamlSpec("3.0.3"),
  "spec31.yaml": yamlSpec("3.1.0"),
  "spec30.json": jsonSpec("3.0.3"),
  "spec31.json": jsonSpec("3.1.0"),
  "swagger2.yaml": SWAGGER2,
  "swagger2.json": `{"swagger": "2.0", "info": {"title": "Lit", "version": "1"}, "paths": {"/p": {"get": {
    "operationId": "op", "tags": ["scores"],
    "parameters": [
      {"name": "a", "in": "query", "type": "number", "x-example": 71.0},
      {"name": "d", "in": "query", "type": "number", "x-example": 1.0e7},
      {"name": "e", "in": "query", "type": "number", "x-example": 0.0001},
      {"name": "g", "in": "query", "type": "integer", "format": "int64", "x-example": 76561198042467022},
      {"name": "j", "in": "query", "type": "number", "x-example": 1.50},
      {"name": "k", "in": "query", "type": "integer", "x-example": 71}],
    "responses": {"204": {"description": "done"}}}}}}
`,
});

type Generator = "typescript" | "python" | "python-prior";

async function doc(input: string, generator: Generator, oagVersion: string, file: string): Promise<string> {
  const additionalProperties = { oagVersion, ...(generator === "typescript" ? {} : { packageName: "lit" }) };
  return (await generateInMemory(specs.path(input), generator, additionalProperties, { validate: "warning" })).text(file);
}

const SPECS = ["spec30.yaml", "spec31.yaml", "spec30.json", "spec31.json"] as const;

/** The body example: `76.0` in the YAML specs, `1e3` (the Double 1000.0) in the JSON ones. */
const body = (input: string) => (input.endsWith(".json") ? "1000.0" : "76.0");

/** The named example's object as JsonNode.toString prints it (DoubleNodes: Double.toString). */
const NAMED = '{"small":1.0E-4,"whole":2.0,"big":1.23456785E7}';

describe("docs: numbers as a whole example or default print as the BigDecimal swagger-parser read", () => {
  for (const input of SPECS) {
    it(`python 7.13.0 (${input})`, async () => {
      const api = await doc(input, "python", "7.13.0", "docs/ScoresApi.md");
      for (const line of [
        "    a = 71.0 # float |  (optional)\n",
        "    b = 72.0 # float |  (optional)\n",
        "    c = 73.0 # float |  (optional)\n",
        "    d = 1.0E+7 # float |  (optional)\n",
        "    e = 0.00010 # float |  (optional)\n",
        "    f = '74.0' # str |  (optional)\n",
        "    g = 76561198042467022 # int |  (optional)\n",
        "    h = 1.0E+7 # float |  (optional)\n",
        "    i = 75.0 # float |  (optional) (default to 75.0)\n",
        "    j = 1.5 # float |  (optional)\n",
        "    k = 71 # int |  (optional)\n",
        `    body = ${body(input)} # float |  (optional)\n`,
        `    request_body = ${NAMED} # Dict[str, float] |  (optional)\n`,
        " **i** | **float**|  | [optional] [default to 75.0]\n",
      ]) {
        expect(api).toContain(line);
      }
      const model = await doc(input, "python", "7.13.0", "docs/Weights.md");
      expect(model).toContain("**w** | **float** |  | [optional] [default to 77.0]\n");
    });

    it(`typescript 7.13.0 (${input})`, async () => {
      const api = await doc(input, "typescript", "7.13.0", "ScoresApi.md");
      for (const line of [
        "  a: 71.0,\n",
        "  b: 72.0,\n",
        "  c: 73.0,\n",
        "  d: 1.0E+7,\n",
        "  e: 0.00010,\n",
        '  f: "74.0",\n',
        "  g: 76561198042467022,\n",
        "  h: 1.0E+7,\n",
        "  i: 75.0,\n",
        "  j: 1.5,\n",
        "  k: 71,\n",
        `  body: ${body(input)},\n`,
        " **i** | [**number**] |  | (optional) defaults to 75.0\n",
      ]) {
        expect(api).toContain(line);
      }
    });

    it(`python-prior 6.6.0 (${input})`, async () => {
      const api = await doc(input, "python-prior", "6.6.0", "docs/ScoresApi.md");
      for (const line of [
        "    a = 71.0 # float |  (optional)\n",
        "    b = 72.0 # float |  (optional)\n",
        "    c = 73.0 # float |  (optional)\n",
        "    d = 1.0E+7 # float |  (optional)\n",
        "    e = 0.00010 # float |  (optional)\n",
        '    f = "74.0" # str |  (optional)\n',
        "    g = 76561198042467022 # int |  (optional)\n",
        "    h = 1.0E+7 # float |  (optional)\n",
        "    j = 1.5 # float |  (optional)\n",
        "    k = 71 # int |  (optional)\n",
        `    body = ${body(input)} # float |  (optional)\n`,
      ]) {
        expect(api).toContain(line);
      }
      expect(api).toContain("    i = 75.0 # float |  (optional) if omitted the server will use the default value of 75.0\n");
    });
  }

  it("Swagger 2.0 x-example: Double.toString (python 7.13.0, typescript 7.13.0, python-prior 6.6.0)", async () => {
    for (const input of ["swagger2.yaml", "swagger2.json"]) {
      const py = await doc(input, "python", "7.13.0", "docs/ScoresApi.md");
      for (const line of ["a = 71.0 # float", "d = 1.0E7 # float", "e = 1.0E-4 # float", "g = 76561198042467022 # int", "j = 1.5 # float", "k = 71 # int"]) {
        expect(py).toContain(`    ${line} |  (optional)\n`);
      }
      const ts = await doc(input, "typescript", "7.13.0", "ScoresApi.md");
      for (const line of ["a: 71.0", "d: 1.0E7", "e: 1.0E-4", "g: 76561198042467022", "j: 1.5", "k: 71"]) expect(ts).toContain(`  ${line},\n`);
      const prior = await doc(input, "python-prior", "6.6.0", "docs/ScoresApi.md");
      for (const line of ["a = 71.0 # float", "d = 1.0E7 # float", "e = 1.0E-4 # float", "g = 76561198042467022 # int", "j = 1.5 # float", "k = 71 # int"]) {
        expect(prior).toContain(`    ${line} |  (optional)\n`);
      }
    }
  });

  it("keeps the IR's values JSON numbers, with OAG's text beside them", async () => {
    for (const input of SPECS) {
      const { model } = await parseSpec(specs.path(input));
      const op = model.operations.find((o) => o.operationId === "op")!;
      const param = (name: string) => op.parameters.find((p) => p.name === name)!;
      expect(param("a").example).toEqual({ value: 71, oagText: "71.0" });
      expect(param("b").examples[0]).toMatchObject({ value: 72, oagText: "72.0" });
      expect(param("d").example).toEqual({ value: 1e7, oagText: "1.0E+7" });
      expect(param("e").example).toEqual({ value: 0.0001, oagText: "0.00010" });
      expect(param("g").example).toEqual({ value: 76561198042467022, oagText: "76561198042467022" });
      expect(param("j").example).toEqual({ value: 1.5 });
      expect(param("k").example).toEqual({ value: 71 });
      expect(op.requestBody!.contents[0]!.example).toEqual(input.endsWith(".json") ? { value: 1000, oagText: "1000.0" } : { value: 76, oagText: "76.0" });
    }
  });
});

// A parameter's example beyond Java's long (a BigIntegerNode to Jackson): getAnyType's getInteger
// answers null (isInt is false), so it is `new BigDecimal(node.asText())`, every digit, sign kept
// (swagger-parser v2.1.22 OpenAPIDeserializer.getAnyType/getBigDecimal; the Example object's `value`
// is read the same way). Already printed so: this pins it for the parameter's own `example`, a
// named Example's value and a negative one, in YAML and JSON.
const BIG = "123456789012345678901";
const bigYaml = `openapi: 3.0.3
info: { title: Big, version: "1" }
paths:
  /p:
    get:
      operationId: op
      tags: [big]
      parameters:
        - { name: a, in: query, schema: { type: integer }, example: ${BIG} }
        - { name: b, in: query, schema: { type: integer }, examples: { one: { value: ${BIG} } } }
        - { name: c, in: query, schema: { type: integer }, example: -${BIG} }
      responses:
        "200": { description: ok }
`;
const bigJson = JSON.stringify({ openapi: "3.0.3", info: { title: "Big", version: "1" }, paths: { "/p": { get: { operationId: "op", tags: ["big"], responses: { "200": { description: "ok" } }, parameters: [] } } } }).replace(
  '"parameters":[]',
  `"parameters":[{"name":"a","in":"query","schema":{"type":"integer"},"example":${BIG}},{"name":"b","in":"query","schema":{"type":"integer"},"examples":{"one":{"value":${BIG}}}},{"name":"c","in":"query","schema":{"type":"integer"},"example":-${BIG}}]`,
);
const bigSpecs = specFiles("oaswright-big-parameter-examples-", { "big.yaml": bigYaml, "big.json": bigJson });

describe("docs: a parameter's integer example beyond long keeps every digit", () => {
  for (const input of ["big.yaml", "big.json"]) {
    it(`python 7.13.0, typescript 7.13.0, python-prior 6.6.0 (${input})`, async () => {
      const run = async (generator: "python" | "typescript" | "python-prior", oagVersion: string, file: string) =>
        (await generateInMemory(bigSpecs.path(input), generator, { oagVersion, ...(generator === "typescript" ? {} : { packageName: "big" }) })).text(file);
      const py = await run("python", "7.13.0", "docs/BigApi.md");
      for (const line of [`a = ${BIG} # int`, `b = ${BIG} # int`, `c = -${BIG} # int`]) expect(py).toContain(`    ${line} |  (optional)\n`);
      const ts = await run("typescript", "7.13.0", "BigApi.md");
      for (const line of [`a: ${BIG}`, `b: ${BIG}`, `c: -${BIG}`]) expect(ts).toContain(`  ${line},\n`);
      const prior = await run("python-prior", "6.6.0", "docs/BigApi.md");
      for (const line of [`a = ${BIG} # int`, `b = ${BIG} # int`, `c = -${BIG} # int`]) expect(prior).toContain(`    ${line} |  (optional)\n`);
    });
  }
});
