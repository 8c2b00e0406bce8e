// YAML 1.1 number forms as OpenAPI Generator reads them (src/parse/yaml11.ts yaml11Number): from
// 6.0.0 swagger-parser's DeserializationUtils.readYamlTree loads YAML with SnakeYAML and its
// CustomResolver (BOOL, INT, FLOAT, ...; swagger-parser 2.0.31), SafeConstructor builds the value
// (ConstructYamlInt: `_` dropped, `0b`, `0x`, leading `0` octal, `:` base 60; ConstructYamlFloat
// likewise and `.inf`/`.nan`), and the JSON round trip through a default Jackson ObjectMapper turns a
// non-finite Double into the text "Infinity". swagger-core's 3.0 cast then applies
// (StringSchema.cast: toString). oaswright reads YAML 1.2 (`0755` is 755, `1_000` a string); the
// docs print OAG's values, the IR (and the clients) keep YAML 1.2's. Before 6.0.0 Jackson's YAMLParser
// decoded numbers itself, by Jackson version: not ported, the docs keep YAML 1.2's reading.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { parseSpec } from "../../../src/parse/index.js";
import { parseDocument } from "yaml";
import { mayHoldYaml11Numbers, yaml11Number, yaml11Scalars } from "../../../src/parse/yaml11.js";
import { specFiles } from "../../support/spec-files.js";

const SPEC = `openapi: 3.0.3
info: { title: YAML 1.1 numbers, version: "1" }
paths:
  /files:
    get:
      operationId: listFiles
      tags: [files]
      parameters:
        - { name: mode, in: query, schema: { type: integer, example: 0755 } }
        - { name: size, in: query, schema: { type: string, default: 1_000 } }
        - { name: perm, in: query, schema: { type: integer, enum: [0644, 0755] } }
        - { name: dur, in: query, schema: { type: string, example: 1:30 } }
        - { name: plain, in: query, schema: { type: integer, example: 0x1F } }
        - { name: quoted, in: query, schema: { type: string, example: "0755" } }
      responses:
        "204": { description: ok }
`;

const specs = specFiles("oaswright-yaml11-numbers-", { "spec.yaml": SPEC });

async function doc(generator: string, oagVersion: string, file: string): Promise<string> {
  return (await generateInMemory(specs.path("spec.yaml"), generator, { packageName: "files", oagVersion }, { validate: "warning" })).text(file);
}

describe("yaml11Number (SnakeYAML's INT and FLOAT, then Jackson's JSON round trip)", () => {
  it("reads the YAML 1.1 forms YAML 1.2 reads otherwise", () => {
    expect(yaml11Number("0755")).toEqual({ kind: "int", value: 493 });
    expect(yaml11Number("-0755")).toEqual({ kind: "int", value: -493 });
    expect(yaml11Number("0b101")).toEqual({ kind: "int", value: 5 });
    expect(yaml11Number("1_000")).toEqual({ kind: "int", value: 1000 });
    expect(yaml11Number("0x1_F")).toEqual({ kind: "int", value: 31 });
    expect(yaml11Number("-0x1F")).toEqual({ kind: "int", value: -31 });
    expect(yaml11Number("1:30")).toEqual({ kind: "int", value: 90 });
    expect(yaml11Number("190:20:30")).toEqual({ kind: "int", value: 685230 });
    expect(yaml11Number("1_000.5")).toEqual({ kind: "double", value: 1000.5 });
    expect(yaml11Number("1:30.5")).toEqual({ kind: "double", value: 90.5 });
    expect(yaml11Number(".inf")).toEqual({ kind: "text", value: "Infinity" });
    expect(yaml11Number("-.INF")).toEqual({ kind: "text", value: "-Infinity" });
    expect(yaml11Number(".NaN")).toEqual({ kind: "text", value: "NaN" });
  });

  it("leaves what both read alike, and the forms SnakeYAML versions read differently", () => {
    for (const same of ["42", "0", "-7", "0x1F", "1.5", "1e3", "00", "abc", "1:75", "0o17", "09", "1.2.3"]) expect(yaml11Number(same), same).toBeUndefined();
    for (const text of ["a: 42\nb: x_y\n", "responses:\n  200:\n    description: ok\n", "description: released 2024 06 01\n", "- see 0755 below\n"]) expect(mayHoldYaml11Numbers(text), text).toBe(false);
    for (const text of ["a: 0755\n", "a: [1_000]\n", "a: 1:30\n", "a: .inf\n", "- 0b1\n"]) expect(mayHoldYaml11Numbers(text), text).toBe(true);
  });
});

describe("yaml11Scalars: booleans and numbers in one walk", () => {
  it("splits the hits by kind, keyed by pointer", () => {
    const doc = parseDocument("a: off\nb: [0755, on, 1_000]\nc: plain\n");
    const { booleans, numbers } = yaml11Scalars(doc.contents, doc);
    expect([...booleans]).toEqual([["/a", false], ["/b/1", true]]);
    expect([...numbers]).toEqual([["/b/0", { kind: "int", value: 493 }], ["/b/2", { kind: "int", value: 1000 }]]);
  });
});

describe("docs print OAG's value from 6.0.0", () => {
  it("python 7.10.0: the examples and the default", async () => {
    const api = await doc("python", "7.10.0", "docs/FilesApi.md");
    expect(api).toContain("    mode = 493 # int |  (optional)\n");
    expect(api).toContain("    size = '1000' # str |  (optional) (default to '1000')\n");
    expect(api).toContain("    dur = '90' # str |  (optional)\n");
    expect(api).toContain("    plain = 31 # int |  (optional)\n");
    expect(api).toContain("    quoted = '0755' # str |  (optional)\n");
  });

  it("typescript 7.10.0: the examples, the default and the enum's type", async () => {
    const api = await doc("typescript", "7.10.0", "FilesApi.md");
    expect(api).toContain("  mode: 493,\n");
    expect(api).toContain("  size: \"1000\",\n");
    expect(api).toContain("  perm: 420,\n");
    expect(api).toContain("  dur: \"90\",\n");
    expect(api).toContain(" **size** | [**string**] |  | (optional) defaults to '1000'\n");
    expect(api).toContain("[**420 | 493**]");
  });

  it("5.4.0 keeps YAML 1.2's reading (Jackson's YAMLParser decoded numbers then)", async () => {
    const api = await doc("python", "5.4.0", "docs/FilesApi.md");
    expect(api).toContain("    mode = 755 # int |  (optional)\n");
    expect(api).toContain("    size = '1_000' # str |  (optional) (default to '1_000')\n");
    expect(api).toContain("    dur = '1:30' # str |  (optional)\n");
  });

  it("the IR (what the clients use) keeps YAML 1.2's values; the YAML 1.1 one is beside it", async () => {
    const { model } = await parseSpec(specs.path("spec.yaml"), { validate: "off", inline: { refactorAllOfInlineSchemas: false, resolveInlineEnums: false, skipSchemaReuse: false, nameMappings: {}, oagVersion: "7.10.0" } });
    const params = new Map(model.operations[0]!.parameters.map((p) => [p.name, p.schema]));
    expect(params.get("mode")!.example).toMatchObject({ value: 755, yaml11: 493 });
    expect(params.get("size")!.default).toMatchObject({ value: "1_000", yaml11: "1000" });
    expect(params.get("perm")!).toMatchObject({ enum: [644, 755], oagEnum: [420, 493] });
    expect(params.get("plain")!.example).not.toHaveProperty("yaml11");
    expect(params.get("quoted")!.example).toEqual({ value: "0755" });
  });
});
