#!/usr/bin/env node
// Copies the golden cases (spec + the docs OpenAPI Generator published + its FILES list + provenance) from
// ../shared/golden into fixtures/golden, so the golden tests run where ../shared is absent.
// The expected docs are upstream's output: never regenerate them from oaswright's own output.
//
//   node scripts/sync-golden-fixtures.mjs [--from ../shared/golden]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const fromArg = process.argv.indexOf("--from");
const from = path.resolve(root, fromArg > 0 ? process.argv[fromArg + 1] : "../shared/golden");
const to = path.join(root, "fixtures", "golden");

const cases = JSON.parse(fs.readFileSync(path.join(from, "cases.json"), "utf8"));
fs.rmSync(to, { recursive: true, force: true });
fs.mkdirSync(to, { recursive: true });
fs.copyFileSync(path.join(from, "cases.json"), path.join(to, "cases.json"));
for (const manifest of ["seeds/MANIFEST.md", "openapi-generator/MANIFEST.md"]) {
  const src = path.join(from, manifest);
  if (fs.existsSync(src)) {
    fs.mkdirSync(path.dirname(path.join(to, manifest)), { recursive: true });
    fs.copyFileSync(src, path.join(to, manifest));
  }
}
for (const c of cases.cases) {
  for (const part of ["spec", "docs"]) {
    fs.cpSync(path.join(from, c.dir, part), path.join(to, c.dir, part), { recursive: true });
  }
  // OAG's list of the files it wrote, where the case has one (test/parse/inline.test.ts reads it).
  for (const list of ["meta/FILES.txt", "generator/.openapi-generator/FILES"]) {
    const src = path.join(from, c.dir, list);
    if (!fs.existsSync(src)) continue;
    fs.mkdirSync(path.dirname(path.join(to, c.dir, list)), { recursive: true });
    fs.copyFileSync(src, path.join(to, c.dir, list));
  }
}
fs.writeFileSync(
  path.join(to, "PROVENANCE.md"),
  `# Golden fixtures\n\nCopied by \`scripts/sync-golden-fixtures.mjs\` from the team's shared golden set (\`../shared/golden\`).\n` +
    `Each case's spec, the Markdown docs OpenAPI Generator published for it and its list of written files (FILES), unchanged; where each came from is in the\n` +
    `MANIFEST.md files beside this one. These are upstream's outputs: they are compared against, never regenerated.\n`,
);
console.log(`copied ${cases.cases.length} golden cases to ${path.relative(root, to)}`);
