// Runs Python 3.13 (pydantic 2, urllib3 2, python-dateutil, typing-extensions, mypy, pytest)
// inside the Debian root made by scripts/python-root.sh, for tests of generated Python clients.
//
//   const r = await runPython({ cwd: outDir, args: ["-m", "pytest", "-q"] });
//   expect(r.code, r.stdout + r.stderr).toBe(0);
//
// How: each call bind-mounts its host `cwd` at a fresh <root>/mnt/oaswright-<random> (so test
// files running in parallel never share a mount point), runs
//   chroot <root> /usr/bin/env -i -C /mnt/oaswright-<random> NAME=VALUE... python3 <args...>
// with argv only (no shell, so args need no quoting), then always unmounts and removes the
// mount point, on timeout too. Needs root (mount, chroot). The chroot shares the host's network
// namespace, so Python code inside reaches servers listening on the host's 127.0.0.1.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { constants as osConstants } from "node:os";
import { existsSync, mkdirSync, realpathSync, rmdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DEFAULT_PY_ROOT = "/opt/py-trixie";

export interface PythonResult {
  /** Exit code; 124 on timeout (like coreutils `timeout`), 128+n when killed by signal n. */
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface RunPythonOptions {
  /** Host directory made the working directory of python3 inside the root. */
  cwd: string;
  /** Arguments after `python3`, passed as argv (never through a shell). */
  args: string[];
  /** Extra environment variables (the host environment is NOT inherited). */
  env?: Record<string, string>;
  /** Kill the process group after this long (default 120 s). */
  timeoutMs?: number;
  /** Text written to python's stdin (default: none, stdin closed). */
  input?: string;
}

/** The provisioned root ($OASWRIGHT_PY_ROOT or /opt/py-trixie) if it has usr/bin/python3, else null. */
export function pythonRoot(): string | null {
  const root = process.env.OASWRIGHT_PY_ROOT || DEFAULT_PY_ROOT;
  return existsSync(path.join(root, "usr/bin/python3")) ? root : null;
}

/** Like pythonRoot() but throws a clear, actionable error when the root is missing. */
export function requirePythonRoot(): string {
  const root = pythonRoot();
  if (root) return root;
  const wanted = process.env.OASWRIGHT_PY_ROOT || DEFAULT_PY_ROOT;
  throw new Error(
    `Python root not found at ${wanted} (no usr/bin/python3). ` +
      "Provision it first: run `bash scripts/python-root.sh` (or `npm run python-root`) as root; " +
      "set OASWRIGHT_PY_ROOT to use another location.",
  );
}

const BASE_ENV: Record<string, string> = {
  PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  HOME: "/root",
  LANG: "C.UTF-8",
  LC_ALL: "C.UTF-8",
  PYTHONUNBUFFERED: "1",
  PYTHONDONTWRITEBYTECODE: "1", // keep __pycache__ out of the host's directories
};

function run(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", (e) => resolve({ code: -1, out: String(e) }));
    child.on("close", (code) => resolve({ code: code ?? -1, out }));
  });
}

async function unmount(mountPoint: string): Promise<void> {
  // A just-killed process may hold the mount busy for a moment: retry, then detach lazily.
  for (let i = 0; i < 10; i++) {
    if ((await run("umount", [mountPoint])).code === 0) break;
    if (i === 9) await run("umount", ["-l", mountPoint]);
    else await new Promise((r) => setTimeout(r, 100));
  }
  try {
    rmdirSync(mountPoint); // rmdir, never rm -r: must not touch the host's files
  } catch {
    /* still busy or already gone; harmless empty dir */
  }
}

/**
 * An interpreter to use instead of the chroot: `$OASWRIGHT_PYTHON`, e.g. a virtualenv's python with
 * pydantic 2, urllib3 2, python-dateutil, typing-extensions, mypy and pytest installed (README).
 */
export function hostPython(): string | null {
  return process.env.OASWRIGHT_PYTHON || null;
}

/** Runs `python3 <args>` in `cwd` (a host directory): in the Python root, or with $OASWRIGHT_PYTHON. */
export async function runPython(opts: RunPythonOptions): Promise<PythonResult> {
  const interpreter = hostPython();
  if (interpreter) {
    const env = { ...BASE_ENV, PATH: process.env.PATH ?? BASE_ENV.PATH!, HOME: process.env.HOME ?? "/tmp", ...opts.env };
    return spawnCollect(interpreter, opts.args, { ...opts, cwd: realpathSync(opts.cwd), env });
  }
  const root = requirePythonRoot();
  const hostDir = realpathSync(opts.cwd);
  const name = `oaswright-${process.pid}-${randomBytes(6).toString("hex")}`;
  const inner = `/mnt/${name}`;
  const mountPoint = path.join(root, "mnt", name);
  const env = { ...BASE_ENV, ...opts.env };
  for (const k of Object.keys(env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) throw new Error(`invalid environment variable name: ${k}`);
  }

  mkdirSync(mountPoint, { recursive: true });
  const mounted = await run("mount", ["--bind", hostDir, mountPoint]);
  if (mounted.code !== 0) {
    try {
      rmdirSync(mountPoint);
    } catch {
      /* ignore */
    }
    throw new Error(`mount --bind ${hostDir} ${mountPoint} failed (needs root): ${mounted.out.trim()}`);
  }
  try {
    const argv = [root, "/usr/bin/env", "-i", "-C", inner, ...Object.entries(env).map(([k, v]) => `${k}=${v}`), "python3", ...opts.args];
    // The environment is passed inside (env -i above); chroot itself runs with ours.
    return await spawnCollect("chroot", argv, {
      ...(opts.input !== undefined ? { input: opts.input } : {}),
      ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    });
  } finally {
    await unmount(mountPoint);
  }
}

interface SpawnOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  readonly input?: string;
  readonly timeoutMs?: number;
}

function spawnCollect(cmd: string, argv: string[], opts: SpawnOptions): Promise<PythonResult> {
  return new Promise<PythonResult>((resolve, reject) => {
    // detached: own process group, so a timeout kills python and anything it spawned.
    const child = spawn(cmd, argv, {
      stdio: ["pipe", "pipe", "pipe"],
      detached: true,
      ...(opts.cwd ? { cwd: opts.cwd } : {}),
      ...(opts.env ? { env: opts.env } : {}),
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.stdin.on("error", () => {}); // python may exit without reading stdin
    child.stdin.end(opts.input ?? "");
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, opts.timeoutMs ?? 120_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const sig = signal ? 128 + (osConstants.signals[signal] ?? 0) : null;
      resolve({ code: timedOut ? 124 : (code ?? sig ?? -1), stdout, stderr, timedOut });
    });
  });
}

/** `python3 -m mypy <args>` in `cwd` (e.g. runMypy(dir, ["--strict", "my_pkg"])). */
export function runMypy(cwd: string, args: string[], opts: Omit<RunPythonOptions, "cwd" | "args"> = {}): Promise<PythonResult> {
  return runPython({ ...opts, cwd, args: ["-m", "mypy", ...args] });
}

/** `python3 -m pytest <args>` in `cwd`. Note pytest exits 5 when it collected no tests. */
export function runPytest(cwd: string, args: string[], opts: Omit<RunPythonOptions, "cwd" | "args"> = {}): Promise<PythonResult> {
  return runPython({ ...opts, cwd, args: ["-m", "pytest", ...args] });
}

/**
 * The PYTHONPATH entry, as python3 sees it, of a directory holding urllib3 1.26 (and six), which
 * shadows the root's urllib3 2 (test/generators/python/urllib3-1.test.ts). scripts/python-urllib3-1.sh
 * provides it (Debian bookworm's python3-urllib3, cached inside the Python root, or at
 * $OASWRIGHT_URLLIB3_1); throws when it cannot.
 */
export function urllib3OnePythonPath(): string {
  const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../scripts/python-urllib3-1.sh");
  const r = spawnSync("bash", [script], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const hostDir = r.stdout.trim();
  if (r.status !== 0 || !hostDir) throw new Error(`scripts/python-urllib3-1.sh failed (${r.status}):\n${r.stderr}`);
  if (hostPython()) return hostDir;
  const root = realpathSync(requirePythonRoot());
  const inside = path.relative(root, realpathSync(hostDir));
  if (inside.startsWith("..") || path.isAbsolute(inside)) {
    throw new Error(`${hostDir} is outside the Python root ${root}: the chroot cannot see it (unset OASWRIGHT_URLLIB3_1)`);
  }
  return `/${inside}`;
}
