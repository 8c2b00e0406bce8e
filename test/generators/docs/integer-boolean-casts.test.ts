// 3.0 integer and boolean schemas: swagger-parser's getSchema makes them swagger-core IntegerSchema
// and BooleanSchema objects, whose cast runs on every enum member (Schema.addEnumItemObject) and on
// the example (setExample). IntegerSchema.cast parses `value.toString()` as an int or long, so a
// member written `2.0` (a Double to Jackson), `true` or `"x"` is a null member and `"3"` is 3;
// BooleanSchema.cast is Boolean.parseBoolean, so `"TRUE"` is true and `"yes"` or `1` false. The docs
// print those values (a null member as each generator prints a written one); the clients keep the
// JSON values (src/parse/schema.ts cast30). 3.1 schemas are not cast.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { parseSpec } from "../../../src/parse/index.js";
import { specFiles } from "../../support/spec-files.js";
import { fileText } from "../../support/generated-file.js";

const spec = (openapi: string) => `openapi: ${openapi}
info: { title: Casts, version: "1" }
paths:
  /level:
    get:
      operationId: getLevel
      tags: [level]
      parameters:
        - { name: lvl, in: query, schema: { $ref: "#/components/schemas/Level" } }
        - { name: odd, in: query, schema: { $ref: "#/components/schemas/Odd" } }
        - { name: flag, in: query, schema: { $ref: "#/components/schemas/Flag" } }
        - { name: agreed, in: query, schema: { type: boolean, example: "yes" } }
        - { name: five, in: query, schema: { type: integer, example: "5" } }
      responses:
        "204": { description: ok }
components:
  schemas:
    Level: { type: integer, enum: [1, 2.0, "3", true, 4] }
    Odd: { type: integer, enum: [2.0, 5] }
    Flag: { type: boolean, enum: ["false", "TRUE", 1] }
`;

const specs = specFiles("oaswright-casts-", { "spec30.yaml": spec("3.0.3"), "spec31.yaml": spec("3.1.0") });

async function generate(input: string, generator: string, oagVersion: string) {
  return (await generateInMemory(specs.path(input), generator, { oagVersion })).files;
}

describe("3.0 integer and boolean schemas: swagger-core's cast of enum members and examples", () => {
  it("the IR keeps the JSON values; the docs' enum and example are cast", async () => {
    const { model } = await parseSpec(specs.path("spec30.yaml"));
    const named = (n: string) => model.schemas.find((s) => s.name === n)!.schema;
    expect(named("Level").enum).toEqual([1, 2, "3", true, 4]);
    expect(named("Level").oagEnum).toEqual([1, null, 3, null, 4]);
    expect(named("Odd").oagEnum).toEqual([null, 5]);
    expect(named("Flag").oagEnum).toEqual([false, true, false]);
    const params = new Map(model.operations[0]!.parameters.map((p) => [p.name, p.schema]));
    expect(params.get("agreed")!.example).toMatchObject({ value: "yes", yaml11: false });
    expect(params.get("five")!.example).toMatchObject({ value: "5", yaml11: 5 });
  });

  it("python: the enum models' members (from 7.9.0 DefaultCodegen.buildEnumVars skips a null one, 17e0b7ca71)", async () => {
    const py = await generate("spec30.yaml", "python", "7.10.0");
    const members = (doc: string) => fileText(py, `docs/${doc}.md`).split("\n").filter((l) => l.startsWith("* `"));
    expect(members("Level")).toEqual(["* `NUMBER_1` (value: `1`)", "* `NUMBER_3` (value: `3`)", "* `NUMBER_4` (value: `4`)"]);
    expect(members("Odd")).toEqual(["* `NUMBER_5` (value: `5`)"]);
    expect(members("Flag")).toEqual(["* `NUMBER_false` (value: `false`)", "* `NUMBER_true` (value: `true`)", "* `NUMBER_false` (value: `false`)"]);
    expect(fileText(py, "docs/LevelApi.md")).toContain("    agreed = false # bool |  (optional)\n");
  });

  it("python-prior: \"must be one of\" and the examples (a null first member is no example)", async () => {
    const prior = await generate("spec30.yaml", "python-prior", "6.4.0");
    expect(fileText(prior, "docs/Level.md")).toContain("must be one of [1, null, 3, null, 4, ]");
    expect(fileText(prior, "docs/Odd.md")).toContain("must be one of [null, 5, ]");
    expect(fileText(prior, "docs/Flag.md")).toContain("must be one of [False, True, False, ]");
    const api = fileText(prior, "docs/LevelApi.md");
    expect(api).toContain("    odd = Odd(1) # Odd |  (optional)\n");
    expect(api).toContain("    agreed = False # bool |  (optional)\n");
  });

  it("typescript: the example takes the cast first member and example", async () => {
    const api = fileText(await generate("spec30.yaml", "typescript", "7.10.0"), "LevelApi.md");
    expect(api).toContain("  odd: 1,\n");
    expect(api).toContain("  agreed: false,\n");
    expect(api).toContain("  five: 5,\n");
  });

  it("3.1 casts nothing (JsonSchema keeps Jackson's Double `2.0`)", async () => {
    const { model } = await parseSpec(specs.path("spec31.yaml"));
    expect(model.schemas.find((s) => s.name === "Odd")!.schema.oagEnum).toEqual(["2.0", 5]);
    const api = fileText(await generate("spec31.yaml", "typescript", "7.10.0"), "LevelApi.md");
    expect(api).toContain("  odd: 2.0,\n");
    expect(api).toContain("  agreed: true,\n");
  });
});
