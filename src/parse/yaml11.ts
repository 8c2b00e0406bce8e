// OpenAPI 3 documents are YAML 1.2, where a plain `off` is the string "off", and that is how
// oaswright reads them (the clients send and accept "off"). OpenAPI Generator's parser does not:
// from swagger-parser 2.0.31 (OAG 6.0.0) on, DeserializationUtils.readYamlTree loads YAML with
// SnakeYAML and its CustomResolver, which keeps YAML 1.1's implicit BOOL resolver; before that
// (OAG 5.x, swagger-parser 2.0.24 to 2.0.29, and earlier releases) Jackson's YAMLParser.
// _decodeScalar asked SnakeYAML's stock Resolver for the tag and took Tag.BOOL scalars through
// _matchYAMLBoolean, which maps every word the BOOL pattern admits. So in every release a plain
// `yes`/`no`/`on`/`off` (in the case forms below; not `y`/`n`, which the pattern does not admit,
// nor `oFF`) reaches OAG as a Boolean, and its docs print `false` where the spec says `off`
// (atlas-typescript 6.4.0: `caseFirst: {type: string, default: off}`, StringSchema.cast -> "false").
//
// The other YAML 1.1 forms of these resolvers read as YAML 1.2 does, or are numbers: `~`, `null`
// and the empty scalar are null in both; SnakeYAML's INT/FLOAT patterns also take `0755` (octal),
// `1_000`, `0b101`, sexagesimal `1:30` and `.inf`, which YAML 1.2 reads as other numbers or strings.
// From 6.0.0 (swagger-parser's CustomResolver registers INT and FLOAT) they are recorded too
// (yaml11Number), in the forms every SnakeYAML version since reads alike. Before 6.0.0 Jackson's
// YAMLParser._decodeNumberScalar decoded them, differently by Jackson version: not recorded.
//
// This records, per JSON pointer, the Boolean (or number) OAG read for each such scalar, for the
// doc views only (LiteralValue.yaml11); the IR values stay YAML 1.2.

import { yamlLib } from "./yaml-lib.js";

/** pointer -> the Boolean SnakeYAML's YAML 1.1 resolver reads a plain scalar as. */
export type Yaml11Booleans = ReadonlyMap<string, boolean>;

/** SnakeYAML's Resolver.BOOL less the forms YAML 1.2's core schema reads as booleans too. */
const YAML11_ONLY_BOOL = /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** The Boolean a plain scalar's text reads as in YAML 1.1 only, or undefined. */
export function yaml11Boolean(text: string): boolean | undefined {
  if (!YAML11_ONLY_BOOL.test(text)) return undefined;
  const lower = text.toLowerCase();
  return lower === "yes" || lower === "on";
}

/**
 * Whether the text may hold such a scalar (one of the words standing alone as a value, an item or
 * a key): a spec without one is not walked.
 */
export function mayHoldYaml11Booleans(text: string): boolean {
  return /(?:^|[\s[{,:])(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)[ \t]*(?:$|[\r\n,\]}#:])/m.test(text);
}

/**
 * A number OAG reads where YAML 1.2 reads another value (from 6.0.0): SnakeYAML's SafeConstructor
 * builds an Integer/Long/BigInteger (`int`) or a Double (`double`), which swagger-parser's
 * DeserializationUtils.readYamlTree writes to JSON text with a default Jackson ObjectMapper and reads
 * back: a non-finite Double is written as the string "Infinity", "-Infinity" or "NaN"
 * (JsonWriteFeature.WRITE_NAN_AS_STRINGS) and so reaches OAG as text (`text`).
 */
export type Yaml11Number = { readonly kind: "int" | "double"; readonly value: number } | { readonly kind: "text"; readonly value: string };

/** pointer -> the number (or non-finite text) OAG reads a plain scalar as, where YAML 1.2 differs. */
export type Yaml11Numbers = ReadonlyMap<string, Yaml11Number>;

// SnakeYAML's Resolver.INT and Resolver.FLOAT, as CustomResolver registers them (INT first), in the
// forms every SnakeYAML version OAG 6.0+ ships reads alike (1.2x: `0[0-7_]+`, `[0-9_]+(\.[0-9_]*)?`;
// 1.33/2.x: `0_*[0-7][0-7_]*`, a FLOAT needs a dot or an exponent): a digit right after a prefix,
// floats with a dot. So `09` (a float to some versions, a string to others) is not read here.
const INT_BINARY = /^[-+]?0b[01][01_]*$/;
const INT_OCTAL = /^[-+]?0[0-7][0-7_]*$/;
const INT_DECIMAL = /^[-+]?(?:0|[1-9][0-9_]*)$/;
const INT_HEX = /^[-+]?0x[0-9a-fA-F][0-9a-fA-F_]*$/;
const INT_SEXAGESIMAL = /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/;
const FLOAT_DOTTED = /^[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?$/;
const FLOAT_SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/;
const FLOAT_INF = /^[-+]?\.(?:inf|Inf|INF)$/;
const FLOAT_NAN = /^\.(?:nan|NaN|NAN)$/;
// YAML 1.2's core schema (what oaswright reads): these forms agree with SnakeYAML's reading.
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_HEX = /^0x[0-9a-fA-F]+$/;

/**
 * The number SnakeYAML's YAML 1.1 resolver and SafeConstructor (ConstructYamlInt, ConstructYamlFloat:
 * `_` dropped, a sign, then `0b` binary, `0x` hex, a leading `0` octal, `:` base 60) give a plain
 * scalar, where YAML 1.2 reads it otherwise: `0755` is 493 (755 to YAML 1.2), `1_000` 1000 and
 * `1:30` 90 (strings to YAML 1.2), `1_000.5` 1000.5, `.inf` the text "Infinity" (a number to YAML
 * 1.2). Undefined where the two agree (`42`, `0x1F`, `1.5`) and for any other text.
 */
export function yaml11Number(text: string): Yaml11Number | undefined {
  // Only a digit, a sign or a dot can start one: most scalars are words and stop here.
  const first = text.charCodeAt(0);
  if (!((first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46)) return undefined;
  if (INT_BINARY.test(text) || INT_OCTAL.test(text) || INT_DECIMAL.test(text) || INT_HEX.test(text) || INT_SEXAGESIMAL.test(text)) {
    if (CORE_INT.test(text) && !INT_OCTAL.test(text)) return undefined;
    if (CORE_HEX.test(text)) return undefined;
    const value = snakeInt(text);
    if (!Number.isSafeInteger(value)) return undefined;
    if (CORE_INT.test(text) && value === Number(text)) return undefined;
    return { kind: "int", value };
  }
  if (FLOAT_INF.test(text)) return { kind: "text", value: text.startsWith("-") ? "-Infinity" : "Infinity" };
  if (FLOAT_NAN.test(text)) return { kind: "text", value: "NaN" };
  if ((FLOAT_DOTTED.test(text) && text.includes("_")) || FLOAT_SEXAGESIMAL.test(text)) return { kind: "double", value: snakeFloat(text) };
  return undefined;
}

/** SafeConstructor.ConstructYamlInt (the value; it is an Integer, a Long or a BigInteger). */
function snakeInt(text: string): number {
  let value = text.replace(/_/g, "");
  let sign = 1n;
  if (value.startsWith("-")) {
    sign = -1n;
    value = value.slice(1);
  } else if (value.startsWith("+")) value = value.slice(1);
  let n: bigint;
  if (value === "0") n = 0n;
  else if (value.startsWith("0b")) n = BigInt(`0b${value.slice(2)}`);
  else if (value.startsWith("0x")) n = BigInt(`0x${value.slice(2)}`);
  else if (value.startsWith("0")) n = BigInt(`0o${value.slice(1)}`);
  else if (value.includes(":")) {
    n = 0n;
    let base = 1n;
    for (const digit of value.split(":").reverse()) {
      n += BigInt(digit) * base;
      base *= 60n;
    }
  } else n = BigInt(value);
  return Number(sign * n);
}

/** SafeConstructor.ConstructYamlFloat for the finite forms: `_` dropped, base 60 summed as doubles. */
function snakeFloat(text: string): number {
  let value = text.replace(/_/g, "");
  let sign = 1;
  if (value.startsWith("-")) {
    sign = -1;
    value = value.slice(1);
  } else if (value.startsWith("+")) value = value.slice(1);
  if (!value.includes(":")) return Number(value) * sign;
  let sum = 0;
  let base = 1;
  for (const digit of value.split(":").reverse()) {
    sum += Number(digit) * base;
    base *= 60;
  }
  return sign * sum;
}

/**
 * Whether the text may hold such a number: a scalar standing alone as a value or an item (after
 * `: `, `- `, `[` or `,`, up to the line's end, `,`, `]`, `}` or a comment) that starts `0b<digit>`
 * or `0<digit>`, has a `_` or a `<digit>:<digit>` in its digits, or is `.inf`/`.nan`. Keys
 * (`200:`) and prose do not count, so most specs are not walked.
 */
export function mayHoldYaml11Numbers(text: string): boolean {
  return /(?:[:-][ \t]+|[[{,][ \t]*)[-+]?(?:0b[01][01_]*|0x[0-9a-fA-F_]*_[0-9a-fA-F_]*|0[0-7][0-7_]*|[0-9][0-9_]*_[0-9_.]*|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|\.(?:inf|Inf|INF|nan|NaN|NAN))[ \t]*(?:$|[\r\n,\]}#])/m.test(text);
}

/**
 * Mapping keys OAG reads as Booleans (from 6.0.0), by the pointer of their member (`/properties/on`
 * -> true). swagger-parser 2.0.31's DeserializationUtils.readYamlTree loads the document with
 * SnakeYAML, whose resolver tags a plain key as it tags a value (Resolver.BOOL: `on`, `Yes`, `OFF`),
 * so SafeConstructor builds a LinkedHashMap with a Boolean key; Jackson writes that map's keys
 * with their toString, and the member reaches OAG as `"true"` or `"false"`. Two keys that become one
 * name are one entry to OAG: LinkedHashMap.put keeps the first key's place and takes the later
 * value. Before 6.0.0 Jackson's YAMLParser read a document alone and hands a key on as its text.
 */
export type Yaml11Keys = ReadonlyMap<string, boolean>;

/**
 * The plain scalars of a parsed YAML document that YAML 1.1 reads as booleans (yaml11Boolean) and as
 * other numbers (yaml11Number), by pointer, in one walk; `read` says which of the two are wanted,
 * and whether plain keys read as booleans are wanted too (Yaml11Keys). An alias takes its anchor's
 * scalar, as SnakeYAML hands the anchored value itself.
 */
export function yaml11Scalars(
  contents: unknown,
  doc?: import("yaml").Document,
  read: { readonly booleans: boolean; readonly numbers: boolean; readonly keys?: boolean } = { booleans: true, numbers: true },
): { booleans: Yaml11Booleans; numbers: Yaml11Numbers; keys: Yaml11Keys } {
  const booleans = new Map<string, boolean>();
  const numbers = new Map<string, Yaml11Number>();
  const keys = new Map<string, boolean>();
  const readText = (text: string): boolean | Yaml11Number | undefined => (read.booleans ? yaml11Boolean(text) : undefined) ?? (read.numbers ? yaml11Number(text) : undefined);
  const readKey = read.keys === true ? (text: string, pointer: () => string) => {
    const b = yaml11Boolean(text);
    if (b !== undefined) keys.set(pointer(), b);
  } : undefined;
  for (const [pointer, v] of plainScalars(contents, doc, readText, readKey)) {
    if (typeof v === "boolean") booleans.set(pointer, v);
    else numbers.set(pointer, v);
  }
  return { booleans, numbers, keys };
}

/**
 * What `read` makes of each plain, untagged string scalar, by pointer, where it gives something;
 * `readKey` sees each plain, untagged key's text (and can ask for its member's pointer). An alias takes its
 * anchor's scalar, as SnakeYAML hands the anchored value itself. The path is kept as a stack of
 * tokens; a pointer string is built only for a hit.
 */
function plainScalars<T>(
  contents: unknown,
  doc: import("yaml").Document | undefined,
  read: (text: string) => T | undefined,
  readKey?: (text: string, pointer: () => string) => void,
): Map<string, T> {
  const out = new Map<string, T>();
  const { isMap, isScalar, isSeq, isAlias, Scalar } = yamlLib();
  const path: string[] = [];
  const seen = new Set<unknown>();
  const pointerOf = (): string => path.map((t) => `/${t.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
  const visit = (node: unknown): void => {
    if (seen.has(node)) return;
    if (isAlias(node) && doc !== undefined) {
      const target = node.resolve(doc);
      if (isScalar(target)) visit(target);
      return;
    }
    if (isMap(node)) {
      seen.add(node);
      for (const pair of node.items) {
        path.push(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
        if (readKey !== undefined && isScalar(pair.key) && pair.key.type === Scalar.PLAIN && pair.key.tag === undefined && typeof pair.key.value === "string") {
          readKey(pair.key.value, pointerOf);
        }
        visit(pair.value);
        path.pop();
      }
    } else if (isSeq(node)) {
      seen.add(node);
      node.items.forEach((item, i) => {
        path.push(String(i));
        visit(item);
        path.pop();
      });
    } else if (isScalar(node) && node.type === Scalar.PLAIN && node.tag === undefined) {
      const text = typeof node.source === "string" ? node.source : typeof node.value === "string" ? node.value : undefined;
      const value = text === undefined ? undefined : read(text);
      if (value !== undefined) out.set(pointerOf(), value);
    }
  };
  visit(contents);
  return out;
}
