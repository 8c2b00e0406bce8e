// The python client on urllib3 1.26, which its requirements allow for OpenAPI Generator releases
// before 7.13 (`urllib3 >= 1.25.3, < 3.0.0`; releases.ts urllib3Floor). Packages generated with
// `-p oagVersion=7.11.0` (the golden echo_api and petstore, echo-wire, hostile-names, and
// surface.yaml for every HTTP library) run in the Python root with Debian bookworm's urllib3 1.26.12
// first on PYTHONPATH (scripts/python-urllib3-1.sh), against servers on 127.0.0.1 started here: the
// echo server for the wire and surface tests, and an https server with a self-signed certificate
// for Configuration.ca_cert_data (urllib3 1.x's PoolManager rejects a `ca_cert_data` keyword). The
// ca_cert_data tests run on the root's urllib3 2 as well.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFiles } from "../../../src/generate.js";
import { writeOutput } from "../../../src/render/write.js";
import { startEchoServer, type EchoServer } from "../../support/echo-server.js";
import { runPytest, urllib3OnePythonPath } from "../../support/python.js";
import { generatePackage, goldenPythonCases, hostileCase, RUNTIME_FIXTURES, surfaceCase, wireCase, withProperties } from "./runtime-cases.js";

const OAG_VERSION = "7.11.0";
const LIBRARIES = ["urllib3", "asyncio", "httpx", "tornado"];
const TLS = path.join(RUNTIME_FIXTURES, "..", "typescript", "tls");

let echo: EchoServer;
let tls: https.Server;
let tlsUrl: string;
let dir: string;
let urllib3One: string;
let urllib3Packages: string[];

beforeAll(async () => {
  urllib3One = urllib3OnePythonPath();
  echo = await startEchoServer();
  const cert = readFileSync(path.join(TLS, "localhost-cert.pem"));
  tls = https.createServer({ cert, key: readFileSync(path.join(TLS, "localhost-key.pem")) }, (req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.end(`${req.method} ${req.url} over TLS`);
  });
  await new Promise<void>((resolve) => tls.listen(0, "127.0.0.1", resolve));
  tlsUrl = `https://127.0.0.1:${(tls.address() as AddressInfo).port}`;

  dir = mkdtempSync(path.join(tmpdir(), "oaswright-pyurllib3-1-"));
  const urllib3Cases = [...goldenPythonCases().filter((c) => c.name === "python-echo-api" || c.name === "python-petstore"), wireCase(), hostileCase(), surfaceCase("urllib3")];
  const cases = [...urllib3Cases, ...LIBRARIES.filter((l) => l !== "urllib3").map(surfaceCase)].map((c) => withProperties(c, { oagVersion: OAG_VERSION }));
  for (const c of cases) writeOutput(dir, (await generatePackage(c)).files);
  urllib3Packages = urllib3Cases.map((c) => c.packageName);
  for (const tests of ["wire_tests", "surface_tests", "urllib3_1_tests"]) {
    for (const file of readdirSync(path.join(RUNTIME_FIXTURES, tests))) cpSync(path.join(RUNTIME_FIXTURES, tests, file), path.join(dir, file));
  }
  writeFileSync(path.join(dir, "tls-cert.pem"), cert);
});
afterAll(async () => {
  await echo?.close();
  if (tls) {
    tls.closeAllConnections();
    await new Promise<void>((resolve) => tls.close(() => resolve()));
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const PYTEST = ["-q", "-p", "no:cacheprovider", "-W", "error", "-W", "ignore::DeprecationWarning:tornado"];

describe(`python client of oagVersion ${OAG_VERSION} on urllib3 1.26`, () => {
  it("declares urllib3 >= 1.25.3, which 1.26 meets", async () => {
    const { files } = await generateFiles({ input: wireCase().spec, generator: "python", options: withProperties(wireCase(), { oagVersion: OAG_VERSION }).options, validate: "off" });
    const requirements = String(files.find((f) => f.path === "requirements.txt")?.contents);
    expect(requirements.split("\n")).toContain("urllib3 >= 1.25.3, < 3.0.0");
  });

  it("passes the wire, surface and ca_cert_data tests against servers on 127.0.0.1", async () => {
    const files = ["test_urllib3_1.py", "test_echo_api.py", "test_petstore.py", "test_wire_styles.py", "test_hostile_names.py", "test_libraries.py", "test_signing.py", "test_surface.py", "test_ca_cert_data.py"];
    const r = await runPytest(dir, [...PYTEST, ...files], {
      // 7.11.0 types binary content `bytearray` (releases.ts binaryAsBytes).
      env: { ECHO_URL: echo.url, TLS_URL: tlsUrl, PYTHONPATH: urllib3One, URLLIB3_PACKAGES: urllib3Packages.join(","), BINARY_TYPE: "bytearray" },
      timeoutMs: 240_000,
    });
    expect(r.code, `pytest output:\n${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/\b\d+ passed\b/);
    expect(r.stdout).not.toMatch(/failed|error|skipped/i);
  });
});

describe("ca_cert_data on the root's urllib3 2", () => {
  it("trusts the given CA and refuses the certificate without it", async () => {
    const r = await runPytest(dir, [...PYTEST, "test_ca_cert_data.py"], { env: { ECHO_URL: echo.url, TLS_URL: tlsUrl }, timeoutMs: 120_000 });
    expect(r.code, `pytest output:\n${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/\b4 passed\b/);
  });
});
