// python-prior type strings, defaults and doc examples over a small spec, as given/want tables;
// and the generated client for hostile spec text compiles with every string intact.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_OPTIONS } from "../../../src/generate.js";
import { generateInMemory } from "../../support/generate.js";
import { PythonPriorExamples } from "../../../src/generators/python-prior/examples.js";
import { PythonPriorModels } from "../../../src/generators/python-prior/models.js";
import { PythonPriorNames } from "../../../src/generators/python-prior/names.js";
import { PythonPriorTypes } from "../../../src/generators/python-prior/types.js";
import type { ApiModel, Schema } from "../../../src/model/ir.js";
import { parseSpec } from "../../../src/parse/index.js";
import { pythonPriorGenerator } from "../../../src/generators/python-prior/index.js";
import { writeOutput } from "../../../src/render/write.js";
import { runPython } from "../../support/python.js";

const SPEC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/python-prior/types-and-escapes.yaml");

let model: ApiModel;
let types: PythonPriorTypes;
let examples: PythonPriorExamples;
beforeAll(async () => {
  ({ model } = await parseSpec(SPEC, { validate: "off", inline: pythonPriorGenerator.inlineOptions(EMPTY_OPTIONS) }));
  const names = new PythonPriorNames(EMPTY_OPTIONS);
  types = new PythonPriorTypes(model, names);
  examples = new PythonPriorExamples(model, names, types, new PythonPriorModels(model, names, types), "6.6.0");
});

function prop(name: string): Schema {
  const item = model.schemas.find((s) => s.name === "Item")!.schema;
  if (item.kind !== "object") throw new Error("Item is not an object");
  return item.properties.find((p) => p.name === name)!.schema;
}

function param(name: string): { schema: Schema; parameter: ApiModel["operations"][number]["parameters"][number] } {
  const p = model.operations.find((o) => o.operationId === "getItem")!.parameters.find((x) => x.name === name)!;
  return { schema: p.schema, parameter: p };
}

describe("python-prior type strings", () => {
  it.each([
    ["name", "str"],
    ["weird key\"\\", "int"],
    ["created", "date"],
    ["amounts", "[float]"],
    ["labels", "{str: (str,)}"],
    ["anything", "bool, date, datetime, dict, float, int, list, str, none_type"],
    ["child", "Child"],
    ["nullable_list", "[Child], none_type"],
  ])("property %s is %s", (name, want) => expect(types.dataType(prop(name))).toBe(want));

  it.each([
    ["child", "Child"],
    ["nullable_list", "Child"],
    ["labels", null],
    ["name", null],
  ])("property %s links to %s", (name, want) => expect(types.complexType(prop(name))).toBe(want));

  it.each([
    ["Color", true],
    ["Count", true],
    ["Plain", false],
    ["Child", true],
  ])("named schema %s is a model: %s", (name, want) => expect(types.isModel(name)).toBe(want));

  it.each([
    ["weird key\"\\", "3"],
    ["created", "dateutil_parser('2020-01-02').date()"],
    ["name", null],
  ])("property %s defaults to %s", (name, want) => expect(types.defaultValue(prop(name))).toBe(want));
});

describe("python-prior doc examples", () => {
  it.each([
    ["item-id", "1"],
    ["mode", "\"a\"b\""],
    ["when", "dateutil_parser('1970-01-01T00:00:00.00Z')"],
    ["tags", "[\n        \"tags_example\",\n    ]"],
  ])("parameter %s -> %s", (name, want) => {
    const { schema, parameter } = param(name);
    expect(examples.forParameter(schema, name, parameter)).toBe(want);
  });

  it("a model body lists its writable properties with snake_case keywords", () => {
    const op = model.operations.find((o) => o.operationId === "putItem")!;
    expect(examples.forBody(op.requestBody!.contents[0]!, "item")).toBe(
      [
        "Item(",
        '        name="name_example",',
        '        _class="x"y",',
        "        weird_key_=3,",
        "        created=dateutil_parser('2020-01-02').date(),",
        "        amounts=[",
        "            3.14,",
        "        ],",
        "        labels={",
        '            "key": "key_example",',
        "        },",
        "        anything=None,",
        "        child=Child(",
        "            value=True,",
        "        ),",
        "        nullable_list=[",
        "            Child(",
        "                value=True,",
        "            ),",
        "        ],",
        "    )",
      ].join("\n"),
    );
  });
});

describe("python-prior client with hostile spec text", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "oaswright-pp-escapes-"));
    const { files } = await generateInMemory(SPEC, "python-prior");
    writeOutput(dir, files);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("is deterministic", async () => {
    const a = await generateInMemory(SPEC, "python-prior");
    const b = await generateInMemory(SPEC, "python-prior");
    expect(b.files).toEqual(a.files);
  });

  it("compiles, and every spec string arrives unchanged", async () => {
    writeFileSync(
      path.join(dir, "check_escapes.py"),
      [
        "import compileall, json",
        "assert compileall.compile_dir('openapi_client', quiet=1, force=True)",
        "import openapi_client",
        "from openapi_client.apis import *",
        "from openapi_client.models import *",
        "from openapi_client.model.item import Item",
        "from openapi_client.model.color import Color",
        "from openapi_client.api import items_api",
        "api = items_api.ItemsApi(openapi_client.ApiClient())",
        "ep = api.get_item_endpoint",
        "conf = openapi_client.Configuration()",
        "print(json.dumps({",
        "  'attribute_map': Item.attribute_map['weird_key_'],",
        "  'enum': sorted(Item.allowed_values[('_class',)].values()),",
        "  'color': sorted(Color.allowed_values[('value',)].values()),",
        "  'mode': sorted(ep.allowed_values[('mode',)].values()),",
        "  'pattern': ep.validations[('pattern',)]['regex']['pattern'],",
        "  'path': ep.settings['endpoint_path'],",
        "  'servers': conf.get_host_settings()[0]['variables']['ver']['enum_values'],",
        "  'report': conf.to_debug_report().splitlines()[-2],",
        "  'item_doc': Item.__doc__.splitlines()[0],",
        "}))",
      ].join("\n"),
    );
    const r = await runPython({ cwd: dir, args: ["check_escapes.py"] });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      attribute_map: 'weird key"\\',
      enum: ['"""', "ab'c", 'x"y'],
      color: ['bl\\ue', 'gr"een', "red"],
      mode: ['a"b', "c'd", "e\\f", "l1\nl2"],
      pattern: '^[a-z]+"\\d$',
      path: "/items/{item-id}",
      servers: ["v1", 'v"2'],
      report: 'Version of the API: 1.0"{x}',
      item_doc: 'An item """ with \\ and "quotes"',
    });
  }, 120_000);
});
