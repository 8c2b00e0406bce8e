// How OpenAPI Generator (Java) prints spec numbers in its docs.

import type { Example, JsonValue, LiteralValue, NumericBounds } from "../model/ir.js";
import { childPointer } from "../model/diagnostics.js";
import { isBigInteger, javaDoubleString } from "../parse/number-literals.js";
import { specKey } from "../parse/raw.js";

// Java's Double.toString lives with the parser, which prints YAML 1.1 doubles with it (parse/schema.ts).
export { javaBigDecimalString, javaDoubleString } from "../parse/number-literals.js";

/**
 * The example/default value OAG works with: a number written as a floating-point literal (`10.0`)
 * stays a double, so it prints as Java prints doubles; an integer beyond 2^53 keeps its digits
 * (exactValue); a plain YAML `off`/`on`/`yes`/`no` as the value OAG's YAML 1.1 reading gives it
 * (LiteralValue.yaml11, docs only); any other value as parsed.
 */
export function oagValue(v: LiteralValue): LiteralValue["value"] {
  if (v.yaml11 !== undefined) return v.yaml11;
  if (v.literal === undefined || typeof v.value !== "number") return withNestedLiterals(v);
  return isBigInteger(v.literal) ? v.literal : javaDoubleString(v.value);
}

/** The value as parsed, but as OAG's YAML 1.1 reading gives it where that differs (docs only). */
export function yaml11Value(v: LiteralValue): JsonValue {
  return v.yaml11 !== undefined ? v.yaml11 : withNestedLiterals(v);
}

/** A schema's enum as OAG's YAML 1.1 reading gives it (SchemaCommon.enumYaml11; docs only). */
export function yaml11Enum(s: { readonly enum?: readonly JsonValue[]; readonly enumYaml11?: readonly JsonValue[] }): readonly JsonValue[] | undefined {
  return s.enumYaml11 ?? s.enum;
}

/**
 * The value with an integer beyond 2^53 as its literal text (Jackson reads it as a long or
 * BigInteger, so every digit reaches OAG's output); any other value as parsed.
 */
export function exactValue(v: LiteralValue): JsonValue {
  return v.literal !== undefined && typeof v.value === "number" && isBigInteger(v.literal) ? v.literal : withNestedLiterals(v);
}

/** exactValue, but as OAG's YAML 1.1 reading gives the value where that differs (LiteralValue.yaml11; docs only). */
export function exactYaml11Value(v: LiteralValue): JsonValue {
  return v.yaml11 !== undefined ? v.yaml11 : exactValue(v);
}

/**
 * The minimum OAG's example writers print (TypeScriptClientCodegen / PythonPriorClientCodegen
 * toExampleValueRecursive: schema.getMinimum().toString()), or undefined where OAG has none.
 */
export function oagMinimumText(s: NumericBounds): string | undefined {
  if (s.oagMinimum !== undefined) return s.oagMinimum ?? undefined;
  return s.minimum !== undefined ? String(s.minimum) : undefined;
}

/**
 * The object/array values whose nested number literals javaJsonText prints, by identity: the
 * values are the IR's own (LiteralValue/Example.nestedLiterals says which numbers), registered where
 * the docs take a value from the IR (oagValue, exampleValue), so the writers that pass the value
 * along as plain JSON need not carry its literals.
 */
const registered = new WeakMap<object, Readonly<Record<string, string>>>();

function withNestedLiterals<T extends JsonValue | undefined>(v: { readonly value?: T; readonly nestedLiterals?: Readonly<Record<string, string>> }): T {
  const value = v.value as T;
  if (v.nestedLiterals !== undefined && value !== null && typeof value === "object") registered.set(value, v.nestedLiterals);
  return value;
}

/** An Example's value for the docs (its nested literals registered for javaJsonText). */
export function exampleValue(e: Example | undefined): JsonValue | undefined {
  return e === undefined ? undefined : withNestedLiterals(e);
}

/**
 * The compact JSON of an object or array value as Jackson's JsonNode.toString prints the tree
 * swagger-parser read (OpenAPIDeserializer.getAnyExample keeps an object/array example or default as
 * its ObjectNode/ArrayNode): as JSON.stringify, but a number written as a floating-point literal is
 * a DoubleNode both for Jackson's JSON parser (no USE_BIG_DECIMAL_FOR_FLOATS in swagger's mappers)
 * and for a YAML spec (SnakeYAML reads `71.0` as a Double, converted to a DoubleNode), which prints
 * Java's Double.toString (`71.0`, `1000.0` for `1e3`); a big integer an IntNode/LongNode/BigIntegerNode
 * with every digit. Other numbers print as JSON.stringify does (`82.5`; `1.50` is the double 1.5 to
 * both). Only values registered by oagValue/exampleValue carry such literals. An index-like key
 * (`"200"`, stored with raw.ts INDEX_KEY_PREFIX to keep the document's order) prints as written, in
 * the document's order, as the ObjectNode's LinkedHashMap keeps it.
 */
export function javaJsonText(value: JsonValue): string {
  const literals = value !== null && typeof value === "object" ? registered.get(value) : undefined;
  return jsonWithLiterals(value, "", literals ?? NO_LITERALS);
}

const NO_LITERALS: Readonly<Record<string, string>> = Object.freeze({});

function jsonWithLiterals(value: JsonValue, pointer: string, literals: Readonly<Record<string, string>>): string {
  if (typeof value === "number") {
    const literal = literals[pointer];
    if (literal === undefined) return JSON.stringify(value);
    return isBigInteger(literal) ? literal : javaDoubleString(value);
  }
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item, i) => jsonWithLiterals(item, `${pointer}/${i}`, literals)).join(",")}]`;
  const parts: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    parts.push(`${JSON.stringify(specKey(key))}:${jsonWithLiterals(item, childPointer(pointer, key), literals)}`);
  }
  return `{${parts.join(",")}}`;
}
