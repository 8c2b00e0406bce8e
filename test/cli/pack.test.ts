// The package as users get it: `npm pack`'s tarball run with `npx --package=<tarball> oaswright`.
// Dependencies come from npm's cache when it has them (--prefer-offline), else from the registry.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");
const MINIMAL = path.join(ROOT, "fixtures/specs/minimal.yaml");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-pack-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("npm pack", () => {
  it("the tarball runs with npx and generates; it ships the types and no build leftovers", { timeout: 300_000 }, () => {
    // npm test has built dist/ already; the scripts would only build it again.
    const pack = spawnSync(NPM, ["pack", "--ignore-scripts", "--json", "--pack-destination", tmp], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const shipped = info!.files.map((f) => f.path);
    expect(shipped).toEqual(expect.arrayContaining(["bin/oaswright.cjs", "dist/index.js", "dist/index.d.ts", "dist/cli/main.js", "dist/code-cache.cjs", "dist/bundle/oaswright.cjs", "dist/bundle/oaswright.cjs.v8cache", "scripts/build-code-cache.mjs", "scripts/code-cache-training/shop.yaml", "templates/typescript/readme.hbs", "package.json", "README.md"]));
    expect(shipped.filter((p) => p.endsWith(".tsbuildinfo") || p.endsWith(".map") || p.startsWith("src/") || p.startsWith("test/"))).toEqual([]);

    const tarball = path.join(tmp, info!.filename);
    const work = path.join(tmp, "project");
    fs.mkdirSync(work);
    const out = path.join(work, "client");
    const r = spawnSync(NPM, ["exec", "--yes", "--prefer-offline", "--no-audit", "--no-fund", `--package=${tarball}`, "--", "oaswright", "generate", "-i", MINIMAL, "-g", "typescript", "-o", out], {
      cwd: work,
      encoding: "utf8",
      timeout: 240_000,
      env: { ...process.env, npm_config_update_notifier: "false" },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wrote \d+ files to /);
    expect(fs.readFileSync(path.join(out, "docs/ItemsApi.md"), "utf8")).toContain("# **getItem**");
    expect(fs.readFileSync(path.join(out, ".openapi-generator/VERSION"), "utf8")).toBe("7.25.0\n");
  });
});
