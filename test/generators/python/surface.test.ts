// The public surface of the python client as applications use it (OAG's python client's
// surface), for every HTTP library: fixtures/python-runtime/surface.yaml is generated once per
// library (packages surface_urllib3, surface_asyncio, surface_httpx, surface_tornado), then the
// pytest files of fixtures/python-runtime/surface_tests drive them against the echo server
// (test/support/echo-server.ts) on 127.0.0.1, and mypy checks the async packages.
import { cpSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeOutput } from "../../../src/render/write.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { runPytest } from "../../support/python.js";
import { expectMypyStrict } from "../../support/python-package.js";
import { generatePackage, RUNTIME_FIXTURES, surfaceCase } from "./runtime-cases.js";

const LIBRARIES = ["urllib3", "asyncio", "httpx", "tornado"];

const fixture = folderWithEcho("oaswright-pysurface-");

beforeAll(async () => {
  for (const library of LIBRARIES) writeOutput(fixture.tmp, (await generatePackage(surfaceCase(library))).files);
  const tests = path.join(RUNTIME_FIXTURES, "surface_tests");
  for (const file of readdirSync(tests)) cpSync(path.join(tests, file), path.join(fixture.tmp, file));
});

describe("python client surface, per HTTP library", () => {
  it("passes the surface tests against the echo server", async () => {
    const r = await runPytest(fixture.tmp, ["-q", "-p", "no:cacheprovider", "-W", "error", "-W", "ignore::DeprecationWarning:tornado", "."], {
      env: { ECHO_URL: fixture.echo.url },
      timeoutMs: 180_000,
    });
    expect(r.code, `pytest output:\n${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/\b\d+ passed\b/);
    expect(r.stdout).not.toMatch(/failed|error|skipped/i);
  });

  it("type-checks every library's package, and an application using them, with mypy --strict", async () => {
    await expectMypyStrict(fixture.tmp, [...LIBRARIES.map((l) => `surface_${l}`), "app_typed.py"], 180_000);
  });
});
