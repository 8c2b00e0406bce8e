// OAG's python-prior surface as applications use it: fixtures/python-runtime/surface.yaml as
// package prior_surface (and with disallowAdditionalPropertiesIfNotPresent=true as prior_strict) and the golden python-prior petstore as petstore_api, driven by
// fixtures/python-runtime/prior_tests against the echo server (test/support/echo-server.ts).
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGenerateArgs } from "../../../src/cli/options.js";
import { EMPTY_OPTIONS, generateFiles } from "../../../src/generate.js";
import { writeOutput } from "../../../src/render/write.js";
import { startEchoServer, type EchoServer } from "../../support/echo-server.js";
import { GOLDEN_ROOT, goldenCases } from "../../support/golden.js";
import { runPytest } from "../../support/python.js";
import { RUNTIME_FIXTURES } from "../python/runtime-cases.js";

let server: EchoServer;
let dir: string;

beforeAll(async () => {
  server = await startEchoServer();
  dir = mkdtempSync(path.join(tmpdir(), "oaswright-ppsurface-"));
  const surface = await generateFiles({
    input: path.join(RUNTIME_FIXTURES, "surface.yaml"),
    generator: "python-prior",
    options: { ...EMPTY_OPTIONS, additionalProperties: { packageName: "prior_surface" } },
    validate: "off",
  });
  writeOutput(dir, surface.files.filter((f) => f.path.startsWith("prior_surface/")));
  // The same spec with disallowAdditionalPropertiesIfNotPresent=true, as package prior_strict.
  const strict = await generateFiles({
    input: path.join(RUNTIME_FIXTURES, "surface.yaml"),
    generator: "python-prior",
    options: { ...EMPTY_OPTIONS, additionalProperties: { packageName: "prior_strict", disallowAdditionalPropertiesIfNotPresent: "true" } },
    validate: "off",
  });
  expect(strict.warnings.filter((w) => /disallowAdditionalPropertiesIfNotPresent/.test(w.message))).toEqual([]);
  writeOutput(dir, strict.files.filter((f) => f.path.startsWith("prior_strict/")));
  const petstore = goldenCases("python-prior").find((c) => c.name === "python-prior-petstore")!;
  const spec = path.join(GOLDEN_ROOT, petstore.dir, petstore.spec);
  const args = parseGenerateArgs(["-i", spec, "-g", "python-prior", ...petstore.args]);
  const generated = await generateFiles({ input: spec, generator: "python-prior", options: args.options, validate: "off" });
  writeOutput(dir, generated.files.filter((f) => f.path.startsWith("petstore_api/")));
  const tests = path.join(RUNTIME_FIXTURES, "prior_tests");
  for (const file of readdirSync(tests)) cpSync(path.join(tests, file), path.join(dir, file));
}, 120_000);
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("python-prior client surface", () => {
  it("passes the surface tests against the echo server", async () => {
    const r = await runPytest(dir, ["-q", "-p", "no:cacheprovider", "test_prior_surface.py"], {
      env: { ECHO_URL: server.url },
      timeoutMs: 180_000,
    });
    expect(r.code, `pytest output:\n${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/\b18 passed\b/);
    expect(r.stdout).not.toMatch(/failed|error|skipped/i);
  });
});
