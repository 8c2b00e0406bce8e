// Schema -> the TypeInfo expression (runtime/serializer.ts) that drives (de)serialization: which
// values need conversion (date-time, models with renamed properties, unions) and which pass as is.

import { isModelSchema } from "../../../codegen/model-kinds.js";
import { namedSchema } from "../../../codegen/schemas.js";
import { assertNever, type ApiModel, type Schema } from "../../../model/ir.js";
import type { TypeScriptNames } from "../names.js";
import { tsString } from "./escape.js";
import { mappedType } from "../../../codegen/type-mappings.js";
import { stringTypedByFormat } from "../types.js";
import { unionDiscriminator, type DiscriminatorPlan, type ModelPlans } from "./model-plan.js";

const ANY = '"any"';

export class TypeInfoWriter {
  constructor(
    private readonly model: ApiModel,
    private readonly names: TypeScriptNames,
    private readonly plans: ModelPlans,
    /** `--type-mappings`: a mapped type is the user's, and passes as is. */
    private readonly typeMappings: Readonly<Record<string, string>> = {},
  ) {}

  /** The TypeInfo of a schema, as TypeScript expression text. */
  of(schema: Schema): string {
    return this.write(schema, new Set());
  }

  private write(schema: Schema, visiting: Set<string>): string {
    if (mappedType(this.typeMappings, schema) !== undefined) return ANY;
    switch (schema.kind) {
      case "ref": {
        const target = namedSchema(this.model, schema.target);
        if (!target) return ANY;
        if (isModelSchema(target.schema)) {
          const plan = this.plans.byName.get(this.names.codeModelName(schema.target));
          if (!plan || plan.kind === "enum") return ANY;
          return `{ model: ${tsString(plan.name)} }`;
        }
        if (visiting.has(schema.target)) return ANY;
        visiting.add(schema.target);
        const out = this.write(target.schema, visiting);
        visiting.delete(schema.target);
        return out;
      }
      case "string": {
        // A string the client types as a number or boolean (types.ts stringTypedByFormat) travels as its text.
        const typed = stringTypedByFormat(schema);
        if (typed !== undefined) return typed === "number" ? '"number-text"' : '"boolean-text"';
        return schema.format === "date-time" && !(schema.enum && schema.enum.length > 0) ? '"date-time"' : ANY;
      }
      case "integer":
      case "number":
      case "boolean":
      case "any":
      case "null":
        return ANY;
      case "array": {
        const inner = this.write(schema.items, visiting);
        return inner === ANY ? ANY : `{ array: ${inner} }`;
      }
      case "object": {
        if (schema.properties.length === 0 && typeof schema.additionalProperties === "object") {
          const inner = this.write(schema.additionalProperties, visiting);
          return inner === ANY ? ANY : `{ map: ${inner} }`;
        }
        return ANY;
      }
      case "composed": {
        const union = schema.oneOf.length > 0 || schema.anyOf.length > 0;
        const list = schema.oneOf.length > 0 ? schema.oneOf : schema.anyOf.length > 0 ? schema.anyOf : schema.allOf;
        const members = list.filter((m) => m.kind !== "any").map((m) => this.write(m, visiting));
        if (members.length === 0 || members.every((m) => m === ANY)) return ANY;
        if (!union) return members.length === 1 ? members[0]! : `{ all: [${members.join(", ")}] }`;
        const d = unionDiscriminator(this.model, this.names, schema);
        return `{ union: [${members.join(", ")}]${d ? `, discriminator: ${discriminatorText(d)}` : ""} }`;
      }
      default:
        return assertNever(schema, "schema");
    }
  }
}

export function discriminatorText(d: DiscriminatorPlan): string {
  const mapping = d.mapping.map(([value, model]) => `${tsString(value)}: ${tsString(model)}`).join(", ");
  return `{ wire: ${tsString(d.wire)}, key: ${tsString(d.key)}, mapping: { ${mapping} } }`;
}
