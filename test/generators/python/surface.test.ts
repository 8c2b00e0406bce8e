// The public surface of the python client as applications use it (OAG's python client's
// surface), for every HTTP library: fixtures/python-runtime/surface.yaml is generated once per
// library (packages surface_urllib3, surface_asyncio, surface_httpx, surface_tornado), then the
// pytest files of fixtures/python-runtime/surface_tests drive them against the echo server
// (test/support/echo-server.ts) on 127.0.0.1, and mypy checks the async packages.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOutput } from "../../../src/render/write.js";
import { startEchoServer, type EchoServer } from "../../support/echo-server.js";
import { runMypy, runPytest } from "../../support/python.js";
import { generatePackage, RUNTIME_FIXTURES, surfaceCase } from "./runtime-cases.js";

const LIBRARIES = ["urllib3", "asyncio", "httpx", "tornado"];

let server: EchoServer;
let dir: string;

beforeAll(async () => {
  server = await startEchoServer();
  dir = mkdtempSync(path.join(tmpdir(), "oaswright-pysurface-"));
  for (const library of LIBRARIES) writeOutput(dir, (await generatePackage(surfaceCase(library))).files);
  const tests = path.join(RUNTIME_FIXTURES, "surface_tests");
  for (const file of readdirSync(tests)) cpSync(path.join(tests, file), path.join(dir, file));
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("python client surface, per HTTP library", () => {
  it("passes the surface tests against the echo server", async () => {
    const r = await runPytest(dir, ["-q", "-p", "no:cacheprovider", "-W", "error", "-W", "ignore::DeprecationWarning:tornado", "."], {
      env: { ECHO_URL: server.url },
      timeoutMs: 180_000,
    });
    expect(r.code, `pytest output:\n${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/\b\d+ passed\b/);
    expect(r.stdout).not.toMatch(/failed|error|skipped/i);
  });

  it("type-checks every library's package, and an application using them, with mypy --strict", async () => {
    const r = await runMypy(dir, ["--strict", "--no-error-summary", "--cache-dir", ".mypy_cache", ...LIBRARIES.map((l) => `surface_${l}`), "app_typed.py"], { timeoutMs: 180_000 });
    expect(r.code, `mypy output:\n${r.stdout}\n${r.stderr}`).toBe(0);
  });
});
