// src/code-cache.cts: the package's CommonJS files loaded with the V8 code caches the build writes.
// Each check runs in a fresh `node` process, as the command does: a cache belongs to the process's
// V8 version and flags, and writeCodeCaches writes every file the process loaded.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");
const CODE_CACHE = path.join(ROOT, "dist", "code-cache.cjs");

/** Runs `script` (CommonJS, with `cc` the code-cache module) in a fresh node; its stdout as JSON. */
function inNode(script: string, nodeFlags: string[] = [], env: Record<string, string> = {}): unknown {
  const r = spawnSync(process.execPath, [...nodeFlags, "-e", `const cc = require(${JSON.stringify(CODE_CACHE)});\n${script}`], { encoding: "utf8", timeout: 60_000, env: { ...process.env, ...env } });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout);
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-code-cache-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the build's code caches", () => {
  it("are taken under the command's flags for every file the build cached, bundle included", () => {
    const caches = ["bundle", "templates", "parse/openapi-validators"].flatMap((dir) =>
      fs.readdirSync(path.join(ROOT, "dist", dir)).filter((f) => f.endsWith(".cjs.v8cache")).map((f) => path.join(ROOT, "dist", dir, f.slice(0, -".v8cache".length))),
    );
    expect(caches.map((f) => path.relative(ROOT, f)).sort()).toEqual(expect.arrayContaining(["dist/bundle/oaswright.cjs", "dist/templates/typescript.cjs", "dist/templates/python.cjs", "dist/templates/python-prior.cjs", "dist/parse/openapi-validators/v30-stored.cjs"]));
    const state = inNode(`cc.setRunFlags();\nfor (const f of ${JSON.stringify(caches)}) cc.loadCommonJs(f);\nconsole.log(JSON.stringify(Object.fromEntries(cc.codeCacheState())));`);
    expect(state).toEqual(Object.fromEntries(caches.map((f) => [f, true])));
  });

  it("the command's run loads the bundle, templates and validator through them", () => {
    const spec = path.join(ROOT, "fixtures/specs/minimal.yaml");
    const out = path.join(tmp, "client");
    const state = inNode(
      `cc.setRunFlags();
       const { main } = cc.loadCommonJs(${JSON.stringify(path.join(ROOT, "dist/bundle/oaswright.cjs"))});
       main(["generate", "-i", ${JSON.stringify(spec)}, "-g", "typescript", "-o", ${JSON.stringify(out)}], { out() {}, err() {} }).then((code) => {
         console.log(JSON.stringify({ code, state: Object.fromEntries([...cc.codeCacheState()].map(([f, c]) => [require("node:path").relative(${JSON.stringify(ROOT)}, f), c])) }));
       });`,
    );
    expect(state).toEqual({ code: 0, state: { "dist/bundle/oaswright.cjs": true, "dist/templates/typescript.cjs": true, "dist/parse/openapi-validators/v30-stored.cjs": true } });
    expect(fs.readFileSync(path.join(out, "docs/ItemsApi.md"), "utf8")).toContain("# **getItem**");
  });
});

describe("loadCommonJs", () => {
  let dir: string;
  let main: string;
  beforeAll(() => {
    dir = path.join(tmp, "module");
    fs.mkdirSync(dir);
    main = path.join(dir, "main.cjs");
    fs.writeFileSync(path.join(dir, "helper.cjs"), "module.exports = (x) => x * 2;\n");
    fs.writeFileSync(main, "const twice = require('./helper.cjs');\nexports.answer = twice(21);\nexports.file = __filename;\nexports.dir = __dirname;\nexports.self = this === exports;\n");
  });
  const load = "const m = cc.loadCommonJs(process.env.MAIN);";
  const run = (script: string, flags: string[] = []): unknown => inNode(script, flags, { MAIN: main });
  const report = `console.log(JSON.stringify({ ...m, cached: cc.codeCacheState().get(process.env.MAIN) }));`;

  it("runs a file as CommonJS, with its own require, __filename and __dirname", () => {
    expect(run(`${load}\n${report}`)).toEqual({ answer: 42, file: main, dir, self: true, cached: false });
  });

  it("writes the caches of what was loaded, and a later process takes them", () => {
    expect(run(`${load}\nconsole.log(JSON.stringify(cc.writeCodeCaches()));`)).toEqual([`${main}.v8cache`]);
    expect(fs.statSync(`${main}.v8cache`).size).toBeGreaterThan(0);
    expect(run(`${load}\n${report}`)).toEqual({ answer: 42, file: main, dir, self: true, cached: true });
  });

  it("compiles as usual when V8 refuses the cache: other flags, or bytes that are no cache", () => {
    expect(run(`${load}\n${report}`, ["--no-opt"])).toEqual({ answer: 42, file: main, dir, self: true, cached: false });
    fs.writeFileSync(`${main}.v8cache`, "not a code cache");
    expect(run(`${load}\n${report}`)).toEqual({ answer: 42, file: main, dir, self: true, cached: false });
  });
});
