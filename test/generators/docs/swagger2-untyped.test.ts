// Swagger 2.0: an untyped property (`{example: any}`) is a free-form object to OpenAPI Generator.
// swagger-parser v1 reads it as an UntypedProperty (swagger-core 1.6 PropertyDeserializer), the v2
// converter turns it into a v3 Schema through Jackson (SwaggerConverter.convert(Property):
// `Json.mapper().convertValue(schema, Schema.class)`), and swagger-core's ModelDeserializer reads a
// node without type, $ref or composition as an ObjectSchema ("assume object"). So the docs' examples
// print `{}` (proxima-typescript 5.3.1 shows it), while the clients keep accepting any value.

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-untyped20-", {
  "swagger.json": JSON.stringify({
    swagger: "2.0",
    info: { title: "t", version: "1" },
    basePath: "/",
    paths: {
      "/docs": {
        post: {
          operationId: "addDoc",
          tags: ["docs"],
          parameters: [{ name: "obj", in: "body", schema: { type: "object", properties: { key: { example: "any" }, count: { type: "integer" } } } }],
          responses: { "200": { description: "ok" } },
        },
      },
    },
  }),
  "openapi.json": JSON.stringify({
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {
      "/docs": {
        post: {
          operationId: "addDoc",
          tags: ["docs"],
          requestBody: { content: { "application/json": { schema: { type: "object", properties: { key: { example: "any" }, count: { type: "integer" } } } } } },
          responses: { "200": { description: "ok" } },
        },
      },
    },
  }),
});

async function files(spec: string, generator: "typescript" | "python-prior", oagVersion: string): Promise<Map<string, string>> {
  const input = specs.path(spec);
  return new Map((await generateFromArgs(["-i", input, "-g", generator, `--additional-properties=oagVersion=${oagVersion}`])).texts);
}

describe("an untyped Swagger 2.0 property", () => {
  it("prints `{}` as its example in the typescript docs, and stays `any` in the client", async () => {
    const out = await files("swagger.json", "typescript", "5.3.1");
    expect(out.get("DocsApi.md")).toContain("  obj: {\n    key: {},\n    count: 1,\n  },\n");
    expect(out.get("models/InlineObject.ts")).toContain("key?: any;");
  });

  it("prints `{}` as its example in the python-prior docs, and stays any value in the client", async () => {
    const out = await files("swagger.json", "python-prior", "5.3.0");
    expect(out.get("docs/DocsApi.md")).toContain("        key={},\n        count=1,\n");
    expect(out.get("openapi_client/model/inline_object.py")).toContain('"key": (bool, date, datetime, dict, float, int, list, str, none_type,),');
  });

  it("is any type in OpenAPI 3.0, where swagger-parser reads it as written", async () => {
    expect((await files("openapi.json", "typescript", "5.3.1")).get("DocsApi.md")).toContain("    key: null,\n");
    expect((await files("openapi.json", "python-prior", "5.3.0")).get("docs/DocsApi.md")).toContain("        key=None,\n");
  });
});
