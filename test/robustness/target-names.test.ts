// Models named like what the generated code itself imports or declares (typing's Union and
// Optional, pydantic's BaseModel, the runtime's ApiResponse and Configuration, TypeScript's
// Promise and Record, the client's ObjectSerializer): each must be generated under a name that
// shadows nothing, and the output must still type-check (TypeScript) or import (Python).
//
// The table records what each generator does today, exactly, as test/robustness/collisions.test.ts
// does: rows that are not `{ exit: 0, missing: [], loads: true }` are known gaps (issue 6). For
// python and python-prior, "loads" means every module imports; for python also that `mypy --strict`
// passes and that models named like typing's and pydantic's names round-trip through JSON.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatorNames } from "../../src/generators/index.js";
import { runPython } from "../support/python.js";
import { PYTHON_IMPORT_ALL, ROOT, listFiles, runCli, typecheck } from "./support.js";

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
  // Models keep names like Optional, Field's module imports pydantic's Field as _Field, and so on
  // (src/generators/python/runtime/local-names.ts). `Date` and `date` no longer share
  // models/date.py: the later one gets a numeric suffix, with a warning.
  python: { exit: 0, missing: [], loads: true },
  // `Date` and `date` no longer share model/date.py: the later one gets a numeric suffix, with a warning.
  "python-prior": { exit: 0, missing: [], loads: true },
};

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-target-names-"));
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
      else if (code.some((f) => f.endsWith(".py"))) loads = await pythonLoads(out, generator === "python");
      expect({ exit: 0, missing, ...(loads === undefined ? {} : { loads }) }, `update TODAY[${JSON.stringify(generator)}]`).toEqual(TODAY[generator]);
    });
  }
});

/** Every module imports; for the typed client (`python`) also mypy --strict and ROUND_TRIP. */
async function pythonLoads(out: string, typed: boolean): Promise<boolean> {
  const checks = [["-c", PYTHON_IMPORT_ALL], ...(typed ? [["-m", "mypy", "--strict", "--no-incremental", "openapi_client"], ["-c", ROUND_TRIP]] : [])];
  for (const args of checks) {
    const r = await runPython({ cwd: out, args, timeoutMs: 180_000 });
    if (r.code !== 0) {
      console.error(`python ${args.join(" ")}:\n${r.stdout}${r.stderr}`);
      return false;
    }
  }
  return true;
}

/** Models named Optional, Enum, ConfigDict (a oneOf) and Field (constrained) work as models. */
const ROUND_TRIP = `
from openapi_client.models.optional import Optional
from openapi_client.models.config_dict import ConfigDict
from openapi_client.models.enum import Enum
from openapi_client.models.model_field import ModelField
from openapi_client.models.tuple import Tuple
assert Optional.from_json(Optional(wire02="x").to_json()) == Optional(wire02="x")
assert ConfigDict.from_dict([{"wire28": "s", "kind": "b"}]).actual_instance[0].kind == Enum.B
assert ModelField(short="abc", count=1).to_dict() == {"short": "abc", "count": 1}
try:
    ModelField(short="abcdef")
    raise SystemExit("maxLength not enforced")
except ValueError:
    pass
assert str(Tuple.from_dict({"wire31": "6a2f41a3-c54c-fce8-32d2-0324e1c32e22"}).wire31) == "6a2f41a3-c54c-fce8-32d2-0324e1c32e22"
`;
