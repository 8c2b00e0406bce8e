// Golden-case harness: generates a case in memory with oaswright and compares the docs with
// the copies of OpenAPI Generator's published docs in fixtures/golden, both ways (missing and
// extra files) and byte for byte, applying the case's path mapping, post-processing and line
// normalization exactly as ../shared/tools/golden-compare.mjs does.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import { generateFiles } from "../../src/generate.js";
import { parseGenerateArgs } from "../../src/cli/options.js";

export const GOLDEN_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "golden");

export interface GoldenCase {
  readonly name: string;
  readonly dir: string;
  readonly generator: string;
  readonly spec: string;
  readonly args: readonly string[];
  readonly oagVersion?: string;
  readonly specBaseUrl?: string;
  readonly map?: readonly (readonly [string, string])[];
  readonly post?: Readonly<Record<string, string>>;
  readonly normalize?: readonly string[];
  readonly skip?: readonly string[];
}

export const CONFORMANCE_ROOT = path.resolve(GOLDEN_ROOT, "..", "conformance");

/** The cases of a fixture root (fixtures/golden by default, or CONFORMANCE_ROOT). */
export function goldenCases(generator?: string, root: string = GOLDEN_ROOT): GoldenCase[] {
  const { cases } = JSON.parse(fs.readFileSync(path.join(root, "cases.json"), "utf8")) as { cases: GoldenCase[] };
  return cases.filter((c) => generator === undefined || c.generator === generator);
}

export interface GoldenResult {
  readonly identical: string[];
  /** Expected files oaswright did not write. */
  readonly missing: string[];
  /** .md files oaswright wrote that upstream did not. */
  readonly extra: string[];
  readonly differing: { readonly path: string; readonly line: number; readonly expected: string; readonly actual: string }[];
}

export async function runGoldenCase(c: GoldenCase, root: string = GOLDEN_ROOT): Promise<GoldenResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `oaswright-golden-${c.name}-`));
  try {
    const spec = specWithBase(c, path.join(root, c.dir, c.spec), tmp);
    const args = parseGenerateArgs(["-i", spec, "-g", c.generator, ...withOagVersion(c.args, c.oagVersion)]);
    const { files } = await generateFiles({ input: spec, generator: c.generator, options: args.options, validate: args.skipValidateSpec ? "off" : "warning" });
    const generated = new Map(files.map((f) => [f.path, typeof f.contents === "string" ? f.contents : Buffer.from(f.contents).toString("utf8")]));
    const docsDir = path.join(root, c.dir, "docs");
    const expectedFiles = expectedDocs(c, root);
    const wanted = new Set<string>();
    const result: GoldenResult = { identical: [], missing: [], extra: [], differing: [] };
    for (const rel of expectedFiles) {
      const genRel = mapPath(c, rel);
      wanted.add(genRel);
      const actualText = generated.get(genRel);
      if (actualText === undefined) {
        result.missing.push(genRel);
        continue;
      }
      const expected = normalize(c, fs.readFileSync(path.join(docsDir, rel), "utf8"));
      const actual = normalize(c, postProcess(c, genRel, actualText));
      if (expected === actual) result.identical.push(genRel);
      else result.differing.push({ path: genRel, ...firstDiff(expected, actual) });
    }
    const skipped = new Set((c.skip ?? []).map((p) => mapPath(c, p)));
    for (const p of generated.keys()) if (p.endsWith(".md") && !wanted.has(p) && !skipped.has(p)) result.extra.push(p);
    return result;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The expected doc files of a case, relative to its docs/ folder (what runGoldenCase compares). */
export function expectedDocs(c: GoldenCase, root: string = GOLDEN_ROOT): string[] {
  return walk(path.join(root, c.dir, "docs")).filter((p) => !(c.skip ?? []).includes(p));
}

/** One line per problem, for test failure messages. */
export function describeProblems(r: GoldenResult, only?: (p: string) => boolean): string {
  const keep = only ?? (() => true);
  return [
    ...r.missing.filter(keep).map((p) => `missing ${p}`),
    ...r.extra.filter(keep).map((p) => `extra ${p}`),
    ...r.differing.filter((d) => keep(d.path)).map((d) => `differs ${d.path}:${d.line}\n  expected: ${JSON.stringify(d.expected)}\n  actual:   ${JSON.stringify(d.actual)}`),
  ].join("\n");
}

/**
 * What OpenAPI Generator does when it reads a spec from a URL: relative servers resolve against it.
 * The server URLs are replaced in the text by their source ranges, so everything else stays as
 * written (re-serializing the JSON would turn a literal `10.0` into `10`, which OAG prints
 * differently; ../shared/tools/golden-compare.mjs does re-serialize, see NOTES.md).
 */
function specWithBase(c: GoldenCase, specPath: string, tmp: string): string {
  if (!c.specBaseUrl) return specPath;
  const text = fs.readFileSync(specPath, "utf8");
  const doc = parseDocument(text);
  const servers = doc.get("servers", true);
  const edits: { start: number; end: number; value: string }[] = [];
  if (isSeq(servers)) {
    for (const server of servers.items) {
      if (!isMap(server)) continue;
      const url = server.get("url", true);
      if (!isScalar(url) || typeof url.value !== "string" || !url.range) continue;
      const resolved = new URL(url.value, c.specBaseUrl).href.replace(/\/$/, "");
      edits.push({ start: url.range[0], end: url.range[1], value: JSON.stringify(resolved) });
    }
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.value + out.slice(e.end);
  const file = path.join(tmp, path.basename(specPath));
  fs.writeFileSync(file, out);
  return file;
}

function withOagVersion(args: readonly string[], version: string | undefined): string[] {
  if (!version) return [...args];
  const i = args.findIndex((a) => a.startsWith("--additional-properties="));
  if (i < 0) return [...args, `--additional-properties=oagVersion=${version}`];
  return args.map((a, k) => (k === i ? `${a},oagVersion=${version}` : a));
}

function walk(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, base) : [path.relative(base, p).split(path.sep).join("/")];
  });
}

function mapPath(c: GoldenCase, rel: string): string {
  for (const [from, to] of c.map ?? []) {
    const re = new RegExp(from);
    if (re.test(rel)) return rel.replace(re, to);
  }
  return rel;
}

function postProcess(c: GoldenCase, genRel: string, input: string): string {
  let text = input;
  for (const [pattern, action] of Object.entries(c.post ?? {})) {
    if (!new RegExp(pattern).test(genRel)) continue;
    if (action === "align-tables") text = alignTables(text);
    else if (action.startsWith("sed:s/")) {
      const m = /^((?:\\.|[^/])*)\/((?:\\.|[^/])*)\/g$/.exec(action.slice(6));
      if (!m) throw new Error(`bad sed action ${action}`);
      text = text.replace(new RegExp(m[1]!, "g"), m[2]!.replace(/\\\//g, "/"));
    } else throw new Error(`unsupported post action ${action}`);
  }
  return text;
}

function normalize(c: GoldenCase, text: string): string {
  const res = (c.normalize ?? []).map((r) => new RegExp(r));
  if (res.length === 0) return text;
  return text
    .split("\n")
    .map((l) => (res.some((r) => r.test(l)) ? "<normalized>" : l))
    .join("\n");
}

function firstDiff(a: string, b: string): { line: number; expected: string; actual: string } {
  const al = a.split("\n");
  const bl = b.split("\n");
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return { line: i + 1, expected: al[i] ?? "<end of file>", actual: bl[i] ?? "<end of file>" };
  }
  return { line: 0, expected: "", actual: "" };
}

const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;

function splitRow(line: string): string[] {
  const cells = line.split("|").map((c) => c.trim());
  if (line.trimStart().startsWith("|")) cells.shift();
  if (line.trimEnd().endsWith("|")) cells.pop();
  return cells;
}

/** Markdown tables aligned the way the ecotaxa maintainers' editor did (see golden-compare.mjs). */
function alignTables(text: string): string {
  const lines = text.split("\n");
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.includes("|") || !SEPARATOR.test(lines[i + 1]!)) continue;
    let end = i + 2;
    while (end < lines.length && lines[end]!.includes("|") && lines[end]!.trim() !== "") end++;
    const rows = lines.slice(i, end).map(splitRow);
    const width: number[] = [];
    rows.forEach((r, k) => r.forEach((c, j) => { if (k !== 1) width[j] = Math.max(width[j] ?? 3, [...c].length); }));
    const out = rows.map((r, k) => "| " + r.map((c, j) => (k === 1 ? "-".repeat(width[j]!) : c + " ".repeat(width[j]! - [...c].length))).join(" | ") + " |");
    lines.splice(i, end - i, ...out);
    i = end - 1;
  }
  return lines.join("\n");
}
