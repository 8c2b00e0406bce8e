// Spec text is data, never code. fixtures/hostile/hostile.yaml carries payloads in every text
// position (descriptions, summaries, titles, names, enum values, defaults, examples, path
// templates, server URLs, security schemes) that would create a marker file if a generator pasted
// them into code: JavaScript through process.getBuiltinModule("fs"), Python through open().
// For every registered generator (new generators are covered as they land):
//   - nothing is written outside -o, although tags, operationIds and model names say ../../tmp;
//   - TypeScript output (whatever exists of it) type-checks strict with zero errors, and importing
//     every emitted module and calling every API method (fetch stubbed) creates no marker;
//   - Python output compiles, and importing every module of every package creates no marker (in
//     the Python root, test/support/python.ts).

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatorNames } from "../../src/generators/index.js";
import { parseSpec, DEFAULT_PARSE_OPTIONS } from "../../src/parse/index.js";
import { hostPython, pythonRoot, runPython } from "../support/python.js";
import { PYTHON_IMPORT_ALL, ROOT, compileToJs, importAndRun, listFiles, runCli } from "./support.js";

const MARKER = `oaswright-pwned-${randomBytes(6).toString("hex")}`;
const GENERATORS = generatorNames();

let tmp: string;
let spec: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-hostile-"));
  spec = path.join(tmp, "hostile.yaml");
  fs.writeFileSync(spec, fs.readFileSync(path.join(ROOT, "fixtures/hostile/hostile.yaml"), "utf8").split("__MARKER__").join(MARKER));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  for (const dir of markerDirs()) for (const name of markers(dir)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
});

/** Where a payload's /tmp/<marker>-* lands: the host's /tmp, and the Python root's when used. */
function markerDirs(): string[] {
  const root = hostPython() ? null : pythonRoot();
  return ["/tmp", os.tmpdir(), ...(root ? [path.join(root, "tmp")] : [])].filter((d, i, all) => all.indexOf(d) === i && fs.existsSync(d));
}

function markers(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.startsWith(MARKER));
}

function allMarkers(): string[] {
  return markerDirs().flatMap((dir) => markers(dir).map((m) => path.join(dir, m)));
}

const outputs = new Map<string, string>();
/** Generates once per generator into <tmp>/<generator>/out. */
async function generated(generator: string): Promise<string> {
  const cached = outputs.get(generator);
  if (cached) return cached;
  const parent = path.join(tmp, generator);
  fs.mkdirSync(parent);
  const out = path.join(parent, "out");
  const r = await runCli("generate", "-i", spec, "-g", generator, "-o", out);
  expect(r.code, r.err).toBe(0);
  expect(fs.readdirSync(parent)).toEqual(["out"]);
  outputs.set(generator, out);
  return out;
}

describe("hostile spec text", () => {
  it("is read as written: the payloads reach the IR unchanged", async () => {
    const { model } = await parseSpec(spec, { ...DEFAULT_PARSE_OPTIONS, validate: "off" });
    expect(model.info.title).toContain(`writeFileSync("/tmp/${MARKER}-j1", "")`);
    expect(model.info.title).toContain(`open("/tmp/${MARKER}-p6", "w")`);
    expect(model.schemas.filter((s) => s.origin === "component").map((s) => s.name)).toEqual(['Evil"Model*/', "Evil\"Enum'*/", `../../../../tmp/${MARKER}-model`, 'Choice"*/']);
    expect(model.operations.map((o) => o.path)).toEqual(["/items/{id}/\"\"\"/'''/*/`${x}`/\\/../../etc", "/p/{a\"b}/'''/*/../"]);
  });

  for (const generator of GENERATORS) {
    describe(generator, () => {
      it("writes every file inside -o, with plain relative paths", async () => {
        const out = await generated(generator);
        const files = listFiles(out);
        expect(files.length).toBeGreaterThan(0);
        for (const f of files) expect(f.split("/"), f).not.toContain("..");
        expect(allMarkers()).toEqual([]);
        // The docs: a README and one page per API (two tags, one holding `../../tmp`).
        expect(files.filter((f) => f === "README.md" || /(^|\/)[^/]*Api\.md$/.test(f)).length, files.join("\n")).toBeGreaterThanOrEqual(3);
      });

      it("TypeScript output type-checks strict; importing and calling it runs no spec text", async () => {
        const out = await generated(generator);
        if (!listFiles(out).some((f) => f.endsWith(".ts"))) return; // not a TypeScript generator
        const { errors, modules } = compileToJs(out);
        expect(errors).toEqual([]);
        expect(modules.length).toBeGreaterThan(0);
        const r = importAndRun(out, modules);
        expect(r.stderr).toBe("");
        expect(r.code).toBe(0);
        const summary = JSON.parse(r.stdout) as { imported: number; invoked: number; calls: number };
        expect(summary.imported).toBe(modules.length);
        expect(summary.invoked).toBeGreaterThan(0);
        expect(allMarkers()).toEqual([]);
      });

      it("Python output compiles, and importing every module runs no spec text", async () => {
        const out = await generated(generator);
        if (!listFiles(out).some((f) => f.endsWith(".py"))) return; // not (yet) a Python generator
        const r = await runPython({ cwd: out, args: ["-c", PYTHON_IMPORT_ALL], timeoutMs: 120_000 });
        expect(r.stderr).toBe("");
        expect(r.code, r.stdout).toBe(0);
        expect(Number(r.stdout.trim())).toBeGreaterThan(0);
        expect(allMarkers()).toEqual([]);
      });
    });
  }
});

describe("names that are Object.prototype members (__proto__, constructor, toString)", () => {
  const file = path.join(ROOT, "fixtures/hostile/prototype-names.yaml");

  it("reach the IR as written, YAML `__proto__` keys included", async () => {
    const { model } = await parseSpec(file, { ...DEFAULT_PARSE_OPTIONS, validate: "off" });
    expect(model.schemas.map((s) => s.name)).toEqual(["constructor", "__proto__"]);
    const props = model.schemas[0]!.schema.kind === "object" ? model.schemas[0]!.schema.properties.map((p) => p.name) : [];
    expect(props).toEqual(["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]);
    expect(model.operations.map((o) => [o.path, o.operationId, o.parameters.map((p) => p.name)])).toEqual([["/__proto__/{toString}", "toString", ["toString", "__proto__"]]]);
  });

  // Generators look spec names up with `own()` (src/model/own.ts), never plain `record[name]`,
  // which would find Object.prototype's members. Each generates, and its output compiles/imports.
  for (const generator of GENERATORS) {
    it(`${generator}: generates code that compiles and imports`, async () => {
      const out = path.join(tmp, `prototype-${generator}`);
      const r = await runCli("generate", "-i", file, "-g", generator, "-o", out);
      expect(r.code, r.err).toBe(0);
      if (listFiles(out).some((f) => f.endsWith(".ts"))) expect(compileToJs(out).errors).toEqual([]);
      if (listFiles(out).some((f) => f.endsWith(".py"))) {
        const py = await runPython({ cwd: out, args: ["-c", PYTHON_IMPORT_ALL], timeoutMs: 120_000 });
        expect(py.stderr).toBe("");
        expect(py.code, py.stdout).toBe(0);
      }
    });
  }
});

/** Compiles every .py file of a generated client, then imports every module of every package. */
