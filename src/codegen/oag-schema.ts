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
