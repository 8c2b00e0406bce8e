// How OpenAPI Generator (Java) prints spec numbers in its docs.

import type { JsonValue, LiteralValue, NumericBounds } from "../model/ir.js";
import { isBigInteger } from "../parse/number-literals.js";

/** Java's Double.toString: `10.0`, `0.5`, `1.0E7`, `1.0E-4`. */
export function javaDoubleString(d: number): string {
  if (Number.isNaN(d)) return "NaN";
  if (!Number.isFinite(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d === 0) return Object.is(d, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    const plain = String(d);
    return plain.includes(".") ? plain : `${plain}.0`;
  }
  const [mantissa, exponent] = d.toExponential().split("e") as [string, string];
  return `${mantissa.includes(".") ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}

/**
 * Java's BigDecimal.toString of `new BigDecimal(text)`, for a decimal literal as Java's
 * Double.toString or an integer's text writes it (`10.0` -> `10.0`, `1.0E7` -> `1.0E+7`,
 * `1.5E-7` -> `1.5E-7`, `1.0E-4` -> `0.00010`, `1.2345678E7` -> `12345678`): plain notation when
 * the scale is not negative and the adjusted exponent is at least -6, else one digit before the
 * point and an `E` with a sign.
 */
export function javaBigDecimalString(text: string): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) throw new TypeError(`not a decimal literal: ${JSON.stringify(text)}`);
  const sign = m[1] === "-" ? "-" : "";
  const fraction = m[3] ?? "";
  const scale = fraction.length - Number(m[4] ?? 0);
  const digits = ((m[2] ?? "") + fraction).replace(/^0+(?=\d)/, "");
  const unscaled = digits === "" ? "0" : digits;
  // BigDecimal keeps no negative zero.
  const signed = /^0+$/.test(unscaled) ? "" : sign;
  const adjusted = -scale + (unscaled.length - 1);
  if (scale >= 0 && adjusted >= -6) {
    if (scale === 0) return signed + unscaled;
    const padded = unscaled.padStart(scale + 1, "0");
    return `${signed}${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
  }
  const mantissa = unscaled.length > 1 ? `${unscaled[0]}.${unscaled.slice(1)}` : unscaled;
  return `${signed}${mantissa}E${adjusted >= 0 ? "+" : ""}${adjusted}`;
}

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

/**
 * The minimum OAG's example writers print (TypeScriptClientCodegen / PythonPriorClientCodegen
 * toExampleValueRecursive: schema.getMinimum().toString()), or undefined where OAG has none.
 */
export function oagMinimumText(s: NumericBounds): string | undefined {
  if (s.oagMinimum !== undefined) return s.oagMinimum ?? undefined;
  return s.minimum !== undefined ? String(s.minimum) : undefined;
}
