// A property (or parameter) that is an allOf of one schema, as .NET's Swashbuckle writes them
// (`allOf: [$ref: X]` with a description, nullable or readOnly beside it). Found with the corpus case
// testit-python-prior (testit-tms/api-client-python 1086073, OAG 6.6.0); the expected rows and
// examples below are that output's (LinkModel.md, TestPlanTestPointsSearchApiModel.md,
// ExternalFormModel.md, AttachmentsApi.md, AutoTestsApi.md), with this spec's names.
//
// - InlineModelResolver.isModelNeeded, by release (src/parse/inline.ts Profile.singleAllOfFlags and
//   singleAllOfRef): 6.x asks the referenced schema, except for a schema that is nothing but allOf
//   and readOnly (f6be1d07bc, 6.2.0) or nullable (71a7a822f4, 6.3.0); 7.0.0 (7258b3c171) takes a
//   `$ref` member as no model unless readOnly or nullable is set; 7.7.0 (5bc7aa3cd6) always.
// - DefaultCodegen.fromProperty from 6.5.0 (70faa6b15c, a4dd90c01d): the property is read as its
//   member (type, link, description), for fromParameter's types and imports too.
// - A map of arrays of a model is not linked (updatePropertyForMap: the value's baseType `list` is a
//   language primitive); `additionalProperties: {}` is an empty schema, whose example entry is None.

import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { writeOutput } from "../../../src/render/write.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { runPython } from "../../support/python.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-prior-single-allof-", {
  "spec.yaml": `openapi: 3.0.1
info: { title: t, version: "1" }
paths:
  /attachments/{id}:
    get:
      tags: [Attachments]
      operationId: getAttachment
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - name: resizeType
          in: query
          description: Type of resizing to apply to the result image
          schema: { allOf: [{ $ref: "#/components/schemas/ImageResizeType" }] }
      responses:
        "204": { description: none }
  /__respond:
    post:
      tags: [Echo]
      operationId: respond
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Link" }
  /tests:
    post:
      tags: [Tests]
      operationId: createTest
      requestBody:
        content:
          application/json:
            schema: { $ref: "#/components/schemas/TestCreate" }
      responses:
        "204": { description: none }
components:
  schemas:
    ImageResizeType: { type: string, enum: [Crop, AddBackgroundStripes] }
    LinkType: { type: string, enum: [Related, Defect] }
    DateRange:
      type: object
      properties:
        start: { type: string, format: date-time }
    AllowedValue:
      type: object
      properties:
        id: { type: string }
    Link:
      type: object
      properties:
        type:
          allOf: [{ $ref: "#/components/schemas/LinkType" }]
          description: Specifies the type of the link.
        createdDate:
          allOf: [{ $ref: "#/components/schemas/DateRange" }]
          description: Specifies a range of creation date to search for
          nullable: true
        range:
          allOf: [{ $ref: "#/components/schemas/DateRange" }]
          nullable: true
        fixedRange:
          allOf: [{ $ref: "#/components/schemas/DateRange" }]
          readOnly: true
        possibleValues:
          type: object
          additionalProperties:
            type: array
            items: { $ref: "#/components/schemas/AllowedValue" }
    TestCreate:
      type: object
      properties:
        attributes:
          type: object
          additionalProperties: {}
          nullable: true
        flags:
          type: object
          additionalProperties: true
`,
});

async function generate(generator: "python-prior" | "python", oagVersion: string) {
  const input = specs.path("spec.yaml");
  return (await generateFromArgs(["-i", input, "-g", generator, `--additional-properties=packageName=pkg,oagVersion=${oagVersion}`])).files;
}

async function docs(generator: "python-prior" | "python", oagVersion: string): Promise<Map<string, string>> {
  const files = await generate(generator, oagVersion);
  return new Map(files.filter((f) => f.path.endsWith(".md")).map((f) => [f.path, String(f.contents)]));
}

const ANY = "bool, date, datetime, dict, float, int, list, str, none_type";

describe("python-prior 6.6.0: properties that are an allOf of one schema", () => {
  it("a $ref to a model with a description beside it is hoisted; with only nullable it is not", async () => {
    const d = await docs("python-prior", "6.6.0");
    expect(d.has("docs/LinkCreatedDate.md")).toBe(true);
    expect(d.has("docs/LinkRange.md")).toBe(false);
    expect(d.has("docs/LinkFixedRange.md")).toBe(false);
    const link = d.get("docs/Link.md")!;
    expect(link).toContain("**type** | [**LinkType**](LinkType.md) |  | [optional] \n");
    expect(link).toContain("**created_date** | [**LinkCreatedDate**](LinkCreatedDate.md) |  | [optional] \n");
    expect(link).toContain("**range** | [**DateRange**](DateRange.md) |  | [optional] \n");
    expect(link).toContain("**fixed_range** | [**DateRange**](DateRange.md) |  | [optional] [readonly] \n");
  });

  it("a map of arrays of a model is not linked", async () => {
    const d = await docs("python-prior", "6.6.0");
    expect(d.get("docs/Link.md")).toContain("**possible_values** | **{str: ([AllowedValue],)}** |  | [optional] \n");
  });

  it("a parameter typed by such an allOf is its member's type and imports it", async () => {
    const api = (await docs("python-prior", "6.6.0")).get("docs/AttachmentsApi.md")!;
    expect(api).toContain("from pkg.model.image_resize_type import ImageResizeType\n");
    expect(api).toContain("    resize_type = None # ImageResizeType | Type of resizing to apply to the result image (optional)\n");
    expect(api).toContain(" **resize_type** | **ImageResizeType**| Type of resizing to apply to the result image | [optional]\n");
  });

  it("an `additionalProperties: {}` map's example has a None entry, a `true` one none", async () => {
    const api = (await docs("python-prior", "6.6.0")).get("docs/TestsApi.md")!;
    expect(api).toContain(`        attributes={\n            "key": None,\n        },\n        flags={},\n`);
  });

  it("6.4.0 reads the allOf as itself (any type, its own description)", async () => {
    const link = (await docs("python-prior", "6.4.0")).get("docs/Link.md")!;
    expect(link).toContain(`**type** | **${ANY}** | Specifies the type of the link. | [optional] \n`);
  });
});

describe("isModelNeeded for an allOf of one $ref, by release", () => {
  it("6.2.1: only readOnly alone is the member itself; nullable hoists", async () => {
    const d = await docs("python-prior", "6.2.1");
    expect(d.has("docs/LinkRange.md")).toBe(true);
    expect(d.has("docs/LinkFixedRange.md")).toBe(false);
  });

  it("6.1.0: readOnly hoists too", async () => {
    const d = await docs("python-prior", "6.1.0");
    expect(d.has("docs/LinkRange.md")).toBe(true);
    expect(d.has("docs/LinkFixedRange.md")).toBe(true);
  });

  it("python 7.6.0: hoisted only where nullable or readOnly meets another keyword", async () => {
    const d = await docs("python", "7.6.0");
    expect(d.has("docs/LinkCreatedDate.md")).toBe(true);
    expect(d.has("docs/LinkRange.md")).toBe(false);
    expect(d.has("docs/LinkFixedRange.md")).toBe(false);
  });

  it("python 7.7.0: never hoisted", async () => {
    const d = await docs("python", "7.7.0");
    expect([...d.keys()].filter((p) => p.startsWith("docs/Link") && p !== "docs/Link.md" && p !== "docs/LinkType.md")).toEqual([]);
  });
});

describe("python-prior 6.6.0 client: a property hoisted from an allOf of one $ref", () => {
  const fixture = folderWithEcho("oaswright-prior-single-allof-rt-");
  beforeAll(async () => {
    writeOutput(fixture.tmp, await generate("python-prior", "6.6.0"));
  }, 60_000);

  it("reads the hoisted composition, and null where it is nullable", async () => {
    writeFileSync(
      path.join(fixture.tmp, "check_script.py"),
      `
import json
import pkg
from pkg.api import echo_api
from pkg.model.link_created_date import LinkCreatedDate

out = []
conf = pkg.Configuration(host=${JSON.stringify(fixture.echo.url)})
with pkg.ApiClient(conf) as client:
    api = echo_api.EchoApi(client)
    body = {"type": "Related", "createdDate": {"start": "2024-01-02T03:04:05Z"}, "range": {"start": "2024-02-03T04:05:06Z"}}
    link = api.respond({"status": 200, "contentType": "application/json", "body": body})
    out.append([type(link.created_date).__name__, isinstance(link.created_date, LinkCreatedDate), link.created_date.start.isoformat()])
    out.append(str(link.type))
    link = api.respond({"status": 200, "contentType": "application/json", "body": {"createdDate": None}})
    out.append(link.created_date)
print(json.dumps(out))
`,
    );
    const r = await runPython({ cwd: fixture.tmp, args: ["check_script.py"], timeoutMs: 120_000 });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([["LinkCreatedDate", true, "2024-01-02T03:04:05+00:00"], "Related", null]);
  }, 150_000);
});
