// Issue 13: the generated client compiles in the projects people have. Every golden typescript spec
// and a few corpus specs, as CommonJS (the default) and as ES modules (supportsES6 with
// importFileExtension=.js), type-checked with the strict options of client-support.ts plus
// noUnusedLocals, noUnusedParameters, noPropertyAccessFromIndexSignature and isolatedModules, with the
// DOM library and without it (ES2022 and Node's types only), and for ES modules with module NodeNext
// and with ESNext + bundler resolution. Every combination must have zero diagnostics.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { CJS_STRICT_OPTIONS, STRICT_OPTIONS, formatDiagnostics, generateClient, tempDir, typeCheck, writeClient } from "./client-support.js";

const PROJECT_FLAGS: ts.CompilerOptions = { noUnusedLocals: true, noUnusedParameters: true, noPropertyAccessFromIndexSignature: true, isolatedModules: true };
const NO_DOM: ts.CompilerOptions = { lib: ["lib.es2022.d.ts"], types: ["node"], typeRoots: [path.resolve("node_modules/@types")] };
const BUNDLER: ts.CompilerOptions = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };

const SPECS = [
  "petstore.yaml",
  "echo_api.yaml",
  "composed-schemas.yaml",
  "osparc.json",
  "wire.yaml",
  "../corpus/oas-examples/3.0/json/discriminators.json",
  "../corpus/oas-examples/3.1/yaml/petstore.yaml",
  "../corpus/oas-examples/3.1/json/schema-types.json",
];

const COMBINATIONS: readonly (readonly [string, "cjs" | "esm", ts.CompilerOptions])[] = [
  ["CommonJS, DOM", "cjs", { ...CJS_STRICT_OPTIONS, ...PROJECT_FLAGS }],
  ["CommonJS, no DOM", "cjs", { ...CJS_STRICT_OPTIONS, ...PROJECT_FLAGS, ...NO_DOM }],
  ["ES modules NodeNext, DOM", "esm", { ...STRICT_OPTIONS, ...PROJECT_FLAGS }],
  ["ES modules NodeNext, no DOM", "esm", { ...STRICT_OPTIONS, ...PROJECT_FLAGS, ...NO_DOM }],
  ["ES modules ESNext + bundler, DOM", "esm", { ...STRICT_OPTIONS, ...PROJECT_FLAGS, ...BUNDLER }],
  ["ES modules ESNext + bundler, no DOM", "esm", { ...STRICT_OPTIONS, ...PROJECT_FLAGS, ...BUNDLER, ...NO_DOM }],
];

describe("typescript client: compiles under common project settings", () => {
  it.each(SPECS)("%s", async (spec) => {
    const clients = {
      cjs: await generateClient(spec, {}),
      esm: await generateClient(spec, { supportsES6: "true", importFileExtension: ".js" }),
    };
    const found: string[] = [];
    for (const [name, kind, options] of COMBINATIONS) {
      const diagnostics = typeCheck(writeClient(tempDir(`matrix-${kind}`), clients[kind]), options);
      if (diagnostics.length > 0) found.push(`${name}:\n${formatDiagnostics(diagnostics.slice(0, 10))}`);
    }
    expect(found.join("\n")).toBe("");
  });
});

// platform=node (form-data bodies, agents, Buffer bytes) and useInversify (decorators, services/*.ts)
// under the same settings; inversify clients with experimentalDecorators and the inversify package
// (a devDependency) beside them, as an application has it.
describe("typescript client: platform=node and useInversify compile under common project settings", () => {
  it.each([
    ["petstore.yaml", { platform: "node" }],
    ["echo_api.yaml", { platform: "node" }],
    ["petstore.yaml", { platform: "node", useInversify: "true" }],
    ["petstore.yaml", { useInversify: "true", useObjectParameters: "true" }],
    ["petstore.yaml", { useInversify: "true", useRxJS: "true" }],
  ] as const)("%s %o", async (spec, props) => {
    const inversify = "useInversify" in props;
    const extra: ts.CompilerOptions = inversify ? { experimentalDecorators: true } : {};
    const clients = {
      cjs: await generateClient(spec, props),
      esm: await generateClient(spec, { ...props, supportsES6: "true", importFileExtension: ".js" }),
    };
    const found: string[] = [];
    for (const [name, kind, options] of COMBINATIONS) {
      const dir = tempDir(`matrix-${kind}`);
      fs.mkdirSync(path.join(dir, "node_modules"));
      for (const dep of ["inversify", "rxjs"]) fs.symlinkSync(path.resolve("node_modules", dep), path.join(dir, "node_modules", dep), "dir");
      const diagnostics = typeCheck(writeClient(path.join(dir, "client"), clients[kind]), { ...options, ...extra });
      if (diagnostics.length > 0) found.push(`${name}:\n${formatDiagnostics(diagnostics.slice(0, 10))}`);
    }
    expect(found.join("\n")).toBe("");
  });
});
