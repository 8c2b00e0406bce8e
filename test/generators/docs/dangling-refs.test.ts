// Schema `$ref`s to schemas that do not exist (issue 11: MuhibNayem/Survey-Engine, python 7.20.0,
// generated with --skip-validate-spec; src/parse/dangling-ref.ts). OAG keeps the `$ref` and names the
// type by its last segment (ModelUtils.getSimpleRef): the docs type, link and import a model that is
// never generated. oaswright:
// - stops with an error naming file, pointer and line where OAG's parser reports the ref (3.x) and
//   validation is on, saying that --skip-validate-spec generates anyway;
// - with --skip-validate-spec, and for Swagger 2.0 (whose parser checks no internal schema refs, so
//   OAG generates without the flag), warns and generates: the docs as OAG writes them, no model for
//   the name, a client that types the value as any value and passes it through unchanged (checked
//   on the wire against the echo server, for the three generators).

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseGenerateArgs } from "../../../src/cli/options.js";
import { generateFiles } from "../../../src/generate.js";
import type { GeneratedFile } from "../../../src/render/write.js";
import type { Reflection } from "../../support/echo-server.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { expectMypyStrict, runWithPackage } from "../../support/python-package.js";
import { specFiles } from "../../support/spec-files.js";
import { diagnosticLines, runCli } from "../../robustness/support.js";
import { CJS_STRICT_OPTIONS, formatDiagnostics, requireClient, transpileToJs, typeCheck, writeClient } from "../typescript/client-support.js";

const SPEC_30 = `openapi: 3.0.3
info: { title: Dangling, version: "1.0" }
paths:
  /things:
    post:
      operationId: createThing
      tags: [things]
      parameters:
        - { name: kind, in: query, schema: { $ref: "#/components/schemas/MissingKind" } }
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/MissingBody" }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
    get:
      operationId: listThings
      tags: [things]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/MissingResult" }
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: { type: string }
        detail: { $ref: "#/components/schemas/MissingDetail" }
        items:
          type: array
          items: { $ref: "#/components/schemas/MissingItem" }
        byName:
          type: object
          additionalProperties: { $ref: "#/components/schemas/MissingValue" }
    Either:
      oneOf:
        - { $ref: "#/components/schemas/Thing" }
        - { $ref: "#/components/schemas/MissingAlt" }
    Both:
      allOf:
        - { $ref: "#/components/schemas/MissingBase" }
        - { type: object, properties: { extra: { type: string } } }
`;

const SPEC_31 = `openapi: 3.1.0
info: { title: Dangling, version: "1.0" }
paths: {}
components:
  schemas:
    Thing:
      type: object
      properties:
        detail: { $ref: "#/components/schemas/MissingDetail" }
`;

const SPEC_20 = `swagger: "2.0"
info: { title: Dangling, version: "1.0" }
paths:
  /things:
    post:
      operationId: createThing
      tags: [things]
      consumes: [application/json]
      produces: [application/json]
      parameters:
        - { name: body, in: body, required: true, schema: { $ref: "#/definitions/MissingBody" } }
      responses:
        "200": { description: ok, schema: { $ref: "#/definitions/Thing" } }
definitions:
  Thing:
    type: object
    properties:
      detail: { $ref: "#/definitions/MissingDetail" }
      items: { type: array, items: { $ref: "#/definitions/MissingItem" } }
`;

const specs = specFiles("oaswright-dangling-", {
  "spec30.yaml": SPEC_30,
  "spec31.yaml": SPEC_31,
  "spec20.yaml": SPEC_20,
  "defs30.yaml": SPEC_30.replace('"#/components/schemas/MissingDetail"', '"#/definitions/MissingDetail"'),
});

const WARNING_30 = (pointer: string, line: string, name: string) =>
  `warning: F:${line} #${pointer}/$ref: $ref "#/components/schemas/${name}" points to nothing: the docs name the type "${name}" as OpenAPI Generator does, no model "${name}" is generated, and the client passes the value through untyped (any value)`;

async function generate(spec: string, generator: string, ...extra: string[]): Promise<{ files: Map<string, string>; list: readonly GeneratedFile[]; warnings: string[] }> {
  const input = specs.path(spec);
  const args = parseGenerateArgs(["-i", input, "-g", generator, ...extra]);
  const r = await generateFiles({ input, generator, options: args.options, validate: args.skipValidateSpec ? "off" : "warning" });
  const files = new Map(r.files.map((f) => [f.path, typeof f.contents === "string" ? f.contents : Buffer.from(f.contents).toString("utf8")]));
  return { files, list: r.files, warnings: r.warnings.map((w) => w.message) };
}

describe("a schema $ref to nothing: errors and warnings", () => {
  it("stops without --skip-validate-spec (3.0), naming file, pointer and line and what the flag does", async () => {
    const r = await runCli("generate", "-i", specs.path("spec30.yaml"), "-g", "python", "-o", path.join(specs.tmp, "out-error"));
    expect(r.code, r.err).toBe(1);
    const lines = diagnosticLines(r.err, specs.path("spec30.yaml")).filter((l) => l.startsWith("error: "));
    expect(lines).toContain(
      'error: F:9:46 #/paths/~1things/post/parameters/0/schema/$ref: $ref "#/components/schemas/MissingKind" points to nothing. OpenAPI Generator stops on it too unless --skip-validate-spec; with --skip-validate-spec oaswright generates anyway: the docs name the type "MissingKind" as OpenAPI Generator does, no model "MissingKind" is generated, and the client passes the value through untyped (any value)',
    );
    expect(lines.map((l) => l.slice(0, l.indexOf(": $ref")))).toEqual([
      "error: F:29:25 #/paths/~1things/get/responses/200/content/application~1json/schema/$ref",
      "error: F:9:46 #/paths/~1things/post/parameters/0/schema/$ref",
      "error: F:14:23 #/paths/~1things/post/requestBody/content/application~1json/schema/$ref",
      "error: F:37:19 #/components/schemas/Thing/properties/detail/$ref",
      "error: F:40:20 #/components/schemas/Thing/properties/items/items/$ref",
      "error: F:43:35 #/components/schemas/Thing/properties/byName/additionalProperties/$ref",
      "error: F:47:13 #/components/schemas/Either/oneOf/1/$ref",
      "error: F:50:13 #/components/schemas/Both/allOf/0/$ref",
    ]);
    expect(fs.existsSync(path.join(specs.tmp, "out-error"))).toBe(false);
  });

  it("stops on a 3.1 $ref in the components too (swagger-parser's 3.1 dereferencer reports every one)", async () => {
    const r = await runCli("generate", "-i", specs.path("spec31.yaml"), "-g", "typescript", "-o", path.join(specs.tmp, "out-31"));
    expect(r.code, r.err).toBe(1);
    expect(diagnosticLines(r.err, specs.path("spec31.yaml")).filter((l) => l.startsWith("error: ")).map((l) => l.slice(0, l.indexOf(". OpenAPI")))).toEqual([
      'error: F:9:19 #/components/schemas/Thing/properties/detail/$ref: $ref "#/components/schemas/MissingDetail" points to nothing',
    ]);
  });

  it("warns and generates with --skip-validate-spec", async () => {
    const r = await runCli("generate", "-i", specs.path("spec30.yaml"), "-g", "python", "-o", path.join(specs.tmp, "out-skip"), "--skip-validate-spec");
    expect(r.code, r.err).toBe(0);
    const lines = diagnosticLines(r.err, specs.path("spec30.yaml"));
    expect(lines).toContain(WARNING_30("/components/schemas/Thing/properties/detail", "37:19", "MissingDetail"));
    expect(lines.filter((l) => l.includes("points to nothing"))).toHaveLength(8);
  });

  it("warns without --skip-validate-spec where OAG's parser does not report the ref: Swagger 2.0, a 3.0 `#/definitions/` ref", async () => {
    const r20 = await runCli("generate", "-i", specs.path("spec20.yaml"), "-g", "python", "-o", path.join(specs.tmp, "out-20"));
    expect(r20.code, r20.err).toBe(0);
    expect(diagnosticLines(r20.err, specs.path("spec20.yaml")).filter((l) => l.includes("points to nothing"))).toEqual([
      'warning: F:11:61 #/paths/~1things/post/parameters/0/schema/$ref: $ref "#/definitions/MissingBody" points to nothing: the docs name the type "MissingBody" as OpenAPI Generator does, no model "MissingBody" is generated, and the client passes the value through untyped (any value) (OpenAPI Generator\'s parser does not report it: OpenAPI Generator generates from it without --skip-validate-spec)',
      'warning: F:18:17 #/definitions/Thing/properties/detail/$ref: $ref "#/definitions/MissingDetail" points to nothing: the docs name the type "MissingDetail" as OpenAPI Generator does, no model "MissingDetail" is generated, and the client passes the value through untyped (any value) (OpenAPI Generator\'s parser does not report it: OpenAPI Generator generates from it without --skip-validate-spec)',
      'warning: F:19:38 #/definitions/Thing/properties/items/items/$ref: $ref "#/definitions/MissingItem" points to nothing: the docs name the type "MissingItem" as OpenAPI Generator does, no model "MissingItem" is generated, and the client passes the value through untyped (any value) (OpenAPI Generator\'s parser does not report it: OpenAPI Generator generates from it without --skip-validate-spec)',
    ]);
    const r = await generate("defs30.yaml", "python", "--skip-validate-spec");
    expect(r.warnings).toContain(
      '$ref "#/definitions/MissingDetail" points to nothing: the docs name the type "MissingDetail" as OpenAPI Generator does, no model "MissingDetail" is generated, and the client passes the value through untyped (any value) (OpenAPI Generator\'s parser does not report it: OpenAPI Generator generates from it without --skip-validate-spec)',
    );
  });

  it("keeps refusing a $ref OAG cannot read either (a missing property of a schema, a place outside the components)", async () => {
    const broken = SPEC_31.replace('"#/components/schemas/MissingDetail"', '"#/components/schemas/Thing/properties/nope"');
    fs.writeFileSync(path.join(specs.tmp, "nope.yaml"), broken);
    const r = await runCli("generate", "-i", path.join(specs.tmp, "nope.yaml"), "-g", "python", "-o", path.join(specs.tmp, "out-nope"), "--skip-validate-spec");
    expect(r.code).toBe(1);
    expect(r.err).toContain('$ref "#/components/schemas/Thing/properties/nope" points to nothing\n');
  });
});

describe("a schema $ref to nothing: the docs as OAG writes them", () => {
  it("python (7.20.0): a model name, linked and imported; a body of it bold; no model doc", async () => {
    const { files } = await generate("spec30.yaml", "python", "--skip-validate-spec", "-p", "oagVersion=7.20.0,packageName=dangle");
    const api = files.get("docs/ThingsApi.md")!;
    expect(api).toContain("from dangle.models.missing_body import MissingBody\nfrom dangle.models.missing_kind import MissingKind\nfrom dangle.models.thing import Thing\n");
    expect(api).toContain("    body = dangle.MissingBody() # MissingBody | \n");
    expect(api).toContain(" **body** | **MissingBody**|  | \n");
    expect(api).toContain(" **kind** | [**MissingKind**](.md)|  | [optional] \n");
    expect(api).toContain("> MissingResult list_things()\n");
    expect(api).toContain("[**MissingResult**](MissingResult.md)\n");
    const thing = files.get("docs/Thing.md")!;
    expect(thing).toContain("**detail** | [**MissingDetail**](MissingDetail.md) |  | [optional] \n");
    expect(thing).toContain("**items** | [**List[MissingItem]**](MissingItem.md) |  | [optional] \n");
    expect(thing).toContain("**by_name** | [**Dict[str, MissingValue]**](MissingValue.md) |  | [optional] \n");
    expect([...files.keys()].filter((p) => /missing/i.test(p))).toEqual([]);
  });

  it("python-prior: a model name; examples None (toExampleValueRecursive's `$ref` branch); a query parameter unlinked", async () => {
    const { files } = await generate("spec30.yaml", "python-prior", "--skip-validate-spec", "-p", "packageName=dangle");
    const api = files.get("docs/ThingsApi.md")!;
    expect(api).toContain("    body = None # MissingBody | \n");
    expect(api).toContain("    kind = None # MissingKind |  (optional)\n");
    expect(api).toContain(" **body** | [**MissingBody**](MissingBody.md)|  |\n");
    expect(api).toContain(" **kind** | **MissingKind**|  | [optional]\n");
    expect(api).toContain("[**MissingResult**](MissingResult.md)\n");
    expect(files.get("docs/Thing.md")).toContain("**items** | [**[MissingItem]**](MissingItem.md) |  | [optional] \n");
    expect([...files.keys()].filter((p) => /missing/i.test(p))).toEqual([]);
  });

  it("typescript: the model name getSchemaType makes of the ref; the example null", async () => {
    const { files } = await generate("spec30.yaml", "typescript", "--skip-validate-spec");
    const api = files.get("ThingsApi.md") ?? files.get("docs/ThingsApi.md")!;
    expect(api).toContain(" **body** | **MissingBody**|  |\n");
    expect(api).toContain(" **kind** | **MissingKind** |  | (optional) defaults to undefined\n");
    expect(api).toContain("> MissingResult listThings()\n");
    expect(api).toContain("**MissingResult**\n");
    expect(api).toContain("  body: null,\n");
    expect([...files.keys()].filter((p) => /missing/i.test(p))).toEqual([]);
  });

  it("Swagger 2.0 (no --skip-validate-spec): the same names", async () => {
    const py = await generate("spec20.yaml", "python");
    expect(py.files.get("docs/Thing.md")).toContain("**detail** | [**MissingDetail**](MissingDetail.md) |  | [optional] \n");
    expect(py.files.get("docs/ThingsApi.md")).toContain(" **body** | **MissingBody**|  | \n");
    const ts = await generate("spec20.yaml", "typescript");
    expect(ts.files.get("ThingsApi.md") ?? ts.files.get("docs/ThingsApi.md")).toContain(" **body** | **MissingBody**|  |\n");
  });
});

describe("a schema $ref to nothing: the clients pass the value through", () => {
  const fixture = folderWithEcho("oaswright-dangling-");
  it("typescript: compiles strict with no import of a missing model, and sends and reads any value", async () => {
    const { list } = await generate("spec30.yaml", "typescript", "--skip-validate-spec");
    const code = list.filter((f) => f.path.endsWith(".ts")).map((f) => String(f.contents)).join("\n");
    expect(code).not.toMatch(/\bMissing[A-Z]/);
    const dir = path.join(fixture.tmp, "ts");
    const roots = writeClient(dir, list);
    expect(formatDiagnostics(typeCheck(roots, CJS_STRICT_OPTIONS))).toBe("");
    transpileToJs(list, path.join(fixture.tmp, "ts-js"));
    const C = requireClient(path.join(fixture.tmp, "ts-js"));
    const api = new C.ThingsApi(C.createConfiguration({ baseServer: new C.ServerConfiguration(fixture.echo.url, {}) }));
    const body = { free: ["form", 1, { nested: true }] };
    const seen = (await api.createThing(body, "a-kind")) as Reflection & { id?: string };
    expect(seen.json).toEqual(body);
    expect(seen.queryParams).toEqual([["kind", "a-kind"]]);
  });

  it("python: annotates Any, imports no missing class, sends and reads any value", async () => {
    const { list } = await generate("spec30.yaml", "python", "--skip-validate-spec", "-p", "packageName=dangle");
    const code = list.filter((f) => f.path.endsWith(".py")).map((f) => String(f.contents)).join("\n");
    expect(code).not.toMatch(/\bMissing[A-Z]/);
    const dir = path.join(fixture.tmp, "py");
    const script = [
      "import json, os, dangle",
      "conf = dangle.Configuration(host=os.environ['ECHO_URL'])",
      "with dangle.ApiClient(conf) as client:",
      "    api = dangle.ThingsApi(client)",
      "    raw = api.create_thing_without_preload_content({'free': ['form', 1, {'nested': True}]}, kind='a-kind')",
      "    seen = json.loads(raw.data)",
      "    print(json.dumps([seen['json'], seen['queryParams']]))",
      "    thing = dangle.Thing.from_dict({'id': 'x', 'detail': [1, 'two'], 'items': [None, {'a': 1}], 'byName': {'k': 3}})",
      "    print(json.dumps(thing.to_dict(), sort_keys=True))",
    ].join("\n") + "\n";
    const r = await runWithPackage(dir, list, "check.py", script, { ECHO_URL: fixture.echo.url });
    const [wire, model] = r.stdout.trim().split("\n");
    expect(JSON.parse(wire!)).toEqual([{ free: ["form", 1, { nested: true }] }, [["kind", "a-kind"]]]);
    expect(JSON.parse(model!)).toEqual({ byName: { k: 3 }, detail: [1, "two"], id: "x", items: [null, { a: 1 }] });
    await expectMypyStrict(dir, ["dangle"]);
  }, 300_000);

  it("python-prior: imports no missing class, sends and reads any value", async () => {
    const { list } = await generate("spec30.yaml", "python-prior", "--skip-validate-spec", "-p", "packageName=dangle_prior");
    const code = list.filter((f) => f.path.endsWith(".py")).map((f) => String(f.contents)).join("\n");
    expect(code).not.toMatch(/\bMissing[A-Z]/);
    const dir = path.join(fixture.tmp, "pp");
    const script = [
      "import json, os, dangle_prior",
      "from dangle_prior.api.things_api import ThingsApi",
      "conf = dangle_prior.Configuration(host=os.environ['ECHO_URL'])",
      "with dangle_prior.ApiClient(conf) as client:",
      "    api = ThingsApi(client)",
      "    raw = api.create_thing({'free': ['form', 1, {'nested': True}]}, kind='a-kind', _preload_content=False)",
      "    seen = json.loads(raw.data)",
      "    print(json.dumps([seen['json'], seen['queryParams']]))",
    ].join("\n") + "\n";
    const r = await runWithPackage(dir, list, "check.py", script, { ECHO_URL: fixture.echo.url });
    expect(JSON.parse(r.stdout.trim())).toEqual([{ free: ["form", 1, { nested: true }] }, [["kind", "a-kind"]]]);
  });
});
