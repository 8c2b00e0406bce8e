// Several generations from one file: openapi-generator-cli's `openapitools.json` (its
// `generator-cli.generators` map: one entry per generation, or per spec its `glob` matches, each
// entry's keys being the `generate` options in camelCase) and OpenAPI Generator's `batch` config files (a `-c` config
// with inputSpec, generatorName and outputDir each).

import { readFileSync } from "node:fs";
import path from "node:path";
import { yamlLib } from "../parse/yaml-lib.js";
import { OaswrightError } from "../model/diagnostics.js";
import { expandGlob } from "./spec-glob.js";

export const OPENAPITOOLS_FILE = "openapitools.json";

export interface BatchEntry {
  /** The entry's key in `generators`, or the config file's name. */
  readonly name: string;
  /** How the run is announced: the name, and the spec for a `glob` entry. */
  readonly label: string;
  /** `generate` arguments for the entry. */
  readonly argv: readonly string[];
}

/** Entries of a batch file: every generator of an openapitools.json, or one entry for a config file. */
export function readBatchFile(file: string): BatchEntry[] {
  let raw: unknown;
  try {
    raw = yamlLib().parse(readFileSync(file, "utf8"));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new OaswrightError(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : (err as Error).message.split("\n")[0]}`);
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new OaswrightError(`${file} must be a JSON or YAML object`);
  const cli = (raw as Record<string, unknown>)["generator-cli"];
  if (cli === undefined) return [{ name: file, label: file, argv: ["-c", file] }];
  const generators = (cli as Record<string, unknown> | null)?.generators;
  if (generators === null || typeof generators !== "object" || Array.isArray(generators) || Object.keys(generators as object).length === 0) {
    throw new OaswrightError(`${file} has no generators: add entries under "generator-cli" > "generators" (each with generatorName, inputSpec and output)`);
  }
  const dir = path.dirname(path.resolve(file));
  return Object.entries(generators as Record<string, unknown>).flatMap(([name, entry]) => entriesOf(file, dir, name, entry));
}

/** One entry, or one per spec its `glob` matches (each with that spec as inputSpec). */
function entriesOf(file: string, dir: string, name: string, entry: unknown): BatchEntry[] {
  if (entry === null || typeof entry !== "object" || Array.isArray(entry) || !("glob" in entry)) return [{ name, label: name, argv: entryArgv(file, dir, name, entry) }];
  const { glob, ...options } = entry as Record<string, unknown>;
  if (typeof glob !== "string") throw new OaswrightError(`${file}: generator ${JSON.stringify(name)}: glob must be a string`);
  const specs = expandGlob(dir, placeholders(glob, undefined, dir));
  if (specs.length === 0) throw new OaswrightError(`${file}: generator ${JSON.stringify(name)}: glob ${JSON.stringify(glob)} matches no file under ${dir}`);
  return specs.map((spec) => ({ name, label: `${name} ${path.relative(dir, spec)}`, argv: entryArgv(file, dir, name, { ...options, inputSpec: spec }) }));
}

/** Keys whose values are paths: relative ones are taken from the openapitools.json folder. */
const PATH_KEYS = new Set(["inputSpec", "output", "templateDir", "config", "ignoreFileOverride"]);

/** openapi-generator-cli's conversion of an entry to `generate` flags: `fooBar` -> `--foo-bar`. */
function entryArgv(file: string, dir: string, name: string, entry: unknown): string[] {
  const where = `${file}: generator ${JSON.stringify(name)}`;
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) throw new OaswrightError(`${where} must be an object of generate options`);
  const options = entry as Record<string, unknown>;
  const spec = typeof options.inputSpec === "string" ? resolvePath(dir, placeholders(options.inputSpec, undefined, dir)) : undefined;
  const argv: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    const flag = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    if (value === false || value === null || value === undefined) continue;
    if (value === true) {
      argv.push(flag);
    } else if (typeof value === "object" && !Array.isArray(value)) {
      const pairs = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`);
      if (pairs.length > 0) argv.push(`${flag}=${pairs.join(",")}`);
    } else if (typeof value === "string" || typeof value === "number") {
      let text = placeholders(String(value), spec, dir);
      if (PATH_KEYS.has(key) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = resolvePath(dir, text);
      argv.push(flag, text);
    } else {
      throw new OaswrightError(`${where}: ${key} must be a string, a number, true/false or an object`);
    }
  }
  return argv;
}

function resolvePath(dir: string, p: string): string {
  return path.resolve(dir, p);
}

/** openapi-generator-cli's placeholders, from the entry's spec path. */
function placeholders(text: string, spec: string | undefined, dir: string): string {
  const base = spec ? path.basename(spec) : "";
  const ext = path.extname(base);
  const name = base.slice(0, base.length - ext.length);
  const values: Record<string, string> = {
    cwd: dir,
    base,
    name,
    Name: name.charAt(0).toUpperCase() + name.slice(1),
    ext: ext.replace(/^\./, ""),
    path: spec ?? "",
    dir: spec ? path.dirname(spec) : "",
    relPath: spec ? path.relative(dir, spec) : "",
    relDir: spec ? path.relative(dir, path.dirname(spec)) : "",
  };
  return text.replace(/#\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
