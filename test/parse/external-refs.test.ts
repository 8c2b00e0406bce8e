import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSpec, DEFAULT_PARSE_OPTIONS } from "../../src/parse/index.js";
import { specFiles } from "../support/spec-files.js";

const SPLIT = path.resolve(__dirname, "../../fixtures/specs/split/main.yaml");

describe("$refs to other files (OpenAPI 3.x)", () => {
  it("import schemas as named schemas, named by the ref's last segment, and copy other objects in place", async () => {
    const { model } = await parseSpec(SPLIT, { ...DEFAULT_PARSE_OPTIONS, validate: "off" });
    expect(model.schemas.map((s) => [s.name, s.origin])).toEqual([
      ["Pet", "component"],
      ["Owner", "component"],
    ]);
    const pet = model.schemas[0]!.schema;
    expect(pet.kind === "object" && pet.properties.map((p) => [p.name, p.schema.kind, p.schema.kind === "ref" ? p.schema.target : null])).toEqual([
      ["id", "integer", null],
      ["owner", "ref", "Owner"],
    ]);
    const op = model.operations[0]!;
    expect(op.parameters.map((p) => [p.name, p.in, p.description])).toEqual([["petId", "path", "The pet's id"]]);
    expect(op.responses.map((r) => [r.code, r.description])).toEqual([
      ["200", "The pet"],
      ["404", "No such pet"],
    ]);
    expect(op.responses[0]!.contents[0]!.schema).toMatchObject({ kind: "ref", target: "Pet" });
  });
});

// swagger-parser resolves refs where the object model has a Reference Object or a schema; an
// extension's value and example data are never read for refs (OAG's own 3_0_3_unit_test_spec.yaml
// holds `data: {$ref: a}` under components/x-schema-test-examples). A name that starts with `x-`
// (a header, a property) is no extension.
const MAIN = `openapi: 3.0.3
info: {title: t, version: "1"}
x-tests:
  sample: {$ref: ./no-such-file.yaml}
paths:
  /items:
    get:
      operationId: getItems
      x-code-samples: [{lang: sh, source: {$ref: ./no-such-sample.sh}}]
      responses:
        "200":
          description: ok
          headers:
            x-request-id: {$ref: "./common.yaml#/headers/RequestId"}
          content:
            application/json:
              schema: {$ref: "./common.yaml#/schemas/Item"}
              example: {$ref: ./no-such-example.json}
components:
  x-schema-test-examples:
    Case: {data: {$ref: a}, valid: true}
  schemas:
    Local:
      type: object
      x-extra: {$ref: ./no-such-schema.yaml}
      properties:
        example: {$ref: "./common.yaml#/schemas/Item"}
`;
const COMMON = `headers:
  RequestId:
    description: the request's id
    schema: {type: string}
schemas:
  Item:
    type: object
    properties:
      x-id: {$ref: "#/schemas/Id"}
      sample: {type: string, example: {$ref: ./nowhere.yaml}}
  Id: {type: integer, format: int64}
`;

describe("$refs swagger-parser does not resolve", () => {
  const specs = specFiles("oaswright-extension-refs-", { "main.yaml": MAIN, "common.yaml": COMMON });

  it("leaves refs in extensions and example values as data, and resolves names that start with x-", async () => {
    const { model } = await parseSpec(specs.path("main.yaml"), { ...DEFAULT_PARSE_OPTIONS, validate: "off" });
    expect(model.schemas.map((s) => s.name)).toEqual(["Local", "Item", "Id"]);
    const item = model.schemas.find((s) => s.name === "Item")!.schema;
    expect(item.kind === "object" && item.properties.map((p) => [p.name, p.schema.kind === "ref" ? p.schema.target : p.schema.kind])).toEqual([
      ["x-id", "Id"],
      ["sample", "string"],
    ]);
    const local = model.schemas.find((s) => s.name === "Local")!.schema;
    expect(local.kind === "object" && local.properties.map((p) => [p.name, p.schema.kind === "ref" ? p.schema.target : p.schema.kind])).toEqual([["example", "Item"]]);
    const response = model.operations[0]!.responses[0]!;
    expect(response.headers.map((h) => [h.name, h.description])).toEqual([["x-request-id", "the request's id"]]);
    expect(model.extensions["x-tests"]).toEqual({ sample: { $ref: "./no-such-file.yaml" } });
  });
});
