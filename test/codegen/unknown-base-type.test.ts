// A request body OAG finds no model for: an inline allOf of primitives, which the InlineModelResolver
// leaves in place (isModelNeeded), reaches DefaultCodegen.addBodyModelSchema without a name and is
// named and typed UNKNOWN_BASE_TYPE there (7.13.0: oas-examples schema-types.json QuirksApi.md,
// `quirks_entirely_incompatible_all_of(unknown_base_type)` / `quirksEntirelyIncompatibleAllOf(UNKNOWN_BASE_TYPE)`;
// the docs below are OAG 7.13.0's lines for this spec). x-codegen-request-body-name still names it;
// a single-member allOf is unwrapped by fromRequestBody and stays `body`. The clients take OAG's
// parameter names and keep typing the parameter by its schema (OAG's typescript client imports a
// model UNKNOWN_BASE_TYPE that does not exist).

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../support/generate.js";
import { fileText as text } from "../support/generated-file.js";
import { specWithEcho } from "../support/spec-with-echo.js";
import { runWithPackage } from "../support/python-package.js";
import { typeCheckAndLoadApp } from "../generators/typescript/client-support.js";

const SPEC = `openapi: 3.0.3
info: { title: Unknown, version: "1" }
paths:
  /mixed:
    put:
      operationId: putMixed
      requestBody:
        required: true
        content:
          application/json:
            schema:
              allOf:
                - type: string
                - type: integer
      responses:
        "200":
          description: the request as the server saw it
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Echo" }
  /named:
    post:
      operationId: postNamed
      x-codegen-request-body-name: payload
      requestBody:
        content:
          application/json:
            schema:
              description: described
              allOf:
                - type: string
                - type: integer
      responses:
        "204": { description: done }
  /single:
    patch:
      operationId: patchSingle
      requestBody:
        content:
          application/json:
            schema:
              allOf:
                - type: string
      responses:
        "204": { description: done }
components:
  schemas:
    Echo:
      type: object
      properties:
        method: { type: string }
        bodyText: { type: string }
`;

const fixture = specWithEcho("oaswright-unknown-base-", SPEC);

async function generate(generator: "python" | "typescript" | "python-prior", oagVersion = "7.13.0") {
  const additionalProperties: Record<string, string> = generator === "typescript" ? { npmName: "client", oagVersion } : { packageName: "ubt", oagVersion };
  return (await generateInMemory(fixture.spec, generator, additionalProperties)).files;
}

describe("a request body OAG finds no model for: UNKNOWN_BASE_TYPE", () => {
  it("python: docs and client name it unknown_base_type; the client sends what it is given", async () => {
    const files = await generate("python");
    const doc = text(files, "docs/DefaultApi.md");
    expect(doc).toContain("> Echo put_mixed(unknown_base_type)\n");
    expect(doc).toContain("    unknown_base_type = ubt.UNKNOWN_BASE_TYPE() # UNKNOWN_BASE_TYPE | \n");
    expect(doc).toContain(" **unknown_base_type** | [**UNKNOWN_BASE_TYPE**](UNKNOWN_BASE_TYPE.md)|  | \n");
    expect(doc).toContain("> post_named(payload=payload)\n");
    expect(doc).toContain(" **payload** | [**UNKNOWN_BASE_TYPE**](UNKNOWN_BASE_TYPE.md)|  | [optional] \n");
    expect(doc).toContain("> patch_single(body=body)\n");
    expect(doc).toContain(" **body** | **str**|  | [optional] \n");
    const dir = path.join(fixture.tmp, "py");
    const script = [
      "import os",
      "from ubt import ApiClient, Configuration, DefaultApi",
      "api = DefaultApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
      "seen = api.put_mixed(unknown_base_type=5)",
      "assert seen.method == 'PUT' and seen.body_text == '5', seen",
      "print('ok')",
    ].join("\n");
    const r = await runWithPackage(dir, files, "app.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain("ok");
  }, 120_000);

  it("typescript: docs and client name it UNKNOWN_BASE_TYPE; the client type-checks and sends the value", async () => {
    const files = await generate("typescript");
    const doc = text(files, "DefaultApi.md");
    expect(doc).toContain("> Echo putMixed(UNKNOWN_BASE_TYPE)\n");
    expect(doc).toContain("  UNKNOWN_BASE_TYPE: null,\n");
    expect(doc).toContain(" **UNKNOWN_BASE_TYPE** | **UNKNOWN_BASE_TYPE**|  |\n");
    expect(doc).toContain(" **payload** | **UNKNOWN_BASE_TYPE**|  |\n");
    expect(doc).toContain(" **body** | **string**|  |\n");
    const app = `import { createConfiguration, DefaultApi, ServerConfiguration } from "./index";
import { ObjectDefaultApi } from "./types/ObjectParamAPI";
export async function run(url: string): Promise<unknown[]> {
    const configuration = createConfiguration({ baseServer: new ServerConfiguration<{}>(url, {}) });
    const positional = await new DefaultApi(configuration).putMixed(5 as string & number);
    const named = await new ObjectDefaultApi(configuration).putMixed({ UNKNOWN_BASE_TYPE: 7 as string & number });
    return [positional.method, positional.bodyText, named.bodyText];
}
`;
    const dir = path.join(fixture.tmp, "ts");
    const { run } = typeCheckAndLoadApp<{ run(url: string): Promise<unknown[]> }>(dir, [...files, { path: "app.ts", contents: app }]);
    expect(await run(fixture.echo.url)).toEqual(["PUT", "5", "7"]);
  }, 120_000);

  // python-prior 6.x (read at the 6.6.0 release commit 7f8b853f50): DefaultCodegen.fromRequestBody
  // sends a composition of no type to addBodyModelSchema as 5.x did, and does not unwrap an allOf
  // of one schema before 49208144e1 (#16991, 7.1.0): all three bodies are UNKNOWN_BASE_TYPE.
  for (const release of ["6.0.0", "6.6.0"]) {
    it(`python-prior ${release}: docs and client name it unknown_base_type; the client sends what it is given`, async () => {
      const files = await generate("python-prior", release);
      const doc = text(files, "docs/DefaultApi.md");
      expect(doc).toContain("> Echo put_mixed(unknown_base_type)\n");
      expect(doc).toContain("from ubt.model.unknownbasetype import UNKNOWNBASETYPE\n");
      expect(doc).toContain(" **unknown_base_type** | [**UNKNOWN_BASE_TYPE**](UNKNOWN_BASE_TYPE.md)|  |\n");
      expect(doc).toContain(" **payload** | [**UNKNOWN_BASE_TYPE**](UNKNOWN_BASE_TYPE.md)|  | [optional]\n");
      expect(doc).toContain(" **unknown_base_type** | [**UNKNOWN_BASE_TYPE**](UNKNOWN_BASE_TYPE.md)|  | [optional]\n");
      const dir = path.join(fixture.tmp, `pp-${release}`);
      const script = [
        "import os",
        "from ubt import ApiClient, Configuration",
        "from ubt.api.default_api import DefaultApi",
        "api = DefaultApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
        "seen = api.put_mixed(5)",
        "assert seen.method == 'PUT' and seen.body_text == '5', seen",
        "seen = api.put_mixed(unknown_base_type='x')",
        "assert seen.body_text == '\"x\"', seen",
        "api.patch_single(unknown_base_type='y')",
        "print('ok')",
      ].join("\n");
      const r = await runWithPackage(dir, files, "app.py", script, { ECHO_URL: fixture.echo.url });
      expect(r.stdout).toContain("ok");
    }, 120_000);
  }
});
