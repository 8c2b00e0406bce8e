// flattenProperties (the properties of a model InlineModelResolver.modelFromProperty builds, here an
// inline allOf member) and gatherInlineModels' map values, by release (src/parse/inline.ts
// PROFILE_ROWS), each read from OAG's history:
// - 0401c46147 (#17141, 7.2.0) hoists a composed property, an allOf of one `$ref` with a
//   description included (`<Model>_allOf_single`); dccb147055 (#17683, 7.3.0) leaves an allOf of one
//   item to the codegen again (Profile.flattenComposedProperties, keepSingleAllOfProperty);
// - b4c315ebce (7.5.0) asks ModelUtils.isObjectSchema, so array items with properties and no type
//   are hoisted by flattenProperties (`<Model>_allOf_list`), where gatherInlineModels had named them
//   `<Model>_allOf_list_inner` (Profile.objectByModelUtils);
// - 875fdb50bd (#19173, 7.8.0) names a map value after its own title (`Label`), not the map's
//   (`Labels`) (Profile.mapValueTitleFromParent).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../support/generate.js";
import { specFiles } from "../support/spec-files.js";

const spec = `openapi: 3.0.3
info: { title: Holders, version: "1" }
paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        a: { type: string }
    Plain:
      type: object
      properties:
        labels:
          type: object
          title: Labels
          additionalProperties:
            type: object
            title: Label
            properties:
              text: { type: string }
    Holder:
      allOf:
        - $ref: "#/components/schemas/A"
        - type: object
          properties:
            single:
              description: just A
              allOf:
                - $ref: "#/components/schemas/A"
            list:
              type: array
              items:
                properties:
                  n: { type: integer }
`;

const specs = specFiles("oaswright-flatten-properties-", { "spec.yaml": spec });

async function models(oagVersion: string): Promise<string[]> {
  const generated = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "holders", oagVersion }, { validate: "warning" });
  return generated.files.map((f) => f.path.replace(/^docs\/|\.md$/g, "")).filter((_, i) => generated.files[i]!.path.startsWith("docs/")).sort();
}

const base = ["A", "Holder", "Plain"];

describe("flattenProperties and map value names by release", () => {
  it("7.0.0 and 7.1.0: the map value is named after the map, items after gatherInlineModels", async () => {
    for (const v of ["7.0.0", "7.1.0"]) expect(await models(v), v).toEqual([...base, "HolderAllOfListInner", "Labels"].sort());
  });

  it("7.2.0: a single-allOf property with a description is hoisted too", async () => {
    expect(await models("7.2.0")).toEqual([...base, "HolderAllOfListInner", "HolderAllOfSingle", "Labels"].sort());
  });

  it("7.3.0 and 7.4.0: the single-allOf property is left to the codegen", async () => {
    for (const v of ["7.3.0", "7.4.0"]) expect(await models(v), v).toEqual([...base, "HolderAllOfListInner", "Labels"].sort());
  });

  it("7.5.0 to 7.7.0: typeless items with properties are hoisted by flattenProperties", async () => {
    for (const v of ["7.5.0", "7.7.0"]) expect(await models(v), v).toEqual([...base, "HolderAllOfList", "Labels"].sort());
  });

  it("7.8.0 on: the map value is named after its own title", async () => {
    for (const v of ["7.8.0", "7.24.0"]) expect(await models(v), v).toEqual([...base, "HolderAllOfList", "Label"].sort());
  });
});
