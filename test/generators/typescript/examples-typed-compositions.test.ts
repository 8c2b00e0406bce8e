// TypeScript API doc examples of a composition with a primitive `type` beside it. OAG's
// toExampleValueRecursive asks isStringSchema/isBooleanSchema (which read `type`) before
// isComposedSchema, and exampleFromStringOrArraySchema names a `type: string` one `<name>_example`
// (every release with API docs). Expected texts are what OAG 7.13.0, built from source, wrote.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /a:
    post:
      operationId: doA
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                event:
                  type: string
                  anyOf: [{ title: a, type: string }, { title: b, type: string }]
                other:
                  type: string
                  oneOf: [{ description: one }, { description: two }]
                flag:
                  type: boolean
                  oneOf: [{ description: a }, { description: b }]
      responses:
        "204": { description: ok }
`;

const specs = specFiles("oaswright-tstyped-", { "spec.yaml": spec });

describe("typescript examples of compositions with a primitive type", () => {
  it("print as that type (OAG 7.13.0)", async () => {
    const { files } = await generateInMemory(specs.path("spec.yaml"), "typescript", { npmName: "ex", oagVersion: "7.13.0" });
    const doc = String(files.find((f) => f.path.endsWith("DefaultApi.md"))?.contents);
    expect(doc).toContain('  doARequest: {\n    event: "event_example",\n    other: "other_example",\n    flag: true,\n  },\n');
  });
});
