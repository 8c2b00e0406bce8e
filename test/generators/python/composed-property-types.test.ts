// The python docs' type of an inline composition no resolver made a model (OAG 7.13.0's lines for
// this spec; oas-examples polymorphism.yaml OneOfWithTypePostRequest.md and schema-types.json
// QuirksIncompatibleNestedAllOfRequest.md):
// - a oneOf beside `type: string` is dropped by OpenAPINormalizer.processSimplifyOneOf from 7.9.0
//   (ad6c2dd2b7, #19781): `str`; before, the composition stays;
// - an allOf of a string and an integer: DefaultCodegen.toAllOfName takes the first member's type, `str`.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const SPEC = `openapi: 3.0.3
info: { title: T, version: "1" }
paths: {}
components:
  schemas:
    Thing:
      type: object
      properties:
        event:
          type: string
          oneOf:
            - description: oneof one
            - description: oneof two
        incompatible:
          description: allOf of string and integer
          allOf:
            - type: string
            - type: integer
`;

const specs = specFiles("oaswright-composed-types-", { "spec.yaml": SPEC });

async function rows(oagVersion: string): Promise<string[]> {
  const { files } = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "ct", oagVersion });
  return String(files.find((f) => f.path === "docs/Thing.md")?.contents)
    .split("\n")
    .filter((l) => l.startsWith("**"));
}

describe("python docs: the type of an inline composition", () => {
  it("7.13.0: a oneOf beside type string is str; an allOf of string and integer is str", async () => {
    expect(await rows("7.13.0")).toEqual(["**event** | **str** |  | [optional] ", "**incompatible** | **str** | allOf of string and integer | [optional] "]);
  });

  // Before the row the oneOf stays: typed as ours did before (not checked against OAG 7.8 here).
  it("7.8.0: the oneOf beside type string stays a composition, not str", async () => {
    expect((await rows("7.8.0"))[0]).toBe("**event** | [**OneOf**](OneOf.md) |  | [optional] ");
  });
});
