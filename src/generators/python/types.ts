// IR schema -> Python type text: the only type map of the python generator. Two flavours:
//
// - doc types, as OpenAPI Generator's docs print them (`str`, `List[Pet]`, `Dict[str, int]`,
//   `bytearray`, `object`), with what the doc tables link to;
// - pydantic annotations for the generated code (`StrictStr`, `Optional[...]`,
//   `Annotated[..., Field(...)]`), with the imports they need (`pydanticAnnotation`).

import type { ApiModel, Schema } from "../../model/ir.js";
import { assertNever } from "../../model/ir.js";
import { isModelSchema, unaliasRef } from "../../codegen/model-kinds.js";
import { namedSchema } from "../../codegen/schemas.js";
import { docNullable } from "../../codegen/nullable.js";
import { arrayKeywordLost31 } from "../../codegen/property-description.js";
import { javaHashSetOrder } from "../../naming/java-hash.js";
import type { PythonNames } from "./names.js";
import type { PythonDocRelease } from "./releases.js";
import { pyString } from "./runtime/escape.js";
import { mappedType } from "../../codegen/type-mappings.js";

/** OAG's python languageSpecificPrimitives: types printed bold (not linked) in the docs. */
const LANGUAGE_PRIMITIVES: ReadonlySet<string> = new Set([
  "int", "float", "list", "dict", "List", "Dict", "bool", "str", "datetime", "date", "object", "file", "bytes",
  "decimal.Decimal", "bytearray", "none_type",
]);

/** The same once `UUID` is a type of its own (AbstractPythonCodegen adds it, release row `uuidType`). */
const LANGUAGE_PRIMITIVES_WITH_UUID: ReadonlySet<string> = new Set([...LANGUAGE_PRIMITIVES, "UUID"]);

/** What OAG's getSchemaType gives before the python type mapping. */
type OpenApiType =
  | "null" | "decimal" | "ByteArray" | "file" | "binary" | "boolean" | "date" | "DateTime" | "number" | "float"
  | "double" | "integer" | "long" | "map" | "array" | "set" | "UUID" | "URI" | "string" | "object" | "AnyType";

/** OAG's python typeMapping. */
const TYPE_MAPPING: Readonly<Record<OpenApiType, string>> = {
  null: "none_type", decimal: "decimal.Decimal", ByteArray: "bytearray", file: "bytearray", binary: "bytearray",
  boolean: "bool", date: "date", DateTime: "datetime", number: "float", float: "float", double: "float", integer: "int",
  long: "int", map: "Dict", array: "List", set: "List", UUID: "str", URI: "str", string: "str", object: "object",
  AnyType: "object",
};

/** OAG's python typeMapping once `UUID` maps to `UUID` (release row `uuidType`). */
const TYPE_MAPPING_WITH_UUID: Readonly<Record<OpenApiType, string>> = { ...TYPE_MAPPING, UUID: "UUID" };

/**
 * Binary content and base64 strings typed `bytes`, not `bytearray` (release row `binaryAsBytes`,
 * #22988 "switch from mutable bytearray to immutable bytes"): a 7.21.0-SNAPSHOT output prints it
 * for `format: binary` (openproject-python), a 7.24.0-SNAPSHOT one for `format: byte`, ByteArray
 * (nativebpm-python's ProcessDefinition.xml_data); every typeMapping entry that named `bytearray`.
 */
const BINARY_AS_BYTES: Partial<Record<OpenApiType, string>> = { file: "bytes", binary: "bytes", ByteArray: "bytes" };

/** A type as a doc table shows it: the text and the model page it links to (null: printed bold). */
export interface DocTypeCell {
  readonly dataType: string;
  readonly link: string | null;
}

/** The rows of a python release that decide types. */
export type PythonTypeRelease = Pick<PythonDocRelease, "uuidType" | "binaryAsBytes" | "optionalItems" | "scalarBesideOneOf">;

/** Without a release (unit tests of the type rules): `str` for uuid, `bytearray`, `Optional[...]` items. */
const UNVERSIONED_TYPES: PythonTypeRelease = { uuidType: false, binaryAsBytes: false, optionalItems: true, scalarBesideOneOf: true };

export class PythonTypes {
  constructor(
    private readonly model: ApiModel,
    private readonly names: PythonNames,
    /** `--type-mappings` (src/codegen/type-mappings.ts): the mapped type is used as written. */
    readonly typeMappings: Readonly<Record<string, string>> = {},
    /** The release's type rows (src/generators/python/releases.ts): `uuidType`, `binaryAsBytes`, `optionalItems`. */
    release: PythonTypeRelease = UNVERSIONED_TYPES,
    /**
     * The release the docs follow (`-p oagVersion`), for NORMALIZE_31SPEC's keywords by release
     * (isNullable); given to the docs' types only, the client's read the schema as written.
     */
    private readonly oagVersion?: string,
  ) {
    this.uuidType = release.uuidType;
    this.optionalItems = release.optionalItems;
    this.scalarBesideOneOf = release.scalarBesideOneOf;
    const base = release.uuidType ? TYPE_MAPPING_WITH_UUID : TYPE_MAPPING;
    this.typeMapping = release.binaryAsBytes ? { ...base, ...BINARY_AS_BYTES } : base;
    this.binaryType = this.typeMapping.binary;
    this.byteArrayType = this.typeMapping.ByteArray;
    this.primitives = release.uuidType ? LANGUAGE_PRIMITIVES_WITH_UUID : LANGUAGE_PRIMITIVES;
  }

  /** The release types `format: uuid` as `UUID` (releases.ts `uuidType`). */
  readonly uuidType: boolean;
  /** The release reads nullable array items and map values `Optional[...]` (releases.ts `optionalItems`). */
  private readonly optionalItems: boolean;
  private readonly scalarBesideOneOf: boolean;

  private readonly typeMapping: Readonly<Record<OpenApiType, string>>;
  /**
   * The python type of binary content (`format: binary`, 2.0 `file`) as the release's docs print it:
   * `bytes` from 7.21.0, `bytearray` before. The client types and returns binary responses as it.
   */
  readonly binaryType: string;
  /** The python type of a base64 string (`format: byte`): `bytes` from 7.21.0, `bytearray` before, as binaryType. */
  readonly byteArrayType: string;
  private readonly primitives: ReadonlySet<string>;

  /** Whether a python type is one of OAG's languageSpecificPrimitives (printed bold, not linked). */
  isLanguagePrimitive(type: string): boolean {
    return this.primitives.has(type);
  }

  /**
   * Follows refs to aliases (named schemas that are not models), and reads a composition of a
   * single schema (`allOf: [$ref: X]`, no properties of its own) as that schema, as OAG types it.
   */
  unalias(schema: Schema): Schema {
    const s = firstRefOfAllOf(singleMember(schema));
    return s.kind === "ref" ? unaliasRef(this.model, s) : s;
  }

  /** The model a schema names after unaliasing, or null. */
  modelOf(schema: Schema): string | null {
    const s = this.unalias(schema);
    if (s.kind !== "ref") return null;
    return namedSchema(this.model, s.target) ? this.names.modelName(s.target) : null;
  }

  /**
   * OAG's getTypeDeclaration: `List[Pet]`, `Dict[str, List[str]]`, `datetime`, `Pet`. A type
   * OpenAPI does not define is named as OAG names it (`type: ref` -> `Ref`, see unknownTypeName)
   * unless `unknownAsAny`: the generated code's docstrings say `object` rather than name a class
   * that does not exist.
   */
  declaration(schema: Schema, unknownAsAny = false): string {
    const mapped = mappedType(this.typeMappings, schema) ?? mappedType(this.typeMappings, this.unalias(schema));
    if (mapped !== undefined) return mapped;
    const s = this.unalias(schema);
    if (s.kind === "array") return `List[${this.itemDeclaration(s.items, unknownAsAny)}]`;
    if (isMap(s)) return `Dict[str, ${this.itemDeclaration(mapValues(s), unknownAsAny)}]`;
    if (s.kind === "ref") return namedSchema(this.model, s.target) ? this.names.modelName(s.target) : "object";
    if (s.kind === "any" && s.unknownType !== undefined && !unknownAsAny) return this.unknownTypeName(s.unknownType);
    if (s.kind === "any" && s.emptyComposition !== undefined && !unknownAsAny) return this.emptyCompositionName(s.emptyComposition);
    return this.typeMapping[this.openApiType(s)];
  }

  /**
   * A oneOf/anyOf OAG emptied (AnySchema.emptyComposition): getSchemaType's toAnyOfName of no names,
   * `anyOf<>`, which AbstractPythonCodegen.getTypeDeclaration names with toModelName: `AnyOf`, `OneOf`.
   */
  private emptyCompositionName(key: "anyOf" | "oneOf"): string {
    return this.names.modelName(`${key}<>`);
  }

  /** Items and map values: nullable ones read `Optional[T]` (from release row `optionalItems`). */
  private itemDeclaration(schema: Schema, unknownAsAny: boolean): string {
    const inner = this.declaration(schema, unknownAsAny);
    return this.optionalItems && this.isNullable(schema) ? `Optional[${inner}]` : inner;
  }

  /**
   * A `type` OpenAPI does not define (`type: ref`, 3.x `type: file`): DefaultCodegen.getPrimitiveType
   * returns it as written ("Unknown type found in the schema", unchanged since 2018, e45b3784f1) and
   * AbstractPythonCodegen.getTypeDeclaration maps it by typeMapping (`file` -> `bytearray`), keeps a
   * languageSpecificPrimitive, and names anything else with toModelName (`ref` -> `Ref`): the docs
   * then type, link, import and construct a model class no schema defines (OpenSILEX's
   * `description: {type: ref}` form field, python 7.14.0). The client reads the value as any value.
   */
  private unknownTypeName(type: string): string {
    if (Object.hasOwn(this.typeMapping, type)) return this.typeMapping[type as OpenApiType];
    if (this.primitives.has(type)) return type;
    return this.names.modelName(type);
  }

  /** The class OAG's docs import for a schema of a type OpenAPI does not define, or null. */
  unknownTypeModel(schema: Schema): string | null {
    const s = this.unalias(schema);
    if (s.kind !== "any" || s.unknownType === undefined) return null;
    const name = this.unknownTypeName(s.unknownType);
    return this.primitives.has(name) ? null : name;
  }

  private isNullable(schema: Schema): boolean {
    if (this.docNullable(schema)) return true;
    if (schema.kind !== "ref") return false;
    const target = namedSchema(this.model, schema.target);
    return target !== undefined && !isModelSchema(target.schema) && this.docNullable(this.unalias(schema));
  }

  /**
   * docNullable, less what NORMALIZE_31SPEC dropped: a 3.1 `type: [array, "null"]` item replaced
   * by a new ArraySchema is not nullable before 7.9.0 (2d57255817; NormalizerRules.arrayKept31), so
   * the docs print `List[List[str]]` where 7.9.0 prints `List[Optional[List[str]]]`. Docs only:
   * the client's annotations (mayBeNull) still accept the null the spec allows.
   */
  private docNullable(schema: Schema): boolean {
    return docNullable(schema) && !(this.oagVersion !== undefined && arrayKeywordLost31(this.model, schema, "nullable", this.oagVersion));
  }

  /**
   * Whether JSON `null` is a valid value of the schema, as JSON Schema reads it: nullable itself
   * (3.0 `nullable`, 3.1 `type: [..., "null"]`, `type: "null"`), through an alias or a ref to a
   * nullable model (GitHub's `assignee: {$ref: nullable-simple-user}`), an allOf whose every
   * member is nullable, or a oneOf/anyOf one of whose alternatives is. For the code's
   * annotations (`Optional[...]`, array items and map values too); the docs keep OAG's own reading.
   */
  mayBeNull(schema: Schema, seen: Set<string> = new Set()): boolean {
    if (schema.nullable || schema.kind === "null") return true;
    if (schema.kind === "ref") {
      const target = namedSchema(this.model, schema.target);
      if (target === undefined || seen.has(schema.target)) return false;
      seen.add(schema.target);
      return this.mayBeNull(target.schema, seen);
    }
    if (schema.kind !== "composed") return false;
    if (schema.oneOf.some((m) => this.mayBeNull(m, seen)) || schema.anyOf.some((m) => this.mayBeNull(m, seen))) return true;
    // An allOf constrains with every member: null passes only when each member allows it (and
    // the schema has no object keywords of its own that a null would have to meet: it meets them).
    return schema.allOf.length > 0 && schema.oneOf.length === 0 && schema.anyOf.length === 0 && schema.allOf.every((m) => this.mayBeNull(m, seen));
  }

  /** A ref to a model that is a composition (allOf/oneOf/anyOf). */
  isComposedModel(schema: Schema): boolean {
    const s = this.unalias(schema);
    return s.kind === "ref" && namedSchema(this.model, s.target)?.schema.kind === "composed";
  }

  /**
   * What OAG types a request body by: a `$ref` to an enum model reads as the enum's value type
   * (`str`, `int`), anything else as itself.
   */
  bodyTypeSchema(schema: Schema): Schema {
    const s = this.unalias(schema);
    if (s.kind !== "ref") return schema;
    const target = namedSchema(this.model, s.target)?.schema;
    if (target && (target.kind === "string" || target.kind === "integer" || target.kind === "number" || target.kind === "boolean")) {
      const { enum: _values, ...plain } = target;
      return plain as Schema;
    }
    return schema;
  }

  /** The python name of a schema's own type, containers unexpanded (`List`, `Dict`, `str`, `Pet`). */
  baseType(schema: Schema): string {
    const s = this.unalias(schema);
    if (s.kind === "array") return "List";
    if (isMap(s)) return "Dict";
    if (s.kind === "ref") return namedSchema(this.model, s.target) ? this.names.modelName(s.target) : "object";
    if (s.kind === "any" && s.unknownType !== undefined) return this.unknownTypeName(s.unknownType);
    if (s.kind === "any" && s.emptyComposition !== undefined) return this.emptyCompositionName(s.emptyComposition);
    return this.typeMapping[this.openApiType(s)];
  }

  /** OAG's isPrimitiveType of a model property: primitives, and containers of primitives or containers. */
  isPrimitiveProperty(schema: Schema): boolean {
    const s = this.unalias(schema);
    if (s.kind === "array") return this.primitives.has(this.baseType(s.items));
    if (isMap(s)) return this.primitives.has(this.baseType(mapValues(s)));
    return this.primitives.has(this.baseType(s));
  }

  /** The model page a property type links to (containers: their items' type). */
  complexType(schema: Schema): string {
    const s = this.unalias(schema);
    if (s.kind === "array") return this.baseType(s.items);
    if (isMap(s)) return this.baseType(mapValues(s));
    return this.baseType(s);
  }

  /** A model property in a model doc's table. */
  propertyCell(schema: Schema): DocTypeCell {
    const dataType = this.declaration(schema);
    // A 3.0 `{type: object, $ref: X}` reaches OAG as an ObjectSchema with a `$ref` and no
    // properties: DefaultCodegen.fromProperty types it X (getSchemaType reads the `$ref`) but
    // ModelUtils.isFreeFormObject holds, so it sets no complexType and the doc links `(.md)`.
    if (isObjectTypedRef(schema)) return { dataType, link: "" };
    return { dataType, link: this.isPrimitiveProperty(schema) ? null : this.complexType(schema) };
  }

  /**
   * The method's return type in an API doc. Like a property, but DefaultCodegen.handleMethodResponse
   * links `returnBaseType`, the property's complexType or else its baseType: a `{type: object, $ref: X}`
   * response (no complexType, see propertyCell) links X's page, which its baseType (getSchemaType) names.
   */
  returnCell(schema: Schema): DocTypeCell {
    if (isObjectTypedRef(schema)) return { dataType: this.declaration(schema), link: this.baseType(schema) };
    return this.propertyCell(schema);
  }

  /** The binary-ness OAG flags as isFile/isBinary on form parameters. */
  isBinary(schema: Schema): boolean {
    const s = this.unalias(schema);
    return s.kind === "string" && (s.format === "binary" || s.format === "file");
  }

  /** OAG's getSchemaType core (getPrimitiveType) for a non-ref schema. */
  openApiType(schema: Exclude<Schema, { kind: "ref" }>): OpenApiType {
    switch (schema.kind) {
      case "null":
        return "null";
      case "string":
        switch (schema.format) {
          case "number":
            return "decimal";
          case "byte":
            return "ByteArray";
          case "file":
            return "file";
          case "binary":
            return "binary";
          case "date":
            return "date";
          case "date-time":
            return "DateTime";
          case "uuid":
            return "UUID";
          case "uri":
            return "URI";
          default:
            // DefaultCodegen.getPrimitiveType (b44f6c302a, #2799): a string whose format is a
            // typeMapping key is typed by that key (`format: double` -> float).
            return schema.format !== undefined && Object.hasOwn(TYPE_MAPPING, schema.format) ? (schema.format as OpenApiType) : "string";
        }
      case "boolean":
        return "boolean";
      case "number":
        return schema.format === "float" ? "float" : schema.format === "double" ? "double" : "number";
      case "integer":
        return schema.format === "int64" ? "long" : "integer";
      case "array":
        return schema.uniqueItems ? "set" : "array";
      case "object":
        return isMap(schema) ? "map" : "object";
      case "composed":
        return this.composedType(schema);
      case "any":
        return "AnyType";
      default:
        return assertNever(schema, "schema");
    }
  }

  /** An inline composition that was not hoisted to a model: its single member, else any type. */
  private composedType(schema: Extract<Schema, { kind: "composed" }>): OpenApiType {
    const members = [...schema.allOf, ...schema.oneOf, ...schema.anyOf];
    if (members.length === 1) {
      const only = this.unalias(members[0]!);
      if (only.kind !== "ref") return this.openApiType(only);
    }
    // OpenAPINormalizer.processSimplifyOneOf drops a oneOf beside an integer, number or string
    // `type` (release row scalarBesideOneOf): the schema is that type (polymorphism.yaml
    // `event: {type: string, oneOf: [...]}` is `str`).
    const scalar = schema.declaredType === "string" || schema.declaredType === "integer" || schema.declaredType === "number";
    if (this.scalarBesideOneOf && scalar && schema.oneOf.length > 0 && schema.allOf.length === 0 && schema.anyOf.length === 0 && schema.properties.length === 0) {
      return schema.declaredType === "string" ? "string" : schema.declaredType === "integer" ? "integer" : "number";
    }
    // DefaultCodegen.getSchemaType types an allOf by toAllOfName, which takes the first member's
    // type ("Using only the first one", every release since 5.0.0): an allOf of a string and an
    // integer that no resolver made a model is `str`.
    if (schema.allOf.length > 1 && schema.properties.length === 0) {
      const first = this.unalias(schema.allOf[0]!);
      if (first.kind !== "ref") return this.openApiType(first);
    }
    if (isMap(schema)) return "map";
    return schema.properties.length > 0 ? "object" : "AnyType";
  }
}

/** `allOf`/`oneOf`/`anyOf` of exactly one schema and nothing else: that schema (nullable kept). */
function singleMember(schema: Schema): Schema {
  if (schema.kind !== "composed" || schema.properties.length > 0) return schema;
  const members = [...schema.allOf, ...schema.oneOf, ...schema.anyOf];
  if (members.length !== 1) return schema;
  const only = members[0]!;
  return schema.nullable && !only.nullable ? { ...only, nullable: true } : only;
}

/**
 * An inline allOf of several members, the first a `$ref`, that no resolver made a model (a property
 * of a composed schema, whose properties InlineModelResolver leaves inline): DefaultCodegen.getSchemaType
 * names an allOf by toAllOfName, which takes the first member's name ("Using only the first one",
 * unchanged 5.0.0 d7d5e53f2b to 7.13.0 4b805ff6b7), so the property is typed, linked and imported as
 * that model. Equinix Fabric's `account: {allOf: [$ref: SimplifiedAccount, {type: object}]}` (python
 * 7.12.0) reads `[**SimplifiedAccount**](SimplifiedAccount.md)`. A first member that is not a `$ref`
 * is typed by composedType.
 */
function firstRefOfAllOf(schema: Schema): Schema {
  if (schema.kind !== "composed" || schema.properties.length > 0 || schema.oneOf.length > 0 || schema.anyOf.length > 0 || schema.allOf.length < 2) return schema;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return schema;
  const first = schema.allOf[0]!;
  if (first.kind !== "ref") return schema;
  return schema.nullable && !first.nullable ? { ...first, nullable: true } : first;
}

/**
 * A `$ref` written with `type: object` beside it (RefSchema.siblingType): swagger-parser gives OAG
 * an ObjectSchema that has a `$ref` and no properties, which ModelUtils.isFreeFormObject accepts, so
 * IJsonSchemaValidationProperties.setTypeProperties flags it isFreeFormObject and isMap.
 */
export function isObjectTypedRef(schema: Schema): boolean {
  return schema.kind === "ref" && schema.siblingType === "object";
}

/** A map: no properties, additionalProperties a schema or `true`. */
export function isMap(schema: Schema): boolean {
  return (schema.kind === "object" || schema.kind === "composed") && schema.properties.length === 0 && schema.additionalProperties !== undefined && schema.additionalProperties !== false
    && (schema.kind === "object" || (schema.allOf.length === 0 && schema.oneOf.length === 0 && schema.anyOf.length === 0));
}

/** The value schema of a map (`true` reads as any type). */
export function mapValues(schema: Schema): Schema {
  if ((schema.kind === "object" || schema.kind === "composed") && typeof schema.additionalProperties === "object") return schema.additionalProperties;
  return { kind: "any", pointer: `${schema.pointer}/additionalProperties`, nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {} };
}

// ---------------------------------------------------------------------------------------------
// Pydantic annotations for the generated code

/**
 * `from <module> import <names>` lines a generated module needs, collected while typing. `add`
 * returns the name the module knows the import by: `localName` may alias it (`Optional as
 * _Optional`) when a model of the run has taken the bare name (runtime/local-names.ts).
 */
export class PythonImports {
  /** module -> imported name -> local name */
  private readonly byModule = new Map<string, Map<string, string>>();

  constructor(private readonly localName: (name: string) => string = (name) => name) {}

  add(module: string, name: string): string {
    let names = this.byModule.get(module);
    if (!names) this.byModule.set(module, (names = new Map()));
    const local = this.localName(name);
    names.set(name, local);
    return local;
  }

  has(module: string, name: string): boolean {
    return this.byModule.get(module)?.has(name) ?? false;
  }

  /** Sorted `from m import a, b as _b` lines (modules and names in code-unit order). */
  lines(): string[] {
    return [...this.byModule.keys()].sort().map((m) => {
      const names = this.byModule.get(m)!;
      const listed = [...names.keys()].sort().map((n) => (names.get(n) === n ? n : `${n} as ${names.get(n)!}`));
      return `from ${m} import ${listed.join(", ")}`;
    });
  }
}

export interface AnnotationOptions {
  /** OAG's mapNumberTo: `Union[StrictFloat, StrictInt]` (default), `StrictFloat` or `float`. */
  readonly mapNumberTo: string;
  /** Field/parameter is required (optional ones become `Optional[...]`). */
  readonly required: boolean;
  /** Spec description as written; quoted here into `Field(description="...")`. */
  readonly description?: string;
  /** The wire name when it differs from the Python name (`Field(alias="...")`). */
  readonly alias?: string;
  /** Where model imports go (`from <pkg>.models.<module> import <Model>`). */
  readonly modelsPackage: string;
  /** Overrides whether the type is `Optional[...]` (by default: not required, or nullable). */
  readonly optional?: boolean;
  /**
   * More types the value may have besides the schema's own: `Union[own, ...]`, tried in that
   * order (`Field(union_mode="left_to_right")`). A parent model's field is widened so that its
   * subclasses' redeclarations are subtypes of it (runtime/inheritance.ts).
   */
  readonly widenedWith?: readonly Schema[];
}

/**
 * The pydantic annotation of a field or parameter, as OAG's PydanticType builds it: StrictStr,
 * StrictInt, `Annotated[str, Field(strict=True, max_length=5)]`, `List[...]`, `Dict[str, ...]`,
 * models by name, `Optional[...]` for optional or nullable ones. Adds what it uses to `imports`.
 */
export function pydanticAnnotation(types: PythonTypes, names: PythonNames, schema: Schema, options: AnnotationOptions, imports: PythonImports): string {
  let type = pydanticType(types, names, schema, options, imports);
  const widenedWith = options.widenedWith ?? [];
  if (widenedWith.length > 0) {
    type = { name: imports.add("typing", "Union"), params: [type, ...widenedWith.map((s) => pydanticType(types, names, s, options, imports))], constraints: [] };
  }
  if (options.optional ?? (!options.required || types.mayBeNull(schema))) {
    type = { name: imports.add("typing", "Optional"), params: [type], constraints: [] };
  }
  const annotations: [string, string][] = [];
  if (options.description !== undefined && options.description !== "") annotations.push(["description", pyString(options.description)]);
  if (options.alias !== undefined) annotations.push(["alias", pyString(options.alias)]);
  // Not OAG's (it never widens): after OAG's keywords, so that those keep their order.
  const extra: [string, string][] = widenedWith.length > 0 ? [["union_mode", pyString("left_to_right")]] : [];
  return renderType(type, imports, annotations, extra);
}

interface PyType {
  readonly name: string;
  readonly params: readonly PyType[];
  /** [keyword, python literal] */
  readonly constraints: readonly (readonly [string, string])[];
}

const plain = (name: string): PyType => ({ name, params: [], constraints: [] });

function renderType(type: PyType, imports: PythonImports, annotations: readonly (readonly [string, string])[] = [], extra: readonly (readonly [string, string])[] = []): string {
  let text = type.name;
  if (type.params.length > 0) text += `[${type.params.map((p) => renderType(p, imports)).join(", ")}]`;
  // OAG keeps constraints and annotations in HashMaps: Field(...) lists them in Java hash order.
  const constraintOrder = javaHashSetOrder(type.constraints.map(([k]) => k));
  const annotationOrder = javaHashSetOrder(annotations.map(([k]) => k));
  const fieldArgs = [
    ...constraintOrder.map((k) => `${k}=${type.constraints.find(([c]) => c === k)![1]}`),
    ...annotationOrder.map((k) => `${k}=${annotations.find(([c]) => c === k)![1]}`),
    ...extra.map(([k, v]) => `${k}=${v}`),
  ];
  if (fieldArgs.length > 0) {
    const field = imports.add("pydantic", "Field");
    text = `${imports.add("typing_extensions", "Annotated")}[${text}, ${field}(${fieldArgs.join(", ")})]`;
  }
  return text;
}

function pydanticType(types: PythonTypes, names: PythonNames, schema: Schema, options: AnnotationOptions, imports: PythonImports): PyType {
  const mapped = mappedType(types.typeMappings, schema) ?? mappedType(types.typeMappings, types.unalias(schema));
  if (mapped !== undefined) return plain(mapped);
  const s = types.unalias(schema);
  const model = types.modelOf(s);
  if (model !== null) {
    imports.add(`${options.modelsPackage}.${names.modelModule(model)}`, model);
    return plain(model);
  }
  if (s.kind === "array") {
    const list = imports.add("typing", "List");
    const constraints: [string, string][] = [];
    if (s.maxItems !== undefined) constraints.push(["max_length", String(s.maxItems)]);
    if (s.minItems !== undefined) constraints.push(["min_length", String(s.minItems)]);
    return { name: list, params: [valueType(types, names, s.items, options, imports)], constraints };
  }
  if (isMap(s)) {
    return { name: imports.add("typing", "Dict"), params: [plain("str"), valueType(types, names, mapValues(s), options, imports)], constraints: [] };
  }
  switch (s.kind) {
    case "string":
      return stringType(s, imports);
    case "integer": {
      const constraints = numericConstraints(s);
      if (constraints.length === 0) {
        return plain(imports.add("pydantic", "StrictInt"));
      }
      return { name: "int", params: [], constraints: [["strict", "True"], ...constraints] };
    }
    case "number":
      return numberType(s, options.mapNumberTo, imports);
    case "boolean":
      return plain(imports.add("pydantic", "StrictBool"));
    case "object":
      if (s.properties.length === 0) {
        return { name: imports.add("typing", "Dict"), params: [plain("str"), plain(imports.add("typing", "Any"))], constraints: [] };
      }
      return plain(imports.add("typing", "Any"));
    case "composed":
    case "any":
    case "null":
    case "ref":
      return plain(imports.add("typing", "Any"));
    default:
      return assertNever(s, "schema");
  }
}

/** An array item or map value: `Optional[...]` when it may be null (OAG: `List[Optional[StrictStr]]`). */
function valueType(types: PythonTypes, names: PythonNames, schema: Schema, options: AnnotationOptions, imports: PythonImports): PyType {
  const type = pydanticType(types, names, schema, options, imports);
  return types.mayBeNull(schema) ? { name: imports.add("typing", "Optional"), params: [type], constraints: [] } : type;
}

function stringType(s: Extract<Schema, { kind: "string" }>, imports: PythonImports): PyType {
  switch (s.format) {
    case "date":
      return plain(imports.add("datetime", "date"));
    case "date-time":
      return plain(imports.add("datetime", "datetime"));
    case "uuid":
      return plain(imports.add("uuid", "UUID"));
    case "number":
      return plain(imports.add("decimal", "Decimal"));
    case "binary":
    case "file":
    case "byte": {
      const lengths = lengthConstraints(s);
      const union = imports.add("typing", "Union");
      if (lengths.length === 0) {
        const strictBytes = plain(imports.add("pydantic", "StrictBytes"));
        const strictStr = plain(imports.add("pydantic", "StrictStr"));
        const members = [strictBytes, strictStr];
        if (s.format !== "byte") members.push({ name: imports.add("typing", "Tuple"), params: [strictStr, strictBytes], constraints: [] });
        return { name: union, params: members, constraints: [] };
      }
      return {
        name: union,
        params: [
          { name: "bytes", params: [], constraints: [["strict", "True"], ...lengths] },
          { name: "str", params: [], constraints: [["strict", "True"], ...lengths] },
        ],
        constraints: [],
      };
    }
    default: {
      const lengths = lengthConstraints(s);
      if (lengths.length > 0 || s.pattern !== undefined) {
        if (s.pattern !== undefined) imports.add("pydantic", "field_validator");
        return { name: "str", params: [], constraints: [["strict", "True"], ...lengths] };
      }
      if (s.format === "password") {
        return plain(imports.add("pydantic", "SecretStr"));
      }
      return plain(imports.add("pydantic", "StrictStr"));
    }
  }
}

function lengthConstraints(s: Extract<Schema, { kind: "string" }>): [string, string][] {
  const out: [string, string][] = [];
  if (s.maxLength !== undefined) out.push(["max_length", String(s.maxLength)]);
  if (s.minLength !== undefined) out.push(["min_length", String(s.minLength)]);
  return out;
}

function numericConstraints(s: Extract<Schema, { kind: "integer" | "number" }>): [string, string][] {
  const out: [string, string][] = [];
  if (s.maximum !== undefined) out.push([s.exclusiveMaximum ? "lt" : "le", pyNumber(s.maximum)]);
  if (s.minimum !== undefined) out.push([s.exclusiveMinimum ? "gt" : "ge", pyNumber(s.minimum)]);
  if (s.multipleOf !== undefined) out.push(["multiple_of", pyNumber(s.multipleOf)]);
  return out;
}

function numberType(s: Extract<Schema, { kind: "number" }>, mapNumberTo: string, imports: PythonImports): PyType {
  const constraints = numericConstraints(s);
  if (constraints.length === 0) {
    if (mapNumberTo === "StrictFloat") {
      return plain(imports.add("pydantic", "StrictFloat"));
    }
    if (mapNumberTo === "float") return plain("float");
    const union = imports.add("typing", "Union");
    return { name: union, params: [plain(imports.add("pydantic", "StrictFloat")), plain(imports.add("pydantic", "StrictInt"))], constraints: [] };
  }
  const floatType: PyType = { name: "float", params: [], constraints: mapNumberTo === "float" ? constraints : [...constraints, ["strict", "True"]] };
  if (mapNumberTo !== "Union[StrictFloat, StrictInt]") return floatType;
  // An int bound is the float bound rounded inwards (< 7.59 -> < 8, <= 7.59 -> <= 7).
  const intConstraints: [string, string][] = constraints.flatMap(([k, v]): [string, string][] => {
    const n = Number(v);
    if (k === "lt" || k === "ge") return [[k, String(Math.ceil(n))]];
    if (k === "le" || k === "gt") return [[k, String(Math.floor(n))]];
    return [];
  });
  return { name: imports.add("typing", "Union"), params: [floatType, { name: "int", params: [], constraints: [...intConstraints, ["strict", "True"]] }], constraints: [] };
}

/** A number as a Python literal. */
function pyNumber(n: number): string {
  return String(n);
}
