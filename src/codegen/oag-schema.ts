// A schema as OpenAPI Generator's docs see it, where its parser reads the spec otherwise than the
// clients do: a Swagger 2.0 untyped schema is a free-form object there (AnySchema.objectIn20).

import type { ObjectSchema, Schema } from "../model/ir.js";

const views = new WeakMap<Schema, ObjectSchema>();

/**
 * The schema OAG's docs work on. A 2.0 untyped schema (`{example: any}`) reaches OAG as an
 * ObjectSchema without properties (swagger-parser's v2 converter through swagger-core's
 * ModelDeserializer, see AnySchema.objectIn20): its examples print `{}` (typescript) or `{}`
 * (python-prior), not the "any type" `null`. One view per schema, so example writers that track
 * the schemas they are inside see the same object each time.
 */
export function oagDocSchema(schema: Schema): Schema {
  if (schema.kind !== "any" || schema.objectIn20 !== true) return schema;
  let view = views.get(schema);
  if (view === undefined) {
    const { kind: _kind, objectIn20: _objectIn20, unknownType: _unknownType, ...common } = schema;
    view = { ...common, kind: "object", properties: [], required: [], additionalProperties: undefined };
    views.set(schema, view);
  }
  return view;
}

/**
 * The string formats DefaultCodegen.getPrimitiveType types before its string branch
 * (isDecimalSchema, isByteArraySchema, isFileSchema, isBinarySchema, isDateSchema,
 * isDateTimeSchema, isUUIDSchema, isURISchema): each generator prints those its own way.
 */
const FORMATS_TYPED_BEFORE_STRING: ReadonlySet<string> = new Set(["number", "byte", "file", "binary", "date", "date-time", "uuid", "uri"]);

/**
 * The typeMapping key a string schema is typed by in OAG's docs, when its format is one: the
 * string branch of DefaultCodegen.getPrimitiveType returns the format when typeMapping has it
 * (b44f6c302a, #2799, 4.1.0: meant for `--type-mappings`, but the built-in keys count too), so
 * `{type: string, format: integer}` is typed `integer` before the generator's mapping (python-prior
 * `int`, typescript `number`). Undefined otherwise. Docs only: the clients keep such values strings.
 */
export function stringFormatTypeKey(schema: Schema, typeMapping: ReadonlyMap<string, string> | Readonly<Record<string, string>>): string | undefined {
  if (schema.kind !== "string" || schema.format === undefined || FORMATS_TYPED_BEFORE_STRING.has(schema.format)) return undefined;
  const has = typeMapping instanceof Map ? typeMapping.has(schema.format) : Object.hasOwn(typeMapping, schema.format);
  return has ? schema.format : undefined;
}
