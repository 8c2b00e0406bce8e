// Example values for the typescript docs: `const request = { ... }` in <Tag>Api.md. Reproduces
// OpenAPI Generator's TypeScriptClientCodegen example rules over the IR, quirks included (they
// are what the published docs show): composed schemas give `null`, nested map keys lose their
// braces, a date example keeps its trailing `;`.

import { typescriptDocRelease } from "./releases.js";
import { javaToString, oagHeldValue, oagMinimumText, oagEnum, parsed } from "../../codegen/java-format.js";
import { oagDocSchema } from "../../codegen/oag-schema.js";
import { javaDateString, javaIsoDateTimeString } from "../../codegen/java-time.js";
import type { ApiModel, JsonValue, MediaType, Parameter, RefSchema, Schema } from "../../model/ir.js";
import { isNullNodeDefault, isOagMapSchema, isWrappedRef31, unaliasRef } from "../../codegen/model-kinds.js";
import { namedSchema } from "../../codegen/schemas.js";
import { isJacksonObjectNode, OagExampleWriter, parsedExample, stringExampleText, type Example } from "../../codegen/oag-examples.js";
import { exampleFromPattern } from "../../examples/regex-example.js";
import { loneMember, loneRefGetsSiblings } from "../../codegen/property-description.js";
import { normalizerRuns } from "../../parse/inline.js";
import type { TypeScriptNames } from "./names.js";

const INDENT = "  ";

export class TypeScriptExamples extends OagExampleWriter {
  protected readonly noValue = "null";
  protected readonly patternOfNamedSchema = false;
  /** See inlinedAllOfMember. */
  private readonly singleTypeAllOfInlined: boolean;
  private readonly metadataAllOfMembersDropped: boolean;
  private readonly untypedCompositionAnyType: boolean;
  /** OAG's OpenAPINormalizer runs with its default rules (7.0.0 on): see normalized. */
  private readonly normalizerRuns: boolean;

  constructor(
    model: ApiModel,
    private readonly names: TypeScriptNames,
    private readonly oagVersion: string | undefined,
  ) {
    super(model);
    const release = typescriptDocRelease(oagVersion);
    this.singleTypeAllOfInlined = release.singleTypeAllOfInlined;
    this.metadataAllOfMembersDropped = release.metadataAllOfMembersDropped;
    this.untypedCompositionAnyType = release.untypedCompositionAnyType;
    this.untypedObjects31 = model.source.openapiVersion === "3.1" && !release.examplesRead31Types;
    // The typescript generator's inline options (index.ts) leave REFACTOR_ALLOF_INLINE_SCHEMAS off.
    this.normalizerRuns = normalizerRuns({ oagVersion, refactorAllOfInlineSchemas: false });
  }

  /**
   * The schema OAG's example writer gets where OpenAPINormalizer stores its result back (a
   * parameter's, a media type's, a property's): a oneOf/anyOf of one schema is that schema
   * (processSimplifyOneOf/processSimplifyAnyOf, SIMPLIFY_ONEOF_ANYOF, on by default from 7.0.0,
   * c5a1dbecfb #15501; a lone oneOf member from 7.13.0, #21043: codegen/property-description.ts
   * loneMember), so `oneOf: [{type: string}]` prints `"f_example"` and `anyOf: [{$ref: Pet}]` Pet's
   * example. Before 7.0.0 it stays an untyped composition (`null`).
   */
  private normalized(schema: Schema): Schema {
    if (!this.normalizerRuns) return schema;
    const lone = loneMember(schema, this.oagVersion);
    if (lone === null) return schema;
    // The `$ref` left took the parent's keywords (RefSchema.siblingsAllOf31): the wrapper prints `null`
    if (loneRefGetsSiblings(schema, lone, this.oagVersion)) return { ...(lone as RefSchema), siblingsAllOf31: true };
    return this.normalized(lone);
  }

  override forParameter(schema: Schema, name: string, parameter?: Parameter): string {
    return super.forParameter(this.normalized(schema), name, parameter);
  }

  override forBody(media: MediaType, paramName: string): string {
    const schema = media.schema === undefined ? undefined : this.normalized(media.schema);
    return super.forBody(schema === media.schema ? media : { ...media, schema }, paramName);
  }

  /** 3.1 objects with properties and maps are any-type to OAG's example writer (examplesRead31Types). */
  private readonly untypedObjects31: boolean;

  protected toExample(schema: Schema, example: Example): string {
    return this.recurse(this.modelNameOf(schema), schema, example, 1, "", 0, new Set());
  }

  private modelNameOf(schema: Schema): string | null {
    if (schema.kind !== "ref") return null;
    const unaliased = unaliasRef(this.model, schema);
    return unaliased.kind === "ref" ? this.names.modelName(schema.target) : null;
  }

  /** Example, default or first enum value of a non-object schema. */
  protected objectExample(schema: Schema): Example {
    const s = this.resolveOnce(schema);
    if (s.kind === "object" || s.kind === "composed" || isOagMapSchema(s)) return null;
    // DateTimeSchema.cast (Schema.setExample) keeps what OffsetDateTime.parse reads: a date-time
    // example without an offset is none, so the default, the enum or `1970-01-01T00:00:00.00Z`
    // follows (ecotaxa's `2020-11-05T12:31:48.299713`, OAG 7.13.0); one with an offset prints as
    // typescriptDateTime formats it. `format: date` examples: parse/schema.ts keepsExample30 drops
    // what DateSchema.cast refuses; the java.util.Date's toString of the others depends on the
    // generating JVM's zone and is not followed (conformance JVM_TOSTRING_EXAMPLE).
    if (s.example !== undefined && s.example.value !== null) {
      const temporal = s.kind === "string" && s.format === "date-time" ? this.temporalValue(s.format, s.example.value) : undefined;
      if (temporal !== null) return temporal !== undefined ? parsed(temporal) : oagHeldValue(s.example, s.exampleFromCopy);
    }
    // A 3.1 `default: null` held as a Jackson NullNode (IR defaultNullNode) is getObjectExample's value,
    // printed by its text (`"null"`, `null`; a boolean's `true`: "false" it is not; an array's NullNode,
    // an Iterable, as is: `null`).
    if (isNullNodeDefault(s)) return parsed(NULL_NODE_TEXT);
    if (s.default !== undefined && s.default.value !== null) {
      const temporal = s.kind === "string" ? this.temporalValue(s.format, s.default.value) : undefined;
      if (temporal !== null) return temporal !== undefined ? parsed(temporal) : oagHeldValue(s.default, s.defaultFromCopy);
    }
    // A number enum member swagger-core's cast dropped is null in oagEnum (parse/schema.ts oagEnumOf).
    if (s.enum && s.enum.length > 0) return parsedExample(oagEnum(s)![0]);
    return null;
  }

  /**
   * A `format: date` or `date-time` default (or a `date-time` example: objectExample) as
   * getObjectExample hands it to typescriptDate / typescriptDateTime (TypeScriptClientCodegen, every release with API docs, 5.2.1 on): swagger-parser
   * decodes a 3.0 default (OpenAPIDeserializer.getDecodedObject: toDate, toDateTime) and the 2.0
   * converter casts a parameter's (DateSchema, DateTimeSchema), so the example prints the
   * java.util.Date's toString (`Mon Feb 03 00:00:00 UTC 2020`, for a JVM in UTC: java-time.ts) or the
   * OffsetDateTime formatted with ISO_DATE_TIME (`2020-01-01T10:00:00Z`). A text they cannot decode is
   * no default (null: the enum or the fixed example follows). Undefined for other formats and for 3.1,
   * whose JsonSchema keeps the text.
   */
  private temporalValue(format: string | undefined, value: JsonValue): string | null | undefined {
    if ((format !== "date" && format !== "date-time") || this.model.source.openapiVersion === "3.1") return undefined;
    if (typeof value !== "string") return null;
    return (format === "date" ? javaDateString(value) : javaIsoDateTimeString(value)) ?? null;
  }

  private recurse(modelName: string | null, written: Schema, example: Example, level: number, prefix: string, line: number, seen: Set<Schema>): string {
    const schema = oagDocSchema(written);
    let current = INDENT.repeat(level);
    const closing = current;
    if (line === 0) current = "";
    let fullPrefix = current + prefix;
    let close = "";
    const text = example === null ? null : javaToString(example.value, example.holder);

    if (seen.has(schema)) {
      if (modelName !== null) return fullPrefix;
      if (schema.nullable) return `${fullPrefix}null`;
      return schema.kind === "array" ? `${fullPrefix}[]` : `${fullPrefix}{}`;
    }
    // isAnyType, right after the `$ref` branch, for what NORMALIZE_31SPEC left untyped
    if (this.untypedObjects31 && schema.kind === "object" && (schema.properties.length > 0 || typeof schema.additionalProperties === "object")) {
      return `${fullPrefix}null`;
    }
    switch (schema.kind) {
      case "ref": {
        // RefSchema.siblingsAllOf31: the normalizer made `{siblings, allOf: [{$ref}]}` of it (7.18.0 on),
        // which has no `$ref` for the branch above and no type: toExampleValueRecursive's isAnyType
        // branch writes `null` after the prefix (a property's `name: null`)
        if (isWrappedRef31(schema)) return `${fullPrefix}null`;
        const target = namedSchema(this.model, schema.target);
        if (!target) return `${fullPrefix}null`;
        return this.recurse(this.modelNameOf(schema), target.schema, example, level, prefix, line, seen);
      }
      case "null":
        return `${fullPrefix}null`;
      case "any": {
        // A type OAG does not know falls through its example writer: the bare example, or "null".
        // A `$ref` to nothing takes the `$ref` branch ("Unable to find referenced schema"): `null`.
        if (schema.danglingRef !== undefined) return `${fullPrefix}null`;
        // `type: integer` beside a oneOf/anyOf whose members are all null types: the normalizer
        // empties the list (simplyOneOfAnyOfWithOnlyOneNonNullSubSchema) and the schema keeps its
        // type, which isIntegerSchema and its kin read before isComposedSchema (7.0.0 on, where the
        // IR drops the members: parse/null-type.ts; before, it stays a composition, below).
        const primitive = primitiveOfComposition(schema);
        if (primitive !== undefined) return fullPrefix + primitiveExample(primitive, text);
        if (schema.unknownType !== undefined) return text ?? "null";
        return `${fullPrefix}null`;
      }
      case "boolean":
        return fullPrefix + (text === null ? "true" : text.toLowerCase() === "false" ? "false" : "true");
      case "integer":
        return fullPrefix + (text ?? oagMinimumText(schema) ?? "1");
      case "number":
        return fullPrefix + (text ?? oagMinimumText(schema) ?? "3.14");
      case "string":
        return fullPrefix + this.stringExample(schema, text);
      case "array": {
        const itemModel = this.modelNameOf(schema.items);
        // `objExample instanceof Iterable`: a list example or default the place holds as a Java List
        // (holder `java-collection`: a 3.1 deep copy) prints with List.toString (javaToString), an
        // ArrayNode as its JSON. A copy's object example (a LinkedHashMap, no Iterable) goes on to the
        // items, which print its toString (`"{a=1}"`), as an `x-example` Map (holder `extension`) does.
        if ((Array.isArray(example?.value) || (example?.value === NULL_NODE_TEXT && isNullNodeDefault(schema) && schema.example === undefined)) && itemModel === null) {
          return fullPrefix + text;
        }
        // An object example swagger-parser read from a 3.x document is a Jackson ObjectNode, an
        // Iterable over its values too: its compact JSON (`{"a":1}`), not the items
        // (TypeScriptClientCodegen.toExampleValueRecursive at 6.6.0 7f8b853f50 and b3935922cd).
        if (itemModel === null && isJacksonObjectNode(this.model, example)) return fullPrefix + text;
        const inner = new Set(seen).add(schema);
        return `${fullPrefix}[\n${this.recurse(itemModel, schema.items, example, level + 1, "", line + 1, inner)},\n${closing}]`;
      }
      case "object":
      case "composed": {
        const first = this.firstListedType(schema);
        if (first !== undefined) return this.recurse(modelName, first, example, level, prefix, line, seen);
        // Untyped compositions are "any type" to toExampleValueRecursive (ModelUtils.isAnyType:
        // no `$ref`, no type): `name: null`. (A property's allOf reduced to one type is that
        // type: inlinedAllOfMember.)
        if (schema.kind === "composed" && schema.declaredType === undefined && this.untypedCompositionAnyType) {
          return `${fullPrefix}null`;
        }
        // A composition with a primitive `type` beside it: toExampleValueRecursive asks isBooleanSchema,
        // isStringSchema, isIntegerSchema and isNumberSchema (which read `type`) before
        // isComposedSchema, in every release with API docs (74e28a7709, 5.2.1, to 7.13.0), so it
        // prints as that type. The IR keeps no format, pattern or minimum beside a composition.
        if (schema.kind === "composed") {
          const primitive = primitiveOfComposition(schema);
          if (primitive !== undefined) return fullPrefix + primitiveExample(primitive, text);
        }
        if (isOagMapSchema(schema)) return this.mapExample(modelName, schema, level, line, seen, fullPrefix, closing);
        // ObjectSchema.emptiedComposition: the normalizer emptied its oneOf/anyOf of null types
        // (`{required: [a]}`), and toExampleValueRecursive's isComposedSchema branch, asked after
        // isMapSchema and before isObjectSchema, finds no first oneOf member: the prefix alone
        // (TypeScriptClientCodegen at b3935922cd; openapi-openai c8069003, OAG 7.18.0: `fileSearch: ,`)
        if (schema.kind === "object" && schema.emptiedComposition !== undefined) return fullPrefix;
        if (schema.kind === "composed") {
          const first = schema.oneOf[0];
          return first ? fullPrefix + this.toExample(first, null) : fullPrefix;
        }
        fullPrefix += "{";
        close = "}";
        if (schema.discriminator && !this.hasObjectMappedModel(schema.discriminator.mapping)) return fullPrefix + close;
        const props = schema.properties;
        if (props.length === 0) return fullPrefix + close;
        const inner = new Set(seen).add(schema);
        let out = `${fullPrefix}\n`;
        for (const written of props) {
          const member = this.inlinedAllOfMember(written.schema) ?? this.normalized(written.schema);
          const prop = member === written.schema ? written : { ...written, schema: member };
          // SchemaCommon.untyped31: NORMALIZE_31SPEC stored an empty schema for the property, which
          // toExampleValueRecursive's isAnyType branch writes `null` (readOnly gone with the rest)
          if (prop.schema.untyped31 === true) {
            out += `${INDENT.repeat(level + 1)}${this.names.varName(prop.name)}: null,\n`;
            continue;
          }
          if (prop.schema.readOnly) continue;
          if (prop.schema.kind === "ref" && namedSchema(this.model, prop.schema.target)?.schema.readOnly) continue;
          const varName = this.names.varName(prop.name);
          const propExample = this.fromStringOrArray(prop.schema, null, varName);
          out += `${this.recurse(this.modelNameOf(prop.schema), prop.schema, propExample, level + 1, `${varName}: `, line + 1, inner)},\n`;
        }
        return `${out}${closing}${close}`;
      }
      default:
        return `${fullPrefix}${text ?? "null"}`;
    }
  }

  /**
   * The member standing for a 3.1 `type: [a, b]` list (ComposedSchema.typeList) as the example writer
   * reads it: ModelUtils.getType answers a JsonSchema's first type, which isStringSchema,
   * isIntegerSchema, ... ask before isComposedSchema (NORMALIZE_31SPEC adds an anyOf of the types
   * and keeps them), so `type: [string, number]` prints as a string. From 9929d35166 (#18577, 7.6.0:
   * examplesRead31Types); before, getType() was null for it and the example `null` (isAnyType).
   */
  private firstListedType(schema: Schema): Schema | undefined {
    if (schema.kind !== "composed" || schema.typeList !== true || this.untypedObjects31 || this.model.source.openapiVersion !== "3.1") return undefined;
    return schema.anyOf[0];
  }

  /**
   * The schema InlineModelResolver leaves for a property written as an `allOf` of one type (OAG
   * 7.13.0 InlineModelResolver.flattenProperties, since 8330e16d66, 6.0.0: singleTypeAllOfInlined):
   * a composition whose allOf holds a single schema with a type other than `object` (not a
   * `$ref`) is replaced by that schema. From 7.13.0 (35ba0414fb: metadataAllOfMembersDropped),
   * gatherInlineModels first drops the members that are metadata only (ModelUtils.isMetadataOnlySchema
   * false: no type, `$ref`, properties or composition; the IR's untyped any-value schema) when
   * exactly one other member is left. Undefined when the property stays as written. Limits: the IR
   * does not tell a type written from one it inferred (an enum's), and a composition with oneOf or
   * anyOf beside the allOf is left alone (OAG's isModelNeeded may give it a model).
   */
  private inlinedAllOfMember(schema: Schema): Schema | undefined {
    if (!this.singleTypeAllOfInlined || schema.kind !== "composed") return undefined;
    if (schema.oneOf.length > 0 || schema.anyOf.length > 0 || schema.not !== undefined) return undefined;
    let members = schema.allOf;
    if (this.metadataAllOfMembersDropped && members.length > 1) {
      const typed = members.filter((m) => !isMetadataOnly(m));
      if (typed.length === 1) members = typed;
    }
    const only = members.length === 1 ? members[0]! : undefined;
    return only !== undefined && hasNonObjectType(only) ? only : undefined;
  }

  /**
   * exampleFromStringOrArraySchema: getObjectExample gives nothing for a composition (isComposedSchema),
   * but simpleStringSchema reads `type: string` beside one (isStringSchema), so it is named `<name>_example`.
   */
  protected override fromStringOrArray(schema: Schema, current: Example, name: string): Example {
    if (current === null && primitiveOfComposition(this.resolveOnce(schema)) === "string") return parsed(`${name}_example`);
    // A 3.1 type list: getObjectExample gives nothing (isComposedSchema: the normalizer's anyOf),
    // simpleStringSchema reads the first type (and the pattern and format written beside it).
    const first = current === null ? this.firstListedType(this.resolveOnce(schema)) : undefined;
    if (first !== undefined) return this.isSimpleString(first) ? parsed(`${name}_example`) : null;
    return super.fromStringOrArray(schema, current, name);
  }

  private stringExample(schema: Extract<Schema, { kind: "string" }>, text: string | null): string {
    const format = schema.format?.toLowerCase();
    if (format === "date") return `new Date('${text ?? "1970-01-01"}').toISOString().split('T')[0];`;
    if (format === "date-time") return `new Date('${text ?? "1970-01-01T00:00:00.00Z"}')`;
    if (format === "binary") {
      const file = text ?? "/path/to/file";
      return `{ data: Buffer.from(fs.readFileSync('${file}', 'utf-8')), name: '${file}' }`;
    }
    if (format === "byte") return text ?? "'YQ=='";
    if (text === null && format === "number") return "2";
    return ensureQuotes(text ?? stringExampleText(schema, format, (pattern) => this.patternExample(pattern)));
  }

  private patternExample(pattern: string): string {
    // exampleFromPattern applies OAG's own pattern preprocessing (delimiter stripping) itself.
    try {
      return exampleFromPattern(pattern, { ...(this.oagVersion !== undefined ? { oagVersion: this.oagVersion } : {}) });
    } catch {
      return "string_example";
    }
  }

  private mapExample(modelName: string | null, schema: Extract<Schema, { kind: "object" | "composed" }>, level: number, line: number, seen: Set<Schema>, prefix: string, closing: string): string {
    let fullPrefix = prefix;
    let close = "";
    if (modelName === null) {
      fullPrefix += "{";
      close = "}";
    }
    const ap = schema.additionalProperties;
    if (typeof ap !== "object") return fullPrefix + close;
    const apResolved = this.resolveOnce(ap);
    const key = apResolved.enum && apResolved.enum.length > 0 ? javaToString(apResolved.enum[0]!, "parsed") : "key";
    const apExample = this.fromStringOrArray(ap, this.objectExample(ap), key);
    const keyPrefix = modelName === null ? `${ensureQuotes(key)}: ` : `${key}: `;
    // OAG passes the value's model name wrapped in quotes (so never null) here.
    const apModel = `"${this.modelNameOf(ap) ?? "null"}"`;
    const inner = new Set(seen).add(schema);
    return `${fullPrefix}\n${this.recurse(apModel, ap, apExample, level + 1, keyPrefix, line + 1, inner)},\n${closing}${close}`;
  }

  private hasObjectMappedModel(mapping: readonly (readonly [string, string])[]): boolean {
    return mapping.some(([, target]) => namedSchema(this.model, target)?.schema.kind === "object");
  }
}

/** No type, `$ref`, properties or composition: a schema of annotations only (a lone `description`). */
function isMetadataOnly(schema: Schema): boolean {
  return schema.kind === "any" && schema.unknownType === undefined && schema.danglingRef === undefined && schema.objectIn20 !== true;
}

/** ModelUtils.getType is set and not `object` (an unknown `type: file` counts; a `$ref` has none). */
function hasNonObjectType(schema: Schema): boolean {
  switch (schema.kind) {
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "array":
      return true;
    case "any":
      return schema.unknownType !== undefined && schema.danglingRef === undefined;
    case "composed":
      return schema.declaredType !== undefined && schema.declaredType !== "object";
    default:
      return false;
  }
}

/**
 * The primitive `type` written beside a composition, if any (one whose members the normalizer all
 * removed as null types too: AnySchema.emptyCompositionType; its schema keeps the type).
 */
function primitiveOfComposition(schema: Schema): "string" | "integer" | "number" | "boolean" | undefined {
  const t = schema.kind === "composed" ? schema.declaredType : schema.kind === "any" && schema.emptyComposition !== undefined ? schema.emptyCompositionType : undefined;
  return t === "string" || t === "integer" || t === "number" || t === "boolean" ? t : undefined;
}

/** The example of a composition typed by the primitive `type` beside it (the IR keeps no format, pattern or minimum there). */
function primitiveExample(primitive: "string" | "integer" | "number" | "boolean", text: string | null): string {
  if (primitive === "boolean") return text === null ? "true" : text.toLowerCase() === "false" ? "false" : "true";
  if (primitive === "string") return ensureQuotes(text ?? "string_example");
  return text ?? (primitive === "integer" ? "1" : "3.14");
}

/** Quotes a string example: backticks if multi-line; kept if already quoted. */
function ensureQuotes(value: string): string {
  // Output is LF-only; a template literal reads CR and CRLF as "\n" anyway.
  if (/\r\n|\r|\n/.test(value)) return `\`${value.replace(/\r\n?/g, "\n")}\``;
  if (/^['"].*?['"]$/.test(value)) return value;
  return `"${value}"`;
}


/** The text of a Jackson NullNode, the example getObjectExample gives for a NullNode default. */
const NULL_NODE_TEXT = "null";

