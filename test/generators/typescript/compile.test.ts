// Every golden typescript spec (and our wire spec) generates a client that type-checks with
// zero errors under strict settings (stricter than --strict) in each module format and API style,
// its package builds with its own tsconfig.json and loads with require(), and generation is
// deterministic.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../../src/render/write.js";
import { generateInMemory } from "../../support/generate.js";
import { CJS_STRICT_OPTIONS, FIXTURES, formatDiagnostics, generateClient, STRICT_OPTIONS, tempDir, typeCheck, writeClient } from "./client-support.js";

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** [spec, additional properties, whether its docs' examples are checked too]. */
const SPECS: readonly (readonly [string, Record<string, string>, boolean])[] = [
  ["osparc.json", {}, true],
  ["petstore.yaml", { platform: "node", npmName: "ts-petstore-client", projectName: "ts-petstore-client", moduleName: "petstore" }, true],
  ["echo_api.yaml", { platform: "node", npmName: "@openapitools/typescript-echo-api", npmVersion: "1.0.0" }, true],
  ["composed-schemas.yaml", { npmName: "ts-petstore-client" }, true],
  ["wire.yaml", {}, true],
  // The docs of these print OAG's names, which are no identifiers here: only the client is checked.
  ["name-clashes.yaml", {}, false],
  ["odd-names.yaml", {}, false],
  ["echo_api.yaml", { platform: "deno" }, false],
];

/**
 * The ```typescript examples of the generated <Tag>Api.md (docs/ from 7.17.0), importing the client beside them.
 * Examples that OpenAPI Generator's docs print broken (a composed schema's example is a bare
 * `null`, a date example ends in `;,`) are left out: they compile against no client.
 */
function docExamples(files: readonly GeneratedFile[]): { path: string; contents: string }[] {
  const out: { path: string; contents: string }[] = [];
  for (const f of files) {
    if (!/^(docs\/)?[^/]+Api\.md$/.test(f.path)) continue;
    const blocks = [...String(f.contents).matchAll(/```typescript\n([\s\S]*?)```/g)].map((m) => m[1]!);
    blocks.forEach((block, i) => {
      if (/;,|^\s*null,$|: null,$/m.test(block)) return;
      const code = block.replace(/from '[^']*'/g, "from '../index.js'");
      out.push({ path: `examples/${path.basename(f.path, ".md")}_${i}.ts`, contents: `declare const fs: any;\ndeclare const Buffer: any;\n${code}\nexport {};\n` });
    });
  }
  return out;
}

/** OAG's docs show request objects and top-level await: they compile against an ES module, useObjectParameters client. */
const ESM_OBJECT_PARAMS = { useObjectParameters: "true", supportsES6: "true", importFileExtension: ".js" };

describe("typescript client: compiles strict", () => {
  it("type-checks the client of every spec (CommonJS, positional and request objects) with zero errors", async () => {
    const root = tempDir("compile-cjs");
    const roots: string[] = [];
    for (const [spec, props] of SPECS) {
      if (props["platform"] === "deno") continue;
      for (const [variant, extra] of [["positional", {}], ["object", { useObjectParameters: "true" }]] as const) {
        const files = await generateClient(spec, { ...props, ...extra });
        roots.push(...writeClient(path.join(root, `${path.parse(spec).name}-${props["platform"] ?? "browser"}-${variant}`), files));
      }
    }
    // The naming options and useRxJS (rxjs is the project's devDependency, linked as if installed).
    const options = [
      ["naming", { enumPropertyNaming: "UPPERCASE", modelPropertyNaming: "snake_case", paramNaming: "PascalCase" }],
      ["original", { enumPropertyNaming: "original", modelPropertyNaming: "original", paramNaming: "original" }],
      ["rxjs", { useRxJS: "true" }],
      ["rxjs-object", { useRxJS: "true", useObjectParameters: "true" }],
    ] as const;
    fs.mkdirSync(path.join(root, "node_modules"));
    fs.symlinkSync(path.join(PROJECT, "node_modules", "rxjs"), path.join(root, "node_modules", "rxjs"), "dir");
    for (const spec of ["petstore.yaml", "wire.yaml"]) {
      for (const [variant, props] of options) roots.push(...writeClient(path.join(root, `${path.parse(spec).name}-${variant}`), await generateClient(spec, props)));
    }
    expect(formatDiagnostics(typeCheck(roots, CJS_STRICT_OPTIONS))).toBe("");
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("enumPropertyNaming, modelPropertyNaming, paramNaming name members, properties and parameters as OAG's", async () => {
    const given: readonly (readonly [Record<string, string>, string, string, string])[] = [
      [{}, "Available:", "declare photoUrls:", "getPetById(petId: number"],
      [{ enumPropertyNaming: "UPPERCASE", modelPropertyNaming: "snake_case", paramNaming: "snake_case" }, "AVAILABLE:", "declare photo_urls:", "getPetById(pet_id: number"],
      [{ enumPropertyNaming: "camelCase", modelPropertyNaming: "PascalCase", paramNaming: "PascalCase" }, "available:", "declare PhotoUrls:", "getPetById(PetId: number"],
      [{ enumPropertyNaming: "snake_case", modelPropertyNaming: "original", paramNaming: "original" }, "available:", "declare photoUrls:", "getPetById(petId: number"],
    ];
    for (const [props, member, property, method] of given) {
      const files = await generateClient("petstore.yaml", props);
      const text = (p: string) => String(files.find((f) => f.path === p)!.contents);
      const pet = text("models/Pet.ts");
      expect(pet.slice(pet.indexOf("export const PetStatusEnum")).split("\n")[1]!.trim().split(" ")[0]).toBe(member);
      expect(pet.split("\n").find((l) => /declare [A-Za-z_]*(hoto|HOTO)/.test(l))!.trim().split(" ").slice(0, 2).join(" ")).toBe(property);
      expect(text("types/PromiseAPI.ts")).toContain(`public ${method}`);
    }
  });

  it("type-checks the ES module clients and deno's, and the examples their docs show, with zero errors", async () => {
    const root = tempDir("compile-esm");
    const roots: string[] = [];
    let examples = 0;
    let apiDocs = 0;
    for (const [spec, props, checkExamples] of SPECS) {
      const deno = props["platform"] === "deno";
      const files = await generateClient(spec, deno ? props : { ...props, ...ESM_OBJECT_PARAMS });
      const dir = path.join(root, `${path.parse(spec).name}-${props["platform"] ?? "browser"}`);
      roots.push(...writeClient(dir, files));
      // Deno treats every file as ESM; Node's resolution (used for the check) needs to be told.
      if (deno) fs.writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
      else expect(JSON.parse(String(files.find((f) => f.path === "package.json")!.contents))).toMatchObject({ type: "module" });
      const shown = checkExamples ? docExamples(files) : [];
      roots.push(...writeClient(dir, shown));
      examples += shown.length;
      apiDocs += files.filter((f) => /^(docs\/)?[^/]+Api\.md$/.test(f.path)).length;
    }
    expect(examples).toBeGreaterThan(120);
    expect(apiDocs).toBeGreaterThan(20);
    expect(formatDiagnostics(typeCheck(roots, STRICT_OPTIONS))).toBe("");
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("platform=deno: imports name the .ts files; no package.json or tsconfig.json", async () => {
    const files = await generateClient("echo_api.yaml", { platform: "deno" });
    expect(files.some((f) => f.path === "package.json" || f.path === "tsconfig.json")).toBe(false);
    const index = String(files.find((f) => f.path === "index.ts")!.contents);
    expect(index).toContain('from "./http/http.ts"');
    expect(index).not.toContain('.js"');
  });

  it("importFileExtension: every relative import ends in it; none by default", async () => {
    for (const [props, ending] of [[{}, ""], [{ importFileExtension: ".js" }, ".js"], [{ importFileExtension: ".mjs" }, ".mjs"]] as const) {
      const files = await generateClient("petstore.yaml", props);
      const specifiers = files.filter((f) => f.path.endsWith(".ts")).flatMap((f) => [...String(f.contents).matchAll(/from "(\.[^"]*)"/g)].map((m) => m[1]!));
      expect(specifiers.length).toBeGreaterThan(50);
      for (const s of specifiers) expect(s).toMatch(ending === "" ? /\/[A-Za-z-]+$/ : new RegExp(`\\${ending}$`));
    }
  });

  it("emits package.json and tsconfig.json as OAG's package.mustache/tsconfig.mustache: CommonJS by default, ES modules with supportsES6", async () => {
    const files = await generateClient("petstore.yaml", { npmName: "ts-petstore-client", npmVersion: "1.2.3" });
    const pkg = JSON.parse(String(files.find((f) => f.path === "package.json")!.contents)) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      name: "ts-petstore-client",
      version: "1.2.3",
      type: "commonjs",
      main: "./dist/index.js",
      typings: "./dist/index.d.ts",
      exports: { ".": { require: "./dist/index.js", types: "./dist/index.d.ts" } },
      scripts: { build: "tsc" },
      devDependencies: { typescript: "^5.9.3" },
    });
    expect(pkg["dependencies"]).toBeUndefined();
    const tsconfig = JSON.parse(String(files.find((f) => f.path === "tsconfig.json")!.contents)) as { compilerOptions: Record<string, unknown> };
    expect(tsconfig.compilerOptions).toMatchObject({ strict: true, module: "CommonJS", outDir: "./dist", declaration: true });
    const es6 = await generateClient("petstore.yaml", { supportsES6: "true", useRxJS: "true" });
    const esPkg = JSON.parse(String(es6.find((f) => f.path === "package.json")!.contents)) as Record<string, unknown>;
    expect(esPkg).toMatchObject({ type: "module", module: "./dist/index.js", exports: { ".": { import: "./dist/index.js" } }, dependencies: { rxjs: expect.any(String) } });
    expect(es6.some((f) => f.path === "rxjsStub.ts")).toBe(false);
    expect((JSON.parse(String(es6.find((f) => f.path === "tsconfig.json")!.contents)) as { compilerOptions: Record<string, unknown> }).compilerOptions).toMatchObject({ module: "ES2020" });
  });

  it("the default package builds with its own tsconfig.json (tsc -p) and loads with require()", async () => {
    const dir = tempDir("tsc");
    writeClient(dir, await generateClient("petstore.yaml", { npmName: "ts-petstore-client" }));
    const tsc = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "node_modules", "typescript", "bin", "tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", dir], { encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
    const client = createRequire(path.join(dir, "package.json"))("./dist/index.js") as Record<string, unknown>;
    expect(Object.keys(client)).toEqual(expect.arrayContaining(["PetApi", "createConfiguration", "ObjectSerializer", "Pet", "PetStatusEnum", "wrapHttpLibrary", "server1"]));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("typescript client: OAG's model statics", () => {
  it("a oneOf model's <Model>Class holds the discriminator's property name, as OAG's composed-schemas sample", async () => {
    // samples/openapi3/client/petstore/typescript/builds/composed-schemas/models/PetsPatchRequest.ts
    const files = await generateClient("composed-schemas.yaml", { npmName: "ts-petstore-client" });
    const text = String(files.find((f) => f.path === "models/PetsPatchRequest.ts")!.contents);
    const body = text.slice(text.indexOf("export class PetsPatchRequestClass {"));
    expect(body.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("static"))).toEqual([
      'static readonly discriminator: string | undefined = "petType";',
      "static readonly mapping: { [index: string]: string } | undefined = undefined;",
    ]);
  });

  it("a framework other than fetch-api and jquery is warned about: the fetch client is what is generated", async () => {
    const generate = (framework: string) =>
      generateInMemory(path.join(FIXTURES, "petstore.yaml"), "typescript", { framework });
    const other = await generate("angular");
    expect(other.warnings.map((w) => w.message)).toContain('framework "angular" is not generated; the client uses fetch (framework=fetch-api)');
    expect(other.files.map((f) => f.path)).toContain("http/isomorphic-fetch.ts");
    // jquery is generated (test/generators/typescript/jquery.test.ts): no warning.
    const jquery = await generate("jquery");
    expect(jquery.warnings.filter((w) => /framework/.test(w.message))).toEqual([]);
  });
});

describe("typescript client: deterministic", () => {
  for (const spec of ["osparc.json", "wire.yaml"]) {
    it(`generates ${spec} twice to the same bytes`, async () => {
      const a = await generateClient(spec);
      const b = await generateClient(spec);
      expect(b.map((f) => f.path)).toEqual(a.map((f) => f.path));
      for (let i = 0; i < a.length; i++) expect(b[i]!.contents, a[i]!.path).toEqual(a[i]!.contents);
    });
  }
});
