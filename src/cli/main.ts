// oaswright's command line: `generate`, `validate`, `list`, `version`, `help`. Errors are printed
// as diagnostics (file, JSON pointer, line) and exit 1; never a stack trace for bad input.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { OaswrightError, formatDiagnostic, type Diagnostic } from "../model/diagnostics.js";
import { generatorNames, loadGenerator } from "../generators/index.js";
import { generateFiles, requireGenerator } from "../generate.js";
import { parseSpec, DEFAULT_PARSE_OPTIONS } from "../parse/index.js";
import { writeOutput } from "../render/write.js";
import { parseGenerateArgs, UsageError } from "./options.js";
import { HELP } from "./help.js";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
};

/** Runs one command; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
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
  const args = parseGenerateArgs(argv);
  const generator = await requireGenerator(args.generator);
  const result = await generateFiles({
    input: args.input,
    generator: args.generator,
    options: args.options,
    validate: args.skipValidateSpec ? "off" : "warning",
    ...(args.templateDir !== undefined ? { templateDir: args.templateDir } : {}),
  });
  const known = new Set(generator.options.map((o) => o.name));
  const unknown = Object.keys(args.options.additionalProperties).filter((k) => !known.has(k));
  const warnings: Diagnostic[] = [...result.warnings];
  for (const key of unknown) warnings.push({ level: "warning", file: "(options)", pointer: "", message: `the ${generator.name} generator does not use the option ${JSON.stringify(key)}` });
  for (const flag of args.ignored) warnings.push({ level: "warning", file: "(options)", pointer: "", message: `${flag} is accepted for compatibility and has no effect in oaswright` });

  if (args.dumpIr) {
    io.out(JSON.stringify(result.model, null, 2));
  } else if (!args.dryRun) {
    writeOutput(args.output, result.files);
  }
  printWarnings(warnings, io, args.verbose);
  if (!args.dumpIr) io.err(`${args.dryRun ? "would write" : "wrote"} ${result.files.length} files to ${args.output}${warnings.length ? ` (${warnings.length} warnings)` : ""}`);
  return 0;
}

async function validate(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: { "input-spec": { type: "string", short: "i" }, recommend: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
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
