// oaswright's programmatic API: `import { generate } from "oaswright"`. The options are
// openapi-generator-cli's, in the camelCase of its config file; the result says what happened to
// every file. Errors are thrown as OaswrightError (message and diagnostics), nothing half-written.

import { EMPTY_OPTIONS, generateFiles, planFor, type GenerateRequest } from "./generate.js";
import type { OptionValue } from "./generators/generator.js";
import { generatorNames } from "./generators/index.js";
import type { Diagnostic } from "./model/diagnostics.js";
import { writeOutput } from "./render/write.js";
import type { ChangeKind } from "./workflow/plan.js";

export { OaswrightError, formatDiagnostic, type Diagnostic } from "./model/diagnostics.js";
export type { ChangeKind } from "./workflow/plan.js";

export interface GenerateOptions {
  /** The spec: a file path or an http(s) URL; OpenAPI 2.0, 3.0 or 3.1, JSON or YAML. */
  readonly inputSpec: string;
  /** `typescript`, `python` or `python-prior` (see `generators()`). */
  readonly generatorName: string;
  /** The output folder; default `.`. */
  readonly output?: string;
  /** Generator options (`-p`), e.g. `{ npmName: "my-client" }`; see `oaswright config-help -g <name>`. */
  readonly additionalProperties?: Readonly<Record<string, OptionValue>>;
  readonly globalProperties?: Readonly<Record<string, string>>;
  readonly typeMappings?: Readonly<Record<string, string>>;
  readonly importMappings?: Readonly<Record<string, string>>;
  readonly schemaMappings?: Readonly<Record<string, string>>;
  readonly nameMappings?: Readonly<Record<string, string>>;
  readonly modelNameMappings?: Readonly<Record<string, string>>;
  readonly parameterNameMappings?: Readonly<Record<string, string>>;
  readonly inlineSchemaNameMappings?: Readonly<Record<string, string>>;
  readonly inlineSchemaOptions?: Readonly<Record<string, string>>;
  /** Named array and map schemas become models (OpenAPI Generator's `--generate-alias-as-model`). */
  readonly generateAliasAsModel?: boolean;
  /** A folder of `.hbs` templates that replace built-in ones of the same name. */
  readonly templateDir?: string;
  readonly skipValidateSpec?: boolean;
  /** Leave files that exist as they are. */
  readonly skipOverwrite?: boolean;
  /** Leave files whose content is unchanged untouched (bytes and mtime). */
  readonly minimalUpdate?: boolean;
  /** Delete the files the previous `.openapi-generator/FILES` lists that this run does not write. */
  readonly removeStale?: boolean;
  /** An ignore file used instead of the output folder's `.openapi-generator-ignore`. */
  readonly ignoreFileOverride?: string;
  /** Generate and compare, write nothing (what `--check` and `--dry-run` do). */
  readonly dryRun?: boolean;
}

export interface GenerateResult {
  /** Paths (relative to `output`, `/`-separated) written, or that would be with `dryRun`. */
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly skipped: readonly string[];
  readonly ignored: readonly string[];
  readonly removed: readonly string[];
  /** What differs (or differed) from the output folder before the run: `--check`'s list. */
  readonly changes: readonly { readonly path: string; readonly kind: ChangeKind }[];
  readonly warnings: readonly Diagnostic[];
}

/** Generates a client into `options.output`. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const output = options.output ?? ".";
  const request: GenerateRequest = {
    input: options.inputSpec,
    generator: options.generatorName,
    validate: options.skipValidateSpec ? "off" : "warning",
    ...(options.templateDir !== undefined ? { templateDir: options.templateDir } : {}),
    options: {
      ...EMPTY_OPTIONS,
      ...pick(options, ["additionalProperties", "globalProperties", "nameMappings", "modelNameMappings", "parameterNameMappings", "inlineSchemaNameMappings", "inlineSchemaOptions"]),
      typeMappings: options.typeMappings ?? {},
      importMappings: options.importMappings ?? {},
      schemaMappings: options.schemaMappings ?? {},
      ...(options.generateAliasAsModel === true ? { generateAliasAsModelSetting: true } : {}),
    },
  };
  const result = await generateFiles(request);
  const plan = planFor(request, output, result, {
    skipOverwrite: options.skipOverwrite === true,
    minimalUpdate: options.minimalUpdate === true,
    removeStale: options.removeStale === true,
    ...(options.ignoreFileOverride !== undefined ? { ignoreFileOverride: options.ignoreFileOverride } : {}),
  });
  if (!options.dryRun) writeOutput(output, plan.write, { remove: plan.remove, inPlace: plan.inPlace });
  const notes: Diagnostic[] = plan.notes.map((message) => ({ level: "warning", file: "(options)", pointer: "", message }));
  return {
    written: plan.write.map((f) => f.path),
    unchanged: plan.unchanged,
    skipped: plan.skipped,
    ignored: plan.ignored,
    removed: plan.remove,
    changes: plan.changes,
    warnings: [...result.warnings, ...notes],
  };
}

/** The generator names `generatorName` takes. */
export function generators(): string[] {
  return generatorNames();
}

function pick<K extends keyof GenerateOptions>(options: GenerateOptions, keys: readonly K[]): Partial<Pick<GenerateOptions, K>> {
  const out: Partial<Pick<GenerateOptions, K>> = {};
  for (const k of keys) if (options[k] !== undefined) out[k] = options[k];
  return out;
}
