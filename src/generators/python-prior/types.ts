// IR schema -> python-prior type text: the only type map of this generator. OpenAPI Generator
// 6.6's PythonPriorClientCodegen (getTypeString, unaliasSchema, toDefaultValue) reproduced:
// the docs print these strings (`[Pet]`, `{str: (int,)}`, `str, none_type`) and the generated
// code uses the same text inside `openapi_types` tuples.

import type { ApiModel, JsonValue, NamedSchema, Schema } from "../../model/ir.js";
import { assertNever } from "../../model/ir.js";
import { namedSchema } from "../../codegen/schemas.js";
import { javaToString, oagHeldValue, parsed, type HeldValue } from "../../codegen/java-format.js";
import { stringFormatTypeKey } from "../../codegen/oag-schema.js";
import type { PythonPriorNames } from "./names.js";

/** What OAG prints for "any JSON value". */
export const ANY_TYPE = "bool, date, datetime, dict, float, int, list, str, none_type";
/** A free-form object's type before 5.2.0 where it has no additional properties (PythonPriorTypes.withoutAdditionalProperties). */
const LEGACY_FREE_FORM = "bool, date, datetime, dict, float, int, list, str";

const ANY: Schema = { kind: "any", pointer: "", nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {} };

/** How older releases type things in the docs (the client keeps accepting what the spec allows). */
export interface DocTypeOptions {
  /**
   * Release row legacyFreeFormTypes (before 5.2.0): a free-form object without additional properties
   * is `bool, date, datetime, dict, float, int, list, str`, with none_type only when nullable;
   * `disallowIfNotPresent` says whether an absent keyword is such.
   */
  readonly legacyFreeForm?: { readonly disallowIfNotPresent: boolean };
  /**
   * Release row compositionAnyType off (before 5.3.0): a composition without a declared `type` is no
   * AnyType. getTypeString asked isAnyTypeSchema, true for a plain Schema only (`getClass().equals(
   * Schema.class)`), so a ComposedSchema went on to getSchemaType, whose getPrimitiveType ends in
   * "object": `dict` (`dict, none_type` when nullable). d4b8ff60a1 (#10334, 5.3.0) asks
   * ModelUtils.isAnyType (no `$ref`, no type) instead.
   */
  readonly compositionAsObject?: boolean;
}

export class PythonPriorTypes {
  private readonly modelCache = new Map<string, boolean>();
  private readonly allOfTargets: ReadonlySet<string>;

  private readonly legacyFreeForm: { readonly disallowIfNotPresent: boolean } | undefined;
  private readonly compositionAsObject: boolean;

  /** @param docs the docs' older readings (DocTypeOptions); the client's types take none. */
  constructor(
    private readonly model: ApiModel,
    private readonly names: PythonPriorNames,
    docs: DocTypeOptions = {},
  ) {
    this.legacyFreeForm = docs.legacyFreeForm;
    this.compositionAsObject = docs.compositionAsObject === true;
    const targets = new Set<string>();
    for (const s of model.schemas) {
      if (s.schema.kind === "composed") for (const m of s.schema.allOf) if (m.kind === "ref") targets.add(m.target);
    }
    this.allOfTargets = targets;
  }

  /**
   * OAG's unaliasSchema for a reference: the reference itself when its target becomes a model
   * class (enums, arrays, maps, compositions, objects with properties, anything with
   * validations), otherwise the schema it stands for.
   */
  unalias(schema: Schema): Schema {
    let current = schema;
    const seen = new Set<string>();
    while (current.kind === "ref" && !seen.has(current.target)) {
      seen.add(current.target);
      const target = namedSchema(this.model, current.target);
      if (!target) return current;
      if (this.keepsRef(target)) return current;
      current = target.schema;
    }
    return current;
  }

  /** True when the named schema is generated as a model class. */
  isModel(name: string): boolean {
    const target = namedSchema(this.model, name);
    return target !== undefined && this.keepsRef(target);
  }

  private keepsRef(target: NamedSchema): boolean {
    let cached = this.modelCache.get(target.name);
    if (cached === undefined) {
      cached = this.computeKeepsRef(target);
      this.modelCache.set(target.name, cached);
    }
    return cached;
  }

  private computeKeepsRef(target: NamedSchema): boolean {
    const t = target.schema;
    if (t.kind === "ref") return false;
    if (t.enum !== undefined && t.enum.length > 0) return true;
    switch (t.kind) {
      case "array":
      case "composed":
        return true;
      case "object":
        if (isMap(t)) return true;
        if (t.properties.length > 0) return true;
        return hasValidation(t) || this.allOfTargets.has(target.name);
      default:
        return hasValidation(t);
    }
  }

  /** The model name a schema stands for (a reference kept by unalias), else null. */
  modelNameOf(schema: Schema): string | null {
    if (schema.kind !== "ref") return null;
    const u = this.unalias(schema);
    return u.kind === "ref" ? this.names.modelName(schema.target) : null;
  }

  /**
   * OAG's getTypeDeclaration (getTypeString with no prefix and suffix). `unknownAsAny`: for the
   * generated code's docstrings, a type OpenAPI does not define or a `$ref` to nothing reads as any
   * type rather than name a class that does not exist.
   */
  dataType(schema: Schema, unknownAsAny = false): string {
    return this.typeString(schema, "", "", false, unknownAsAny);
  }

  /**
   * The type the generated code checks values against (`openapi_types`): dataType, but a
   * composed model whose oneOf/anyOf has primitive alternatives (`anyOf: [boolean, integer,
   * string]`) also admits those primitive values, which its class cannot hold: OAG's
   * python-prior rejected every valid primitive (`Required value type is Metadata and passed
   * type was bool`). The docs keep dataType.
   */
  codeType(schema: Schema): string {
    return this.typeString(schema, "", "", true);
  }

  /** The Python classes of a composed model's primitive oneOf/anyOf alternatives (and declared type). */
  private primitiveAlternatives(name: string): string[] {
    const target = namedSchema(this.model, name);
    if (!target || target.schema.kind !== "composed") return [];
    const c = target.schema;
    const out: string[] = [];
    const add = (t: string) => {
      for (const part of t.split(", ")) if (!out.includes(part)) out.push(part);
    };
    const declared = ({ string: "str", integer: "int", number: "float", boolean: "bool" } as Record<string, string>)[c.declaredType ?? ""];
    if (declared !== undefined) add(declared);
    for (const m of [...c.oneOf, ...c.anyOf]) {
      const u = this.unalias(m);
      if (u.kind === "ref") continue;
      if (isAnyType(u)) add("bool, date, datetime, float, int, list, str, none_type");
      else if (u.kind === "array") add("list");
      else if (u.kind === "string" || u.kind === "integer" || u.kind === "number" || u.kind === "boolean" || u.kind === "null") add(this.schemaType(u));
      if (u.nullable) add("none_type");
    }
    if (c.nullable) add("none_type");
    return out;
  }

  private typeString(input: Schema, prefix: string, suffix: string, widen: boolean, unknownAsAny = widen): string {
    let fullSuffix = suffix === ")" ? `,${suffix}` : suffix;
    let p = input;
    if (p.kind === "ref") {
      const u = this.unalias(p);
      if (u.kind === "ref") {
        const extra = widen ? this.primitiveAlternatives(p.target) : [];
        return `${prefix}${[this.names.modelName(p.target), ...extra].join(", ")}${fullSuffix}`;
      }
      p = u;
    }
    // Docs only: what OAG's getSchemaType makes of a type it has no case for (see unhandledType: a
    // typed schema, so no AnyType), or of a string whose format it maps (typedByFormat); the client
    // keeps checking such values as any value (a class named after an unknown type does not exist),
    // or as strings.
    const unhandled = widen || unknownAsAny ? null : (this.unhandledType(p) ?? this.typedByFormat(p));
    if (unhandled !== null) return `${prefix}${unhandled}${p.nullable ? `, none_type${suffix}` : fullSuffix}`;
    if (this.legacyFreeForm !== undefined && this.withoutAdditionalProperties(p, this.legacyFreeForm.disallowIfNotPresent)) {
      return `${prefix}${LEGACY_FREE_FORM}${p.nullable ? `, none_type${suffix}` : fullSuffix}`;
    }
    if (isAnyType(p) && !(this.compositionAsObject && p.kind === "composed")) return `${prefix}${ANY_TYPE}${suffix}`;
    // getTypeString's v2 cases (5.x python to 6.6 python-prior): a spec converted from Swagger 2.0
    // (x-original-swagger-version) cannot tell "any type" from a bare `type: object`, so a free-form
    // object is typed as any type there.
    // Only where getAdditionalProperties gives nothing or an empty `new Schema()`, i.e. the keyword is
    // absent or `true`: swagger-models reads an explicit `additionalProperties: {}` as an
    // ObjectProperty, a `type: object` schema, typed as the map it is below (OAG's 2.0 petstore
    // samples, 5.2.0 to 6.6.0: map_map_anytype `{str: ({str: (bool, ..., none_type,)},)}`).
    const swagger2 = this.model.source.openapiVersion === "2.0";
    const explicitEmpty = p.kind === "object" && p.additionalPropertiesEmptySchema === true;
    if (isFreeFormObject(p) && swagger2 && !explicitEmpty) return `${prefix}${ANY_TYPE}${fullSuffix}`;
    if (p.nullable) fullSuffix = `, none_type${suffix}`;
    if (isFreeFormObject(p) && swagger2) return `${prefix}{str: (${ANY_TYPE},)}${fullSuffix}`;
    if (isFreeFormObject(p)) return `${prefix}{str: (${ANY_TYPE})}${fullSuffix}`;
    if (p.kind === "object" && p.additionalProperties !== false) {
      const inner = typeof p.additionalProperties === "object" ? p.additionalProperties : ANY;
      return `${prefix}{str: ${this.typeString(inner, "(", ")", widen, unknownAsAny)}}${fullSuffix}`;
    }
    if (p.kind === "array") return `${prefix}${this.typeString(p.items, "[", "]", widen, unknownAsAny)}${fullSuffix}`;
    return `${prefix}${this.schemaType(p)}${fullSuffix}`;
  }

  /**
   * getTypeString before 6cc270633b (5.2.0): `isFreeFormObject(p) && getAdditionalProperties(p) ==
   * null`, where ModelUtils.getAdditionalProperties is null for `additionalProperties: false` and, with
   * disallowAdditionalPropertiesIfNotPresent, for an absent keyword (else a nullable ObjectSchema,
   * printed `{str: (..., none_type)}` as today). A Swagger 2.0 `{}` is such an object too (the
   * converter makes an ObjectSchema of it: OAG's python-oas2 samples 5.0.0-5.1.1, anytype_2).
   */
  private withoutAdditionalProperties(p: Schema, disallowIfNotPresent: boolean): boolean {
    if (p.kind === "any") return this.model.source.openapiVersion === "2.0" && isAnyType(p) && disallowIfNotPresent;
    if (p.kind !== "object" || p.properties.length > 0) return false;
    return p.additionalProperties === false || (p.additionalProperties === undefined && disallowIfNotPresent);
  }

  /**
   * The python type OAG's getSchemaType gives a schema its getTypeString has no case for, else null:
   * - a `type` OpenAPI does not have (`type: int64`): swagger-parser keeps it as written on a plain
   *   Schema, DefaultCodegen.getPrimitiveType returns it ("Unknown type found in the schema") and
   *   getSchemaType maps it through typeMapping or else toModelName: `Int64`, which the docs link
   *   as a model (fromProperty: setNonArrayMapProperty, no language primitive);
   * - a 3.0 `type: array` without `items`: a plain Schema of type `array`, no ArraySchema
   *   (ArraySchema.itemsAbsent), so getTypeString's isArraySchema fails and getSchemaType maps
   *   `array` to `list`: `[list]` for an array of such arrays, no link.
   * PythonClientCodegen at the 5.3.0 release (bb124e1178) and PythonPriorClientCodegen at 3371e883ab~1
   * alike; the 2.0 converter makes an ArraySchema of an items-less array, so 3.0 documents only.
   */
  unhandledType(p: Schema): string | null {
    if (p.kind === "any" && p.unknownType !== undefined) return OAG_TYPE_MAPPING.get(p.unknownType) ?? this.names.modelName(p.unknownType);

    if (p.kind === "array" && p.itemsAbsent === true && this.model.source.openapiVersion === "3.0") return "list";
    return null;
  }

  /**
   * DefaultCodegen.getPrimitiveType (b44f6c302a, #2799, 4.1.0): a string whose format is a
   * typeMapping key, and none of the formats the branches before it take, is typed by that key
   * (`{type: string, format: integer}` -> `int`, the 6.0.1 output of the corpus case
   * formatexample-python-prior). Docs only: the client keeps checking such values as the strings
   * they are (OAG's rejects `'100'` there, the bug that repository reports), and the examples stay
   * toExampleValueRecursive's string ones (`param="param_example"`).
   */
  private typedByFormat(p: Schema): string | null {
    const key = stringFormatTypeKey(p, OAG_TYPE_MAPPING);
    return key === undefined ? null : OAG_TYPE_MAPPING.get(key)!;
  }

  /**
   * The model a doc links to (complexType): as complexType, plus the model name OAG makes of a type it
   * does not know (unhandledType). Docs only: the client imports no such class.
   */
  docComplexType(schema: Schema): string | null {
    return this.innermostModel(schema, true);
  }

  /**
   * The model a model property's Type cell links to. DefaultCodegen.updatePropertyForMap sets a map's
   * complexType to its value property's baseType unless that is a language primitive, which a
   * container's (`list`, `dict`) is; python-prior's fromProperty then gives an array without one its
   * innermost item's complexType (mostInnerItems), a map not (5.x and 6.6 alike): a map of arrays of
   * a model is not linked, an array of maps of one is.
   */
  propertyComplexType(schema: Schema): string | null {
    const s = schema.kind === "ref" ? this.unalias(schema) : schema;
    if (s.kind === "object" && typeof s.additionalProperties === "object" && !isFreeFormObject(s)) {
      const value = s.additionalProperties.kind === "ref" ? this.unalias(s.additionalProperties) : s.additionalProperties;
      if (value.kind === "array" || (value.kind === "object" && typeof value.additionalProperties === "object")) return null;
    }
    return this.docComplexType(schema);
  }

  /** A model's own dataType (OAG's getSchemaType of the model schema: `str` for a nullable enum). */
  dataTypeOfModel(schema: Schema): string {
    return this.schemaType(schema);
  }

  /** OAG's getSchemaType through python-prior's type mapping. */
  private schemaType(p: Schema): string {
    switch (p.kind) {
      case "string":
        if (p.format === "date") return "date";
        if (p.format === "date-time") return "datetime";
        if (p.format === "binary" || p.format === "file") return "file_type";
        return "str";
      case "integer":
        return "int";
      case "number":
        return "float";
      case "boolean":
        return "bool";
      case "object":
        return "dict";
      case "composed":
        // getPrimitiveType reads the composition's own `type` first (isStringSchema, isIntegerSchema,
        // ... test `type`, not the class): `{type: string, allOf: [$ref]}` is `str`, 5.3.0 to 6.6.
        return PRIMITIVE_DECLARED_TYPES.get(p.declaredType ?? "") ?? "dict";
      case "null":
        return "none_type";
      case "array":
        return "list";
      case "any":
        return ANY_TYPE;
      case "ref":
        return this.names.modelName(p.target);
      default:
        return assertNever(p, "schema");
    }
  }

  /**
   * The model a doc links to for this type (`[**[Tag]**](Tag.md)`): the model itself, or the
   * innermost model of arrays and maps; null for primitive types.
   */
  complexType(schema: Schema): string | null {
    return this.innermostModel(schema, false);
  }

  /** complexType's walk; `unknownTypes`: a type OAG does not know ends it at its model name (docComplexType). */
  private innermostModel(schema: Schema, unknownTypes: boolean): string | null {
    let current = schema;
    for (let depth = 0; depth < 32; depth++) {
      if (current.kind === "ref") {
        const u = this.unalias(current);
        if (u.kind === "ref") return this.names.modelName(current.target);
        current = u;
        continue;
      }
      const unhandled = unknownTypes ? this.unhandledType(current) : null;
      if (unhandled !== null) return LANGUAGE_PRIMITIVES.has(unhandled) ? null : unhandled;
      if (current.kind === "array") current = current.items;
      else if (current.kind === "object" && typeof current.additionalProperties === "object" && !isFreeFormObject(current)) {
        current = current.additionalProperties;
      } else return null;
    }
    return null;
  }

  /** python-prior's toDefaultValue: the default (or a one-value enum) as Python source. */
  defaultValue(schema: Schema): string | null {
    const s = schema.kind === "ref" ? this.unalias(schema) : schema;
    let held: HeldValue | undefined;
    // A number written as a floating-point literal (`5.0`) prints as OAG holds it (oagValue: `5.0`).
    // `defaultObject.toString()` (PythonPriorClientCodegen.toDefaultValue, 6.6.0 7f8b853f50): a list or
    // object default in a 3.1 deep copy (IR defaultFromCopy, 6.2.0 on) is a Java List/LinkedHashMap,
    // `[ADMIN, EDITOR]`, where the node swagger-parser read prints its JSON.
    if (s.default !== undefined && keepsTemporalValue(s, s.default.value)) held = oagHeldValue(s.default, s.defaultFromCopy);
    else if (s.enum !== undefined && s.enum.length === 1) held = parsed(s.enum[0]!);
    if (held === undefined || held.value === null) return null;
    const text = javaToString(held.value, held.holder);
    if (s.kind === "string" && s.format === "date") return `dateutil_parser('${text}').date()`;
    if (s.kind === "string" && s.format === "date-time") return `dateutil_parser('${text}')`;
    if (s.kind === "string" && !["byte", "binary", "file", "uuid", "email"].includes(s.format ?? "")) return ensureQuotes(text);
    if (s.kind === "boolean") return text === "true" ? "True" : "False";
    return text;
  }
}

/** python-prior's typeMapping (AbstractPythonCodegen's, `object` -> `dict`), by OpenAPI type name. */
const OAG_TYPE_MAPPING: ReadonlyMap<string, string> = new Map([
  ["integer", "int"], ["float", "float"], ["number", "float"], ["long", "int"], ["double", "float"], ["array", "list"], ["set", "list"],
  ["map", "dict"], ["boolean", "bool"], ["string", "str"], ["date", "date"], ["DateTime", "datetime"], ["object", "dict"],
  ["AnyType", "object"], ["file", "file"], ["binary", "str"], ["ByteArray", "str"], ["UUID", "str"], ["URI", "str"], ["null", "none_type"],
]);

/** The python type of a composition's declared primitive `type` (getPrimitiveType without format). */
const PRIMITIVE_DECLARED_TYPES: ReadonlyMap<string, string> = new Map([["string", "str"], ["integer", "int"], ["number", "float"], ["boolean", "bool"]]);

/** python-prior's languageSpecificPrimitives (AbstractPythonCodegen's, with file_type and none_type). */
const LANGUAGE_PRIMITIVES: ReadonlySet<string> = new Set(["int", "float", "list", "dict", "bool", "str", "datetime", "date", "object", "file", "bytes", "file_type", "none_type"]);

/** AnyType: no type at all (a composition without a declared type counts too). */
export function isAnyType(s: Schema): boolean {
  if (s.kind === "any") return true;
  return s.kind === "composed" && s.declaredType === undefined;
}

/** OAG's isMapSchema: additionalProperties is a schema or `true`. */
export function isMap(s: Schema): boolean {
  return (s.kind === "object" || s.kind === "composed") && s.additionalProperties !== undefined && s.additionalProperties !== false;
}

/** `type: object` with no properties and additionalProperties absent or `true`. */
export function isFreeFormObject(s: Schema): boolean {
  return s.kind === "object" && s.properties.length === 0 && (s.additionalProperties === undefined || s.additionalProperties === true);
}

/** OAG's ModelUtils.hasValidation over the IR's keywords. */
export function hasValidation(s: Schema): boolean {
  switch (s.kind) {
    case "string":
      return s.pattern !== undefined || s.minLength !== undefined || s.maxLength !== undefined;
    case "integer":
    case "number":
      return s.minimum !== undefined || s.maximum !== undefined || s.multipleOf !== undefined;
    case "array":
      return s.minItems !== undefined || s.maxItems !== undefined || s.uniqueItems;
    case "object":
    case "composed":
      return s.minProperties !== undefined || s.maxProperties !== undefined;
    default:
      return false;
  }
}

/** python-prior's ensureQuotes: `'''…'''` for multi-line text, kept if already quoted, else `"…"`. */
export function ensureQuotes(text: string): string {
  // Multi-line: a triple-quoted literal. OAG writes the text as it is; a CRLF is written as "\n", as in
  // the published docs (golden ecotaxa: git's line-ending normalization turns CRLF into LF, and Python
  // reads either as "\n"), a lone CR stays (basistheory 6.2.1's docs keep it; nothing rewrites it).
  if (/\r\n|\r|\n/.test(text)) return `'''${text.replace(/\r\n/g, "\n")}'''`;
  if (/^['"][\s\S]*?['"]$/.test(text) && !/[\r\n]/.test(text)) return text;
  return `"${text}"`;
}

/**
 * Whether swagger-parser keeps an `example`/`default` of a date or date-time schema: it parses
 * them (OffsetDateTime / yyyy-MM-dd) and drops what does not parse, e.g. a date-time without
 * an offset.
 */
export function keepsTemporalValue(schema: Schema, value: JsonValue): boolean {
  if (schema.kind !== "string" || typeof value !== "string") return true;
  if (schema.format === "date-time") return /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|z|[+-]\d\d:\d\d)$/.test(value);
  if (schema.format === "date") return /^\d{4}-\d\d-\d\d$/.test(value);
  return true;
}

/**
 * The one member of an allOf that has no properties, oneOf or anyOf beside it (ModelUtils.isAllOf with
 * `getAllOf().size() == 1`, DefaultCodegen.fromProperty from 6.5.0), else undefined.
 */
export function singleAllOfMember(schema: Schema): Schema | undefined {
  if (schema.kind !== "composed" || schema.allOf.length !== 1 || schema.oneOf.length > 0 || schema.anyOf.length > 0) return undefined;
  return schema.properties.length > 0 ? undefined : schema.allOf[0];
}

/**
 * The schema DefaultCodegen.fromProperty reads a property (or a parameter, through fromParameter) as:
 * from 6.5.0 (releases.ts singleAllOfAsMember) an allOf of one schema is that schema.
 */
export function propertySchemaRead(schema: Schema, release: { readonly singleAllOfAsMember: boolean }): Schema {
  return release.singleAllOfAsMember ? (singleAllOfMember(schema) ?? schema) : schema;
}
