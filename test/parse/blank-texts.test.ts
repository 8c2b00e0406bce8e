// Blank texts before OAG 6.0.0: swagger-parser before 2d129e71 (first in 2.0.29; OAG 5.x pins
// 2.0.24-2.0.26) set an operation's summary and description, a parameter's, header's and request
// body's description, the info's description/termsOfService/contact/license url, a tag's and a
// server's description, an example's summary and a schema's title and description only when
// StringUtils.isNotBlank. From 6.0.0 (2.0.29+, ParseOptions.allowEmptyStrings true) they are kept.
// A 2.0 document is read by swagger-parser 1.x's SwaggerDeserializer, which keeps them (its
// operations' blank summary/description are dropped by the converter in every release: swagger2-operation.ts).
// Seen in ddhub-python-prior (OAG 5.4.0): `summary: ""` writes no `# ` line in the API docs.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseSpec, DEFAULT_PARSE_OPTIONS } from "../../src/parse/index.js";
import type { ApiModel } from "../../src/model/ir.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-blank-texts-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SPEC30 = {
  openapi: "3.0.3",
  info: { title: "t", version: "1", description: "  ", termsOfService: "", contact: { name: "\t", email: "", url: "" }, license: { name: "MIT", url: " " } },
  servers: [{ url: "http://x", description: "" }],
  tags: [{ name: "things", description: "\n" }],
  paths: {
    "/things": {
      get: {
        operationId: "listThings",
        tags: ["things"],
        summary: "",
        description: " \t",
        parameters: [
          { name: "q", in: "query", description: "", schema: { type: "string" } },
          // U+00A0 is no Java whitespace: StringUtils.isBlank is false, the text is kept.
          { name: "r", in: "query", description: "\u00a0", schema: { type: "string" } },
        ],
        responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } },
      },
    },
  },
  components: { schemas: { Thing: { type: "object", title: "", description: "   ", properties: { name: { type: "string", description: "" } } } } },
};

async function parse(spec: object, oagVersion: string): Promise<ApiModel> {
  const file = path.join(tmp, `spec-${oagVersion}-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(spec));
  const { model } = await parseSpec(file, { ...DEFAULT_PARSE_OPTIONS, validate: "off", inline: { ...DEFAULT_PARSE_OPTIONS.inline, oagVersion } });
  return model;
}

function texts(model: ApiModel) {
  const op = model.operations.find((o) => o.operationId === "listThings")!;
  const thing = model.schemas.find((s) => s.name === "Thing")!.schema;
  const name = thing.kind === "object" ? thing.properties.find((p) => p.name === "name")?.schema.description : "not an object";
  return {
    summary: op.summary,
    description: op.description,
    params: op.parameters.map((p) => p.description),
    info: [model.info.description, model.info.termsOfService, model.info.contact?.name, model.info.contact?.email, model.info.contact?.url, model.info.license?.url],
    tag: model.tags[0]?.description,
    server: model.servers[0]?.description,
    schema: [thing.title, thing.description, name],
  };
}

describe("blank texts in a 3.0 document", () => {
  it("are absent before 6.0.0", async () => {
    expect(texts(await parse(SPEC30, "5.4.0"))).toEqual({
      summary: undefined,
      description: undefined,
      params: [undefined, "\u00a0"],
      info: [undefined, undefined, undefined, undefined, undefined, undefined],
      tag: undefined,
      server: undefined,
      schema: [undefined, undefined, undefined],
    });
  });
  it("are kept from 6.0.0", async () => {
    expect(texts(await parse(SPEC30, "6.0.0"))).toEqual({
      summary: "",
      description: " \t",
      params: ["", "\u00a0"],
      info: ["  ", "", "\t", "", "", " "],
      tag: "\n",
      server: "",
      schema: ["", "   ", ""],
    });
  });
});

describe("blank texts in a 2.0 document", () => {
  it("are kept before 6.0.0 where swagger-parser 1.x reads them (info, tags)", async () => {
    const spec = {
      swagger: "2.0",
      info: { title: "t", version: "1", description: "" },
      tags: [{ name: "things", description: " " }],
      paths: { "/things": { get: { operationId: "listThings", tags: ["things"], responses: { "204": { description: "none" } } } } },
    };
    const model = await parse(spec, "5.4.0");
    expect([model.info.description, model.tags[0]?.description]).toEqual(["", " "]);
  });
});
