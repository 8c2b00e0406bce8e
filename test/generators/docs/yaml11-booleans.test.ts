// A plain YAML `off`/`on`/`yes`/`no`: OpenAPI Generator's parser reads it with YAML 1.1's BOOL
// resolver (SnakeYAML's CustomResolver from swagger-parser 2.0.31, OAG 6.0.0; Jackson's YAMLParser,
// which asks SnakeYAML's stock Resolver, before), so its docs print `false` where the spec writes
// `off` (after StringSchema.cast, "false"); oaswright reads YAML 1.2, where it is the string "off".
// The docs print OAG's value in every release (src/parse/yaml11.ts); the clients keep "off" and
// send and accept it against the echo server. Quoted scalars, `y`/`n` and `oFF` are strings to both.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateInMemory } from "../../support/generate.js";
import { mayHoldYaml11Booleans, yaml11Boolean } from "../../../src/parse/yaml11.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { runWithPackage } from "../../support/python-package.js";
import { typeCheckAndLoadApp } from "../typescript/client-support.js";
import { fileText } from "../../support/generated-file.js";

const SPEC = `openapi: 3.0.3
info: { title: YAML 1.1 words, version: "1" }
paths:
  /collation:
    post:
      operationId: echoCollation
      tags: [collation]
      parameters:
        - name: caseLevel
          in: query
          schema: { type: string, default: on }
        - name: mode
          in: query
          schema: { type: string, enum: [on, off] }
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Collation" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/CollationEcho" } } }
components:
  schemas:
    Collation:
      type: object
      properties:
        caseFirst: { type: string, enum: [upper, lower, "off"], default: off }
        alternate: { type: string, example: yes }
        backwards: { type: boolean, default: on }
        strength: { type: string, default: "off", example: 'no' }
        short: { type: string, example: y }
        level: { type: string, enum: [yes, no] }
        power: { $ref: "#/components/schemas/Power" }
    Power: { type: string, enum: [on, off], default: off }
    CollationEcho:
      type: object
      properties:
        json: { $ref: "#/components/schemas/Collation" }
        queryParams: { type: array, items: { type: array, items: { type: string } } }
`;

const fixture = specWithEcho("oaswright-yaml11-", SPEC);

async function generate(generator: string, additionalProperties: Record<string, string>) {
  return (await generateInMemory(fixture.spec, generator, additionalProperties)).files;
}

describe("YAML 1.1 booleans: OAG's value in the docs, YAML 1.2's in the clients", () => {
  it("reads as YAML 1.1 only what SnakeYAML's BOOL pattern admits beyond YAML 1.2's", () => {
    for (const t of ["off", "Off", "OFF", "no", "No", "NO"]) expect(yaml11Boolean(t), t).toBe(false);
    for (const t of ["on", "On", "ON", "yes", "Yes", "YES"]) expect(yaml11Boolean(t), t).toBe(true);
    for (const t of ["y", "n", "Y", "N", "oFF", "yES", "true", "false", "~", "offset"]) expect(yaml11Boolean(t), t).toBeUndefined();
    // The text check that spares the walk: a word standing alone as a value or an item, not quoted.
    for (const t of ["default: off\n", "enum: [on, off]", "- no # a comment\n", "a: {b: Yes}", "example: NO"]) expect(mayHoldYaml11Booleans(t), t).toBe(true);
    for (const t of ['default: "off"\n', "description: turned off.\n", "name: offset\n", "x: y\n", "on_call: 1\n"]) expect(mayHoldYaml11Booleans(t), t).toBe(false);
  });

  it("docs by release: typescript, python and python-prior print the Boolean OAG read", async () => {
    for (const oagVersion of ["5.4.0", "6.4.0", "7.10.0"]) {
      const api = fileText(await generate("typescript", { oagVersion }), "CollationApi.md");
      expect(api, oagVersion).toContain('    caseFirst: "false",\n    alternate: "true",\n    backwards: true,\n    strength: "no",\n    _short: "y",\n    level: "true",\n');
      expect(api, oagVersion).toContain('  caseLevel: "true",\n');
      expect(api, oagVersion).toContain('  mode: "true",\n');
      expect(api, oagVersion).toContain(" **mode** | [**&#39;true&#39; | &#39;false&#39;**]");
      expect(api, oagVersion).toContain(" **caseLevel** | [**string**] |  | (optional) defaults to 'true'\n");
    }
    // The same document as JSON holds the strings: Jackson reads them as written.
    const json = path.join(fixture.tmp, "spec.json");
    fs.writeFileSync(json, JSON.stringify(parse(SPEC)));
    const fromJson = (await generateInMemory(json, "typescript", { oagVersion: "6.4.0" })).files;
    expect(fileText(fromJson, "CollationApi.md")).toContain('    caseFirst: "off",\n    alternate: "yes",\n    backwards: false,\n');
    const py = await generate("python", { oagVersion: "7.10.0" });
    const model = fileText(py, "docs/Collation.md");
    expect(model).toContain("**case_first** | **str** |  | [optional] [default to 'false']\n");
    expect(model).toContain("**backwards** | **bool** |  | [optional] [default to True]\n");
    expect(model).toContain("**strength** | **str** |  | [optional] [default to 'off']\n");
    expect(model).toContain("**power** | [**Power**](Power.md) |  | [optional] [default to Power.FALSE]\n");
    expect(fileText(py, "docs/Power.md")).toContain("* `TRUE` (value: `'true'`)\n\n* `FALSE` (value: `'false'`)\n");
    expect(fileText(py, "docs/CollationApi.md")).toContain("    case_level = 'true' # str |  (optional) (default to 'true')\n");
    const prior = await generate("python-prior", { oagVersion: "6.4.0" });
    expect(fileText(prior, "docs/Collation.md")).toContain('**case_first** | **str** |  | [optional]  if omitted the server will use the default value of "false"\n');
    expect(fileText(prior, "docs/CollationApi.md")).toContain('        alternate="true",\n');
    expect(fileText(prior, "docs/CollationApi.md")).toContain('        level="true",\n');
    expect(fileText(prior, "docs/CollationApi.md")).toContain('    mode = "true" # str |  (optional)\n');
  });

  it("typescript client: sends and accepts \"off\" (strict type-check, echo server)", async () => {
    const files = await generate("typescript", { oagVersion: "7.10.0" });
    expect(fileText(files, "models/Collation.ts")).toContain('"off"');
    expect(fileText(files, "apis/CollationApi.ts")).toContain('mode?: "on" | "off"');
    const app = `import { CollationApi, Collation, createConfiguration, ServerConfiguration } from "./index";
export async function run(url: string): Promise<unknown[]> {
    const api = new CollationApi(createConfiguration({ baseServer: new ServerConfiguration<{}>(url, {}) }));
    const c = new Collation();
    c.caseFirst = "off";
    c.alternate = "yes";
    c.strength = "no";
    c.level = "no";
    const seen = await api.echoCollation(c, "off", "off");
    return [seen.json instanceof Collation, seen.json?.caseFirst, seen.json?.alternate, seen.json?.strength, seen.json?.level, seen.queryParams];
}
`;
    const dir = path.join(fixture.tmp, "ts");
    const { run } = typeCheckAndLoadApp<{ run(url: string): Promise<unknown[]> }>(dir, [...files, { path: "app.ts", contents: app }]);
    expect(await run(fixture.echo.url)).toEqual([true, "off", "yes", "no", "no", [["caseLevel", "off"], ["mode", "off"]]]);
  }, 120_000);

  it("python client: the default stays \"off\", which the enum accepts on the wire", async () => {
    const files = await generate("python", { oagVersion: "7.10.0", packageName: "y11_client" });
    expect(fileText(files, "y11_client/models/collation.py")).toContain('Field(default="off", alias="caseFirst")');
    expect(fileText(files, "y11_client/models/collation.py")).toContain("power: Optional[Power] = Power.OFF");
    const dir = path.join(fixture.tmp, "py");
    const script = [
      "import os",
      "from y11_client import ApiClient, Collation, CollationApi, Configuration, Power",
      "api = CollationApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
      "c = Collation(alternate='yes', strength='no')",
      "assert c.case_first == 'off' and c.power == Power.OFF, c",
      "seen = api.echo_collation(Collation(caseFirst='off', alternate='yes', strength='no', level='no', power=Power.ON), case_level='off', mode='off')",
      "got = seen.var_json",
      "assert got is not None and got.case_first == 'off' and got.alternate == 'yes' and got.strength == 'no' and got.level == 'no' and got.power == Power.ON, got",
    "try:\n    Collation(level='false')\nexcept ValueError:\n    pass\nelse:\n    raise AssertionError('level accepted false')",
      "assert seen.var_query_params == [['caseLevel', 'off'], ['mode', 'off']], seen.var_query_params",
      "print(got.to_json())",
    ].join("\n");
    const r = await runWithPackage(dir, files, "yaml11.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain('"caseFirst": "off"');
    expect(r.stdout).toContain('"power": "on"');
  }, 300_000);
});
