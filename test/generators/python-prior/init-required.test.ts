// python-prior's -p initRequiredVars=true (OAG's PythonPriorClientCodegen.processOpts and the
// composed model templates): fixtures/python-runtime/prior-init-required.yaml generated with the
// flag (pi_on) and without (pi_off), driven by fixtures/python-runtime/prior_init_tests against
// the echo server (test/support/echo-server.ts).
import { cpSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { writeOutput, type GeneratedFile } from "../../../src/render/write.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { runPytest } from "../../support/python.js";
import { RUNTIME_FIXTURES } from "../python/runtime-cases.js";

const SPEC = path.join(RUNTIME_FIXTURES, "prior-init-required.yaml");
const fixture = folderWithEcho("oaswright-ppinit-");
let on: { files: GeneratedFile[]; warnings: { message: string }[] };
let off: { files: GeneratedFile[]; warnings: { message: string }[] };

function generate(additionalProperties: Record<string, string>) {
  return generateInMemory(SPEC, "python-prior", additionalProperties);
}

beforeAll(async () => {
  const dir = fixture.tmp;
  on = await generate({ packageName: "pi_on", initRequiredVars: "true" });
  off = await generate({ packageName: "pi_off" });
  writeOutput(dir, on.files.filter((f) => f.path.startsWith("pi_on/")));
  writeOutput(dir, off.files.filter((f) => f.path.startsWith("pi_off/")));
  const tests = path.join(RUNTIME_FIXTURES, "prior_init_tests");
  for (const file of readdirSync(tests)) cpSync(path.join(tests, file), path.join(dir, file));
}, 120_000);

describe("python-prior initRequiredVars", () => {
  it("generates without a warning, the docs unchanged and only composed models' constructors differing", async () => {
    expect(on.warnings.filter((w) => /initRequiredVars/.test(w.message))).toEqual([]);
    // The same package name, so that only the flag differs.
    const offSameName = await generate({ packageName: "pi_on" });
    const before = new Map(offSameName.files.map((f) => [f.path, f.contents]));
    const changed = on.files.filter((f) => before.get(f.path) !== f.contents).map((f) => f.path);
    expect(changed).toEqual(["pi_on/model/car.py", "pi_on/model/dog.py"]);
    expect(on.files.map((f) => f.path)).toEqual(offSameName.files.map((f) => f.path));
    const dog = on.files.find((f) => f.path === "pi_on/model/dog.py")!.contents;
    expect(dog).toContain("def __init__(self, class_name, breed, photo_urls, *args, **kwargs):");
    expect(dog).toContain("def _from_openapi_data(cls, class_name, id, breed, photo_urls, *args, **kwargs):");
  });

  it("constructs and round-trips the composed model with and without the flag", async () => {
    const r = await runPytest(fixture.tmp, ["-q", "-p", "no:cacheprovider", "test_prior_init_required.py"], {
      env: { ECHO_URL: fixture.echo.url },
      timeoutMs: 120_000,
    });
    expect(r.code, `pytest output:\n${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/\b6 passed\b/);
    expect(r.stdout).not.toMatch(/failed|error|skipped/i);
  });
});
