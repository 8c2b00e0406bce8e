// A 3.1 schema with an `enum` and no `type`: swagger-parser types it by its first value (as in 3.0),
// so OpenAPINormalizer's NORMALIZE_31SPEC does not empty it into an any-type schema. OAG 7.13.0's
// docs for this spec (and for oas-examples 3.1 schema-types.json BooleanSchemaSupportRequest.md):
// `bool`, `str`, `float`, each with its description; a schema with only a description stays `object`
// and loses it.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const SPEC = `openapi: 3.1.0
info: { title: T, version: "1" }
paths: {}
components:
  schemas:
    Thing:
      type: object
      properties:
        flag:
          description: boolean enum
          enum: [true, false]
        word:
          description: string enum
          enum: [a, b]
        num:
          description: number enum
          enum: [1.5, 2]
        empty:
          description: nothing
`;

const specs = specFiles("oaswright-untyped-enum-31-", { "spec.yaml": SPEC });

describe("python docs: an untyped 3.1 enum", () => {
  it("is typed by its values and keeps its description (7.13.0)", async () => {
    const { files } = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "ue", oagVersion: "7.13.0" });
    const rows = String(files.find((f) => f.path === "docs/Thing.md")?.contents)
      .split("\n")
      .filter((l) => l.startsWith("**"));
    expect(rows).toEqual([
      "**flag** | **bool** | boolean enum | [optional] ",
      "**word** | **str** | string enum | [optional] ",
      "**num** | **float** | number enum | [optional] ",
      "**empty** | **object** |  | [optional] ",
    ]);
  });
});
