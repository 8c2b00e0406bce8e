// TypeScript API doc examples of untyped compositions in request bodies. OAG's
// toExampleValueRecursive prints `name: null` for an untyped composition (ModelUtils.isAnyType);
// InlineModelResolver first replaces a property's allOf of one non-object type by that type
// (8330e16d66, 6.0.0) and from 7.13.0 (35ba0414fb) drops description-only members first, so
// `allOf: [{type: file}, {description}]` prints the bare `null` of an unknown type. Expected texts
// are what OAG 7.13.0, built from source, wrote for this spec.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /a:
    patch:
      operationId: doA
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                config:
                  oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }]
                f1:
                  allOf: [{ type: file }, { description: d }]
                f2:
                  allOf: [{ type: string }, { description: d }]
                f3:
                  allOf: [{ type: string }]
      responses:
        "200": { description: ok }
components:
  schemas:
    A: { type: object, properties: { a: { type: string } } }
    B: { type: object, properties: { b: { type: string } } }
`;

const specs = specFiles("oaswright-tsallof-", { "spec.yaml": spec });

async function example(oagVersion: string): Promise<string> {
  const { files } = await generateInMemory(specs.path("spec.yaml"), "typescript", { npmName: "ex", oagVersion });
  const doc = String(files.find((f) => f.path.endsWith("DefaultApi.md"))?.contents);
  const start = doc.indexOf("```typescript");
  return doc.slice(start, doc.indexOf("```\n", start + 3));
}

describe("typescript examples of untyped compositions in properties", () => {
  it("7.13.0: a oneOf keeps its key; allOf reduced to one type prints that type", async () => {
    const text = await example("7.13.0");
    expect(text).toContain("\n    config: null,\n");
    expect(text).toContain("\nnull,\n    f2:");
    expect(text).toContain('\n    f2: "f2_example",\n');
    expect(text).toContain('\n    f3: "f3_example",\n');
  });

  it("7.12.0: the description-only member stays, so a two-member allOf is any type", async () => {
    const text = await example("7.12.0");
    expect(text).toContain("\n    f1: null,\n");
    expect(text).toContain("\n    f2: null,\n");
    expect(text).toContain('\n    f3: "f3_example",\n');
  });

  it("5.3.0: before 6.0.0 a one-member allOf is an untyped composition too", async () => {
    const text = await example("5.3.0");
    expect(text).toContain("\n    f3: null,\n");
  });
});
