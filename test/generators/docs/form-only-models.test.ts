// skipFormModel (default true): DefaultGenerator.generateModels skips the schemas
// ModelUtils.getSchemasUsedOnlyInFormParam finds. Its visitor walks paths in order, each referenced
// schema once on first sight, and up to 7.0.0 carried the form media type into properties too;
// 75ac4a2f58 (#16418, first in 7.0.1) visits properties with none. So a schema reached first through
// the properties of a multipart body's schema is form-only before 7.0.1, even when a response uses
// the body's schema later: tomasgarzon/vigilant-guacamole's python (OAG 5.3.0-SNAPSHOT, python-prior)
// has no VerificationDocumentCreate, the items of VerificationWithType.verification_documents, a
// schema its spec sends as multipart and as JSON and gets back as JSON (corpus case
// nucoro-python-prior). The clients keep that model: VerificationWithType's module imports it.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const spec = (firstPath: "form" | "json") => {
  const form = `  /verifications:
    post:
      operationId: createVerification
      requestBody:
        content:
          multipart/form-data:
            schema: { $ref: "#/components/schemas/Verification" }
      responses:
        "201": { description: created }
`;
  const json = `  /verifications/{id}:
    get:
      operationId: getVerification
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Verification" }
`;
  return `openapi: 3.0.3
info: { title: Verifications, version: "1" }
paths:
${firstPath === "form" ? form + json : json + form}components:
  schemas:
    Verification:
      type: object
      properties:
        kind: { type: string }
        documents:
          type: array
          items: { $ref: "#/components/schemas/VerificationDocument" }
    VerificationDocument:
      type: object
      properties:
        front: { type: string }
`;
};

const specs = specFiles("oaswright-form-only-models-", { "form-first.yaml": spec("form"), "json-first.yaml": spec("json") });

async function paths(file: string, generator: string, oagVersion: string): Promise<string[]> {
  return [...(await generateInMemory(specs.path(file), generator, { packageName: "verif", oagVersion })).texts.keys()];
}

const documented = (files: readonly string[]) => files.filter((p) => /^docs\/Verification\w*\.md$/.test(p)).sort();

describe("models of schemas used only under form bodies", () => {
  it("python 7.0.0: a schema reached first through a form body's properties has no doc; the client keeps its model", async () => {
    const files = await paths("form-first.yaml", "python", "7.0.0");
    expect(documented(files)).toEqual(["docs/Verification.md"]);
    expect(files).toContain("verif/models/verification_document.py");
  });

  it("python 7.0.1 on: properties count as used elsewhere", async () => {
    for (const v of ["7.0.1", "7.24.0"]) {
      expect(documented(await paths("form-first.yaml", "python", v))).toEqual(["docs/Verification.md", "docs/VerificationDocument.md"]);
    }
  });

  it("python-prior (5.x, 6.x): as 7.0.0; the client keeps the model", async () => {
    for (const v of ["5.3.1", "6.6.0"]) {
      const files = await paths("form-first.yaml", "python-prior", v);
      expect(documented(files)).toEqual(["docs/Verification.md"]);
      expect(files).toContain("verif/model/verification_document.py");
    }
  });

  it("a schema first reached from a JSON response is used elsewhere in every release", async () => {
    expect(documented(await paths("json-first.yaml", "python", "7.0.0"))).toEqual(["docs/Verification.md", "docs/VerificationDocument.md"]);
    expect(documented(await paths("json-first.yaml", "python-prior", "6.6.0"))).toEqual(["docs/Verification.md", "docs/VerificationDocument.md"]);
  });
});
