// oaswright's command line: `generate`, `validate`, `list`, `version`, `help`. Errors are printed
// as diagnostics (file, JSON pointer, line) and exit 1; never a stack trace for bad input.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { OaswrightError, formatDiagnostic, type Diagnostic } from "../model/diagnostics.js";
import { generatorNames, loadGenerator } from "../generators/index.js";
import { generateFiles, planFor, requireGenerator, type GenerateRequest } from "../generate.js";
import { parseSpec, DEFAULT_PARSE_OPTIONS } from "../parse/index.js";
import { SpecReads } from "../parse/spec-reads.js";
import { writeOutput } from "../render/write.js";
import { parseFlags, parseGenerateArgs, UsageError, type GenerateArgs } from "./options.js";
import { HELP } from "./help.js";
import { OPENAPITOOLS_FILE, readBatchFile } from "./batch.js";
import { configHelpText } from "./config-help.js";
import { Progress, terminalProgress, type ProgressSink } from "./progress.js";
import { watchSpec } from "./watch.js";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Where the progress line of a long run goes; none: no progress (stderr is not a terminal). */
  readonly progress?: ProgressSink;
  /** Ends a `--watch` (the CLI aborts it on Ctrl-C). */
  readonly signal?: AbortSignal;
}

function processIo(): Io {
  const progress = terminalProgress(process.stderr);
  return {
    out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
    err: (t) => {
      progress?.show("");
      process.stderr.write(t.endsWith("\n") ? t : `${t}\n`);
    },
    ...(progress ? { progress } : {}),
  };
}

/** Runs one command; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(rest[0] && HELP[rest[0]] ? HELP[rest[0]]! : HELP.main!);
        return command === undefined ? 1 : 0;
      case "version":
      case "--version":
      case "-V":
        io.out(version());
        return 0;
      case "list":
        return await list(rest, io);
      case "validate":
        return await validate(rest, io);
      case "generate":
        return await generate(rest, io);
      case "batch":
        return await batch(rest, io);
      case "config-help":
        return await configHelp(rest, io);
      default:
        io.err(`oaswright: unknown command ${JSON.stringify(command)}\n\n${HELP.main}`);
        return 1;
    }
  } catch (err) {
    return report(err, io, command);
  }
}

async function generate(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.out(HELP.generate!);
    return 0;
  }
  // openapi-generator-cli: `generate` without a spec runs the generators of ./openapitools.json.
  const flags = parseFlags(argv);
  if (flags["input-spec"] === undefined && flags.config === undefined && existsSync(OPENAPITOOLS_FILE)) {
    const keys = (flags["generator-key"] as string[] | undefined) ?? [];
    return runBatch([OPENAPITOOLS_FILE], argv.filter((_, i) => !isGeneratorKey(argv, i)), keys, io);
  }
  if (flags["generator-key"] !== undefined) throw new UsageError(`--generator-key selects entries of ${OPENAPITOOLS_FILE}, and there is none in this folder`);
  const args = parseGenerateArgs(argv);
  if (args.watch) {
    if (args.check || args.dumpIr) throw new UsageError("--watch does not go with --check or --dump-ir");
    return watchSpec(args.input, () => runReported(() => generateOnce(args, io), io), io, io.signal ?? interrupted());
  }
  return generateOnce(args, io);
}

/** Aborted on Ctrl-C: a watch ends cleanly with the last run's exit code. */
function interrupted(): AbortSignal {
  const stop = new AbortController();
  process.once("SIGINT", () => stop.abort());
  return stop.signal;
}

function isGeneratorKey(argv: readonly string[], i: number): boolean {
  return argv[i] === "--generator-key" || argv[i]!.startsWith("--generator-key=") || (i > 0 && argv[i - 1] === "--generator-key");
}

/** The generators whose type maps apply --type-mappings (src/codegen/type-mappings.ts). */
const TYPE_MAPPING_GENERATORS = ["typescript", "python"];

/** One generation; returns the exit code (1 for --check with changes). */
async function generateOnce(args: GenerateArgs, io: Io, reads?: SpecReads): Promise<number> {
  const generator = await requireGenerator(args.generator);
  const progress = new Progress(io.progress);
  const request: GenerateRequest = {
    input: args.input,
    generator: args.generator,
    options: args.options,
    validate: args.skipValidateSpec ? "off" : "warning",
    ...(args.templateDir !== undefined ? { templateDir: args.templateDir } : {}),
  };
  try {
    progress.step(`reading ${args.input} and generating ${args.generator}`);
    const result = await generateFiles(request, reads);
    const known = new Set(generator.options.map((o) => o.name));
    const unknown = Object.keys(args.options.additionalProperties).filter((k) => !known.has(k));
    const warnings: Diagnostic[] = [...result.warnings];
    const note = (message: string) => warnings.push({ level: "warning", file: "(options)", pointer: "", message });
    for (const key of unknown) note(`the ${generator.name} generator does not use the option ${JSON.stringify(key)}`);
    for (const flag of args.ignored) note(`${flag} is accepted for compatibility and has no effect in oaswright`);
    if (Object.keys(args.options.typeMappings ?? {}).length > 0 && !TYPE_MAPPING_GENERATORS.includes(generator.name)) {
      note(`--type-mappings has no effect in the ${generator.name} generator (applied by ${TYPE_MAPPING_GENERATORS.join(" and ")})`);
    }
    // OAG's python generators write every model import themselves (AbstractPythonCodegen
    // postProcessModels / PythonPriorClientCodegen.toModelImport): import mappings are unused.
    if (Object.keys(args.options.importMappings ?? {}).length > 0 && generator.name !== "typescript") {
      note(`--import-mappings has no effect in the ${generator.name} generator: it imports a model, and a --schema-mappings class, from <package>.models.<module>`);
    }

    if (args.dumpIr) {
      progress.done();
      io.out(JSON.stringify(result.model, null, 2));
      printWarnings(warnings, io, args.verbose);
      return 0;
    }
    progress.step(`comparing ${result.files.length} files with ${args.output}`);
    const plan = planFor(request, args.output, result, { ...args.workflow, compare: args.check, findInPlace: !args.dryRun });
    for (const n of plan.notes) note(n);
    if (args.check) {
      progress.done();
      printWarnings(warnings, io, args.verbose);
      for (const change of plan.changes) io.out(`${change.kind.padEnd(8)}${change.path}`);
      io.err(plan.changes.length === 0 ? `${args.output} is up to date` : `${plan.changes.length} file${plan.changes.length === 1 ? "" : "s"} in ${args.output} would change: run generate without --check`);
      return plan.changes.length === 0 ? 0 : 1;
    }
    if (!args.dryRun) {
      progress.step(`writing ${plan.write.length} files to ${args.output}`);
      writeOutput(args.output, plan.write, { remove: plan.remove, inPlace: plan.inPlace });
    }
    progress.done();
    printWarnings(warnings, io, args.verbose);
    const extra = [
      plan.unchanged.length ? `${plan.unchanged.length} unchanged` : "",
      plan.skipped.length ? `${plan.skipped.length} skipped (--skip-overwrite)` : "",
      plan.ignored.length ? `${plan.ignored.length} ignored (.openapi-generator-ignore)` : "",
      plan.remove.length ? `${plan.remove.length} stale removed` : "",
      warnings.length ? `${warnings.length} warnings` : "",
    ].filter((t) => t !== "");
    io.err(`${args.dryRun ? "would write" : "wrote"} ${plan.write.length} files to ${args.output}${extra.length ? ` (${extra.join(", ")})` : ""}`);
    return 0;
  } finally {
    progress.done();
  }
}

/** For --watch: a failed run is printed like any error, and the watch goes on. */
async function runReported(run: () => Promise<number>, io: Io): Promise<number> {
  try {
    return await run();
  } catch (err) {
    return report(err, io, "generate");
  }
}

async function batch(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.out(HELP.batch!);
    return 0;
  }
  const firstFlag = argv.findIndex((a) => a.startsWith("-"));
  const files = firstFlag < 0 ? argv : argv.slice(0, firstFlag);
  const rest = firstFlag < 0 ? [] : argv.slice(firstFlag);
  if (files.length === 0) throw new UsageError(`give one or more batch files (${OPENAPITOOLS_FILE}, or OpenAPI Generator config files)`);
  if (rest.some((a) => a === "--generator-key" || a.startsWith("--generator-key="))) throw new UsageError("batch runs every entry; use `generate --generator-key <key>` for one");
  return runBatch(files, rest, [], io);
}

/** Runs every entry of the batch files (or those `keys` name); later entries run after a failure. */
async function runBatch(files: readonly string[], extra: readonly string[], keys: readonly string[], io: Io): Promise<number> {
  const entries = files.flatMap((f) => readBatchFile(f));
  const chosen = keys.length === 0 ? entries : entries.filter((e) => keys.includes(e.name));
  for (const key of keys) if (!entries.some((e) => e.name === key)) throw new UsageError(`no generator ${JSON.stringify(key)} in ${files.join(", ")}; there are ${entries.map((e) => e.name).join(", ")}`);
  // Each entry's arguments are read first, to know which specs several entries read: those are read
  // and checked once (SpecReads). A bad entry is still reported at its turn.
  const runs = chosen.map((entry) => {
    try {
      return { entry, args: parseGenerateArgs([...entry.argv, ...extra]) };
    } catch (err) {
      return { entry, err };
    }
  });
  const uses = new Map<string, number>();
  for (const run of runs) if (run.args) uses.set(run.args.input, (uses.get(run.args.input) ?? 0) + 1);
  const reads = new SpecReads(uses);
  let code = 0;
  for (const run of runs) {
    io.err(`oaswright: [${run.entry.label}]`);
    const entryCode = await runReported(async () => {
      if (!run.args) throw run.err;
      try {
        return await generateOnce(run.args, io, reads);
      } finally {
        reads.done(run.args.input);
      }
    }, io);
    code = Math.max(code, entryCode);
  }
  return code;
}

async function configHelp(argv: readonly string[], io: Io): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: [...argv], strict: true, options: { "generator-name": { type: "string", short: "g" }, help: { type: "boolean", short: "h" } } }).values;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.help) {
    io.out(HELP["config-help"]!);
    return 0;
  }
  if (!values["generator-name"]) throw new UsageError("missing -g/--generator-name <name> (see `oaswright list`)");
  io.out(configHelpText(await requireGenerator(values["generator-name"])));
  return 0;
}

async function validate(argv: readonly string[], io: Io): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      options: { "input-spec": { type: "string", short: "i" }, recommend: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    }).values;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.help) {
    io.out(HELP.validate!);
    return 0;
  }
  if (!values["input-spec"]) throw new UsageError("missing -i/--input-spec <file or URL>");
  const { warnings } = await parseSpec(values["input-spec"], { ...DEFAULT_PARSE_OPTIONS, validate: "error" });
  printWarnings(warnings, io, true);
  io.out(`No validation issues detected in ${values["input-spec"]}${warnings.length ? ` (${warnings.length} warnings)` : ""}.`);
  return 0;
}

async function list(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.out(HELP.list!);
    return 0;
  }
  const lines = ["CLIENT generators:"];
  for (const name of generatorNames()) {
    const g = await loadGenerator(name);
    lines.push(`    - ${name}${g ? `  ${g.description}` : ""}`);
  }
  io.out(lines.join("\n"));
  return 0;
}

function printWarnings(warnings: readonly Diagnostic[], io: Io, all: boolean): void {
  const shown = all ? warnings : warnings.slice(0, 20);
  for (const w of shown) io.err(formatDiagnostic(w));
  if (shown.length < warnings.length) io.err(`... ${warnings.length - shown.length} more warnings (use --verbose to see all)`);
}

function report(err: unknown, io: Io, command: string | undefined): number {
  if (err instanceof UsageError) {
    io.err(`oaswright ${command ?? ""}: ${err.message}\nRun \`oaswright help ${command ?? ""}\` for usage.`);
    return 1;
  }
  if (err instanceof OaswrightError) {
    const errors = err.diagnostics.filter((d) => d.level === "error");
    io.err(`oaswright: ${err.message}`);
    for (const d of err.diagnostics) io.err(formatDiagnostic(d));
    if (errors.length > 1) io.err(`${errors.length} errors`);
    return 1;
  }
  // Not the user's fault: say so, with the trace, so it can be reported.
  io.err(`oaswright: internal error (please report this with the spec that caused it):\n${(err as Error)?.stack ?? String(err)}`);
  return 2;
}

function version(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const pkg = JSON.parse(readFileSync(path.join(here, "..", "..", "package.json"), "utf8")) as { version: string };
  return `oaswright ${pkg.version}`;
}
