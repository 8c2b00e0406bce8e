// A spec generated in memory for tests, and its files read back:
//
//   const run = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "pets", oagVersion: "7.14.0" });
//   run.text("docs/Pet.md")        // throws when the run wrote no such file
//   run.texts.get("docs/Pet.md")   // undefined then
//
// In-process through generateFiles (src/generate.ts), nothing written to disk; test/support/cli.ts runs
// the command line instead (its output, exit code and the files on disk). The two differ in what
// a test can see: use this one for the files and warnings of one generation.
//
// OpenAPI-schema validation is off by default (`--skip-validate-spec`, what nearly every test
// wants); `{ validate: "warning" }` is `generate` without that flag, where a dangling `$ref` OAG
// reports is an error.
import { EMPTY_OPTIONS, generateFiles, type GenerateRequest, type GenerateResult } from "../../src/generate.js";
import type { GeneratorOptions } from "../../src/generators/generator.js";
import { parseGenerateArgs } from "../../src/cli/options.js";
import { fileText } from "./generated-file.js";

export interface InMemoryRun extends GenerateResult {
  /** The text of the file at `path`; throws when the run wrote none there. */
  text(path: string): string;
  /** Every file's text by path, in the order written. */
  readonly texts: ReadonlyMap<string, string>;
  /** The warnings' messages, in order. */
  readonly messages: readonly string[];
}

export interface InMemoryOptions {
  /** OpenAPI-schema validation: "off" (the default) or "warning". */
  readonly validate?: GenerateRequest["validate"];
  /** Options other than the additional properties (mappings, global properties, ...), over EMPTY_OPTIONS. */
  readonly options?: Partial<GeneratorOptions>;
}

/**
 * Generates `input` with `generator`, EMPTY_OPTIONS but for these additional properties (as `-p`
 * gives them: `packageName`, `oagVersion`, ...) and `more.options`.
 */
export async function generateInMemory(
  input: string,
  generator: string,
  additionalProperties: GeneratorOptions["additionalProperties"] = {},
  more: InMemoryOptions = {},
): Promise<InMemoryRun> {
  const options: GeneratorOptions = { ...EMPTY_OPTIONS, ...more.options, additionalProperties };
  return withTexts(await generateFiles({ input, generator, validate: more.validate ?? "off", options }));
}

/**
 * Generates from command-line arguments (`-i`, `-g`, `--additional-properties=...`, ...), read as
 * `generate` reads them (parseGenerateArgs), in memory: for tests of how an option is parsed.
 * Validation is off unless `validate` says otherwise (`--skip-validate-spec` is not read here).
 */
export async function generateFromArgs(argv: readonly string[], validate: GenerateRequest["validate"] = "off"): Promise<InMemoryRun> {
  const args = parseGenerateArgs(argv);
  return withTexts(await generateFiles({ input: args.input, generator: args.generator, options: args.options, validate }));
}

function withTexts(result: GenerateResult): InMemoryRun {
  const texts = new Map(result.files.map((f) => [f.path, typeof f.contents === "string" ? f.contents : Buffer.from(f.contents).toString("utf8")]));
  return { ...result, texts, messages: result.warnings.map((w) => w.message), text: (path) => fileText(result.files, path) };
}
