// How OpenAPI Generator (Java) prints spec numbers in its docs.

import type { Example, JsonValue, LiteralValue, NumericBounds } from "../model/ir.js";
import { childPointer } from "../model/diagnostics.js";
import { bigDecimalText, isBigInteger, javaDoubleString } from "../parse/number-literals.js";
import { specKey } from "../parse/raw.js";

// Java's Double.toString lives with the parser, which prints YAML 1.1 doubles with it (parse/schema.ts).
export { bigDecimalText, javaBigDecimalString, javaDoubleString } from "../parse/number-literals.js";

/** bigDecimalText as a value: the text where it differs from the number's JSON form, else the number. */
function bigDecimalValue(value: number, literal: string | undefined): JsonValue {
  const text = bigDecimalText(value, literal);
  return text === String(value) ? value : text;
}

/**
 * The example/default value OAG works with: a number is the Integer or BigDecimal getAnyType made of
 * it (bigDecimalText: `71.0` prints `71.0`, an integer beyond 2^53 keeps its digits), or the text
 * the parser found for it otherwise (LiteralValue.oagText: Swagger 2.0's conversions); a plain YAML
 * `off`/`on`/`yes`/`no` as the value OAG's YAML 1.1 reading gives it (LiteralValue.yaml11, docs only);
 * any other value as parsed.
 */
export function oagValue(v: LiteralValue): LiteralValue["value"] {
  if (v.oagText !== undefined) return v.oagText;
  if (v.yaml11 !== undefined) return v.yaml11;
  if (typeof v.value !== "number") return withNestedLiterals(v);
  return bigDecimalValue(v.value, v.literal);
}

/** The value as parsed, but as OAG's YAML 1.1 reading gives it where that differs (docs only). */
export function yaml11Value(v: LiteralValue): JsonValue {
  return v.yaml11 !== undefined ? v.yaml11 : withNestedLiterals(v);
}

/**
 * A schema's enum as OAG holds it (SchemaCommon.oagEnum; docs only): YAML 1.1 values, and number
 * members as the text of their Java number where it differs (`1.0`), which the doc writers print as
 * they print the number.
 */
export function oagEnum(s: { readonly enum?: readonly JsonValue[]; readonly oagEnum?: readonly JsonValue[] }): readonly JsonValue[] | undefined {
  return s.oagEnum ?? s.enum;
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

/**
 * The Java object OAG holds an example or default in, which decides what its toString prints
 * (javaToString) and whether an object is an Iterable (oag-examples.ts isJacksonObjectNode):
 * - `parsed`: what swagger-parser read. An object or array is the Jackson ObjectNode/ArrayNode
 *   OpenAPIDeserializer.getAnyExample keeps (compact JSON: javaJsonText); a scalar is its String,
 *   Number or Boolean, as are the texts the example writers make themselves (`<name>_example`).
 * - `java-collection`: a plain List/LinkedHashMap, what swagger-parser's 3.1 deepcopy (a Json31
 *   round trip) leaves in an `Object` field such as `example` or `default` (IR exampleFromCopy,
 *   defaultFromCopy, Example.fromCopy): `[a, b]`, `{a=1}` (javaValueString).
 * - `extension`: a parameter's `x-example` vendor extension, which swagger-parser reads untyped
 *   (Json.mapper().convertValue to Object: a LinkedHashMap for an object), so no Jackson node and,
 *   for a Map, no Iterable. Printed as JSON, as a parsed value (not checked against an OAG output).
 */
export type JavaHolder = "parsed" | "java-collection" | "extension";

/** A value and the Java object OAG holds it in. */
export interface HeldValue {
  readonly value: JsonValue;
  readonly holder: JavaHolder;
}

/** The holder of a list/object value the IR says sits in a 3.1 deep copy (`fromCopy`), else as parsed. */
export function holderOf(fromCopy: true | undefined): JavaHolder {
  return fromCopy === true ? "java-collection" : "parsed";
}

/** A schema's `example` or `default` as OAG holds it (oagValue; `fromCopy`: exampleFromCopy, defaultFromCopy). */
export function oagHeldValue(v: LiteralValue, fromCopy: true | undefined): HeldValue {
  return { value: oagValue(v), holder: holderOf(fromCopy) };
}

/** A value as swagger-parser read it (a scalar, or the Jackson node of an object or array). */
export function parsed(value: JsonValue): HeldValue {
  return { value, holder: "parsed" };
}

/**
 * An Example's value for the docs, held as OAG holds it (Example.fromCopy: a Java collection): a
 * number as the text OAG prints for it where that differs from its JSON form (Example.oagText), an
 * object or array with its nested literals registered for javaJsonText. Undefined for no value (a
 * null one too).
 */
export function exampleValue(e: Example | undefined): HeldValue | undefined {
  if (e === undefined) return undefined;
  if (e.oagText !== undefined) return parsed(e.oagText);
  const value = withNestedLiterals(e);
  return value === undefined || value === null ? undefined : { value, holder: holderOf(e.fromCopy) };
}

/**
 * How Java's toString prints a JSON value read into plain Java objects (List, LinkedHashMap, String,
 * a number; what swagger-parser's 3.1 deepcopy, a Json31 round trip, leaves in an `Object` field such
 * as `default` or `example`): `[SUPER_ADMIN, ADMIN]`, `{a=1}`, strings unquoted.
 */
export function javaValueString(value: JsonValue): string {
  const literals = value !== null && typeof value === "object" ? registered.get(value) : undefined;
  return javaString(value, "", literals ?? NO_LITERALS);
}

/**
 * How Java's toString prints an example or default in the object OAG holds it in (JavaHolder): a
 * Jackson node (`parsed`: what swagger-parser's OpenAPIDeserializer.getAnyExample keeps for an object
 * or array) prints as compact JSON, `{"oAuthId":0}` (OAG 7.6's dataddo docs); a 3.1 deep copy's
 * List/LinkedHashMap (`java-collection`) as `[a, b]`, `{oAuthId=0}`; a scalar as its text. AbstractPythonCodegen/DefaultCodegen
 * .setParameterExampleValue (`getExample().toString()`), toDefaultValue, and the typescript and
 * python-prior toExampleValueRecursive (`objExample.toString()`; typescript's Jackson-node branch is the
 * same from its first docs, 74e28a7709 #9857, to the mirror's 7.14.0-SNAPSHOT: metronome's 6.4.0
 * TelemetryApi.md shows it).
 */
export function javaToString(value: JsonValue, holder: JavaHolder): string {
  if (value === null) return "null";
  if (typeof value === "object") return holder === "java-collection" ? javaValueString(value) : javaJsonText(value);
  return String(value);
}

/**
 * javaValueString of the value at `pointer`: the Json31 round trip reads a number back with Jackson's
 * untyped reading, an Integer/Long/BigInteger for an integer literal (its digits), a Double for a
 * float literal (Double.toString: `71.0`, `1.5` for `1.50`), as jsonWithLiterals prints the node.
 */
function javaString(value: JsonValue, pointer: string, literals: Readonly<Record<string, string>>): string {
  if (Array.isArray(value)) return `[${value.map((item, i) => javaString(item, `${pointer}/${i}`, literals)).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value).map(([k, v]) => `${specKey(k)}=${javaString(v, childPointer(pointer, k), literals)}`).join(", ")}}`;
  }
  if (typeof value === "number") return jsonWithLiterals(value, pointer, literals);
  return value === null ? "null" : String(value);
}

/**
 * The compact JSON of an object or array value as Jackson's JsonNode.toString prints the tree
 * swagger-parser read (OpenAPIDeserializer.getAnyExample keeps an object/array example or default as
 * its ObjectNode/ArrayNode): as JSON.stringify, but a number written as a floating-point literal is
 * a DoubleNode both for Jackson's JSON parser (no USE_BIG_DECIMAL_FOR_FLOATS in swagger's mappers)
 * and for a YAML spec (SnakeYAML reads `71.0` as a Double, converted to a DoubleNode), which prints
 * Java's Double.toString (`71.0`, `1000.0` for `1e3`); a big integer an IntNode/LongNode/BigIntegerNode
 * with every digit. A number that is not integral was a float literal as well and prints as Double.toString
 * too, which JSON.stringify agrees with from 1e-3 to 1e7 (`82.5`; `1.50` is the double 1.5 to both) but
 * not outside (`1.0E-4`, `1.23456785E7`); integers not recorded print as JSON.stringify does. Only
 * values registered by oagValue/exampleValue carry such literals. An index-like key
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
    // A value that is not integral was a float literal too: a DoubleNode (`1.0E-4` for 0.0001).
    if (literal === undefined) return Number.isInteger(value) || !Number.isFinite(value) ? JSON.stringify(value) : javaDoubleString(value);
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
