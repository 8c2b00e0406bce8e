// Swagger 2.0 -> OpenAPI 3.0: the shared conversion state, schema conversion and `$ref` rewriting.
// See swagger2.ts for the document-level rules.
//
// Schemas are copied only where something in them changes (a `$ref`, `type: file`,
// `x-nullable`, a string discriminator, ... anywhere below); untouched subtrees are reused by
// identity. Each inlined `$ref` target is converted once (memo), so refs inlined from many places
// cost nothing more. (A subtree shared through YAML aliases is walked once per occurrence; the
// YAML loader's alias limit bounds that.)

import { refToPointer, type DiagnosticSink } from "../model/diagnostics.js";
import { javaValueText, resolvePointer } from "./context.js";
import { bigDecimalText, doubleBigDecimalText, floatBigDecimalText, integerSchemaCast, javaBigDecimalString, javaNumberText, javaStrippedBigDecimalString, type NumberLiterals } from "./number-literals.js";
import { asArray, isObject, type RawObject } from "./raw.js";

// What the converter knows about an object it made that OAG's reading of the 2.0 document decides
// and the converted document's keys cannot say. Each is a non-enumerable symbol property set by
// `annotate`, so that no walk, copy or comparison of the document's keys sees it; the IR builder
// reads it with `annotation`.

/**
 * Marks a schema the converter builds from a query, path, header or form parameter's own keywords
 * (swagger-parser-v2-converter's convert(SerializableParameter) copies its minimum, a BigDecimal of
 * the literal's text, as it is). Every other 2.0 schema reaches OAG through Jackson's convertValue
 * into a tree, which strips the BigDecimal's trailing zeros (schema.ts oagMinimum).
 */
export const FROM_SERIALIZABLE_PARAMETER: unique symbol = Symbol("swagger2.serializableParameter");

/**
 * Marks a schema converted from `type: file` anywhere but a parameter's own keywords: swagger-models
 * reads it as a FileProperty (or a ModelImpl of type file), which the converter turns into a
 * FileSchema with Json.mapper().convertValue, so the property's `"type": "file"` replaces
 * FileSchema's `string` (its `binary` format stays). OAG then has a schema of type `file`, which
 * python-prior's toExampleValueRecursive has no branch for (IR StringSchema.swagger2FileType).
 */
export const FROM_FILE_PROPERTY: unique symbol = Symbol("swagger2.fileProperty");

/**
 * On a converted parameter or schema: for its number `example`, `default` or `enum` members, the
 * text of the Java number swagger-parser v1 and the converter hand OAG, where it differs from the
 * JSON number (a parameter's `x-example` is a Double: `71.0`; a number parameter's default a Double
 * made a BigDecimal: `71` prints `71.0`; see swagger2-operation.ts). The IR carries it as
 * Example.oagText, LiteralValue.oagText and SchemaCommon.oagEnum.
 */
export const NUMBER_TEXTS: unique symbol = Symbol("swagger2.numberTexts");

/**
 * Marks a property swagger-parser v1 reads as a ComposedProperty (see isComposedProperty): OAG holds
 * it as `{type: object, allOf, description, title, example, nullable, x-*}`.
 */
export const COMPOSED_PROPERTY: unique symbol = Symbol("swagger2.composedProperty");

export interface Annotations {
  readonly [COMPOSED_PROPERTY]?: true;
  readonly [FROM_SERIALIZABLE_PARAMETER]?: true;
  readonly [FROM_FILE_PROPERTY]?: true;
  readonly [NUMBER_TEXTS]?: {
    readonly example?: string;
    /** null: no default to OAG (an integer ModelImpl's default that is no Integer's text). */
    readonly default?: string | null;
    /** By member index, null where the member prints as its JSON form. */
    readonly enum?: readonly (string | null)[];
  };
}

/** Sets one annotation on an object the converter made (replacing an earlier one of that key). */
export function annotate<K extends keyof Annotations>(target: RawObject, key: K, value: NonNullable<Annotations[K]>): void {
  Object.defineProperty(target, key, { value, enumerable: false, configurable: true });
}

/** The converter's annotation of that key on an object of the converted document, if any. */
export function annotation<K extends keyof Annotations>(target: object, key: K): Annotations[K] {
  return (target as Annotations)[key];
}

/** Vendor extensions the converter consumes (or drops) instead of passing them on, as swagger-parser does. */
export const STRIPPED_EXTENSIONS: ReadonlySet<string> = new Set(["x-example", "x-examples", "x-nullable"]);

export interface Swagger2State {
  /** The 2.0 document as loaded (never modified). */
  readonly root: RawObject;
  readonly sink: DiagnosticSink;
  /** Inlined `$ref` target -> its converted form. */
  readonly schemas: Map<object, unknown>;
  /** The schemas being converted. */
  readonly stack: SchemaStack;
  /** The 2.0 document's recorded number literals, by its own pointers (parse/number-literals.ts). */
  readonly numberLiterals: NumberLiterals;
}

export function newState(root: RawObject, sink: DiagnosticSink, numberLiterals: NumberLiterals = new Map()): Swagger2State {
  return { root, sink, schemas: new Map(), stack: new SchemaStack(), numberLiterals };
}

/**
 * Appends one reference token to a JSON pointer (RFC 6901), like childPointer but without
 * running two regexes for the usual token that has neither `~` nor `/`: the conversion builds
 * a pointer for every node it creates.
 */
export function ptr(base: string, token: string | number): string {
  if (typeof token === "number" || (token.indexOf("~") < 0 && token.indexOf("/") < 0)) return `${base}/${token}`;
  return `${base}/${token.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/** `#/definitions/X...` -> `#/components/schemas/X...` (and parameters, responses); anything else unchanged. */
export function rewriteRef(ref: string): string {
  if (ref.startsWith("#/definitions/")) return `#/components/schemas/${ref.slice("#/definitions/".length)}`;
  if (ref.startsWith("#/parameters/")) return `#/components/parameters/${ref.slice("#/parameters/".length)}`;
  if (ref.startsWith("#/responses/")) return `#/components/responses/${ref.slice("#/responses/".length)}`;
  return ref;
}

/** A JSON pointer as a local `$ref` (percent-encoding what a URI fragment cannot hold). */
export function pointerToRef(pointer: string): string {
  return (
    "#" +
    pointer
      .split("/")
      .map((t) => encodeURIComponent(t).replace(/%7E/gi, "~"))
      .join("/")
  );
}

const SCHEMA_LIST_KEYS = new Set(["allOf", "oneOf", "anyOf"]);
const SCHEMA_KEYS = new Set(["items", "additionalProperties", "not"]);

/**
 * Converts a 2.0 schema (Schema Object, Items Object or header) to a 3.0 schema.
 *
 * - `$ref: #/definitions/X...` becomes `#/components/schemas/X...`; a local `$ref` anywhere else
 *   (bundled specs point into paths and parameters) is replaced by the converted target, or,
 *   when the target is being converted right now (a recursive structure), by a `$ref` to where
 *   that target is written in the output.
 * - `type: file` becomes `{type: string, format: binary}`.
 * - `x-nullable` becomes `nullable`; `x-example`/`x-examples` are dropped (swagger-parser does),
 *   and so is `collectionFormat` (Items and Header objects; it has no meaning in a schema).
 * - a string `discriminator` becomes `{propertyName}`.
 *
 * Cost: one visit per schema node and no per-node allocation unless the node changes. Pointers
 * are kept as a stack of tokens and only joined when needed (a cycle, a diagnostic). Inlined
 * `$ref` targets are converted once; nothing else is memoized (a Map entry per node would cost
 * more than the walk).
 *
 * @param at 2.0 pointer of the schema (diagnostics)
 * @param out pointer the result is written to in the output document
 */
export function convertSchema(state: Swagger2State, node: unknown, at: string, out: string): unknown {
  if (!isObject(node)) return node;
  const stack = state.stack;
  const cycle = stack.indexOfNode(node);
  if (cycle >= 0) return { $ref: pointerToRef(stack.outPointer(cycle)) };
  stack.push(node, out, at, "", undefined);
  try {
    return walk(state, node);
  } finally {
    stack.pop();
  }
}

/** The schemas being converted, innermost last, with the pointer tokens that lead to each. */
export class SchemaStack {
  private readonly nodes: object[] = [];
  /** Absolute output / 2.0 pointer of an entry frame; undefined for a child frame. */
  private readonly outBase: (string | undefined)[] = [];
  private readonly atBase: (string | undefined)[] = [];
  /** A child frame's tokens below its parent ("" key: same output place, e.g. an inlined ref). */
  private readonly keys: string[] = [];
  private readonly subKeys: (string | number | undefined)[] = [];
  private depth = 0;

  push(node: object, outBase: string | undefined, atBase: string | undefined, key: string, subKey: string | number | undefined): void {
    const d = this.depth++;
    this.nodes[d] = node;
    this.outBase[d] = outBase;
    this.atBase[d] = atBase;
    this.keys[d] = key;
    this.subKeys[d] = subKey;
  }

  pop(): void {
    this.depth--;
    this.nodes[this.depth] = undefined as unknown as object;
  }

  indexOfNode(node: object): number {
    for (let i = this.depth - 1; i >= 0; i--) if (this.nodes[i] === node) return i;
    return -1;
  }

  outPointer(frame = this.depth - 1): string {
    return this.pointer(frame, this.outBase);
  }

  atPointer(frame = this.depth - 1): string {
    return this.pointer(frame, this.atBase);
  }

  private pointer(frame: number, bases: (string | undefined)[]): string {
    let i = frame;
    while (i > 0 && bases[i] === undefined) i--;
    let pointer = bases[i] ?? "";
    for (let j = i + 1; j <= frame; j++) {
      if (this.keys[j] === "") continue;
      pointer = ptr(pointer, this.keys[j]!);
      if (this.subKeys[j] !== undefined) pointer = ptr(pointer, this.subKeys[j]!);
    }
    return pointer;
  }
}

function walk(state: Swagger2State, node: RawObject): unknown {
  const ref = node.$ref;
  if (typeof ref === "string" && ref.startsWith("#") && !ref.startsWith("#/definitions/")) {
    const inlined = inlineRef(state, ref);
    if (inlined !== undefined) return inlined;
  }
  let copy: RawObject | undefined;
  for (const key in node) {
    const value = node[key];
    let next: unknown = value;
    let extra: string | undefined;
    let extraValue: unknown;
    if (key === "$ref") {
      if (typeof value === "string") next = rewriteRef(value);
    } else if (key === "properties") {
      if (isObject(value)) next = walkMap(state, value, key);
    } else if (key === "additionalProperties" && value === false) {
      // swagger-parser's v1 model holds additionalProperties as a Property: a boolean `false` is no
      // Property and is lost, so OAG reads the schema as if it said nothing (OAG's python-prior
      // samples from the 2.0 petstore: Animal's `additionalProperties: false` still lists
      // `any string name` unless disallowAdditionalPropertiesIfNotPresent is set).
      next = undefined;
    } else if (SCHEMA_KEYS.has(key)) {
      if (isObject(value)) next = walkChild(state, value, key, undefined);
      else if (key === "items" && Array.isArray(value)) next = walkList(state, value, key);
    } else if (SCHEMA_LIST_KEYS.has(key)) {
      if (Array.isArray(value)) next = walkList(state, value, key);
    } else if (key === "type") {
      if (value === "file") [next, extra, extraValue] = ["string", "format", "binary"];
    } else if (key === "format") {
      if (node.type === "file") next = "binary";
    } else if (key === "discriminator") {
      if (typeof value === "string") next = { propertyName: value };
    } else if (key === "x-nullable") {
      next = undefined;
      if (typeof value === "boolean") [extra, extraValue] = ["nullable", value];
      else state.sink.warning(ptr(state.stack.atPointer(), key), "x-nullable must be true or false; ignored");
    } else if (key === "x-example" || key === "x-examples" || key === "collectionFormat") {
      next = undefined;
    } else if (key === "example" && node.type === "integer") {
      next = integerExample(state, value);
    }
    if (!copy && next === value && extra === undefined) continue;
    if (!copy) {
      copy = {};
      for (const k in node) {
        if (k === key) break;
        copy[k] = node[k];
      }
    }
    if (next !== undefined) copy[key] = next;
    if (extra !== undefined) copy[extra] = extraValue;
  }
  if (copy && node.type === "file") annotate(copy, FROM_FILE_PROPERTY, true);
  return copy ?? node;
}

function walkChild(state: Swagger2State, node: RawObject, key: string, subKey: string | number | undefined): unknown {
  const stack = state.stack;
  const cycle = stack.indexOfNode(node);
  if (cycle >= 0) {
    // The object contains itself (a recursive YAML alias): refer to where it is being written.
    return { $ref: pointerToRef(stack.outPointer(cycle)) };
  }
  stack.push(node, undefined, undefined, key, subKey);
  try {
    const result = walk(state, node);
    return PROPERTY_KEYS.has(key) ? asV1Property(state, result) : result;
  } finally {
    stack.pop();
  }
}

/**
 * A 2.0 integer schema's example as OAG holds it. The converter makes an IntegerSchema of the v1
 * Property or Model (SwaggerConverter.convert: `Json.mapper().convertValue(v2, Schema.class)`, then
 * `result.setExample(v2.getExample())` for a property), whose setExample casts the v1 example's
 * toString (integerSchemaCast): an example written `71.0` (a Double) or `abc` is none (undefined),
 * `"71"` is 71. Examples are docs only; the client is not concerned.
 */
function integerExample(state: Swagger2State, value: unknown): unknown {
  if (value === null) return value;
  // A 2.0 document has no YAML 1.1 readings (they are followed for 3.x only).
  const readings = { numberLiterals: state.numberLiterals, yaml11Booleans: NO_READINGS, yaml11Numbers: NO_READINGS };
  const cast = integerSchemaCast(javaValueText(readings, value, ptr(state.stack.atPointer(), "example")));
  return cast === undefined ? value : cast === null ? undefined : cast;
}

const NO_READINGS = new Map<string, never>();

/** Where a 2.0 schema is one of swagger-parser's v1 Property objects rather than a Model. */
const PROPERTY_KEYS: ReadonlySet<string> = new Set(["properties", "items", "additionalProperties"]);

/**
 * A 2.0 property as swagger-parser's v1 Property class holds it (swagger-models 1.6.x
 * PropertyBuilder, chosen by type and format), as far as the converter then carries it:
 * - DateProperty, DateTimeProperty and ArrayProperty hold no default, and ArrayProperty no enum, so
 *   the converter has none to carry over and OAG never sees them (OAG's own 2.0 test spec says so
 *   beside TypeHolderDefault's `date_item`, `datetime_item` and `array_item`; its python-prior samples
 *   print no default for them and list TypeHolderExample's one-value array enum as no default, 5.x
 *   to 6.6). Neither do DecimalProperty (`type: number` without format `double`/`float`) and
 *   BaseIntegerProperty (`type: integer` without `int32`/`int64`): OAG's go and csharp samples of
 *   the 2.0 fake petstore print no default for TypeHolderDefault's `number_item` and `integer_item`,
 *   which its python-prior 2.0 spec gives formats to.
 * - A number's example and default reach the converter's NumberSchema (convertValue, then
 *   setExample of the property's example), which casts them to `new BigDecimal(toString())`:
 *   DecimalProperty reads its example with Double.parseDouble (`71` prints `71.0`), DoubleProperty
 *   keeps the example's text (`71`, `71.0`, `0.00010`) and reads its default with Double.parseDouble
 *   (`71.0`), FloatProperty reads both with Float.parseFloat (`71` prints `71.0`, `0.1` `0.1`,
 *   `1.23456789` `1.2345679`; a float too large is Infinity, which the cast makes no example).
 *   Annotated as NUMBER_TEXTS. The float default goes through Jackson (convertValue): from
 *   jackson-databind 2.17 (OAG 7.5.0+) UntypedObjectDeserializer._deserializeFP keeps a FLOAT32 a
 *   Float, which is what is printed here; an older Jackson may widen it to a Double
 *   (`0.10000000149011612`), not followed.
 */
function asV1Property(state: Swagger2State, schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === "string") return refProperty(schema);
  if (isComposedProperty(schema)) return composedProperty(schema);
  const dated = schema.type === "string" && (schema.format === "date" || schema.format === "date-time");
  const array = schema.type === "array";
  const defaultless =
    (schema.type === "number" && schema.format !== "double" && schema.format !== "float") ||
    (schema.type === "integer" && schema.format !== "int32" && schema.format !== "int64");
  const drop = (k: string) => (k === "default" && (dated || array || defaultless)) || (k === "enum" && array);
  let out = schema;
  if (Object.keys(schema).some(drop)) {
    out = {};
    for (const k in schema) if (!drop(k)) out[k] = schema[k];
  }
  if (schema.type !== "number") return out;
  if (schema.format === "float") return floatProperty(out, schema);
  const texts: { example?: string; default?: string } = {};
  if (typeof out.example === "number") {
    const literal = state.numberLiterals.get(ptr(state.stack.atPointer(), "example"));
    const text = schema.format === "double" ? bigDecimalText(out.example, literal) : doubleBigDecimalText(out.example);
    if (text !== String(out.example)) texts.example = text;
  }
  if (typeof out.default === "number") {
    const text = doubleBigDecimalText(out.default);
    if (text !== String(out.default)) texts.default = text;
  }
  if (texts.example === undefined && texts.default === undefined) return out;
  // The 2.0 document's own objects stay as loaded: annotate a copy.
  if (out === schema) out = { ...schema };
  annotate(out, NUMBER_TEXTS, texts);
  return out;
}

/**
 * A 2.0 property with a `$ref` is a v1 RefProperty (swagger-core PropertyDeserializer reads `$ref`
 * before anything else; v1.6.9 keeps description, title, readOnly and xml on it), which
 * swagger-parser-v2-converter's SwaggerConverter.convert(Property) turns into `new Schema()` with the
 * `$ref` alone, then sets nullable from `x-nullable` and the vendor extensions (unchanged from
 * f0785b45, 2017, to 2.0.31 and 2.1.x): the description, title, readOnly, example and any other
 * keyword beside the `$ref` never reach OAG. Seen in upi-python-prior (OAG 6.1.0, protoc-gen-openapiv2
 * output): `predictionTable: {$ref, description}` prints no description. `nullable` is x-nullable's,
 * converted by walk.
 */
function refProperty(schema: RawObject): RawObject {
  const converted = (key: string) => key === "$ref" || key === "nullable" || key.startsWith("x-");
  const keys = Object.keys(schema);
  return keys.every(converted) ? schema : Object.fromEntries(keys.filter(converted).map((k) => [k, schema[k]]));
}

/**
 * swagger-core 1.5.18+ PropertyDeserializer (4ea78022d, #2621; v1.6.9 alike): a property with
 * `allOf`, no `$ref`, no `properties` and no `additionalProperties` is a ComposedProperty, whose
 * type is "object" (ComposedProperty.TYPE) and which keeps only description, title, example, the
 * vendor extensions and the allOf members. The converter's Json.mapper().convertValue makes a
 * ComposedSchema of `type: object` of it: an `enum`, `readOnly` or `default` written beside the allOf
 * is gone. Marked (COMPOSED_PROPERTY) for the docs (IR ComposedSchema.swagger2ComposedProperty); the
 * clients keep the schema as written (OAG's python-prior client of such a property accepts dicts only).
 */
function isComposedProperty(schema: RawObject): boolean {
  return schema.$ref === undefined && Array.isArray(schema.allOf) && schema.properties === undefined && schema.additionalProperties === undefined;
}

function composedProperty(schema: RawObject): RawObject {
  // The 2.0 document's own objects stay as loaded: annotate a copy.
  const out = { ...schema };
  annotate(out, COMPOSED_PROPERTY, true);
  return out;
}

/** A `format: float` property (FloatProperty): example and default as Float.parseFloat reads them (see asV1Property). */
function floatProperty(out: RawObject, schema: RawObject): RawObject {
  const texts: { example?: string; default?: string } = {};
  let dropExample = false;
  if (typeof out.example === "number") {
    const text = floatBigDecimalText(out.example);
    if (text === undefined) dropExample = true;
    else if (text !== String(out.example)) texts.example = text;
  }
  if (typeof out.default === "number") {
    const text = floatBigDecimalText(out.default);
    if (text !== undefined && text !== String(out.default)) texts.default = text;
  }
  if (texts.example === undefined && texts.default === undefined && !dropExample) return out;
  // The 2.0 document's own objects stay as loaded: annotate a copy.
  if (out === schema) out = { ...schema };
  if (dropExample) delete out.example;
  if (texts.example !== undefined || texts.default !== undefined) annotate(out, NUMBER_TEXTS, texts);
  return out;
}

/**
 * A definition's own default and example as OAG holds them, where swagger-models makes a ModelImpl of
 * it (not a `$ref`, an allOf or an array): ModelImpl keeps the default as text (Jackson's text of the
 * number node: `71`, `71.0`, `1.0E7`) and its getDefaultValue, which the converter's
 * Json.mapper().convertValue serializes, makes `new Integer(text)` of an integer's (`71.0` or a
 * number past Java's int range is no default: none to OAG's docs, the clients keep it) and `new
 * BigDecimal(text)` of a number's, which the tree of convertValue holds stripped of trailing zeros
 * (JsonNodeFactory.numberNode, as for `minimum`: `10` prints `1E+1`, `71.0` `71`). The example is
 * Jackson's untyped Integer or Double, which NumberSchema casts to the BigDecimal of its toString
 * (`72.0` stays `72.0`, `1e7` prints `1.0E+7`); an integer's is integerExample's.
 */
export function asV1Model(state: Swagger2State, schema: unknown, at: string): unknown {
  if (!isObject(schema) || schema.$ref !== undefined || schema.allOf !== undefined) return schema;
  if (schema.type !== "number" && schema.type !== "integer") return schema;
  const texts: { example?: string; default?: string | null } = {};
  if (typeof schema.default === "number") {
    const text = javaNumberText(schema.default, state.numberLiterals.get(ptr(at, "default")));
    if (schema.type === "integer") {
      if (!/^-?\d+$/.test(text) || Number(text) < -(2 ** 31) || Number(text) >= 2 ** 31) texts.default = null;
    } else {
      const stripped = javaStrippedBigDecimalString(text);
      if (stripped !== String(schema.default)) texts.default = stripped;
    }
  }
  if (schema.type === "number" && typeof schema.example === "number") {
    const text = javaBigDecimalString(javaNumberText(schema.example, state.numberLiterals.get(ptr(at, "example"))));
    if (text !== String(schema.example)) texts.example = text;
  }
  if (texts.default === undefined && texts.example === undefined) return schema;
  const out = { ...schema };
  annotate(out, NUMBER_TEXTS, { ...annotation(schema, NUMBER_TEXTS), ...texts });
  return out;
}

/** The `type`s swagger-parser's 2.0 reader (PropertyBuilder) makes a property of. */
export const SWAGGER2_PROPERTY_TYPES: ReadonlySet<string> = new Set(["string", "number", "integer", "boolean", "array", "object", "file"]);

function walkMap(state: Swagger2State, map: RawObject, key: string): RawObject {
  let copy: RawObject | undefined;
  for (const name in map) {
    const value = map[name];
    let next = isObject(value) ? walkChild(state, value, key, name) : value;
    // swagger-parser's PropertyDeserializer gets no property from an unknown `type` (`int`) and leaves
    // it out of the model ("no property from int, int64"), so OAG never sees it.
    if (key === "properties" && isObject(value) && typeof value.type === "string" && !SWAGGER2_PROPERTY_TYPES.has(value.type)) {
      state.sink.warning(ptr(ptr(state.stack.atPointer(), key), name), `type "${value.type}" is not a Swagger 2.0 type; the property is left out, as swagger-parser does`);
      next = undefined;
    }
    if (!copy && next === value) continue;
    if (!copy) {
      copy = {};
      for (const k in map) {
        if (k === name) break;
        copy[k] = map[k];
      }
    }
    if (next !== undefined) copy[name] = next;
  }
  return copy ?? map;
}

function walkList(state: Swagger2State, list: unknown[], key: string): unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const value = list[i];
    const next = isObject(value) ? walkChild(state, value, key, i) : value;
    if (!copy && next !== value) copy = list.slice(0, i);
    if (copy) copy.push(next);
  }
  return copy ?? list;
}

/**
 * A schema `$ref` to a place other than `#/definitions`: the converted target (written where
 * the ref was), or a `$ref` to the output place of a target being converted. undefined when
 * the ref cannot be followed here (left for the IR builder to report).
 */
function inlineRef(state: Swagger2State, ref: string): unknown {
  const seen = new Set<string>();
  let pointer = refToPointer(ref);
  let target: unknown;
  // Follow chains of local refs that do not lead into #/definitions.
  for (;;) {
    if (pointer === undefined || seen.has(pointer)) return undefined;
    seen.add(pointer);
    target = resolvePointer(state.root, pointer);
    if (!isObject(target)) return undefined;
    const next = target.$ref;
    if (typeof next !== "string" || !next.startsWith("#") || next.startsWith("#/definitions/")) break;
    pointer = refToPointer(next);
  }
  const stack = state.stack;
  const done = state.schemas.get(target);
  if (done !== undefined) return done;
  const cycle = stack.indexOfNode(target);
  if (cycle >= 0) return { $ref: pointerToRef(stack.outPointer(cycle)) };
  stack.push(target, undefined, pointer, "", undefined);
  try {
    const result = walk(state, target);
    state.schemas.set(target, result);
    return result;
  } finally {
    stack.pop();
  }
}

/** A copy of an object's `x-*` keys without the ones the converter consumes; undefined when none. */
export function extensionsOut(node: RawObject): RawObject | undefined {
  let out: RawObject | undefined;
  for (const key of Object.keys(node)) {
    if (key.startsWith("x-") && !STRIPPED_EXTENSIONS.has(key)) (out ??= {})[key] = node[key];
  }
  return out;
}

/** Media types from a `consumes`/`produces` list (strings only). */
export function mediaTypeList(value: unknown): string[] | undefined {
  const list = asArray(value);
  return list?.filter((v): v is string => typeof v === "string");
}

/**
 * Parameter enum values and defaults are strings in swagger-parser's 2.0 model, read back by the
 * parameter's type: `enum: [1, 2]` on a string parameter gives "1" and "2".
 */
export function coerceToType(value: unknown, type: unknown): { ok: boolean; value: unknown } {
  if (value === null || typeof value === "object") return { ok: true, value };
  const text = String(value);
  switch (type) {
    case "integer": {
      if (!/^[+-]?\d+$/.test(text.trim())) return { ok: false, value };
      return { ok: true, value: Number(text) };
    }
    case "number": {
      const n = Number(text);
      return text.trim() === "" || !Number.isFinite(n) ? { ok: false, value } : { ok: true, value: n };
    }
    case "boolean":
      return { ok: true, value: text.toLowerCase() === "true" };
    default:
      return { ok: true, value: text };
  }
}
