// A form body's property that is a map (`additionalProperties` a schema or `true`): up to 7.0.0
// DefaultCodegen.fromRequestBodyToFormParameters skipped it ("Map of form parameters not supported",
// 3c666a6d44); 75ac4a2f58 (#16418, first in 7.0.1) keeps it. tomasgarzon/vigilant-guacamole's python
// (OAG 5.3.0-SNAPSHOT, python-prior) documents Client Document Create without the multipart body's
// `extra_data: {type: object, additionalProperties: {}, nullable: true}` (corpus case
// nucoro-python-prior, DocumentApi.md). The docs follow OAG; the clients keep the field (OAG's had
// no argument for it), checked below on the client's signature.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-map-form-fields-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: Documents, version: "1" }
paths:
  /documents:
    post:
      tags: [Document]
      operationId: createDocument
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema: { $ref: "#/components/schemas/DocumentUpload" }
      responses:
        "201": { description: created }
components:
  schemas:
    DocumentUpload:
      type: object
      required: [name]
      properties:
        name: { type: string }
        extra_data:
          type: object
          additionalProperties: {}
          nullable: true
          description: Additional attributes
        labels:
          type: object
          additionalProperties: { type: string }
`,
});

async function files(generator: string, oagVersion: string): Promise<(path: string) => string> {
  return (await generateInMemory(specs.path("spec.yaml"), generator, { packageName: "docs_client", npmName: "docs-client", oagVersion })).text;
}

const paramRows = (doc: string) => doc.split("\n").filter((l) => /^ \*\*\w+\*\* \| /.test(l)).map((l) => l.split(" | ")[0]!.trim());

describe("a form body's map properties in the API docs", () => {
  it("python 7.0.0: left out of the docs, kept by the client", async () => {
    const f = await files("python", "7.0.0");
    expect(paramRows(f("docs/DocumentApi.md"))).toEqual(["**name**"]);
    expect(f("docs/DocumentApi.md")).toContain("api_instance.create_document(name)\n");
    expect(f("docs_client/api/document_api.py")).toContain("extra_data: Annotated[Optional[Dict[str, Any]]");
  });

  it("python 7.0.1 on: documented", async () => {
    for (const v of ["7.0.1", "7.24.0"]) {
      expect(paramRows((await files("python", v))("docs/DocumentApi.md"))).toEqual(["**name**", "**extra_data**", "**labels**"]);
    }
  });

  it("python-prior (5.x, 6.x): left out of the docs, kept by the client", async () => {
    for (const v of ["5.2.1", "6.6.0"]) {
      const f = await files("python-prior", v);
      expect(paramRows(f("docs/DocumentApi.md"))).toEqual(["**name**"]);
      expect(f("docs_client/api/document_api.py")).toContain(`'all': ["name", "extra_data", "labels"]`);
    }
  });

  it("typescript 7.0.0 and 7.0.1", async () => {
    const before = await files("typescript", "7.0.0");
    expect(paramRows(before("DocumentApi.md"))).toEqual(["**name**"]);
    expect(before("apis/DocumentApi.ts")).toContain("createDocument(name: string, extraData?: any, labels?: { [key: string]: string; }, ");
    expect(paramRows((await files("typescript", "7.0.1"))("DocumentApi.md"))).toEqual(["**name**", "**extraData**", "**labels**"]);
  });
});
