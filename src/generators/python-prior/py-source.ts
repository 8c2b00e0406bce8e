// Python source text for spec values in the generated client: literals, validation and enum
// tables. Every spec string goes through the escapes of src/generators/python/runtime/escape.ts
// (the same Python contexts as `-g python`).

import type { JsonValue, Schema } from "../../model/ir.js";
import { pyString } from "../python/runtime/escape.js";

/** A JSON value as a Python literal (`None`, `True`, `1.5`, `"text"`, `[...]`, `{...}`). */
export function pyValue(value: JsonValue): string {
  if (value === null) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "None";
  if (typeof value === "string") return pyString(value);
  if (Array.isArray(value)) return `[${value.map(pyValue).join(", ")}]`;
  return `{${Object.entries(value).map(([k, v]) => `${pyString(k)}: ${pyValue(v)}`).join(", ")}}`;
}

/** A Python expression for a default value of a schema (dates parsed with dateutil). */
export function pyDefault(schema: Schema, value: JsonValue): string {
  if (schema.kind === "string" && typeof value === "string" && (schema.format === "date" || schema.format === "date-time")) {
    return `dateutil_parser(${pyString(value)})${schema.format === "date" ? ".date()" : ""}`;
  }
  if (schema.kind === "number" && typeof value === "number") return Number.isInteger(value) ? `${value}.0` : String(value);
  return pyValue(value);
}

/** Lines of a dict literal, each entry on its own line, indented by `indent` spaces. */
export function pyDictLines(entries: readonly (readonly [string, string])[], indent: number): string {
  if (entries.length === 0) return "{}";
  const pad = " ".repeat(indent + 4);
  return `{\n${entries.map(([k, v]) => `${pad}${k}: ${v},`).join("\n")}\n${" ".repeat(indent)}}`;
}

/** A list literal on one line. */
export function pyList(items: readonly string[]): string {
  return `[${items.join(", ")}]`;
}

/** model_utils' validations entry for a schema, or null when it has no validation keyword. */
export function validationsOf(schema: Schema): string | null {
  const out: [string, string][] = [];
  switch (schema.kind) {
    case "string":
      if (schema.maxLength !== undefined) out.push(["'max_length'", String(schema.maxLength)]);
      if (schema.minLength !== undefined) out.push(["'min_length'", String(schema.minLength)]);
      if (schema.pattern !== undefined) out.push(["'regex'", regexEntry(schema.pattern)]);
      break;
    case "integer":
    case "number":
      if (schema.maximum !== undefined) out.push([schema.exclusiveMaximum ? "'exclusive_maximum'" : "'inclusive_maximum'", String(schema.maximum)]);
      if (schema.minimum !== undefined) out.push([schema.exclusiveMinimum ? "'exclusive_minimum'" : "'inclusive_minimum'", String(schema.minimum)]);
      if (schema.multipleOf !== undefined) out.push(["'multiple_of'", String(schema.multipleOf)]);
      break;
    case "array":
      if (schema.maxItems !== undefined) out.push(["'max_items'", String(schema.maxItems)]);
      if (schema.minItems !== undefined) out.push(["'min_items'", String(schema.minItems)]);
      break;
    default:
      break;
  }
  if (out.length === 0) return null;
  return `{${out.map(([k, v]) => `${k}: ${v}`).join(", ")}}`;
}

const FLAGS: Readonly<Record<string, string>> = { i: "re.IGNORECASE", m: "re.MULTILINE", s: "re.DOTALL", x: "re.VERBOSE", u: "re.UNICODE" };

/** `{'pattern': "...", 'flags': re.IGNORECASE}`: a `/pattern/flags` spec pattern loses its delimiters. */
function regexEntry(pattern: string): string {
  const m = /^\/([\s\S]+)\/([a-z]*)$/.exec(pattern);
  const body = m ? m[1]! : pattern;
  const flags = m ? [...m[2]!].map((f) => FLAGS[f]).filter((f): f is string => f !== undefined) : [];
  return `{'pattern': ${pyString(body)}${flags.length > 0 ? `, 'flags': (${flags.join(" | ")})` : ""}}`;
}
