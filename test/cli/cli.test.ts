// The command line: what users see for good and bad input.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../support/cli.js";
import { parseGenerateArgs, parseKeyValues } from "../../src/cli/options.js";

const ROOT = path.resolve(__dirname, "..", "..");
const MINIMAL = path.join(ROOT, "fixtures/specs/minimal.yaml");
const PETSTORE = path.join(ROOT, "fixtures/golden/openapi-generator/typescript-petstore/spec/petstore.yaml");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-cli-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("generate", () => {
  it("writes the docs of a spec and reports what it wrote", async () => {
    const out = path.join(tmp, "ok");
    const r = await run("generate", "-i", MINIMAL, "-g", "typescript", "-o", out);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(out, "docs/ItemsApi.md"), "utf8")).toContain("# **getItem**");
    expect(r.err).toMatch(/wrote \d+ files to /);
  });

  it("reports every problem of an invalid spec with file, pointer and line, and writes nothing", async () => {
    const out = path.join(tmp, "never");
    const spec = path.join(ROOT, "fixtures/specs/invalid-type.yaml");
    const r = await run("generate", "-i", spec, "-g", "typescript", "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${spec}:21:17 #/paths/~1a/get/responses/200/content/application~1json/schema/$ref: $ref "#/components/schemas/Nope" points to nothing`);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.existsSync(out)).toBe(false);
  });

  it("points into the Swagger 2.0 file for problems found after converting it", async () => {
    const spec = path.join(ROOT, "fixtures/specs/swagger2-dangling-ref.yaml");
    // A 2.0 schema $ref to nothing generates (OAG's parser does not report it), with a warning.
    const r = await run("generate", "-i", spec, "-g", "typescript", "-o", path.join(tmp, "v2"));
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`warning: ${spec}:12:13 #/paths/~1a/get/responses/200/schema/$ref: $ref "#/definitions/Nope" points to nothing: `);
    const v = await run("validate", "-i", spec);
    expect(v.code).toBe(1);
    expect(v.err).toContain(`error: ${spec}:12:13 #/paths/~1a/get/responses/200/schema/$ref: $ref "#/definitions/Nope" points to nothing. `);
  });

  it("`validate` reports schema violations as errors with their line", async () => {
    const spec = path.join(ROOT, "fixtures/specs/invalid-type.yaml");
    const r = await run("validate", "-i", spec);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`error: ${spec}:14:13 #/paths/~1a/get/parameters/0/schema/type: must be equal to one of the allowed values`);
    expect(r.err).toContain(`error: ${spec}:21:17 #/paths/~1a/get/responses/200/content/application~1json/schema/$ref: $ref "#/components/schemas/Nope" points to nothing`);
    expect(r.err).toContain("2 errors");
  });

  it("names the line of a JSON syntax error", async () => {
    const spec = path.join(ROOT, "fixtures/specs/truncated.json");
    const r = await run("generate", "-i", spec, "-g", "typescript", "-o", path.join(tmp, "t"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`error: ${spec.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1:\\d+ #: invalid JSON`));
  });

  it("says so when the file does not exist", async () => {
    const r = await run("generate", "-i", path.join(tmp, "nope.yaml"), "-g", "typescript", "-o", path.join(tmp, "x"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("cannot read the spec: no such file");
  });

  it("lists the known generators when the name is unknown", async () => {
    const r = await run("generate", "-i", MINIMAL, "-g", "cobol", "-o", path.join(tmp, "x"));
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown generator "cobol"; known generators: ');
    expect(r.err).toContain("typescript");
  });

  it("warns about an option the generator does not use, and still generates", async () => {
    const r = await run("generate", "-i", MINIMAL, "-g", "typescript", "-o", path.join(tmp, "w"), "-p", "noSuchOption=1");
    expect(r.code).toBe(0);
    expect(r.err).toContain('the typescript generator does not use the option "noSuchOption"');
  });

  it("leaves an existing output folder untouched when generation fails", async () => {
    const out = path.join(tmp, "existing");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "keep.txt"), "mine");
    const r = await run("generate", "-i", path.join(ROOT, "fixtures/specs/invalid-type.yaml"), "-g", "typescript", "-o", out);
    expect(r.code).toBe(1);
    expect(fs.readdirSync(out)).toEqual(["keep.txt"]);
  });

  it("uses a template from --template-dir in place of the built-in one", async () => {
    const templates = path.join(tmp, "templates");
    fs.mkdirSync(templates);
    fs.writeFileSync(path.join(templates, "readme.hbs"), "custom readme for {{npmName}}\n");
    const out = path.join(tmp, "templated");
    const r = await run("generate", "-i", MINIMAL, "-g", "typescript", "-o", out, "-t", templates, "-p", "npmName=pkg");
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(out, "README.md"), "utf8")).toBe("custom readme for pkg\n");
  });

  it("reads a spec from a URL and resolves its relative servers against it", async () => {
    const server = http.createServer((_req, res) => res.end(fs.readFileSync(MINIMAL)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const out = path.join(tmp, "from-url");
      const r = await run("generate", "-i", `http://127.0.0.1:${port}/specs/minimal.yaml`, "-g", "typescript", "-o", out);
      expect(r.code).toBe(0);
      expect(fs.readFileSync(path.join(out, "docs/ItemsApi.md"), "utf8")).toContain(`All URIs are relative to *http://127.0.0.1:${port}/api/v1*`);
    } finally {
      server.close();
    }
  });

  it("follows $refs into sibling files", async () => {
    const out = path.join(tmp, "split");
    const r = await run("generate", "-i", path.join(ROOT, "fixtures/specs/split/main.yaml"), "-g", "typescript", "-o", out);
    expect(r.code, r.err).toBe(0);
    const doc = fs.readFileSync(path.join(out, "docs/PetsApi.md"), "utf8");
    expect(doc).toContain("> Pet getPet()");
    expect(doc).toContain(" **petId** | [**number**] | The pet\\&#39;s id | defaults to undefined");
    expect(doc).toContain("**404** | No such pet |  -  |");
    expect(fs.readFileSync(path.join(out, "models/Owner.ts"), "utf8")).toContain("Owner");
  });

  it("gives a generator's warnings the line of the spec node they are about (2.0 specs included)", async () => {
    for (const [spec, where] of [
      ["fixtures/corpus/oas-examples/3.1/yaml/petstore.yaml", "657:5 #/components/schemas/ApiResponse"],
      ["fixtures/corpus/oas-examples/2.0/json/petstore.json", "869:5 #/definitions/ApiResponse"],
    ] as const) {
      const r = await run("generate", "-i", path.join(ROOT, spec), "-g", "python", "-o", path.join(tmp, `warn-${path.extname(spec)}`));
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain(`warning: ${path.join(ROOT, spec)}:${where}: model ApiResponse is exported as openapi_client.ApiResponse`);
    }
  });

  it("reports a URL that fails", async () => {
    const server = http.createServer((_req, res) => {
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const r = await run("generate", "-i", `http://127.0.0.1:${port}/missing.yaml`, "-g", "typescript", "-o", path.join(tmp, "u"));
      expect(r.code).toBe(1);
      expect(r.err).toContain("cannot fetch the spec: HTTP 404");
    } finally {
      server.close();
    }
  });
});

describe("other commands", () => {
  it("`list` names the generators", async () => {
    const r = await run("list");
    expect(r.code).toBe(0);
    expect(r.out).toContain("    - typescript");
  });

  it("`--version` prints the package version", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect((await run("--version")).out).toBe(`oaswright ${pkg.version}\n`);
  });

  it.each([["help"], ["--help"], ["generate", "--help"], ["validate", "--help"], ["list", "--help"]])("%s %s prints usage", async (...argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage: oaswright/);
  });

  it("`validate` accepts a valid spec", async () => {
    const r = await run("validate", "-i", PETSTORE);
    expect(r.code).toBe(0);
    expect(r.out).toContain("No validation issues detected");
  });
});

describe("option parsing (openapi-generator-cli compatible)", () => {
  it.each([
    ["a=1,b=two", { a: "1", b: "two" }],
    ["flag", { flag: "true" }],
    ["url=http://x/?q=1", { url: "http://x/?q=1" }],
    ["", {}],
  ])("parseKeyValues(%j)", (text, want) => {
    expect(parseKeyValues(text, "-p")).toEqual(want);
  });

  it("merges -p, --additional-properties=, shorthand flags, mappings and a config file", () => {
    const config = path.join(tmp, "config.yaml");
    fs.writeFileSync(config, "npmName: from-config\nadditionalProperties:\n  npmVersion: 2.0.0\nnameMappings:\n  a: b\n");
    const args = parseGenerateArgs([
      "-i", "spec.yaml", "-g", "python", "-o", "out", "-c", config,
      "-p", "x=1", "--additional-properties=y=2,z=3", "--package-name", "pkg",
      "--name-mappings=_type=underscore_type", "--model-name-mappings", "ApiResponse=ModelApiResponse",
      "--global-property", "apiDocs=false", "--skip-validate-spec",
    ]);
    expect(args.options.additionalProperties).toEqual({ npmName: "from-config", npmVersion: "2.0.0", x: "1", y: "2", z: "3", packageName: "pkg" });
    expect(args.options.nameMappings).toEqual({ a: "b", _type: "underscore_type" });
    expect(args.options.modelNameMappings).toEqual({ ApiResponse: "ModelApiResponse" });
    expect(args.options.globalProperties).toEqual({ apiDocs: "false" });
    expect(args.skipValidateSpec).toBe(true);
  });
});

describe("bin/oaswright.cjs", () => {
  it("runs as a command (built dist)", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/oaswright.cjs"), "--version"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^oaswright \d+\.\d+\.\d+/);
  });
});
