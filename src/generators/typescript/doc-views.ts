// IR -> the view-models of the typescript docs (<Tag>Api.md, README.md). Every decision the docs
// show is made here; templates/typescript/*.hbs only print. Texts are escaped here exactly as
// OpenAPI Generator's docs show them (escapeText, then its HTML escaping where it used `{{x}}`).

import { docConsumes, mediaTypeList, responseRows, type ResponseRow } from "../../codegen/doc-tables.js";
import { docResponses, docResponsesOf, type DocResponseReading } from "../../codegen/doc-responses.js";
import { camelize, javaCompare } from "../../naming/case.js";
import { javaHashSetOrder } from "../../naming/java-hash.js";
import { escapeText, mustacheHtml as html } from "../../codegen/escape.js";
import { basePathOf } from "../../codegen/base-path.js";
import { oagValue, oagEnum } from "../../codegen/java-format.js";
import { javaDateString, javaOffsetDateTimeString } from "../../codegen/java-time.js";
import { exampleNameOf, findMethodResponse, isUnnamedModelBody, UNKNOWN_BASE_TYPE, type ApiGroup, type CodegenOperation, type CodegenParam } from "../../codegen/operations.js";
import { isNullNodeDefault, isUntypedAny, unaliasRef } from "../../codegen/model-kinds.js";
import { resolveSchema } from "../../codegen/schemas.js";
import { propertyDescription } from "../../codegen/property-description.js";
import type { ApiModel, Header, JsonValue, OpenApiVersion, Schema } from "../../model/ir.js";
import type { TypeScriptExamples } from "./examples.js";
import type { TypeScriptNames } from "./names.js";
import type { TypeScriptDocRelease } from "./releases.js";
import { isPrimitiveParam, type TypeScriptTypes } from "./types.js";

export interface ApiDocView {
  readonly heading: string;
  readonly basePath: string;
  readonly rows: readonly { readonly operationId: string; readonly className: string; readonly method: string; readonly path: string; readonly summary: string }[];
  readonly operations: readonly OperationDocView[];
}

export interface OperationDocView {
  readonly operationId: string;
  readonly signature: string;
  /** JMustache treats "" as true: an empty description still prints its (empty) line. */
  readonly hasNotes: boolean;
  readonly notes: string;
  readonly className: string;
  readonly projectName: string;
  /** The example as OAG wrote it before 7.9 (releases.ts: namedImportExample). */
  readonly legacyExample: boolean;
  readonly moduleName: string;
  readonly requestType: string;
  readonly hasParams: boolean;
  readonly exampleParams: readonly { readonly comment: string; readonly legacyComment: string; readonly name: string; readonly example: string }[];
  readonly hasParamTable: boolean;
  readonly paramRows: readonly string[];
  readonly returnType: string;
  readonly authorization: string;
  readonly contentType: string;
  readonly accept: string;
  readonly responses: readonly ResponseRow[] | null;
}

export interface DocContext {
  readonly model: ApiModel;
  readonly names: TypeScriptNames;
  readonly types: TypeScriptTypes;
  readonly examples: TypeScriptExamples;
  readonly moduleName: string;
  readonly projectName: string;
  readonly release: TypeScriptDocRelease;
  /** `-p oagVersion`, for the rules shared with the other generators (src/codegen). */
  readonly oagVersion: string | undefined;
  /** What a response header's row says (src/codegen/response-headers.ts: OAG's cached header properties). */
  readonly headerDescriptions: ReadonlyMap<Header, string | undefined>;
}

/**
 * OAG's escapeText as the typescript generator configures it: comment terminators broken, and `'`
 * escaped from the release that made TypeScriptClientCodegen extend AbstractTypeScriptClientCodegen
 * (whose escapeText adds it; `escapeSingleQuote` in releases.ts).
 */
const escapeTs = (s: string, release: TypeScriptDocRelease) =>
  escapeText(s, (t) => {
    const broken = t.replace(/\*\//g, "*_/").replace(/\/\*/g, "/_*");
    return release.escapeSingleQuote ? broken.replace(/'/g, "\\'") : broken;
  });

export function buildApiDocView(group: ApiGroup, ctx: DocContext): ApiDocView {
  return {
    // No tag description under the heading: api_doc.mustache's `{{#description}}` names no field of
    // OAG's API bundle (the typescript docs in the corpus, 6.4 to 7.22, print none).
    heading: `${ctx.moduleName}.${group.className}`,
    basePath: basePathOf(ctx.model.servers, { keepRelative: ctx.release.relativeBasePath }),
    rows: group.operations.map((op) => ({
      operationId: html(op.operationId),
      className: group.className,
      method: op.op.method.toUpperCase(),
      path: html(op.op.path),
      summary: op.op.summary !== undefined ? html(escapeTs(op.op.summary, ctx.release)) : "",
    })),
    operations: group.operations.map((op) => buildOperationDocView(op, group, ctx)),
  };
}

interface DocParam {
  readonly param: CodegenParam;
  readonly dataType: string;
  readonly defaultValue: string | null;
  readonly isPrimitive: boolean;
  /** OAG's isEnum: an inline enum (inlineEnum), or an array's own enum, which has no enumVars (arrayOwnEnum). */
  readonly isEnum: boolean;
  /** The values of the enumVars api_doc.mustache prints for an enum (none when not isEnum or for arrayOwnEnum). */
  readonly enumVars: readonly string[];
  readonly example: string;
  /** Raw; a form field's is its property's as OAG's docs know it (propertyDescription). */
  readonly description: string | undefined;
}

function buildOperationDocView(op: CodegenOperation, group: ApiGroup, ctx: DocContext): OperationDocView {
  const params = op.allParams.map((p) => docParam(p, ctx));
  // The signature lists required params without a default: in practice the body.
  const requiredInBuildOrder = op.paramsInBuildOrder.filter((p) => p.required);
  const signatureParams = requiredInBuildOrder
    .filter((p) => params.find((d) => d.param === p)?.defaultValue === null)
    .map((p) => p.paramName)
    .join(", ");
  const returnType = tsReturnType(op, ctx, group.webhooks === true);
  const rows = [
    ...params.filter((p) => p.defaultValue === null).map((p) => ` **${p.param.paramName}** | **${p.isPrimitive ? html(p.dataType) : p.dataType}**| ${describe(p, ctx.release)} |`),
    ...params.filter((p) => p.defaultValue !== null).map((p) => ` **${p.param.paramName}** | ${typeCell(p)} | ${describe(p, ctx.release)} |${p.param.required ? "" : " (optional)"} defaults to ${p.defaultValue}`),
  ];
  const description = op.op.description;
  const docResponses = docResponsesOf(op, responseReading(ctx.release));
  return {
    operationId: op.operationId,
    signature: `${returnType !== null ? `${returnType} ` : ""}${op.operationId}(${signatureParams})`,
    hasNotes: description !== undefined,
    notes: description !== undefined ? escapeTs(description, ctx.release) : "",
    className: group.className,
    projectName: ctx.projectName,
    legacyExample: !ctx.release.namedImportExample,
    moduleName: ctx.moduleName,
    requestType: `${group.className}${camelize(op.operationId)}Request`,
    hasParams: params.length > 0,
    // OAG renders these with JMustache as MustacheEngineAdapter builds it (Mustache.compiler(), no
    // emptyStringIsFalse): an empty description ("" in the spec) opens {{#description}} like any
    // other string, so the comment keeps its " | " / "// " (spacetraders, 7.6.0-SNAPSHOT).
    exampleParams: params.map((p) => ({
      comment: p.description !== undefined ? `    // ${escapeTs(p.description, ctx.release)}${p.param.required ? "" : " (optional)"}` : "  ",
      // typescript/api_doc.mustache before 1b247e75a9: `// {{{dataType}}}{{#description}} | {{{description}}}{{/description}}{{^required}} (optional){{/required}}`
      legacyComment: `  // ${p.dataType}${p.description !== undefined ? ` | ${escapeTs(p.description, ctx.release)}` : ""}${p.param.required ? "" : " (optional)"}`,
      name: p.param.paramName,
      example: p.example,
    })),
    hasParamTable: params.length > 0,
    paramRows: rows,
    returnType: returnType !== null ? `**${returnType}**` : "void (empty response body)",
    authorization:
      op.authMethods.length === 0
        ? "No authorization required"
        : (ctx.release.authMethodsSortedByName ? [...op.authMethods].sort((a, b) => javaCompare(a.name, b.name)) : op.authMethods).map((a) => `[${a.name}](README.md#${a.name})`).join(", "),
    contentType: mediaTypeList(docConsumes(op.consumes)),
    accept: mediaTypeList(docResponses.produces),
    responses: responseRows(docResponses.responses, (t) => escapeTs(t, ctx.release), (h) => ctx.headerDescriptions.get(h)),
  };
}

/** A form field's description as fromProperty left it (escaped once), or undefined. */
function onceEscaped(description: string | undefined, release: TypeScriptDocRelease): string | undefined {
  return description === undefined ? undefined : escapeTs(description, release);
}

function describe(p: DocParam, release: TypeScriptDocRelease): string {
  return p.description !== undefined ? html(escapeTs(p.description, release)) : "";
}

/** ModelUtils.isAnyType for fromParameter, through a `$ref` to a schema that is no model. */
function isAnyTypeParam(schema: Schema, model: ApiModel): boolean {
  return isUntypedAny(schema.kind === "ref" ? unaliasRef(model, schema) : schema);
}

function typeCell(p: DocParam): string {
  let out = "";
  if (!p.isPrimitive && !p.isEnum) out += `**${html(p.dataType)}**`;
  if (p.isPrimitive) out += `[**${html(p.dataType)}**]`;
  // isEnum without enumVars (an array's own enum: arrayOwnEnum) prints nothing here.
  if (p.isEnum && p.enumVars.length > 0) out += `**Array<${p.enumVars.map(html).join(" &#124; ")}>**`;
  return out;
}

/**
 * The name and type of an inline oneOf/anyOf body of models whose type is a union of model types
 * (`complexType` holding " | "): that text (DefaultCodegen.addBodyModelSchema).
 */
export function unionBodyName(s: Schema, types: TypeScriptTypes): string | undefined {
  if (s.kind !== "composed" || (s.oneOf.length === 0 && s.anyOf.length === 0)) return undefined;
  const members = (s.oneOf.length > 0 ? s.oneOf : s.anyOf).filter((m) => m.kind !== "any");
  if (members.length < 2 || !members.every((m) => m.kind === "ref")) return undefined;
  const union = types.declaration(s);
  return union.includes(" | ") ? union : undefined;
}

/**
 * A body DefaultCodegen.addBodyModelSchema types UNKNOWN_BASE_TYPE: no model for it (and no union
 * of models) (7.13.0). The docs and the client's signatures name that type (client/api-views.ts).
 */
export function isUnknownBaseTypeBody(schema: Schema, types: TypeScriptTypes): boolean {
  return isUnnamedModelBody(schema) && unionBodyName(schema, types) === undefined;
}

function docParam(param: CodegenParam, ctx: DocContext): DocParam {
  const schema = param.schema;
  // DefaultCodegen.addBodyModelSchema types a body it finds no model for (and no union of models:
  // isUnknownBaseTypeBody, asked by index.ts for CodegenParam.unknownBaseType) UNKNOWN_BASE_TYPE
  // (7.13.0); the client's signature names that type too (client/api-views.ts).
  if (param.unknownBaseType === true) {
    return { param, dataType: UNKNOWN_BASE_TYPE, defaultValue: null, isPrimitive: false, isEnum: false, enumVars: [], example: param.mediaType ? ctx.examples.forBody(param.mediaType, exampleNameOf(param)) : "null", description: param.description };
  }
  if (param.kind === "body") {
    // OAG types a body that references an enum or primitive schema as that primitive.
    const resolved = resolveSchema(ctx.model, schema);
    const primitive = resolved.kind === "string" || resolved.kind === "integer" || resolved.kind === "number" || resolved.kind === "boolean";
    const unaliased = primitive ? { ...resolved, enum: undefined } : schema.kind === "ref" ? unaliasRef(ctx.model, schema) : schema;
    // DefaultCodegen.updateRequestBodyForMap: an inline map body (`additionalProperties: true` or
    // `{}`, which a model property reads as free-form `any`) is typed getTypeDeclaration(schema),
    // a map of any (7.13.0). Docs only.
    const openMap = schema.kind === "object" && schema.properties.length === 0 && (schema.additionalProperties === true || (typeof schema.additionalProperties === "object" && schema.additionalProperties.kind === "any"));
    return {
      param,
      dataType: openMap ? "{ [key: string]: any; }" : ctx.types.declaration(unaliased),
      defaultValue: null,
      isPrimitive: isPrimitiveParam(unaliased, ctx.model),
      isEnum: false,
      enumVars: [],
      example: param.mediaType ? ctx.examples.forBody(param.mediaType, exampleNameOf(param)) : "null",
      description: param.description,
    };
  }
  const enumSource = inlineEnum(schema);
  return {
    param,
    // A form field takes its property's type (fromFormProperty: codegenProperty.dataType), not
    // getParameterDataType's literal union of an inline enum: `string`.
    dataType: param.kind === "form" ? ctx.types.declaration(schema) : ctx.types.parameterType(schema),
    // DefaultCodegen.fromFormProperty: an array form field takes its items' default (release row).
    defaultValue: defaultValueOf(param.kind === "form" && schema.kind === "array" && ctx.release.formArrayItemsDefault ? schema.items : schema, ctx.release, ctx.model.source.openapiVersion),
    isPrimitive: isPrimitiveParam(schema, ctx.model) && !(schema.kind === "object") && !(ctx.release.anyTypeParamNotPrimitive && param.kind !== "form" && isAnyTypeParam(schema, ctx.model)),
    isEnum: enumSource !== null || arrayOwnEnum(schema),
    enumVars: enumSource ? enumSource.values.map((v) => (enumSource.quoted ? `'${escapeText(String(v))}'` : String(v))) : [],
    // TypeScriptClientCodegen.setParameterExampleValue reads Parameter.getSchema(), which a `content`
    // parameter lacks ("CodegenParameter.example defaulting to null"): the example prints empty
    // (`json: ,`), in every release with API docs (74e28a7709, 5.2.1, to 7.13.0).
    example: param.kind !== "form" && param.parameter?.contentType !== undefined ? "" : ctx.examples.forParameter(schema, param.kind === "form" ? exampleNameOf(param) : param.baseName, param.parameter),
    // DefaultCodegen.fromFormProperty builds a form field from its property (fromProperty) and
    // escapes the property's description, which fromProperty escaped already: the views escape
    // it a second time (a `'` prints `\\\'`: spoonacular's RecipesApi.md, 7.8.0-SNAPSHOT).
    description: param.kind === "form" ? onceEscaped(propertyDescription(ctx.model, schema, ctx.oagVersion), ctx.release) : param.description,
  };
}

/**
 * An inline array whose own `enum` (beside `items`, not in them) is the only one: fromProperty
 * makes the property isEnum with allowableValues of those values, but updateCodegenPropertyEnum
 * reads an array's allowableValues from its innermost items (`if (var.mostInnerItems != null)`),
 * which have none, so no enumVars are built; fromParameter and fromFormProperty copy isEnum, and
 * api_doc.mustache's type cell, which prints a non-primitive enum by its enumVars only, is empty
 * (` **updateMask** |  | ...`: infusionsoft/keap-sdk be3dfc7d, OAG 7.10.0, a 3.0 spec). The same
 * DefaultCodegen code from 74e28a7709 (5.2.1) to 7.13.0 at least.
 */
function arrayOwnEnum(schema: Schema): boolean {
  return schema.kind === "array" && schema.enum !== undefined && schema.enum.length > 0;
}

/** Inline enum of a parameter (or of its array items). */
function inlineEnum(schema: Schema): { values: readonly unknown[]; quoted: boolean } | null {
  const s = schema.kind === "array" ? schema.items : schema;
  if ((s.kind === "string" || s.kind === "integer" || s.kind === "number") && s.enum && s.enum.length > 0) {
    return { values: oagEnum(s)!, quoted: s.kind === "string" };
  }
  return null;
}

/**
 * OAG's TypeScript toDefaultValue: the default of a number/boolean/string, else `undefined`
 * (a boolean's only from the release that prints it, `booleanDefaults`). `p.getDefault().toString()`:
 * a number is the BigDecimal swagger-parser read (`74.0` for `74.0`; java-format.ts oagValue).
 */
function defaultValueOf(schema: Schema, release: TypeScriptDocRelease, openapiVersion: OpenApiVersion): string {
  if (schema.kind === "boolean" && !release.booleanDefaults) return "undefined";
  // A 3.1 `default: null` held as a Jackson NullNode (IR defaultNullNode: getAnyType's value where
  // swagger-parser put no copy) is a default like any other: `p.getDefault().toString()` is `null`,
  // a string's is quoted (`'null'`).
  if (isNullNodeDefault(schema)) {
    if (schema.kind === "integer" || schema.kind === "number" || schema.kind === "boolean") return "null";
    if (schema.kind === "string") return schema.format === "date" || schema.format === "date-time" ? (release.temporalDefaults ? "null" : "undefined") : "'null'";
    return "undefined";
  }
  if ((schema.kind === "integer" || schema.kind === "number" || schema.kind === "boolean") && schema.default && schema.default.value !== null) {
    return String(oagValue(schema.default));
  }
  if (schema.kind === "string" && (schema.format === "date" || schema.format === "date-time")) {
    return release.temporalDefaults && schema.default !== undefined ? temporalDefault(schema.format, schema.default.value, openapiVersion) : "undefined";
  }
  if (schema.kind === "string" && schema.default && schema.default.value !== null) {
    // AbstractTypeScriptClientCodegen.toDefaultValue quotes escapeText's text (from the release of
    // `escapeSingleQuote`, a5bc7f107d); TypeScriptClientCodegen's own before quoted the bare value.
    const text = String(oagValue(schema.default));
    return `'${release.escapeSingleQuote ? escapeTs(text, release) : text}'`;
  }
  return "undefined";
}

/**
 * A `format: date` or `date-time` default as AbstractTypeScriptClientCodegen.toDefaultValue prints it
 * (`p.getDefault().toString()`, unquoted): swagger-parser decodes a 3.0 one (OpenAPIDeserializer
 * getDecodedObject: toDate/toDateTime) and the 2.0 converter's DateSchema/DateTimeSchema cast a
 * parameter's, into a java.util.Date (printed for a JVM in UTC: `Mon Feb 03 00:00:00 UTC 2020`) or an
 * OffsetDateTime (`2020-01-01T10:00Z`); a text they cannot decode is no default. A 3.1 schema keeps
 * the text (getAnyType; JsonSchema casts nothing).
 */
function temporalDefault(format: "date" | "date-time", value: JsonValue, openapiVersion: OpenApiVersion): string {
  if (value === null) return "undefined";
  if (openapiVersion === "3.1") return typeof value === "object" ? "undefined" : String(value);
  if (typeof value !== "string") return "undefined";
  return (format === "date" ? javaDateString(value) : javaOffsetDateTimeString(value)) ?? "undefined";
}

/** The union of every 2xx response's type (`void` for a bodiless one), in Java HashSet order. */
/** How the release's docs read responses (src/codegen/doc-responses.ts); the return type reads references through. */
function responseReading(release: TypeScriptDocRelease): DocResponseReading {
  return { refsAsWritten: release.responseRefsAsWritten31, schemaAsProperty20: release.responseSchemaAsProperty20 };
}

function tsReturnType(op: CodegenOperation, ctx: DocContext, webhook: boolean): string | null {
  if (webhook) {
    // TypeScriptClientCodegen.postProcessOperationsWithModels' union is not a webhook's (ApiGroup.webhooks):
    // DefaultCodegen.handleMethodResponse's returnType, the type of the method response (the smallest
    // 2xx code, else `default`; findMethodResponse), none when it has no content.
    const method = findMethodResponse(docResponses(op.op.responses, { ...responseReading(ctx.release), refsAsWritten: false }));
    const schema = method?.contents[0]?.schema;
    return schema ? ctx.types.declaration(schema) : null;
  }
  const types: string[] = [];
  for (const r of docResponses(op.op.responses, { ...responseReading(ctx.release), refsAsWritten: false })) {
    if (!r.code.startsWith("2")) continue;
    const schema = r.contents[0]?.schema;
    types.push(schema ? ctx.types.declaration(schema) : "void");
  }
  if (types.length === 0) return null;
  return javaHashSetOrder(types).join(" | ");
}
