// A composed component's inline members before and after e38ea578f8 (#14887, first in 6.5.0;
// src/parse/inline.ts Profile.gatherComposedChildren). Before, flattenComposedChildren made a model
// of each member with properties (`<Model>_allOf`) and only flattenProperties ran inside it, which
// hoists no composed property (5.x never asks isModelNeeded, so a single-member allOf is never a
// model, readOnly or not); a component with only anyOf went through the same path, which hoists an
// enum member too. From 6.5.0 the member model is gathered (gatherInlineModels): its single-member
// allOf property with a description becomes `<Model>_allOf_<property>`; an anyOf-only component is
// gathered, which leaves an enum member inline (no resolveInlineEnums).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../support/generate.js";
import { specFiles } from "../support/spec-files.js";

const spec = `openapi: 3.0.3
info: { title: Pets, version: "1" }
paths: {}
components:
  schemas:
    Base:
      type: object
      properties:
        id: { type: integer }
    Owner:
      type: object
      properties:
        name: { type: string }
    Pet:
      allOf:
        - $ref: "#/components/schemas/Base"
        - type: object
          properties:
            owner:
              allOf: [{ $ref: "#/components/schemas/Owner" }]
              readOnly: true
            keeper:
              allOf: [{ $ref: "#/components/schemas/Owner" }]
              description: who keeps it
    Choice:
      anyOf:
        - type: object
          properties:
            a: { type: string }
        - type: string
          enum: [x, y]
`;

const specs = specFiles("oaswright-composed-children-", { "spec.yaml": spec });

async function models(oagVersion: string): Promise<string[]> {
  const generated = await generateInMemory(specs.path("spec.yaml"), "python-prior", { packageName: "pets", oagVersion }, { validate: "warning" });
  return generated.files.filter((f) => f.path.startsWith("docs/")).map((f) => f.path.slice(5, -3)).sort();
}

const base = ["Base", "Choice", "ChoiceAnyOf", "Owner", "Pet", "PetAllOf"];

describe("inline members of composed components by release", () => {
  it("5.x and 6.0-6.4: nothing inside the member model is hoisted", async () => {
    for (const v of ["5.4.0", "6.0.0", "6.1.0", "6.4.0"]) expect(await models(v), v).toEqual([...base, "ChoiceAnyOf1"].sort());
  });

  it("6.5.0 on: the member model is gathered, the readOnly single allOf stays its member", async () => {
    for (const v of ["6.5.0", "6.6.0"]) expect(await models(v), v).toEqual([...base, "PetAllOfKeeper"].sort());
  });
});
