// python model docs of a 3.1 document: the properties a composition merges in from `$ref` members
// (DefaultCodegen.mergeProperties) are clones, and from 7.1.0 (c301004b7e) to 7.4.x the clone
// (swagger-core's AnnotationsUtils.clone) dropped the `type` OAG keeps for 3.1 schemas, so they read
// as untyped: `object`. 6746be9a50 (7.5.0) copies the type back. Found with the splitspec corpus case
// (kdipippo/openapi-generator-split-spec-template 00c2a60, python 7.3.0: ExampleChildWithPetModel,
// a oneOf of two models, lists every property as `**object**`). A `$ref` property keeps its target;
// 3.0 documents and the members' own docs keep their types.

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const spec = (version: string) => `openapi: ${version}
info: { title: t, version: "1" }
paths: {}
components:
  schemas:
    Tag:
      type: object
      properties:
        name: { type: string }
    Cat:
      type: object
      properties:
        ModelType: { type: string, description: always Cat }
        ChildId: { type: string, format: uuid, description: Child ID. }
        tag: { $ref: "#/components/schemas/Tag" }
    Dog:
      type: object
      properties:
        ModelType: { type: string, description: always Dog }
        DogName: { type: string }
    Pet:
      oneOf:
        - $ref: "#/components/schemas/Cat"
        - $ref: "#/components/schemas/Dog"
`;

const specs = specFiles("oaswright-merged31-", { "spec31.yaml": spec("3.1.0"), "spec30.yaml": spec("3.0.3") });

async function doc(file: string, oagVersion: string, name: string): Promise<string> {
  const input = specs.path(file);
  return (await generateFromArgs(["-i", input, "-g", "python", `--additional-properties=packageName=pkg,oagVersion=${oagVersion}`])).text(`docs/${name}.md`);
}

describe("python: properties merged from $ref members of a 3.1 composition", () => {
  it("7.3.0: untyped (`object`), descriptions kept; a $ref keeps its model", async () => {
    const pet = await doc("spec31.yaml", "7.3.0", "Pet");
    expect(pet).toContain("**model_type** | **object** | always Dog | [optional] \n");
    expect(pet).toContain("**child_id** | **object** | Child ID. | [optional] \n");
    expect(pet).toContain("**tag** | [**Tag**](Tag.md) |  | [optional] \n");
    expect(pet).toContain("**dog_name** | **object** |  | [optional] \n");
    expect(await doc("spec31.yaml", "7.3.0", "Cat")).toContain("**child_id** | **str** | Child ID. | [optional] \n");
  });

  it("7.0.1 and 7.5.0: typed", async () => {
    for (const release of ["7.0.1", "7.5.0"]) {
      expect(await doc("spec31.yaml", release, "Pet")).toContain("**child_id** | **str** | Child ID. | [optional] \n");
    }
  });

  it("3.0 documents: typed in 7.3.0", async () => {
    expect(await doc("spec30.yaml", "7.3.0", "Pet")).toContain("**model_type** | **str** | always Dog | [optional] \n");
  });
});
