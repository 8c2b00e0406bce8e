// A plain YAML key `on`/`yes`/`off`/`no` (three casings): from OAG 6.0.0 swagger-parser's
// DeserializationUtils.readYamlTree loads the document with SnakeYAML, whose BOOL resolver tags the
// key a Boolean, and Jackson writes it as the member "true"/"false"; two keys of one name are one
// (LinkedHashMap.put: the first's place, the later's value). Before 6.0.0 Jackson's YAMLParser hands
// a key on as written. A plain `on` in `required` is a Boolean to OAG in every release, and
// OpenAPIDeserializer.getSchema keeps only text members. So OAG's docs name the property `true` and
// its `required: [on]` is dropped (src/codegen/oag-docs-model.ts). The clients name the property as
// OAG's client does (`var_true`, `_true`) and send the key as written ("on"): tested on the wire.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { generateInMemory } from "../../support/generate.js";
import { yaml11Scalars } from "../../../src/parse/yaml11.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { runWithPackage } from "../../support/python-package.js";
import { typeCheckAndLoadApp } from "../typescript/client-support.js";
import { fileText } from "../../support/generated-file.js";

const SPEC = `openapi: 3.0.3
info: { title: YAML 1.1 keys, version: "1" }
paths:
  /switch:
    post:
      operationId: echoSwitch
      tags: [switch]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Switch" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/SwitchEcho" } } }
components:
  schemas:
    Switch:
      type: object
      required: [on, "off", label]
      properties:
        label: { type: string }
        on: { type: boolean }
        "off": { type: integer }
        Yes: { type: string }
        no: { type: string }
        y: { type: string }
    SwitchEcho:
      type: object
      properties:
        json: { $ref: "#/components/schemas/Switch" }
`;

const fixture = specWithEcho("oaswright-yaml11-keys-", SPEC);

async function generate(generator: string, additionalProperties: Record<string, string>, input = fixture.spec) {
  return (await generateInMemory(input, generator, additionalProperties)).files;
}

describe("YAML 1.1 booleans as keys: OAG's names in the docs, the keys as written on the wire", () => {
  it("records the plain keys SnakeYAML reads as booleans, by their member's pointer", () => {
    const doc = parseDocument('a: { on: 1, "yes": 2, Off: 3, y: 4, oFF: 5, true: 6, NO: { No: 7 } }\n');
    const { keys, booleans } = yaml11Scalars(doc.contents, doc, { booleans: true, numbers: false, keys: true });
    expect([...keys]).toEqual([["/a/on", true], ["/a/Off", false], ["/a/NO", false], ["/a/NO/No", false]]);
    expect(booleans.size).toBe(0);
    expect(yaml11Scalars(doc.contents, doc, { booleans: true, numbers: false }).keys.size).toBe(0);
  });

  it("docs from 6.0.0: the property `true`, one of two keys of that name, `required: [on]` dropped", async () => {
    const py = await generate("python", { oagVersion: "7.10.0" });
    expect(fileText(py, "docs/Switch.md")).toContain(
      "**label** | **str** |  | \n**var_true** | **str** |  | [optional] \n**off** | **int** |  | \n**var_false** | **str** |  | [optional] \n**y** | **str** |  | [optional] \n",
    );
    const prior = await generate("python-prior", { oagVersion: "6.4.0" });
    expect(fileText(prior, "docs/Switch.md")).toContain("**label** | **str** |  | \n**off** | **int** |  | \n**_true** | **str** |  | [optional] \n**_false** | **str** |  | [optional] \n");
    expect(fileText(prior, "docs/SwitchApi.md")).toContain('        _true="_true_example",\n');
    const ts = await generate("typescript", { oagVersion: "7.10.0" });
    expect(fileText(ts, "SwitchApi.md")).toContain('    label: "label_example",\n    _true: "_true_example",\n    off: 1,\n    _false: "_false_example",\n    y: "y_example",\n');
  });

  it("docs before 6.0.0 keep the keys (Jackson's YAMLParser); the boolean in `required` is dropped there too", async () => {
    const prior = await generate("python-prior", { oagVersion: "5.4.0" });
    expect(fileText(prior, "docs/Switch.md")).toContain("**label** | **str** |  | \n**off** | **int** |  | \n**on** | **bool** |  | [optional] \n**yes** | **str** |  | [optional] \n**no** | **str** |  | [optional] \n");
    const ts = await generate("typescript", { oagVersion: "5.4.0" });
    expect(fileText(ts, "SwitchApi.md")).toContain('    label: "label_example",\n    on: true,\n    off: 1,\n    yes: "yes_example",\n');
  });

  it("the same document as JSON: Jackson reads the keys as written", async () => {
    const json = path.join(fixture.tmp, "spec.json");
    fs.writeFileSync(json, JSON.stringify(parse(SPEC)));
    const py = await generate("python", { oagVersion: "7.10.0" }, json);
    expect(fileText(py, "docs/Switch.md")).toContain("**label** | **str** |  | \n**on** | **bool** |  | \n**off** | **int** |  | \n**yes** | **str** |  | [optional] \n");
  });

  it("typescript client: OAG's names, the keys as written on the wire (strict type-check, echo server)", async () => {
    const files = await generate("typescript", { oagVersion: "7.10.0" });
    const model = fileText(files, "models/Switch.ts");
    expect(model).toContain('{ name: "_true", baseName: "on", type: "boolean", format: "" }');
    expect(model).toContain('{ name: "_true2", baseName: "Yes", type: "string", format: "" }');
    const app = `import { SwitchApi, Switch, createConfiguration, ServerConfiguration } from "./index";
export async function run(url: string): Promise<unknown[]> {
    const api = new SwitchApi(createConfiguration({ baseServer: new ServerConfiguration<{}>(url, {}) }));
    const s = new Switch();
    s.label = "hall";
    s._true = true;
    s.off = 0;
    s._true2 = "yes";
    s._false = "no";
    const seen = await api.echoSwitch(s);
    const j = seen.json;
    return [j instanceof Switch, j?.label, j?._true, j?.off, j?._true2, j?._false];
}
`;
    const dir = path.join(fixture.tmp, "ts");
    const { run } = typeCheckAndLoadApp<{ run(url: string): Promise<unknown[]> }>(dir, [...files, { path: "app.ts", contents: app }]);
    // The echo server returns the body it received: the members came as "on", "Yes" and "no".
    expect(await run(fixture.echo.url)).toEqual([true, "hall", true, 0, "yes", "no"]);
  }, 120_000);

  it("python client: OAG's field names, the keys as written on the wire", async () => {
    const files = await generate("python", { oagVersion: "7.10.0", packageName: "y11k_client" });
    const model = fileText(files, "y11k_client/models/switch.py");
    expect(model).toContain('var_true: StrictBool = Field(alias="on")');
    expect(model).toContain('var_true_2: Optional[StrictStr] = Field(default=None, alias="Yes")');
    const dir = path.join(fixture.tmp, "py");
    const script = [
      "import json, os",
      "from y11k_client import ApiClient, Configuration, Switch, SwitchApi",
      "api = SwitchApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
      "s = Switch(label='hall', var_true=True, off=0, var_true_2='yes', var_false='no')",
      "wire = json.loads(s.to_json())",
      "assert wire == {'label': 'hall', 'on': True, 'off': 0, 'Yes': 'yes', 'no': 'no'}, wire",
      "seen = api.echo_switch(s).var_json",
      "assert seen is not None and seen.var_true is True and seen.var_true_2 == 'yes' and seen.var_false == 'no' and seen.off == 0, seen",
      "print('ok')",
    ].join("\n");
    const r = await runWithPackage(dir, files, "keys.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain("ok");
  }, 300_000);
});
