// The output writer: all or nothing, never outside the output folder, no staging folder left behind;
// files whose bytes are already there (found by the plan) touched in place, not written again.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OaswrightError } from "../../src/model/diagnostics.js";
import { checkOutputPath, writeOutput, type GeneratedFile } from "../../src/render/write.js";
import { planOutput, type OutputPlan } from "../../src/workflow/plan.js";

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

/** The plan of `files` alone: `--global-property models=` selects no supporting file, so it adds no metadata. */
const plan = (out: string, files: GeneratedFile[], compare: boolean, more: { minimalUpdate?: boolean; skipOverwrite?: boolean; findInPlace?: boolean } = {}): OutputPlan =>
  planOutput(out, files, { compare, globalProperties: { models: "" }, ...more });

/** What the CLI and the API do: plan, then write what the plan says. */
const planAndWrite = (out: string, files: GeneratedFile[], compare: boolean): void => {
  const p = plan(out, files, compare);
  writeOutput(out, p.write, { remove: p.remove, inPlace: p.inPlace });
};

const LONG_AGO = new Date("2001-02-03T04:05:06Z");

/** Writes `contents` to `file` (making its folder), dated long ago; returns its inode. */
function oldFile(file: string, contents: string | Uint8Array): number {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, contents);
  fs.utimesSync(file, LONG_AGO, LONG_AGO);
  return fs.statSync(file).ino;
}

describe.each([
  ["on (--check, --minimal-update, the API)", true],
  ["off (a plain generate)", false],
])("files whose bytes are already there, compare %s", (_, compare) => {
  const dir = (what: string) => path.join(tmp, "in-place", compare ? "compare" : "no-compare", what);

  it("planOutput lists, in write order, the regular files holding the bytes; not changed ones, links, folders or missing ones", () => {
    const out = dir("plan");
    oldFile(path.join(out, "logo.bin"), Uint8Array.of(0, 255, 7));
    oldFile(path.join(out, "docs", "Changed.md"), "old");
    oldFile(path.join(out, "docs", "Same.md"), "caf\u00e9 \u{1F600}\n");
    oldFile(path.join(out, "Prefix.md"), "the same start");
    const elsewhere = path.join(dir("plan-link-target"), "Target.md");
    oldFile(elsewhere, "text");
    fs.symlinkSync(elsewhere, path.join(out, "Link.md"));
    fs.mkdirSync(path.join(out, "docs", "Folder.md"));
    const files: GeneratedFile[] = [
      { path: "logo.bin", contents: Uint8Array.of(0, 255, 7) },
      { path: "docs/Changed.md", contents: "new" },
      { path: "Link.md", contents: "text" },
      { path: "docs/Folder.md", contents: "x" },
      { path: "docs/Same.md", contents: "caf\u00e9 \u{1F600}\n" },
      { path: "Prefix.md", contents: "the same start, and more" },
      { path: "docs/New.md", contents: "new" },
      { path: "new/Deep.md", contents: "new" },
    ];
    const p = plan(out, files, compare);
    expect(p.write.map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(p.inPlace).toEqual(["logo.bin", "docs/Same.md"]);
  });

  it("planOutput leaves out what --minimal-update leaves alone and what --skip-overwrite skips", () => {
    const out = dir("plan-workflow");
    oldFile(path.join(out, "Same.md"), "same");
    oldFile(path.join(out, "Changed.md"), "old");
    const files: GeneratedFile[] = [
      { path: "Same.md", contents: "same" },
      { path: "Changed.md", contents: "new" },
    ];
    const minimal = plan(out, files, compare, { minimalUpdate: true });
    expect([minimal.write.map((f) => f.path), minimal.unchanged, minimal.inPlace]).toEqual([["Changed.md"], ["Same.md"], []]);
    const skipping = plan(out, files, compare, { skipOverwrite: true });
    expect([skipping.write.map((f) => f.path), skipping.skipped, skipping.inPlace]).toEqual([[], ["Same.md", "Changed.md"], []]);
  });

  it("the writer keeps the inode of each file in place and dates it now; the others are replaced", () => {
    const out = dir("write");
    const same = path.join(out, "docs", "Same.md");
    const changed = path.join(out, "docs", "Changed.md");
    const binary = path.join(out, "logo.bin");
    const before = { same: oldFile(same, "caf\u00e9 \u{1F600}\n"), changed: oldFile(changed, "old"), binary: oldFile(binary, Uint8Array.of(0, 255, 7)) };
    const started = Date.now();
    planAndWrite(out, [
      { path: "docs/Same.md", contents: "caf\u00e9 \u{1F600}\n" },
      { path: "docs/Changed.md", contents: "new" },
      { path: "logo.bin", contents: Uint8Array.of(0, 255, 7) },
    ], compare);
    expect(fs.statSync(same).ino).toBe(before.same);
    expect(fs.statSync(binary).ino).toBe(before.binary);
    expect(fs.statSync(changed).ino).not.toBe(before.changed);
    expect(fs.readFileSync(changed, "utf8")).toBe("new");
    for (const f of [same, changed, binary]) expect(fs.statSync(f).mtimeMs).toBeGreaterThanOrEqual(started - 2000);
    expect(tree(out).filter((e) => e.includes(".oaswright-"))).toEqual([]);
  });

  it("replaces a link to a file with the same bytes by the file, leaving the link's target alone", () => {
    const out = dir("link");
    fs.mkdirSync(out, { recursive: true });
    const elsewhere = path.join(dir("link-target"), "README.md");
    oldFile(elsewhere, "text");
    fs.symlinkSync(elsewhere, path.join(out, "README.md"));
    planAndWrite(out, [{ path: "README.md", contents: "text" }], compare);
    expect(fs.lstatSync(path.join(out, "README.md")).isFile()).toBe(true);
    expect(fs.statSync(elsewhere).mtimeMs).toBe(LONG_AGO.getTime());
  });
});

describe("writeOutput's inPlace", () => {
  const dir = (what: string) => path.join(tmp, "in-place-writer", what);

  it("without it, every file is written, those with the same bytes too (a new inode)", () => {
    const out = dir("full");
    const ino = oldFile(path.join(out, "Same.md"), "same");
    writeOutput(out, [{ path: "Same.md", contents: "same" }]);
    expect(fs.statSync(path.join(out, "Same.md")).ino).not.toBe(ino);
    expect(fs.readFileSync(path.join(out, "Same.md"), "utf8")).toBe("same");
  });

  it("is taken from the plan without reading the files: a listed regular file is touched, not compared or rewritten", () => {
    const out = dir("trusted");
    const ino = oldFile(path.join(out, "Listed.md"), "the plan's bytes");
    const started = Date.now();
    writeOutput(out, [{ path: "Listed.md", contents: "other bytes" }], { inPlace: ["Listed.md"] });
    expect(fs.readFileSync(path.join(out, "Listed.md"), "utf8")).toBe("the plan's bytes");
    expect(fs.statSync(path.join(out, "Listed.md")).ino).toBe(ino);
    expect(fs.statSync(path.join(out, "Listed.md")).mtimeMs).toBeGreaterThanOrEqual(started - 2000);
  });

  it("writes a file that is no longer a regular file since the plan: deleted, replaced by a link or by a folder", () => {
    const out = dir("stale");
    const files: GeneratedFile[] = ["Gone.md", "Linked.md", "Folder.md", "deep/Gone.md", "Kept.md"].map((p) => ({ path: p, contents: `${p}\n` }));
    for (const f of files) oldFile(path.join(out, ...f.path.split("/")), f.contents);
    const p = plan(out, files, false);
    expect(p.inPlace).toEqual(files.map((f) => f.path));
    const elsewhere = path.join(dir("stale-link-target"), "Linked.md");
    oldFile(elsewhere, "Linked.md\n");
    fs.rmSync(path.join(out, "Gone.md"));
    fs.rmSync(path.join(out, "Linked.md"));
    fs.symlinkSync(elsewhere, path.join(out, "Linked.md"));
    fs.rmSync(path.join(out, "Folder.md"));
    fs.mkdirSync(path.join(out, "Folder.md"));
    fs.rmSync(path.join(out, "deep"), { recursive: true });
    writeOutput(out, p.write, { inPlace: p.inPlace });
    for (const f of files) {
      const file = path.join(out, ...f.path.split("/"));
      expect(fs.lstatSync(file).isFile(), f.path).toBe(true);
      expect(fs.readFileSync(file, "utf8")).toBe(f.contents);
    }
    expect(fs.statSync(elsewhere).mtimeMs).toBe(LONG_AGO.getTime());
    expect(tree(out).filter((e) => e.includes(".oaswright-"))).toEqual([]);
  });

  it("writes every file when the output folder is gone since the plan", () => {
    const out = dir("folder-gone");
    oldFile(path.join(out, "a", "Same.md"), "same");
    const p = plan(out, [{ path: "a/Same.md", contents: "same" }], false);
    expect(p.inPlace).toEqual(["a/Same.md"]);
    fs.rmSync(out, { recursive: true });
    writeOutput(out, p.write, { inPlace: p.inPlace });
    expect(fs.readFileSync(path.join(out, "a", "Same.md"), "utf8")).toBe("same");
  });

  it("touches nothing when the run fails, not even files in place", () => {
    const out = dir("failing");
    oldFile(path.join(out, "same.txt"), "x");
    const files: GeneratedFile[] = [{ path: "same.txt", contents: "x" }, { path: "a", contents: "file" }, { path: "a/b.txt", contents: "x" }];
    const p = plan(out, files, false);
    expect(p.inPlace).toEqual(["same.txt"]);
    expect(() => writeOutput(out, p.write, { inPlace: p.inPlace })).toThrow(OaswrightError);
    expect(fs.statSync(path.join(out, "same.txt")).mtimeMs).toBe(LONG_AGO.getTime());
    expect(tree(out)).toEqual(["same.txt"]);
  });
});

describe("planOutput with compare off and findInPlace off (a run that writes nothing)", () => {
  it("finds no file in place", () => {
    const out = path.join(tmp, "in-place-dry");
    oldFile(path.join(out, "Same.md"), "same");
    expect(plan(out, [{ path: "Same.md", contents: "same" }], false, { findInPlace: false }).inPlace).toEqual([]);
    expect(plan(out, [{ path: "Same.md", contents: "same" }], true, { findInPlace: false }).inPlace).toEqual(["Same.md"]);
  });
});
