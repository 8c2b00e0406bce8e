#!/usr/bin/env node
// Build step (npm run build, last): writes the V8 code caches of the files a run of the command
// loads (dist/bundle/oaswright.cjs, dist/templates/<generator>.cjs, dist/parse/openapi-validators/
// *.cjs), each beside its file as <file>.v8cache (src/code-cache.cts says how they are used).
//
// A cache holds what V8 compiled while it was made, so the command is run here, in this process,
// under the run's own V8 flags, on a few small specs that take each generator and each kind of
// input (3.0 YAML, 3.1, Swagger 2.0, JSON) through the paths every run takes; a run that goes
// further compiles the rest as it would without a cache. The outputs go to a temporary folder that
// is removed.
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { setRunFlags, loadCommonJs, writeCodeCaches, codeCacheState } = createRequire(import.meta.url)(path.join(root, "dist", "code-cache.cjs"));

/** [spec, generator]: the specs are fixtures of this repository. */
const RUNS = [
  ["fixtures/golden/openapi-generator/typescript-petstore/spec/petstore.yaml", "typescript"],
  ["fixtures/golden/openapi-generator/typescript-petstore/spec/petstore.yaml", "python"],
  ["fixtures/golden/openapi-generator/typescript-petstore/spec/petstore.yaml", "python-prior"],
  ["fixtures/swagger2/petstore-v2.yaml", "typescript"],
  ["fixtures/corpus/oas-examples/3.1/yaml/petstore.yaml", "python"],
  ["fixtures/conformance/s4-python/spec/openapi.json", "typescript"],
];

setRunFlags();
const { main } = loadCommonJs(path.join(root, "dist", "bundle", "oaswright.cjs"));
const work = mkdtempSync(path.join(tmpdir(), "oaswright-code-cache-"));
try {
  const silent = { out() {}, err() {} };
  for (const [i, [spec, generator]] of RUNS.entries()) {
    const file = path.join(root, spec);
    if (!existsSync(file)) throw new Error(`build-code-cache: ${spec} is missing (the caches are made by running the command on it)`);
    const code = await main(["generate", "-i", file, "-g", generator, "-o", path.join(work, String(i))], silent);
    if (code !== 0) throw new Error(`build-code-cache: generate -i ${spec} -g ${generator} exited with ${code}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeCodeCaches();
const files = [...codeCacheState().keys()].map((f) => path.relative(root, f));
console.log(`build-code-cache: ${files.length} caches (${files.join(", ")})`);
