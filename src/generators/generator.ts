// The contract between the CLI and a target generator.

import type { ApiModel } from "../model/ir.js";
import type { InlineOptions } from "../parse/inline.js";
import type { TemplateEnv } from "../render/templates.js";
import type { GeneratedFile } from "../render/write.js";

export type OptionValue = string | boolean;

/** Everything the user said about generation, as OpenAPI Generator's CLI takes it. */
export interface GeneratorOptions {
  /** `-p/--additional-properties` and `-c` config entries (the config's `additionalProperties` merged in). */
  readonly additionalProperties: Readonly<Record<string, OptionValue>>;
  /** `--name-mappings`: property/parameter name -> name to use. */
  readonly nameMappings: Readonly<Record<string, string>>;
  /** `--model-name-mappings`: schema name -> model name to use. */
  readonly modelNameMappings: Readonly<Record<string, string>>;
  /** `--parameter-name-mappings`. */
  readonly parameterNameMappings: Readonly<Record<string, string>>;
  /** `--inline-schema-name-mappings`. */
  readonly inlineSchemaNameMappings: Readonly<Record<string, string>>;
  /** `--inline-schema-options`: REFACTOR_ALLOF_INLINE_SCHEMAS, RESOLVE_INLINE_ENUMS, SKIP_SCHEMA_REUSE. */
  readonly inlineSchemaOptions: Readonly<Record<string, string>>;
  /** `--global-property`: apis, models, supportingFiles, apiDocs, modelDocs, ... */
  readonly globalProperties: Readonly<Record<string, string>>;
  /** `--type-mappings`: a type name (`DateTime`, `binary`, a schema name) -> the target type to use instead. */
  readonly typeMappings?: Readonly<Record<string, string>>;
  /** `--import-mappings`: a type name -> where the target imports it from (the model is not generated). */
  readonly importMappings?: Readonly<Record<string, string>>;
  /** `--schema-mappings`: a schema name -> an external type used instead (the model is not generated). */
  readonly schemaMappings?: Readonly<Record<string, string>>;
  /**
   * The workflow setting `--generate-alias-as-model` (or a config file's `generateAliasAsModel`); an
   * additional property `generateAliasAsModel` wins over it (src/generate.ts generateAliasAsModel).
   */
  readonly generateAliasAsModelSetting?: boolean;
  /** `--openapi-normalizer`: the rules that set operations' tags are applied (src/parse/operation-tag-rules.ts). */
  readonly openapiNormalizer?: Readonly<Record<string, string>>;
}

export interface OptionSpec {
  readonly name: string;
  readonly description: string;
  /** Shown in `oaswright config-help`-style listings. */
  readonly default?: string;
}

export interface GenerateContext {
  readonly templates: TemplateEnv;
  /** Records a warning (pointer "" when not about one spec node). */
  warn(pointer: string, message: string): void;
}

export interface Generator {
  readonly name: string;
  readonly description: string;
  /** The additional properties this generator understands. */
  readonly options: readonly OptionSpec[];
  /** How the shared IR builder should hoist inline schemas for this generator's options. */
  inlineOptions(options: GeneratorOptions): InlineOptions;
  /** Files to write; code files say in `covers` which operations and schemas they implement. */
  generate(model: ApiModel, options: GeneratorOptions, ctx: GenerateContext): GeneratedFile[];
  /** How the generated code writes a wire name (parameter, property) as a string literal (src/codegen/reach.ts). */
  wireLiteral(name: string): string;
}

/** Options that mean something to every generator (the CLI and the golden tooling pass them). */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: "oagVersion", description: "OpenAPI Generator release whose output to reproduce where releases differ (e.g. 7.12.0)" },
];

/** `hideGenerationTimestamp` where the output has no timestamp to hide (OAG accepts it everywhere). */
export const NO_TIMESTAMP_OPTION: OptionSpec = {
  name: "hideGenerationTimestamp",
  description: "no effect: this generator writes no generation timestamp (false is accepted)",
  default: "true",
};
