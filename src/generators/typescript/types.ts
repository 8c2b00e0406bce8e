// IR schema -> TypeScript type text: the only type map of the typescript generator. The doc
// flavour reproduces what OpenAPI Generator prints in its docs; the code uses the same names.

import type { ApiModel, Schema } from "../../model/ir.js";
import { assertNever } from "../../model/ir.js";
import { isModelSchema, unaliasRef } from "../../codegen/model-kinds.js";
import { namedSchema } from "../../codegen/schemas.js";
import { escapeText } from "../../codegen/escape.js";
import type { TypeScriptNames } from "./names.js";

/** OAG's typescript typeMapping, applied to referenced schema names. */
const TYPE_MAPPING: Readonly<Record<string, string>> = {
  Array: "Array", array: "Array", List: "Array", boolean: "boolean", string: "string", int: "number", float: "number",
  number: "number", long: "number", short: "number", char: "string", double: "number", object: "any", integer: "number",
  Map: "any", map: "any", date: "string", DateTime: "Date", binary: "any", File: "any", file: "any", ByteArray: "string",
  UUID: "string", Error: "Error", AnyType: "any",
};

const LANGUAGE_PRIMITIVES: ReadonlySet<string> = new Set([
  "string", "String", "boolean", "Boolean", "Double", "Integer", "Long", "Float", "Object", "Array", "Date", "number",
  "any", "File", "Error", "Map",
]);

export class TypeScriptTypes {
  constructor(
    private readonly model: ApiModel,
    private readonly names: TypeScriptNames,
  ) {}

  /** OAG's getTypeDeclaration: `Array<Pet>`, `{ [key: string]: number; }`, `Date`, `HttpFile`, `any`. */
  declaration(schema: Schema): string {
    switch (schema.kind) {
      case "ref": {
        const target = namedSchema(this.model, schema.target);
        if (!target) return "any";
        if (!isModelSchema(target.schema)) return this.declaration(unaliasRef(this.model, schema));
        // OAG looks the referenced name up in its type mapping first: a model named `File`
        // or `object` is typed as what that name maps to.
        const mapped = TYPE_MAPPING[schema.target];
        if (mapped !== undefined) return LANGUAGE_PRIMITIVES.has(mapped) ? mapped : this.names.modelName(mapped);
        return this.names.modelName(schema.target);
      }
      case "string":
        if (schema.format === "date-time") return "Date";
        if (schema.format === "binary" || schema.format === "file") return "HttpFile";
        return "string";
      case "integer":
      case "number":
        return "number";
      case "boolean":
        return "boolean";
      case "array":
        return `${schema.uniqueItems ? "Set" : "Array"}<${this.declaration(schema.items)}>`;
      case "object":
        if (schema.properties.length === 0 && typeof schema.additionalProperties === "object") {
          return `{ [key: string]: ${this.declaration(schema.additionalProperties)}; }`;
        }
        return "any";
      case "composed":
        return this.composedDeclaration(schema);
      case "any":
      case "null":
        return "any";
      default:
        return assertNever(schema, "schema");
    }
  }

  /** OAG's getParameterDataType: inline enums as literal unions (`'a' | 'b'`, `1 | 2`). */
  parameterType(schema: Schema): string {
    if (schema.kind === "array") return `Array<${this.parameterType(schema.items)}>`;
    if (schema.kind === "object" && schema.properties.length === 0 && typeof schema.additionalProperties === "object") {
      return `{ [key: string]: ${this.parameterType(schema.additionalProperties)}; }`;
    }
    if ((schema.kind === "string" || schema.kind === "integer" || schema.kind === "number") && schema.enum && schema.enum.length > 0) {
      return enumLiteralUnion(schema.enum, schema.kind === "string");
    }
    return this.declaration(schema);
  }

  private composedDeclaration(schema: Extract<Schema, { kind: "composed" }>): string {
    const list = schema.oneOf.length > 0 ? schema.oneOf : schema.anyOf.length > 0 ? schema.anyOf : schema.allOf;
    const joiner = schema.oneOf.length > 0 || schema.anyOf.length > 0 ? " | " : " & ";
    const members = list.length > 1 ? list.filter((m) => m.kind !== "any") : list;
    const types: string[] = [];
    for (const m of members) {
      const t = this.declaration(m);
      if (!types.includes(t)) types.push(t);
    }
    return types.length > 0 ? types.join(joiner) : "any";
  }
}

/** `'a' | 'b'` for strings (escapeText'ed, single-quoted), `1 | 2` for numbers. */
export function enumLiteralUnion(values: readonly unknown[], quoted: boolean): string {
  return values.map((v) => (quoted ? `'${escapeText(String(v))}'` : String(v))).join(" | ");
}

/** Whether OAG's docs treat a parameter type as primitive (printed `[**T**]`). */
export function isPrimitiveParam(schema: Schema, model: ApiModel): boolean {
  const s = schema.kind === "ref" ? unaliasRef(model, schema) : schema;
  if (s.kind === "ref" || s.kind === "array" || s.kind === "composed") return false;
  if (s.kind === "object") return !(s.properties.length === 0 && typeof s.additionalProperties === "object");
  return true;
}
