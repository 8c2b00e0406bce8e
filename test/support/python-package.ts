// The steps of a test that runs a generated python package in the Python root (python.ts):
//
//   const r = await runWithPackage(dir, files, "use_pets.py", script, { ECHO_URL: fixture.echo.url });
//   expect(r.stdout).toContain("ok");
//   await expectMypyStrict(dir, ["pets", "use_pets.py"]);
//
// A non-zero exit fails the test with python's output (stdout and stderr) as the message.
import { expect } from "vitest";
import { writeOutput, type GeneratedFile } from "../../src/render/write.js";
import { runMypy, runPython, type PythonResult } from "./python.js";

/**
 * Writes `files` (the generated package; none to reuse what is there) and then the script `name`
 * into `dir`, runs `python3 <name>` there with `env`, and expects exit code 0.
 */
export async function runWithPackage(dir: string, files: readonly GeneratedFile[], name: string, script: string, env?: Record<string, string>): Promise<PythonResult> {
  if (files.length > 0) writeOutput(dir, files);
  writeOutput(dir, [{ path: name, contents: script }]);
  const r = await runPython({ cwd: dir, args: [name], ...(env ? { env } : {}) });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r;
}

/** `mypy --strict` over `targets` (packages, scripts) in `dir`, cached in dir/.mypy_cache; expects no error. */
export async function expectMypyStrict(dir: string, targets: readonly string[], timeoutMs = 240_000): Promise<void> {
  const mypy = await runMypy(dir, ["--strict", "--no-error-summary", "--cache-dir", ".mypy_cache", ...targets], { timeoutMs });
  expect(mypy.code, mypy.stdout + mypy.stderr).toBe(0);
}
