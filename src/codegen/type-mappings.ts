// `--type-mappings`: OAG looks a schema's type name up in the generator's typeMapping, and the
// option replaces entries of that map (DefaultCodegen.getSchemaType -> typeMapping). The names are
// OAG's own for the OpenAPI type and format (`DateTime`, `date`, `binary`, `UUID`, `long`, ...) or,
// for a `$ref`, the referenced schema's name. Containers keep their shape: their items are mapped.

import type { ApiModel, Schema } from "../model/ir.js";
import { isModelSchema } from "./model-kinds.js";
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

/**
 * `--schema-mappings`: the named schemas that are the user's own types. OAG does not generate them
 * (DefaultGenerator.generateModels skips a schema-mapped name), and a reference to one stays a
 * reference: the python generators name it by the mapped value (AbstractPythonCodegen.toModelName)
 * and import it from the module of that name; typescript keeps the schema's model name and imports
 * it from `--import-mappings` or `../models/<Name>` (TypeScriptClientCodegen.toTsImports). Only keys
 * naming a model schema apply; the rest are reported by `schemaMappingProblems`.
 */
export function mappedSchemas(model: ApiModel, mappings: Readonly<Record<string, string>> | undefined): ReadonlySet<string> {
  const out = new Set<string>();
  if (!mappings) return out;
  for (const named of model.schemas) if (own(mappings, named.name) !== undefined && isModelSchema(named.schema)) out.add(named.name);
  return out;
}

/**
 * What is wrong with `--schema-mappings` for this spec and generator: `errors` (a python class name
 * that is no identifier: OAG writes `from <pkg>.models.<module> import <value>`, which cannot be
 * done with a dotted path) and `warnings` (keys that name no model schema, so nothing is mapped).
 */
export function schemaMappingProblems(
  model: ApiModel,
  mappings: Readonly<Record<string, string>> | undefined,
  generator: string,
): { errors: string[]; warnings: { pointer: string; message: string }[] } {
  const errors: string[] = [];
  const problems: { pointer: string; message: string }[] = [];
  if (!mappings) return { errors, warnings: problems };
  for (const [key, value] of Object.entries(mappings)) {
    if (generator !== "typescript" && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
      errors.push(`--schema-mappings ${key}=${value}: the ${generator} generator imports a mapped class as \`from <package>.models.<module> import ${value}\`, so the value must be a class name (put the class in that module and keep it with .openapi-generator-ignore)`);
    }
    const named = model.schemas.find((s) => s.name === key);
    if (!named) problems.push({ pointer: "", message: `--schema-mappings ${key}: the spec has no schema named ${JSON.stringify(key)}; nothing is mapped` });
    else if (!isModelSchema(named.schema)) problems.push({ pointer: named.pointer, message: `--schema-mappings ${key}: ${JSON.stringify(key)} is not a model (it is an alias of another type); it is not mapped` });
  }
  return { errors, warnings: problems };
}
