// python-prior docs, an empty summary or model description (`""` in the spec): OAG renders its
// templates with JMustache as MustacheEngineAdapter builds it (Mustache.compiler(), no
// emptyStringIsFalse), so `{{#summary}}` (api_doc_example.mustache, README_common.mustache) and
// `{{#description}}` (model_doc.mustache) open for "" as for any string: the try block keeps its
// `# ` line and the model doc its (empty) description line. The python generator's views already
// do this (hasSummary/hasDescription); the typescript docs' counterpart is
// test/generators/typescript/empty-description-comments.test.ts (spacetraders, 7.6.0-SNAPSHOT).

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-pp-empty-summary-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /things:
    get:
      operationId: listThings
      summary: ""
      tags: [things]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
  /others:
    get:
      operationId: listOthers
      tags: [things]
      responses:
        "204": { description: none }
components:
  schemas:
    Thing:
      type: object
      description: ""
      properties:
        name: { type: string }
    Other:
      type: object
      properties:
        name: { type: string }
`,
});

async function files(oagVersion = "6.6.0"): Promise<Map<string, string>> {
  const input = specs.path("spec.yaml");
  return new Map((await generateFromArgs(["-i", input, "-g", "python-prior", `--additional-properties=packageName=pkg,oagVersion=${oagVersion}`])).texts);
}

describe("python-prior docs: empty summary and description", () => {
  it("keep their lines", async () => {
    const out = await files();
    const api = out.get("docs/ThingsApi.md")!;
    // Operations are listed by operationId: list_others, then list_things.
    const listOthers = api.slice(api.indexOf("# **list_others**"), api.indexOf("# **list_things**"));
    const listThings = api.slice(api.indexOf("# **list_things**"));
    expect(listThings).toContain("    try:\n        # \n        api_response = api_instance.list_things()\n");
    expect(listOthers).toContain("    try:\n        api_instance.list_others()\n");
    // model_doc.mustache: `# {{classname}}`, a blank line, `{{#description}}{{&description}}` and a
    // newline, `{{/description}}`, a blank line, `## Properties`: "" adds one empty line.
    expect(out.get("docs/Thing.md")).toMatch(/^# Thing\n\n\n\n## Properties\n/);
    expect(out.get("docs/Other.md")).toMatch(/^# Other\n\n\n## Properties\n/);
  });

  // Before 6.0.0 swagger-parser (2.0.26 and older) dropped a blank summary or description
  // (OpenAPIDeserializer: StringUtils.isNotBlank; parse-releases.ts blankTextAbsent): no line at
  // all, as ddhub-python-prior (OAG 5.4.0, `summary: ""`) shows.
  it("are absent before 6.0.0", async () => {
    const out = await files("5.4.0");
    const api = out.get("docs/ThingsApi.md")!;
    expect(api).toContain("    try:\n        api_response = api_instance.list_things()\n");
    expect(api).not.toContain("        # \n");
    expect(out.get("docs/Thing.md")).toMatch(/^# Thing\n\n\n## Properties\n/);
  });
});
