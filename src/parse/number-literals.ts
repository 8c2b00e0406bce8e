// Where the spec writes a number as a floating-point literal (`10.0`, `1e3`), JSON.parse keeps
// only the value (10, 1000). OpenAPI Generator's Java parser keeps it a double and prints it as one
// (`10.0`), and its docs show that. This records, per JSON pointer, the literal text of such numbers
// whose value is integral (the only ones whose printing differs).
// An integer literal beyond 2^53 (`76561198042467022`, a Steam ID) is rounded by JSON.parse and the
// YAML reader; Jackson, which swagger-parser reads specs with, keeps it an int/long/BigInteger
// (and NumberSchema.cast a BigDecimal of its text), so OAG prints every digit. Its literal text is
// recorded too (isBigInteger).

import type { Node } from "yaml";
import { decodeBytes, hasMultiByte } from "./utf8-bytes.js";
import { yamlLib } from "./yaml-lib.js";

/** pointer -> literal, for integral-valued numbers written with a fraction or an exponent. */
export type NumberLiterals = ReadonlyMap<string, string>;

const FLOAT_TEXT = /[.eE]/;
const INTEGER_TEXT = /^-?[1-9]\d*$/;

/** An integer literal that a double (JSON.parse's number) does not hold exactly. */
export function isBigInteger(literal: string): boolean {
  return INTEGER_TEXT.test(literal) && !Number.isSafeInteger(Number(literal));
}

/** Whether a number's literal text is recorded: an integral float literal or a big integer. */
function recorded(literal: string, value: number): boolean {
  return FLOAT_TEXT.test(literal) ? Number.isInteger(value) : literal.length > 15 && isBigInteger(literal);
}

/** A key written twice in one JSON object: JSON.parse keeps the later value silently. */
export interface DuplicateKey {
  readonly pointer: string;
  /** Offsets of the later and of the first occurrence of the key. */
  readonly offset: number;
  readonly firstOffset: number;
}

export interface JsonScan {
  readonly literals: NumberLiterals;
  readonly duplicates: readonly DuplicateKey[];
  /**
   * Offsets of the text of every object key that reads as an array index (`"200"`: the offset of
   * the `2`), which JSON.parse would move to the front of its object (see raw.ts INDEX_KEY_PREFIX).
   */
  readonly indexKeys: readonly number[];
  /** The pointers of the objects that have index-like keys, in document order. */
  readonly indexKeyObjects: readonly string[];
  /**
   * Where the members of the shallow objects start (pointers of at most MEMBER_DEPTH tokens, such as
   * `/paths/~1pets/get` or `/components/schemas/Pet`), so that a warning's position is looked for
   * from its member, not from the start of the text (source-map.ts). Empty when the text has a
   * duplicate key: a pointer may then name two places.
   */
  readonly members: ReadonlyMap<string, MemberStart>;
}

/** An object member's key in JSON text: the offset of its opening `"` and the line it is on (1-based). */
export interface MemberStart {
  readonly offset: number;
  readonly line: number;
}

/** Members whose pointers have at most this many tokens are recorded in JsonScan.members. */
export const MEMBER_DEPTH = 3;

/**
 * Scans JSON text once, for what JSON.parse loses: float literals of integral numbers, duplicate
 * keys and the places of index-like keys (whose order JSON.parse does not keep). The path is kept as a stack of container states holding offsets; a pointer
 * string is built only for a hit. Strings (most of a spec's text) are skipped with indexOf.
 */
export function scanJson(text: string, options: { readonly utf8Bytes?: boolean } = {}): JsonScan {
  const utf8Bytes = options.utf8Bytes === true;
  const literals = new Map<string, string>();
  const duplicates: DuplicateKey[] = [];
  const indexKeys: number[] = [];
  const indexKeyObjects: string[] = [];
  const members = new Map<string, MemberStart>();
  // Lines are counted as the scan goes: a line break in JSON text is whitespace between tokens
  // (strings hold none), so every one is met here.
  let line = 1;
  const floats = /\d(?:\.\d|[eE][+-]?\d)/.test(text);
  const frames: Frame[] = [];
  let depth = 0;
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Whitespace first: it is most of what the loop meets between strings (the indentation of a
    // pretty-printed spec: 42% of GitHub's text).
    if (c <= 32) {
      if (c === 10 /* \n */) line++;
    } else if (c === 34 /* " */) {
      const start = i + 1;
      i = closingQuote(text, start);
      if (expectKey) {
        const top = frames[depth - 1]!;
        top.keyStart = start;
        top.keyEnd = i;
        expectKey = false;
        if (isIndexKey(text, start, i)) {
          indexKeys.push(start);
          if (!top.hasIndexKey) indexKeyObjects.push(pointerOf(text, frames, depth - 1, utf8Bytes));
          top.hasIndexKey = true;
        }
        const first = noteKey(text, top, start, i);
        if (first !== -1) duplicates.push({ pointer: pointerOf(text, frames, depth, utf8Bytes), offset: start - 1, firstOffset: first });
        else if (depth <= MEMBER_DEPTH) members.set(pointerOf(text, frames, depth, utf8Bytes), { offset: start - 1, line });
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      const array = c === 91;
      // One state per depth, reused by every container met at that depth.
      const frame = frames[depth];
      if (frame === undefined) frames[depth] = { array, index: 0, keyStart: 0, keyEnd: 0, hasIndexKey: false, keyCount: 0, starts: [], ends: [], keys: undefined };
      else {
        frame.array = array;
        frame.index = 0;
        frame.keyStart = 0;
        frame.keyEnd = 0;
        frame.hasIndexKey = false;
        frame.keyCount = 0;
        frame.keys = undefined;
      }
      depth++;
      expectKey = !array;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth > 0) depth--;
      expectKey = false;
    } else if (c === 44 /* , */) {
      if (depth > 0) {
        const top = frames[depth - 1]!;
        if (top.array) top.index++;
        else expectKey = true;
      }
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      const start = i;
      while (i + 1 < n && isNumberChar(text.charCodeAt(i + 1))) i++;
      // Float literals are looked at only when the text has one; big integers by their length.
      if (floats || i + 1 - start > 15) {
        const literal = text.slice(start, i + 1);
        if (recorded(literal, Number(literal))) literals.set(pointerOf(text, frames, depth, utf8Bytes), literal);
      }
    }
  }
  if (duplicates.length > 0) members.clear();
  return { literals, duplicates, indexKeys, indexKeyObjects, members };
}

/** Whether text[start, end) is `0` or up to ten digits not starting with 0 (raw.ts INDEX_LIKE). */
function isIndexKey(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 1 || length > 10) return false;
  if (length > 1 && text.charCodeAt(start) === 48 /* 0 */) return false;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The JSON text to give JSON.parse: `\u0000` written at the start of each index-like key
 * (scanJson's indexKeys), so that the parse keeps every key in the order written (raw.ts
 * INDEX_KEY_PREFIX), and, where the text is UTF-8 bytes one character per byte (the loader's
 * readJsonBytes), each run of multi-byte characters (utf8-bytes.ts multiByteRuns: start and end
 * offsets) written as `\u` escapes of its characters. Built once from slices of the text.
 */
export function textForJsonParse(text: string, indexKeys: readonly number[], multiByte: readonly number[] = []): string {
  if (indexKeys.length === 0 && multiByte.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  let k = 0;
  let r = 0;
  while (k < indexKeys.length || r < multiByte.length) {
    if (r >= multiByte.length || (k < indexKeys.length && indexKeys[k]! < multiByte[r]!)) {
      const at = indexKeys[k++]!;
      parts.push(text.slice(from, at), "\\u0000");
      from = at;
    } else {
      const start = multiByte[r]!;
      const end = multiByte[r + 1]!;
      r += 2;
      parts.push(text.slice(from, start), unicodeEscapes(decodeBytes(text.slice(start, end))));
      from = end;
    }
  }
  parts.push(text.slice(from));
  return parts.join("");
}

/** `\uXXXX` for every UTF-16 unit of the text. */
function unicodeEscapes(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += `\\u${text.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return out;
}

interface Frame {
  array: boolean;
  /** An index-like key of this object was met (its pointer is in indexKeyObjects). */
  hasIndexKey: boolean;
  index: number;
  keyStart: number;
  keyEnd: number;
  /** The object's distinct keys so far, as spans of the text (starts/ends), while there are few. */
  keyCount: number;
  starts: number[];
  ends: number[];
  /** The same as a map from key text to the offset of its first `"`, once there are many. */
  keys: Map<string, number> | undefined;
}

/** Up to this many keys an object's keys are compared span by span; beyond, through a Map. */
const FEW_KEYS = 16;

/**
 * Records the key text[start, end) of the object `frame` and returns the offset of the `"` of an
 * earlier same key, or -1. Keys are compared as written, as JSON.parse's result cannot tell. Most
 * objects have a few keys: comparing spans costs no string and no Map per object (a Map per
 * object was most of the scan's time on GitHub's spec).
 */
function noteKey(text: string, frame: Frame, start: number, end: number): number {
  if (frame.keys !== undefined) {
    const key = text.slice(start, end);
    const first = frame.keys.get(key);
    if (first === undefined) frame.keys.set(key, start - 1);
    return first ?? -1;
  }
  const length = end - start;
  for (let k = 0; k < frame.keyCount; k++) {
    const s = frame.starts[k]!;
    if (frame.ends[k]! - s === length && sameText(text, s, start, length)) return s - 1;
  }
  if (frame.keyCount === FEW_KEYS) {
    frame.keys = new Map();
    for (let k = 0; k < frame.keyCount; k++) frame.keys.set(text.slice(frame.starts[k]!, frame.ends[k]!), frame.starts[k]! - 1);
    frame.keys.set(text.slice(start, end), start - 1);
    return -1;
  }
  frame.starts[frame.keyCount] = start;
  frame.ends[frame.keyCount] = end;
  frame.keyCount++;
  return -1;
}

function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/**
 * The index of the `"` closing a string whose text starts at `start` (a `"` preceded by an even
 * number of backslashes), or the text's length when it is not closed.
 */
export function closingQuote(text: string, start: number): number {
  for (let j = start; ; j++) {
    j = text.indexOf('"', j);
    if (j === -1) return text.length;
    let k = j - 1;
    while (k >= start && text.charCodeAt(k) === 92 /* \ */) k--;
    if ((j - 1 - k) % 2 === 0) return j;
  }
}

/** Float literals of integral numbers in JSON text, by pointer (see scanJson). */
export function jsonNumberLiterals(text: string): NumberLiterals {
  return scanJson(text).literals;
}

function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}

/**
 * The key whose text (between the quotes) is text[start, end): unescaped, and decoded where the
 * text is UTF-8 bytes one character per byte (the loader's readJsonBytes).
 */
export function jsonKey(text: string, start: number, end: number, utf8Bytes: boolean): string {
  let key = text.slice(start, end);
  if (utf8Bytes && hasMultiByte(key)) key = decodeBytes(key);
  return key.includes("\\") ? (JSON.parse(`"${key}"`) as string) : key;
}

function pointerOf(text: string, frames: readonly Frame[], depth: number, utf8Bytes: boolean): string {
  let pointer = "";
  for (let d = 0; d < depth; d++) {
    const frame = frames[d]!;
    const token = frame.array ? String(frame.index) : jsonKey(text, frame.keyStart, frame.keyEnd, utf8Bytes);
    pointer += `/${token.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  }
  return pointer;
}

/**
 * The same for a parsed YAML document, from the source text of its plain scalars. An alias of an
 * anchored number (`example: *Timeout` for `default: &Timeout 5.0`) takes the anchor's text: SnakeYAML
 * hands OAG the anchored value itself.
 */
export function yamlNumberLiterals(contents: unknown, doc?: import("yaml").Document): NumberLiterals {
  const out = new Map<string, string>();
  const { isMap, isScalar, isSeq, isAlias } = yamlLib();
  const visit = (node: unknown, pointer: string, seen: Set<unknown>): void => {
    if (seen.has(node)) return;
    if (isAlias(node) && doc !== undefined) {
      const target = node.resolve(doc);
      if (isScalar(target)) visit(target, pointer, seen);
      return;
    }
    if (isMap(node)) {
      seen.add(node);
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        visit(pair.value, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, seen);
      }
    } else if (isSeq(node)) {
      seen.add(node);
      node.items.forEach((item, i) => visit(item, `${pointer}/${i}`, seen));
    } else if (isScalar(node) && typeof node.value === "number") {
      const source = (node as Node & { source?: string }).source;
      if (typeof source === "string" && recorded(source, node.value)) out.set(pointer, source);
    }
  };
  visit(contents, "", new Set());
  return out;
}

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
 * The text of the number OAG holds for a number read by swagger-parser's OpenAPIDeserializer.getAnyType
 * (swagger-parser-v3 2.0.x getAnyExample, same body): a schema's `example` and `default`, a parameter's
 * or media type's `example`, an Example object's `value`. An int node is an Integer (getInteger:
 * `v.isInt()`), any other number node `new BigDecimal(v.asText())` (getBigDecimal), which swagger-core's
 * NumberSchema/StringSchema.cast keep or print as that text. A float literal is a DoubleNode (the
 * mappers enable no USE_BIG_DECIMAL_FOR_FLOATS; a YAML spec's SnakeYAML Double is written back to JSON
 * and read again), whose asText is Java's Double.toString: `71.0` -> "71.0", `1e3` -> "1000.0",
 * `1.0e7` -> "1.0E7" -> BigDecimal "1.0E+7", `0.0001` -> "1.0E-4" -> "0.00010", `1.50` -> "1.5". A
 * long or BigInteger node's text is its digits. `literal`: the number's recorded literal
 * (number-literals.ts: an integral float literal or a big integer); a value that is not integral was
 * a float literal too.
 */
export function bigDecimalText(value: number, literal: string | undefined): string {
  if (literal !== undefined && isBigInteger(literal)) return literal;
  return isDoubleNode(value, literal) ? doubleBigDecimalText(value) : String(value);
}

/**
 * Java's Float.toString of the float Float.parseFloat makes of a number: the fewest digits that read
 * back as that float, printed as Double.toString prints (`0.1`, `71.0`, `1.2345679`, `1.0E10`; JDK 19's
 * shortest digits, which older JDKs' FloatingDecimal mostly agrees with). The
 * float is the double's nearest (Math.fround), which can differ from parsing the text directly in
 * the last digit for texts that fall between two doubles; not followed.
 */
export function javaFloatString(value: number): string {
  const f = Math.fround(value);
  if (!Number.isFinite(f) || f === 0) return javaDoubleString(f);
  // Scientific notation has at least one digit after the point, rounded as the others (Float.MIN_VALUE
  // is `1.4E-45`, not `1.0E-45`).
  const abs = Math.abs(f);
  for (let digits = abs >= 1e-3 && abs < 1e7 ? 1 : 2; digits <= 9; digits++) {
    const shortest = Number(f.toPrecision(digits));
    if (Math.fround(shortest) === f) return javaDoubleString(shortest);
  }
  return javaDoubleString(f);
}

/** `new BigDecimal(Float.toString(value))` as text; undefined for a float too large (Infinity, which BigDecimal does not read). */
export function floatBigDecimalText(value: number): string | undefined {
  const text = javaFloatString(value);
  return /^-?(Infinity|NaN)$/.test(text) ? undefined : javaBigDecimalString(text);
}

/** `new BigDecimal(Double.toString(value))` as text: a number held as a double, then cast by swagger-core (`71.0`, `1.0E+7`, `0.00010`). */
export function doubleBigDecimalText(value: number): string {
  return javaBigDecimalString(javaDoubleString(value));
}

/**
 * The text of the Java number Jackson's untyped reading makes of a number (an Integer, Long or
 * BigInteger: its digits; a Double for a float literal: Double.toString, `71.0`, `1.0E7`, `1.0E-4`).
 * `literal` as for bigDecimalText.
 */
export function javaNumberText(value: number, literal: string | undefined): string {
  if (literal !== undefined && isBigInteger(literal)) return literal;
  return isDoubleNode(value, literal) ? javaDoubleString(value) : String(value);
}

const JAVA_INT_TEXT = /^-?\d+$/;
const JAVA_LONG_MAX = 2n ** 63n - 1n;

/**
 * swagger-core's IntegerSchema.cast of a Java value's `toString()` (2.0 to 2.2: NumberFormat, then
 * Integer.parseInt or Long.parseLong of the text): digits with an optional `-`, in the long range;
 * null where it throws (`71.0`, `+5`, `x`, `true`, null), undefined for a long beyond 2^53, which a
 * JSON number cannot hold.
 */
export function integerSchemaCast(text: string | null): number | null | undefined {
  if (text === null || !JAVA_INT_TEXT.test(text)) return null;
  const n = BigInt(text);
  if (n > JAVA_LONG_MAX || n < -JAVA_LONG_MAX - 1n) return null;
  return n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER) ? undefined : Number(n);
}

/**
 * Whether Jackson reads the number as a double: a recorded float literal, or a value that is not
 * integral. Not an infinite one (`1e400`): new BigDecimal("Infinity") would throw, so it is not
 * followed further.
 */
function isDoubleNode(value: number, literal: string | undefined): boolean {
  return (literal !== undefined || !Number.isInteger(value)) && Number.isFinite(value);
}

/**
 * Java's BigDecimal.toString of `new BigDecimal(text)`, for a decimal literal as Java's
 * Double.toString or an integer's text writes it (`10.0` -> `10.0`, `1.0E7` -> `1.0E+7`,
 * `1.5E-7` -> `1.5E-7`, `1.0E-4` -> `0.00010`, `1.2345678E7` -> `12345678`): plain notation when
 * the scale is not negative and the adjusted exponent is at least -6, else one digit before the
 * point and an `E` with a sign.
 */
export function javaBigDecimalString(text: string): string {
  return bigDecimalString(text, false);
}

/**
 * Java's BigDecimal.toString of `new BigDecimal(text).stripTrailingZeros()` (zero is `0`): what
 * Jackson's JsonNodeFactory makes of a BigDecimal it puts in a tree (DecimalNode of the stripped
 * value, unless exact BigDecimals are asked for): `10` -> `1E+1`, `1.50` -> `1.5`, `120` -> `1.2E+2`.
 */
export function javaStrippedBigDecimalString(text: string): string {
  return bigDecimalString(text, true);
}

function bigDecimalString(text: string, strip: boolean): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) throw new TypeError(`not a decimal literal: ${JSON.stringify(text)}`);
  const sign = m[1] === "-" ? "-" : "";
  const fraction = m[3] ?? "";
  let scale = fraction.length - Number(m[4] ?? 0);
  const digits = ((m[2] ?? "") + fraction).replace(/^0+(?=\d)/, "");
  let unscaled = digits === "" ? "0" : digits;
  if (strip) {
    if (/^0+$/.test(unscaled)) return "0";
    const kept = unscaled.replace(/0+$/, "");
    scale -= unscaled.length - kept.length;
    unscaled = kept;
  }
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

/** Per literals map, its pointers sorted (code-unit order), for the prefix look-ups of nestedLiterals. */
const sortedPointers = new WeakMap<NumberLiterals, readonly string[]>();

/**
 * The recorded literals strictly inside the value at `pointer` (an object or array example or
 * default), keyed by their pointer relative to it (`/a/0`); undefined when there is none. A number
 * nested in such a value reaches OAG as a node of the Jackson tree swagger-parser read (a DoubleNode
 * for `71.0`: see codegen/java-format.ts javaJsonText), so its literal matters as much as a whole
 * value's does.
 */
export function nestedLiterals(literals: NumberLiterals, pointer: string, value: unknown): Readonly<Record<string, string>> | undefined {
  if (literals.size === 0 || value === null || typeof value !== "object") return undefined;
  let keys = sortedPointers.get(literals);
  if (keys === undefined) {
    keys = [...literals.keys()].sort();
    sortedPointers.set(literals, keys);
  }
  const prefix = `${pointer}/`;
  // First key >= prefix; the keys under it follow contiguously.
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  let out: Record<string, string> | undefined;
  for (let i = lo; i < keys.length && keys[i]!.startsWith(prefix); i++) {
    (out ??= {})[keys[i]!.slice(pointer.length)] = literals.get(keys[i]!)!;
  }
  return out;
}
