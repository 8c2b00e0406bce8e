// A `:` in a name: OpenAPI Generator 7.11.0's DefaultCodegen.sanitizeName turns it into `_`
// (4b5dfc430e, #20391), before that the final removal of non-word characters drops it. So
// `integer (format: int8)` is the property `integer__format__int8` from 7.11.0 (OAG 7.13.0 run here
// on @readme/oas-examples' schema-types.json: NumberFormatSupportRequest.md) and
// `integer__format_int8` before. Release row `colonInNames` (src/generators/python/releases.ts).
// The client's field and keyword argument are the docs' name; the alias stays the spec's.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { runWithPackage } from "../../support/python-package.js";

const SPEC = `openapi: 3.0.3
info: { title: Colons, version: "1" }
paths:
  /things:
    post:
      operationId: postThing
      tags: [things]
      parameters:
        - { name: "filter:kind", in: query, schema: { type: string } }
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Thing" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/Echo" } } }
components:
  schemas:
    Thing:
      type: object
      properties:
        "integer (format: int8)": { type: integer, format: int8 }
        "password (minLength: 5, maxLength: 20)": { type: string }
    Echo:
      type: object
      properties:
        json: { $ref: "#/components/schemas/Thing" }
        query: { type: string }
`;

const fixture = specWithEcho("oaswright-colon-names-", SPEC);

async function generate(oagVersion?: string) {
  const additionalProperties: Record<string, string> = { packageName: "colon_client" };
  if (oagVersion !== undefined) additionalProperties.oagVersion = oagVersion;
  const { files } = await generateInMemory(fixture.spec, "python", additionalProperties, { validate: "warning" });
  const text = (p: string) => String(files.find((f) => f.path === p)!.contents);
  return { files, text };
}

describe("python: `:` in names", () => {
  it("7.11.0 and later: `:` becomes `_`", async () => {
    for (const v of ["7.11.0", "7.13.0", undefined]) {
      const { text } = await generate(v);
      const doc = text("docs/Thing.md");
      expect(doc, v).toContain("**integer__format__int8** | **int** |  | [optional] \n");
      expect(doc, v).toContain("**password__min_length__5_max_length__20** | **str** |  | [optional] \n");
      expect(text("docs/ThingsApi.md"), v).toContain(" **filter_kind** | **str**|  | [optional] \n");
    }
  });

  it("7.10.0: `:` is dropped", async () => {
    const { text } = await generate("7.10.0");
    const doc = text("docs/Thing.md");
    expect(doc).toContain("**integer__format_int8** | **int** |  | [optional] \n");
    expect(doc).toContain("**password__min_length_5_max_length_20** | **str** |  | [optional] \n");
    expect(text("docs/ThingsApi.md")).toContain(" **filterkind** | **str**|  | [optional] \n");
  });

  it("the client's fields and keyword arguments are the docs' names and send the spec's", async () => {
    const { files } = await generate("7.13.0");
    const dir = path.join(fixture.tmp, "py");
    const script = [
      "import os",
      "from colon_client import ApiClient, Configuration, ThingsApi, Thing",
      "api = ThingsApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
      "seen = api.post_thing(Thing(integer__format__int8=7, password__min_length__5_max_length__20='secret'), filter_kind='a:b')",
      "assert seen.var_json is not None",
      "assert seen.var_json.integer__format__int8 == 7, seen",
      "assert seen.var_json.password__min_length__5_max_length__20 == 'secret', seen",
      "assert seen.query == 'filter%3Akind=a%3Ab', seen.query",
      "print('ok', seen.var_json.to_json())",
    ].join("\n");
    const r = await runWithPackage(dir, files, "use_colon.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain('"integer (format: int8)": 7');
  }, 120_000);
});
