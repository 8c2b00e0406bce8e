// argv -> GenerateRequest, mirroring openapi-generator-cli's `generate` options so existing
// scripts keep working. No generation logic here.

import { SUPPORTED_NORMALIZER_RULES } from "../parse/operation-tag-rules.js";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { yamlLib } from "../parse/yaml-lib.js";
import { OaswrightError } from "../model/diagnostics.js";
import type { GeneratorOptions, OptionValue } from "../generators/generator.js";
import type { WorkflowOptions } from "../workflow/plan.js";

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
const IGNORED_BOOLEAN_FLAGS = ["skip-operation-example", "strict-spec", "enable-post-process-file"] as const;

/** Map flags whose OpenAPI Generator meaning oaswright does not reproduce (reported when given). */
const IGNORED_MAP_FLAGS = ["enum-name-mappings", "server-variables", "language-specific-primitives"] as const;

/** Workflow switches (src/workflow/plan.ts) and build-step switches. */
const WORKFLOW_BOOLEAN_FLAGS = ["skip-overwrite", "minimal-update", "remove-stale", "check", "watch"] as const;

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
  /** --skip-overwrite, --minimal-update, --remove-stale, --ignore-file-override. */
  readonly workflow: WorkflowOptions;
  /** --check: write nothing, list what would change, exit 1 if anything would. */
  readonly check: boolean;
  /** --watch: regenerate when the spec or a file it references changes. */
  readonly watch: boolean;
  /** Options given that oaswright accepts but does not act on (reported as warnings). */
  readonly ignored: readonly string[];
}

/** The flags `generate` takes, for node:util parseArgs. */
export const GENERATE_FLAGS = {
  "input-spec": { type: "string", short: "i" },
  "generator-name": { type: "string", short: "g" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "template-dir": { type: "string", short: "t" },
  "ignore-file-override": { type: "string" },
  "generator-key": { type: "string", multiple: true },
  "skip-validate-spec": { type: "boolean" },
  "dump-ir": { type: "boolean" },
  "dry-run": { type: "boolean" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
  p: { type: "string", multiple: true },
  ...Object.fromEntries(Object.keys(PROPERTY_FLAGS).map((k) => [k, { type: "string" as const }])),
  ...Object.fromEntries(MAP_FLAGS.map((k) => [k, { type: "string" as const, multiple: true }])),
  ...Object.fromEntries(IGNORED_BOOLEAN_FLAGS.map((k) => [k, { type: "boolean" as const }])),
  ...Object.fromEntries(WORKFLOW_BOOLEAN_FLAGS.map((k) => [k, { type: "boolean" as const }])),
  "remove-operation-id-prefix": { type: "boolean" },
  "generate-alias-as-model": { type: "boolean" },
} as const;

export function parseFlags(argv: readonly string[]): Record<string, unknown> {
  try {
    return parseArgs({ args: [...argv], allowPositionals: false, strict: true, options: GENERATE_FLAGS as never }).values as Record<string, unknown>;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export function parseGenerateArgs(argv: readonly string[]): GenerateArgs {
  const v = parseFlags(argv);
  // The command line wins over the config file (CodegenConfigurator: CLI values are applied after fromFile).
  const config = typeof v.config === "string" ? readConfig(v.config) : emptyConfig();
  const input = (v["input-spec"] as string | undefined) ?? config.inputSpec;
  const generator = (v["generator-name"] as string | undefined) ?? config.generatorName;
  const output = (v.output as string | undefined) ?? config.outputDir ?? ".";
  if (!input) throw new UsageError("missing -i/--input-spec <file or URL> (or inputSpec in the -c config file)");
  if (!generator) throw new UsageError("missing -g/--generator-name <name> (see `oaswright list`; or generatorName in the -c config file)");

  const map = (flag: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const chunk of (v[flag] as string[] | undefined) ?? []) Object.assign(out, parseKeyValues(chunk, `--${flag}`));
    return out;
  };
  const additionalProperties: Record<string, OptionValue> = { ...config.additionalProperties };
  for (const chunk of (v.p as string[] | undefined) ?? []) Object.assign(additionalProperties, parseKeyValues(chunk, "-p"));
  Object.assign(additionalProperties, map("additional-properties"));
  for (const [flag, key] of Object.entries(PROPERTY_FLAGS)) {
    if (typeof v[flag] === "string") additionalProperties[key] = v[flag] as string;
  }
  const bool = (flag: string, fromConfig: boolean | undefined): boolean => v[flag] === true || (v[flag] === undefined && fromConfig === true);
  // WorkflowSettings' removeOperationIdPrefix; DefaultCodegen.processOpts lets an additional property of
  // that name win over it.
  if (bool("remove-operation-id-prefix", config.removeOperationIdPrefix) && additionalProperties.removeOperationIdPrefix === undefined) {
    additionalProperties.removeOperationIdPrefix = true;
  }
  const ignored: string[] = [...config.ignored];
  for (const flag of IGNORED_MAP_FLAGS) if (Object.keys(map(flag)).length > 0) ignored.push(`--${flag}`);
  for (const flag of IGNORED_BOOLEAN_FLAGS) if (v[flag]) ignored.push(`--${flag}`);
  const templateDir = (v["template-dir"] as string | undefined) ?? config.templateDir;
  const ignoreFileOverride = (v["ignore-file-override"] as string | undefined) ?? config.ignoreFileOverride;
  const merged = (key: ConfigMap, flag: string): Record<string, string> => ({ ...config.maps[key], ...map(flag) });
  // (main.ts reports the mappings a generator does not apply: --type-mappings in python-prior,
  // --import-mappings in the python generators.)

  // --openapi-normalizer: the rules that set operations' tags are applied (src/parse/operation-tag-rules.ts);
  // the others are OAG's defaults or change nothing oaswright reproduces: reported.
  const openapiNormalizer = merged("openapiNormalizer", "openapi-normalizer");
  for (const rule of Object.keys(openapiNormalizer)) if (!SUPPORTED_NORMALIZER_RULES.has(rule)) ignored.push(`--openapi-normalizer ${rule}`);
  return {
    input,
    generator,
    output,
    ...(templateDir !== undefined ? { templateDir } : {}),
    skipValidateSpec: v["skip-validate-spec"] === true || config.validateSpec === false,
    dumpIr: v["dump-ir"] === true,
    dryRun: v["dry-run"] === true,
    verbose: bool("verbose", config.verbose),
    check: v.check === true,
    watch: v.watch === true,
    ignored,
    workflow: {
      skipOverwrite: bool("skip-overwrite", config.skipOverwrite),
      minimalUpdate: bool("minimal-update", config.enableMinimalUpdate),
      removeStale: bool("remove-stale", config.removeStale),
      ...(ignoreFileOverride !== undefined ? { ignoreFileOverride } : {}),
    },
    options: {
      additionalProperties,
      nameMappings: merged("nameMappings", "name-mappings"),
      modelNameMappings: merged("modelNameMappings", "model-name-mappings"),
      parameterNameMappings: merged("parameterNameMappings", "parameter-name-mappings"),
      inlineSchemaNameMappings: merged("inlineSchemaNameMappings", "inline-schema-name-mappings"),
      inlineSchemaOptions: merged("inlineSchemaOptions", "inline-schema-options"),
      globalProperties: merged("globalProperties", "global-property"),
      typeMappings: merged("typeMappings", "type-mappings"),
      importMappings: merged("importMappings", "import-mappings"),
      schemaMappings: merged("schemaMappings", "schema-mappings"),
      ...(bool("generate-alias-as-model", config.generateAliasAsModel) ? { generateAliasAsModelSetting: true } : {}),
      openapiNormalizer,
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

/** The maps of OpenAPI Generator's config file (GeneratorSettings, WorkflowSettings) that oaswright acts on. */
const CONFIG_MAPS = [
  "nameMappings",
  "modelNameMappings",
  "parameterNameMappings",
  "inlineSchemaNameMappings",
  "inlineSchemaOptions",
  "globalProperties",
  "typeMappings",
  "importMappings",
  "schemaMappings",
  "openapiNormalizer",
] as const;
type ConfigMap = (typeof CONFIG_MAPS)[number];

/** Config keys oaswright accepts and does not act on: reported when set to something other than OpenAPI Generator's default. */
const CONFIG_IGNORED = [
  "instantiationTypes", "enumNameMappings", "operationIdNameMappings", "languageSpecificPrimitives",
  "openapiGeneratorIgnoreList", "reservedWordsMappings", "serverVariables", "files", "skipOperationExample",
  "logToStderr", "enablePostProcessFile", "strictSpecBehavior",
];

/** An OpenAPI Generator config file (`-c`), read as CodegenConfigurator.fromFile reads it (DynamicSettings). */
interface ConfigFile {
  generatorName?: string;
  inputSpec?: string;
  outputDir?: string;
  templateDir?: string;
  ignoreFileOverride?: string;
  skipOverwrite?: boolean;
  enableMinimalUpdate?: boolean;
  removeStale?: boolean;
  removeOperationIdPrefix?: boolean;
  validateSpec?: boolean;
  generateAliasAsModel?: boolean;
  verbose?: boolean;
  additionalProperties: Record<string, OptionValue>;
  maps: Record<ConfigMap, Record<string, string>>;
  ignored: string[];
}

function emptyConfig(): ConfigFile {
  return { additionalProperties: {}, maps: Object.fromEntries(CONFIG_MAPS.map((k) => [k, {}])) as ConfigFile["maps"], ignored: [] };
}

/**
 * A generator config file (JSON or YAML). Every key of OpenAPI Generator's config is taken: the
 * workflow settings (inputSpec, outputDir, templateDir, skipOverwrite, ...), the generator
 * settings and their maps, and `additionalProperties`; any other top-level key is an additional
 * property (DynamicSettings' dynamic properties), which is also how older config files give them.
 */
export function readConfig(file: string): ConfigFile {
  let raw: unknown;
  try {
    raw = yamlLib().parse(readFileSync(file, "utf8"));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a folder" : (err as Error).message.split("\n")[0]!;
    throw new OaswrightError(`cannot read the config file ${file} given to -c: ${why}`);
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new OaswrightError(`config ${file} must be a mapping of options`, [{ level: "error", file, pointer: "", message: "expected a mapping of options" }]);
  }
  const config = emptyConfig();
  const text = (key: string, value: unknown): string => {
    if (typeof value !== "string" && typeof value !== "number") throw new OaswrightError(`config ${file}: ${key} must be a string`, [{ level: "error", file, pointer: `/${key}`, message: "expected a string" }]);
    return String(value);
  };
  const flag = (key: string, value: unknown): boolean => {
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "false") return value === "true";
    throw new OaswrightError(`config ${file}: ${key} must be true or false`, [{ level: "error", file, pointer: `/${key}`, message: "expected true or false" }]);
  };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case "generatorName":
      case "inputSpec":
      case "outputDir":
      case "templateDir":
      case "ignoreFileOverride":
        config[key] = text(key, value);
        continue;
      case "skipOverwrite":
      case "enableMinimalUpdate":
      case "removeStale":
      case "removeOperationIdPrefix":
      case "validateSpec":
      case "generateAliasAsModel":
      case "verbose":
        config[key] = flag(key, value);
        continue;
      case "templatingEngineName":
        if (value !== "mustache") config.ignored.push(`config ${key}`);
        continue;
      case "additionalProperties":
        if (typeof value === "object" && value !== null) {
          for (const [k, val] of Object.entries(value)) config.additionalProperties[k] = scalar(val);
          continue;
        }
        break;
    }
    if ((CONFIG_MAPS as readonly string[]).includes(key) && typeof value === "object" && value !== null) {
      config.maps[key as ConfigMap] = Object.fromEntries(Object.entries(value).map(([k, val]) => [k, String(val)]));
    } else if (CONFIG_IGNORED.includes(key)) {
      if (value !== false && value !== null && !(typeof value === "object" && Object.keys(value as object).length === 0)) config.ignored.push(`config ${key}`);
    } else {
      // GeneratorSettings' packageName, apiPackage, gitUserId, ... and every unknown key.
      config.additionalProperties[key] = scalar(value);
    }
  }
  return config;
}
function scalar(value: unknown): OptionValue {
  return typeof value === "boolean" ? value : typeof value === "string" ? value : JSON.stringify(value);
}
