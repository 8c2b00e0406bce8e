// File-system and template problems a user runs into: each is one line naming the path and what
// to do, exit 1, no stack trace, nothing half-written.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../support/cli.js";

const ROOT = path.resolve(__dirname, "..", "..");
const MINIMAL = path.join(ROOT, "fixtures/specs/minimal.yaml");
const BIN = path.join(ROOT, "bin/oaswright.cjs");

function expectOneLineError(r: { code: number; err: string }, ...parts: string[]): void {
  expect(r.code, r.err).toBe(1);
  const lines = r.err.trim().split("\n");
  expect(lines, r.err).toHaveLength(1);
  expect(lines[0]).toMatch(/^oaswright: /);
  for (const p of parts) expect(lines[0]).toContain(p);
  expect(r.err).not.toContain("internal error");
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-errors-"));
  fs.chmodSync(tmp, 0o755);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("output folder problems", () => {
  it("-o under a regular file names the file", async () => {
    const file = path.join(tmp, "a-file");
    fs.writeFileSync(file, "x");
    const r = await run("generate", "-i", MINIMAL, "-g", "typescript", "-o", path.join(file, "client"));
    expectOneLineError(r, `${file} is a file, not a folder; choose another output folder (-o)`);
    expect(fs.readFileSync(file, "utf8")).toBe("x");
  });

  it("-o that is a regular file names it", async () => {
    const file = path.join(tmp, "b-file");
    fs.writeFileSync(file, "x");
    const r = await run("generate", "-i", MINIMAL, "-g", "typescript", "-o", file);
    expectOneLineError(r, `${file} is a file, not a folder`);
  });

  it("a read-only parent folder: permission error naming the folder, nothing left behind", () => {
    const parent = path.join(tmp, "read-only");
    fs.mkdirSync(parent);
    fs.chmodSync(parent, 0o555);
    const out = path.join(parent, "client");
    // root may write anywhere: run the command as an unprivileged user then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [BIN, "generate", "-i", MINIMAL, "-g", "typescript", "-o", out], { encoding: "utf8", timeout: 60_000, cwd: tmp, ...asUser });
    expectOneLineError({ code: r.status ?? -1, err: r.stderr }, `nothing written to ${out}: no permission to write in ${parent}; make it writable or choose another output folder (-o)`);
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it.runIf(fs.existsSync("/proc/self"))("-o /proc/nope fails at once instead of spinning (Node's recursive mkdir loops there)", () => {
    const started = Date.now();
    const r = spawnSync(process.execPath, [BIN, "generate", "-i", MINIMAL, "-g", "typescript", "-o", "/proc/nope/deeper"], { encoding: "utf8", timeout: 30_000 });
    expect(r.signal, "killed by the timeout: the command hung").toBeNull();
    expectOneLineError({ code: r.status ?? -1, err: r.stderr }, "nothing written to /proc/nope/deeper: cannot create /proc/nope/deeper");
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("an unknown flag is a usage error, not a crash", async () => {
    for (const argv of [["validate", "--bogus"], ["config-help", "--bogus"], ["generate", "--bogus"]]) {
      const r = await run(...argv);
      expect(r.code).toBe(1);
      expect(r.err).toContain("Unknown option '--bogus'");
      expect(r.err).not.toContain("internal error");
    }
  });

  it("a missing -c config file names it", async () => {
    const r = await run("generate", "-c", path.join(tmp, "no-config.yaml"));
    expectOneLineError(r, `cannot read the config file ${path.join(tmp, "no-config.yaml")} given to -c: no such file`);
  });
});

describe("template problems under -t", () => {
  const templates = (name: string, files: Record<string, string>): string => {
    const dir = path.join(tmp, name);
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    return dir;
  };

  it("a syntax error: the template file, Handlebars' message on one line, what to do; nothing written", async () => {
    const dir = templates("t-syntax", { "readme.hbs": "# {{#if}}\n" });
    const out = path.join(tmp, "t-syntax-out");
    const r = await run("generate", "-i", MINIMAL, "-g", "typescript", "-o", out, "-t", dir);
    expectOneLineError(r, `template ${path.join(dir, "readme.hbs")}: Parse error on line 2: Expecting `, "fix it, or remove it from --template-dir to use the built-in one");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("a field the view does not have", async () => {
    const dir = templates("t-field", { "readme.hbs": "{{noSuchField}}\n" });
    const out = path.join(tmp, "t-field-out");
    const r = await run("generate", "-i", MINIMAL, "-g", "typescript", "-o", out, "-t", dir);
    expectOneLineError(r, `template ${path.join(dir, "readme.hbs")}: "noSuchField" not defined`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("OpenAPI Generator's .mustache templates: says they are not read and names the .hbs templates", async () => {
    const dir = templates("t-mustache", { "README.mustache": "{{appName}}\n", "api.mustache": "x\n" });
    const out = path.join(tmp, "t-mustache-out");
    const r = await run("generate", "-i", MINIMAL, "-g", "typescript", "-o", out, "-t", dir);
    expectOneLineError(r, `--template-dir ${dir} holds OpenAPI Generator templates (README.mustache, api.mustache), which oaswright does not read`, "readme.hbs", "api-doc.hbs");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("a folder with both .hbs and .mustache files: generates with the .hbs ones and warns about the others", async () => {
    const dir = templates("t-mixed", { "readme.hbs": "custom\n", "api.mustache": "x\n" });
    const out = path.join(tmp, "t-mixed-out");
    const r = await run("generate", "-i", MINIMAL, "-g", "typescript", "-o", out, "-t", dir);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`--template-dir ${dir}: api.mustache is an OpenAPI Generator template, not read by oaswright (only .hbs files are)`);
    expect(fs.readFileSync(path.join(out, "README.md"), "utf8")).toBe("custom\n");
  });

  it("a -t that is not a folder", async () => {
    const r = await run("generate", "-i", MINIMAL, "-g", "typescript", "-o", path.join(tmp, "t-none"), "-t", path.join(tmp, "no-templates"));
    expectOneLineError(r, `--template-dir ${path.join(tmp, "no-templates")} is not a folder`);
  });
});
