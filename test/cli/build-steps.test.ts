// What a build step needs beyond OpenAPI Generator: --watch, the progress line (only on a
// terminal), and the programmatic API imported from the built package with its types.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, type Io } from "../../src/cli/main.js";
import { specFiles } from "../../src/cli/spec-files.js";

const ROOT = path.resolve(__dirname, "..", "..");
const MINIMAL = path.join(ROOT, "fixtures/specs/minimal.yaml");
const BIN = path.join(ROOT, "bin/oaswright.cjs");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-build-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function until(what: string, test: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("--watch", () => {
  it("knows the files a split spec is made of", () => {
    const dir = path.join(ROOT, "fixtures/specs/split");
    expect(specFiles(path.join(dir, "main.yaml")).sort()).toEqual(["main.yaml", "parameters.yaml", "schemas.yaml"].map((f) => path.join(dir, f)));
  });

  it("generates, then again when a $ref'd file changes; a broken edit is reported and the watch goes on", async () => {
    const dir = path.join(tmp, "watched");
    fs.cpSync(path.join(ROOT, "fixtures/specs/split"), dir, { recursive: true });
    const out = path.join(tmp, "watched-out");
    let err = "";
    const stop = new AbortController();
    const io: Io = { out: () => {}, err: (t) => (err += `${t}\n`), signal: stop.signal };
    const running = main(["generate", "-i", path.join(dir, "main.yaml"), "-g", "typescript", "-o", out, "--watch"], io);
    try {
      await until("the first run", () => err.includes("watching 3 files"));
      expect(fs.readFileSync(path.join(out, "models/Owner.ts"), "utf8")).not.toContain("nickname");

      const schemas = path.join(dir, "schemas.yaml");
      fs.writeFileSync(schemas, `${fs.readFileSync(schemas, "utf8")}    nickname: { type: string }\n`);
      await until("the second run", () => (err.match(/^wrote /gm) ?? []).length === 2);
      expect(err).toContain(`${schemas} changed, generating again`);
      expect(fs.readFileSync(path.join(out, "models/Owner.ts"), "utf8")).toContain("nickname");

      fs.writeFileSync(schemas, "Pet: [unclosed\n");
      await until("the failing run", () => err.includes("invalid") || err.includes("error"));
      expect(fs.readFileSync(path.join(out, "models/Owner.ts"), "utf8")).toContain("nickname"); // nothing half-written
    } finally {
      stop.abort();
    }
    expect(await running).toBe(1); // the last run's exit code
  });

  it("does not go with --check", async () => {
    let err = "";
    const code = await main(["generate", "-i", MINIMAL, "-g", "typescript", "-o", path.join(tmp, "x"), "--watch", "--check"], { out: () => {}, err: (t) => (err += t) });
    expect(code).toBe(1);
    expect(err).toContain("--watch does not go with --check");
  });
});

describe("progress line", () => {
  it("shows the steps on a terminal and clears the line before the summary", async () => {
    const shown: string[] = [];
    let err = "";
    const io: Io = { out: () => {}, err: (t) => (err += t), progress: { show: (t) => shown.push(t) } };
    expect(await main(["generate", "-i", MINIMAL, "-g", "typescript", "-o", path.join(tmp, "progress")], io)).toBe(0);
    expect(shown[0]).toMatch(/^oaswright: reading .*minimal\.yaml and generating typescript \(\d+\.\d s\)$/);
    expect(shown.some((t) => /^oaswright: writing \d+ files to /.test(t))).toBe(true);
    expect(shown[shown.length - 1]).toBe("");
    expect(err).toMatch(/^wrote \d+ files/);
  });

  it("is silent when stderr is not a terminal (CI, pipes)", () => {
    const r = spawnSync(process.execPath, [BIN, "generate", "-i", MINIMAL, "-g", "typescript", "-o", path.join(tmp, "piped")], { encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain("\r");
    expect(r.stderr).not.toContain("\x1b[");
    expect(r.stderr).toMatch(/^wrote \d+ files to .*\n$/);
  });
});

describe("programmatic API", () => {
  it("`import { generate } from 'oaswright'` works from the built package, and its types check", () => {
    const app = path.join(tmp, "app");
    fs.mkdirSync(path.join(app, "node_modules"), { recursive: true });
    fs.symlinkSync(ROOT, path.join(app, "node_modules", "oaswright"), "dir");
    fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    const source = [
      'import { generate, generators, OaswrightError, type GenerateResult } from "oaswright";',
      `const result: GenerateResult = await generate({ inputSpec: ${JSON.stringify(MINIMAL)}, generatorName: "typescript", output: "client", additionalProperties: { npmName: "items" } });`,
      "const again = await generate({ inputSpec: " + JSON.stringify(MINIMAL) + ', generatorName: "typescript", output: "client", additionalProperties: { npmName: "items" }, minimalUpdate: true });',
      "let failed = \"\";",
      'try { await generate({ inputSpec: "missing.yaml", generatorName: "typescript", output: "never" }); } catch (e) { if (e instanceof OaswrightError) failed = e.message; }',
      "console.log(JSON.stringify({ written: result.written.length, index: result.written.includes(\"index.ts\"), unchanged: again.unchanged.length, generators: generators(), failed }));",
      "",
    ].join("\n");
    fs.writeFileSync(path.join(app, "main.ts"), source);
    fs.writeFileSync(path.join(app, "main.mjs"), source.replace(", type GenerateResult", "").replace("const result: GenerateResult =", "const result ="));
    fs.writeFileSync(
      path.join(app, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, types: [], skipLibCheck: false } }),
    );
    const tsc = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", app], { encoding: "utf8", timeout: 120_000 });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);

    const r = spawnSync(process.execPath, [path.join(app, "main.mjs")], { cwd: app, encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout) as { written: number; index: boolean; unchanged: number; generators: string[]; failed: string };
    expect(got.index).toBe(true);
    expect(got.written).toBeGreaterThan(10);
    expect(got.unchanged).toBeGreaterThan(10);
    expect(got.generators).toEqual(expect.arrayContaining(["typescript", "python", "python-prior"]));
    expect(got.failed).toContain("missing.yaml");
    expect(JSON.parse(fs.readFileSync(path.join(app, "client/package.json"), "utf8")).name).toBe("items");
  });
});
