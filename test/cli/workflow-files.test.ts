// OpenAPI Generator's workflow files and switches, as a user meets them regenerating a client
// into a folder that holds an earlier run and their own edits.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../support/cli.js";
import { generate } from "../../src/index.js";
import { DEFAULT_IGNORE_FILE } from "../../src/workflow/default-ignore.js";
import { DEFAULT_OAG_VERSION } from "../../src/workflow/metadata.js";
import { atLeast } from "../../src/codegen/release-table.js";
import { PYTHON_DOC_ROWS } from "../../src/generators/python/releases.js";
import { PYTHON_PRIOR_DOC_ROWS } from "../../src/generators/python-prior/releases.js";
import { TYPESCRIPT_DOC_ROWS } from "../../src/generators/typescript/releases.js";
import { NORMALIZER_ROWS } from "../../src/parse/inline-normalizer.js";
import { NULL_TYPE_ROWS } from "../../src/parse/null-type.js";
import { PROFILE_ROWS } from "../../src/parse/inline.js";
import { PARSE_ROWS } from "../../src/parse/parse-releases.js";
import { TAG_RULE_ROWS } from "../../src/parse/operation-tag-rules.js";
import { PATTERN_ROWS } from "../../src/examples/regex-example.js";

const ROOT = path.resolve(__dirname, "..", "..");
const MINIMAL = path.join(ROOT, "fixtures/specs/minimal.yaml");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-workflow-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const read = (...p: string[]) => fs.readFileSync(path.join(...p), "utf8");
const gen = (out: string, ...extra: string[]) => run("generate", "-i", MINIMAL, "-g", "typescript", "-o", out, ...extra);

/** Every file under `dir`, relative and `/`-separated, sorted. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}`);
    }
  };
  walk(dir, "");
  return out.sort();
}

describe("the default release", () => {
  it("is the newest release of the release tables, whose rows all apply when oagVersion is absent", () => {
    // The parse's tables count too: 7.25.0's one change known (#24585) is a NORMALIZER_ROWS row.
    const tables = [PYTHON_DOC_ROWS, PYTHON_PRIOR_DOC_ROWS, TYPESCRIPT_DOC_ROWS, NORMALIZER_ROWS, NULL_TYPE_ROWS, PROFILE_ROWS, PARSE_ROWS, TAG_RULE_ROWS, PATTERN_ROWS];
    const since = tables.flatMap((rows: readonly { since: string }[]) => rows.map((r) => r.since));
    expect(since.filter((v) => !atLeast(DEFAULT_OAG_VERSION, v))).toEqual([]);
    expect(since).toContain(DEFAULT_OAG_VERSION);
  });
});

describe("first run into an empty folder", () => {
  it("writes OpenAPI Generator's ignore file, VERSION, and a FILES listing every file it wrote", async () => {
    const out = path.join(tmp, "first");
    const r = await gen(out);
    expect(r.code, r.err).toBe(0);
    expect(read(out, ".openapi-generator-ignore")).toBe(DEFAULT_IGNORE_FILE);
    expect(read(out, ".openapi-generator-ignore").split("\n")[0]).toBe("# OpenAPI Generator Ignore");
    expect(read(out, ".openapi-generator/VERSION")).toBe("7.25.0\n");
    // FILES: what was written, sorted, without VERSION and without itself (DefaultGenerator.generateFilesMetadata).
    const listed = read(out, ".openapi-generator/FILES");
    const onDisk = tree(out).filter((p) => p !== ".openapi-generator/FILES" && p !== ".openapi-generator/VERSION");
    expect(listed).toBe(onDisk.map((p) => `${p}\n`).join(""));
    expect(listed.split("\n")).toContain(".openapi-generator-ignore");
    expect(listed.split("\n")).toContain("models/Item.ts");
  });

  it("VERSION names the OpenAPI Generator release given with -p oagVersion", async () => {
    const out = path.join(tmp, "version");
    expect((await gen(out, "-p", "oagVersion=7.12.0")).code).toBe(0);
    expect(read(out, ".openapi-generator/VERSION")).toBe("7.12.0\n");
  });

  it("writes no metadata when --global-property leaves supporting files out (as OpenAPI Generator)", async () => {
    const out = path.join(tmp, "models-only");
    expect((await gen(out, "--global-property", "models=")).code).toBe(0);
    expect(tree(out).filter((p) => p.startsWith(".openapi-generator"))).toEqual([]);
  });
});

describe("regenerating over an earlier run", () => {
  it("keeps a file the ignore file names: never overwritten, never listed; the user's ignore file is kept", async () => {
    const out = path.join(tmp, "ignored");
    expect((await gen(out)).code).toBe(0);
    fs.writeFileSync(path.join(out, ".openapi-generator-ignore"), "README.md\nmodels/\n");
    fs.writeFileSync(path.join(out, "README.md"), "my own readme\n");
    fs.rmSync(path.join(out, "models"), { recursive: true });
    const r = await gen(out);
    expect(r.code, r.err).toBe(0);
    expect(read(out, "README.md")).toBe("my own readme\n");
    expect(fs.existsSync(path.join(out, "models"))).toBe(false); // an ignored file is not created either
    expect(read(out, ".openapi-generator-ignore")).toBe("README.md\nmodels/\n");
    const listed = read(out, ".openapi-generator/FILES").split("\n");
    expect(listed).not.toContain("README.md");
    expect(listed).not.toContain("models/Item.ts");
    expect(listed).not.toContain(".openapi-generator-ignore"); // existing: not written this run
    expect(r.err).toContain("ignored (.openapi-generator-ignore)");
  });

  it("--ignore-file-override takes its rules from the given file (and a wrong path is an error, not a silent overwrite)", async () => {
    const out = path.join(tmp, "override");
    expect((await gen(out)).code).toBe(0);
    fs.writeFileSync(path.join(out, "README.md"), "mine\n");
    const rules = path.join(tmp, "my-ignore");
    fs.writeFileSync(rules, "README.md\n");
    expect((await gen(out, "--ignore-file-override", rules)).code).toBe(0);
    expect(read(out, "README.md")).toBe("mine\n");
    expect((await gen(out, `--ignore-file-override=${rules}`)).code).toBe(0);
    expect(read(out, "README.md")).toBe("mine\n");

    const typo = await gen(out, "--ignore-file-override", path.join(tmp, "my-ignroe"));
    expect(typo.code).toBe(1);
    expect(typo.err).toContain(`cannot read the ignore file ${path.join(tmp, "my-ignroe")} given to --ignore-file-override (no such file)`);
    expect(read(out, "README.md")).toBe("mine\n");
  });

  it("--skip-overwrite leaves every existing file as it is and writes only new ones", async () => {
    const out = path.join(tmp, "skip");
    expect((await gen(out)).code).toBe(0);
    fs.writeFileSync(path.join(out, "README.md"), "edited\n");
    fs.rmSync(path.join(out, "index.ts"));
    const r = await gen(out, "--skip-overwrite");
    expect(r.code, r.err).toBe(0);
    expect(read(out, "README.md")).toBe("edited\n");
    expect(fs.existsSync(path.join(out, "index.ts"))).toBe(true);
    expect(r.err).toMatch(/wrote 1 files to .* skipped \(--skip-overwrite\)/);
  });

  it("--minimal-update leaves unchanged files untouched: same bytes, same mtime; changed ones are rewritten", async () => {
    const out = path.join(tmp, "minimal");
    expect((await gen(out)).code).toBe(0);
    expect((await gen(out)).code).toBe(0); // FILES settles (the ignore file is listed only when written)
    const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000);
    fs.writeFileSync(path.join(out, "README.md"), "stale\n");
    for (const f of tree(out)) fs.utimesSync(path.join(out, f), past, past);
    const before = new Map(tree(out).map((f) => [f, fs.statSync(path.join(out, f)).mtimeMs]));
    const r = await gen(out, "--minimal-update");
    expect(r.code, r.err).toBe(0);
    for (const f of tree(out)) {
      const mtime = fs.statSync(path.join(out, f)).mtimeMs;
      if (f === "README.md") expect(mtime, f).toBeGreaterThan(past.getTime() + 1000);
      else expect(mtime, f).toBe(before.get(f));
    }
    expect(read(out, "README.md")).not.toBe("stale\n");
    expect(r.err).toMatch(/wrote 1 files to .* unchanged/);

    // Without it every file is written again, as OpenAPI Generator does.
    await gen(out);
    expect(fs.statSync(path.join(out, "index.ts")).mtimeMs).toBeGreaterThan(past.getTime() + 1000);
  });

  it("--remove-stale deletes what the previous FILES listed and this run does not write, and nothing else", async () => {
    const out = path.join(tmp, "stale");
    expect((await gen(out)).code).toBe(0);
    // An earlier run had a model that the spec no longer has, and a doc the user ignored since.
    fs.mkdirSync(path.join(out, "old"), { recursive: true });
    fs.writeFileSync(path.join(out, "models/Gone.ts"), "export {};\n");
    fs.writeFileSync(path.join(out, "old/Gone.md"), "old\n");
    fs.writeFileSync(path.join(out, "Kept.md"), "ignored by the user\n");
    fs.writeFileSync(path.join(out, "mine.txt"), "never generated\n");
    fs.writeFileSync(path.join(tmp, "outside.txt"), "outside\n");
    const files = read(out, ".openapi-generator/FILES");
    fs.writeFileSync(path.join(out, ".openapi-generator/FILES"), `${files}models/Gone.ts\nold/Gone.md\nKept.md\n../outside.txt\n`);
    fs.appendFileSync(path.join(out, ".openapi-generator-ignore"), "Kept.md\n");

    const check = await gen(out, "--remove-stale", "--check");
    expect(check.code).toBe(1);
    expect(check.out).toContain("stale   models/Gone.ts\n");

    // Without the switch nothing is deleted (OpenAPI Generator never deletes).
    expect((await gen(out)).code).toBe(0);
    expect(fs.existsSync(path.join(out, "models/Gone.ts"))).toBe(true);
    fs.writeFileSync(path.join(out, ".openapi-generator/FILES"), `${files}models/Gone.ts\nold/Gone.md\nKept.md\n../outside.txt\n`);

    const r = await gen(out, "--remove-stale");
    expect(r.code, r.err).toBe(0);
    expect(fs.existsSync(path.join(out, "models/Gone.ts"))).toBe(false);
    expect(fs.existsSync(path.join(out, "old"))).toBe(false); // emptied folder goes too
    expect(read(out, "Kept.md")).toBe("ignored by the user\n");
    expect(read(out, "mine.txt")).toBe("never generated\n");
    expect(read(tmp, "outside.txt")).toBe("outside\n");
    expect(fs.existsSync(path.join(out, "models/Item.ts"))).toBe(true);
    expect(fs.existsSync(path.join(out, ".openapi-generator-ignore"))).toBe(true);
    expect(r.err).toContain('lists "../outside.txt", which is not inside the output folder; left alone');
    expect(r.err).toContain("2 stale removed");
  });

  it("--remove-stale removes nothing in a run that selects files with --global-property", async () => {
    const out = path.join(tmp, "stale-partial");
    expect((await gen(out)).code).toBe(0);
    const r = await gen(out, "--remove-stale", "--global-property", "models=");
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(out, "README.md"))).toBe(true);
    expect(r.err).toContain("--remove-stale removes nothing in a run that selects files with --global-property");
  });
});

describe("--check", () => {
  it("exits 0 when the folder is up to date, 1 with the list of files that would change, and writes nothing", async () => {
    const out = path.join(tmp, "check");
    expect((await gen(out)).code).toBe(0);
    expect((await gen(out)).code).toBe(0);
    const clean = await gen(out, "--check");
    expect(clean.code, clean.out + clean.err).toBe(0);
    expect(clean.out).toBe("");

    fs.writeFileSync(path.join(out, "README.md"), "edited\n");
    fs.rmSync(path.join(out, "models/Item.ts"));
    const before = tree(out);
    const dirty = await gen(out, "--check");
    expect(dirty.code).toBe(1);
    expect(dirty.out).toBe("changed README.md\nnew     models/Item.ts\n");
    expect(dirty.err).toContain("2 files in");
    expect(tree(out)).toEqual(before);
    expect(read(out, "README.md")).toBe("edited\n");
  });

  it("a folder never generated into is all new", async () => {
    const r = await gen(path.join(tmp, "never-made"), "--check");
    expect(r.code).toBe(1);
    expect(r.out).toContain("new     index.ts\n");
    expect(fs.existsSync(path.join(tmp, "never-made"))).toBe(false);
  });
});

describe("a regeneration without --minimal-update", () => {
  /** Runs `again` after dating every file of `out` an hour ago and editing README.md; checks what happened to each file. */
  async function regenerateAndCheck(out: string, again: () => Promise<void>): Promise<void> {
    const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000);
    fs.writeFileSync(path.join(out, "README.md"), "edited\n");
    for (const f of tree(out)) fs.utimesSync(path.join(out, f), past, past);
    const inodes = new Map(tree(out).map((f) => [f, fs.statSync(path.join(out, f)).ino]));
    await again();
    expect(tree(out)).toEqual([...inodes.keys()]);
    for (const f of tree(out)) {
      const stat = fs.statSync(path.join(out, f));
      // The ignore file is the user's once it exists: not generated again.
      if (f === ".openapi-generator-ignore") expect(stat.mtimeMs, f).toBe(past.getTime());
      else expect(stat.mtimeMs, f).toBeGreaterThan(past.getTime() + 1000);
      // Each file whose bytes were there keeps its inode (touched, not replaced); the edited one is written.
      if (f === "README.md") expect(stat.ino, f).not.toBe(inodes.get(f));
      else expect(stat.ino, f).toBe(inodes.get(f));
    }
    expect(read(out, "README.md")).not.toBe("edited\n");
  }

  it("from the command line dates every generated file now, leaving in place those whose bytes are there", async () => {
    const out = path.join(tmp, "in-place-cli");
    expect((await gen(out)).code).toBe(0);
    expect((await gen(out)).code).toBe(0); // FILES settles (the ignore file is listed only when written)
    await regenerateAndCheck(out, async () => {
      const r = await gen(out);
      expect(r.code, r.err).toBe(0);
    });
  });

  it("through the API (which compares every file) does the same", async () => {
    const out = path.join(tmp, "in-place-api");
    const options = { inputSpec: MINIMAL, generatorName: "typescript", output: out };
    await generate(options);
    await generate(options);
    await regenerateAndCheck(out, async () => {
      const result = await generate(options);
      expect(result.changes).toEqual([{ path: "README.md", kind: "changed" }]);
    });
  });

  it("--dry-run writes and touches nothing", async () => {
    const out = path.join(tmp, "in-place-dry-run");
    expect((await gen(out)).code).toBe(0);
    fs.writeFileSync(path.join(out, "README.md"), "edited\n");
    const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000);
    for (const f of tree(out)) fs.utimesSync(path.join(out, f), past, past);
    const before = new Map(tree(out).map((f) => [f, fs.statSync(path.join(out, f)).ino]));
    const r = await gen(out, "--dry-run");
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/would write \d+ files to /);
    expect(tree(out)).toEqual([...before.keys()]);
    for (const f of tree(out)) expect([fs.statSync(path.join(out, f)).ino, fs.statSync(path.join(out, f)).mtimeMs], f).toEqual([before.get(f), past.getTime()]);
    expect(read(out, "README.md")).toBe("edited\n");
  });
});
