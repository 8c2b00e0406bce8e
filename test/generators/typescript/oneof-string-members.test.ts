// The typescript client of a oneOf/anyOf whose members are strings told apart only by pattern,
// length, enum or format (the python test's components, test/generators/python/oneof-string-members.test.ts,
// with length and enum members in the body): the string members are type aliases (`export type Id = string`) with nothing to choose at run time,
// so a value is read and written back as it came. The one choice is a oneOf of a date (string)
// and a date-time (Date): runtime/serializer.ts's matchScore took a bare date for the date-time
// member (written back as `2020-01-02T00:00:00.000Z`); the text's shape decides now. Strict
// type-check, then a read and a write through ObjectSerializer.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";
import { tempDir, typeCheckAndLoadApp } from "./client-support.js";

const spec = `openapi: 3.0.3
info: { title: Ids, version: "1" }
paths:
  /ids/{id}:
    post:
      operationId: echoId
      parameters:
        - { name: id, in: path, required: true, schema: { $ref: "#/components/schemas/Id" } }
      requestBody:
        content: { application/json: { schema: { $ref: "#/components/schemas/Holder" } } }
      responses:
        "200":
          description: ok
          content: { application/json: { schema: { $ref: "#/components/schemas/Holder" } } }
components:
  schemas:
    Id:
      oneOf:
        - { type: string, pattern: '^u-[0-9]+$' }
        - { type: string, pattern: '^g-[0-9]+$' }
    Sized:
      oneOf:
        - { type: string, minLength: 1, maxLength: 3 }
        - { type: string, minLength: 4 }
    Colour:
      oneOf:
        - { type: string, enum: [red, green] }
        - { type: string, enum: [blue] }
    Stamp:
      oneOf:
        - { type: string, format: date }
        - { type: string, format: date-time }
    Holder:
      type: object
      properties:
        id: { $ref: "#/components/schemas/Id" }
        inline:
          oneOf:
            - { type: string, pattern: '^u-[0-9]+$' }
            - { type: string, pattern: '^g-[0-9]+$' }
        sized: { $ref: "#/components/schemas/Sized" }
        colour: { $ref: "#/components/schemas/Colour" }
        stamp: { $ref: "#/components/schemas/Stamp" }
`;

const specs = specFiles("oaswright-ts-oneof-strings-", { "spec.yaml": spec });

describe("typescript: oneOf of string members told apart by their constraints", () => {
  it("the client type-checks strict; a body is read and written back unchanged", async () => {
    const { files, text } = await generateInMemory(specs.path("spec.yaml"), "typescript", {});
    expect(text("models/Id.ts")).toContain("export type Id = string;\n");
    const dir = tempDir("ts-oneof-strings");
    const app = {
      path: "app.ts",
      contents: `import { ObjectSerializer } from "./models/ObjectSerializer";
import { Holder } from "./models/Holder";
export function roundTrip(data: unknown): unknown {
    const holder: Holder = ObjectSerializer.deserialize(data, "Holder", "");
    return ObjectSerializer.serialize(holder, "Holder", "");
}
`,
    };
    const { roundTrip } = typeCheckAndLoadApp<{ roundTrip(d: unknown): unknown }>(dir, [...files, app]);
    const data = { id: "u-1", inline: "g-2", sized: "abcd", colour: "blue", stamp: "2020-01-02T03:04:05.000Z" };
    expect(roundTrip(data)).toEqual(data);
    expect(roundTrip({ ...data, stamp: "2020-01-02" })).toEqual({ ...data, stamp: "2020-01-02" });
  }, 120_000);
});
