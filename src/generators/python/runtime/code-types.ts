// What the generated Python code needs to know about a schema beyond its pydantic annotation
// (which types.ts gives): the plain type a response is deserialized into, whether a value holds
// models, and the expressions that convert such values to and from dicts.

import type { ApiModel, Schema } from "../../../model/ir.js";
import { isMap, mapValues, type PythonImports, type PythonTypes } from "../types.js";
import type { PythonNames } from "../names.js";
import type { LocalNames } from "./local-names.js";

export interface CodeTypeContext {
  readonly model: ApiModel;
  readonly names: PythonNames;
  readonly types: PythonTypes;
  /** `<pkg>.models`. */
  readonly modelsPackage: string;
  /** Class names of the generated models (a ref to anything else is not imported). */
  readonly modelClasses: ReadonlySet<string>;
  /** The enum classes among them (values, not dicts: no to_dict/from_dict). */
  readonly enumClasses: ReadonlySet<string>;
  /** What the modules call the support names they import (aliases where a model took the name). */
  readonly localNames: LocalNames;
}

/**
 * A composition that stands for one schema (`allOf: [$ref: Pet]` with nothing else) as that
 * schema, so code is typed `Pet` rather than `Any`. Anything else is returned as it is.
 */
export function simplifySchema(schema: Schema): Schema {
  if (schema.kind !== "composed" || schema.properties.length > 0) return schema;
  const members = [...schema.allOf, ...schema.oneOf, ...schema.anyOf];
  if (members.length !== 1 || members[0]!.kind !== "ref") return schema;
  return { ...members[0]!, nullable: schema.nullable || members[0]!.nullable };
}

/** The model class a schema is (after aliases), if it is a generated one. */
export function modelClassOf(ctx: CodeTypeContext, schema: Schema): string | null {
  const name = ctx.types.modelOf(simplifySchema(schema));
  return name !== null && ctx.modelClasses.has(name) ? name : null;
}

/** The model class a schema is, if it converts to and from dicts (not an enum). */
export function dictModelOf(ctx: CodeTypeContext, schema: Schema): string | null {
  const model = modelClassOf(ctx, schema);
  return model !== null && !ctx.enumClasses.has(model) ? model : null;
}

/** Adds `from <pkg>.models.<module> import <Model>`. */
export function importModel(ctx: CodeTypeContext, className: string, imports: PythonImports): void {
  imports.add(`${ctx.modelsPackage}.${ctx.names.modelModule(className)}`, className);
}

/** True for `format: binary`/`file` strings (file uploads and downloads). */
export function isBinarySchema(ctx: CodeTypeContext, schema: Schema): boolean {
  return ctx.types.isBinary(simplifySchema(schema));
}

/**
 * The type a response body is deserialized into, without pydantic strictness: `List[Pet]`,
 * `Dict[str, int]`, `datetime`, `bytes` or `bytearray` (binary and `format: byte`: the docs' type of
 * the release, PythonTypes.binaryType and byteArrayType), `object` (anything else). The client
 * returns binary content as that type (api_client.py response_deserialize), so the value, the
 * annotation and the docs agree: OAG's #22988 (7.21.0) annotates `bytes` where it annotated
 * `bytearray` while returning the `bytes` urllib3 read in both.
 */
export function responseType(ctx: CodeTypeContext, schema: Schema, imports: PythonImports): string {
  const s = ctx.types.unalias(simplifySchema(schema));
  const model = modelClassOf(ctx, s);
  if (model !== null) {
    importModel(ctx, model, imports);
    return model;
  }
  if (s.kind === "array") {
    return `${imports.add("typing", "List")}[${responseType(ctx, s.items, imports)}]`;
  }
  if (isMap(s)) {
    return `${imports.add("typing", "Dict")}[str, ${responseType(ctx, mapValues(s), imports)}]`;
  }
  switch (s.kind) {
    case "string":
      switch (s.format) {
        case "date":
          return imports.add("datetime", "date");
        case "date-time":
          return imports.add("datetime", "datetime");
        case "number":
          return imports.add("decimal", "Decimal");
        case "binary":
        case "file":
          return ctx.types.binaryType;
        case "byte":
          return ctx.types.byteArrayType;
        default:
          return "str";
      }
    case "integer":
      return "int";
    case "number":
      return "float";
    case "boolean":
      return "bool";
    case "object":
      if (s.properties.length === 0) {
        return `${imports.add("typing", "Dict")}[str, ${imports.add("typing", "Any")}]`;
      }
      return "object";
    default:
      return "object";
  }
}

/** True when a value of this schema holds generated models (at any depth of lists and maps). */
export function holdsModels(ctx: CodeTypeContext, schema: Schema, seen: Set<Schema> = new Set()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const s = ctx.types.unalias(simplifySchema(schema));
  if (dictModelOf(ctx, s) !== null) return true;
  if (s.kind === "array") return holdsModels(ctx, s.items, seen);
  if (isMap(s)) return holdsModels(ctx, mapValues(s), seen);
  return false;
}

/**
 * A Python expression turning `value` (a field holding models, not None) into plain dicts:
 * `value.to_dict()`, `[_x0.to_dict() ... for _x0 in value]`, `{_k0: ... for _k0, _v0 in value.items()}`.
 */
export function toDictExpression(ctx: CodeTypeContext, schema: Schema, value: string, depth = 0): string {
  const s = ctx.types.unalias(simplifySchema(schema));
  if (dictModelOf(ctx, s) !== null) return `${value}.to_dict()`;
  if (s.kind === "array" && holdsModels(ctx, s.items)) {
    const item = `_x${depth}`;
    return `[${noneSafe(toDictExpression(ctx, s.items, item, depth + 1), item)} for ${item} in ${value}]`;
  }
  if (isMap(s) && holdsModels(ctx, mapValues(s))) {
    const k = `_k${depth}`;
    const v = `_v${depth}`;
    return `{${k}: ${noneSafe(toDictExpression(ctx, mapValues(s), v, depth + 1), v)} for ${k}, ${v} in ${value}.items()}`;
  }
  return value;
}

/**
 * A Python expression turning JSON data `value` (not None) into this schema's models:
 * `Pet.from_dict(value)`, lists and maps of them.
 */
export function fromDictExpression(ctx: CodeTypeContext, schema: Schema, value: string, imports: PythonImports, depth = 0): string {
  const s = ctx.types.unalias(simplifySchema(schema));
  const model = dictModelOf(ctx, s);
  if (model !== null) {
    importModel(ctx, model, imports);
    return `${model}.from_dict(${value})`;
  }
  if (s.kind === "array" && holdsModels(ctx, s.items)) {
    const item = `_x${depth}`;
    return `[${noneSafe(fromDictExpression(ctx, s.items, item, imports, depth + 1), item)} for ${item} in ${value}]`;
  }
  if (isMap(s) && holdsModels(ctx, mapValues(s))) {
    const k = `_k${depth}`;
    const v = `_v${depth}`;
    return `{${k}: ${noneSafe(fromDictExpression(ctx, mapValues(s), v, imports, depth + 1), v)} for ${k}, ${v} in ${value}.items()}`;
  }
  return value;
}

function noneSafe(expression: string, variable: string): string {
  return expression === variable ? variable : `(${expression} if ${variable} is not None else None)`;
}

/** The named schemas a schema's type mentions (for the import graph of the model modules). */
export function referencedModels(ctx: CodeTypeContext, schema: Schema, out: Set<string> = new Set(), seen: Set<Schema> = new Set()): Set<string> {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const s = ctx.types.unalias(simplifySchema(schema));
  const model = modelClassOf(ctx, s);
  if (model !== null) out.add(model);
  else if (s.kind === "array") referencedModels(ctx, s.items, out, seen);
  else if (isMap(s)) referencedModels(ctx, mapValues(s), out, seen);
  return out;
}
