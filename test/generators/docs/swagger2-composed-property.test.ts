// A Swagger 2.0 property written as an `allOf` (no `$ref`, `properties` or `additionalProperties`):
// swagger-core 1.5.18+ PropertyDeserializer (4ea78022d, #2621; v1.6.9 alike) reads it as a
// ComposedProperty, whose type is "object" and which keeps only description, title, example, the
// vendor extensions and the members; swagger-parser's converter makes a ComposedSchema of `type:
// object` of it. OAG's docs therefore see no enum, default or readOnly beside the allOf, and
// typescript's example writer takes its composed branch, which prints nothing after the prefix
// (qeeqez/rixl-sdk-typescript, OAG 7.20.0: `video_quality: ,` for `{enum, allOf: [$ref], example}`;
// corpus case rixl-typescript). The clients keep the schema as written (IR
// ComposedSchema.swagger2ComposedProperty; codegen/oag-docs-model.ts).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const spec = (version: "2.0" | "3.0") => {
  const head = version === "2.0" ? `swagger: "2.0"
info: { title: Videos, version: "1" }
host: api.example.com
schemes: [https]
paths:
  /videos:
    post:
      tags: [Videos]
      operationId: createVideo
      consumes: [application/json]
      parameters:
        - in: body
          name: request
          required: true
          schema: { $ref: "#/definitions/VideoRequest" }
      responses:
        "201": { description: created }
definitions:
` : `openapi: 3.0.3
info: { title: Videos, version: "1" }
servers: [{ url: "https://api.example.com" }]
paths:
  /videos:
    post:
      tags: [Videos]
      operationId: createVideo
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/VideoRequest" }
      responses:
        "201": { description: created }
components:
  schemas:
`;
  const ref = version === "2.0" ? "#/definitions/Quality" : "#/components/schemas/Quality";
  const pad = version === "2.0" ? "  " : "    ";
  return head + `${pad}Quality:
${pad}  type: string
${pad}  enum: [basic, pro]
${pad}VideoRequest:
${pad}  type: object
${pad}  properties:
${pad}    file_name: { type: string, example: my-video.mp4 }
${pad}    quality:
${pad}      enum: [basic, pro]
${pad}      allOf: [{ $ref: "${ref}" }]
${pad}      example: pro
${pad}    locked:
${pad}      allOf: [{ $ref: "${ref}" }]
${pad}      readOnly: true
`;
};

const specs = specFiles("oaswright-swagger2-composed-property-", { "s20.yaml": spec("2.0"), "s30.yaml": spec("3.0") });

async function files(file: string, generator: string): Promise<(path: string) => string> {
  return (await generateInMemory(specs.path(file), generator, { packageName: "videos", oagVersion: "7.20.0" })).text;
}

const requestExample = (doc: string) => doc.slice(doc.indexOf("const request"), doc.indexOf("\n};") + 3);

describe("Swagger 2.0 ComposedProperty", () => {
  it("typescript: the composed branch prints nothing, readOnly is gone; the client keeps the schema", async () => {
    const f = await files("s20.yaml", "typescript");
    expect(requestExample(f("docs/VideosApi.md"))).toBe('const request: VideosApiCreateVideoRequest = {\n  \n  request: {\n    fileName: "my-video.mp4",\n    quality: ,\n    locked: ,\n  },\n};');
    expect(f("models/VideoRequest.ts")).toContain("declare readonly locked?: Quality;");
  });

  it("a 3.0 document keeps its reading (untyped composition: null; readOnly skipped)", async () => {
    const f = await files("s30.yaml", "typescript");
    expect(requestExample(f("docs/VideosApi.md"))).toBe('const request: VideosApiCreateVideoRequest = {\n  \n  videoRequest: {\n    fileName: "my-video.mp4",\n    quality: null,\n  },\n};');
  });

  it("python: the model doc has no [readonly]; the client still excludes the field", async () => {
    const f = await files("s20.yaml", "python");
    expect(f("docs/VideoRequest.md")).toContain("**locked** | [**Quality**](Quality.md) |  | [optional] \n");
    expect(f("videos/models/video_request.py")).toContain('excluded_fields: Set[str] = set(["locked"])');
  });
});
