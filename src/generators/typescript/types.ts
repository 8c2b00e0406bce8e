// IR schema -> TypeScript type text: the only type map of the typescript generator. The doc
// flavour reproduces what OpenAPI Generator prints in its docs; the code uses the same names.

import type { ApiModel, Schema } from "../../model/ir.js";
import { assertNever } from "../../model/ir.js";
import { oagEnum } from "../../codegen/java-format.js";
import { isModelSchema, unaliasRef } from "../../codegen/model-kinds.js";
import { namedSchema } from "../../codegen/schemas.js";
import { docNullable } from "../../codegen/nullable.js";
import { arrayKeywordLost31 } from "../../codegen/property-description.js";
import { escapeText } from "../../codegen/escape.js";
import type { TypeScriptNames } from "./names.js";
import { own } from "../../model/own.js";
import { mappedType } from "../../codegen/type-mappings.js";
import { stringFormatTypeKey } from "../../codegen/oag-schema.js";

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

/** Names a mapped type may use without an import: OAG's language primitives and TypeScript's own types. */
const BUILTIN_TYPES: ReadonlySet<string> = new Set([
  ...LANGUAGE_PRIMITIVES, "object", "Set", "unknown", "never", "null", "undefined", "bigint", "symbol", "Record", "ReadonlyArray",
  "Blob", "Buffer", "Uint8Array", "ArrayBuffer", "URL", "Promise", "Partial", "Readonly",
]);

export class TypeScriptTypes {
  constructor(
    private readonly model: ApiModel,
    private readonly names: TypeScriptNames,
    /** `--type-mappings` (src/codegen/type-mappings.ts); a mapped value passes the wire as is. */
    readonly typeMappings: Readonly<Record<string, string>> = {},
    /** `--import-mappings`: a type name -> the module its importers import it from. */
    private readonly importMappings: Readonly<Record<string, string>> = {},
    /** The release the docs follow (`-p oagVersion`): NORMALIZE_31SPEC's keywords by release. */
    private readonly oagVersion?: string,
  ) {}

  /**
   * Whether the docs print an array as a `Set`: uniqueItems, unless NORMALIZE_31SPEC's new
   * ArraySchema dropped it (3.1 before 7.5.0, 5ed2283e01; NormalizerRules.arrayKept31). Docs only:
   * the client's code types (codeOf) keep the array as written.
   */
  private docSet(schema: Extract<Schema, { kind: "array" }>): boolean {
    return schema.uniqueItems && !arrayKeywordLost31(this.model, schema, "uniqueItems", this.oagVersion);
  }

  /**
   * The import of a model or a mapped type, from a file one folder deep (`apis/`, `types/`) or
   * from `models/` itself: `--import-mappings` first, as TypeScriptClientCodegen.toTsImports and
   * DefaultGenerator.getAllImportsMappings do, else the model's file. A mapped relative path gets
   * the import file extension, as OAG's templates give it; a package name does not (OAG appends it
   * there too, and `dayjs.js` resolves to nothing).
   */
  importOf(name: string, ext: string, fromModels: boolean): string {
    const mapped = own(this.importMappings, name);
    const from = mapped !== undefined ? (/^\.{1,2}\//.test(mapped) ? `${mapped}${ext}` : mapped) : fromModels ? `./${name}${ext}` : `../models/${name}${ext}`;
    return `import type { ${name} } from ${JSON.stringify(from)};`;
  }

  /**
   * A `--type-mappings` target that names a type of the user's (`DateTime=Dayjs`) is imported, as
   * OAG imports every type that is not one of the language's (DefaultCodegen.needToImport).
   */
  private noteMapped(mapped: string, refs: CodeTypeRefs | undefined): void {
    if (refs && /^[A-Za-z_$][\w$]*$/.test(mapped) && !BUILTIN_TYPES.has(mapped)) refs.models.add(mapped);
  }

  /** OAG's getTypeDeclaration: `Array<Pet>`, `{ [key: string]: number; }`, `Date`, `HttpFile`, `any`. */
  declaration(schema: Schema): string {
    const mapped = mappedType(this.typeMappings, schema);
    if (mapped !== undefined) return mapped;
    switch (schema.kind) {
      case "ref": {
        const target = namedSchema(this.model, schema.target);
        if (!target) return "any";
        if (!isModelSchema(target.schema)) return this.declaration(unaliasRef(this.model, schema));
        // OAG looks the referenced name up in its type mapping first: a model named `File`
        // or `object` is typed as what that name maps to.
        const mapped = own(TYPE_MAPPING, schema.target);
        if (mapped !== undefined) return LANGUAGE_PRIMITIVES.has(mapped) ? mapped : this.names.modelName(mapped);
        return this.names.modelName(schema.target);
      }
      case "string": {
        if (schema.format === "date-time") return "Date";
        if (schema.format === "binary" || schema.format === "file") return "HttpFile";
        // A format that is a typeMapping key types the string (DefaultCodegen.getPrimitiveType, see
        // stringFormatTypeKey): `{type: string, format: integer}` is `number`. The client keeps a string.
        const key = stringFormatTypeKey(schema, TYPE_MAPPING);
        return key === undefined ? "string" : TYPE_MAPPING[key]!;
      }
      case "integer":
      case "number":
        return "number";
      case "boolean":
        return "boolean";
      case "array":
        return `${this.docSet(schema) ? "Set" : "Array"}<${this.orNull(schema.items)}>`;
      case "object":
        if (schema.properties.length === 0 && typeof schema.additionalProperties === "object") {
          return `{ [key: string]: ${this.orNull(schema.additionalProperties)}; }`;
        }
        return "any";
      case "composed":
        return this.composedDeclaration(schema);
      case "any":
        return schema.danglingRef !== undefined && schema.unknownType !== undefined ? this.danglingDeclaration(schema.unknownType) : "any";
      case "null":
        return "any";
      default:
        return assertNever(schema, "schema");
    }
  }

  /**
   * A `$ref` to nothing (AnySchema.danglingRef), as AbstractTypeScriptClientCodegen.getSchemaType
   * names it: DefaultCodegen.getSingleSchemaType gives the ref's last segment, which the type
   * mapping maps (kept when a language primitive) and toModelName names. Docs only: the client
   * types the value `any`, no such model exists.
   */
  private danglingDeclaration(name: string): string {
    const mapped = own(TYPE_MAPPING, name);
    if (mapped !== undefined) return LANGUAGE_PRIMITIVES.has(mapped) ? mapped : this.names.modelName(mapped);
    return this.names.modelName(name);
  }

  /**
   * Array items and map values that may be null say so (`Array<string | null>`), also when the
   * schema object is one swagger-parser shares with a `[X, null]` elsewhere (3.1, src/parse/shared-instances.ts).
   */
  private orNull(schema: Schema): string {
    const type = this.declaration(schema);
    // a 3.1 `[array, "null"]` item the normalizer replaced lost its nullable before 7.9.0 (2d57255817)
    const nullable = docNullable(schema) && !arrayKeywordLost31(this.model, schema, "nullable", this.oagVersion);
    return nullable && type !== "null" ? `${type} | null` : type;
  }

  /**
   * OAG's getParameterDataType: inline enums as literal unions (`'a' | 'b'`, `1 | 2`); an array is
   * getSchemaType's container, so a uniqueItems one is `Set<...>` (typeMapping `set` -> `Set`).
   */
  parameterType(schema: Schema): string {
    if (schema.kind === "array") return `${this.docSet(schema) ? "Set" : "Array"}<${this.parameterType(schema.items)}>`;
    if (schema.kind === "object" && schema.properties.length === 0 && typeof schema.additionalProperties === "object") {
      return `{ [key: string]: ${this.parameterType(schema.additionalProperties)}; }`;
    }
    if ((schema.kind === "string" || schema.kind === "integer" || schema.kind === "number") && schema.enum && schema.enum.length > 0) {
      return enumLiteralUnion(oagEnum(schema)!, schema.kind === "string");
    }
    return this.declaration(schema);
  }

  /**
   * Type text for generated code (not the docs): nullable adds `| null`, inline enums are literal
   * unions, date-time is `Date`, binary is the file type, uniqueItems arrays stay arrays, aliases
   * resolve to what they alias. Referenced model names (and file use) are recorded in `refs`.
   */
  code(schema: Schema, refs?: CodeTypeRefs, fileType = "HttpFile"): string {
    return this.codeOf(schema, { refs, fileType, visiting: new Set() });
  }

  private codeOf(schema: Schema, ctx: CodeTypeContext): string {
    const base = this.codeBase(schema, ctx);
    if (!schema.nullable || base === "any" || /(^| )null$/.test(base)) return base;
    return `${base} | null`;
  }

  private codeBase(schema: Schema, ctx: CodeTypeContext): string {
    const mapped = mappedType(this.typeMappings, schema);
    if (mapped !== undefined) {
      this.noteMapped(mapped, ctx.refs);
      return mapped;
    }
    switch (schema.kind) {
      case "ref": {
        const target = namedSchema(this.model, schema.target);
        if (!target) return "any";
        if (isModelSchema(target.schema)) {
          const name = this.names.codeModelName(schema.target);
          ctx.refs?.models.add(name);
          return target.schema.nullable ? `${name} | null` : name;
        }
        if (ctx.visiting.has(schema.target)) return "any";
        ctx.visiting.add(schema.target);
        const out = this.codeOf(target.schema, ctx);
        ctx.visiting.delete(schema.target);
        return out;
      }
      case "string":
        if (schema.enum && schema.enum.length > 0) return codeLiteralUnion(schema.enum);
        if (schema.format === "date-time") return "Date";
        if (schema.format === "binary" || schema.format === "file") {
          if (ctx.refs) ctx.refs.file = true;
          return ctx.fileType;
        }
        return stringTypedByFormat(schema) ?? "string";
      case "integer":
      case "number":
        return schema.enum && schema.enum.length > 0 ? codeLiteralUnion(schema.enum) : "number";
      case "boolean":
        return schema.enum && schema.enum.length > 0 ? codeLiteralUnion(schema.enum) : "boolean";
      case "array":
        return `Array<${this.codeOf(schema.items, ctx)}>`;
      case "object":
        if (schema.properties.length === 0 && typeof schema.additionalProperties === "object") {
          return `{ [key: string]: ${this.codeOf(schema.additionalProperties, ctx)}; }`;
        }
        return "any";
      case "composed": {
        const union = schema.oneOf.length > 0 || schema.anyOf.length > 0;
        const list = schema.oneOf.length > 0 ? schema.oneOf : schema.anyOf.length > 0 ? schema.anyOf : schema.allOf;
        const types: string[] = [];
        for (const m of list) {
          const t = this.codeOf(m, ctx);
          if (!types.includes(t)) types.push(t);
        }
        const typed = types.length > 1 ? types.filter((t) => t !== "any") : types;
        if (typed.length === 0 || typed.includes("any")) return "any";
        if (union) return typed.join(" | ");
        return typed.map((t) => (t.includes(" | ") ? `(${t})` : t)).join(" & ");
      }
      case "any":
      case "null":
        return "any";
      default:
        return assertNever(schema, "schema");
    }
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

/**
 * The client's type of a string whose format is a key of OAG's typeMapping that maps to `number` or
 * `boolean` (stringFormatTypeKey: `{type: string, format: integer}`, `long`, `double`, `boolean`, ...):
 * OAG's docs and its client's signatures and model properties say that type (DefaultCodegen
 * .getPrimitiveType's string branch, b44f6c302a #2799, 4.1.0, so every release), and so do ours. OAG's
 * client then sends the number as a JSON number (the spec says a string); ours sends its text and reads
 * the text back as the number (client/type-info.ts: `"number-text"`, `"boolean-text"`). Undefined for
 * other strings, an enum, and keys that map to other types (`object`, `map`: `any`; `char`: `string`),
 * which stay `string`.
 */
export function stringTypedByFormat(schema: Schema): "number" | "boolean" | undefined {
  if (schema.kind !== "string" || (schema.enum !== undefined && schema.enum.length > 0)) return undefined;
  const key = stringFormatTypeKey(schema, TYPE_MAPPING);
  const mapped = key === undefined ? undefined : TYPE_MAPPING[key];
  return mapped === "number" || mapped === "boolean" ? mapped : undefined;
}

/** Model names a code type refers to, and whether it uses the file type. */
export interface CodeTypeRefs {
  readonly models: Set<string>;
  file: boolean;
}

interface CodeTypeContext {
  readonly refs: CodeTypeRefs | undefined;
  readonly fileType: string;
  readonly visiting: Set<string>;
}

/** Literal union of enum values for code: strings as TS string literals, numbers and booleans as is. */
export function codeLiteralUnion(values: readonly unknown[]): string {
  const out: string[] = [];
  for (const v of values) {
    const text = typeof v === "string" ? JSON.stringify(v).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029") : v === null ? "null" : typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(JSON.stringify(v));
    if (!out.includes(text)) out.push(text);
  }
  return out.join(" | ");
}

/** `'a' | 'b'` for strings (escapeText'ed, single-quoted), `1 | 2` for numbers. */
export function enumLiteralUnion(values: readonly unknown[], quoted: boolean): string {
  return values.map((v) => (quoted ? `'${escapeText(String(v))}'` : String(v))).join(" | ");
}

/** Whether OAG's docs treat a parameter type as primitive (printed `[**T**]`). */
export function isPrimitiveParam(schema: Schema, model: ApiModel): boolean {
  const s = schema.kind === "ref" ? unaliasRef(model, schema) : schema;
  if (s.kind === "ref" || s.kind === "array" || s.kind === "composed") return false;
  // A `$ref` to nothing takes fromParameter's "referenced schemas" branch, as a model's `$ref` does.
  if (s.kind === "any" && s.danglingRef !== undefined) return false;
  if (s.kind === "object") return !(s.properties.length === 0 && typeof s.additionalProperties === "object");
  return true;
}
