// OpenAPINormalizer.normalizeSchema's map branch stores the normalized value schema back from
// #23967 (first in OpenAPI Generator 7.24.0; deadlock-api's published 7.24.0 docs): a map value
// `oneOf: [{type: null}, {inline object}]` is simplified to the object, which the
// InlineModelResolver names `<Model>_value`. Before, the simplification was discarded: the value
// stayed a oneOf (`<Model>_value`) whose member became `<Model>_value_oneOf`.

import { describe, expect, it } from "vitest";
import { specFiles } from "../support/spec-files.js";
import { generateInMemory } from "../support/generate.js";

const spec = `openapi: 3.1.0
info: { title: Maps, version: "1" }
paths: {}
components:
  schemas:
    Buckets:
      type: object
      additionalProperties:
        oneOf:
          - type: "null"
          - type: object
            properties:
              bucket: { type: [string, "null"] }
    Hero:
      type: object
      properties:
        buckets:
          oneOf:
            - type: "null"
            - $ref: "#/components/schemas/Buckets"
`;

const specs = specFiles("oaswright-mapvalue-", { "spec.yaml": spec });

async function files(oagVersion: string) {
  const { texts } = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "maps", oagVersion });
  return [...texts].map(([path, text]) => ({ path, text }));
}

describe("a map's `oneOf: [null, X]` value (python docs)", () => {
  it("7.24.0: the value is X, named BucketsValue", async () => {
    const out = await files("7.24.0");
    expect(out.map((f) => f.path)).toContain("docs/BucketsValue.md");
    expect(out.map((f) => f.path)).not.toContain("docs/BucketsValueOneOf.md");
    expect(out.find((f) => f.path === "docs/BucketsValue.md")?.text).toContain("**bucket** | **str** |  | [optional] ");
  });

  it("7.23.0: the value stays a oneOf, its member named BucketsValueOneOf", async () => {
    const out = await files("7.23.0");
    expect(out.map((f) => f.path)).toContain("docs/BucketsValueOneOf.md");
  });
});
