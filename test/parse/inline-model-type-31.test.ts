// Inline reuse in a 3.1 document (src/parse/inline.ts Profile.modelType31): a property model that
// modelFromProperty builds (here inside an allOf member, flattenComposedChildren) keeps the 3.1
// `type` from 7.21.0, so it equals a schema hoisted as it is (makeSchemaInComponents) and one reuses
// the other; before, a 3.1 schema answered getType() with null and the two stayed apart. Found with
// the corpus case openproject-python (7.21.0-SNAPSHOT: StorageFilesModel `_links` is
// StorageFileModelAllOfLinks).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../support/generate.js";
import { specFiles } from "../support/spec-files.js";

const spec = (openapi: string) => `openapi: ${openapi}
info: { title: Files, version: "1" }
paths: {}
components:
  schemas:
    Link:
      type: object
      properties:
        href: { type: string }
    File:
      allOf:
        - $ref: "#/components/schemas/Link"
        - type: object
          properties:
            location: { type: string }
            _links:
              type: object
              required: [self]
              properties:
                self: { $ref: "#/components/schemas/Link" }
    Files:
      type: object
      properties:
        files: { type: array, items: { $ref: "#/components/schemas/File" } }
        _links:
          type: object
          required: [self]
          properties:
            self: { $ref: "#/components/schemas/Link" }
`;

const specs = specFiles("oaswright-model-type-31-", { "spec31.yaml": spec("3.1.0") });

async function docs(file: string, oagVersion: string): Promise<{ names: string[]; files: string }> {
  const generated = await generateInMemory(specs.path(file), "python", { packageName: "files", oagVersion }, { validate: "warning" });
  const names = generated.files.map((f) => f.path).filter((p) => p.startsWith("docs/")).sort();
  return { names, files: generated.text("docs/Files.md") };
}

describe("inline reuse of property models in 3.1 documents", () => {
  it("7.20.0: the allOf member's _links stays apart from Files._links", async () => {
    const { names, files } = await docs("spec31.yaml", "7.20.0");
    expect(names).toContain("docs/FileAllOfLinks.md");
    expect(names).toContain("docs/FilesLinks.md");
    expect(files).toContain("[**FilesLinks**](FilesLinks.md)");
  });

  it("7.21.0 and its snapshots: Files._links reuses FileAllOfLinks", async () => {
    for (const v of ["7.21.0-SNAPSHOT", "7.24.0"]) {
      const { names, files } = await docs("spec31.yaml", v);
      expect(names, v).toContain("docs/FileAllOfLinks.md");
      expect(names, v).not.toContain("docs/FilesLinks.md");
      expect(files, v).toContain("[**FileAllOfLinks**](FileAllOfLinks.md)");
    }
  });
});
