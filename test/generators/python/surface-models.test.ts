// Model validation on the python client as OAG's applications see it (error texts, oneOf/anyOf
// wrappers, nullable references, ApiClient.deserialize): fixtures/python-runtime/surface-models.yaml
// is generated, then fixtures/python-runtime/surface_models_tests runs with pytest and mypy --strict
// checks the package.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_OPTIONS } from "../../../src/generate.js";
import { writeOutput } from "../../../src/render/write.js";
import { runPytest } from "../../support/python.js";
import { expectMypyStrict } from "../../support/python-package.js";
import { generatePackage, RUNTIME_FIXTURES } from "./runtime-cases.js";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "oaswright-pymodels-"));
  const { files } = await generatePackage({
    name: "models_client",
    spec: path.join(RUNTIME_FIXTURES, "surface-models.yaml"),
    options: { ...EMPTY_OPTIONS, additionalProperties: { packageName: "models_client" } },
    packageName: "models_client",
  });
  writeOutput(dir, files);
  const tests = path.join(RUNTIME_FIXTURES, "surface_models_tests");
  for (const file of readdirSync(tests)) cpSync(path.join(tests, file), path.join(dir, file));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("python models: OAG's validation surface", () => {
  it("passes the model surface tests", async () => {
    const r = await runPytest(dir, ["-q", "-p", "no:cacheprovider", "-W", "error", "test_models.py"], { timeoutMs: 120_000 });
    expect(r.code, `pytest output:\n${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/\b10 passed\b/);
    expect(r.stdout).not.toMatch(/failed|error|skipped/i);
  });

  it("type-checks the package with mypy --strict", async () => {
    await expectMypyStrict(dir, ["models_client"], 180_000);
  });
});
