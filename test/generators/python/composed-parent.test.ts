// Which members' properties a composed model's doc lists (python). ModelUtils.getParentName looks
// at the composition's interfaces (allOf, else anyOf, else oneOf) for a `$ref` member with a
// discriminator of its own or inherited through allOf; with python's supportsInheritance that
// member's properties are the parent's (allVars), not the model's vars, in a oneOf/anyOf as in
// an allOf (DefaultCodegen.updateModelForComposedSchema). OAG 7.14's opendatasoft docs:
// `oneOf: [ConnectionUID, FTPConnection]` lists ConnectionUID's `uid` only, required.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const SPEC = `openapi: 3.0.3
info: { title: Parents, version: "1" }
paths: {}
components:
  schemas:
    Connection:
      type: object
      discriminator: { propertyName: type }
      properties:
        type: { type: string }
        uid: { type: string, readOnly: true }
    FTPConnection:
      allOf:
        - $ref: "#/components/schemas/Connection"
        - type: object
          properties:
            url: { type: string }
    ConnectionUID:
      type: object
      required: [uid]
      properties:
        uid: { type: string, description: an existing connection }
    Plain:
      type: object
      properties:
        note: { type: string }
    Either:
      oneOf:
        - $ref: "#/components/schemas/ConnectionUID"
        - $ref: "#/components/schemas/FTPConnection"
    Pet:
      type: object
      required: [pet_type]
      properties:
        pet_type: { type: string }
      discriminator: { propertyName: pet_type }
    Cat:
      allOf:
        - $ref: "#/components/schemas/Pet"
        - type: object
          properties:
            hunts: { type: boolean }
    Dog:
      allOf:
        - $ref: "#/components/schemas/Pet"
        - type: object
          properties:
            bark: { type: boolean }
    CatOrDog:
      oneOf:
        - $ref: "#/components/schemas/Cat"
        - $ref: "#/components/schemas/Dog"
    PlainOrPet:
      oneOf:
        - $ref: "#/components/schemas/Plain"
        - $ref: "#/components/schemas/CatOrDog"
    Any:
      anyOf:
        - $ref: "#/components/schemas/ConnectionUID"
        - $ref: "#/components/schemas/Plain"
`;

const specs = specFiles("oaswright-parent-", { "spec.yaml": SPEC });

async function doc(name: string): Promise<string> {
  const { files } = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "par", oagVersion: "7.14.0" });
  return String(files.find((f) => f.path === `docs/${name}.md`)?.contents);
}

const rows = (text: string) => text.split("\n").filter((l) => l.startsWith("**"));

describe("python docs: a discriminated member of a oneOf/anyOf is a parent", () => {
  it("oneOf: the member inheriting a discriminator adds no properties", async () => {
    expect(rows(await doc("Either"))).toEqual(["**uid** | **str** | an existing connection | "]);
  });

  // ModelUtils.hasOrInheritsDiscriminator walks every interface of a composed member (its oneOf
  // members too, not only allOf refs): CatOrDog inherits Pet's discriminator through Cat, so it is
  // PlainOrPet's parent (OAG 7.13 discriminators.json NestedOneOfObjectWithNestedOneOfPatchRequestConfig.md).
  it("oneOf: a member that is itself a oneOf over discriminated models adds no properties", async () => {
    expect(rows(await doc("PlainOrPet"))).toEqual(["**note** | **str** |  | [optional] "]);
  });

  it("anyOf without a discriminated member: every member's properties", async () => {
    expect(rows(await doc("Any"))).toEqual(["**uid** | **str** | an existing connection | ", "**note** | **str** |  | [optional] "]);
  });
});
