#!/usr/bin/env node
// OpenAPI Generator's own samples as a conformance source. OAG regenerates its samples from
// bin/configs/*.yaml whenever a template changes, and its CI checks they are up to date, so at a
// release commit the samples are what that release writes. For one commit of a git clone (or bare
// mirror) of OpenAPITools/openapi-generator, this extracts every typescript / python /
// python-prior config with its input spec and output folder (`git archive`, one config at a time:
// a missing large blob then spoils only its own config), runs `oaswright batch` on each (templateDir
// removed, `oagVersion` from the sample's .openapi-generator/VERSION) and compares every Markdown
// file the sample's .openapi-generator/FILES lists (a doc not listed is a stale leftover). README
// lines naming the tool ("- Generator version:", "- Build package:") are not compared.
//
//   node scripts/oag-samples.mjs <oag git dir> <commit> <work dir> [--mode 7|6|5] [--only REGEX] [--verbose]
//
// --mode: which configs are ours. 7 (7.x, default): typescript and python. 6 (6.2-6.6): typescript
// and python-prior. 5 (5.x, 6.0, 6.1): typescript and `python`, which is the generator oaswright
// calls python-prior. Prints `config (VERSION): same/total [differing files]` per config and a total.

import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const mode = flag("--mode") ?? "7";
const only = new RegExp(flag("--only") ?? ".");
const verbose = args.includes("--verbose") ? (args.splice(args.indexOf("--verbose"), 1), true) : false;
const [gitDir, commit, work] = args;
if (!gitDir || !commit || !work || !["5", "6", "7"].includes(mode)) {
  console.error("usage: node scripts/oag-samples.mjs <oag git dir> <commit> <work dir> [--mode 7|6|5] [--only REGEX] [--verbose]");
  process.exit(2);
}
const generators = { 7: ["typescript", "python"], 6: ["typescript", "python-prior"], 5: ["typescript", "python"] }[mode];

const git = (...a) => execFileSync("git", ["-C", gitDir, ...a], { encoding: "utf8", maxBuffer: 1 << 28 });
const src = path.resolve(work, "src");
const out = path.resolve(work, "out");
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(src, { recursive: true });

/** The top-level `key: value` lines of a sample config (flat YAML, as bin/configs writes them). */
function topLevel(text, key) {
  const m = new RegExp(`^${key}:\\s*(.+?)\\s*$`, "m").exec(text);
  return m ? m[1].replace(/^["']|["']$/g, "") : undefined;
}

let same = 0;
let total = 0;
let notExtracted = 0;
const configs = git("ls-tree", "--name-only", `${commit}:bin/configs`).split("\n").filter((f) => f.endsWith(".yaml"));
for (const file of configs) {
  const name = file.replace(/\.yaml$/, "");
  if (!only.test(name)) continue;
  const text = git("show", `${commit}:bin/configs/${file}`);
  const generator = topLevel(text, "generatorName");
  if (!generators.includes(generator)) continue;
  const spec = topLevel(text, "inputSpec");
  const sample = topLevel(text, "outputDir");
  const archive = spawnSync("git", ["-C", gitDir, "archive", commit, `bin/configs/${file}`, spec, sample], { maxBuffer: 1 << 30 });
  const untar = archive.status === 0 ? spawnSync("tar", ["x", "-C", src], { input: archive.stdout }) : undefined;
  if (archive.status !== 0 || untar?.status !== 0) {
    // A partial extraction would count fewer docs or report missing ones as differing.
    const why = archive.status !== 0 ? `git archive exit ${archive.status}: ${String(archive.stderr).trim().split("\n")[0]}` : `tar exit ${untar?.status}: ${String(untar?.stderr).trim().split("\n")[0]}`;
    console.log(`${name}: NOT EXTRACTED (${why})`);
    notExtracted++;
    continue;
  }
  const samplePath = path.join(src, sample);
  if (!fs.existsSync(path.join(samplePath, ".openapi-generator", "FILES"))) {
    console.log(`${name}: no sample output (or no FILES list)`);
    continue;
  }
  const version = fs.readFileSync(path.join(samplePath, ".openapi-generator", "VERSION"), "utf8").trim();
  const target = path.join(out, name);
  let config = text.replace(/^templateDir:.*\n?/m, "").replace(/^outputDir:.*$/m, `outputDir: ${JSON.stringify(target)}`);
  if (mode === "5") config = config.replace(/^generatorName:\s*python\s*$/m, "generatorName: python-prior");
  const configPath = path.join(work, `${name}.yaml`);
  fs.writeFileSync(configPath, config);
  const run = spawnSync(process.execPath, [path.join(root, "bin", "oaswright.cjs"), "batch", configPath, `--additional-properties=oagVersion=${version}`], { cwd: src, encoding: "utf8" });
  if (run.status !== 0) {
    console.log(`${name} (${version}): FAILED ${(run.stderr || run.stdout).trim().split("\n").pop()}`);
    continue;
  }
  const docs = fs.readFileSync(path.join(samplePath, ".openapi-generator", "FILES"), "utf8").split("\n").filter((f) => f.endsWith(".md"));
  const differing = [];
  for (const doc of docs) {
    const read = (p) => (fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined);
    let theirs = read(path.join(samplePath, doc));
    let ours = read(path.join(target, doc));
    if (path.basename(doc) === "README.md" && theirs !== undefined && ours !== undefined) {
      const strip = (t) => t.replace(/^- (Generator version|Build package):.*\n/gm, "");
      [theirs, ours] = [strip(theirs), strip(ours)];
    }
    if (theirs !== undefined && theirs === ours) same++;
    else differing.push(doc);
  }
  total += docs.length;
  console.log(`${name} (${version}): ${docs.length - differing.length}/${docs.length}${differing.length ? ` ${differing.join(" ")}` : ""}`);
  if (verbose) for (const doc of differing) spawnSync("diff", [path.join(samplePath, doc), path.join(target, doc)], { stdio: "inherit" });
}
console.log(`total: ${same}/${total} docs identical${notExtracted ? `; ${notExtracted} samples not extracted (see above): the total is incomplete` : ""}`);
if (notExtracted) process.exitCode = 1;
