// Problems found in a spec are collected as values, not thrown from deep inside a walk.
// An `error` stops generation before anything is written; a `warning` is reported and counted.

import type { Pointer } from "./ir.js";

export type DiagnosticLevel = "error" | "warning";

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic {
  readonly level: DiagnosticLevel;
  /** The file or URL the problem is in. */
  readonly file: string;
  /** JSON pointer of the offending node ("" for the whole document). */
  readonly pointer: Pointer;
  readonly message: string;
  /** 1-based line:column in the source, where the source has one. */
  readonly position?: SourcePosition;
}

/** Collects diagnostics for one run; passed down explicitly (no module state). */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  error(pointer: Pointer, message: string): void {
    this.items.push({ level: "error", file: this.file, pointer, message });
  }

  warning(pointer: Pointer, message: string): void {
    this.items.push({ level: "warning", file: this.file, pointer, message });
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.level === "error");
  }

  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.level === "warning");
  }
}

/**
 * The one exception type that reaches the CLI: it carries diagnostics for the user and is
 * printed without a stack trace. Anything else escaping is a bug in oaswright.
 */
export class OaswrightError extends Error {
  constructor(
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
    this.name = "OaswrightError";
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.position ? `${d.file}:${d.position.line}:${d.position.column}` : d.file;
  const pointer = d.pointer === "" ? "#" : `#${d.pointer}`;
  return `${d.level}: ${where} ${pointer}: ${d.message}`;
}

/** Appends one reference token to a JSON pointer (RFC 6901 escaping). */
export function childPointer(base: Pointer, token: string | number): Pointer {
  // A leading NUL marks an integer-like key stored out of JS's numeric ordering (parse/raw.ts).
  const text = String(token);
  const key = text.charCodeAt(0) === 0 ? text.slice(1) : text;
  const escaped = key.indexOf("~") === -1 && key.indexOf("/") === -1 ? key : key.replace(/~/g, "~0").replace(/\//g, "~1");
  return `${base}/${escaped}`;
}

/** Splits a JSON pointer into its unescaped reference tokens. */
export function pointerTokens(pointer: Pointer): string[] {
  if (pointer === "") return [];
  return pointer
    .split("/")
    .slice(1)
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The JSON pointer of a local `$ref` (`#/components/schemas/A%20B` -> `/components/schemas/A B`). */
export function refToPointer(ref: string): Pointer | undefined {
  if (!ref.startsWith("#")) return undefined;
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return ref.slice(1);
  }
}
