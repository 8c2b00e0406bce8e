// The api doc example imports the models of the parameter types (AbstractPythonCodegen's
// PydanticType adds an example import in modelType / CodegenParameter's non-primitive branch). A
// path/query/header/cookie parameter whose own schema has neither `$ref` nor type is
// ModelUtils.isAnyType (setTypeProperties sets isAnyType), so PydanticType.fromCommon types it `Any`
// and imports nothing: `{allOf: [{$ref: EventType}], nullable: true}` (a Rust utoipa `Option<Enum>`
// query parameter: oluwaseyi1996-netizen/SorobanPulse 483a2b5, 7.21.0), and a 3.1 `$ref` with
// siblings, which the normalizer wraps in an allOf from 7.18.0 (#22364).

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = (version: string) => `openapi: ${version}
info: { title: Events, version: "1" }
paths:
  /events:
    get:
      operationId: getEvents
      parameters:
        - name: wrapped
          in: query
          schema: { allOf: [{ $ref: "#/components/schemas/EventType" }], nullable: true }
        - name: described
          in: query
          schema: { $ref: "#/components/schemas/Level", description: The level }
        - name: plain
          in: query
          schema: { $ref: "#/components/schemas/Kind" }
      responses:
        "204": { description: none }
components:
  schemas:
    EventType: { type: string, enum: [contract, system] }
    Level: { type: string, enum: [low, high] }
    Kind: { type: string, enum: [a, b] }
`;

const specs = specFiles("oaswright-untyped-param-import-", { "spec30.yaml": spec("3.0.3"), "spec31.yaml": spec("3.1.0") });

async function imports(file: string, oagVersion: string): Promise<string[]> {
  const { files } = await generateInMemory(specs.path(file), "python", { packageName: "events", oagVersion });
  const doc = String(files.find((f) => f.path === "docs/DefaultApi.md")?.contents);
  return doc.split("\n").filter((l) => l.startsWith("from events.models."));
}

describe("python api docs: example imports of untyped parameter schemas", () => {
  it("an allOf wrapper imports nothing; a $ref imports its model", async () => {
    const lines = await imports("spec30.yaml", "7.21.0");
    expect(lines).not.toContain("from events.models.event_type import EventType");
    expect(lines).toContain("from events.models.kind import Kind");
    // 3.0 drops a $ref's siblings: a plain reference
    expect(lines).toContain("from events.models.level import Level");
  });

  it("a 3.1 $ref with siblings imports nothing from 7.18.0", async () => {
    expect(await imports("spec31.yaml", "7.18.0")).not.toContain("from events.models.level import Level");
    expect(await imports("spec31.yaml", "7.17.0")).toContain("from events.models.level import Level");
  });
});
