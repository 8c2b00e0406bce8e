// The corpus cases whose `.openapi-generator/FILES` is kept in meta/: the layout OpenAPI Generator
// wrote (which files, in which folders) against the FILES our command line writes for the same
// spec, options and release. The docs' text is compared by conformance.test.ts; this checks where
// they go (the typescript API docs under `docs/` from 7.17.0 on) and that nothing OAG lists is missing.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../support/cli.js";
import { CONFORMANCE_ROOT, goldenCases } from "../support/golden.js";

/** The cases checked here: their upstream FILES lists OAG's default layout, untouched by ignore rules. */
const LAYOUT_CASES = ["bellanov-typescript"];

/** oaswright's client has files of its own that OAG's does not (its runtime); they may be listed too. */
const OWN_FILES: Readonly<Record<string, RegExp>> = { typescript: /^runtime\/[^/]+\.ts$/ };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-conformance-files-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const lines = (text: string) => text.split("\n").filter((l) => l !== "");

describe("the output layout matches OpenAPI Generator's FILES on real projects", () => {
  for (const c of goldenCases(undefined, CONFORMANCE_ROOT).filter((k) => LAYOUT_CASES.includes(k.name))) {
    it(`${c.generator} ${c.oagVersion ?? ""}: ${c.name}`, async () => {
      const out = path.join(tmp, c.name);
      const props = c.oagVersion ? ["-p", `oagVersion=${c.oagVersion}`] : [];
      const r = await run("generate", "-i", path.join(CONFORMANCE_ROOT, c.dir, c.spec), "-g", c.generator, "-o", out, ...c.args, ...props);
      expect(r.code, r.err).toBe(0);
      const expected = lines(fs.readFileSync(path.join(CONFORMANCE_ROOT, c.dir, "meta", "FILES"), "utf8"));
      const actual = lines(fs.readFileSync(path.join(out, ".openapi-generator", "FILES"), "utf8"));
      const own = OWN_FILES[c.generator];
      expect(actual.filter((p) => !(own?.test(p) ?? false))).toEqual(expected);
      expect(fs.readFileSync(path.join(out, ".openapi-generator", "VERSION"), "utf8")).toBe(fs.readFileSync(path.join(CONFORMANCE_ROOT, c.dir, "meta", "VERSION"), "utf8"));
    });
  }

  it("every case it names is in the corpus, with its FILES kept", () => {
    const names = new Set(goldenCases(undefined, CONFORMANCE_ROOT).map((c) => c.name));
    for (const n of LAYOUT_CASES) {
      expect(names.has(n), n).toBe(true);
      expect(fs.existsSync(path.join(CONFORMANCE_ROOT, n, "meta", "FILES")), n).toBe(true);
    }
  });

  it("the typescript API docs go where each release put them", async () => {
    const spec = path.join(CONFORMANCE_ROOT, "bellanov-typescript", "spec", "openapi.yaml");
    for (const [oagVersion, doc] of [["7.16.0", "ItemsApi.md"], ["7.17.0", "docs/ItemsApi.md"], [undefined, "docs/ItemsApi.md"]] as const) {
      const out = path.join(tmp, `layout-${oagVersion ?? "default"}`);
      const r = await run("generate", "-i", spec, "-g", "typescript", "-o", out, ...(oagVersion ? ["-p", `oagVersion=${oagVersion}`] : []));
      expect(r.code, r.err).toBe(0);
      const files = lines(fs.readFileSync(path.join(out, ".openapi-generator", "FILES"), "utf8"));
      expect(files.filter((p) => p.endsWith("Api.md")), String(oagVersion)).toEqual([doc]);
      expect(fs.existsSync(path.join(out, doc)), String(oagVersion)).toBe(true);
    }
  });
});
