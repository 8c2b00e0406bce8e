// Fields OAG's parser reads as text (OpenAPIDeserializer.getString, and swagger-parser v1's for
// 2.0): any scalar is taken as Jackson prints it, so an unquoted `version: 1.0` is "1.0" in every
// doc header, and `name: 1` is a parameter named "1", not a broken parameter.

import { describe, expect, it } from "vitest";
import { DEFAULT_PARSE_OPTIONS, parseSpec } from "../../src/parse/index.js";
import { specFiles } from "../support/spec-files.js";

const YAML30 = `openapi: 3.0.3
info: {title: 2024, version: 1.0, description: 2.50, contact: {name: true}}
tags: [{name: 2023, description: 1.50}]
servers:
  - url: 8080
    description: 2.0
    variables:
      port: {default: 443.0, enum: [443.0, 8443, true, null, [1]], description: 1}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: 7, description: 3.0}
paths:
  /a/{1}:
    get:
      operationId: getA
      summary: 2.0
      parameters:
        - {name: 1, in: path, required: true, schema: {type: string}}
        - {name: on, in: query, schema: {type: string}, description: 3}
      responses:
        "200": {description: 200, headers: {X-Rate: {description: 10, schema: {type: integer}}}}
`;
const JSON30 = `{"openapi": "3.0.3", "info": {"title": "t", "version": 2.0}, "paths": {}}`;
const YAML20 = `swagger: "2.0"
info: {title: t, version: 1.10}
paths: {}
`;

describe("scalars where OAG reads text", () => {
  const specs = specFiles("oaswright-scalar-text-", { "a.yaml": YAML30, "b.json": JSON30, "c.yaml": YAML20 });
  const parse = (name: string) => parseSpec(specs.path(name), { ...DEFAULT_PARSE_OPTIONS, validate: "off" });

  it("reads the scalars of the Info, Tag, Server, Security Scheme, Operation, Parameter, Response and Header Objects as Jackson prints them", async () => {
    const { model } = await parse("a.yaml");
    expect(model.info).toMatchObject({ title: "2024", version: "1.0", description: "2.5", contact: { name: "true" } });
    const op = model.operations[0]!;
    // `on` is a YAML 1.1 boolean to SnakeYAML, which OAG 6.0+ reads YAML with.
    expect(op.parameters.map((p) => [p.name, p.in, p.description])).toEqual([
      ["1", "path", undefined],
      ["true", "query", "3"],
    ]);
    expect(op.summary).toBe("2.0");
    expect(model.tags.map((t) => [t.name, t.description])).toEqual([["2023", "1.5"]]);
    expect(model.servers.map((sv) => [sv.url, sv.description, sv.variables])).toEqual([
      ["8080", "2.0", [{ name: "port", default: "443.0", enum: ["443.0", "8443", "true", "null"], description: "1" }]],
    ]);
    expect(model.securitySchemes).toMatchObject([{ name: "key", type: "apiKey", paramName: "7", description: "3.0" }]);
    expect(op.responses.map((r) => [r.code, r.description, r.headers.map((h) => h.description)])).toEqual([["200", "200", ["10"]]]);
  });

  it("keeps a JSON float literal's text, and reads a 2.0 document's Info Object as written", async () => {
    expect((await parse("b.json")).model.info.version).toBe("2.0");
    expect((await parse("c.yaml")).model.info.version).toBe("1.1");
  });
});

const YAML31 = `openapi: 3.1.0
info: {title: t, version: "1"}
components:
  responses:
    Ok: {description: ok}
  examples:
    One: {summary: 2024, externalValue: 1.50}
paths:
  /up:
    post:
      operationId: up
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object, properties: {file: {type: string}}}
            encoding: {file: {contentType: 1.0}}
            examples: {inline: {summary: yes, value: 1}, shared: {$ref: "#/components/examples/One"}}
      responses:
        "200": {$ref: "#/components/responses/Ok", description: 2.50}
`;

describe("scalars where OAG reads text (encodings, examples, a 3.1 response $ref's description)", () => {
  const specs = specFiles("oaswright-scalar-text31-", { "d.yaml": YAML31 });

  it("reads an encoding's contentType, an Example Object's summary and externalValue, and the description beside a 3.1 response $ref as Jackson prints them", async () => {
    const { model } = await parseSpec(specs.path("d.yaml"), { ...DEFAULT_PARSE_OPTIONS, validate: "off" });
    const op = model.operations[0]!;
    const media = op.requestBody!.contents[0]!;
    expect(media.encoding.file?.contentType).toBe("1.0");
    expect(media.examples.map((e) => [e.name, e.summary, e.externalValue])).toEqual([
      ["inline", "true", undefined],
      ["shared", "2024", "1.5"],
    ]);
    expect(op.responses[0]!.componentRef31).toEqual({ siblingDescription: "2.5" });
  });
});
