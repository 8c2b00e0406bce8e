// NORMALIZE_31SPEC (OpenAPINormalizer.processNormalize31Spec) replaces a 3.1 `type: array` schema
// by a new 3.0-style ArraySchema holding a list of the original's keywords. The title was not
// among them until #22592 (fixing #22591, opened 2025-12-30 against 7.18.0; release inferred as
// 7.19.0), so the inline model resolver named inline items after the property
// (`<Model>_<prop>_inner`) in 3.1 and after the array's title (`<title>_inner`) in 3.0 and in 3.1
// from then on. FastAPI's ValidationError.loc (`{title: Location, type: array, items: {anyOf:
// [string, integer]}}`): ValidationErrorLocInner in NASA-ACROSS 7.14.0-SNAPSHOT,
// LocationInner in Nickbohm555/agent-search 7.21.0-SNAPSHOT.

import { describe, expect, it } from "vitest";
import { specFiles } from "../support/spec-files.js";
import { generateInMemory } from "../support/generate.js";

const spec = (version: string) => `openapi: ${version}
info: { title: Errors, version: "1" }
paths: {}
components:
  schemas:
    ValidationError:
      type: object
      required: [loc]
      properties:
        loc:
          title: Location
          type: array
          items:
            anyOf:
              - type: string
              - type: integer
`;

const specs = specFiles("oaswright-array-title31-", { "spec30.yaml": spec("3.0.3"), "spec31.yaml": spec("3.1.0") });

async function paths(file: string, generator: "python" | "typescript", oagVersion: string): Promise<string[]> {
  const { files } = await generateInMemory(specs.path(file), generator, { packageName: "errors", oagVersion });
  return files.map((f) => f.path).filter((p) => /LocInner|LocationInner/.test(p));
}

describe("NORMALIZE_31SPEC: a 3.1 array's title", () => {
  it("names its inline items from 7.19.0 (python and typescript)", async () => {
    expect(await paths("spec31.yaml", "python", "7.19.0")).toContain("docs/LocationInner.md");
    expect(await paths("spec31.yaml", "python", "7.21.0")).not.toContain("docs/ValidationErrorLocInner.md");
    expect(await paths("spec31.yaml", "typescript", "7.19.0")).toContain("models/LocationInner.ts");
  });

  it("is lost before 7.19.0; 3.0 keeps it in every release", async () => {
    expect(await paths("spec31.yaml", "python", "7.18.0")).toContain("docs/ValidationErrorLocInner.md");
    expect(await paths("spec31.yaml", "typescript", "7.14.0")).toContain("models/ValidationErrorLocInner.ts");
    expect(await paths("spec30.yaml", "python", "7.14.0")).toContain("docs/LocationInner.md");
  });
});
