// The typescript API doc example's parameter comments, for a description that is the empty string
// (`description: ""` in the spec, kept as "" by fromParameter/fromRequestBody's escapeText). OAG
// renders api_doc.mustache with JMustache as MustacheEngineAdapter builds it (Mustache.compiler()
// without emptyStringIsFalse), so "" opens {{#description}} like any string:
// - before 1b247e75a9 (7.9.0): `// {{{dataType}}}{{#description}} | {{{description}}}{{/description}}...`
//   prints `// RegisterRequest |  (optional)` (spacetraders, 7.6.0-SNAPSHOT);
// - from 7.9.0: `{{#description}}  // {{{description}}}{{^required}} (optional){{/required}}{{/description}}`
//   prints `    //  (optional)`; an absent description prints neither.

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-ts-empty-description-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /agents/{symbol}:
    post:
      operationId: registerAgent
      tags: [agents]
      parameters:
        - { name: symbol, in: path, required: true, description: "", schema: { type: string } }
        - { name: faction, in: query, schema: { type: string } }
      requestBody:
        description: ""
        content:
          application/json:
            schema: { type: object, properties: { name: { type: string } } }
      responses:
        "204": { description: done }
`,
});

async function apiDoc(oagVersion: string): Promise<string> {
  const { texts } = await generateFromArgs(["-i", specs.path("spec.yaml"), "-g", "typescript", `--additional-properties=oagVersion=${oagVersion}`]);
  return [...texts].find(([path]) => path.endsWith("AgentsApi.md"))![1];
}

describe("typescript API doc example: empty descriptions", () => {
  it("keeps the ` | ` of an empty description before 7.9.0", async () => {
    const doc = await apiDoc("7.6.0");
    expect(doc).toContain("  // string | \n  symbol: \"symbol_example\",\n");
    expect(doc).toContain("  // RegisterAgentRequest |  (optional)\n  registerAgentRequest: {\n");
    expect(doc).toContain("  // string (optional)\n  faction: \"faction_example\",\n");
  });

  it("keeps the `// ` of an empty description from 7.9.0", async () => {
    const doc = await apiDoc("7.14.0");
    expect(doc).toContain("    // \n  symbol: \"symbol_example\",\n");
    expect(doc).toContain("    //  (optional)\n  registerAgentRequest: {\n");
    expect(doc).toContain("  \n  faction: \"faction_example\",\n");
  });
});
