// Which named schemas OpenAPI Generator turns into model classes, and which it "unaliases" into
// the type they stand for (a named `type: string` without enum is just `string` everywhere).

import type { ApiModel, Schema } from "../model/ir.js";
import { namedSchema } from "./schemas.js";

/**
 * True when the named schema becomes a model (object with properties, composed, enum, ...; an array
 * or map schema with `aliasAsModel`, OAG's generateAliasAsModel).
 */
export function isModelSchema(schema: Schema): boolean {
  switch (schema.kind) {
    case "object":
      return schema.properties.length > 0 || schema.aliasAsModel === true;
    case "array":
      return schema.aliasAsModel === true;
    case "composed":
      return true;
    case "string":
    case "integer":
    case "number":
    case "boolean":
      return schema.enum !== undefined && schema.enum.length > 0;
    default:
      return false;
  }
}

/** A ref's target when it is not a model (aliases resolve to what they alias). */
export function unaliasRef(model: ApiModel, schema: Schema): Schema {
  let current = schema;
  const seen = new Set<string>();
  while (current.kind === "ref" && !seen.has(current.target)) {
    seen.add(current.target);
    const target = namedSchema(model, current.target);
    if (!target || isModelSchema(target.schema)) return current;
    current = target.schema;
  }
  return current;
}

/**
 * ModelUtils.isAnyType as DefaultCodegen.fromParameter asks it: a schema written with no type (an
 * AnySchema that stands for no undefined `type` or dangling `$ref`, whose name OAG prints instead).
 */
export function isUntypedAny(schema: Schema): boolean {
  return schema.kind === "any" && schema.unknownType === undefined;
}

/**
 * A 3.1 `$ref` with siblings that OAG's normalizer made `{siblings, allOf: [{$ref}]}` (RefSchema.siblingsAllOf31,
 * 7.18.0 on) and that names no type beside it: neither `$ref` nor type to OAG, so ModelUtils.isAnyType.
 */
export function isWrappedRef31(schema: Schema): boolean {
  return schema.kind === "ref" && schema.siblingsAllOf31 === true && schema.siblingType === undefined;
}

/** A map schema's object: no properties, additionalProperties a schema or `true`. */
export type MapSchema = Extract<Schema, { kind: "object" }> & { readonly additionalProperties: Schema | true };

/**
 * OAG's ModelUtils.isMapSchema: `additionalProperties` is a schema or `true`, properties or not (an
 * object or a composition). Narrower than isMapSchema, which also wants no properties.
 */
export function isOagMapSchema(schema: Schema): boolean {
  return (schema.kind === "object" || schema.kind === "composed") && schema.additionalProperties !== undefined && schema.additionalProperties !== false;
}

/**
 * A 3.1 `default: null` OAG holds as a Jackson NullNode (IR defaultNullNode, set only on a null
 * default: parse/schema.ts from shared-instances.ts' nullDefaults), which its docs print as a value.
 */
export function isNullNodeDefault(schema: Schema): boolean {
  return schema.defaultNullNode === true;
}

/** Map schema: an object without properties whose additionalProperties is a schema or `true`. */
export function isMapSchema(schema: Schema): schema is MapSchema {
  return schema.kind === "object" && schema.properties.length === 0 && schema.additionalProperties !== undefined && schema.additionalProperties !== false;
}

/** Free-form object: `type: object` with nothing else (any keys, any values). */
export function isFreeFormObject(schema: Schema): boolean {
  return schema.kind === "object" && schema.properties.length === 0 && (schema.additionalProperties === undefined || schema.additionalProperties === true);
}
