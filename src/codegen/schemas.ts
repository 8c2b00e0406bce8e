// Schema look-ups every generator needs.

import type { ApiModel, NamedSchema, Schema } from "../model/ir.js";

/** Index of named schemas by name; built once per model. */
const indexes = new WeakMap<ApiModel, Map<string, NamedSchema>>();

export function namedSchema(model: ApiModel, name: string): NamedSchema | undefined {
  let index = indexes.get(model);
  if (!index) {
    index = new Map(model.schemas.map((s) => [s.name, s]));
    indexes.set(model, index);
  }
  return index.get(name);
}

/** Follows refs to the schema that has a body (stops on cycles and dangling refs). */
export function resolveSchema(model: ApiModel, schema: Schema): Schema {
  let current = schema;
  const seen = new Set<string>();
  while (current.kind === "ref" && !seen.has(current.target)) {
    seen.add(current.target);
    const target = namedSchema(model, current.target);
    if (!target) break;
    current = target.schema;
  }
  return current;
}
