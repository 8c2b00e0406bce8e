// Every golden typescript spec (and our wire spec) generates a client that type-checks with
// zero errors under strict settings (stricter than --strict), and generation is deterministic.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostics, generateClient, tempDir, typeCheck, writeClient } from "./client-support.js";

const SPECS: readonly (readonly [string, Record<string, string>])[] = [
  ["osparc.json", {}],
  ["petstore.yaml", { platform: "node", npmName: "ts-petstore-client", projectName: "ts-petstore-client", moduleName: "petstore" }],
  ["echo_api.yaml", { platform: "node", npmName: "@openapitools/typescript-echo-api", npmVersion: "1.0.0" }],
  ["composed-schemas.yaml", { npmName: "ts-petstore-client" }],
  ["wire.yaml", {}],
];

describe("typescript client: compiles strict", () => {
  it("type-checks the client of every spec with zero errors", async () => {
    const root = tempDir("compile");
    const roots: string[] = [];
    for (const [spec, props] of SPECS) {
      const files = await generateClient(spec, props);
      roots.push(...writeClient(path.join(root, path.parse(spec).name), files));
    }
    const diagnostics = typeCheck(roots);
    expect(formatDiagnostics(diagnostics)).toBe("");
    fs.rmSync(root, { recursive: true, force: true });
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
