// What every IR builder function needs, passed explicitly (no module state).

import type { OperationTagRules } from "./operation-tag-rules.js";
import { childPointer, refToPointer, type DiagnosticSink } from "../model/diagnostics.js";
import type { InlinePlan } from "./inline.js";
import { isObject, storedKey, type RawObject } from "./raw.js";
import { javaDoubleString, javaNumberText } from "./number-literals.js";
import type { Yaml11Number } from "./yaml11.js";
import type { NullTypeRules } from "./null-type.js";

/** Where the loader recorded how OAG's parser reads a scalar differently from the text's JSON/YAML 1.2 value. */
export type ScalarReadings = Pick<BuildContext, "numberLiterals" | "yaml11Booleans" | "yaml11Numbers">;

/**
 * A field OAG's parser reads as text: OpenAPIDeserializer.getString takes any scalar node's asText,
 * so `version: 1.0` is "1.0", `name: 1` is "1" and `name: true` "true" (a YAML 1.1 `yes` "true",
 * `0755` "493"). Undefined for a list, a mapping or null.
 */
export function fieldText(readings: ScalarReadings, value: unknown, pointer: string): string | undefined {
  if (typeof value === "string" || typeof value === "boolean" || typeof value === "number") {
    const b = readings.yaml11Booleans.get(pointer);
    if (b !== undefined) return String(b);
    const n = readings.yaml11Numbers.get(pointer);
    if (n !== undefined) return n.kind === "double" ? javaDoubleString(n.value) : String(n.value);
  }
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return javaNumberText(value, readings.numberLiterals.get(pointer));
  return undefined;
}

/**
 * Java's Character.isWhitespace: the Unicode space, line and paragraph separators but the
 * no-break spaces (U+00A0, U+2007, U+202F), and U+0009-U+000D, U+001C-U+001F. What
 * StringUtils.isBlank asks of every character.
 */
const JAVA_BLANK = /^[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]*$/;

/**
 * A text field as swagger-parser's OpenAPIDeserializer sets it: fieldText, and nothing for a blank
 * text where the release's parser required StringUtils.isNotBlank (BuildContext.blankTextAbsent).
 */
export function specText(ctx: ScalarReadings & Pick<BuildContext, "blankTextAbsent">, value: unknown, pointer: string): string | undefined {
  return withoutBlank(ctx, fieldText(ctx, value, pointer));
}

/** `text`, or nothing where it is blank and the release's parser dropped blank texts (specText). */
export function withoutBlank(ctx: Pick<BuildContext, "blankTextAbsent">, text: string | undefined): string | undefined {
  return text !== undefined && ctx.blankTextAbsent === true && JAVA_BLANK.test(text) ? undefined : text;
}

/**
 * `toString()` of the Java object swagger-parser holds for a value, null for null: a scalar as
 * fieldText reads it (Jackson's Integer, Long or BigInteger, a Double for a float literal, the text,
 * a YAML 1.1 Boolean), an object or list as its JSON text. What swagger-core's casts read
 * (IntegerSchema.cast, BooleanSchema.cast).
 */
export function javaValueText(readings: ScalarReadings, value: unknown, pointer: string): string | null {
  if (value === null || value === undefined) return null;
  return fieldText(readings, value, pointer) ?? JSON.stringify(value);
}

export interface BuildContext {
  readonly root: RawObject;
  /** What each pointer of `root` resolved to so far (resolveIn): the IR builder never changes the document. */
  readonly resolved: Map<string, unknown>;
  readonly plan: InlinePlan;
  readonly sink: DiagnosticSink;
  /** The document's named-schema container: `/components/schemas` (2.0 is converted to this). */
  readonly schemasPointer: string;
  /** Floating-point literals of integral numbers, by pointer (see number-literals.ts). */
  readonly numberLiterals: ReadonlyMap<string, string>;
  /** Plain YAML scalars OAG's YAML 1.1 reading takes as booleans, by pointer (see yaml11.ts). */
  readonly yaml11Booleans: ReadonlyMap<string, boolean>;
  /** Plain YAML scalars OAG's YAML 1.1 reading (6.0.0+) takes as other numbers, by pointer (see yaml11.ts). */
  readonly yaml11Numbers: ReadonlyMap<string, Yaml11Number>;
  /** Plain YAML keys OAG's YAML 1.1 reading (6.0.0+) takes as booleans, by member pointer (see yaml11.ts Yaml11Keys). */
  readonly yaml11Keys: ReadonlyMap<string, boolean>;
  /**
   * Whether keywords beside a schema `$ref` count. swagger-parser (OpenAPIDeserializer.getSchema)
   * returns a 3.0 schema with a `$ref` before reading its other fields, so OAG never sees them;
   * 3.1 schemas are JSON Schema, where they apply.
   */
  readonly refSiblings: boolean;
  /**
   * Whether a `$ref`'s `type` sibling is kept (RefSchema.siblingType): in 3.0 and 3.1, not in 2.0,
   * whose parser (swagger-parser v1's RefProperty/RefModel) holds nothing beside the reference.
   */
  readonly refSiblingType: boolean;
  /** A 3.1 document: its `nullable` keyword is none of JSON Schema's (SchemaCommon.nullableKeywordOnly31). */
  readonly openapi31: boolean;
  /** A Swagger 2.0 document, converted: an untyped schema is a free-form object to OAG (AnySchema.objectIn20). */
  readonly swagger2: boolean;
  /**
   * Whether a schema's `default` is read by the schema's type, as swagger-parser's
   * OpenAPIDeserializer.getSchema does for 3.0 documents (see `typedDefault` in schema.ts).
   */
  readonly typedDefaults: boolean;
  /**
   * A blank text (empty or Java whitespace only) is read as absent where swagger-parser before
   * 2.0.29 dropped it (OAG before 6.0.0, parse-releases.ts blankTextAbsent): 3.x documents only,
   * read through specText. A 2.0 document goes through swagger-parser 1.x's SwaggerDeserializer,
   * which keeps them (getString, no isNotBlank: v1.0.61).
   */
  readonly blankTextAbsent?: boolean;
  /**
   * OAG's NORMALIZE_31SPEC empties a 3.1 property written without a type (SchemaCommon.untyped31):
   * the release's NormalizerRules.normalize31Untyped (inline-normalizer.ts, 7.2.0 on).
   */
  readonly normalizes31Untyped?: boolean;
  /**
   * OAG's normalizeOneOf normalizes a oneOf's members before processSimplifyOneOf, as normalizeAnyOf
   * does, with NORMALIZE_31SPEC there to change them (7.0.1 to 7.8.x: NormalizerRules
   * normalize31Spec and !oneOfSimplifiedFirst, inline-normalizer.ts).
   */
  readonly oneOfMembersFirst?: boolean;
  /**
   * OAG's normalizeAnyOf stores the members' normalized schemas in the list (7.9.0 on,
   * NormalizerRules.storeAnyOfMembers): an untyped 3.1 member is then NORMALIZE_31SPEC's new empty
   * Schema when isNullTypeSchema reads it; before, the JsonSchema as written.
   */
  readonly anyOfMembersStored?: boolean;
  /**
   * OAG's normalizer clears the oneOf beside an integer, number or string `type` (processSimplifyOneOf,
   * 7.9.0-7.20.x and from 7.25.0: NormalizerRules.keepScalarOneOf false, where the normalizer runs).
   */
  readonly scalarOneOfDropped?: boolean;
  /** A 3.1 `$ref` with siblings is an allOf of the `$ref` to OAG (RefSchema.siblingsAllOf31): NormalizerRules.refSiblingsAllOf31, 7.18.0 on. */
  readonly refSiblingsAllOf31?: boolean;
  /**
   * Pointers of the array items and map values OpenAPI Generator reads as nullable through a
   * schema object swagger-parser shares with a `[X, null]` alternative (3.1, see
   * shared-instances.ts): they get `sharedNullable`.
   */
  readonly sharedNullable: ReadonlySet<string>;
  /** Pointers of the schemas whose container `default` OAG holds as Java collections (shared-instances.ts): they get `defaultFromCopy`. */
  readonly copiedDefaults: ReadonlySet<string>;
  /** Pointers of the list/object example values OAG holds as Java collections (shared-instances.ts): `exampleFromCopy`, Example.fromCopy. */
  readonly copiedExamples: ReadonlySet<string>;
  /** Pointers of the 3.1 schemas whose `default: null` OAG holds as a NullNode (shared-instances.ts): they get `defaultNullNode`. */
  readonly nullDefaults: ReadonlySet<string>;
  /**
   * Pointers of the schemas whose `required` OAG holds without the names their own properties do not
   * declare (a 3.1 copy, shared-instances.ts SharedInstanceFacts.copiedRequired): they get `oagRequired`.
   */
  readonly copiedRequired: ReadonlySet<string>;
  /** The 3.1 schemas whose properties OAG holds in an earlier equal schema's order (shared-instances.ts SharedInstanceFacts.copiedPropertyOrder). */
  readonly copiedPropertyOrder: ReadonlyMap<string, readonly string[]>;
  /**
   * The release's ModelUtils.isNullTypeSchema (null-type.ts), where OAG's normalizer runs
   * (SIMPLIFY_ONEOF_ANYOF, on by default from 7.0.0): a oneOf/anyOf member it reads as a null type
   * is dropped and makes the schema nullable, as a `{type: null}` member is in every release.
   */
  readonly nullTypeRules: NullTypeRules | undefined;
  /** OAG's generateAliasAsModel option (named array/map schemas become models; IR `aliasAsModel`). */
  readonly generateAliasAsModel: boolean;
  /** `--openapi-normalizer`'s rules for operations' tags (operation-tag-rules.ts). */
  readonly tagRules: OperationTagRules;
  /**
   * The parse's validation (ParseOptions.validate): a schema `$ref` to nothing is an error where
   * OAG stops on it unless --skip-validate-spec ("warning") or always ("error", the `validate`
   * command), and a warning with --skip-validate-spec ("off"); see dangling-ref.ts.
   */
  readonly validation: "error" | "warning" | "off";
  /**
   * What the build met that OAG's docs read otherwise (ApiModel.oagDocsDiffer): an untyped31 schema,
   * a value OAG's parser does not hold (LiteralValue.oagAbsent).
   */
  readonly met: { oagDocsDiffer: boolean };
  /** Raw schemas being expanded in place (refs to non-component locations), to stop cycles. */
  readonly expanding: Set<object>;
}

/** Looks up a local JSON pointer in the document. */
export function resolvePointer(root: RawObject, pointer: string, view?: (node: object) => unknown): unknown {
  let node: unknown = root;
  if (pointer === "") return node;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.includes("~") ? raw.replace(/~1/g, "/").replace(/~0/g, "~") : raw;
    if (view !== undefined && typeof node === "object" && node !== null) node = view(node);
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node)) {
      const key = storedKey(token);
      node = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
    }
    else return undefined;
  }
  return node;
}

/**
 * resolvePointer on the context's document, remembered per pointer: a large spec `$ref`s the same
 * few hundred components tens of thousands of times.
 */
export function resolveIn(ctx: BuildContext, pointer: string): unknown {
  if (ctx.resolved.has(pointer)) return ctx.resolved.get(pointer);
  const value = resolvePointer(ctx.root, pointer);
  ctx.resolved.set(pointer, value);
  return value;
}

export interface ResolvedRef {
  readonly node: RawObject;
  readonly pointer: string;
}

/**
 * Follows `$ref` chains of a non-schema object (parameter, response, request body, header, ...)
 * until a real object is reached. Reports dangling and self-referencing refs.
 */
export function resolveObject(ctx: BuildContext, node: unknown, pointer: string): ResolvedRef | undefined {
  const seen = new Set<string>();
  let current = node;
  let at = pointer;
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    const target = refToPointer(ref);
    if (target === undefined) {
      ctx.sink.error(childPointer(at, "$ref"), `unresolved external $ref ${JSON.stringify(ref)}`);
      return undefined;
    }
    if (seen.has(target)) {
      const cycle = [...seen].slice([...seen].indexOf(target));
      const message =
        cycle.length === 1
          ? `$ref ${JSON.stringify(ref)} refers to itself`
          : `$ref ${JSON.stringify(ref)} closes a cycle of $refs: ${[...cycle, target].map((p) => `#${p}`).join(" -> ")}`;
      ctx.sink.error(childPointer(at, "$ref"), message);
      return undefined;
    }
    seen.add(target);
    const next = resolveIn(ctx, target);
    if (next === undefined) {
      ctx.sink.error(childPointer(at, "$ref"), `$ref ${JSON.stringify(ref)} points to nothing`);
      return undefined;
    }
    current = next;
    at = target;
  }
  if (!isObject(current)) {
    ctx.sink.error(at, "expected an object");
    return undefined;
  }
  return { node: current, pointer: at };
}
