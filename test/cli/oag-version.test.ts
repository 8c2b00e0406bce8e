// `-p oagVersion`: a release from 5.0.0 on (X.Y.Z, optionally with a pre-release suffix), checked
// before anything is read or written, alike from the command line, a config file, an
// openapitools.json entry and the programmatic API. A release newer than the newest oaswright knows
// is taken with one warning; VERSION says what was asked.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../support/cli.js";
import { generate, OaswrightError } from "../../src/index.js";
import { checkOagVersion, OLDEST_OAG_VERSION } from "../../src/codegen/oag-version.js";
import { DEFAULT_OAG_VERSION } from "../../src/codegen/release-table.js";

const ROOT = path.resolve(__dirname, "..", "..");
const MINIMAL = path.join(ROOT, "fixtures/specs/minimal.yaml");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-oag-version-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const gen = (out: string, ...extra: string[]) => run("generate", "-i", MINIMAL, "-g", "typescript", "-o", out, ...extra);
const versionFile = (out: string) => fs.readFileSync(path.join(out, ".openapi-generator/VERSION"), "utf8");

describe("checkOagVersion", () => {
  it("takes X.Y.Z with an optional pre-release suffix, from 5.0.0 to the newest known, without a warning", () => {
    for (const v of ["5.0.0", "5.0.0-beta2", "6.0.0-SNAPSHOT", "7.0.0-beta", "7.21.0-SNAPSHOT", "7.12.0", DEFAULT_OAG_VERSION, `${DEFAULT_OAG_VERSION}-SNAPSHOT`]) {
      expect(checkOagVersion(v)).toEqual({ oagVersion: v });
    }
    expect(checkOagVersion(undefined)).toEqual({});
  });

  it("refuses anything else, naming the option, the value and what is accepted", () => {
    for (const v of ["", "7", "7.12", "v7.12.0", "7.12.0.1", " 7.12.0", "7.12.0-", "latest", "07.1.0", "7.12.0_SNAPSHOT", true, 7.1]) {
      expect(() => checkOagVersion(v), String(v)).toThrow(OaswrightError);
      expect(() => checkOagVersion(v), String(v)).toThrow(/option oagVersion \(-p oagVersion=\.\.\.\): .* is not an OpenAPI Generator release; give X\.Y\.Z, optionally with a pre-release suffix \(7\.21\.0-SNAPSHOT, 5\.0\.0-beta2\), from 5\.0\.0 to /);
    }
    expect(() => checkOagVersion(7.1)).toThrow(/7\.1 \(a number, not a string\)/);
  });

  it("refuses a release older than 5.0.0, the oldest reproduced", () => {
    expect(OLDEST_OAG_VERSION).toBe("5.0.0");
    for (const v of ["4.3.1", "4.0.0-beta3", "2.4.0"]) {
      expect(() => checkOagVersion(v)).toThrow(`option oagVersion (-p oagVersion=...): "${v}" is older than 5.0.0, the oldest OpenAPI Generator release whose docs oaswright reproduces`);
    }
  });

  it("takes a newer release than the newest known with a warning", () => {
    for (const v of ["7.99.0", "8.0.0-SNAPSHOT", "7.25.1"]) {
      const checked = checkOagVersion(v);
      expect(checked.oagVersion).toBe(v);
      expect(checked.warning).toBe(`option oagVersion: ${v} is newer than ${DEFAULT_OAG_VERSION}, the newest OpenAPI Generator release oaswright knows: the docs follow ${DEFAULT_OAG_VERSION} and the later changes oaswright knows of; .openapi-generator/VERSION says ${v}`);
    }
  });
});

describe("the command line", () => {
  it("stops with exit code 1 and writes nothing for a value that is no release", async () => {
    for (const [i, value] of ["7.x", "4.3.1", ""].entries()) {
      const out = path.join(tmp, `bad-${i}`);
      const r = await gen(out, "-p", `oagVersion=${value}`);
      expect(r.code, r.err).toBe(1);
      expect(r.err).toContain(`oaswright: option oagVersion (-p oagVersion=...): ${JSON.stringify(value)} is `);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  it("also from a config file and an openapitools.json entry", async () => {
    const config = path.join(tmp, "config.yaml");
    fs.writeFileSync(config, `generatorName: typescript\ninputSpec: ${MINIMAL}\noutputDir: ${path.join(tmp, "from-config")}\nadditionalProperties:\n  oagVersion: 7.1\n`);
    const r = await run("generate", "-c", config);
    expect(r.code, r.err).toBe(1);
    expect(r.err).toContain(`option oagVersion (-p oagVersion=...): "7.1" is not an OpenAPI Generator release`);
    expect(fs.existsSync(path.join(tmp, "from-config"))).toBe(false);

    const dir = path.join(tmp, "tools");
    fs.mkdirSync(dir);
    const generators = { ts: { generatorName: "typescript", inputSpec: MINIMAL, output: "clients/ts", additionalProperties: { oagVersion: "latest" } } };
    fs.writeFileSync(path.join(dir, "openapitools.json"), JSON.stringify({ "generator-cli": { version: "7.12.0", generators } }));
    const b = await run("batch", path.join(dir, "openapitools.json"));
    expect(b.code, b.err).toBe(1);
    expect(b.err).toContain(`option oagVersion (-p oagVersion=...): "latest" is not an OpenAPI Generator release`);
    expect(fs.existsSync(path.join(dir, "clients"))).toBe(false);
  });

  it("takes pre-releases, and a newer release with one warning, writing the release asked for to VERSION", async () => {
    for (const v of ["7.21.0-SNAPSHOT", "5.0.0-beta2", "7.0.0-beta"]) {
      const out = path.join(tmp, `ok-${v}`);
      const r = await gen(out, "-p", `oagVersion=${v}`);
      expect(r.code, r.err).toBe(0);
      expect(r.err).not.toContain("oagVersion");
      expect(versionFile(out)).toBe(`${v}\n`);
    }
    const out = path.join(tmp, "newer");
    const r = await gen(out, "-p", "oagVersion=7.99.0");
    expect(r.code, r.err).toBe(0);
    expect(r.err.split("\n").filter((l) => l.includes("oagVersion"))).toEqual([`warning: (options) #: option oagVersion: 7.99.0 is newer than ${DEFAULT_OAG_VERSION}, the newest OpenAPI Generator release oaswright knows: the docs follow ${DEFAULT_OAG_VERSION} and the later changes oaswright knows of; .openapi-generator/VERSION says 7.99.0`]);
    expect(versionFile(out)).toBe("7.99.0\n");
  });
});

describe("the programmatic API", () => {
  it("rejects a value that is no release with an OaswrightError and writes nothing", async () => {
    const output = path.join(tmp, "api-bad");
    await expect(generate({ inputSpec: MINIMAL, generatorName: "python", output, additionalProperties: { oagVersion: "4.3.1" } })).rejects.toThrow(OaswrightError);
    await expect(generate({ inputSpec: MINIMAL, generatorName: "python", output, additionalProperties: { oagVersion: "seven" } })).rejects.toThrow(/"seven" is not an OpenAPI Generator release/);
    expect(fs.existsSync(output)).toBe(false);
  });

  it("takes a newer release with the warning, and VERSION says it", async () => {
    const output = path.join(tmp, "api-newer");
    const result = await generate({ inputSpec: MINIMAL, generatorName: "python", output, additionalProperties: { oagVersion: "8.0.0" } });
    expect(result.warnings.filter((w) => w.message.includes("oagVersion")).map((w) => w.message)).toEqual([
      `option oagVersion: 8.0.0 is newer than ${DEFAULT_OAG_VERSION}, the newest OpenAPI Generator release oaswright knows: the docs follow ${DEFAULT_OAG_VERSION} and the later changes oaswright knows of; .openapi-generator/VERSION says 8.0.0`,
    ]);
    expect(versionFile(output)).toBe("8.0.0\n");
  });
});
