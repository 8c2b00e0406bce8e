// An object whose oneOf/anyOf only says which of its properties go together (`oneOf: [{required:
// [a]}, {required: [b]}]`). Each member has no type, `$ref` or description, so OAG's normalizer
// (7.0.0 on, SIMPLIFY_ONEOF_ANYOF: processSimplifyOneOf / processSimplifyAnyOf ->
// ModelUtils.simplyOneOfAnyOfWithOnlyOneNonNullSubSchema, isNullTypeSchema at b3935922cd) removes them
// all and leaves the list empty. The object keeps its properties (it is still a model), but
// ModelUtils.isComposedSchema (`getOneOf() != null`) holds, and TypeScriptClientCodegen.
// toExampleValueRecursive's composed branch finds no first member: the property's name and nothing
// else. Seen in oapicf/openapi-openai c8069003 (OAG 7.18.0, clients/typescript/generated/docs/
// AssistantsApi.md: `fileSearch: ,` for CreateAssistantRequest.tool_resources.file_search). A member
// with a description is no null type from 7.11.0 (760d5e8168): the IR drops that list as before and
// the object prints with its properties.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { parseSpec, DEFAULT_PARSE_OPTIONS } from "../../../src/parse/index.js";

const SPEC = `openapi: 3.0.3
info: { title: Tools, version: "1" }
paths:
  /tools:
    post:
      operationId: createTool
      tags: [tools]
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/CreateTool" }
      responses:
        "204": { description: done }
components:
  schemas:
    CreateTool:
      type: object
      properties:
        name: { type: string }
        search:
          type: object
          properties:
            store_ids: { type: array, items: { type: string } }
            stores: { type: array, items: { type: string } }
          oneOf:
            - required: [store_ids]
            - required: [stores]
        pick:
          $ref: "#/components/schemas/Pick"
        described:
          type: object
          properties:
            a: { type: string }
            b: { type: string }
          anyOf:
            - required: [a]
              description: with a
            - required: [b]
    Pick:
      type: object
      properties:
        first: { type: string }
        second: { type: string }
      anyOf:
        - required: [first]
        - required: [second]
`;

const fixture = specWithEcho("oaswright-emptied-narrowing-", SPEC);

describe("an object whose oneOf/anyOf holds only null-type narrowing members", () => {
  it("typescript 7.18.0 prints the property's name alone, where the normalizer empties the list", async () => {
    const { text } = await generateInMemory(fixture.spec, "typescript", { oagVersion: "7.18.0" }, { validate: "warning" });
    const doc = text("docs/ToolsApi.md");
    expect(doc).toContain("    search: ,\n");
    expect(doc).toContain("    pick: ,\n");
    // a described member is no null type (7.11.0 on): the list stays (dropped by the IR), the object prints
    expect(doc).toContain("    described: {\n      a: \"a_example\",\n      b: \"b_example\",\n    },\n");
  });

  it("python 7.18.0 docs keep the model and its properties (only typescript's example writer reads the mark)", async () => {
    const { text } = await generateInMemory(fixture.spec, "python", { oagVersion: "7.18.0" }, { validate: "warning" });
    const doc = text("docs/Pick.md");
    expect(doc).toContain("**first** | **str** |  | [optional] ");
    expect(doc).toContain("**second** | **str** |  | [optional] ");
  });

  it("the IR keeps the object and its properties, marked emptiedComposition only from 7.0.0", async () => {
    for (const [version, expected] of [["7.18.0", "oneOf"], ["6.6.0", undefined]] as const) {
      const { model } = await parseSpec(fixture.spec, { ...DEFAULT_PARSE_OPTIONS, inline: { ...DEFAULT_PARSE_OPTIONS.inline, oagVersion: version } });
      const tool = model!.schemas.find((s) => s.name === "CreateTool")!.schema;
      if (tool.kind !== "object") throw new Error(tool.kind);
      const search = tool.properties.find((p) => p.name === "search")!.schema;
      const target = search.kind === "ref" ? model!.schemas.find((s) => s.name === search.target)!.schema : search;
      expect(target.kind).toBe("object");
      expect(target.kind === "object" ? target.properties.map((p) => p.name) : []).toEqual(["store_ids", "stores"]);
      expect(target.kind === "object" ? target.emptiedComposition : "none").toBe(expected);
    }
  });
});
