// A property that several oneOf/anyOf alternatives of a composition declare, each with its own
// schema (`type: {enum: [car]}`, `type: {enum: [bike]}`): a class that merges the alternatives
// (python, python-prior) must accept every alternative's values, not only the last one's.

import type { ApiModel, Schema } from "../model/ir.js";
import { namedSchema } from "./schemas.js";

/** Each property name declared by the oneOf/anyOf alternatives a composition reaches: the schemas declaring it. */
export function alternativeProperties(model: ApiModel, schema: Schema): Map<string, Schema[]> {
  const out = new Map<string, Schema[]>();
  const seen = new Set<Schema>();
  const visit = (s: Schema, inAlternative: boolean) => {
    if (seen.has(s)) return;
    seen.add(s);
    if (s.kind === "ref") {
      const target = namedSchema(model, s.target);
      if (target) visit(target.schema, inAlternative);
      return;
    }
    if (s.kind !== "composed" && s.kind !== "object") return;
    if (inAlternative) for (const p of s.properties) out.set(p.name, [...(out.get(p.name) ?? []), p.schema]);
    if (s.kind === "composed") {
      for (const m of s.allOf) visit(m, inAlternative);
      for (const m of [...s.oneOf, ...s.anyOf]) visit(m, true);
    }
  };
  visit(schema, false);
  return out;
}

/** One schema accepting what each alternative's does: enums of strings are joined; different schemas give any. */
export function mergedAlternatives(schemas: readonly Schema[]): Schema {
  const first = schemas[0]!;
  if (schemas.every((s) => s.kind === "string" && s.enum !== undefined) && first.kind === "string") {
    const values = [...new Set(schemas.flatMap((s) => (s.kind === "string" ? (s.enum ?? []) : [])))];
    return { ...first, enum: values };
  }
  if (schemas.every((s) => s === first || (s.kind === "ref" && first.kind === "ref" && s.target === first.target))) return first;
  return { kind: "any", pointer: first.pointer, nullable: first.nullable, readOnly: first.readOnly, writeOnly: first.writeOnly, deprecated: first.deprecated, extensions: first.extensions };
}
