// OAG's python-prior surface as applications use it: fixtures/python-runtime/surface.yaml as
// package prior_surface (and with disallowAdditionalPropertiesIfNotPresent=true as prior_strict) and the golden python-prior petstore as petstore_api, driven by
// fixtures/python-runtime/prior_tests against the echo server (test/support/echo-server.ts).
import { cpSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateFromArgs, generateInMemory } from "../../support/generate.js";
import { writeOutput } from "../../../src/render/write.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { GOLDEN_ROOT, goldenCases } from "../../support/golden.js";
import { runPytest } from "../../support/python.js";
import { RUNTIME_FIXTURES } from "../python/runtime-cases.js";

const fixture = folderWithEcho("oaswright-ppsurface-");

beforeAll(async () => {
  const dir = fixture.tmp;
  const surface = await generateInMemory(path.join(RUNTIME_FIXTURES, "surface.yaml"), "python-prior", { packageName: "prior_surface" });
  writeOutput(dir, surface.files.filter((f) => f.path.startsWith("prior_surface/")));
  // The same spec with disallowAdditionalPropertiesIfNotPresent=true, as package prior_strict.
  const strict = await generateInMemory(path.join(RUNTIME_FIXTURES, "surface.yaml"), "python-prior", { packageName: "prior_strict", disallowAdditionalPropertiesIfNotPresent: "true" });
  expect(strict.warnings.filter((w) => /disallowAdditionalPropertiesIfNotPresent/.test(w.message))).toEqual([]);
  writeOutput(dir, strict.files.filter((f) => f.path.startsWith("prior_strict/")));
  const petstore = goldenCases("python-prior").find((c) => c.name === "python-prior-petstore")!;
  const spec = path.join(GOLDEN_ROOT, petstore.dir, petstore.spec);
  const generated = await generateFromArgs(["-i", spec, "-g", "python-prior", ...petstore.args]);
  writeOutput(dir, generated.files.filter((f) => f.path.startsWith("petstore_api/")));
  const tests = path.join(RUNTIME_FIXTURES, "prior_tests");
  for (const file of readdirSync(tests)) cpSync(path.join(tests, file), path.join(dir, file));
}, 120_000);

describe("python-prior client surface", () => {
  it("passes the surface tests against the echo server", async () => {
    const r = await runPytest(fixture.tmp, ["-q", "-p", "no:cacheprovider", "test_prior_surface.py"], {
      env: { ECHO_URL: fixture.echo.url },
      timeoutMs: 180_000,
    });
    expect(r.code, `pytest output:\n${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/\b18 passed\b/);
    expect(r.stdout).not.toMatch(/failed|error|skipped/i);
  });
});
