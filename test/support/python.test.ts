// Proves runPython: the chroot's Python works, sees the caller's directory, reports exit codes,
// takes argv/env safely, cleans its bind mounts, and reaches the host's 127.0.0.1 over HTTP.
// Fails (never skips) when the Python root is missing: run `bash scripts/python-root.sh` first.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEchoServer, type EchoServer, type Reflection } from "./echo-server.js";
import { pythonRoot, requirePythonRoot, runMypy, runPython } from "./python.js";

let dir: string;
let server: EchoServer;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "oaswright-py-"));
  server = await startEchoServer();
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Our bind mounts still present (from this worker process). */
function ourMounts(): string[] {
  return readFileSync("/proc/self/mountinfo", "utf8")
    .split("\n")
    .filter((l) => l.includes(`/mnt/oaswright-${process.pid}-`));
}

const py = (code: string, extra: Partial<Parameters<typeof runPython>[0]> = {}) =>
  runPython({ cwd: dir, args: ["-c", code], ...extra });

describe("python root", () => {
  it("is provisioned (run `bash scripts/python-root.sh` if this fails)", () => {
    requirePythonRoot(); // throws "Python root not found at ... run `bash scripts/python-root.sh`"
    expect(pythonRoot()).not.toBeNull();
  });

  it("has Python 3.13 with pydantic 2, urllib3 2, dateutil, typing_extensions, pytest, mypy", async () => {
    const r = await py(
      "import sys, pydantic, urllib3, dateutil, typing_extensions, pytest, mypy.version\n" +
        "print(sys.version_info[0], sys.version_info[1]); print(pydantic.VERSION); print(urllib3.__version__)",
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const [ver, pydanticVersion, urllib3Version] = r.stdout.trim().split("\n");
    expect(ver).toBe("3 13");
    expect(pydanticVersion).toMatch(/^2\./);
    expect(urllib3Version).toMatch(/^2\./);
  });

  it("runs in the caller's directory: reads its files and writes back to the host", async () => {
    writeFileSync(path.join(dir, "input.txt"), "hello from the host ü\n");
    writeFileSync(path.join(dir, "mod_here.py"), "VALUE = 42\n");
    const r = await py(
      "import os, mod_here\n" +
        "print(open('input.txt', encoding='utf-8').read().strip())\n" +
        "print(mod_here.VALUE, os.getcwd().startswith('/mnt/oaswright-'))\n" +
        "open('output.txt', 'w').write('written inside')",
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("hello from the host ü\n42 True\n");
    expect(readFileSync(path.join(dir, "output.txt"), "utf8")).toBe("written inside");
    expect(readdirSync(dir)).not.toContain("__pycache__"); // PYTHONDONTWRITEBYTECODE
    expect(ourMounts()).toEqual([]);
  });

  it("reports non-zero exit codes and tracebacks", async () => {
    const exit3 = await py("import sys; print('out'); sys.exit(3)");
    expect(exit3).toMatchObject({ code: 3, stdout: "out\n", timedOut: false });
    const boom = await py("raise ValueError('boom')");
    expect(boom.code).toBe(1);
    expect(boom.stderr).toContain("ValueError: boom");
    const missing = await runPython({ cwd: dir, args: ["no_such_script.py"] });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("No such file");
  });

  it("passes args as argv (no shell) and only the given environment", async () => {
    process.env.HOSTNAME_LEAK = "should-not-leak"; // host env must not reach the chroot
    const nasty = ["a b", "$(echo pwned)", "'; exit 7; '", '"quoted"', "`id`", "--flag", "*"];
    const r = await runPython({
      cwd: dir,
      args: ["-c", "import sys, os, json; print(json.dumps([sys.argv[1:], os.environ.get('MY_VAR'), os.environ.get('HOSTNAME_LEAK')]))", ...nasty],
      env: { MY_VAR: "x y $z" },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([nasty, "x y $z", null]);
    delete process.env.HOSTNAME_LEAK;
    await expect(runPython({ cwd: dir, args: [], env: { "BAD=NAME": "1" } })).rejects.toThrow(/invalid environment/);
  });

  it("feeds stdin when given", async () => {
    const r = await runPython({ cwd: dir, args: ["-c", "import sys; print(sys.stdin.read().upper())"], input: "abc" });
    expect(r.stdout).toBe("ABC\n");
  });

  it("kills on timeout and still unmounts", async () => {
    const t0 = Date.now();
    const r = await py("import time, subprocess; subprocess.Popen(['sleep', '30']); print('started', flush=True); time.sleep(30)", { timeoutMs: 1500 });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r).toMatchObject({ code: 124, timedOut: true, stdout: "started\n" });
    expect(ourMounts()).toEqual([]);
  });

  it("supports concurrent calls, each with its own directory", async () => {
    const dirs = [0, 1, 2, 3].map((i) => {
      const d = mkdtempSync(path.join(tmpdir(), `oaswright-py-${i}-`));
      writeFileSync(path.join(d, "who.txt"), `dir ${i}`);
      return d;
    });
    try {
      const results = await Promise.all(
        dirs.map((d) => runPython({ cwd: d, args: ["-c", "import time; time.sleep(0.3); print(open('who.txt').read())"] })),
      );
      expect(results.map((r) => r.stdout.trim())).toEqual(["dir 0", "dir 1", "dir 2", "dir 3"]);
      expect(ourMounts()).toEqual([]);
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });

  it("reaches the echo server on the host's 127.0.0.1 over HTTP with urllib3", async () => {
    const script = [
      "import json, sys, urllib3",
      "http = urllib3.PoolManager()",
      "r = http.request('POST', sys.argv[1] + '/pets/a%20b?tag=x&tag=y', json={'name': 'Rex', 'n': 1},",
      "                 headers={'X-Api-Key': 'k1', 'Cookie': 'sid=42'})",
      "print(json.dumps({'status': r.status, 'id': r.headers['X-Echo-Request-Id'], 'echo': json.loads(r.data)}))",
      "r = http.request('GET', sys.argv[1] + '/__status/404')",
      "print(r.status, json.loads(r.data)['message'])",
    ].join("\n");
    writeFileSync(path.join(dir, "client.py"), script);
    const r = await runPython({ cwd: dir, args: ["client.py", server.url], timeoutMs: 30_000 });
    expect(r.code, r.stderr).toBe(0);
    const [first, second] = r.stdout.trim().split("\n");
    const { status, id, echo } = JSON.parse(first!) as { status: number; id: string; echo: Reflection };
    expect(status).toBe(200);
    expect(Number(id)).toBeGreaterThan(0);
    expect(echo).toMatchObject({
      method: "POST",
      path: "/pets/a%20b",
      queryParams: [
        ["tag", "x"],
        ["tag", "y"],
      ],
      cookies: { sid: "42" },
      contentType: "application/json",
      json: { name: "Rex", n: 1 },
    });
    expect(echo.headers["x-api-key"]).toBe("k1");
    expect(echo.headers["user-agent"]).toMatch(/python-urllib3\/2\./);
    expect(second).toBe("404 status 404");
  });

  it("runs mypy via runMypy", async () => {
    const d = mkdtempSync(path.join(tmpdir(), "oaswright-mypy-"));
    try {
      writeFileSync(path.join(d, "good.py"), "from pydantic import BaseModel\n\nclass Pet(BaseModel):\n    name: str\n\nx: str = Pet(name='a').name\n");
      writeFileSync(path.join(d, "bad.py"), "x: int = 'not an int'\n");
      const good = await runMypy(d, ["--strict", "--no-incremental", "good.py"], { timeoutMs: 180_000 });
      expect(good.code, good.stdout + good.stderr).toBe(0);
      expect(good.stdout).toContain("Success");
      const bad = await runMypy(d, ["--no-incremental", "bad.py"], { timeoutMs: 180_000 });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toContain("Incompatible types in assignment");
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
