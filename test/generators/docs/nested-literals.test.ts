// Numbers written as floating-point literals (`71.0`) or beyond 2^53 inside an object or array
// example or default (conformance case surveyengine-python, 7.20.0, docs/ScoringApi.md). swagger-parser
// keeps such a value as the Jackson tree it read (OpenAPIDeserializer.getAnyExample: ObjectNode,
// ArrayNode), read with no USE_BIG_DECIMAL_FOR_FLOATS (swagger-parser-v3 ObjectMapperFactory.create),
// so `71.0` is a DoubleNode in a JSON spec and in a YAML one (SnakeYAML's Double written back to JSON),
// and the docs print JsonNode.toString: `71.0`, `1e3` as `1000.0`, `1.50` as the double `1.5`, a big
// integer with every digit. The IR value stays a JSON number (the clients send numbers).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { parseSpec } from "../../../src/parse/index.js";
import { specFiles } from "../../support/spec-files.js";

const yamlSpec = (openapi: string) => `openapi: ${openapi}
info: { title: Lit, version: "1" }
paths:
  /scores:
    post:
      operationId: score
      tags: [scores]
      parameters:
        - name: weights
          in: query
          schema: { type: array, items: { type: number }, example: [1.0, 2.5, 3] }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              additionalProperties: { type: number }
            example:
              a/b: 82.0
              f: 82.5
              c: 71.0
              d: [1.0, 1.50, 7]
              e: 76561198042467022
      responses:
        "204": { description: done }
  /named:
    post:
      operationId: named
      tags: [scores]
      requestBody:
        content:
          application/json:
            schema: { type: array, items: { type: number } }
            examples:
              first: { value: [2.0, 0.5] }
      responses:
        "204": { description: done }
components:
  schemas:
    Weights:
      type: object
      properties:
        list: { type: array, items: { type: number }, default: [1.0, 2.0] }
`;

// The same document as JSON, with `1e3` (a Double to Jackson's JSON parser) in the body example.
const jsonSpec = (openapi: string) => `{
  "openapi": "${openapi}",
  "info": { "title": "Lit", "version": "1" },
  "paths": {
    "/scores": { "post": {
      "operationId": "score", "tags": ["scores"],
      "parameters": [ { "name": "weights", "in": "query",
        "schema": { "type": "array", "items": { "type": "number" }, "example": [1.0, 2.5, 3] } } ],
      "requestBody": { "content": { "application/json": {
        "schema": { "type": "object", "additionalProperties": { "type": "number" } },
        "example": { "a/b": 82.0, "f": 82.5, "c": 71.0, "d": [1.0, 1.50, 7, 1e3], "e": 76561198042467022 } } } },
      "responses": { "204": { "description": "done" } } } },
    "/named": { "post": {
      "operationId": "named", "tags": ["scores"],
      "requestBody": { "content": { "application/json": {
        "schema": { "type": "array", "items": { "type": "number" } },
        "examples": { "first": { "value": [2.0, 0.5] } } } } },
      "responses": { "204": { "description": "done" } } } }
  },
  "components": { "schemas": { "Weights": { "type": "object", "properties": {
    "list": { "type": "array", "items": { "type": "number" }, "default": [1.0, 2.0] } } } } }
}
`;

// Index-like keys (stored with raw.ts INDEX_KEY_PREFIX to keep their place) print as written.
const KEYS = `openapi: 3.0.3
info: { title: Keys, version: "1" }
paths:
  /scores:
    post:
      operationId: score
      tags: [scores]
      requestBody:
        content:
          application/json:
            schema: { type: object, additionalProperties: { type: number } }
            example: { "b": 1.0, "200": 2.0, "~x": 3.5 }
      responses:
        "204": { description: done }
`;

const specs = specFiles("oaswright-nested-literals-", {
  "keys.yaml": KEYS,
  "keys.json": `{"openapi": "3.0.3", "info": {"title": "Keys", "version": "1"}, "paths": {"/scores": {"post": {
    "operationId": "score", "tags": ["scores"],
    "requestBody": {"content": {"application/json": {
      "schema": {"type": "object", "additionalProperties": {"type": "number"}},
      "example": {"b": 1.0, "200": 2.0, "~x": 3.5}}}},
    "responses": {"204": {"description": "done"}}}}}}
`,
  "spec30.yaml": yamlSpec("3.0.3"),
  "spec31.yaml": yamlSpec("3.1.0"),
  "spec30.json": jsonSpec("3.0.3"),
  "spec31.json": jsonSpec("3.1.0"),
});

type Generator = "typescript" | "python" | "python-prior";

async function doc(input: string, generator: Generator, oagVersion: string, file: string): Promise<string> {
  const additionalProperties = { oagVersion, ...(generator === "typescript" ? {} : { packageName: "lit" }) };
  return (await generateInMemory(specs.path(input), generator, additionalProperties, { validate: "warning" })).text(file);
}

const SPECS = ["spec30.yaml", "spec31.yaml", "spec30.json", "spec31.json"] as const;

/** The body example as JsonNode.toString prints it (the JSON specs have `1e3` too). */
function bodyExample(input: string): string {
  const d = input.endsWith(".json") ? "[1.0,1.5,7,1000.0]" : "[1.0,1.5,7]";
  return `{"a/b":82.0,"f":82.5,"c":71.0,"d":${d},"e":76561198042467022}`;
}

describe("docs: number literals inside object and array examples and defaults", () => {
  for (const input of SPECS) {
    it(`python 7.20.0 (${input})`, async () => {
      const api = await doc(input, "python", "7.20.0", "docs/ScoresApi.md");
      expect(api).toContain(`    request_body = ${bodyExample(input)} # Dict[str, float] |  (optional)\n`);
      expect(api).toContain("    weights = [[1.0,2.5,3]] # List[float] |  (optional)\n");
      expect(api).toContain("    request_body = [2.0,0.5] # List[float] |  (optional)\n");
      const model = await doc(input, "python", "7.20.0", "docs/Weights.md");
      expect(model).toContain("**list** | **List[float]** |  | [optional] [default to [1.0,2.0]]\n");
    });

    it(`typescript 7.10.0 (${input})`, async () => {
      const api = await doc(input, "typescript", "7.10.0", "ScoresApi.md");
      expect(api).toContain("  weights: [1.0,2.5,3],\n");
      expect(api).toContain("  requestBody: [2.0,0.5],\n");
    });

    it(`python-prior 6.6.0 (${input})`, async () => {
      const api = await doc(input, "python-prior", "6.6.0", "docs/ScoresApi.md");
      expect(api).toContain("    weights = [1.0,2.5,3] # [float] |  (optional)\n");
      expect(api).toContain("    request_body = [2.0,0.5] # [float] |  (optional)\n");
      const model = await doc(input, "python-prior", "6.6.0", "docs/Weights.md");
      expect(model).toContain("if omitted the server will use the default value of [1.0,2.0]");
    });
  }

  for (const input of ["keys.yaml", "keys.json"]) {
    it(`prints index-like keys as written, in place (${input})`, async () => {
      const api = await doc(input, "python", "7.20.0", "docs/ScoresApi.md");
      expect(api).toContain('    request_body = {"b":1.0,"200":2.0,"~x":3.5} # Dict[str, float] |  (optional)\n');
    });
  }

  it("keeps the IR's values JSON numbers, with the nested literals beside them", async () => {
    for (const input of SPECS) {
      const { model } = await parseSpec(specs.path(input));
      const body = model.operations.find((o) => o.operationId === "score")!.requestBody!.contents[0]!.example!;
      expect(body.value).toEqual({ "a/b": 82, f: 82.5, c: 71, d: input.endsWith(".json") ? [1, 1.5, 7, 1000] : [1, 1.5, 7], e: 76561198042467022 });
      expect(body.nestedLiterals).toEqual({
        "/a~1b": "82.0",
        "/c": "71.0",
        "/d/0": "1.0",
        ...(input.endsWith(".json") ? { "/d/3": "1e3" } : {}),
        "/e": "76561198042467022",
      });
    }
  });
});
