// The generated python clients on the wire: the golden echo_api and petstore specs and
// fixtures/python-runtime/{echo-wire,hostile-names}.yaml, generated here, then driven by the pytest files of
// fixtures/python-runtime/wire_tests against the echo server (test/support/echo-server.ts) on
// 127.0.0.1. The Python tests assert what the server saw (method, raw path and query, headers,
// cookies, JSON, form and multipart bodies, file bytes) and what the client returned (typed
// models, ApiException subclasses with status, body, headers and data, downloaded bytes).
import { cpSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeOutput } from "../../../src/render/write.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { runPytest } from "../../support/python.js";
import { generatePackage, goldenPythonCases, hostileCase, RUNTIME_FIXTURES, wireCase } from "./runtime-cases.js";

const fixture = folderWithEcho("oaswright-pywire-");

beforeAll(async () => {
  const cases = [...goldenPythonCases().filter((c) => c.name === "python-echo-api" || c.name === "python-petstore"), wireCase(), hostileCase()];
  for (const c of cases) writeOutput(fixture.tmp, (await generatePackage(c)).files);
  const tests = path.join(RUNTIME_FIXTURES, "wire_tests");
  for (const file of readdirSync(tests)) cpSync(path.join(tests, file), path.join(fixture.tmp, file));
});

describe("python clients against the echo server", () => {
  it("pass the wire tests (echo_api, petstore, echo-wire, hostile-names)", async () => {
    const files = ["test_echo_api.py", "test_petstore.py", "test_wire_styles.py", "test_hostile_names.py"];
    const r = await runPytest(fixture.tmp, ["-q", "-p", "no:cacheprovider", "-W", "error", ...files], {
      env: { ECHO_URL: fixture.echo.url },
      timeoutMs: 120_000,
    });
    expect(r.code, `pytest output:\n${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/\b\d+ passed\b/);
    expect(r.stdout).not.toMatch(/failed|error/i);
  });
});
