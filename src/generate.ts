// The whole generate pipeline: spec -> IR -> files -> disk. The CLI and the tests call this.

import { operationTagRules } from "./parse/operation-tag-rules.js";
import { checkOagVersion } from "./codegen/oag-version.js";
import { schemaMappingProblems } from "./codegen/type-mappings.js";
import { findUnreached } from "./codegen/reach.js";
import { selectFiles } from "./codegen/select-files.js";
import { OaswrightError, type Diagnostic } from "./model/diagnostics.js";
import type { ApiModel } from "./model/ir.js";
import { generatorNames, loadGenerator } from "./generators/index.js";
import type { Generator, GeneratorOptions } from "./generators/generator.js";
import type { InlineOptions } from "./parse/inline.js";
import { parseSpec } from "./parse/index.js";
import type { SpecReads } from "./parse/spec-reads.js";
import { TemplateEnv } from "./render/templates.js";
import type { GeneratedFile } from "./render/write.js";
import { javaUtf8Text } from "./render/java-utf8.js";
import { own } from "./model/own.js";
import { planOutput, type OutputPlan, type WorkflowOptions } from "./workflow/plan.js";
import { checkTemplateDir } from "./workflow/template-dir.js";

export interface GenerateRequest {
  readonly input: string;
  readonly generator: string;
  readonly options: GeneratorOptions;
  readonly templateDir?: string;
  /** OpenAPI-schema validation: findings as warnings, or skipped (--skip-validate-spec). */
  readonly validate: "warning" | "off";
}

export interface GenerateResult {
  readonly files: readonly GeneratedFile[];
  readonly model: ApiModel;
  readonly warnings: readonly Diagnostic[];
}

export const EMPTY_OPTIONS: GeneratorOptions = {
  additionalProperties: {},
  inlineSchemaOptions: {},
  nameMappings: {},
  modelNameMappings: {},
  parameterNameMappings: {},
  inlineSchemaNameMappings: {},
  globalProperties: {},
};

export async function requireGenerator(name: string): Promise<Generator> {
  const generator = await loadGenerator(name);
  if (!generator) {
    throw new OaswrightError(`unknown generator ${JSON.stringify(name)}; known generators: ${generatorNames().join(", ")}`, []);
  }
  return generator;
}

/**
 * How inline schemas get model names: the generator's defaults, the OpenAPI Generator release to
 * reproduce (`-p oagVersion=`), and `--inline-schema-options` / `--inline-schema-name-mappings`.
 */
export function inlineOptionsFor(generator: Generator, options: GeneratorOptions): InlineOptions {
  const base = generator.inlineOptions(options);
  const flag = (key: string, fallback: boolean): boolean => {
    const v = own(options.inlineSchemaOptions, key);
    return v === undefined ? fallback : v.toLowerCase() === "true";
  };
  const oagVersion = options.additionalProperties.oagVersion;
  return {
    ...base,
    refactorAllOfInlineSchemas: flag("REFACTOR_ALLOF_INLINE_SCHEMAS", base.refactorAllOfInlineSchemas),
    resolveInlineEnums: flag("RESOLVE_INLINE_ENUMS", base.resolveInlineEnums),
    skipSchemaReuse: flag("SKIP_SCHEMA_REUSE", base.skipSchemaReuse),
    nameMappings: options.inlineSchemaNameMappings,
    ...(typeof oagVersion === "string" && oagVersion !== "" ? { oagVersion } : {}),
    // A generator may fix it (python-prior: PythonPriorClientCodegen sets it on).
    ...((base.generateAliasAsModel ?? generateAliasAsModel(options)) ? { generateAliasAsModel: true } : {}),
  };
}

/**
 * OAG's generateAliasAsModel: DefaultCodegen.processOpts reads the additional property (Boolean.parseBoolean),
 * which wins over the workflow setting (`--generate-alias-as-model`, a config file's `generateAliasAsModel`:
 * the CLI passes those as `generateAliasAsModelSetting`). A global property of that name is overwritten by
 * the workflow setting (CodegenConfigurator.toContext), so it changes nothing.
 */
function generateAliasAsModel(options: GeneratorOptions): boolean {
  const v = options.additionalProperties.generateAliasAsModel;
  if (v !== undefined) return v === true || String(v).toLowerCase() === "true";
  return options.generateAliasAsModelSetting === true;
}

/**
 * Generates in memory; nothing touches the disk.
 * @param reads the spec's load and schema check, shared by the runs of a batch; by default this run's own
 */
export async function generateFiles(request: GenerateRequest, reads?: SpecReads): Promise<GenerateResult> {
  // Before anything is read: every release table below takes the release as given.
  const release = checkOagVersion(own(request.options.additionalProperties, "oagVersion"));
  const generator = await requireGenerator(request.generator);
  const inline = inlineOptionsFor(generator, request.options);
  const tagRules = operationTagRules(request.options.openapiNormalizer ?? {}, inline.oagVersion);
  const { model, warningsWith } = await parseSpec(request.input, { validate: request.validate, inline, tagRules }, reads);
  const templateNotes = request.templateDir !== undefined ? checkTemplateDir(request.templateDir, generator.name) : [];
  const templates = new TemplateEnv(generator.name, request.templateDir);
  const generatorWarnings: Diagnostic[] = [];
  const warn = (pointer: string, message: string) => generatorWarnings.push({ level: "warning", file: request.input, pointer, message });
  const mappingProblems = schemaMappingProblems(model, request.options.schemaMappings, generator.name);
  if (mappingProblems.errors.length > 0) throw new OaswrightError(mappingProblems.errors.join("\n"), []);
  for (const w of mappingProblems.warnings) warn(w.pointer, w.message);
  const files = generator.generate(model, request.options, { templates, warn });
  for (const miss of findUnreached(model, files, (name) => generator.wireLiteral(name))) warn(miss.pointer, miss.message);
  const selected = selectFiles(files, request.options.globalProperties);
  const optionNotes: Diagnostic[] = [...(release.warning !== undefined ? [release.warning] : []), ...templateNotes, ...selected.notes].map((message) => ({ level: "warning", file: "(options)", pointer: "", message }));
  // Text as OAG's TemplateManager.writeToFile encodes it (unpaired surrogates -> `?`): render/java-utf8.ts.
  const written = laterWritesWin(selected.files).map((f) => {
    const text = typeof f.contents === "string" ? javaUtf8Text(f.contents) : f.contents;
    return text === f.contents ? f : { ...f, contents: text };
  });
  return { files: written, model, warnings: [...warningsWith(generatorWarnings), ...optionNotes] };
}

/**
 * A generator may give one path twice, as OAG writes a webhook tag's API doc over the API doc of
 * the same name (DefaultGenerator.generate: generateApis, then generateWebhooks): the later file
 * stays, at the earlier one's place, and counts every write (GeneratedFile.writes). Selection runs
 * first, so `--global-property apis` keeps the path's doc.
 */
function laterWritesWin(files: readonly GeneratedFile[]): GeneratedFile[] {
  const byPath = new Map<string, GeneratedFile>();
  for (const f of files) {
    const before = byPath.get(f.path);
    byPath.set(f.path, before === undefined ? f : { ...f, writes: (before.writes ?? 1) + (f.writes ?? 1) });
  }
  return [...byPath.values()];
}

/** What writing `result` to `outDir` would do; reads the disk, writes nothing. */
export function planFor(request: GenerateRequest, outDir: string, result: GenerateResult, workflow: WorkflowOptions = {}): OutputPlan {
  const oagVersion = request.options.additionalProperties.oagVersion;
  return planOutput(outDir, result.files, {
    ...workflow,
    globalProperties: request.options.globalProperties,
    ...(typeof oagVersion === "string" && oagVersion !== "" ? { oagVersion } : {}),
  });
}
