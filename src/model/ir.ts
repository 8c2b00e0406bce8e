// The intermediate model (IR): one version-neutral, target-neutral description of an API.
//
// - Version-neutral: OpenAPI 2.0, 3.0 and 3.1 all arrive in this one shape (nullable is a
//   field, `type: [T, "null"]` and `anyOf: [T, {type: null}]` included; Swagger 2.0 body and
//   formData parameters arrive as request bodies). Generators never ask which version it was.
// - Target-neutral: the spec's own names and texts, never escaped or cased for a language.
// - Named schemas are stored once in `schemas` and referenced by name, so recursive schemas are
//   no object cycles and the IR dumps as JSON (`oaswright generate --dump-ir`).
// - Plain readonly data built once by src/parse; nothing patches it afterwards.
// - Every node carries the JSON pointer of the spec text it came from.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** JSON pointer (RFC 6901) into the source document, e.g. `/paths/~1pets/get`. */
export type Pointer = string;

export type OpenApiVersion = "2.0" | "3.0" | "3.1";

export interface ApiModel {
  readonly source: SourceInfo;
  readonly info: ApiInfo;
  /** Servers in spec order; never empty (a spec without servers gets OAG's `/`). */
  readonly servers: readonly Server[];
  /** Tags declared at the top level, in spec order. Operations may use tags not listed here. */
  readonly tags: readonly TagInfo[];
  /** Every operation, in spec order: paths in document order, verbs in HTTP_METHODS order. */
  readonly operations: readonly Operation[];
  /**
   * A 3.1 document's `webhooks`, read as operations whose `path` is the webhook's name (OAG's
   * DefaultGenerator.processWebhooks hands each to processOperation as a path), in document order,
   * verbs in HTTP_METHODS order. Absent or empty: none (a 3.0 or 2.0 document has none: swagger-parser
   * reads `webhooks` in 3.1 only).
   */
  readonly webhooks?: readonly Operation[];
  /**
   * Named schemas: components first in document order, then the inline schemas that were
   * hoisted to names (see src/parse/inline.ts), in the order they were met.
   */
  readonly schemas: readonly NamedSchema[];
  readonly securitySchemes: readonly SecurityScheme[];
  /** Top-level `security`; undefined when the spec has none. */
  readonly security: readonly SecurityRequirement[] | undefined;
  readonly extensions: Extensions;
  /**
   * Some object is named or required otherwise by OAG's parser (Property.oagName,
   * ObjectShape.oagRequired), some schema is one OAG's normalizer empties (SchemaCommon.untyped31), or
   * some value is none to OAG (LiteralValue.oagAbsent): the docs read codegen/oag-docs-model.ts's view.
   */
  readonly oagDocsDiffer?: true;
}

export interface SourceInfo {
  /** The path or URL the spec was read from, as the user gave it. */
  readonly location: string;
  readonly openapiVersion: OpenApiVersion;
  /** The version string exactly as written (`3.0.3`, `2.0`). */
  readonly declaredVersion: string;
}

export interface ApiInfo {
  readonly title: string;
  readonly description?: string;
  readonly version: string;
  readonly termsOfService?: string;
  readonly contact?: { readonly name?: string; readonly email?: string; readonly url?: string };
  readonly license?: { readonly name?: string; readonly url?: string; readonly identifier?: string };
}

export interface TagInfo {
  readonly name: string;
  readonly description?: string;
  readonly pointer: Pointer;
}

export interface Server {
  /** The URL template as written, `{variables}` unexpanded; relative URLs already resolved against a URL source. */
  readonly url: string;
  readonly description?: string;
  readonly variables: readonly ServerVariable[];
  readonly pointer: Pointer;
}

export interface ServerVariable {
  readonly name: string;
  readonly default: string;
  readonly enum?: readonly string[];
  readonly description?: string;
}

export const HTTP_METHODS = ["get", "head", "put", "post", "delete", "patch", "options", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface Operation {
  readonly pointer: Pointer;
  readonly path: string;
  readonly method: HttpMethod;
  /** As written in the spec; undefined when the spec has none (generators derive one). */
  readonly operationId?: string;
  /** As written; empty when the operation has no tags. */
  readonly tags: readonly string[];
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated: boolean;
  /** The operation's own parameters in spec order, then path-level ones it does not override. */
  readonly parameters: readonly Parameter[];
  readonly requestBody?: RequestBody;
  /** Responses in spec order. */
  readonly responses: readonly Response[];
  /** undefined: inherit the top-level security; `[]`: explicitly none. */
  readonly security: readonly SecurityRequirement[] | undefined;
  readonly servers?: readonly Server[];
  readonly extensions: Extensions;
}

export type ParameterLocation = "path" | "query" | "header" | "cookie";
export type ParameterStyle =
  | "simple"
  | "form"
  | "label"
  | "matrix"
  | "spaceDelimited"
  | "pipeDelimited"
  | "deepObject"
  /** Swagger 2.0 `collectionFormat: tsv`, which OpenAPI 3 cannot say. */
  | "tabDelimited";

export interface Parameter {
  readonly pointer: Pointer;
  readonly name: string;
  readonly in: ParameterLocation;
  readonly description?: string;
  readonly required: boolean;
  readonly deprecated: boolean;
  /** Defaults applied: path/header `simple`, query/cookie `form`. */
  readonly style: ParameterStyle;
  /** Defaults applied: true for `form`, false otherwise. */
  readonly explode: boolean;
  readonly allowReserved: boolean;
  readonly schema: Schema;
  /** Set when the parameter used `content` instead of `schema` (the media type, e.g. application/json). */
  readonly contentType?: string;
  readonly example?: Example;
  readonly examples: readonly NamedExample[];
  readonly extensions: Extensions;
}

export interface RequestBody {
  readonly pointer: Pointer;
  readonly description?: string;
  readonly required: boolean;
  /** Media types in spec order. */
  readonly contents: readonly MediaType[];
  readonly extensions: Extensions;
  /** Written as a `$ref` to a components.requestBodies entry (the fields above are the target's). */
  readonly viaRef?: true;
}

export interface MediaType {
  readonly contentType: string;
  /** undefined when the media type declares no schema. */
  readonly schema?: Schema;
  readonly example?: Example;
  readonly examples: readonly NamedExample[];
  /** Per-property multipart/form encoding, keyed by property name. */
  readonly encoding: Readonly<Record<string, Encoding>>;
  readonly pointer: Pointer;
}

export interface Encoding {
  readonly contentType?: string;
  readonly style?: ParameterStyle;
  readonly explode?: boolean;
  readonly headers: readonly Header[];
}

export interface Response {
  readonly pointer: Pointer;
  /** `200`, `2XX` or `default`, as written. */
  readonly code: string;
  readonly description: string;
  readonly headers: readonly Header[];
  readonly contents: readonly MediaType[];
  readonly extensions: Extensions;
  /**
   * OpenAPI 3.1 only: the response was written as a `$ref` to a component of the document; OAG's
   * parser keeps such a reference as written, with the non-blank `description` beside it
   * (src/parse/operation.ts componentRef31). Before 7.10 OAG's docs read the reference, not the
   * component (see src/codegen/doc-responses.ts); everything else reads the fields above.
   */
  readonly componentRef31?: { readonly siblingDescription?: string };
  /**
   * Swagger 2.0 only: the response schema is none swagger-models' PropertyBuilder knows (a `type`
   * other than boolean, string, integer, number, file, object, array, ref). Before swagger-parser
   * 2.1.9 (OAG 7.0.0) the 2.0 conversion read the schema as a Property, which such a type does not
   * give: the docs of those releases have no schema for the response (src/codegen/doc-responses.ts).
   */
  readonly unknownSchemaType20?: true;
}

export interface Header {
  readonly name: string;
  readonly description?: string;
  readonly required: boolean;
  readonly schema: Schema;
  readonly pointer: Pointer;
}

/** An example value; `value` is absent for an `externalValue` example. */
export interface Example {
  readonly value?: JsonValue;
  /**
   * For a number value, docs only: the text OAG prints for it where that differs from the number's
   * JSON form. swagger-parser's getAnyType makes a 3.x example number an Integer or a BigDecimal of
   * its Jackson node's text (`71.0` prints `71.0`, `1.0e7` `1.0E+7`, `0.0001` `0.00010`, an integer
   * beyond 2^53 every digit: java-format.ts bigDecimalText); a Swagger 2.0 `x-example` is the Double
   * of Jackson's untyped reading (swagger-parser v1), printed Double.toString (`71.0`, `1.0E7`,
   * `1.0E-4`; parse/operation.ts swagger2NumberText).
   */
  readonly oagText?: string;
  /** As LiteralValue.nestedLiterals. */
  readonly nestedLiterals?: Readonly<Record<string, string>>;
  /**
   * A list or object value OAG holds as a Java List/LinkedHashMap, not as the Jackson node it read:
   * the example sits in a 3.1 deep copy (src/parse/shared-instances.ts SharedInstanceFacts
   * .copiedExamples), and the docs print its toString (`[a, b]`, `{k=1}`: java-format.ts
   * exampleValue holds it as a `java-collection`, JavaHolder). Docs only.
   */
  readonly fromCopy?: true;
  readonly externalValue?: string;
  readonly summary?: string;
}

export interface NamedExample extends Example {
  readonly name: string;
  /**
   * The `$ref` the example was written as (its value is the referenced one). swagger-parser leaves a
   * local example `$ref` unresolved (ExampleProcessor only rewrites external ones), so OAG's docs see
   * no value there: src/codegen/oag-examples.ts firstExampleValue.
   */
  readonly ref?: string;
}

// ---------------------------------------------------------------------------------------------
// Security

export type SecurityScheme = ApiKeyScheme | HttpScheme | OAuth2Scheme | OpenIdConnectScheme | MutualTlsScheme;

interface SchemeBase {
  /** The key under components.securitySchemes (securityDefinitions in 2.0). */
  readonly name: string;
  readonly description?: string;
  readonly pointer: Pointer;
  readonly extensions: Extensions;
}

export interface ApiKeyScheme extends SchemeBase {
  readonly type: "apiKey";
  readonly in: "header" | "query" | "cookie";
  /** The header, query or cookie name. */
  readonly paramName: string;
}

export interface HttpScheme extends SchemeBase {
  readonly type: "http";
  /** Lower-cased: `basic`, `bearer`, `digest`, `signature`, ... */
  readonly scheme: string;
  readonly bearerFormat?: string;
}

export interface OAuth2Scheme extends SchemeBase {
  readonly type: "oauth2";
  readonly flows: readonly OAuthFlow[];
}

export interface OAuthFlow {
  readonly flow: "implicit" | "password" | "clientCredentials" | "authorizationCode";
  readonly authorizationUrl?: string;
  readonly tokenUrl?: string;
  readonly refreshUrl?: string;
  /** Scopes in spec order: [scope, description]. */
  readonly scopes: readonly (readonly [string, string])[];
}

export interface OpenIdConnectScheme extends SchemeBase {
  readonly type: "openIdConnect";
  readonly openIdConnectUrl: string;
}

export interface MutualTlsScheme extends SchemeBase {
  readonly type: "mutualTLS";
}

/** One alternative of a `security` list: all named schemes apply together. */
export interface SecurityRequirement {
  /** [scheme name, scopes] in spec order. */
  readonly schemes: readonly (readonly [string, readonly string[]])[];
  /** The alternative named schemes, none of them defined (the parse dropped them all): unlike `{}`, no client can meet it. */
  readonly onlyUndefined?: true;
}

// ---------------------------------------------------------------------------------------------
// Schemas

export interface NamedSchema {
  /** The spec's name: the component key, or the hoisted name of an inline schema (`createJob_request`). */
  readonly name: string;
  readonly origin: "component" | "inline";
  readonly schema: Schema;
  readonly pointer: Pointer;
}

export type Schema =
  | RefSchema
  | StringSchema
  | IntegerSchema
  | NumberSchema
  | BooleanSchema
  | ArraySchema
  | ObjectSchema
  | ComposedSchema
  | AnySchema
  | NullSchema;

export type SchemaKind = Schema["kind"];

export interface SchemaCommon {
  readonly pointer: Pointer;
  readonly title?: string;
  readonly description?: string;
  /** `nullable: true`, `type: [T, "null"]`, `x-nullable`, or an `anyOf`/`oneOf` with a null member. */
  readonly nullable: boolean;
  readonly readOnly: boolean;
  readonly writeOnly: boolean;
  readonly deprecated: boolean;
  /** Present only when the spec gives a default (which may itself be `null`). */
  readonly default?: LiteralValue;
  /** `example`; present only when given (a 3.1 schema's `examples` list is none: see parse/schema.ts). */
  readonly example?: LiteralValue;
  /** `enum` values as written (3.1 `const` arrives as a one-value enum with `isConst`). */
  readonly enum?: readonly JsonValue[];
  /**
   * For docs only: `enum` as OpenAPI Generator holds it, where that differs from `enum`: a member
   * its YAML 1.1 reading gives another value (a plain `off` is "false" to it after
   * StringSchema.cast; see parse/yaml11.ts), and a number member whose Java number prints otherwise
   * than its JSON form, as that text (`1.0`; swagger-core's NumberSchema.cast makes a 3.0 member a
   * BigDecimal, other schemas keep Jackson's Integer/Long/Double: parse/schema.ts enumNumberText).
   */
  readonly oagEnum?: readonly JsonValue[];
  readonly isConst?: boolean;
  /**
   * OpenAPI 3.1 only, and only where the release reproduced has the rule (7.2.0 on: the parse's
   * BuildContext.normalizes31Untyped): a schema OAG's NORMALIZE_31SPEC rule replaces by a new empty
   * Schema where it stores its result back (a property: OpenAPINormalizer.normalizeProperties), from 7.2.0
   * (processNormalize31Spec's any-type branch, d4d5196907 #17370): written without `type`, `$ref`
   * and `$schema`, and with nothing that sends normalizeSchema another way (non-empty `properties`,
   * an `additionalProperties` schema, allOf/oneOf/anyOf). Its type is any value to OAG's docs, with
   * no description, default or enum (python: src/generators/python/model-doc-views.ts,
   * src/codegen/property-description.ts). The clients keep the schema as written.
   */
  readonly untyped31?: true;
  readonly extensions: Extensions;
  /**
   * No `type` written: the kind was read from other keywords (`properties`, `items`, `pattern`, ...).
   * OAG's ModelUtils.isAnyType (no `type`, no `$ref`) holds for such a schema.
   */
  readonly untyped?: true;
  /**
   * Set on the member an `anyOf`/`oneOf: [X, null]` was read as (the outer keywords win over X's):
   * X's own description and default as written, for the generators that follow OpenAPI Generator's
   * normalizer, which keeps X alone (OpenAPINormalizer.processSimplifyOneOf/AnyOf).
   */
  readonly collapsedMember?: { readonly description?: string; readonly default?: LiteralValue };
  /**
   * `nullable` comes from nothing but a 3.0 `nullable: true` keyword written in a 3.1 document.
   * swagger-parser hands 3.1 schemas to getJsonSchema, which never reads `nullable`, so OpenAPI
   * Generator's docs read the schema as not nullable; the clients still accept null there
   * (what the spec's author meant). Doc views that follow OAG check `docNullable` (codegen/nullable.ts).
   */
  readonly nullableKeywordOnly31?: true;
  /**
   * Array items or map values that OpenAPI Generator (7.x, 3.1 documents) reads as nullable
   * although the spec does not say so: swagger-parser gave this place the same schema object as
   * an equal one elsewhere, which the normalizer made nullable there (`anyOf: [X, null]`; see
   * src/parse/shared-instances.ts). For the docs' type declarations only (`List[Optional[str]]`,
   * `Array<number | null>`); the client keeps the spec's meaning.
   */
  readonly sharedNullable?: true;
  /**
   * The schema's array or object `default` is, in OpenAPI Generator (7.x, 3.1 documents), the Java
   * List or Map of a deep copy swagger-parser put in this place (src/parse/shared-instances.ts), not
   * the JsonNode it read: the docs print it with Java's toString (`[SUPER_ADMIN, ADMIN]`). Docs only.
   */
  readonly defaultFromCopy?: true;
  /**
   * As defaultFromCopy, for a list or object `example` (SharedInstanceFacts.copiedExamples): the docs
   * print it with Java's toString (`[123, 456]`, `{k=1}`). Docs only.
   */
  readonly exampleFromCopy?: true;
  /**
   * A 3.1 `default: null` that OpenAPI Generator (7.x) holds as a Jackson NullNode, not as no default
   * (src/parse/shared-instances.ts SharedInstanceFacts.nullDefaults: a place swagger-parser did not
   * fill with a copy): its docs print the node's text, `null`. Docs only.
   */
  readonly defaultNullNode?: true;
  /**
   * Set on a named array or map schema that becomes a model of its own rather than an alias of
   * the array or map type: OpenAPI Generator's generateAliasAsModel option, or the schema's
   * `x-generate-alias-as-model: true` (ModelUtils.isGenerateAliasAsModel; see codegen/model-kinds.ts).
   */
  readonly aliasAsModel?: true;
  /** The OpenAPI `xml` object, present only when the spec writes one (its fields only when given). */
  readonly xml?: XmlInfo;
}

/** OpenAPI's XML Object: how the schema's value is written as XML. */
export interface XmlInfo {
  readonly name?: string;
  readonly namespace?: string;
  readonly prefix?: string;
  readonly attribute?: boolean;
  readonly wrapped?: boolean;
}

/** A reference to a named schema; sibling keywords (description, nullable, ...) are kept in common. */
export interface RefSchema extends SchemaCommon {
  readonly kind: "ref";
  /** Name of the target in ApiModel.schemas. */
  readonly target: string;
  /**
   * The `type` written beside the `$ref` (3.0 and 3.1; see BuildContext.refSiblingType). swagger-parser's OpenAPIDeserializer.getSchema
   * creates the schema by its type (SchemaTypeUtil.createSchemaByType) before it reads `$ref` and
   * returns, so OpenAPI Generator sees a typed `$ref` (an ObjectSchema for `object`), where the
   * other siblings (description, properties, ...) are gone.
   */
  readonly siblingType?: string;
  /**
   * A 3.1 `$ref` written with siblings (`{$ref, description, summary}`), which OAG's normalizer turns
   * into `{description, summary, allOf: [{$ref}]}` from 7.18.0 (OpenAPINormalizer, #22364 "Fix siblings
   * of $ref using allOf in openapi normalizer", merged 2025-11-17; issue #22578 shows oneOf members
   * wrapped the same way): an untyped composition to the example writers (ModelUtils.isAnyType:
   * no `$ref`, no type) and, in the inline planner, a schema that serializes with its siblings (see
   * parse/inline-names.ts signatureOf). Set only for the releases with the rule
   * (BuildContext.refSiblingsAllOf31).
   */
  readonly siblingsAllOf31?: true;
}

export interface StringSchema extends SchemaCommon {
  readonly kind: "string";
  /** `date`, `date-time`, `binary`, `byte`, `uuid`, `email`, `uri`, `password`, ... as written. */
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly contentMediaType?: string;
  readonly contentEncoding?: string;
  /**
   * Docs only: a Swagger 2.0 `type: file` outside a parameter's own keywords (array items, a
   * property, a body or response schema), which OAG holds as a schema of type `file` (see
   * parse/swagger2-schema.ts FROM_FILE_PROPERTY). The client treats it as binary, as format says.
   */
  readonly swagger2FileType?: true;
}

export interface NumericBounds {
  readonly minimum?: number;
  /**
   * Docs only, set where it differs from String(minimum): OAG's schema.getMinimum().toString(),
   * which its examples print (a BigDecimal of the parsed number's text: `0.0` for `0.0`,
   * `1.0E+7` for `1e7`), or null where OAG has no minimum (a 3.1 numeric exclusiveMinimum, which
   * swagger-parser keeps apart as exclusiveMinimumValue). See parse/schema.ts oagMinimum.
   */
  readonly oagMinimum?: string | null;
  readonly maximum?: number;
  /** Normalized from both the 3.0 boolean and the 3.1 numeric forms. */
  readonly exclusiveMinimum: boolean;
  readonly exclusiveMaximum: boolean;
  readonly multipleOf?: number;
}

export interface IntegerSchema extends SchemaCommon, NumericBounds {
  readonly kind: "integer";
  readonly format?: string;
}

export interface NumberSchema extends SchemaCommon, NumericBounds {
  readonly kind: "number";
  readonly format?: string;
}

export interface BooleanSchema extends SchemaCommon {
  readonly kind: "boolean";
}

export interface ArraySchema extends SchemaCommon {
  readonly kind: "array";
  /** Missing `items` arrive as an `any` schema. */
  readonly items: Schema;
  /**
   * `items` was not written. swagger-parser 2.x reads such a 3.0 schema as a plain Schema of type
   * `array`, not an ArraySchema (OpenAPIDeserializer.getSchema makes an ArraySchema only for an
   * `items` node; SchemaTypeUtil.createSchema has no array case), which OAG's python-prior types
   * and examples treat unlike an array (src/generators/python-prior/types.ts).
   */
  readonly itemsAbsent?: true;
  readonly uniqueItems: boolean;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export interface Property {
  /** The property name exactly as written. */
  readonly name: string;
  readonly schema: Schema;
  readonly required: boolean;
  /**
   * The name OAG's parser gives the property where it differs from `name`: a plain YAML key `on`
   * (`yes`, `Off`, ...) is the member `"true"`/`"false"` to OAG 6.0.0+ (parse/yaml11.ts Yaml11Keys).
   * The docs name the property so (codegen/oag-docs-model.ts); the clients send `name` on the wire.
   */
  readonly oagName?: string;
}

export interface Discriminator {
  readonly propertyName: string;
  /** Explicit mapping in spec order: [value, target schema name]. */
  readonly mapping: readonly (readonly [string, string])[];
}

/**
 * `additionalProperties`: undefined when not written, `true`/`false` as written (`{}` arrives as
 * true), or the value schema.
 */
export type AdditionalProperties = boolean | Schema | undefined;

export interface ObjectShape {
  /** In spec order. */
  readonly properties: readonly Property[];
  /** Names listed in `required`, in spec order (may name properties declared elsewhere, e.g. in allOf). */
  readonly required: readonly string[];
  readonly additionalProperties: AdditionalProperties;
  /**
   * `additionalProperties: {}` as written (read as `true` above). swagger-parser keeps an empty
   * schema there, not Boolean true, and some of OAG's doc examples tell the two apart (python-prior:
   * a map example with a `"key": None` entry for `{}`, none for `true`). Docs only.
   */
  readonly additionalPropertiesEmptySchema?: true;
  /**
   * `required` as OAG holds it, where it differs: swagger-parser's OpenAPIDeserializer.getSchema keeps
   * only the text members (a plain YAML `on` is a Boolean to OAG, parse/yaml11.ts, and is dropped
   * with an invalidType message). Docs only (codegen/oag-docs-model.ts).
   */
  readonly oagRequired?: readonly string[];
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly discriminator?: Discriminator;
}

/** `type: object` or an untyped schema with properties; maps are objects with additionalProperties. */
export interface ObjectSchema extends SchemaCommon, ObjectShape {
  readonly kind: "object";
  /**
   * The object was written with a oneOf/anyOf of alternatives that only narrow it (`oneOf:
   * [{required: [a]}, {required: [b]}]`), which the IR drops (parse/narrowing.ts) and OAG's
   * normalizer (7.0.0 on) empties as null types, leaving an empty list: OAG's example writers then
   * read the object as a composition (ModelUtils.isComposedSchema). The key of that list.
   */
  readonly emptiedComposition?: "oneOf" | "anyOf";
}

/**
 * A schema with allOf / oneOf / anyOf (any combination), possibly with its own properties.
 * Members are in spec order; null members of oneOf/anyOf are removed and set `nullable`.
 */
export interface ComposedSchema extends SchemaCommon, ObjectShape {
  readonly kind: "composed";
  readonly allOf: readonly Schema[];
  readonly oneOf: readonly Schema[];
  readonly anyOf: readonly Schema[];
  readonly not?: Schema;
  /** The `type` the spec wrote beside the composition, if any. */
  readonly declaredType?: string;
  /**
   * Swagger 2.0 only: a property swagger-parser v1 reads as a ComposedProperty (swagger-core 1.6
   * PropertyDeserializer: `allOf` without `$ref`, `properties` or `additionalProperties`), which the
   * converter gives OAG as `{type: object, allOf, description, title, example}`: no enum, default or
   * readOnly. The docs follow OAG (codegen/oag-docs-model.ts); the clients keep the schema as written.
   */
  readonly swagger2ComposedProperty?: true;
  /**
   * Written as a list of types (3.1 `type: [string, number]`), which the IR reads as an anyOf of one
   * member per type, in the written order, each with the schema's other keywords. OAG's
   * ModelUtils.getType reads a 3.1 schema's first type (the docs' example writers).
   */
  readonly typeList?: true;
}

/** No type and nothing that implies one: any JSON value. */
export interface AnySchema extends SchemaCommon {
  readonly kind: "any";
  /**
   * A `type` the spec wrote that OpenAPI does not have (e.g. 3.x `type: file`), kept for diagnostics and
   * OAG's docs; for a `$ref` to nothing (danglingRef), the type name OAG reads from the ref.
   */
  readonly unknownType?: string;
  /**
   * Swagger 2.0 only: OpenAPI Generator reads this schema as a free-form object. swagger-parser v1
   * makes an untyped property an UntypedProperty (swagger-core 1.6 PropertyDeserializer, PropertyBuilder
   * UNTYPED) and an untyped schema a ModelImpl without type; the v2 converter turns both into v3
   * schemas through Jackson (SwaggerConverter.convert: `Json.mapper().convertValue(..., Schema.class)`),
   * and swagger-core's ModelDeserializer reads a node without `type`, `$ref` or composition as an
   * ObjectSchema ("assume object"). The docs follow OAG (src/codegen/oag-schema.ts); the clients keep
   * accepting any value, as the spec means.
   */
  readonly objectIn20?: true;
  /**
   * A schema `$ref` whose target does not exist, as written (generated only with
   * --skip-validate-spec where OAG needs it, see src/parse/dangling-ref.ts). OAG names its type by
   * the ref's last segment (ModelUtils.getSimpleRef), held in `unknownType`: the docs type, link and
   * import it as a model that is never generated, as for an unknown `type`; the clients read and
   * send the value as any value.
   */
  readonly danglingRef?: string;
  /**
   * A oneOf/anyOf all of whose members OpenAPI Generator reads as null types (`{type: null}` and an
   * untyped member such as `{}`: ModelUtils/OpenAPINormalizer.isNullTypeSchema), which the IR reads
   * as any value, nullable. OAG's SIMPLIFY_ONEOF_ANYOF removes every member and keeps the composed
   * schema with an empty list, which DefaultCodegen.getSchemaType names toAnyOfName/toOneOfName of
   * no names (`anyOf<>`): for the docs of the generators that name it so (python: `AnyOf`, linked
   * to a page no file is written for). The clients read it as any value.
   */
  readonly emptyComposition?: "anyOf" | "oneOf";
  /**
   * The `type` written beside an emptied composition (emptyComposition): OAG's schema keeps it, so
   * its example writers read it first (`type: integer` prints `1`; typescript's examples.ts).
   */
  readonly emptyCompositionType?: string;
}

/** `type: null` alone. */
export interface NullSchema extends SchemaCommon {
  readonly kind: "null";
}

export type Extensions = Readonly<Record<string, JsonValue>>;

/**
 * A value from the spec. `literal` is set for a number written as a floating-point literal whose
 * value is integral (`10.0`, `1e3`): JSON parsers keep only 10, but OpenAPI Generator prints such
 * values as doubles (`10.0`) in its docs; and for an integer beyond 2^53, which JSON parsers round
 * but OpenAPI Generator keeps digit for digit.
 */
export interface LiteralValue {
  readonly value: JsonValue;
  readonly literal?: string;
  /**
   * For a number value, docs only: the text OAG prints for it where the parser knows it otherwise
   * than from `literal` (Swagger 2.0, whose reading and conversion make other Java numbers: a number
   * parameter's default `71` is the BigDecimal `71.0`, a form field's `x-example` the BigDecimal of
   * a Double; parse/swagger2-schema.ts NUMBER_TEXTS).
   */
  readonly oagText?: string;
  /**
   * Docs only: OAG's parser holds no such value, the clients keep it (a Swagger 2.0 integer
   * definition's default written `71.0`: swagger-models' ModelImpl.getDefaultValue makes no Integer
   * of the text). codegen/oag-docs-model.ts leaves it out of the docs' model.
   */
  readonly oagAbsent?: true;
  /**
   * For an object or array value: the literal text of the numbers inside it that `literal` would
   * record for a whole value (`71.0`, a big integer), keyed by their JSON pointer relative to the
   * value (`/scores/0`). OAG holds such a value as the Jackson tree it read and prints those
   * numbers from their nodes (java-format.ts javaJsonText). Docs only: the value stays JSON.
   */
  readonly nestedLiterals?: Readonly<Record<string, string>>;
  /**
   * For docs only: the value OpenAPI Generator holds where its YAML 1.1 reading differs from the
   * YAML 1.2 `value` (a plain `off` is `false` to it, after its schema's cast; see parse/yaml11.ts),
   * or where swagger-core's cast of a 3.0 integer or boolean schema changes it (an example `"yes"`
   * is `false`, `"5"` is 5; parse/schema.ts cast30).
   */
  readonly yaml11?: JsonValue;
}

/** Exhaustiveness guard for switches over discriminated unions. */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
