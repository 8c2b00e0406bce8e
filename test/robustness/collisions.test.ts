// Names that collide: duplicate operationIds, models whose names meet after case-mangling
// (foo_bar, FooBar, foo-bar), tags Pet and pet. Each must end in a clear error or a deterministic
// renaming that keeps everything; a spec element that vanishes from the output is a silent drop.
//
// The table below records what each generator does today, exactly. A "dropped" row is a known gap
// (issue 6): when a generator starts to keep everything, or to fail clearly, its row fails and must
// be updated here. A generator that is not in the table yet fails until its rows are added.
// A kept row also records the model-rename warnings (src/codegen/model-names.ts) and whether the
// output type-checks strict (TypeScript) or imports (Python).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatorNames } from "../../src/generators/index.js";
import { runPython } from "../support/python.js";
import { PYTHON_IMPORT_ALL, ROOT, listFiles, runCli, typecheck } from "./support.js";

const BROKEN = path.join(ROOT, "fixtures/broken");

/** Each case: its fixture, and words each of which only one spec element brings into the output. */
const CASES = {
  "duplicate-operation-ids": { file: "duplicate-operation-ids.yaml", markers: ["/alpha", "/bravo", "/charlie"] },
  "model-names": { file: "name-collisions.yaml", markers: ["alphaunderscore", "bravopascal", "charliehyphen"] },
  "tag-names": { file: "name-collisions.yaml", markers: ["/upper", "/lower"] },
} as const;

type Outcome =
  /** exit 0 and every marker is in the generated code; the rename warnings; the output loads */
  | { readonly kept: true; readonly renamed: readonly string[]; readonly loads: boolean }
  /** exit 0 but these markers are in no generated code file: a silent drop (known gap) */
  | { readonly dropped: readonly string[] }
  /** exit 1 with these diagnostics (the output folder replaced by `OUT`) */
  | { readonly error: readonly string[] };

/** foo_bar keeps FooBar; FooBar and foo-bar get the next free suffixes, in spec order, with a warning. */
const RENAMED = [
  '#/components/schemas/FooBar: model "FooBar" is named FooBar2: FooBar is taken by "foo_bar"',
  '#/components/schemas/foo-bar: model "foo-bar" is named FooBar3: FooBar is taken by "foo_bar"',
];
const KEPT = { kept: true, renamed: [], loads: true } as const;

const TODAY: Record<string, Record<keyof typeof CASES, Outcome>> = {
  typescript: {
    // OAG's rule in src/codegen/operations.ts: getThing, getThing_0, getThing_1.
    "duplicate-operation-ids": KEPT,
    // models/FooBar.ts, FooBar2.ts, FooBar3.ts.
    "model-names": { kept: true, renamed: RENAMED, loads: true },
    // Both tags land in one PetApi (sanitized tags are the grouping key).
    "tag-names": { kept: true, renamed: RENAMED, loads: true },
  },
  python: {
    "duplicate-operation-ids": KEPT,
    // models/foo_bar.py, foo_bar2.py, foo_bar3.py.
    "model-names": { kept: true, renamed: RENAMED, loads: true },
    // Tags whose API classes differ only in case share one pet_api.py (src/codegen/operations.ts).
    "tag-names": { kept: true, renamed: RENAMED, loads: true },
  },
  "python-prior": {
    "duplicate-operation-ids": KEPT,
    // model/foo_bar.py, foo_bar2.py, foo_bar3.py.
    "model-names": { kept: true, renamed: RENAMED, loads: true },
    // Tags whose API classes differ only in case share one api/pet_api.py (src/codegen/operations.ts).
    "tag-names": { kept: true, renamed: RENAMED, loads: true },
  },
};

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-collisions-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const CODE = /\.(ts|py)$/;

async function outcome(generator: string, name: keyof typeof CASES): Promise<Outcome> {
  const { file, markers } = CASES[name];
  const out = path.join(tmp, `${generator}-${name}`);
  const r = await runCli("generate", "-i", path.join(BROKEN, file), "-g", generator, "-o", out);
  expect(r.err).not.toContain("internal error");
  if (r.code !== 0) {
    expect(fs.existsSync(out)).toBe(false);
    return { error: r.err.split("\n").filter((l) => l.startsWith("error: ")).map((l) => l.split(out).join("OUT")) };
  }
  const files = listFiles(out);
  // Docs-only generators are judged by their docs; the others by their code.
  const judged = files.some((f) => CODE.test(f)) ? files.filter((f) => CODE.test(f)) : files;
  const text = judged.map((f) => fs.readFileSync(path.join(out, f), "utf8")).join("\n");
  const missing = markers.filter((m) => !text.includes(m));
  if (missing.length > 0) return { dropped: missing };
  // Only the model-rename warnings: other warnings belong to other rules and their tests.
  const renamed = r.err
    .split("\n")
    .filter((l) => l.startsWith("warning: ") && / is named /.test(l))
    .map((l) => l.slice(l.indexOf("#")));
  let loads = true;
  if (judged.some((f) => f.endsWith(".ts"))) loads = typecheck(out).length === 0;
  else if (judged.some((f) => f.endsWith(".py"))) loads = (await runPython({ cwd: out, args: ["-c", PYTHON_IMPORT_ALL], timeoutMs: 120_000 })).code === 0;
  return { kept: true, renamed, loads };
}

describe("colliding names: what each generator does today", () => {
  for (const generator of generatorNames()) {
    for (const name of Object.keys(CASES) as (keyof typeof CASES)[]) {
      it(`${generator}: ${name}`, async () => {
        const want = TODAY[generator]?.[name];
        const got = await outcome(generator, name);
        expect(got, `add or update TODAY[${JSON.stringify(generator)}][${JSON.stringify(name)}]`).toEqual(want);
      });
    }
  }
});
