// A path, query or header parameter with no type (`schema: {example: ...}`, NestJS's @ApiParam without a
// type): DefaultCodegen.fromParameter's isAnyType branch sets no isPrimitiveType (only the string,
// boolean, number and integer branches do) and no baseType, so python's api_doc.mustache links it
// `[**object**](.md)` (OAG 7.17.0's docs of xofyy/push-notification-service, DevicesApi.md). A body of
// no type stays bold (fromRequestBody's updateRequestBodyForPrimitiveType sets isPrimitiveType).

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = `openapi: 3.0.0
info: { title: AnyParams, version: "1" }
paths:
  /projects/{projectId}/check:
    post:
      operationId: check
      parameters:
        - { name: projectId, in: path, required: true, description: Project ID, schema: { example: 64f1a2b3c4d5e6f7a8b9c0d1 } }
        - { name: filter, in: query, schema: {} }
        - { name: name, in: query, schema: { type: string } }
      requestBody:
        content:
          application/json:
            schema: {}
      responses:
        "204": { description: done }
`;

const specs = specFiles("oaswright-anyparam-", { "spec.yaml": spec });

describe("python docs: parameters of no type", () => {
  it("a path/query parameter links `[**object**](.md)`, a body of no type is bold", async () => {
    const { files } = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "anyp", oagVersion: "7.17.0" });
    const doc = String(files.find((f) => f.path === "docs/DefaultApi.md")?.contents);
    expect(doc).toContain(" **project_id** | [**object**](.md)| Project ID | \n");
    expect(doc).toContain(" **filter** | [**object**](.md)|  | [optional] \n");
    expect(doc).toContain(" **name** | **str**|  | [optional] \n");
    expect(doc).toContain(" **body** | **object**|  | [optional] \n");
    expect(doc).toContain("    project_id = 64f1a2b3c4d5e6f7a8b9c0d1 # object | Project ID\n");
  });
});
