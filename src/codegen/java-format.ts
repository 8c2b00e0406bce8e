// How OpenAPI Generator (Java) prints spec numbers in its docs.

import type { JsonValue, LiteralValue, NumericBounds } from "../model/ir.js";
import { isBigInteger, javaDoubleString } from "../parse/number-literals.js";

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
  if (v.literal === undefined || typeof v.value !== "number") return v.value;
  return isBigInteger(v.literal) ? v.literal : javaDoubleString(v.value);
}

/** The value as parsed, but as OAG's YAML 1.1 reading gives it where that differs (docs only). */
export function yaml11Value(v: LiteralValue): JsonValue {
  return v.yaml11 !== undefined ? v.yaml11 : v.value;
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
  return v.literal !== undefined && typeof v.value === "number" && isBigInteger(v.literal) ? v.literal : v.value;
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
