#!/usr/bin/env node
// Writes the V8 code caches of the files a run of the command loads (dist/bundle/oaswright.cjs,
// dist/templates/<generator>.cjs, dist/parse/openapi-validators/*.cjs), each beside its file as
// <file>.v8cache (src/code-cache.cts says how they are used). Run by the build (npm run build, last)
// and again when the package is installed (postinstall, `--postinstall`): V8 takes a cache only from
// the very same Node version, so the caches of the build that packed the package are of no use to a
// user whose Node differs, and are made again with theirs.
//
// A cache holds what V8 compiled while it was made, so the command is run here, in this process,
// under the run's own V8 flags, on three small specs written for the purpose
// (scripts/code-cache-training/: OpenAPI 3.0 YAML, 3.1 JSON, Swagger 2.0), with each generator; a
// run that goes further compiles the rest as it would without a cache. The outputs go to a temporary
// folder that is removed.
//
// --postinstall: does nothing where the package is not built (a clone before `npm run build`, whose
// prepare script comes after postinstall) and never fails the install: without caches the command
// runs as fast as it would without them.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BUNDLE = path.join(root, "dist", "bundle", "oaswright.cjs");
const postinstall = process.argv.includes("--postinstall");

/** [spec, generator]: the specs are in scripts/code-cache-training/. */
const RUNS = [
  ["shop.yaml", "typescript"],
  ["shop.yaml", "python"],
  ["shop.yaml", "python-prior"],
  ["notes-3.1.json", "typescript"],
  ["notes-3.1.json", "python"],
  ["library-2.0.yaml", "typescript"],
  ["library-2.0.yaml", "python"],
];

async function writeCaches() {
  const { setRunFlags, loadCommonJs, writeCodeCaches, codeCacheState } = createRequire(import.meta.url)(path.join(root, "dist", "code-cache.cjs"));
  setRunFlags();
  const { main } = loadCommonJs(BUNDLE);
  const work = mkdtempSync(path.join(tmpdir(), "oaswright-code-cache-"));
  try {
    const silent = { out() {}, err() {} };
    for (const [i, [spec, generator]] of RUNS.entries()) {
      const file = path.join(root, "scripts", "code-cache-training", spec);
      const code = await main(["generate", "-i", file, "-g", generator, "-o", path.join(work, String(i))], silent);
      if (code !== 0) throw new Error(`generate -i ${spec} -g ${generator} exited with ${code}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeCodeCaches();
  return [...codeCacheState().keys()].map((f) => path.relative(root, f));
}

if (postinstall) {
  if (existsSync(BUNDLE)) {
    try {
      await writeCaches();
    } catch (err) {
      console.warn(`oaswright: no V8 code caches for this Node version (${err instanceof Error ? err.message : String(err)}); the command works, only its start is slower`);
    }
  }
} else {
  const files = await writeCaches();
  console.log(`build-code-cache: ${files.length} caches (${files.join(", ")})`);
}
