// IR -> the view-models of docs/<Tag>Api.md and of the README's example. Every decision the docs
// show is made here; templates/python/*.hbs only print. Texts are escaped here exactly as
// OpenAPI Generator's docs show them: escapeText (python flavour) for summaries and
// descriptions, then JMustache's HTML escaping where its template used `{{x}}`.

import { docConsumes, mediaTypeList, responseRows, type ResponseRow } from "../../codegen/doc-tables.js";
import { docResponsesOf } from "../../codegen/doc-responses.js";
import { mustacheHtml as html } from "../../codegen/escape.js";
import { UNKNOWN_BASE_TYPE, type ApiGroup, type CodegenOperation, type CodegenParam } from "../../codegen/operations.js";
import type { Schema, SecurityScheme } from "../../model/ir.js";
import type { PythonDocContext } from "./doc-context.js";
import { pythonDocRelease } from "./releases.js";
import { escapePython } from "./examples.js";
import { paramDefault } from "./defaults.js";
import { propertyDescription } from "../../codegen/property-description.js";
import { isUntypedAny, isWrappedRef31 } from "../../codegen/model-kinds.js";
import { namedSchema } from "../../codegen/schemas.js";
import { isMap, isObjectTypedRef, mapValues } from "./types.js";

export interface ApiDocView {
  readonly packageName: string;
  readonly className: string;
  readonly basePath: string;
  readonly rows: readonly MethodRowView[];
  readonly operations: readonly OperationDocView[];
}

export interface MethodRowView {
  readonly operationId: string;
  readonly className: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
}

export interface OperationDocView {
  readonly operationId: string;
  readonly signature: string;
  /** JMustache treats "" as true: an empty summary still prints its (empty) paragraph. */
  readonly hasSummary: boolean;
  /** Escaped summary, printed with a blank line after it. */
  readonly summary: string;
  readonly hasNotes: boolean;
  /** The description as written (7.12+) or escaped (before). */
  readonly notes: string;
  readonly authBullets: readonly string[];
  /** releases.ts: blank lines before the example and after the tables' headings; `import time`/`import os`. */
  readonly blankLinesAroundTables: boolean;
  readonly legacyImports: readonly string[];
  readonly example: ExampleView;
  readonly hasParams: boolean;
  readonly paramRows: readonly string[];
  readonly returnType: string;
  readonly authorization: string;
  readonly contentType: string;
  readonly accept: string;
  readonly responses: readonly ResponseRow[] | null;
}

/** The python snippet of an API doc and of the README's Getting Started. */
export interface ExampleView {
  readonly packageName: string;
  /** `from <pkg>.models.<module> import <Model>` lines (API docs only). */
  readonly imports: readonly string[];
  readonly config: ConfigExampleView;
  readonly withKeyword: string;
  readonly className: string;
  readonly params: readonly { readonly line: string }[];
  readonly hasSummary: boolean;
  readonly summaryComment: string;
  readonly call: string;
  readonly hasReturn: boolean;
  readonly operationId: string;
  readonly exceptionClass: string;
}

/** The `configuration = ...` part of a snippet, with one block per auth method. */
export interface ConfigExampleView {
  readonly packageName: string;
  readonly basePath: string;
  readonly hasAuth: boolean;
  readonly auths: readonly AuthExampleView[];
}

export interface AuthExampleView {
  readonly name: string;
  readonly isBasic: boolean;
  readonly isBearer: boolean;
  readonly isSignature: boolean;
  readonly isApiKey: boolean;
  readonly isOAuth: boolean;
  /** ` (JWT)` or "". */
  readonly bearerFormat: string;
  /** The name HTML-escaped (where OAG printed it with double braces). */
  readonly htmlName: string;
  readonly packageName: string;
  readonly basePath: string;
}

export function buildApiDocView(group: ApiGroup, ctx: PythonDocContext): ApiDocView {
  return {
    packageName: html(ctx.packageName),
    className: group.className,
    basePath: html(ctx.basePath),
    rows: group.operations.map((op) => methodRow(op, group)),
    operations: group.operations.map((op) => buildOperationDocView(op, group, ctx)),
  };
}

function methodRow(op: CodegenOperation, group: ApiGroup): MethodRowView {
  return {
    operationId: html(op.operationId),
    className: html(group.className),
    method: op.op.method.toUpperCase(),
    path: html(op.op.path),
    summary: op.op.summary !== undefined ? html(escapePython(op.op.summary)) : "",
  };
}

interface DocParam {
  readonly param: CodegenParam;
  /** The schema the docs type the parameter by (a body's enum model reads as its values' type). */
  readonly typeSchema: Schema;
  /** Raw; a form field's is its property's (as propertyDescription sees it). */
  readonly description: string | undefined;
  readonly dataType: string;
  readonly defaultValue: string | null;
  readonly example: string;
  /** A body OAG types UNKNOWN_BASE_TYPE (CodegenParam.unknownBaseType). */
  readonly unknownBaseType?: true;
}

function docParams(op: CodegenOperation, ctx: PythonDocContext): DocParam[] {
  return op.allParams.map((param) => {
    // DefaultCodegen.fromFormProperty: a form field that is an array (after unaliasSchema) takes its
    // items' default, `codegenParameter.defaultValue = arrayInnerProperty.getDefaultValue()`, not its
    // own (d4b8ff60a1 #10334, 5.3.0, before every python release; the typescript row
    // formArrayItemsDefault). openapi-openai 6de4d55b (7.18.0): `timestamp_granularities[]` with
    // `default: [segment]` and untyped-default items prints no default.
    const unaliased = param.kind === "form" ? ctx.types.unalias(param.schema) : param.schema;
    const defaultSchema = param.kind === "form" && unaliased.kind === "array" ? unaliased.items : param.schema;
    const defaultValue = param.kind === "body" ? null : paramDefault(ctx, defaultSchema);
    // DefaultCodegen.fromFormProperty escapes the description fromProperty escaped already: a form
    // field's is escaped twice (once here, once by the views), as in the typescript docs.
    const formDescription = param.kind === "form" ? propertyDescription(ctx.model, param.schema, ctx.oagVersion) : undefined;
    const description = param.kind === "form" ? (formDescription === undefined ? undefined : escapePython(formDescription)) : param.description;
    const typeSchema = param.kind === "body" ? ctx.types.bodyTypeSchema(param.schema) : param.schema;
    // DefaultCodegen.addBodyModelSchema types a body it finds no model for UNKNOWN_BASE_TYPE, a
    // model class to the docs: `<pkg>.UNKNOWN_BASE_TYPE()`, linked (7.13.0). Docs only: the client
    // types the parameter by its schema.
    if (param.unknownBaseType === true) {
      return { param, typeSchema, description, dataType: UNKNOWN_BASE_TYPE, defaultValue, example: `${ctx.packageName}.${UNKNOWN_BASE_TYPE}()`, unknownBaseType: true };
    }
    return { param, typeSchema, description, dataType: ctx.types.declaration(typeSchema), defaultValue, example: ctx.examples.forParam(param, typeSchema, defaultValue) };
  });
}

function buildOperationDocView(op: CodegenOperation, group: ApiGroup, ctx: PythonDocContext): OperationDocView {
  const params = docParams(op, ctx);
  const ret = returnTypeOf(op, ctx);
  const summary = op.op.summary;
  const description = op.op.description;
  const sections = pythonDocRelease(ctx.oagVersion).summaryNotesSections;
  const docResponses = docResponsesOf(op, { refsAsWritten: pythonDocRelease(ctx.oagVersion).responseRefsAsWritten31, schemaAsProperty20: false });
  return {
    operationId: op.operationId,
    signature: `${ret !== null ? `${ret.dataType} ` : ""}${op.operationId}(${callArguments(params)})`,
    hasSummary: summary !== undefined || !sections,
    summary: summary !== undefined ? escapePython(summary) : "",
    hasNotes: description !== undefined,
    notes: description !== undefined ? (sections ? description : escapePython(description)) : "",
    authBullets: op.authMethods.flatMap((a) => authBullet(a)),
    blankLinesAroundTables: pythonDocRelease(ctx.oagVersion).blankLinesAroundTables,
    legacyImports: pythonDocRelease(ctx.oagVersion).importTimeInExamples ? ["import time", "import os"] : [],
    // The model imports are AbstractPythonCodegen.postProcessOperationsWithModels' `x-py-example-import`,
    // which webhooks do not get (ApiGroup.webhooks).
    example: buildExampleView(op, group, ctx, { exceptionClass: "Exception", withImports: group.webhooks !== true }),
    hasParams: params.length > 0,
    paramRows: params.map((p) => paramRow(p, ctx)),
    returnType: ret === null ? "void (empty response body)" : ret.link === null ? `**${ret.dataType}**` : `[**${ret.dataType}**](${ret.link}.md)`,
    authorization: op.authMethods.length === 0 ? "No authorization required" : op.authMethods.map((a) => `[${a.name}](../README.md#${a.name})`).join(", "),
    contentType: mediaTypeList(docConsumes(op.consumes)),
    accept: mediaTypeList(docResponses.produces),
    responses: responseRows(docResponses.responses, escapePython, (h) => ctx.headerDescriptions.get(h)),
  };
}

/** `a, b, c=c`: required params positional, optional ones as keywords. */
function callArguments(params: readonly DocParam[]): string {
  return params.map((p) => (p.param.required ? p.param.paramName : `${p.param.paramName}=${p.param.paramName}`)).join(", ");
}

export interface ExampleOptions {
  /** `Exception` in API docs, `ApiException` in the README. */
  readonly exceptionClass: string;
  /** API docs import the models the snippet uses; the README does not. */
  readonly withImports: boolean;
}

export function buildExampleView(op: CodegenOperation, group: ApiGroup, ctx: PythonDocContext, options: ExampleOptions): ExampleView {
  const params = docParams(op, ctx);
  const ret = returnTypeOf(op, ctx);
  return {
    packageName: ctx.packageName,
    imports: options.withImports ? exampleImports(op, params, ctx) : [],
    config: buildConfigExampleView(op.authMethods, ctx),
    withKeyword: ctx.async ? "async with" : "with",
    className: group.className,
    params: params.map((p) => ({
      line: `${p.param.paramName} = ${p.example} # ${p.dataType} | ${p.description !== undefined ? escapePython(p.description) : ""}${p.param.required ? "" : " (optional)"}${p.defaultValue !== null ? ` (default to ${p.defaultValue})` : ""}`,
    })),
    hasSummary: op.op.summary !== undefined,
    summaryComment: op.op.summary !== undefined ? escapePython(op.op.summary) : "",
    call: `${ret !== null ? "api_response = " : ""}${ctx.async ? "await " : ""}api_instance.${op.operationId}(${callArguments(params)})`,
    hasReturn: ret !== null,
    operationId: op.operationId,
    exceptionClass: options.exceptionClass,
  };
}

function buildConfigExampleView(auths: readonly SecurityScheme[], ctx: PythonDocContext): ConfigExampleView {
  return {
    packageName: ctx.packageName,
    basePath: ctx.basePath,
    hasAuth: auths.length > 0,
    auths: auths.flatMap((a) => authExamples(a, ctx)),
  };
}

function authExamples(a: SecurityScheme, ctx: PythonDocContext): AuthExampleView[] {
  const base = { name: a.name, htmlName: html(a.name), packageName: ctx.packageName, basePath: ctx.basePath, isBasic: false, isBearer: false, isSignature: false, isApiKey: false, isOAuth: false, bearerFormat: "" };
  switch (a.type) {
    case "http":
      if (a.scheme === "basic") return [{ ...base, isBasic: true }];
      if (a.scheme === "bearer") return [{ ...base, isBearer: true, bearerFormat: a.bearerFormat !== undefined ? ` (${a.bearerFormat})` : "" }];
      if (a.scheme === "signature") return [{ ...base, isSignature: true }];
      return [base];
    case "apiKey":
      return [{ ...base, isApiKey: true }];
    case "oauth2":
      // One CodegenSecurity per flow.
      return oauthFlowsInOagOrder(a).map(() => ({ ...base, isOAuth: true }));
    default:
      return [base];
  }
}

function authBullet(a: SecurityScheme): string[] {
  switch (a.type) {
    case "http":
      if (a.scheme === "basic") return [`* Basic Authentication (${html(a.name)}):`];
      if (a.scheme === "bearer") return [`* Bearer${a.bearerFormat !== undefined ? ` (${a.bearerFormat})` : ""} Authentication (${html(a.name)}):`];
      return [];
    case "apiKey":
      return [`* Api Key Authentication (${html(a.name)}):`];
    case "oauth2":
      return oauthFlowsInOagOrder(a).map(() => `* OAuth Authentication (${html(a.name)}):`);
    default:
      return [];
  }
}

/** OAG's fromSecurity lists an oauth2 scheme once per flow: password, implicit, client credentials, code. */
export function oauthFlowsInOagOrder(a: Extract<SecurityScheme, { type: "oauth2" }>): Extract<SecurityScheme, { type: "oauth2" }>["flows"] {
  const order = ["password", "implicit", "clientCredentials", "authorizationCode"];
  return [...a.flows].sort((x, y) => order.indexOf(x.flow) - order.indexOf(y.flow));
}

/**
 * The models a snippet imports: those of the parameter and return types, through lists and
 * dicts, sorted by name. A path/query/header/cookie parameter typed by a composed model imports
 * nothing (OAG's pydantic typing of such a parameter does not see a model).
 */
function exampleImports(op: CodegenOperation, params: readonly DocParam[], ctx: PythonDocContext): string[] {
  const models = new Set<string>();
  const collect = (schema: Schema, skipComposed: boolean, depth: number): void => {
    if (depth > 20) return;
    // `{type: object, $ref: X}` is isFreeFormObject/isMap to OAG (types.ts isObjectTypedRef): the
    // PydanticType of the parameter or return property takes fromCommon's map branch (mapType, whose
    // item type is Any), which imports no model (AbstractPythonCodegen.postProcessOperationsWithModels).
    if (isObjectTypedRef(schema)) return;
    const s = ctx.types.unalias(schema);
    const model = ctx.types.modelOf(s);
    const unknown = model === null ? ctx.types.unknownTypeModel(s) : null;
    if (model !== null) {
      if (!(skipComposed && ctx.types.isComposedModel(s))) models.add(model);
    } else if (unknown !== null) {
      // OAG's PydanticType reads a type that is no language primitive as a model to import.
      models.add(unknown);
    } else if (s.kind === "array") collect(s.items, skipComposed, depth + 1);
    else if (isMap(s)) collect(mapValues(s), skipComposed, depth + 1);
  };
  for (const p of params) {
    const plain = p.param.kind !== "body" && p.param.kind !== "form";
    // A path/query/header/cookie parameter whose own schema has neither `$ref` nor type (`{allOf:
    // [{$ref: EventType}], nullable: true}`, or a 3.1 `$ref` with siblings, which the normalizer wraps
    // so from 7.18.0: RefSchema.siblingsAllOf31) is ModelUtils.isAnyType to OAG: setTypeProperties
    // sets isAnyType, PydanticType.fromCommon's anyType branch types it `Any`, no model import.
    if (plain && isUntypedComposition(p.typeSchema)) continue;
    collect(p.typeSchema, plain, 0);
  }
  // AbstractPythonCodegen.postProcessOperationsWithModels reads the return property only when the
  // returnType is not empty (StringUtils.isEmpty, 7.x): a response model whose name sanitizes to
  // nothing (`-`) imports nothing (before, `from <pkg>.models. import `).
  const returned = op.methodResponse?.contents[0]?.schema;
  if (returned && returnTypeOf(op, ctx)?.dataType !== "") collect(returned, false, 0);
  return [...models].sort().map((m) => `from ${ctx.packageName}.models.${ctx.names.modelModule(m)} import ${m}`);
}

/** A schema OAG sees with neither `$ref` nor type: an untyped composition, or a 3.1 `$ref` the normalizer wrapped in one. */
function isUntypedComposition(schema: Schema): boolean {
  return isWrappedRef31(schema) || (schema.kind === "composed" && schema.declaredType === undefined);
}

/** The method's return type and the model page its doc links to (null: printed bold). */
function returnTypeOf(op: CodegenOperation, ctx: PythonDocContext): { dataType: string; link: string | null } | null {
  const schema = op.methodResponse?.contents[0]?.schema;
  if (!schema) return null;
  return ctx.types.returnCell(schema);
}

function paramRow(p: DocParam, ctx: PythonDocContext): string {
  const notes = `${p.param.required ? "" : "[optional] "}${p.defaultValue !== null ? `[default to ${html(p.defaultValue)}]` : ""}`;
  const description = p.description !== undefined ? html(escapePython(p.description)) : "";
  return ` **${p.param.paramName}** | ${paramTypeCell(p, ctx)}| ${description} | ${notes}`;
}

/**
 * The Type cell of a parameter row. Files and primitives are bold; anything else links to its
 * base type's page: a container's item type, a body's or form field's model, and (OAG quirk)
 * nothing for a path/query/header model parameter, giving `(.md)`.
 */
function paramTypeCell(p: DocParam, ctx: PythonDocContext): string {
  const types = ctx.types;
  if (p.unknownBaseType) return `[**${p.dataType}**](${p.dataType}.md)`;
  const s = types.unalias(p.typeSchema);
  // A path/query/header/cookie parameter of no type (`schema: {}` or an example alone): DefaultCodegen.fromParameter's
  // isAnyType branch sets no isPrimitiveType (only its string, boolean, number and integer branches do) and
  // no baseType, so api_doc.mustache links `[**object**](.md)`. A body of no type is bold
  // (fromRequestBody: updateRequestBodyForPrimitiveType).
  if (p.param.kind !== "body" && p.param.kind !== "form" && isUntypedAny(s)) return `[**${p.dataType}**](.md)`;
  if (types.isBinary(s) || types.isLanguagePrimitive(p.dataType)) return `**${p.dataType}**`;
  // A body typed by a `type` OpenAPI does not define or a `$ref` to nothing: DefaultCodegen.fromRequestBody
  // reaches its last branch ("referenced schemas"), updateRequestBodyForPrimitiveType, which sets
  // isPrimitiveType: printed bold, unlinked.
  if (p.param.kind === "body" && s.kind === "any" && s.unknownType !== undefined) return `**${p.dataType}**`;
  // The same branch for a body `$ref` to a schema that is itself a `$ref` (`BatchUpdateRequest: {$ref:
  // BatchUpdateData}`): fromRequestBody resolves one level (ModelUtils.getReferencedSchema), which
  // leaves a `$ref`, so no type check holds (isAnyType wants no `$ref`) and the type stays the alias's
  // target, bold (NHSDigital/nhs-notify-supplier-api, 7.14.0).
  if (p.param.kind === "body" && p.param.schema.kind === "ref" && namedSchema(ctx.model, p.param.schema.target)?.schema.kind === "ref") return `**${p.dataType}**`;
  let base: string;
  if (s.kind === "array") {
    if (p.param.kind === "form" && types.isBinary(s.items)) return `**${p.dataType}**`;
    base = types.baseType(s.items);
  } else if (isMap(s)) base = types.baseType(mapValues(s));
  else if (p.param.kind === "body" || p.param.kind === "form") base = types.baseType(s);
  else base = "";
  return `[**${p.dataType}**](${base}.md)`;
}
