// Whether OpenAPI Generator's docs read a schema as nullable.

import type { Schema } from "../model/ir.js";

/**
 * The schema's nullability as OAG's doc templates see it: a 3.1 schema made nullable only by the
 * 3.0 `nullable` keyword is not (swagger-parser's getJsonSchema never reads it; see
 * SchemaCommon.nullableKeywordOnly31), and array items or map values holding an object
 * swagger-parser shares with a `[X, null]` that OAG's normalizer made nullable are
 * (SchemaCommon.sharedNullable, src/parse/shared-instances.ts). The clients keep reading
 * `schema.nullable`.
 */
export function docNullable(schema: Schema): boolean {
  return (schema.nullable && schema.nullableKeywordOnly31 !== true) || schema.sharedNullable === true;
}
