// The output writer: all or nothing, never outside the output folder, no staging folder left behind.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OaswrightError } from "../../src/model/diagnostics.js";
import { checkOutputPath, writeOutput } from "../../src/render/write.js";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-write-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every entry under `dir`, relative, sorted (so leftovers of a failed write show up). */
function tree(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

describe("checkOutputPath", () => {
  it.each([
    ["../evil.ts"],
    ["a/../../evil.ts"],
    ["a/../b.ts"],
    ["./a.ts"],
    ["/etc/passwd"],
    ["C:/x.ts"],
    ["c:x.ts"],
    ["a\\..\\..\\evil.ts"],
    ["a//b.ts"],
    ["a/"],
    [""],
    ["a\u0000b.ts"],
    [".."],
  ])("refuses %j", (rel) => {
    expect(() => checkOutputPath(rel)).toThrow(`refusing to write outside the output folder: ${JSON.stringify(rel)}`);
  });

  it.each([["a.ts"], ["models/Pet.ts"], ["..a/b.ts"], ["a../b"], [".gitignore"], ["docs/..md"]])("accepts %j", (rel) => {
    expect(() => checkOutputPath(rel)).not.toThrow();
  });
});

describe("writeOutput", () => {
  it("writes an empty output folder when there are no files", () => {
    const out = path.join(tmp, "empty", "out");
    writeOutput(out, []);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(tree(path.join(tmp, "empty"))).toEqual(["out"]);
  });

  it("writes nothing at all when one path would leave the folder", () => {
    const parent = path.join(tmp, "escape");
    const out = path.join(parent, "out");
    let error: unknown;
    try {
      writeOutput(out, [
        { path: "ok.ts", contents: "fine" },
        { path: "../pwned.ts", contents: "bad" },
      ]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(OaswrightError);
    expect((error as OaswrightError).diagnostics.map((d) => d.message)).toEqual(['refusing to write outside the output folder: "../pwned.ts"']);
    expect(fs.existsSync(parent)).toBe(false);
  });

  it("refuses two files with the same path or paths that differ only in case, writing nothing", () => {
    const out = path.join(tmp, "case", "out");
    let error: unknown;
    try {
      writeOutput(out, [
        { path: "models/FooBar.ts", contents: "1" },
        { path: "models/Foobar.ts", contents: "2" },
        { path: "models/FooBar.ts", contents: "3" },
      ]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(OaswrightError);
    expect((error as OaswrightError).diagnostics.map((d) => d.message)).toEqual([
      "generated files models/FooBar.ts and models/Foobar.ts differ only in case (one would overwrite the other on a case-insensitive file system)",
      "two generated files have the same path models/FooBar.ts (two spec names map to one generated name)",
    ]);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("leaves no staging folder behind when the output path is a file", () => {
    const parent = path.join(tmp, "file-target");
    fs.mkdirSync(parent);
    fs.writeFileSync(path.join(parent, "out"), "a file");
    expect(() => writeOutput(path.join(parent, "out"), [{ path: "a.ts", contents: "x" }])).toThrow(OaswrightError);
    expect(tree(parent)).toEqual(["out"]);
  });

  it("merges into an existing folder, keeping files it does not write", () => {
    const out = path.join(tmp, "merge");
    fs.mkdirSync(path.join(out, "models"), { recursive: true });
    fs.writeFileSync(path.join(out, "keep.txt"), "mine");
    fs.writeFileSync(path.join(out, "models", "Old.ts"), "old");
    writeOutput(out, [
      { path: "models/New.ts", contents: "new" },
      { path: "README.md", contents: "readme" },
    ]);
    expect(tree(out)).toEqual(["README.md", "keep.txt", "models", path.join("models", "New.ts"), path.join("models", "Old.ts")]);
    expect(tree(tmp).filter((e) => e.includes(".oaswright-"))).toEqual([]);
  });
});
