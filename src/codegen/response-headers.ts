// The description OpenAPI Generator's docs show for a response header.
//
// DefaultCodegen.fromResponse builds a header's CodegenProperty with fromProperty(name, schema),
// which returns a cached instance for an equal (name, schema) pair, and then sets the header's
// description on it. Headers that share a name and an equal schema therefore share one object,
// and every doc shows the description set last: the one of the last such header in processing
// order (operations in spec order, their responses in spec order).

import type { ApiModel, Header, Schema } from "../model/ir.js";

/** Each response header -> the description the docs print for it. */
export function responseHeaderDescriptions(model: ApiModel): Map<Header, string | undefined> {
  const last = new Map<string, string | undefined>();
  const keys = new Map<Header, string>();
  for (const op of model.operations) {
    for (const response of op.responses) {
      for (const header of response.headers) {
        const key = `${header.name}\u0000${schemaKey(header.schema)}`;
        keys.set(header, key);
        last.set(key, header.description);
      }
    }
  }
  const out = new Map<Header, string | undefined>();
  for (const [header, key] of keys) out.set(header, last.get(key));
  return out;
}

/** Structural identity of a schema (what Java's Schema.equals compares): everything but where it is. */
function schemaKey(schema: Schema): string {
  return JSON.stringify(schema, (key, value: unknown) => (key === "pointer" ? undefined : value));
}
