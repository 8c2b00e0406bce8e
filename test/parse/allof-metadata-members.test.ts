// OpenAPI Generator 7.14.0 (#21342, OpenAPINormalizer.refactorAllOfWithMetadataOnlySchemas):
// allOf members that are only metadata leave the allOf, their description/default/title/... are
// copied to the schema (ModelUtils.copyMetadata), and what is not copied is lost: a member with
// nothing but `required` (ynab's NewCategory, published with 7.23.0) no longer makes those
// properties required. 7.13 keeps the member.

import { describe, expect, it } from "vitest";
import { specFiles } from "../support/spec-files.js";
import { generateInMemory } from "../support/generate.js";

const spec = `openapi: 3.0.3
info: { title: AllOf, version: "1" }
paths: {}
components:
  schemas:
    SaveCategory:
      type: object
      properties:
        name: { type: string }
        group_id: { type: string }
    NewCategory:
      allOf:
        - $ref: "#/components/schemas/SaveCategory"
        - required: [name, group_id]
    Described:
      allOf:
        - $ref: "#/components/schemas/SaveCategory"
        - description: Moved up from a metadata-only member.
    OnlyMetadata:
      type: object
      properties:
        id: { type: string }
      allOf:
        - required: [id]
`;

const specs = specFiles("oaswright-allof-meta-", { "spec.yaml": spec });

async function docs(oagVersion: string): Promise<(p: string) => string> {
  return (await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "meta", oagVersion })).text;
}

describe("allOf members with metadata only (python docs)", () => {
  it("7.14.0: a `required`-only member is dropped, its properties optional", async () => {
    const doc = (await docs("7.14.0"))("docs/NewCategory.md");
    expect(doc).toContain("**name** | **str** |  | [optional] \n");
    expect(doc).toContain("**group_id** | **str** |  | [optional] \n");
  });

  it("7.13.0: the member's `required` holds", async () => {
    const doc = (await docs("7.13.0"))("docs/NewCategory.md");
    expect(doc).toContain("**name** | **str** |  | \n");
    expect(doc).toContain("**group_id** | **str** |  | \n");
  });

  it("7.14.0: a description-only member's description becomes the schema's", async () => {
    const doc = (await docs("7.14.0"))("docs/Described.md");
    expect(doc).toContain("Moved up from a metadata-only member.");
  });

  // Not refactored, but the member's `required` does not reach the schema's own property either:
  // DefaultCodegen.updateModelForComposedSchema adds own properties with the schema's own `required`
  // before reading any member (python models.ts modelVars; Equinix Fabric's RoutingProtocolBase, 7.12.0).
  it("an allOf beside properties is not refactored (normalizeAllOfWithProperties): own properties take only the schema's own `required`", async () => {
    for (const v of ["7.13.0", "7.14.0"]) {
      const doc = (await docs(v))("docs/OnlyMetadata.md");
      expect(doc, v).toContain("**id** | **str** |  | [optional] \n");
    }
  });
});
