import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { DiagnosticSink } from "../../src/model/diagnostics.js";
import type { Operation, Parameter, Schema } from "../../src/model/ir.js";
import { parseSpec } from "../../src/parse/index.js";
import { DEFAULT_INLINE_OPTIONS } from "../../src/parse/inline.js";
import type { RawObject } from "../../src/parse/raw.js";
import { convertSwagger2, swagger2SourcePointer } from "../../src/parse/swagger2.js";
import { deepFreeze } from "../support/freeze.js";

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/swagger2/petstore-v2.yaml");

type Json = Record<string, unknown>;

function doc(extra: Json = {}): RawObject {
  return { swagger: "2.0", info: { title: "t", version: "1" }, paths: {}, ...extra };
}

function convert(input: RawObject) {
  const sink = new DiagnosticSink("test");
  const out = convertSwagger2(input, sink);
  return { out: out as Json & { paths: Record<string, Record<string, Json>>; components?: Record<string, Json> }, sink };
}

/** The converted operation of a one-operation document. */
function op(operation: Json, extra: Json = {}) {
  const { out, sink } = convert(doc({ paths: { "/x": { post: operation } }, ...extra }));
  return { op: out.paths["/x"]!.post as Json, out, sink };
}

function messages(sink: DiagnosticSink) {
  return sink.items.map((d) => `${d.level} ${d.pointer}: ${d.message}`);
}

// ---------------------------------------------------------------------------------------------

describe("document", () => {
  it("keeps info, tags, externalDocs by identity; adds openapi and x-original-swagger-version; strips consumed extensions", () => {
    const info = { title: "T", version: "2", "x-logo": { url: "l" } };
    const tags = [{ name: "a" }];
    const externalDocs = { url: "https://docs" };
    const { out, sink } = convert(doc({ info, tags, externalDocs, "x-owner": "me", "x-nullable": true, "x-example": 1 }));
    expect(out.openapi).toBe("3.0.1");
    expect(out.info).toBe(info);
    expect(out.tags).toBe(tags);
    expect(out.externalDocs).toBe(externalDocs);
    expect(out["x-owner"]).toBe("me");
    expect(out["x-original-swagger-version"]).toBe("2.0");
    expect("x-nullable" in out || "x-example" in out || "swagger" in out).toBe(false);
    expect(out.components).toBeUndefined();
    expect(sink.items).toEqual([]);
  });

  it("does not modify the input (deeply frozen) and returns the same result twice", () => {
    const input = deepFreeze(parseYaml(readFixture()) as RawObject);
    const before = JSON.stringify(input);
    const first = convert(input);
    const second = convert(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(second.out).toEqual(first.out);
    expect(messages(first.sink)).toEqual([]);
  });

  it.each<[string, Json, unknown]>([
    ["top-level security kept", { security: [{ k: [] }] }, [{ k: [] }]],
    ["empty top-level security dropped (as swagger-parser does)", { security: [] }, undefined],
    ["no security", {}, undefined],
  ])("%s", (_, extra, want) => {
    expect(convert(doc(extra)).out.security).toEqual(want);
  });
});

describe("servers (swagger-parser-v2-converter rules)", () => {
  it.each<[string, Json, unknown[], string[]]>([
    ["nothing", {}, [{ url: "/" }], []],
    ["basePath only", { basePath: "/v2" }, [{ url: "/v2" }], []],
    ["basePath and schemes, no host: schemes unused", { basePath: "/v2", schemes: ["https"] }, [{ url: "/v2" }], []],
    ["host only: scheme-relative", { host: "api.example.com" }, [{ url: "//api.example.com/" }], []],
    ["host and basePath", { host: "api.example.com:8080", basePath: "/v2" }, [{ url: "//api.example.com:8080/v2" }], []],
    [
      "one server per scheme, in order",
      { host: "api.example.com", basePath: "/v2", schemes: ["https", "http"] },
      [{ url: "https://api.example.com/v2" }, { url: "http://api.example.com/v2" }],
      [],
    ],
    ["scheme case", { host: "h", schemes: ["WSS"] }, [{ url: "wss://h/" }], []],
    [
      "unknown scheme skipped",
      { host: "h", schemes: ["ftp", "http"] },
      [{ url: "http://h/" }],
      ['warning /schemes/0: unknown scheme "ftp" (expected http, https, ws or wss); ignored'],
    ],
  ])("%s", (_, extra, want, diagnostics) => {
    const { out, sink } = convert(doc(extra));
    expect(out.servers).toEqual(want);
    expect(messages(sink)).toEqual(diagnostics);
  });
});

describe("parameters", () => {
  const array = (collectionFormat: string | undefined, where = "query"): Json => ({
    name: "p",
    in: where,
    type: "array",
    items: { type: "string" },
    ...(collectionFormat === undefined ? {} : { collectionFormat }),
  });
  const arraySchema = { type: "array", items: { type: "string" } };

  it.each<[string, Json, Json]>([
    ["query csv", array("csv"), { in: "query", name: "p", style: "form", explode: false, schema: arraySchema }],
    [
      "query without collectionFormat is csv",
      array(undefined),
      { in: "query", name: "p", style: "form", explode: false, schema: arraySchema },
    ],
    ["query multi", array("multi"), { in: "query", name: "p", style: "form", explode: true, schema: arraySchema }],
    ["query ssv", array("ssv"), { in: "query", name: "p", style: "spaceDelimited", schema: arraySchema }],
    ["query pipes", array("pipes"), { in: "query", name: "p", style: "pipeDelimited", schema: arraySchema }],
    ["query tsv (our extension)", array("tsv"), { in: "query", name: "p", style: "tabDelimited", schema: arraySchema }],
    ["header csv", array("csv", "header"), { in: "header", name: "p", style: "simple", explode: false, schema: arraySchema }],
    ["header pipes: no style (as swagger-parser)", array("pipes", "header"), { in: "header", name: "p", schema: arraySchema }],
    [
      "path csv",
      { ...array("csv", "path"), required: true },
      { in: "path", name: "p", required: true, style: "simple", explode: false, schema: arraySchema },
    ],
    [
      "array keywords; nested items collectionFormat dropped",
      {
        name: "p",
        in: "query",
        type: "array",
        items: { type: "array", items: { type: "integer" }, collectionFormat: "pipes" },
        minItems: 1,
        maxItems: 3,
        uniqueItems: true,
      },
      {
        in: "query",
        name: "p",
        style: "form",
        explode: false,
        schema: { type: "array", items: { type: "array", items: { type: "integer" } }, minItems: 1, maxItems: 3, uniqueItems: true },
      },
    ],
    [
      "string: enum, default, x-example -> example, x-nullable -> nullable, extensions on parameter and schema",
      {
        name: "s",
        in: "query",
        type: "string",
        format: "uuid",
        enum: ["a", "b"],
        default: "a",
        "x-example": "b",
        "x-nullable": true,
        "x-custom": 1,
        description: "d",
        required: true,
      },
      {
        description: "d",
        in: "query",
        name: "s",
        required: true,
        example: "b",
        schema: { type: "string", format: "uuid", enum: ["a", "b"], default: "a", nullable: true, "x-custom": 1 },
        "x-custom": 1,
      },
    ],
    [
      "numeric keywords",
      { name: "n", in: "query", type: "number", format: "double", minimum: 0, exclusiveMinimum: true, maximum: 9.5, multipleOf: 0.5 },
      {
        in: "query",
        name: "n",
        schema: { type: "number", format: "double", minimum: 0, exclusiveMinimum: true, maximum: 9.5, multipleOf: 0.5 },
      },
    ],
    [
      "string keywords",
      { name: "s", in: "header", type: "string", minLength: 1, maxLength: 5, pattern: "^[a-z]+$" },
      { in: "header", name: "s", schema: { type: "string", minLength: 1, maxLength: 5, pattern: "^[a-z]+$" } },
    ],
    [
      "enum and default read back by type (strings in swagger-parser's model)",
      { name: "i", in: "query", type: "integer", enum: ["1", 2], default: "2" },
      { in: "query", name: "i", schema: { type: "integer", enum: [1, 2], default: 2 } },
    ],
    [
      "numbers in a string enum become strings",
      { name: "s", in: "query", type: "string", enum: [1, 2.5, true], default: 7 },
      { in: "query", name: "s", schema: { type: "string", enum: ["1", "2.5", "true"], default: "7" } },
    ],
    [
      "boolean default",
      { name: "b", in: "query", type: "boolean", default: "true" },
      { in: "query", name: "b", schema: { type: "boolean", default: true } },
    ],
    [
      "empty default dropped",
      { name: "s", in: "query", type: "string", default: "" },
      { in: "query", name: "s", schema: { type: "string" } },
    ],
    [
      "path parameter is required",
      { name: "id", in: "path", type: "integer" },
      { in: "path", name: "id", required: true, schema: { type: "integer" } },
    ],
    [
      "blank description dropped, allowEmptyValue kept",
      { name: "q", in: "query", type: "string", description: "  ", allowEmptyValue: true },
      { allowEmptyValue: true, in: "query", name: "q", schema: { type: "string" } },
    ],
    [
      "type file outside a form",
      { name: "f", in: "query", type: "file" },
      { in: "query", name: "f", schema: { type: "string", format: "binary" } },
    ],
  ])("%s", (_, given, want) => {
    const { op: converted, sink } = op({ parameters: [given], responses: {} });
    expect(converted.parameters).toEqual([want]);
    expect(messages(sink)).toEqual([]);
  });

  it("reports bad enum values and unknown collection formats with 2.0 pointers", () => {
    const { op: converted, sink } = op({
      parameters: [
        { name: "i", in: "query", type: "integer", enum: ["x"] },
        { name: "a", in: "query", type: "array", items: { type: "string" }, collectionFormat: "dots" },
      ],
      responses: {},
    });
    expect((converted.parameters as Json[])[1]).toMatchObject({ style: "form", explode: false });
    expect(messages(sink)).toEqual([
      'warning /paths/~1x/post/parameters/0/enum/0: enum value "x" is not a valid integer; kept as written',
      'warning /paths/~1x/post/parameters/1/collectionFormat: unknown collectionFormat "dots"; read as csv',
    ]);
  });

  it("drops a parameter with an unknown location, with a warning", () => {
    const { op: converted, sink } = op({ parameters: [{ name: "c", in: "cookie", type: "string" }], responses: {} });
    expect(converted.parameters).toBeUndefined();
    expect(messages(sink)).toEqual([
      'warning /paths/~1x/post/parameters/0/in: unknown parameter location "cookie" (expected query, header, path, formData or body); the parameter is ignored',
    ]);
  });

  it("leaves out a property whose type is not a 2.0 type (swagger-parser makes no property of it), with a warning", () => {
    const { out, sink } = convert(
      doc({ definitions: { Meta: { type: "object", properties: { name: { type: "string" }, generation: { type: "int", format: "int64" }, size: { type: "integer" } } } } }),
    );
    expect(Object.keys((out.components!.schemas as Json).Meta!.properties as Json)).toEqual(["name", "size"]);
    expect(messages(sink)).toEqual([
      'warning /definitions/Meta/properties/generation: type "int" is not a Swagger 2.0 type; the property is left out, as swagger-parser does',
    ]);
  });

  it("rewrites refs to #/parameters and converts the components", () => {
    const {
      op: converted,
      out,
      sink,
    } = op(
      { parameters: [{ $ref: "#/parameters/limit" }], responses: {} },
      { parameters: { limit: { name: "limit", in: "query", type: "integer", default: 10 } } },
    );
    expect(converted.parameters).toEqual([{ $ref: "#/components/parameters/limit" }]);
    expect(out.components!.parameters).toEqual({ limit: { in: "query", name: "limit", schema: { type: "integer", default: 10 } } });
    expect(sink.items).toEqual([]);
  });

  it("a ref to a parameter whose name needs escaping", () => {
    const { op: converted, out } = op(
      { parameters: [{ $ref: "#/parameters/a~1b%20c" }], responses: {} },
      { parameters: { "a/b c": { name: "q", in: "query", type: "string" } } },
    );
    expect(converted.parameters).toEqual([{ $ref: "#/components/parameters/a~1b%20c" }]);
    expect(Object.keys(out.components!.parameters as Json)).toEqual(["a/b c"]);
  });

  it("copies path-level parameters into each operation that does not override them, first", () => {
    const shared = [
      { name: "id", in: "path", required: true, type: "string" },
      { name: "trace", in: "header", type: "string" },
    ];
    const { out } = convert(
      doc({
        paths: {
          "/a/{id}": {
            parameters: shared,
            get: { parameters: [{ name: "q", in: "query", type: "string" }], responses: {} },
            put: { parameters: [{ name: "id", in: "path", required: true, type: "integer" }], responses: {} },
          },
        },
      }),
    );
    const item = out.paths["/a/{id}"]!;
    expect("parameters" in item).toBe(false);
    const names = (o: Json) => (o.parameters as Json[]).map((p) => `${String(p.name)}:${String((p.schema as Json).type)}`);
    expect(names(item.get!)).toEqual(["id:string", "trace:string", "q:string"]);
    expect(names(item.put!)).toEqual(["trace:string", "id:integer"]);
    // converted once, shared by identity
    expect((item.get!.parameters as Json[])[1]).toBe((item.put!.parameters as Json[])[0]);
  });
});

describe("body parameters", () => {
  const body = { in: "body", name: "pet", schema: { $ref: "#/definitions/Pet" } };
  const petRef = { $ref: "#/components/schemas/Pet" };

  it.each<[string, Json, Json, Json]>([
    ["no consumes: */*", { parameters: [body] }, {}, { required: false, content: { "*/*": { schema: petRef } } }],
    [
      "global consumes",
      { parameters: [body] },
      { consumes: ["application/json"] },
      { required: false, content: { "application/json": { schema: petRef } } },
    ],
    [
      "operation consumes win",
      { consumes: ["application/xml", "text/plain"], parameters: [body] },
      { consumes: ["application/json"] },
      { required: false, content: { "application/xml": { schema: petRef }, "text/plain": { schema: petRef } } },
    ],
    [
      "empty operation consumes: the global ones",
      { consumes: [], parameters: [body] },
      { consumes: ["application/json"] },
      { required: false, content: { "application/json": { schema: petRef } } },
    ],
    [
      "description, required, extensions, x-examples by content type",
      {
        consumes: ["application/json"],
        parameters: [
          {
            ...body,
            description: "the pet",
            required: true,
            "x-foo": 1,
            "x-examples": { "application/json": { name: "Rex" }, "text/csv": "a,b" },
          },
        ],
      },
      {},
      {
        description: "the pet",
        required: true,
        content: { "application/json": { schema: petRef, example: { name: "Rex" } }, "text/csv": { example: "a,b" } },
        "x-foo": 1,
      },
    ],
    [
      "inline schema with type file",
      { parameters: [{ in: "body", name: "data", schema: { type: "file" } }] },
      { consumes: ["application/octet-stream"] },
      { required: false, content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
    ],
  ])("%s", (_, operation, extra, want) => {
    const { op: converted, sink } = op({ ...operation, responses: {} }, extra);
    expect(converted.requestBody).toEqual(want);
    expect(converted["x-codegen-request-body-name"]).toBe(((operation.parameters as Json[])[0] as Json).name);
    expect(converted.parameters).toBeUndefined();
    expect(messages(sink)).toEqual([]);
  });

  it("a body parameter without schema: a media type without schema and a warning", () => {
    const { op: converted, sink } = op({ parameters: [{ in: "body", name: "b" }], responses: {} });
    expect(converted.requestBody).toEqual({ required: false, content: { "*/*": {} } });
    expect(messages(sink)).toEqual(['warning /paths/~1x/post/parameters/0: body parameter "b" has no schema']);
  });

  it("a body parameter from #/parameters is inlined; the component becomes a request body", () => {
    const { op: converted, out } = op(
      { parameters: [{ $ref: "#/parameters/PetBody" }], responses: {} },
      { consumes: ["application/json"], parameters: { PetBody: { ...body, required: true } } },
    );
    expect(converted.requestBody).toEqual({ required: true, content: { "application/json": { schema: petRef } } });
    expect(converted["x-codegen-request-body-name"]).toBe("pet");
    expect(out.components!.requestBodies).toEqual({ PetBody: { required: true, content: { "application/json": { schema: petRef } } } });
    expect(out.components!.parameters).toBeUndefined();
  });

  it("two body parameters: the last one, with a warning", () => {
    const { op: converted, sink } = op({ parameters: [body, { ...body, name: "other" }], responses: {} });
    expect(converted["x-codegen-request-body-name"]).toBe("other");
    expect(messages(sink)).toEqual([
      "warning /paths/~1x/post/parameters/1: an operation can have only one body parameter; the last one is used",
    ]);
  });
});

describe("form parameters", () => {
  it.each<[string, Json, Json, Json, string[]]>([
    [
      "urlencoded form; required field makes the body required",
      {
        consumes: ["application/x-www-form-urlencoded"],
        parameters: [
          { name: "name", in: "formData", type: "string", description: "new name", "x-example": "Rex" },
          { name: "status", in: "formData", type: "string", required: true, enum: ["a", "b"], default: "a" },
        ],
      },
      {},
      {
        content: {
          "application/x-www-form-urlencoded": {
            schema: {
              type: "object",
              properties: {
                name: { type: "string", description: "new name", example: "Rex" },
                status: { type: "string", enum: ["a", "b"], default: "a" },
              },
              required: ["status"],
            },
          },
        },
        required: true,
      },
      [],
    ],
    [
      "no consumes: multipart; file -> binary; arrays",
      {
        parameters: [
          { name: "file", in: "formData", type: "file" },
          { name: "ids", in: "formData", type: "array", items: { type: "integer" }, collectionFormat: "multi", "x-nullable": true },
        ],
      },
      {},
      {
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              properties: {
                file: { type: "string", format: "binary" },
                ids: { type: "array", items: { type: "integer" }, nullable: true },
              },
            },
          },
        },
      },
      [],
    ],
    [
      "global consumes apply to forms too",
      { parameters: [{ name: "a", in: "formData", type: "integer", format: "int32", minimum: 1 }] },
      { consumes: ["multipart/form-data", "application/x-www-form-urlencoded"] },
      {
        content: {
          "multipart/form-data": { schema: { type: "object", properties: { a: { type: "integer", format: "int32", minimum: 1 } } } },
          "application/x-www-form-urlencoded": {
            schema: { type: "object", properties: { a: { type: "integer", format: "int32", minimum: 1 } } },
          },
        },
      },
      [],
    ],
    [
      "form fields under a JSON consumes: kept, with a warning",
      { parameters: [{ name: "a", in: "formData", type: "string" }] },
      { consumes: ["application/json"] },
      { content: { "application/json": { schema: { type: "object", properties: { a: { type: "string" } } } } } },
      [
        "warning /paths/~1x/post/parameters/0: form parameters with consumes application/json: expected application/x-www-form-urlencoded or multipart/form-data",
      ],
    ],
    [
      "a file in an urlencoded form: warning",
      { consumes: ["application/x-www-form-urlencoded"], parameters: [{ name: "f", in: "formData", type: "file" }] },
      {},
      {
        content: {
          "application/x-www-form-urlencoded": { schema: { type: "object", properties: { f: { type: "string", format: "binary" } } } },
        },
      },
      ["warning /paths/~1x/post/parameters/0: a file parameter needs consumes multipart/form-data"],
    ],
  ])("%s", (_, operation, extra, want, diagnostics) => {
    const { op: converted, sink } = op({ ...operation, responses: {} }, extra);
    expect(converted.requestBody).toEqual(want);
    expect(converted.parameters).toBeUndefined();
    expect(converted["x-codegen-request-body-name"]).toBeUndefined();
    expect(messages(sink)).toEqual(diagnostics);
  });

  it("form fields from #/parameters are inlined; the component becomes schema formData_<name>", () => {
    const { op: converted, out } = op(
      { parameters: [{ $ref: "#/parameters/meta" }, { name: "id", in: "path", required: true, type: "string" }], responses: {} },
      {
        parameters: { meta: { name: "metadata", in: "formData", type: "string", required: true } },
        definitions: { Pet: { type: "object" } },
      },
    );
    expect(converted.requestBody).toEqual({
      content: {
        "multipart/form-data": { schema: { type: "object", properties: { metadata: { type: "string" } }, required: ["metadata"] } },
      },
      required: true,
    });
    expect(converted.parameters).toEqual([{ in: "path", name: "id", required: true, schema: { type: "string" } }]);
    expect(Object.keys(out.components!.schemas as Json)).toEqual(["Pet", "formData_meta"]);
    expect((out.components!.schemas as Json).formData_meta).toEqual({ type: "string" });
  });
});

describe("responses", () => {
  const pet = { $ref: "#/definitions/Pet" };
  const petRef = { $ref: "#/components/schemas/Pet" };

  it.each<[string, Json, Json, Json]>([
    [
      "no produces: */*",
      { responses: { 200: { description: "ok", schema: pet } } },
      {},
      { 200: { description: "ok", content: { "*/*": { schema: petRef } } } },
    ],
    [
      "global produces",
      { responses: { 200: { description: "ok", schema: pet } } },
      { produces: ["application/json", "application/xml"] },
      { 200: { description: "ok", content: { "application/json": { schema: petRef }, "application/xml": { schema: petRef } } } },
    ],
    [
      "operation produces win",
      { produces: ["text/plain"], responses: { 200: { description: "ok", schema: { type: "string" } } } },
      { produces: ["application/json"] },
      { 200: { description: "ok", content: { "text/plain": { schema: { type: "string" } } } } },
    ],
    [
      "empty operation produces: */* (not the global ones)",
      { produces: [], responses: { 200: { description: "ok", schema: pet } } },
      { produces: ["application/json"] },
      { 200: { description: "ok", content: { "*/*": { schema: petRef } } } },
    ],
    [
      "no schema: no content",
      { responses: { 204: { description: "none" } } },
      { produces: ["application/json"] },
      { 204: { description: "none" } },
    ],
    [
      "type file",
      { produces: ["application/pdf"], responses: { 200: { description: "pdf", schema: { type: "file" } } } },
      {},
      { 200: { description: "pdf", content: { "application/pdf": { schema: { type: "string", format: "binary" } } } } },
    ],
    [
      "examples by content type, headers as schemas, extensions",
      {
        produces: ["application/json"],
        responses: {
          200: {
            description: "ok",
            schema: pet,
            examples: { "application/json": { id: 1 }, "text/plain": "one" },
            headers: {
              "X-Rate": { type: "integer", format: "int32", description: "per hour" },
              "X-Ids": { type: "array", items: { type: "string" }, collectionFormat: "csv" },
            },
            "x-tag": "t",
          },
          "x-responses-ext": 1,
        },
      },
      {},
      {
        200: {
          description: "ok",
          content: { "application/json": { schema: petRef, example: { id: 1 } }, "text/plain": { example: "one" } },
          headers: {
            "X-Rate": { description: "per hour", schema: { type: "integer", format: "int32" } },
            "X-Ids": { schema: { type: "array", items: { type: "string" } } },
          },
          "x-tag": "t",
        },
        "x-responses-ext": 1,
      },
    ],
    [
      "#/responses refs are inlined with the operation's produces",
      { produces: ["application/xml"], responses: { default: { $ref: "#/responses/Error" } } },
      { produces: ["application/json"], responses: { Error: { description: "error", schema: { $ref: "#/definitions/Error" } } } },
      { default: { description: "error", content: { "application/xml": { schema: { $ref: "#/components/schemas/Error" } } } } },
    ],
  ])("%s", (_, operation, extra, want) => {
    const { op: converted, sink } = op(operation, extra);
    expect(converted.responses).toEqual(want);
    expect(messages(sink)).toEqual([]);
  });

  it("component responses use the global produces; a shared response is converted once per content types", () => {
    const { out } = convert(
      doc({
        produces: ["application/json"],
        responses: { Error: { description: "error", schema: { type: "string" } } },
        paths: {
          "/a": { get: { responses: { default: { $ref: "#/responses/Error" } } } },
          "/b": { get: { responses: { default: { $ref: "#/responses/Error" } } } },
        },
      }),
    );
    expect(out.components!.responses).toEqual({
      Error: { description: "error", content: { "application/json": { schema: { type: "string" } } } },
    });
    const a = (out.paths["/a"]!.get!.responses as Json).default;
    expect(a).toBe((out.paths["/b"]!.get!.responses as Json).default);
    expect(a).toBe((out.components!.responses as Json).Error);
  });

  it("a dangling response ref is an error at its 2.0 pointer", () => {
    const { op: converted, sink } = op({ responses: { 404: { $ref: "#/responses/Nope" } } });
    expect(converted.responses).toEqual({});
    expect(messages(sink)).toEqual(['error /paths/~1x/post/responses/404/$ref: $ref "#/responses/Nope" points to nothing']);
  });

  it("a parameter or response $ref under another prefix is found by its last segment, as OAG finds it", () => {
    // `#/definitions/Missing` also names a definition: OAG still reads the response (swagger-parser v1
    // finds the model, which is no response, and leaves the ref to OAG's getReferencedApiResponse).
    // OAG's own sample spec petstore-with-fake-endpoints-models-for-testing-saga-and-records.yaml
    // writes `- $ref: "#/definitions/fake_petPart-id"` for the global parameter of that name.
    const { op: converted, out, sink } = op(
      {
        parameters: [{ $ref: "#/definitions/id" }, { $ref: "#/definitions/payload" }],
        responses: { 404: { $ref: "#/definitions/Missing" }, 500: { $ref: "#/definitions/Nothing" } },
      },
      {
        parameters: { id: { name: "id", in: "query", type: "integer" }, payload: { name: "payload", in: "body", schema: { type: "string" } } },
        responses: { Missing: { description: "missing" } },
        definitions: { Missing: { type: "object" } },
      },
    );
    expect(converted.parameters).toEqual([{ $ref: "#/components/parameters/id" }]);
    expect(converted.requestBody).toBeUndefined();
    expect(converted.responses).toEqual({ 404: (out.components!.responses as Json).Missing });
    expect(messages(sink)).toEqual([
      'warning /paths/~1x/post/parameters/0/$ref: $ref "#/definitions/id" is read as the parameter "id": OpenAPI Generator looks a parameter\'s $ref up by its last segment',
      'error /paths/~1x/post/parameters/1/$ref: $ref "#/definitions/payload" points to nothing',
      'warning /paths/~1x/post/responses/404/$ref: $ref "#/definitions/Missing" is read as the response "Missing": OpenAPI Generator looks a response\'s $ref up by its last segment',
      'error /paths/~1x/post/responses/500/$ref: $ref "#/definitions/Nothing" points to nothing',
    ]);
  });
});

describe("operations", () => {
  it("copies operation fields; blank summary/description dropped; security [] kept", () => {
    const { op: converted } = op({
      tags: ["pet"],
      summary: " ",
      description: "d",
      operationId: "addPet",
      deprecated: true,
      externalDocs: { url: "u" },
      consumes: ["application/json"],
      produces: ["application/json"],
      schemes: ["https"],
      security: [],
      "x-ext": true,
      "x-example": 1,
      responses: {},
    });
    expect(converted).toEqual({
      tags: ["pet"],
      description: "d",
      externalDocs: { url: "u" },
      operationId: "addPet",
      responses: {},
      deprecated: true,
      security: [],
      "x-ext": true,
    });
  });
});

describe("schemas", () => {
  const definitions = (defs: Json) => convert(doc({ definitions: defs }));

  it.each<[string, Json, Json]>([
    ["$ref to a definition", { $ref: "#/definitions/Pet" }, { $ref: "#/components/schemas/Pet" }],
    [
      "$refs anywhere below",
      {
        type: "object",
        properties: { a: { $ref: "#/definitions/A" }, list: { type: "array", items: { $ref: "#/definitions/B" } } },
        additionalProperties: { $ref: "#/definitions/C" },
        allOf: [{ $ref: "#/definitions/D" }, { type: "object" }],
      },
      {
        type: "object",
        properties: { a: { $ref: "#/components/schemas/A" }, list: { type: "array", items: { $ref: "#/components/schemas/B" } } },
        additionalProperties: { $ref: "#/components/schemas/C" },
        allOf: [{ $ref: "#/components/schemas/D" }, { type: "object" }],
      },
    ],
    ["encoded definition names kept as written", { $ref: "#/definitions/Foo%20Bar" }, { $ref: "#/components/schemas/Foo%20Bar" }],
    ["type file", { type: "file", format: "whatever", description: "d" }, { type: "string", format: "binary", description: "d" }],
    ["x-nullable", { type: "string", "x-nullable": true }, { type: "string", nullable: true }],
    ["x-nullable false", { type: "string", "x-nullable": false }, { type: "string", nullable: false }],
    [
      "x-example and x-examples dropped",
      { type: "string", "x-example": "a", "x-examples": {}, "x-keep": 1 },
      { type: "string", "x-keep": 1 },
    ],
    [
      "string discriminator",
      { type: "object", discriminator: "kind", required: ["kind"] },
      { type: "object", discriminator: { propertyName: "kind" }, required: ["kind"] },
    ],
    [
      "property names that look like keywords are names",
      { type: "object", properties: { "x-nullable": { type: "boolean" }, type: { type: "string" }, $ref: { type: "string" } } },
      { type: "object", properties: { "x-nullable": { type: "boolean" }, type: { type: "string" }, $ref: { type: "string" } } },
    ],
    [
      "enum, default and example values are data, not schemas",
      { type: "object", default: { $ref: "#/definitions/X", type: "file" }, example: { "x-nullable": true } },
      { type: "object", default: { $ref: "#/definitions/X", type: "file" }, example: { "x-nullable": true } },
    ],
  ])("%s", (_, given, want) => {
    const { out, sink } = definitions({ S: given });
    expect((out.components!.schemas as Json).S).toEqual(want);
    expect(sink.items).toEqual([]);
  });

  it("reuses schemas that need no change by identity, copies only the changed path", () => {
    const untouched = { type: "object", properties: { a: { type: "string" } } };
    const sibling = { type: "integer" };
    const parent = { type: "object", properties: { keep: sibling, ref: { $ref: "#/definitions/U" } } };
    const { out } = definitions({ U: untouched, P: parent });
    const schemas = out.components!.schemas as Record<string, Json>;
    expect(schemas.U).toBe(untouched);
    expect(schemas.P).not.toBe(parent);
    expect((schemas.P!.properties as Json).keep).toBe(sibling);
  });

  it("inlines refs to places other than #/definitions (bundled specs)", () => {
    const { out } = convert(
      doc({
        parameters: { body: { in: "body", name: "b", schema: { type: "object", properties: { p: { $ref: "#/definitions/P" } } } } },
        definitions: {
          P: { type: "string" },
          Q: { type: "object", properties: { fromParam: { $ref: "#/parameters/body/schema" } } },
        },
      }),
    );
    expect(((out.components!.schemas as Json).Q as Json).properties).toEqual({
      fromParam: { type: "object", properties: { p: { $ref: "#/components/schemas/P" } } },
    });
  });

  it("a recursive structure outside #/definitions becomes a $ref to where it is written", () => {
    const { out } = convert(
      doc({
        paths: {
          "/n": {
            post: {
              parameters: [
                {
                  in: "body",
                  name: "node",
                  schema: { type: "object", properties: { next: { $ref: "#/paths/~1n/post/parameters/0/schema" } } },
                },
              ],
              responses: {},
            },
          },
        },
      }),
    );
    const body = out.paths["/n"]!.post!.requestBody as Json;
    expect(body.content).toEqual({
      "*/*": { schema: { type: "object", properties: { next: { $ref: "#/paths/~1n/post/requestBody/content/*~1*/schema" } } } },
    });
  });

  it("a schema containing itself (recursive YAML alias) does not loop", () => {
    const input = parseYaml(
      "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\ndefinitions:\n  N: &n\n    type: object\n    properties:\n      self: *n\n      x: {type: file}\n",
    ) as RawObject;
    const { out } = convert(input);
    const n = (out.components!.schemas as Json).N as Json;
    expect(n.properties).toEqual({ self: { $ref: "#/components/schemas/N" }, x: { type: "string", format: "binary" } });
  });

  // swagger-parser's v1 Property classes: DateProperty, DateTimeProperty and ArrayProperty hold no
  // default, ArrayProperty no enum; a model's additionalProperties is a Property, which `false` is
  // not (OAG's python-prior samples from its 2.0 petstore: TypeHolderDefault, TypeHolderExample, Animal).
  it("drops what swagger-parser's 2.0 properties cannot hold: date/date-time/array defaults, number/integer defaults without a format, array enums, additionalProperties false", () => {
    const { out, sink } = definitions({
      T: {
        type: "object",
        additionalProperties: false,
        properties: {
          day: { type: "string", format: "date", default: "2017-07-21" },
          at: { type: "string", format: "date-time", default: "2017-07-21T17:32:28Z" },
          list: { type: "array", items: { type: "integer", default: 1 }, default: [0, 1], enum: [[0, 1]] },
          text: { type: "string", default: "what", enum: ["what"] },
          map: { type: "object", additionalProperties: { type: "string", format: "date", default: "2017-07-21" } },
          // DecimalProperty and BaseIntegerProperty hold no default; Double/Float/Integer/LongProperty do.
          n: { type: "number", default: 1.5 },
          i: { type: "integer", default: 2 },
          d: { type: "number", format: "double", default: 1.5 },
          l: { type: "integer", format: "int64", default: 2 },
        },
      },
      Top: { type: "array", items: { type: "string" }, default: ["a"] },
    });
    const schemas = out.components!.schemas as Json;
    expect(schemas.T).toEqual({
      type: "object",
      properties: {
        day: { type: "string", format: "date" },
        at: { type: "string", format: "date-time" },
        list: { type: "array", items: { type: "integer" } },
        text: { type: "string", default: "what", enum: ["what"] },
        map: { type: "object", additionalProperties: { type: "string", format: "date" } },
        n: { type: "number" },
        i: { type: "integer" },
        d: { type: "number", format: "double", default: 1.5 },
        l: { type: "integer", format: "int64", default: 2 },
      },
    });
    // A definition (a v1 Model, not a Property) is left as it was.
    expect(schemas.Top).toEqual({ type: "array", items: { type: "string" }, default: ["a"] });
    expect(messages(sink)).toEqual([]);
  });

  it("x-nullable that is not a boolean: ignored, with a warning at the 2.0 pointer", () => {
    const { out, sink } = definitions({ S: { type: "object", properties: { a: { type: "string", "x-nullable": "yes" } } } });
    expect(((out.components!.schemas as Json).S as Json).properties).toEqual({ a: { type: "string" } });
    expect(messages(sink)).toEqual(["warning /definitions/S/properties/a/x-nullable: x-nullable must be true or false; ignored"]);
  });
});

describe("security definitions", () => {
  it.each<[string, Json, Json | undefined, string[]]>([
    ["basic", { type: "basic", description: "b", "x-e": 1 }, { type: "http", scheme: "basic", description: "b", "x-e": 1 }, []],
    ["apiKey header", { type: "apiKey", name: "X-Key", in: "header" }, { type: "apiKey", name: "X-Key", in: "header" }, []],
    ["apiKey query", { type: "apiKey", name: "key", in: "query" }, { type: "apiKey", name: "key", in: "query" }, []],
    [
      "oauth2 implicit",
      { type: "oauth2", flow: "implicit", authorizationUrl: "https://a", tokenUrl: "https://ignored", scopes: { r: "read" } },
      { type: "oauth2", flows: { implicit: { authorizationUrl: "https://a", scopes: { r: "read" } } } },
      [],
    ],
    [
      "oauth2 password",
      { type: "oauth2", flow: "password", tokenUrl: "https://t", scopes: {} },
      { type: "oauth2", flows: { password: { tokenUrl: "https://t", scopes: {} } } },
      [],
    ],
    [
      "oauth2 application -> clientCredentials",
      { type: "oauth2", flow: "application", tokenUrl: "https://t", scopes: { w: "write" } },
      { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://t", scopes: { w: "write" } } } },
      [],
    ],
    [
      "oauth2 accessCode -> authorizationCode",
      { type: "oauth2", flow: "accessCode", authorizationUrl: "https://a", tokenUrl: "https://t" },
      { type: "oauth2", flows: { authorizationCode: { authorizationUrl: "https://a", tokenUrl: "https://t", scopes: {} } } },
      [],
    ],
    [
      "oauth2 unknown flow",
      { type: "oauth2", flow: "device", scopes: {} },
      { type: "oauth2", flows: {} },
      [
        'warning /securityDefinitions/s/flow: unknown OAuth2 flow "device" (expected implicit, password, application or accessCode); the scheme has no flows',
      ],
    ],
    [
      "unknown type",
      { type: "mtls" },
      undefined,
      ['warning /securityDefinitions/s/type: unknown security definition type "mtls" (expected basic, apiKey or oauth2); ignored'],
    ],
  ])("%s", (_, given, want, diagnostics) => {
    const { out, sink } = convert(doc({ securityDefinitions: { s: given } }));
    expect((out.components?.securitySchemes as Json | undefined)?.s).toEqual(want);
    expect(messages(sink)).toEqual(diagnostics);
  });
});

describe("swagger2SourcePointer", () => {
  const root = parseYaml(readFixture()) as RawObject;
  it.each<[string, string]>([
    ["", ""],
    ["/info/title", "/info/title"],
    ["/servers/0/url", "/host"],
    ["/components/schemas/Pet/properties/nickname/nullable", "/definitions/Pet/properties/nickname/x-nullable"],
    ["/components/schemas/formData_metadataField", "/parameters/metadataField"],
    ["/components/parameters/limitParam/schema/maximum", "/parameters/limitParam/maximum"],
    ["/components/requestBodies/tagsBody/content/application~1json/schema/items", "/parameters/tagsBody/schema/items"],
    ["/components/responses/Error/content/application~1json/schema", "/responses/Error/schema"],
    ["/components/securitySchemes/petstore_code/flows/authorizationCode/tokenUrl", "/securityDefinitions/petstore_code/tokenUrl"],
    ["/paths/~1pets/get/parameters/5/example", "/paths/~1pets/get/parameters/5/x-example"],
    ["/paths/~1pets/get/parameters/6", "/paths/~1pets/get/parameters/6"],
    ["/paths/~1pets/get/parameters/6/schema/minimum", "/parameters/limitParam/minimum"],
    ["/paths/~1pets/get/parameters/0/style", "/paths/~1pets/get/parameters/0/collectionFormat"],
    ["/paths/~1pets/get/responses/200/content/application~1xml/schema/items", "/paths/~1pets/get/responses/200/schema/items"],
    ["/paths/~1pets/get/responses/200/content/application~1json/example", "/paths/~1pets/get/responses/200/examples/application~1json"],
    ["/paths/~1pets/get/responses/200/headers/X-Rate-Limit/schema/format", "/paths/~1pets/get/responses/200/headers/X-Rate-Limit/format"],
    ["/paths/~1pets/get/responses/default/content/application~1json/schema", "/responses/Error/schema"],
    ["/paths/~1pets/post/requestBody/content/application~1xml/schema/$ref", "/paths/~1pets/post/parameters/0/schema/$ref"],
    ["/paths/~1pets/post/x-codegen-request-body-name", "/paths/~1pets/post/parameters/0/name"],
    ["/paths/~1pets~1{petId}/post/parameters/0", "/paths/~1pets~1{petId}/parameters/0"],
    [
      "/paths/~1pets~1{petId}~1uploadImage/post/requestBody/content/multipart~1form-data/schema/properties/file",
      "/paths/~1pets~1{petId}~1uploadImage/post/parameters/2",
    ],
    [
      "/paths/~1pets~1{petId}~1uploadImage/post/requestBody/content/multipart~1form-data/schema/properties/metadata/description",
      "/parameters/metadataField/description",
    ],
  ])("%s -> %s", (pointer, want) => {
    expect(swagger2SourcePointer(root, pointer)).toBe(want);
  });
});

describe("cost", () => {
  /** A spec with n operations, definitions, shared responses and path-level parameters. */
  function spec(n: number): RawObject {
    const paths: Json = {};
    const definitions: Json = {};
    for (let i = 0; i < n; i++) {
      definitions[`M${i}`] = {
        type: "object",
        properties: {
          a: { $ref: `#/definitions/M${(i + 1) % n}` },
          b: { type: "string", "x-nullable": true },
          c: { type: "array", items: { $ref: "#/definitions/M0" } },
        },
      };
      paths[`/p${i}/{id}`] = {
        parameters: [{ name: "id", in: "path", required: true, type: "string" }],
        get: {
          parameters: [{ name: "q", in: "query", type: "array", items: { type: "string" } }],
          responses: { 200: { description: "ok", schema: { $ref: `#/definitions/M${i}` } }, default: { $ref: "#/responses/E" } },
        },
        post: {
          parameters: [{ in: "body", name: "b", schema: { $ref: `#/definitions/M${i}` } }, { $ref: "#/parameters/trace" }],
          responses: { default: { $ref: "#/responses/E" } },
        },
      };
    }
    return doc({
      paths,
      definitions,
      parameters: { trace: { name: "t", in: "header", type: "string" } },
      responses: { E: { description: "e", schema: { type: "string" } } },
    });
  }
  /** Reads of the input document during one conversion (a deterministic measure of the work). */
  function reads(input: RawObject): number {
    let count = 0;
    const proxies = new WeakMap<object, object>();
    const wrap = (value: unknown): unknown => {
      if (typeof value !== "object" || value === null) return value;
      let proxy = proxies.get(value);
      if (!proxy) {
        proxy = new Proxy(value, {
          get(target, key, receiver) {
            count++;
            return wrap(Reflect.get(target, key, receiver));
          },
          ownKeys(target) {
            count++;
            return Reflect.ownKeys(target);
          },
        });
        proxies.set(value, proxy);
      }
      return proxy;
    };
    convertSwagger2(wrap(input) as RawObject, new DiagnosticSink("cost"));
    return count;
  }

  it("grows linearly with the document (shared responses, path-level parameters, refs)", () => {
    const ratio = reads(spec(800)) / reads(spec(200));
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(4.5);
  });
});

// ---------------------------------------------------------------------------------------------
// End to end: the fixture through parseSpec.

function readFixture(): string {
  return readFileSync(FIXTURE, "utf8");
}

describe("parseSpec on a Swagger 2.0 petstore", async () => {
  const { model, warnings } = await parseSpec(FIXTURE, { validate: "warning", inline: DEFAULT_INLINE_OPTIONS });
  const operation = (id: string): Operation => {
    const found = model.operations.find((o) => o.operationId === id);
    if (!found) throw new Error(`no operation ${id}`);
    return found;
  };
  /** The inline plan may hoist inline form schemas to named models (as OAG does): look through. */
  const deref = (schema: Schema): Schema => (schema.kind === "ref" ? model.schemas.find((s) => s.name === schema.target)!.schema : schema);
  const param = (p: Parameter) => [p.name, p.in, p.style, p.explode, p.required, describeSchema(p.schema)];

  it("has no warnings, 2.0 source info, servers and extensions", () => {
    expect(warnings).toEqual([]);
    expect(model.source.openapiVersion).toBe("2.0");
    expect(model.info).toMatchObject({
      title: "Petstore v2",
      version: "1.2.3",
      contact: { email: "api@example.com" },
      license: { name: "MIT" },
    });
    expect(model.servers.map((s) => s.url)).toEqual(["https://petstore.example.com/v2", "http://petstore.example.com/v2"]);
    expect(model.extensions).toEqual({ "x-api-owner": "pets-team", "x-original-swagger-version": "2.0" });
    expect(model.security).toEqual([{ schemes: [["api_key", []]] }]);
    expect(model.operations.map((o) => `${o.method} ${o.path} ${o.operationId}`)).toEqual([
      "get /pets listPets",
      "post /pets addPet",
      "get /pets/{petId} getPetById",
      "post /pets/{petId} updatePetWithForm",
      "delete /pets/{petId} deletePet",
      "post /pets/{petId}/uploadImage uploadFile",
      "put /pets/{petIds}/tags tagPets",
      "get /store/inventory getInventory",
      "get /store/download downloadReport",
    ]);
  });

  it("listPets: query arrays in each collectionFormat, enum default example, $ref param, header; responses", () => {
    const o = operation("listPets");
    expect(o.parameters.map(param)).toEqual([
      ["tags", "query", "form", false, false, "array<string>"],
      ["ids", "query", "form", true, false, "array<integer:int64>"],
      ["names", "query", "spaceDelimited", false, false, "array<string>"],
      ["colors", "query", "pipeDelimited", false, false, "array<string>"],
      ["sizes", "query", "tabDelimited", false, false, "array<string>"],
      ["status", "query", "form", true, false, "string"],
      ["limit", "query", "form", true, false, "integer:int32"],
      ["X-Request-Id", "header", "simple", false, true, "string:uuid?"],
    ]);
    const status = o.parameters[5]!;
    expect(status.example).toEqual({ value: "pending" });
    expect(status.schema).toMatchObject({ enum: ["available", "pending", "sold"], default: { value: "available" } });
    expect(o.parameters[6]!.schema).toMatchObject({ minimum: 1, maximum: 100, default: { value: 20 } });
    expect(o.requestBody).toBeUndefined();
    expect(o.responses.map((r) => [r.code, r.description, r.contents.map((c) => `${c.contentType} ${describeSchema(c.schema)}`)])).toEqual([
      ["200", "the pets", ["application/json array<Pet>", "application/xml array<Pet>"]],
      ["default", "unexpected error", ["application/json Error", "application/xml Error"]],
    ]);
    expect(o.responses[0]!.contents[0]!.example).toEqual({ value: [{ id: 1, name: "Rex" }] });
    expect(o.responses[0]!.headers.map((h) => [h.name, h.description, describeSchema(h.schema)])).toEqual([
      ["X-Rate-Limit", "calls per hour", "integer:int32"],
    ]);
    expect(o.security).toBeUndefined();
  });

  it("addPet: body parameter -> required request body with the operation's consumes", () => {
    const o = operation("addPet");
    expect(o.parameters).toEqual([]);
    expect(o.requestBody).toMatchObject({ description: "Pet to add", required: true });
    expect(o.requestBody!.contents.map((c) => `${c.contentType} ${describeSchema(c.schema)}`)).toEqual([
      "application/json Pet",
      "application/xml Pet",
    ]);
    expect(o.extensions).toEqual({ "x-codegen-request-body-name": "pet" });
    expect(o.responses.map((r) => [r.code, r.contents.map((c) => c.contentType)])).toEqual([
      ["201", ["application/json"]],
      ["405", []],
    ]);
    expect(o.security).toEqual([{ schemes: [["petstore_implicit", ["write:pets", "read:pets"]]] }]);
  });

  it("path-level parameter, #/responses ref, alternative security", () => {
    const o = operation("getPetById");
    expect(o.parameters.map(param)).toEqual([["petId", "path", "simple", false, true, "integer:int64"]]);
    expect(o.responses.map((r) => [r.code, r.description, r.contents.map((c) => `${c.contentType} ${describeSchema(c.schema)}`)])).toEqual([
      ["200", "the pet", ["application/json Pet"]],
      ["404", "not found", ["application/json Error"]],
    ]);
    expect(o.security).toEqual([{ schemes: [["api_key", []]] }, { schemes: [["basic_auth", []]] }]);
  });

  it("updatePetWithForm: urlencoded form body with a required field", () => {
    const o = operation("updatePetWithForm");
    expect(o.parameters.map(param)).toEqual([["petId", "path", "simple", false, true, "integer:int64"]]);
    expect(o.requestBody!.required).toBe(true);
    const [media] = o.requestBody!.contents;
    expect(media!.contentType).toBe("application/x-www-form-urlencoded");
    const schema = deref(media!.schema!) as Extract<Schema, { kind: "object" }>;
    expect(schema.kind).toBe("object");
    expect(schema.properties.map((p) => [p.name, p.required, describeSchema(p.schema), p.schema.description])).toEqual([
      ["name", false, "string", "new name"],
      ["status", true, "string", undefined],
    ]);
    expect(o.security).toEqual([{ schemes: [["petstore_password", ["write:pets"]]] }]);
  });

  it("deletePet: the operation's own path parameter overrides the path-level one; security [] is no security", () => {
    const o = operation("deletePet");
    expect(o.parameters.map(param)).toEqual([
      ["api_key", "header", "simple", false, false, "string"],
      ["petId", "path", "simple", false, true, "integer:int64"],
    ]);
    expect(o.parameters[1]!.description).toBe("Pet id to delete");
    expect(o.security).toEqual([]);
  });

  it("uploadFile: multipart form with a $ref form field and a file", () => {
    const o = operation("uploadFile");
    expect(o.parameters.map(param)).toEqual([["petId", "path", "simple", false, true, "integer:int64"]]);
    expect(o.requestBody!.required).toBe(true);
    expect(o.requestBody!.contents.map((c) => c.contentType)).toEqual(["multipart/form-data"]);
    const schema = deref(o.requestBody!.contents[0]!.schema!) as Extract<Schema, { kind: "object" }>;
    expect(schema.kind).toBe("object");
    expect(schema.properties.map((p) => [p.name, p.required, describeSchema(p.schema)])).toEqual([
      ["metadata", false, "string"],
      ["file", true, "string:binary"],
    ]);
    expect(o.responses[0]!.contents.map((c) => `${c.contentType} ${describeSchema(c.schema)}`)).toEqual(["application/json ApiResponse"]);
    expect(o.security).toEqual([{ schemes: [["petstore_application", ["write:pets"]]] }]);
  });

  it("tagPets: path and header arrays (csv -> simple, pipes in a header -> simple), body from #/parameters", () => {
    const o = operation("tagPets");
    expect(o.parameters.map(param)).toEqual([
      ["petIds", "path", "simple", false, true, "array<integer>"],
      ["X-Tags", "header", "simple", false, false, "array<string>"],
    ]);
    expect(o.requestBody!.required).toBe(true);
    expect(o.requestBody!.contents.map((c) => `${c.contentType} ${describeSchema(c.schema)}`)).toEqual(["application/json array<Tag>"]);
    expect(o.extensions).toEqual({ "x-codegen-request-body-name": "tags" });
    expect(o.security).toEqual([{ schemes: [["petstore_code", ["write:pets"]]] }, { schemes: [["api_query", []]] }]);
  });

  it("getInventory / downloadReport: empty produces -> */*, map schema, file response", () => {
    expect(operation("getInventory").responses[0]!.contents.map((c) => `${c.contentType} ${describeSchema(c.schema)}`)).toEqual([
      "*/* map<integer:int32>",
    ]);
    expect(operation("downloadReport").responses[0]!.contents.map((c) => `${c.contentType} ${describeSchema(c.schema)}`)).toEqual([
      "application/octet-stream string:binary",
    ]);
  });

  it("security schemes of each kind", () => {
    expect(
      model.securitySchemes.map((s) => [
        s.name,
        s.type,
        s.type === "oauth2"
          ? s.flows.map((f) => [f.flow, f.authorizationUrl, f.tokenUrl, f.scopes.length])
          : s.type === "apiKey"
            ? [s.in, s.paramName]
            : s.type === "http"
              ? s.scheme
              : undefined,
      ]),
    ).toEqual([
      ["basic_auth", "http", "basic"],
      ["api_key", "apiKey", ["header", "api_key"]],
      ["api_query", "apiKey", ["query", "token"]],
      ["petstore_implicit", "oauth2", [["implicit", "https://auth.example.com/authorize", undefined, 2]]],
      ["petstore_password", "oauth2", [["password", undefined, "https://auth.example.com/token", 1]]],
      ["petstore_application", "oauth2", [["clientCredentials", undefined, "https://auth.example.com/token", 1]]],
      ["petstore_code", "oauth2", [["authorizationCode", "https://auth.example.com/authorize", "https://auth.example.com/token", 1]]],
    ]);
  });

  it("definitions -> schemas: refs, allOf, discriminator, readOnly, x-nullable; formData component schema", () => {
    expect(model.schemas.map((s) => `${s.name}:${s.origin}`)).toEqual(
      expect.arrayContaining([
        "Category:component",
        "Tag:component",
        "Pet:component",
        "Dog:component",
        "ApiResponse:component",
        "Error:component",
        "formData_metadataField:component",
      ]),
    );
    const pet = model.schemas.find((s) => s.name === "Pet")!.schema as Extract<Schema, { kind: "object" }>;
    expect(pet.kind).toBe("object");
    expect(pet.discriminator).toEqual({ propertyName: "petType", mapping: [] });
    expect(pet.required).toEqual(["name", "photoUrls"]);
    expect(pet.properties.map((p) => [p.name, describeSchema(p.schema), p.schema.readOnly])).toEqual([
      ["id", "integer:int64", true],
      ["petType", "string", false],
      ["category", "Category", false],
      ["name", "string", false],
      ["photoUrls", "array<string>", false],
      ["tags", "array<Tag>", false],
      ["status", "string", false],
      ["nickname", "string?", false],
    ]);
    expect(pet.properties.find((p) => p.name === "nickname")!.schema.extensions).toEqual({});
    const dog = model.schemas.find((s) => s.name === "Dog")!.schema;
    expect(dog.kind).toBe("composed");
    expect((dog as Extract<Schema, { kind: "composed" }>).allOf.map(describeSchema)).toEqual(["Pet", "object"]);
  });
});

/** A short type text for assertions: `Pet`, `array<string>`, `integer:int64`, `string?`. */
function describeSchema(schema: Schema | undefined): string {
  if (!schema) return "-";
  const q = schema.nullable ? "?" : "";
  switch (schema.kind) {
    case "ref":
      return schema.target + q;
    case "array":
      return `array<${describeSchema(schema.items)}>${q}`;
    case "string":
    case "integer":
    case "number":
      return `${schema.kind}${schema.format ? `:${schema.format}` : ""}${q}`;
    case "object":
      return schema.properties.length === 0 && schema.additionalProperties && schema.additionalProperties !== true
        ? `map<${describeSchema(schema.additionalProperties)}>${q}`
        : `object${q}`;
    default:
      return schema.kind + q;
  }
}

// swagger-core's PropertyDeserializer makes a RefProperty of any property with a `$ref`, and
// swagger-parser-v2-converter's SwaggerConverter.convert(Property) writes it as a Schema with the
// `$ref` alone, then nullable (x-nullable) and the vendor extensions: description, title, readOnly
// and the rest never reach OAG (upi-python-prior, OAG 6.1.0: no description for `predictionTable`).
describe("a $ref property (v1 RefProperty)", () => {
  it("keeps the $ref, x-nullable as nullable and the extensions only", () => {
    const { out } = convert(
      doc({
        definitions: {
          Table: { type: "object", properties: { id: { type: "string" } } },
          Request: {
            type: "object",
            properties: {
              table: { $ref: "#/definitions/Table", description: "the table", title: "T", readOnly: true },
              maybe: { $ref: "#/definitions/Table", "x-nullable": true, "x-kind": "k", description: "d" },
              tables: { type: "array", description: "kept", items: { $ref: "#/definitions/Table", description: "item" } },
              byName: { type: "object", additionalProperties: { $ref: "#/definitions/Table", description: "value" } },
            },
          },
        },
      }),
    );
    const props = (out.components!.schemas as Record<string, Json>).Request!.properties as Record<string, Json>;
    expect(props.table).toEqual({ $ref: "#/components/schemas/Table" });
    expect(props.maybe).toEqual({ $ref: "#/components/schemas/Table", nullable: true, "x-kind": "k" });
    expect(props.tables).toEqual({ type: "array", description: "kept", items: { $ref: "#/components/schemas/Table" } });
    expect(props.byName).toEqual({ type: "object", additionalProperties: { $ref: "#/components/schemas/Table" } });
  });
});
