// The output writer: all or nothing, never outside the output folder, no staging folder left behind.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OaswrightError } from "../../src/model/diagnostics.js";
import { checkOutputPath, writeOutput, type GeneratedFile } from "../../src/render/write.js";

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

const write = async (out: string, files: GeneratedFile[]): Promise<void> => writeOutput(out, files);
const name = "writeOutput";

describe("writeOutput", () => {
  it("writes an empty output folder when there are no files", async () => {
    const out = path.join(tmp, name, "empty", "out");
    await write(out, []);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(tree(path.join(tmp, name, "empty"))).toEqual(["out"]);
  });

  it("writes nothing at all when one path would leave the folder", async () => {
    const parent = path.join(tmp, name, "escape");
    const out = path.join(parent, "out");
    let error: unknown;
    try {
      await write(out, [
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

  it("refuses two files with the same path or paths that differ only in case, writing nothing", async () => {
    const out = path.join(tmp, name, "case", "out");
    let error: unknown;
    try {
      await write(out, [
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

  it("leaves no staging folder behind when the output path is a file", async () => {
    const parent = path.join(tmp, name, "file-target");
    fs.mkdirSync(parent, { recursive: true });
    fs.writeFileSync(path.join(parent, "out"), "a file");
    await expect(write(path.join(parent, "out"), [{ path: "a.ts", contents: "x" }])).rejects.toThrow(OaswrightError);
    expect(tree(parent)).toEqual(["out"]);
  });

  it("merges into an existing folder, keeping files it does not write", async () => {
    const out = path.join(tmp, name, "merge");
    fs.mkdirSync(path.join(out, "models"), { recursive: true });
    fs.writeFileSync(path.join(out, "keep.txt"), "mine");
    fs.writeFileSync(path.join(out, "models", "Old.ts"), "old");
    await write(out, [
      { path: "models/New.ts", contents: "new" },
      { path: "README.md", contents: "readme" },
    ]);
    expect(tree(out)).toEqual(["README.md", "keep.txt", "models", path.join("models", "New.ts"), path.join("models", "Old.ts")]);
    expect(tree(tmp).filter((e) => e.includes(".oaswright-"))).toEqual([]);
  });

  it("replaces a file with a folder and a folder with a file, and moves new folders in whole", async () => {
    const out = path.join(tmp, name, "replace");
    fs.mkdirSync(path.join(out, "docs", "old"), { recursive: true });
    fs.writeFileSync(path.join(out, "docs", "old", "Gone.md"), "old");
    fs.writeFileSync(path.join(out, "models"), "a file where a folder goes");
    fs.writeFileSync(path.join(out, "docs", "Same.md"), "old text");
    await write(out, [
      { path: "models/Pet.ts", contents: "pet" },
      { path: "docs/old", contents: "a file where a folder was" },
      { path: "docs/Same.md", contents: "new text" },
      { path: "apis/deep/er/Api.ts", contents: "api" },
    ]);
    expect(tree(out)).toEqual(["apis", path.join("apis", "deep"), path.join("apis", "deep", "er"), path.join("apis", "deep", "er", "Api.ts"), "docs", path.join("docs", "Same.md"), path.join("docs", "old"), "models", path.join("models", "Pet.ts")]);
    expect(fs.readFileSync(path.join(out, "docs", "Same.md"), "utf8")).toBe("new text");
    expect(fs.readFileSync(path.join(out, "docs", "old"), "utf8")).toBe("a file where a folder was");
    expect(fs.readFileSync(path.join(out, "models", "Pet.ts"), "utf8")).toBe("pet");
  });

  it("writes many files (more than run at once), all of them", async () => {
    const out = path.join(tmp, name, "many");
    const files = Array.from({ length: 300 }, (_, i) => ({ path: `f${i % 7}/n${i}.txt`, contents: `file ${i}` }));
    await write(out, files);
    for (const f of files) expect(fs.readFileSync(path.join(out, ...f.path.split("/")), "utf8")).toBe(f.contents);
    expect(tree(out).length).toBe(307);
  });

  it("leaves a file whose bytes are already there in place and touches it; replaces one that differs", async () => {
    const out = path.join(tmp, name, "same");
    fs.mkdirSync(path.join(out, "docs"), { recursive: true });
    const same = path.join(out, "docs", "Same.md");
    const changed = path.join(out, "docs", "Changed.md");
    const binary = path.join(out, "logo.bin");
    fs.writeFileSync(same, "caf\u00e9 \u{1F600}\n");
    fs.writeFileSync(changed, "old");
    fs.writeFileSync(binary, Uint8Array.of(0, 255, 7));
    const long = new Date("2001-02-03T04:05:06Z");
    for (const f of [same, changed, binary]) fs.utimesSync(f, long, long);
    const before = { same: fs.statSync(same).ino, changed: fs.statSync(changed).ino, binary: fs.statSync(binary).ino };
    const started = Date.now();
    await write(out, [
      { path: "docs/Same.md", contents: "caf\u00e9 \u{1F600}\n" },
      { path: "docs/Changed.md", contents: "new" },
      { path: "logo.bin", contents: Uint8Array.of(0, 255, 7) },
    ]);
    expect(fs.statSync(same).ino).toBe(before.same);
    expect(fs.statSync(binary).ino).toBe(before.binary);
    expect(fs.statSync(changed).ino).not.toBe(before.changed);
    expect(fs.readFileSync(changed, "utf8")).toBe("new");
    for (const f of [same, changed, binary]) expect(fs.statSync(f).mtimeMs).toBeGreaterThanOrEqual(started - 2000);
    expect(tree(out).filter((e) => e.includes(".oaswright-"))).toEqual([]);
  });

  it("replaces a link to a file with the same bytes by the file, leaving the link's target alone", async () => {
    const out = path.join(tmp, name, "link");
    fs.mkdirSync(out, { recursive: true });
    const elsewhere = path.join(tmp, name, "link-target.md");
    fs.writeFileSync(elsewhere, "text");
    const long = new Date("2001-02-03T04:05:06Z");
    fs.utimesSync(elsewhere, long, long);
    fs.symlinkSync(elsewhere, path.join(out, "README.md"));
    await write(out, [{ path: "README.md", contents: "text" }]);
    expect(fs.lstatSync(path.join(out, "README.md")).isFile()).toBe(true);
    expect(fs.statSync(elsewhere).mtimeMs).toBe(long.getTime());
  });

  it("touches nothing when the run fails, not even files whose bytes are already there", async () => {
    const out = path.join(tmp, name, "same-failing");
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "same.txt"), "x");
    const long = new Date("2001-02-03T04:05:06Z");
    fs.utimesSync(path.join(out, "same.txt"), long, long);
    await expect(write(out, [{ path: "same.txt", contents: "x" }, { path: "a", contents: "file" }, { path: "a/b.txt", contents: "x" }])).rejects.toThrow(OaswrightError);
    expect(fs.statSync(path.join(out, "same.txt")).mtimeMs).toBe(long.getTime());
    expect(tree(out)).toEqual(["same.txt"]);
  });

  it("writes nothing when one file cannot be written, and leaves no staging folder", async () => {
    const parent = path.join(tmp, name, "unwritable");
    const out = path.join(parent, "out");
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "keep.txt"), "mine");
    // "a" is written as a file and also needed as a folder: the second write fails.
    await expect(write(out, [...Array.from({ length: 40 }, (_, i) => ({ path: `ok${i}.txt`, contents: "x" })), { path: "a", contents: "file" }, { path: "a/b.txt", contents: "x" }])).rejects.toThrow(OaswrightError);
    expect(tree(parent)).toEqual(["out", path.join("out", "keep.txt")]);
  });
});
