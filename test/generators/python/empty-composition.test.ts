// A oneOf/anyOf whose members are all null types to OpenAPI Generator: `anyOf: [{}, {type: null}]`,
// what pydantic writes for `Optional[Any]` (FastAPI). OpenAPINormalizer's SIMPLIFY_ONEOF_ANYOF removes
// both (isNullTypeSchema: an untyped member without `$ref` or description is a null type too) and
// keeps the composed schema with an empty list; DefaultCodegen.getSchemaType names it toAnyOfName of
// no names, `anyOf<>`, which python's toModelName makes `AnyOf`. The docs type and link that model (no
// file is written for it) and keep the property's description (OAG 7.14.0's docs of lllucius/chatter,
// JobResponse.result). The client reads the value as any value.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = (version: string) => `openapi: ${version}
info: { title: Jobs, version: "1" }
paths: {}
components:
  schemas:
    Job:
      type: object
      properties:
        result:
          anyOf: [{}, { type: "null" }]
          title: Result
          description: Job result if completed
        choice:
          oneOf: [{}, { type: "null" }]
          description: Either
        name:
          anyOf: [{ type: string }, { type: "null" }]
          description: A name
        described:
          anyOf: [{ description: kept }, { type: "null" }]
`;

const specs = specFiles("oaswright-emptycomp-", { "spec30.yaml": spec("3.0.3"), "spec31.yaml": spec("3.1.0") });

describe("python docs: a oneOf/anyOf of null types only", () => {
  for (const file of ["spec30.yaml", "spec31.yaml"]) {
    it(`is named AnyOf/OneOf with the property's description (${file})`, async () => {
      const { files } = await generateInMemory(specs.path(file), "python", { packageName: "jobs", oagVersion: "7.14.0" });
      const text = (p: string) => String(files.find((f) => f.path === p)?.contents);
      const doc = text("docs/Job.md");
      expect(doc).toContain("**result** | [**AnyOf**](AnyOf.md) | Job result if completed | [optional] \n");
      expect(doc).toContain("**choice** | [**OneOf**](OneOf.md) | Either | [optional] \n");
      // one member left: the normalizer stores the member, the outer description is gone (unchanged)
      expect(doc).toContain("**name** | **str** |  | [optional] \n");
      // 3.0: a member with a description is no null type (7.11.0+): the anyOf stands for it, as before.
      // 3.1: normalizeAnyOf stores each member normalized first (2111713117, 7.9.0+), and
      // NORMALIZE_31SPEC makes the untyped member a new empty Schema, description gone: a null type.
      if (file === "spec30.yaml") expect(doc).toContain("**described** | **object** | kept | [optional] \n");
      else expect(doc).toContain("**described** | [**AnyOf**](AnyOf.md) |  | [optional] \n");
      expect(files.some((f) => f.path === "docs/AnyOf.md")).toBe(false);
      // the client types the value as any value
      expect(text("jobs/models/job.py")).toMatch(/result: Annotated\[Optional\[Any\], /);
    });
  }
});
