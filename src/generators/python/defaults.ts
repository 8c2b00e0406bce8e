// Default values as the python docs print them (OpenAPI Generator's python toDefaultValue and its
// enum handling): `True`/`False`, numbers as written, strings single-quoted, enum parameters as
// the bare value (`-efg`), enum-model properties as `Model.MEMBER`, list properties as JSON.

import { namedSchema } from "../../codegen/schemas.js";
import { isModelSchema } from "../../codegen/model-kinds.js";
import type { JsonValue, Schema } from "../../model/ir.js";
import type { PythonDocContext } from "./doc-context.js";
import { javaToString } from "./examples.js";
import { enumMembers } from "./enums.js";
import { propertyDefaultValue } from "./models.js";

/** A parameter's default (the referenced schema's, for a `$ref`), or null. */
export function paramDefault(ctx: PythonDocContext, schema: Schema): string | null {
  const s = resolveDefaultSource(ctx, schema);
  if (s.default === undefined || s.default.value === null) return null;
  const value = s.default.value;
  if (s.enum !== undefined && s.enum.length > 0) return javaToString(value);
  return scalarDefault(s, value, (v) => javaToString(v));
}

/** A model property's default, or null. */
export function propertyDefault(ctx: PythonDocContext, schema: Schema): string | null {
  if (schema.kind === "ref") {
    const target = namedSchema(ctx.model, schema.target);
    if (target && isModelSchema(target.schema) && target.schema.enum !== undefined) {
      const value = schema.default?.value ?? target.schema.default?.value;
      if (value === undefined || value === null) return null;
      const member = enumMembers(ctx, target.schema).find((m) => m.value === value);
      return member ? `${ctx.names.modelName(schema.target)}.${member.name}` : null;
    }
  }
  if (propertyDefaultValue(schema) === undefined && schema.default !== undefined) return null;
  const s = resolveDefaultSource(ctx, schema);
  if (s.default === undefined || s.default.value === null) return null;
  return scalarDefault(s, s.default.value, (v) => JSON.stringify(v));
}

function resolveDefaultSource(ctx: PythonDocContext, schema: Schema): Schema {
  if (schema.default !== undefined || schema.kind !== "ref") return schema;
  return ctx.types.unalias(schema).kind === "ref" ? (namedSchema(ctx.model, schema.target)?.schema ?? schema) : ctx.types.unalias(schema);
}

function scalarDefault(s: Schema, value: JsonValue, list: (v: JsonValue) => string): string | null {
  switch (s.kind) {
    case "boolean":
      return value === true || String(value).toLowerCase() === "true" ? "True" : "False";
    case "integer":
    case "number":
      return javaToString(value);
    case "string": {
      if (s.format === "date" || s.format === "date-time") return null;
      const text = String(value).replace(/\\/g, "\\\\");
      return /\r\n|\r|\n/.test(text) ? `'''${text}'''` : `'${text}'`;
    }
    case "array":
      return list(value);
    default:
      return null;
  }
}
