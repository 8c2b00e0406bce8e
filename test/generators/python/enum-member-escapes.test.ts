// An enum model's member is named from its value as AbstractPythonCodegen.toEnumValue writes it
// (postProcessModelsMap: `toEnumVariableName((String) enumVars.get("value"), "str")`): escapeText's
// `\` -> `\\` and `"` -> `\"` in every release, and from 7.10.0 `'` -> `\'` (6bd3d53eee, #19529,
// release row `singleQuotesEscaped`). So OAG 7.13.0 (run here on this spec) names `it's loud`
// `IT_BACK_SLASH_QUOTE_S_LOUD` and `say "hi"` `SAY_BACK_SLASH_DOUBLE_QUOTE_HI_BACK_SLASH_DOUBLE_QUOTE`.
// The client's members have the docs' names and the spec's values.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { runWithPackage } from "../../support/python-package.js";

const SPEC = `openapi: 3.0.3
info: { title: Moods, version: "1" }
paths:
  /mood:
    post:
      operationId: postMood
      tags: [moods]
      parameters:
        - { in: query, name: mood, required: true, schema: { $ref: "#/components/schemas/Mood" } }
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Holder" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/Echo" } } }
components:
  schemas:
    Mood: { type: string, enum: ["it's loud", 'say "hi"', 'back\\slash', calm] }
    Holder:
      type: object
      properties:
        mood: { $ref: "#/components/schemas/Mood" }
    Echo:
      type: object
      properties:
        json: { $ref: "#/components/schemas/Holder" }
        query: { type: string }
`;

const fixture = specWithEcho("oaswright-enum-escapes-", SPEC);

async function generate(oagVersion: string) {
  const additionalProperties = { packageName: "mood_client", oagVersion };
  const { files } = await generateInMemory(fixture.spec, "python", additionalProperties, { validate: "warning" });
  return { files, doc: String(files.find((f) => f.path === "docs/Mood.md")!.contents) };
}

describe("python: enum members named from the escaped value", () => {
  it("7.10.0 and later: from `\\'`, `\\\"` and `\\\\`", async () => {
    for (const v of ["7.10.0", "7.13.0"]) {
      const { doc } = await generate(v);
      expect(doc, v).toContain("* `IT_BACK_SLASH_QUOTE_S_LOUD` (value: `'it\\'s loud'`)\n");
      expect(doc, v).toContain("* `SAY_BACK_SLASH_DOUBLE_QUOTE_HI_BACK_SLASH_DOUBLE_QUOTE` (value: `'say \\\"hi\\\"'`)\n");
      expect(doc, v).toContain("* `BACK_BACK_SLASH_BACK_SLASH_SLASH` (value: `'back\\\\slash'`)\n");
      expect(doc, v).toContain("* `CALM` (value: `'calm'`)\n");
    }
  });

  it("7.9.0: the `'` as written", async () => {
    const { doc } = await generate("7.9.0");
    expect(doc).toContain("* `IT_QUOTE_S_LOUD` (value: `'it's loud'`)\n");
    expect(doc).toContain("* `SAY_BACK_SLASH_DOUBLE_QUOTE_HI_BACK_SLASH_DOUBLE_QUOTE` (value: `'say \\\"hi\\\"'`)\n");
  });

  it("the client's members have those names and send and read the spec's values", async () => {
    const { files } = await generate("7.13.0");
    const dir = path.join(fixture.tmp, "py");
    const script = [
      "import os",
      "from mood_client import ApiClient, Configuration, MoodsApi, Mood, Holder",
      "api = MoodsApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
      "assert Mood.IT_BACK_SLASH_QUOTE_S_LOUD.value == \"it's loud\"",
      "assert Mood.SAY_BACK_SLASH_DOUBLE_QUOTE_HI_BACK_SLASH_DOUBLE_QUOTE.value == 'say \"hi\"'",
      "assert Mood.BACK_BACK_SLASH_BACK_SLASH_SLASH.value == 'back\\\\slash'",
      "seen = api.post_mood(mood=Mood.IT_BACK_SLASH_QUOTE_S_LOUD, holder=Holder(mood=Mood.SAY_BACK_SLASH_DOUBLE_QUOTE_HI_BACK_SLASH_DOUBLE_QUOTE))",
      "assert seen.query == 'mood=it%27s%20loud', seen.query",
      "assert seen.var_json is not None and seen.var_json.mood is Mood.SAY_BACK_SLASH_DOUBLE_QUOTE_HI_BACK_SLASH_DOUBLE_QUOTE, seen",
      "print('ok', seen.var_json.to_json())",
    ].join("\n");
    const r = await runWithPackage(dir, files, "use_moods.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain('ok {"mood": "say \\"hi\\""}');
  }, 120_000);
});
