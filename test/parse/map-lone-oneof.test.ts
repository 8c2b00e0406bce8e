// A map schema (`additionalProperties` a schema) beside a oneOf: 7.14's
// OpenAPINormalizer.normalizeSchema takes the map branch first, so the oneOf is never simplified and
// the InlineModelResolver hoists the property (isModelNeeded is true for any composed schema). By
// 7.23 the schema is normalized as a oneOf: a lone member replaces it (SIMPLIFY_ONEOF_ANYOF), several
// members stay a oneOf model. Read from monad's published 7.23.0 python docs (fixtures/conformance/
// monad-python: RoutesTransformOperation.secrets is `Dict[str, object]`, its RawConfig member being
// a free-form map); the PR and first release were not found, so 7.23.0 is the switch.

import { describe, expect, it } from "vitest";
import { specFiles } from "../support/spec-files.js";
import { generateInMemory } from "../support/generate.js";

const spec = `openapi: 3.1.0
info: { title: Maps, version: "1" }
paths: {}
components:
  schemas:
    RawConfig:
      type: object
      additionalProperties: {}
    Tagged:
      type: object
      properties:
        tag: { type: string }
    Operation:
      type: object
      properties:
        secrets:
          type: object
          additionalProperties: {}
          oneOf:
            - $ref: "#/components/schemas/RawConfig"
        arguments:
          type: object
          additionalProperties: {}
          oneOf:
            - $ref: "#/components/schemas/RawConfig"
            - $ref: "#/components/schemas/Tagged"
`;

const specs = specFiles("oaswright-map-lone-oneof-", { "spec.yaml": spec });

async function docs(oagVersion: string) {
  const { texts } = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "maps", oagVersion });
  return { paths: [...texts.keys()], text: (path: string) => texts.get(path) ?? "" };
}

describe("a map beside a oneOf (python docs)", () => {
  it("7.23.0: a lone member replaces the map, several stay a oneOf model", async () => {
    const out = await docs("7.23.0");
    expect(out.text("docs/Operation.md")).toContain("**secrets** | **Dict[str, object]** |  | [optional] ");
    expect(out.paths).not.toContain("docs/OperationSecrets.md");
    expect(out.text("docs/Operation.md")).toContain("**arguments** | [**OperationArguments**](OperationArguments.md) |  | [optional] ");
  });

  it("7.22.0: the map keeps its oneOf, hoisted as OperationSecrets", async () => {
    const out = await docs("7.22.0");
    expect(out.text("docs/Operation.md")).toContain("**secrets** | [**OperationSecrets**](OperationSecrets.md) |  | [optional] ");
    expect(out.paths).toContain("docs/OperationSecrets.md");
  });
});
