// Shared by the typescript client tests: generate a client in memory, write it to a temporary
// folder, type-check it strict with the TypeScript compiler API, or compile it to JavaScript.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect } from "vitest";
import type { GeneratedFile } from "../../../src/render/write.js";
import { generateInMemory } from "../../support/generate.js";

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "fixtures", "typescript");

export async function generateClient(spec: string, additionalProperties: Record<string, string> = {}): Promise<readonly GeneratedFile[]> {
  return (await generateInMemory(path.join(FIXTURES, spec), "typescript", additionalProperties)).files;
}

/** Loads a client transpiled as CommonJS, with `require` as an application would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the compiled client is loaded untyped
export function requireClient(dir: string): any {
  return createRequire(path.join(dir, "package.json"))("./index.js");
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `oaswright-${prefix}-`));
}

/** Writes the client's TypeScript sources and package files; returns the .ts paths. */
export function writeClient(dir: string, files: readonly GeneratedFile[]): string[] {
  const roots: string[] = [];
  for (const f of files) {
    const dest = path.join(dir, ...f.path.split("/"));
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, f.contents);
    if (f.path.endsWith(".ts")) roots.push(dest);
  }
  return roots;
}

/**
 * Stricter than `--strict`: what a careful user's tsconfig may turn on. For ES module clients
 * (supportsES6 with importFileExtension=.js, and deno's); CommonJS clients (the default) are
 * checked with CJS_STRICT_OPTIONS, since verbatimModuleSyntax forbids `import` in CommonJS files.
 */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  types: [],
  strict: true,
  noImplicitOverride: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  erasableSyntaxOnly: true,
  skipLibCheck: true,
  // For platform=deno clients, whose imports name the .ts files.
  allowImportingTsExtensions: true,
  noEmit: true,
};

/** STRICT_OPTIONS for CommonJS packages (`"type": "commonjs"`, extensionless imports). */
export const CJS_STRICT_OPTIONS: ts.CompilerOptions = { ...STRICT_OPTIONS, verbatimModuleSyntax: false };

export function formatDiagnostics(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => os.tmpdir(),
    getNewLine: () => "\n",
  });
}

/** Type-checks all roots in one program (the libs are parsed once); returns the diagnostics. */
export function typeCheck(roots: readonly string[], options: ts.CompilerOptions = CJS_STRICT_OPTIONS): readonly ts.Diagnostic[] {
  const program = ts.createProgram({ rootNames: roots, options });
  return ts.getPreEmitDiagnostics(program);
}

/**
 * The steps of a test that runs a client: writes `files` (the client and the test's own `app.ts`)
 * under dir/src, type-checks them with CJS_STRICT_OPTIONS (a diagnostic fails the test, printed),
 * transpiles them as CommonJS to dir/js and loads dir/js/app.js. For ES module clients, other
 * compiler options or another entry, use the steps one by one.
 */
export function typeCheckAndLoadApp<T>(dir: string, files: readonly GeneratedFile[]): T {
  const diagnostics = typeCheck(writeClient(path.join(dir, "src"), files), CJS_STRICT_OPTIONS);
  expect(diagnostics.length, formatDiagnostics(diagnostics)).toBe(0);
  transpileToJs(files, path.join(dir, "js"));
  return createRequire(path.join(dir, "js", "package.json"))("./app.js") as T;
}

/**
 * Transpiles the client's .ts files to JavaScript under outDir, file by file, as CommonJS (the
 * package's default) or as ES modules (supportsES6 with importFileExtension=.js); `extra` adds
 * compiler options (experimentalDecorators for useInversify clients). No type check:
 * compile.test.ts type-checks the same clients strict. Fast enough to run per test file.
 */
export function transpileToJs(files: readonly GeneratedFile[], outDir: string, format: "commonjs" | "module" = "commonjs", extra: ts.CompilerOptions = {}): void {
  for (const f of files) {
    if (!f.path.endsWith(".ts")) continue;
    const out = ts.transpileModule(String(f.contents), {
      fileName: f.path,
      compilerOptions:
        format === "module"
          ? { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true, ...extra }
          : { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, ...extra },
      reportDiagnostics: true,
    });
    if (out.diagnostics && out.diagnostics.length > 0) throw new Error(formatDiagnostics(out.diagnostics));
    const dest = path.join(outDir, ...f.path.replace(/\.ts$/, ".js").split("/"));
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, out.outputText);
  }
  fs.writeFileSync(path.join(outDir, "package.json"), `{ "type": "${format}" }\n`);
}
