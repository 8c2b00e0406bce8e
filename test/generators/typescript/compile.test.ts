// Every golden typescript spec (and our wire spec) generates a client that type-checks with
// zero errors under strict settings (stricter than --strict), and generation is deterministic.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../../src/render/write.js";
import { formatDiagnostics, generateClient, tempDir, typeCheck, writeClient } from "./client-support.js";

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
 * The ```typescript examples of the generated <Tag>Api.md, importing the client beside them.
 * Examples that OpenAPI Generator's docs print broken (a composed schema's example is a bare
 * `null`, a date example ends in `;,`) are left out: they compile against no client.
 */
function docExamples(files: readonly GeneratedFile[]): { path: string; contents: string }[] {
  const out: { path: string; contents: string }[] = [];
  for (const f of files) {
    if (!/^[^/]+Api\.md$/.test(f.path)) continue;
    const blocks = [...String(f.contents).matchAll(/```typescript\n([\s\S]*?)```/g)].map((m) => m[1]!);
    blocks.forEach((block, i) => {
      if (/;,|^\s*null,$|: null,$/m.test(block)) return;
      const code = block.replace(/from '[^']*'/g, "from '../index.js'");
      out.push({ path: `examples/${f.path.slice(0, -3)}_${i}.ts`, contents: `declare const fs: any;\ndeclare const Buffer: any;\n${code}\nexport {};\n` });
    });
  }
  return out;
}

describe("typescript client: compiles strict", () => {
  it("type-checks the client of every spec, and the examples its docs show, with zero errors", async () => {
    const root = tempDir("compile");
    const roots: string[] = [];
    let examples = 0;
    let apiDocs = 0;
    for (const [spec, props, checkExamples] of SPECS) {
      const files = await generateClient(spec, props);
      const dir = path.join(root, `${path.parse(spec).name}-${props["platform"] ?? "browser"}`);
      roots.push(...writeClient(dir, files));
      // Deno treats every file as ESM; Node's resolution (used for the check) needs to be told.
      if (props["platform"] === "deno") fs.writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
      const shown = checkExamples ? docExamples(files) : [];
      roots.push(...writeClient(dir, shown));
      examples += shown.length;
      apiDocs += files.filter((f) => /^[^/]+Api\.md$/.test(f.path)).length;
    }
    expect(examples).toBeGreaterThan(120);
    expect(apiDocs).toBeGreaterThan(20);
    const diagnostics = typeCheck(roots);
    expect(formatDiagnostics(diagnostics)).toBe("");
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("platform=deno: imports name the .ts files; no package.json or tsconfig.json", async () => {
    const files = await generateClient("echo_api.yaml", { platform: "deno" });
    expect(files.some((f) => f.path === "package.json" || f.path === "tsconfig.json")).toBe(false);
    const index = String(files.find((f) => f.path === "index.ts")!.contents);
    expect(index).toContain('from "./http/http.ts"');
    expect(index).not.toContain('.js"');
  });

  it("emits package.json and tsconfig.json that build the package on their own", async () => {
    const files = await generateClient("petstore.yaml", { npmName: "ts-petstore-client", npmVersion: "1.2.3" });
    const pkg = JSON.parse(String(files.find((f) => f.path === "package.json")!.contents)) as Record<string, unknown>;
    expect(pkg).toMatchObject({ name: "ts-petstore-client", version: "1.2.3", type: "module", scripts: { build: "tsc" }, devDependencies: { typescript: "^5.9.3" } });
    expect(pkg["dependencies"]).toBeUndefined();
    const tsconfig = JSON.parse(String(files.find((f) => f.path === "tsconfig.json")!.contents)) as { compilerOptions: Record<string, unknown> };
    expect(tsconfig.compilerOptions).toMatchObject({ strict: true, module: "NodeNext", outDir: "dist" });
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
