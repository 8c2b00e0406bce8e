// Models named like what the generated code itself imports or declares (typing's Union and
// Optional, pydantic's BaseModel, the runtime's ApiResponse and Configuration, TypeScript's
// Promise and Record, the client's ObjectSerializer): each must be generated under a name that
// shadows nothing, and the output must still type-check (TypeScript) or import (Python).
//
// The table records what each generator does today, exactly, as test/robustness/collisions.test.ts
// does: rows that are not `{ exit: 0, missing: [], loads: true }` are known gaps (issue 6).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatorNames } from "../../src/generators/index.js";
import { runPython } from "../support/python.js";
import { listFiles, ROOT, runCli, typecheck } from "./support.js";

const SPEC = path.join(ROOT, "fixtures/broken/target-names.yaml");

interface Outcome {
  /** Exit code of `generate`. */
  readonly exit: number;
  /** `wireNN` properties (one per model) found in no generated code file: models lost. */
  readonly missing: readonly string[];
  /** The output type-checks strict (TypeScript) or imports (Python); undefined when nothing was written. */
  readonly loads?: boolean;
}

const TODAY: Record<string, Outcome> = {
  // The model ObjectSerializer is named ObjectSerializer2, with a warning: models/ObjectSerializer.ts
  // and models/all.ts are the runtime's (src/codegen/model-names.ts plans around them).
  typescript: { exit: 0, missing: [], loads: true },
  // Known gap: warns for each clashing name, but models/optional.py shadows typing.Optional and
  // the package does not import. `Date` and `date` no longer share models/date.py: the later one
  // gets a numeric suffix, with a warning.
  python: { exit: 0, missing: [], loads: false },
  // `Date` and `date` no longer share model/date.py: the later one gets a numeric suffix, with a warning.
  "python-prior": { exit: 0, missing: [], loads: true },
};

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "apiwright-target-names-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const CODE = /\.(ts|py)$/;

describe("models named like the target's own names: what each generator does today", () => {
  for (const generator of generatorNames()) {
    it(generator, async () => {
      const out = path.join(tmp, generator);
      const r = await runCli("generate", "-i", SPEC, "-g", generator, "-o", out);
      expect(r.err).not.toContain("internal error");
      if (r.code !== 0) {
        expect({ exit: r.code, missing: [] }, r.err).toEqual(TODAY[generator]);
        return;
      }
      const code = listFiles(out).filter((f) => CODE.test(f));
      const text = code.map((f) => fs.readFileSync(path.join(out, f), "utf8")).join("\n");
      const wanted = [...fs.readFileSync(SPEC, "utf8").matchAll(/^ {8}(wire\d\d):$/gm)].map((m) => m[1]!);
      const missing = wanted.filter((m) => !text.includes(m));
      let loads: boolean | undefined;
      if (code.some((f) => f.endsWith(".ts"))) loads = typecheck(out).length === 0;
      else if (code.some((f) => f.endsWith(".py"))) loads = (await runPython({ cwd: out, args: ["-c", IMPORT_ALL], timeoutMs: 120_000 })).code === 0;
      expect({ exit: 0, missing, ...(loads === undefined ? {} : { loads }) }, `update TODAY[${JSON.stringify(generator)}]`).toEqual(TODAY[generator]);
    });
  }
});

const IMPORT_ALL = `
import importlib, os, pkgutil, sys
sys.path.insert(0, os.getcwd())
for name in sorted(os.listdir(".")):
    if name in ("test", "tests") or not os.path.isfile(os.path.join(name, "__init__.py")):
        continue
    pkg = importlib.import_module(name)
    for info in pkgutil.walk_packages(pkg.__path__, name + "."):
        importlib.import_module(info.name)
`;
