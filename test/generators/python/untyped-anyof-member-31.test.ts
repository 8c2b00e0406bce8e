// OAG's normalizeAnyOf stored no member's normalized schema before 7.9.0 (OpenAPINormalizer at the
// 7.0.0-7.8.0 release commits; 2111713117 #19758 stores them): an untyped 3.1 member stays the
// JsonSchema it was, not NORMALIZE_31SPEC's new empty Schema, when processSimplifyAnyOf asks
// isNullTypeSchema. At 7.3.0-7.4.x (64c763b87a) a JsonSchema is no 3.0 bean and has no types, so it is
// no null type: `anyOf: [X, {}]` keeps both members and the resolver hoists it as `<Model>_<prop>`.
// 7.0.1-7.2.x (getType() null) and 7.5.0-7.8.x (03af25ce34: a JsonSchema without types and `$ref`)
// drop it as before, 7.9.0 on reads the stored empty Schema. Normalizer row storeAnyOfMembers
// (src/parse/inline-normalizer.ts), BuildContext.anyOfMembersStored (src/parse/schema.ts).

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { fileText } from "../../support/generated-file.js";
import { specFiles } from "../../support/spec-files.js";
import { expectMypyStrict, runWithPackage } from "../../support/python-package.js";
import { tempDir, typeCheckAndLoadApp } from "../typescript/client-support.js";

const spec = `openapi: 3.1.0
info: { title: Things, version: "1" }
paths: {}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: { type: string }
    Thing:
      type: object
      properties:
        value:
          anyOf:
            - { type: string }
            - { description: anything else }
        pet:
          anyOf:
            - { $ref: "#/components/schemas/Pet" }
            - {}
`;

const specs = specFiles("oaswright-untyped-anyof-31-", { "spec.yaml": spec });

async function generate(generator: "python" | "typescript", oagVersion: string) {
  return (await generateInMemory(specs.path("spec.yaml"), generator, { packageName: "things", oagVersion })).files;
}

describe("a 3.1 anyOf with an untyped member before 7.9.0", () => {
  it.each(["7.3.0", "7.4.0"])("%s: python docs link the hoisted anyOf models", async (version) => {
    const files = await generate("python", version);
    const doc = fileText(files, "docs/Thing.md");
    expect(doc).toContain("**value** | [**ThingValue**](ThingValue.md) |  | [optional] \n");
    expect(doc).toContain("**pet** | [**ThingPet**](ThingPet.md) |  | [optional] \n");
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(["docs/ThingValue.md", "docs/ThingPet.md"]));
  });

  it.each(["7.2.0", "7.5.0", "7.8.0", "7.9.0", "7.13.0"])("%s: the untyped member is dropped as a null type", async (version) => {
    const files = await generate("python", version);
    const doc = fileText(files, "docs/Thing.md");
    expect(doc).toContain("**value** | **str** |  | [optional] \n");
    expect(doc).toContain("**pet** | [**Pet**](Pet.md) |  | [optional] \n");
    expect(files.some((f) => f.path === "docs/ThingValue.md" || f.path === "docs/ThingPet.md")).toBe(false);
  });

  it("7.3.0 python client: the anyOf models take either member and round-trip; mypy --strict", async () => {
    const files = await generate("python", "7.3.0");
    const dir = path.join(specs.tmp, "py73");
    const script = [
      "from things.models.thing import Thing",
      "from things.models.thing_value import ThingValue",
      "from things.models.thing_pet import ThingPet",
      "from things.models.pet import Pet",
      "t = Thing.from_json('{\"value\": \"abc\", \"pet\": {\"name\": \"rex\"}}')",
      "assert t is not None and isinstance(t.value, ThingValue) and t.value.actual_instance == 'abc', t",
      "assert isinstance(t.pet, ThingPet) and isinstance(t.pet.actual_instance, Pet) and t.pet.actual_instance.name == 'rex', t",
      "u = Thing.from_json('{\"value\": 5, \"pet\": [1]}')",
      "assert u is not None and isinstance(u.value, ThingValue) and u.value.actual_instance == 5, u",
      "assert isinstance(u.pet, ThingPet) and u.pet.actual_instance == [1], u",
      "print('ok', t.to_json(), u.to_json())",
    ].join("\n");
    const r = await runWithPackage(dir, files, "use_things.py", script);
    expect(r.stdout).toContain('"value": "abc"');
    await expectMypyStrict(dir, ["things", "use_things.py"]);
  }, 300_000);

  it("7.3.0 typescript client: the hoisted models type-check strict and read a body", async () => {
    const files = await generate("typescript", "7.3.0");
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(["models/ThingValue.ts", "models/ThingPet.ts"]));
    const dir = tempDir("ts-untyped-anyof31");
    const app = {
      path: "app.ts",
      contents: `import { ObjectSerializer } from "./models/ObjectSerializer";
import { Thing } from "./models/Thing";
export function read(): unknown[] {
    const thing: Thing = ObjectSerializer.deserialize({ value: "abc", pet: { name: "rex" } }, "Thing", "");
    return [thing.value, thing.pet];
}
`,
    };
    const { read } = typeCheckAndLoadApp<{ read(): unknown[] }>(dir, [...files, app]);
    const [value, pet] = read();
    expect(value).toBe("abc");
    expect(pet).toMatchObject({ name: "rex" });
  }, 120_000);
});
