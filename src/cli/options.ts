// argv -> GenerateRequest, mirroring openapi-generator-cli's `generate` options so existing
// scripts keep working. No generation logic here.

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { OaswrightError } from "../model/diagnostics.js";
import type { GeneratorOptions, OptionValue } from "../generators/generator.js";

export class UsageError extends Error {}

/** Flags that are shorthands for one additional property. */
const PROPERTY_FLAGS: Readonly<Record<string, string>> = {
  "package-name": "packageName",
  "api-package": "apiPackage",
  "model-package": "modelPackage",
  "model-name-prefix": "modelNamePrefix",
  "model-name-suffix": "modelNameSuffix",
  "artifact-id": "artifactId",
  "artifact-version": "artifactVersion",
  "group-id": "groupId",
  "git-host": "gitHost",
  "git-user-id": "gitUserId",
  "git-repo-id": "gitRepoId",
  "release-note": "releaseNote",
  "http-user-agent": "httpUserAgent",
  library: "library",
  "invoker-package": "invokerPackage",
};

/** Key-value list flags, repeated or comma-separated: `k=v,k=v`. */
const MAP_FLAGS = [
  "additional-properties",
  "name-mappings",
  "model-name-mappings",
  "parameter-name-mappings",
  "inline-schema-name-mappings",
  "global-property",
  "type-mappings",
  "import-mappings",
  "enum-name-mappings",
  "openapi-normalizer",
  "inline-schema-options",
  "server-variables",
  "language-specific-primitives",
  "schema-mappings",
] as const;

/** Accepted for compatibility; they change nothing oaswright does. */
const IGNORED_BOOLEAN_FLAGS = ["minimal-update", "skip-operation-example", "remove-operation-id-prefix", "strict-spec", "enable-post-process-file", "skip-overwrite", "ignore-file-override"] as const;

export interface GenerateArgs {
  readonly input: string;
  readonly generator: string;
  readonly output: string;
  readonly templateDir?: string;
  readonly skipValidateSpec: boolean;
  readonly dumpIr: boolean;
  readonly dryRun: boolean;
  readonly verbose: boolean;
  readonly options: GeneratorOptions;
  /** Options given that oaswright accepts but does not act on (reported as warnings). */
  readonly ignored: readonly string[];
}

export function parseGenerateArgs(argv: readonly string[]): GenerateArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        "input-spec": { type: "string", short: "i" },
        "generator-name": { type: "string", short: "g" },
        output: { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        "template-dir": { type: "string", short: "t" },
        "skip-validate-spec": { type: "boolean" },
        "dump-ir": { type: "boolean" },
        "dry-run": { type: "boolean" },
        verbose: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" },
        p: { type: "string", multiple: true },
        ...Object.fromEntries(Object.keys(PROPERTY_FLAGS).map((k) => [k, { type: "string" as const }])),
        ...Object.fromEntries(MAP_FLAGS.map((k) => [k, { type: "string" as const, multiple: true }])),
        ...Object.fromEntries(IGNORED_BOOLEAN_FLAGS.map((k) => [k, { type: "boolean" as const }])),
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values as Record<string, unknown>;
  const input = v["input-spec"] as string | undefined;
  const generator = v["generator-name"] as string | undefined;
  const output = (v.output as string | undefined) ?? ".";
  if (!input) throw new UsageError("missing -i/--input-spec <file or URL>");
  if (!generator) throw new UsageError("missing -g/--generator-name <name> (see `oaswright list`)");

  const map = (flag: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const chunk of (v[flag] as string[] | undefined) ?? []) Object.assign(out, parseKeyValues(chunk, `--${flag}`));
    return out;
  };
  const config = typeof v.config === "string" ? readConfig(v.config) : emptyConfig();
  const additionalProperties: Record<string, OptionValue> = { ...config.additionalProperties };
  for (const chunk of (v.p as string[] | undefined) ?? []) Object.assign(additionalProperties, parseKeyValues(chunk, "-p"));
  Object.assign(additionalProperties, map("additional-properties"));
  for (const [flag, key] of Object.entries(PROPERTY_FLAGS)) {
    if (typeof v[flag] === "string") additionalProperties[key] = v[flag] as string;
  }
  const ignored: string[] = [];
  for (const flag of ["type-mappings", "import-mappings", "enum-name-mappings", "openapi-normalizer", "server-variables", "language-specific-primitives", "schema-mappings"]) {
    if (Object.keys(map(flag)).length > 0) ignored.push(`--${flag}`);
  }
  for (const flag of IGNORED_BOOLEAN_FLAGS) if (v[flag]) ignored.push(`--${flag}`);

  return {
    input,
    generator,
    output,
    ...(typeof v["template-dir"] === "string" ? { templateDir: v["template-dir"] as string } : {}),
    skipValidateSpec: v["skip-validate-spec"] === true,
    dumpIr: v["dump-ir"] === true,
    dryRun: v["dry-run"] === true,
    verbose: v.verbose === true,
    ignored,
    options: {
      additionalProperties,
      nameMappings: { ...config.nameMappings, ...map("name-mappings") },
      modelNameMappings: { ...config.modelNameMappings, ...map("model-name-mappings") },
      parameterNameMappings: { ...config.parameterNameMappings, ...map("parameter-name-mappings") },
      inlineSchemaNameMappings: { ...config.inlineSchemaNameMappings, ...map("inline-schema-name-mappings") },
      inlineSchemaOptions: map("inline-schema-options"),
      globalProperties: { ...config.globalProperties, ...map("global-property") },
    },
  };
}

/** `a=1,b=two` -> {a: "1", b: "two"}. A bare key means "true" (OAG's `-p key`). */
export function parseKeyValues(text: string, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(",")) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (key === "") throw new UsageError(`${flag}: empty key in ${JSON.stringify(text)}`);
    out[key] = eq < 0 ? "true" : part.slice(eq + 1);
  }
  return out;
}

interface ConfigFile {
  additionalProperties: Record<string, OptionValue>;
  nameMappings: Record<string, string>;
  modelNameMappings: Record<string, string>;
  parameterNameMappings: Record<string, string>;
  inlineSchemaNameMappings: Record<string, string>;
  globalProperties: Record<string, string>;
}

function emptyConfig(): ConfigFile {
  return { additionalProperties: {}, nameMappings: {}, modelNameMappings: {}, parameterNameMappings: {}, inlineSchemaNameMappings: {}, globalProperties: {} };
}

const CONFIG_MAPS = ["nameMappings", "modelNameMappings", "parameterNameMappings", "inlineSchemaNameMappings", "globalProperties"] as const;

/** A generator config file (JSON or YAML): option keys at the top level, or under `additionalProperties`. */
function readConfig(file: string): ConfigFile {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, "utf8"));
  } catch (err) {
    throw new OaswrightError(`cannot read config ${file}`, [{ level: "error", file, pointer: "", message: (err as Error).message.split("\n")[0]! }]);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new OaswrightError(`config ${file} must be a mapping of options`, [{ level: "error", file, pointer: "", message: "expected a mapping of options" }]);
  }
  const config = emptyConfig();
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === "additionalProperties" && typeof value === "object" && value !== null) {
      for (const [k, val] of Object.entries(value)) config.additionalProperties[k] = scalar(val);
    } else if ((CONFIG_MAPS as readonly string[]).includes(key) && typeof value === "object" && value !== null) {
      config[key as (typeof CONFIG_MAPS)[number]] = Object.fromEntries(Object.entries(value).map(([k, val]) => [k, String(val)]));
    } else {
      config.additionalProperties[key] = scalar(value);
    }
  }
  return config;
}

function scalar(value: unknown): OptionValue {
  return typeof value === "boolean" ? value : typeof value === "string" ? value : JSON.stringify(value);
}
