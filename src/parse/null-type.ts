// OpenAPI Generator's isNullTypeSchema, by release: which oneOf/anyOf members its normalizer
// (SIMPLIFY_ONEOF_ANYOF, on by default from 7.0.0) removes as null types, making the schema
// nullable. One predicate for the inline planner (inline-normalizer.ts, on its handles) and the IR
// builder (schema.ts, on the document's objects), each reading schemas through a NullTypeReader.

import { behaviourOf, type ReleaseRow } from "../codegen/release-table.js";
import { enumInferredType } from "./raw.js";

/** How a caller's schemas read: the state of one schema, as swagger-parser's Schema object holds it. */
export interface NullTypeReader<S> {
  /** The schema's fields (a 3.0 `$ref`'s siblings already dropped, as swagger-parser drops them). */
  fields(schema: S): Readonly<Record<string, unknown>>;
  /** ModelUtils.getReferencedSchema: one `$ref` hop into components.schemas (the schema itself otherwise). */
  referenced(schema: S): S;
  /** Schema.getType() (see beanTypeOf); a 3.1 JsonSchema answers undefined. */
  beanType(schema: S): string | undefined;
  /** A 3.1 JsonSchema that NORMALIZE_31SPEC did not make 3.0-style (its types are in getTypes()). */
  jsonSchema(schema: S): boolean;
  /** A field's value is a list with members (ModelUtils.hasAllOf and its kin). */
  nonEmptyList(value: unknown): boolean;
}

/** The checks of one release's isNullTypeSchema. */
export interface NullTypeRules {
  /** A member with allOf/oneOf/anyOf is no null type (64c763b87a, #17609). */
  readonly composedIsNot: boolean;
  /** A 3.1 member's `types` decide when it has some (one type, `null`), and a JsonSchema is no 3.0 bean (#17609). */
  readonly types31: boolean;
  /** A JsonSchema with `nullable: true`, or without types and `$ref`, is a null type (03af25ce34, #18353). */
  readonly jsonSchemaNullable: boolean;
  /** The member is dereferenced first, one with `properties` is no null type, the enum check comes first (ad6c2dd2b7, #19781). */
  readonly dereferencedFirst: boolean;
  /** A member with a `description` is no untyped null type (760d5e8168, #20461). */
  readonly descriptionIsNot: boolean;
}

/**
 * 7.0.0 (c37fa8a4e8, OpenAPINormalizer.isNullTypeSchema as first released): no type (Schema.getType(),
 * which a 3.1 JsonSchema never answers) or `null`, and no `$ref`, on the member as written; or an
 * enum of one member whose String.valueOf is "null", after one dereference.
 */
const FIRST: NullTypeRules = { composedIsNot: false, types31: false, jsonSchemaNullable: false, dereferencedFirst: false, descriptionIsNot: false };

/** Read at the release commits (`v7.X.0 release` / `prepare 7.X.0 release`): the first release holding each commit. */
export const NULL_TYPE_ROWS: readonly ReleaseRow<NullTypeRules>[] = [
  { since: "7.3.0", source: "OpenAPINormalizer.isNullTypeSchema, 64c763b87a (#17609), release d617b46c86", change: { composedIsNot: true, types31: true } },
  { since: "7.5.0", source: "OpenAPINormalizer.isNullTypeSchema, 03af25ce34 (#18353), release cce4139af6", change: { jsonSchemaNullable: true } },
  { since: "7.9.0", source: "OpenAPINormalizer.isNullTypeSchema, ad6c2dd2b7 (#19781), release 4145000dfe", change: { dereferencedFirst: true } },
  { since: "7.11.0", source: "ModelUtils.isNullTypeSchema, 760d5e8168 (#20461), release a7240eeefe", change: { descriptionIsNot: true } },
];

/** The isNullTypeSchema of release `oagVersion` (absent: the newest). */
export function nullTypeRules(oagVersion: string | undefined): NullTypeRules {
  return behaviourOf(FIRST, NULL_TYPE_ROWS, oagVersion);
}

/**
 * Schema.getType() of a 3.0 (or converted 2.0) schema as swagger-parser builds it: the written
 * `type`, else the one its class implies (`items` -> ArraySchema, `additionalProperties` ->
 * MapSchema; a composition is a ComposedSchema without one), else an untyped `enum`'s inferred type
 * (OpenAPIDeserializer.getSchema with inferSchemaType: inferTypeFromArray).
 */
export function beanTypeOf(state: Readonly<Record<string, unknown>>): string | undefined {
  if (typeof state.type === "string") return state.type;
  if (state.allOf !== undefined || state.anyOf !== undefined || state.oneOf !== undefined) return undefined;
  if (state.items !== undefined) return "array";
  if (state.additionalProperties !== undefined) return "object";
  if (Array.isArray(state.enum)) return enumInferredType(state.enum);
  return undefined;
}

/** isNullTypeSchema of `member` under `rules`. */
export function isNullTypeSchema<S>(read: NullTypeReader<S>, rules: NullTypeRules, member: S): boolean {
  let schema = rules.dereferencedFirst ? read.referenced(member) : member;
  let state = read.fields(schema);
  if (rules.composedIsNot && (read.nonEmptyList(state.allOf) || read.nonEmptyList(state.oneOf) || read.nonEmptyList(state.anyOf))) return false;
  if (rules.dereferencedFirst && state.properties !== undefined) return false;
  if (rules.dereferencedFirst && enumOfNull(state)) return true;
  if (rules.types31 && read.jsonSchema(schema) && state.type !== undefined) {
    const types = Array.isArray(state.type) ? state.type : [state.type];
    if (types.length > 0) return types.length === 1 && (types[0] === null || types[0] === "null");
  }
  const undescribed = !rules.descriptionIsNot || state.description === undefined;
  if (rules.types31 && read.jsonSchema(schema)) {
    if (rules.jsonSchemaNullable && state.nullable === true) return true;
    if (rules.jsonSchemaNullable && state.$ref === undefined && undescribed) return true;
  } else {
    const type = read.beanType(schema);
    if ((type === undefined || type === "null") && state.$ref === undefined && undescribed) return true;
  }
  if (rules.dereferencedFirst) return false;
  schema = read.referenced(member);
  state = read.fields(schema);
  return enumOfNull(state);
}

/** "convert referenced enum of null only to `nullable:true`": one member whose String.valueOf is "null". */
function enumOfNull(state: Readonly<Record<string, unknown>>): boolean {
  const values = state.enum;
  return Array.isArray(values) && values.length === 1 && (values[0] === null || values[0] === "null");
}
