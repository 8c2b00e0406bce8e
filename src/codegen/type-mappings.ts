// `--type-mappings`: OAG looks a schema's type name up in the generator's typeMapping, and the
// option replaces entries of that map (DefaultCodegen.getSchemaType -> typeMapping). The names are
// OAG's own for the OpenAPI type and format (`DateTime`, `date`, `binary`, `UUID`, `long`, ...) or,
// for a `$ref`, the referenced schema's name. Containers keep their shape: their items are mapped.

import type { Schema } from "../model/ir.js";
import { own } from "../model/own.js";

/** DefaultCodegen.getPrimitiveType's name for a schema; undefined for containers and compositions. */
export function oagTypeName(schema: Schema): string | undefined {
  switch (schema.kind) {
    case "ref":
      return schema.target;
    case "string":
      switch (schema.format) {
        case "date-time":
          return "DateTime";
        case "date":
          return "date";
        case "binary":
          return "binary";
        case "file":
          return "file";
        case "byte":
          return "ByteArray";
        case "uuid":
          return "UUID";
        case "uri":
          return "URI";
        case "number":
          return "decimal";
        default:
          return "string";
      }
    case "integer":
      return schema.format === "int64" ? "long" : "integer";
    case "number":
      return schema.format === "float" ? "float" : schema.format === "double" ? "double" : "number";
    case "boolean":
      return "boolean";
    case "any":
      return "AnyType";
    case "null":
    case "array":
    case "object":
    case "composed":
      return undefined;
  }
}

/** The type a `--type-mappings` entry gives this schema, if any. */
export function mappedType(mappings: Readonly<Record<string, string>> | undefined, schema: Schema): string | undefined {
  if (mappings === undefined) return undefined;
  const name = oagTypeName(schema);
  return name === undefined ? undefined : own(mappings, name);
}
