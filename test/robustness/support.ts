// Helpers of the robustness tests: run the CLI in-process, type-check generated TypeScript with the
// compiler API, emit and import it in a child process, import generated Python.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export const ROOT = path.resolve(__dirname, "..", "..");

/** scripts/python-import-all.py: run with `python3 -c` in a generated client's root, it compiles and imports every module. */
export const PYTHON_IMPORT_ALL = fs.readFileSync(path.join(ROOT, "scripts/python-import-all.py"), "utf8");

export { run as runCli, type CliRun } from "../support/cli.js";

/** The `error:` and `warning:` lines of a run's stderr, with `file` replaced by `F`. */
export function diagnosticLines(err: string, file: string): string[] {
  return err
    .split("\n")
    .filter((l) => l.startsWith("error: ") || l.startsWith("warning: "))
    .map((l) => l.split(file).join("F"));
}

/** Every file under `dir`, relative and `/`-separated, sorted. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** Compiler options for generated TypeScript: its own tsconfig.json if it has one, always strict. */
function compilerOptions(dir: string): { options: ts.CompilerOptions; files: string[] } {
  const configPath = path.join(dir, "tsconfig.json");
  const files = listFiles(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.startsWith("dist/"))
    .map((f) => path.join(dir, f));
  const base: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
    skipLibCheck: true,
  };
  if (!fs.existsSync(configPath)) return { options: { ...base, strict: true }, files };
  const read = ts.readConfigFile(configPath, (p) => fs.readFileSync(p, "utf8"));
  const parsed = ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, dir);
  return { options: { ...base, ...parsed.options, strict: true }, files };
}

function format(diagnostics: readonly ts.Diagnostic[], dir: string): string[] {
  return diagnostics.map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return text;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(dir, d.file.fileName)}:${line + 1}:${character + 1}: TS${d.code}: ${text}`;
  });
}

/** Type-checks every generated .ts file under `dir` (strict, no emit); returns the errors. */
export function typecheck(dir: string): string[] {
  const { options, files } = compilerOptions(dir);
  if (files.length === 0) return [];
  const program = ts.createProgram(files, { ...options, noEmit: true });
  return format(ts.getPreEmitDiagnostics(program), dir);
}

/**
 * Type-checks (strict) and compiles the generated .ts files to `<dir>/dist` in one program, errors
 * and all; returns the errors and the emitted .js files.
 */
export function compileToJs(dir: string): { errors: string[]; modules: string[] } {
  const { options, files } = compilerOptions(dir);
  if (files.length === 0) return { errors: [], modules: [] };
  const outDir = path.join(dir, "dist");
  const program = ts.createProgram(files, { ...options, noEmit: false, noEmitOnError: false, declaration: false, sourceMap: false, outDir, rootDir: dir });
  const errors = format(ts.getPreEmitDiagnostics(program), dir);
  program.emit();
  const modules = listFiles(outDir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => path.join(outDir, f));
  return { errors, modules };
}

/**
 * Imports every module in `modules` in a fresh Node process whose `fetch` only records calls, then
 * calls every method of every exported class with an empty request (so request building runs too).
 * Returns the process result; the caller checks what it must not have done.
 */
export function importAndRun(cwd: string, modules: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const script = `
    const calls = [];
    globalThis.fetch = async (url, init) => { calls.push(String(url)); return new Response("{}", { status: 200, headers: { "content-type": "application/json" } }); };
    const modules = ${JSON.stringify(modules.map((m) => `file://${m}`))};
    let imported = 0, invoked = 0;
    for (const m of modules) {
      const ns = await import(m);
      imported++;
      for (const value of Object.values(ns)) {
        if (typeof value !== "function" || !/^class\\b/.test(Function.prototype.toString.call(value))) continue;
        let instance;
        try { instance = new value(); } catch { continue; }
        for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(instance))) {
          if (name === "constructor" || typeof instance[name] !== "function") continue;
          try { await instance[name]({}); invoked++; } catch { invoked++; }
        }
      }
    }
    console.log(JSON.stringify({ imported, invoked, calls: calls.length }));
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
