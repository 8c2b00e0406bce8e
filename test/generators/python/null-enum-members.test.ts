// An enum's null member in python's enum model docs (listed from 7.7.0, release row
// enumMembersListed). OAG's DefaultCodegen.buildEnumVars made a member of it from String.valueOf
// until 17e0b7ca71 (#19540, first in the 7.9.0 release 4145000dfe) skipped it: AbstractPythonCodegen
// names it with toEnumVariableName (`NULL`, `NUMBER_null`) and writes toEnumValue (`'null'`, `null`).

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = `openapi: 3.0.3
info: { title: Colours, version: "1" }
paths: {}
components:
  schemas:
    Colour:
      type: string
      nullable: true
      enum: [red, null]
    Level:
      type: integer
      nullable: true
      enum: [1, null]
`;

const specs = specFiles("oaswright-nullenum-", { "spec.yaml": spec });

async function doc(oagVersion: string, name: string): Promise<string> {
  const { files } = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "colours", oagVersion });
  return String(files.find((f) => f.path === `docs/${name}.md`)?.contents);
}

describe("python docs: an enum's null member", () => {
  it("is listed before 7.9.0", async () => {
    expect(await doc("7.8.0", "Colour")).toContain("* `RED` (value: `'red'`)\n\n* `NULL` (value: `'null'`)\n");
    expect(await doc("7.8.0", "Level")).toContain("* `NUMBER_1` (value: `1`)\n\n* `NUMBER_null` (value: `null`)\n");
  });
  it("is no member from 7.9.0", async () => {
    const colour = await doc("7.9.0", "Colour");
    expect(colour).toContain("* `RED` (value: `'red'`)\n");
    expect(colour).not.toContain("NULL");
    expect(await doc("7.9.0", "Level")).not.toContain("NUMBER_null");
  });
});
