// IR -> the view-models of the python-prior API docs (docs/<Tag>Api.md) and README.md. Every
// decision the docs show is made here; templates/python-prior/*.hbs only print. Texts are
// escaped as OpenAPI Generator 6.6 shows them: escapeText (python flavour), then its HTML
// escaping where its template used `{{x}}`.

import type { PythonPriorDocRelease } from "./releases.js";
import { docConsumes, mediaTypeList, responseRows, type ResponseRow } from "../../codegen/doc-tables.js";
import { basePathOf } from "../../codegen/base-path.js";
import { escapeText, mustacheHtml as html } from "../../codegen/escape.js";
import { isOagMapSchema } from "../../codegen/model-kinds.js";
import { exampleNameOf, UNKNOWN_BASE_TYPE, type ApiGroup, type CodegenOperation, type CodegenParam } from "../../codegen/operations.js";
import { docResponsesOf } from "../../codegen/doc-responses.js";
import type { ApiModel, OAuthFlow, Schema, SecurityScheme } from "../../model/ir.js";
import { javaCompare } from "../../naming/case.js";
import { NO_DESCRIPTION } from "../../codegen/app-info.js";
import { javaHashSetOrder } from "../../naming/java-hash.js";
import type { PythonPriorExamples } from "./examples.js";
import type { PythonPriorNames } from "./names.js";
import { isMap, propertySchemaRead, type PythonPriorTypes } from "./types.js";

/** OAG's escapeText with python's unsafe-character fix (`'''` cannot end a docstring early). */
export const escapePy = (s: string) => escapeText(s, (t) => t.replace(/'''/g, "'_'_'"));

export interface DocContext {
  readonly model: ApiModel;
  readonly names: PythonPriorNames;
  readonly types: PythonPriorTypes;
  readonly examples: PythonPriorExamples;
  readonly packageName: string;
  /**
   * What the docs' `from {{apiPackage}} import <api>` prints: `--api-package` as given, else
   * `<packageName>.api`. PythonLegacyClientCodegen.processOpts prefixes the package name to the
   * generator's own apiPackage (where the files go), but the templates read `apiPackage` from the
   * additional properties, which keep the user's value (seen: world-news 5.4.0 prints
   * `from com.worldnewsapi import news_api`). The client's files stay in `<packageName>/api/`.
   */
  readonly apiPackage: string;
  /**
   * OAG 5.x, whose python generator (later renamed python-prior) differed in details: every
   * example passes `configuration`, imports print in HashSet order, an inline composed body is
   * `UNKNOWN_BASE_TYPE`.
   */
  /** What the reproduced OAG release does differently (releases.ts). */
  readonly release: PythonPriorDocRelease;
}


export function isUnknownBaseType(param: CodegenParam): boolean {
  return param.unknownBaseType === true;
}

/**
 * A request body schema OAG names and types UNKNOWN_BASE_TYPE. 5.x: every inline composition (read
 * from the golden ecotaxa, 5.3.0). 6.x (read at the 6.6.0 release commit 7f8b853f50):
 * DefaultCodegen.fromRequestBody sends a schema of no `$ref` and no type (ModelUtils.isAnyType) that is
 * a composition and no map to addBodyModelSchema without a model name; fromProperty finds no
 * `A | B` complex type in it (PythonPriorClientCodegen.getSchemaType names no composition), so the
 * body's baseName, baseType and dataType are UNKNOWN_BASE_TYPE (paramName `unknown_base_type`,
 * linked, imported like a model). A typed composition takes its type's branch. fromRequestBody
 * unwraps an allOf of one schema only from 49208144e1 (#16991, 7.1.0), so 6.x does not.
 */
export function unknownBaseTypeBody(schema: Schema, release: PythonPriorDocRelease): boolean {
  if (schema.kind !== "composed") return false;
  if (release.before6) return true;
  return schema.declaredType === undefined && !isOagMapSchema(schema) && schema.allOf.length + schema.oneOf.length + schema.anyOf.length > 0;
}

/** One security scheme (one per OAuth flow) as the docs' auth sections show it. */
export interface AuthView {
  readonly name: string;
  readonly isBasic: boolean;
  readonly isBearer: boolean;
  /** ` (JWT)` or "". */
  readonly bearerFormat: string;
  readonly isSignature: boolean;
  readonly isApiKey: boolean;
  readonly keyParamName: string;
  readonly keyLocation: string;
  readonly isOAuth: boolean;
  readonly flow: string;
  readonly authorizationUrl: string;
  readonly scopes: readonly { readonly scope: string; readonly description: string }[];
}

/** The `python` example block shared by the API docs and the README. */
export interface ExampleView {
  readonly packageName: string;
  readonly apiPackage: string;
  readonly apiModule: string;
  readonly className: string;
  readonly operationId: string;
  /** `from pkg.model.x import X`, sorted. */
  readonly imports: readonly string[];
  readonly basePath: string;
  readonly hasAuth: boolean;
  /** `ApiClient(configuration)` rather than `ApiClient()`. */
  readonly passConfiguration: boolean;
  readonly auth: readonly AuthView[];
  /** `    name = example # type | description ...` (examples may span lines). */
  readonly paramLines: readonly string[];
  /**
   * README only: the line after the parameter lines. Before 6.0 README_common.mustache wrote
   * `    {{#allParams}}...\n    {{/allParams}}`, so an operation without parameters leaves the
   * indentation alone on the line that is otherwise empty.
   */
  readonly readmeParamsEnd?: string;
  /** `# summary` inside the try block, or null. */
  readonly summary: string | null;
  /**
   * Whether the try block has the `# summary` line: api_doc_example.mustache's `{{#summary}}` is
   * open for any summary, "" too (JMustache as MustacheEngineAdapter builds it: no emptyStringIsFalse).
   */
  readonly hasSummary: boolean;
  readonly hasReturn: boolean;
  readonly requiredCall: string | null;
  readonly optionalCall: string | null;
  readonly allCall: string;
}

export interface OperationDocView {
  readonly operationId: string;
  readonly signature: string;
  readonly summary: string;
  readonly hasNotes: boolean;
  readonly notes: string;
  readonly authBullets: readonly string[];
  /** A blank line after the auth bullets and after "### HTTP response details" (releases.ts). */
  readonly jekyllBlankLines: boolean;
  /** A blank line before "### Parameters" and before "### HTTP response details" (releases.ts). */
  readonly blankLinesBeforeTables: boolean;
  readonly example: ExampleView;
  readonly hasParams: boolean;
  readonly paramRows: readonly string[];
  readonly returnType: string;
  readonly authorization: string;
  readonly contentType: string;
  readonly accept: string;
  readonly responses: readonly ResponseRow[] | null;
}

export interface ApiDocView {
  readonly packageName: string;
  readonly className: string;
  readonly basePath: string;
  readonly rows: readonly { readonly operationId: string; readonly className: string; readonly method: string; readonly path: string; readonly summary: string }[];
  readonly operations: readonly OperationDocView[];
}

interface DocParam {
  readonly param: CodegenParam;
  readonly dataType: string;
  /** Linked model for the Type column (`[**T**](M.md)`), null for primitives. */
  readonly baseType: string | null;
  readonly defaultValue: string | null;
  readonly example: string;
  readonly description: string;
}

export function buildApiDocView(group: ApiGroup, ctx: DocContext): ApiDocView {
  const basePath = basePathOf(ctx.model.servers, { keepRelative: ctx.release.relativeBasePath });
  return {
    packageName: ctx.packageName,
    className: group.className,
    basePath,
    rows: group.operations.map((op) => ({
      operationId: op.operationId,
      className: group.className,
      method: op.op.method.toUpperCase(),
      path: html(op.op.path),
      summary: op.op.summary !== undefined ? html(escapePy(op.op.summary)) : "",
    })),
    operations: group.operations.map((op) => buildOperationDocView(op, group, ctx)),
  };
}

function buildOperationDocView(op: CodegenOperation, group: ApiGroup, ctx: DocContext): OperationDocView {
  const params = op.allParams.map((p) => docParam(p, ctx));
  const requiredNoDefault = params.filter((p) => p.param.required && p.defaultValue === null);
  const requiredDefault = params.filter((p) => p.param.required && p.defaultValue !== null);
  const optional = params.filter((p) => !p.param.required);
  const returnType = returnTypeOf(op, ctx);
  const typeCell = (p: DocParam) => (p.baseType !== null ? `[**${p.dataType}**](${p.baseType}.md)` : `**${p.dataType}**`);
  const desc = (p: DocParam) => html(p.description);
  const rows = [
    ...requiredNoDefault.map((p) => ` **${p.param.paramName}** | ${typeCell(p)}| ${desc(p)} |`),
    ...requiredDefault.map((p) => ` **${p.param.paramName}** | ${typeCell(p)}| ${desc(p)} | defaults to ${p.defaultValue}`),
    ...optional.map((p) => ` **${p.param.paramName}** | ${typeCell(p)}| ${desc(p)} | [optional]${p.defaultValue !== null ? ` if omitted the server will use the default value of ${p.defaultValue}` : ""}`),
  ];
  const description = op.op.description;
  const auth = authViews(docAuthOrder(authMethodsInSpecOrder(op, ctx.model), ctx.release));
  return {
    operationId: op.operationId,
    signature: `${returnType !== null ? `${returnType.dataType} ` : ""}${op.operationId}(${requiredArgs(params)})`,
    summary: op.op.summary !== undefined ? escapePy(op.op.summary) : "",
    hasNotes: description !== undefined,
    notes: description !== undefined ? escapePy(description) : "",
    authBullets: auth.flatMap((a) => authBullet(a)),
    jekyllBlankLines: ctx.release.jekyllBlankLines,
    blankLinesBeforeTables: ctx.release.blankLinesBeforeTables,
    example: exampleView(op, group, ctx, params, auth, [
      ...requiredNoDefault.map((p) => paramLine(p, "")),
      ...optional.map((p) => paramLine(p, ` (optional)${p.defaultValue !== null ? ` if omitted the server will use the default value of ${p.defaultValue}` : ""}`)),
    ]),
    hasParams: params.length > 0,
    paramRows: rows,
    returnType: returnType === null ? "void (empty response body)" : returnType.baseType !== null ? `[**${returnType.dataType}**](${returnType.baseType}.md)` : `**${returnType.dataType}**`,
    authorization: auth.length === 0 ? "No authorization required" : auth.map((a) => `[${a.name}](../README.md#${a.name})`).join(", "),
    contentType: mediaTypeList(docConsumes(op.consumes)),
    accept: mediaTypeList(docResponsesOf(op, PROPERTY_RESPONSES_20).produces),
    responses: responseRows(op.responses, escapePy),
  };
}

/**
 * The required arguments of the doc's signature and first example call, as api_doc(_example).mustache
 * writes them: `{{#requiredParams}}{{^defaultValue}}{{paramName}}{{^-last}}, {{/-last}}{{/defaultValue}}{{/requiredParams}}`
 * (`{{#hasMore}}` before 08fb59009a, same meaning): the separator follows every required parameter
 * without a default that is not the last required one, so a required parameter with a default after
 * it leaves `url, `.
 */
function requiredArgs(params: readonly DocParam[]): string {
  const required = params.filter((p) => p.param.required);
  return required.map((p, i) => (p.defaultValue === null ? `${p.param.paramName}${i < required.length - 1 ? ", " : ""}` : "")).join("");
}

function paramLine(p: DocParam, notes: string): string {
  return `    ${p.param.paramName} = ${p.example} # ${p.dataType} | ${p.description}${notes}`;
}

/** The example block of one operation; `paramLines` differ between the API doc and the README. */
export function exampleView(op: CodegenOperation, group: ApiGroup, ctx: DocContext, params: readonly DocParam[], auth: readonly AuthView[], paramLines: readonly string[]): ExampleView {
  const requiredNoDefault = params.filter((p) => p.param.required && p.defaultValue === null).map((p) => p.param.paramName);
  const optional = params.filter((p) => !p.param.required).map((p) => `${p.param.paramName}=${p.param.paramName}`);
  const call = (args: readonly string[]) => `${op.operationId}(${args.join(", ")})`;
  return {
    packageName: ctx.packageName,
    apiPackage: ctx.apiPackage,
    apiModule: ctx.names.groupModule(group),
    className: group.className,
    operationId: op.operationId,
    imports: operationImports(op, ctx),
    basePath: basePathOf(ctx.model.servers, { keepRelative: ctx.release.relativeBasePath }),
    hasAuth: auth.length > 0,
    // 5.3.x outputs pass `configuration` to an operation without auth only where the spec declares a
    // security scheme (golden ecotaxa does, disguise has none and shows `ApiClient()` as the 5.3.0
    // template's {{^hasAuthMethods}} says); the source of the ecotaxa behaviour was not found.
    passConfiguration: auth.length > 0 || (ctx.release.configurationWithoutAuth && ctx.model.securitySchemes.length > 0),
    auth,
    paramLines,
    summary: op.op.summary !== undefined ? escapePy(op.op.summary) : null,
    hasSummary: op.op.summary !== undefined,
    hasReturn: returnTypeOf(op, ctx) !== null,
    // `{{#requiredParams}}{{#-last}}`: written when there is any required parameter, with or without a default.
    requiredCall: params.some((p) => p.param.required) ? `${op.operationId}(${requiredArgs(params)})` : null,
    optionalCall: optional.length > 0 ? call([...requiredNoDefault, ...optional]) : null,
    allCall: call(params.map((p) => (p.param.required ? p.param.paramName : `${p.param.paramName}=${p.param.paramName}`))),
  };
}

export function docParam(param: CodegenParam, ctx: DocContext): DocParam {
  const schema = param.schema;
  // DefaultCodegen.fromFormProperty escapes the description fromProperty escaped already (since
  // 53597764c3, every release): a form field's is escaped twice.
  const escaped = param.description !== undefined ? escapePy(param.description) : "";
  const description = param.kind === "form" ? escapePy(escaped) : escaped;
  const name = exampleNameOf(param);
  if (isUnknownBaseType(param)) {
    // 6.x: PythonPriorClientCodegen.setParameterExampleValue writes the schema's example as for any body
    const example = !ctx.release.before6 && param.mediaType ? ctx.examples.forBody(param.mediaType, name) : "None";
    return { param, dataType: UNKNOWN_BASE_TYPE, baseType: UNKNOWN_BASE_TYPE, defaultValue: null, example, description };
  }
  let example: string;
  if (param.kind === "body") example = param.mediaType ? ctx.examples.forBody(param.mediaType, name) : "None";
  else if (param.kind === "form" && schema.kind === "array" && ctx.release.formArrayExampleFromItems) example = ctx.examples.forParameter(schema.items, name);
  else example = ctx.examples.forParameter(schema, param.kind === "form" ? name : param.baseName, param.parameter);
  // Body parameters carry no default; form fields are properties (an array takes its items').
  let defaultValue = param.kind === "body" ? null : ctx.types.defaultValue(schema);
  if (defaultValue === null && param.kind === "form" && schema.kind === "array") defaultValue = ctx.types.defaultValue(schema.items);
  const read = paramSchemaRead(param, ctx);
  const inlineContainer = param.kind !== "body" && param.kind !== "form";
  const baseType = !paramHasBaseType(param, read)
    ? null
    : inlineContainer && read.kind === "array"
      ? containerParamBaseType(read.items, ctx)
      : inlineContainer && isMap(read)
        ? containerParamBaseType(mapValue(read), ctx)
        : ctx.types.docComplexType(read);
  return { param, dataType: ctx.types.dataType(read), baseType, defaultValue, example, description };
}

/**
 * The schema a path/query/header/cookie parameter is typed by: DefaultCodegen.fromParameter takes
 * its dataType and import from fromProperty of the schema, which reads an allOf of one schema as that
 * schema from 6.5.0 (releases.ts singleAllOfAsMember). Body and form parameters come from
 * fromRequestBody.
 */
function paramSchemaRead(param: CodegenParam, ctx: DocContext): Schema {
  return param.kind === "body" || param.kind === "form" ? param.schema : propertySchemaRead(param.schema, ctx.release);
}

/** python-prior's languageSpecificPrimitives (AbstractPythonCodegen's, with file_type and none_type). */
const LANGUAGE_PRIMITIVES = new Set(["int", "float", "list", "dict", "List", "Dict", "bool", "str", "datetime", "date", "object", "file", "bytes", "file_type", "none_type"]);

/**
 * An inline array or map parameter's baseType: DefaultCodegen.fromParameter sets it to the items' or
 * the map value's dataType (`codegenParameter.baseType = itemsProperty.dataType`; for a map
 * `fromProperty("inner", getAdditionalProperties(...)).dataType`, 5.x and updateParameterForMap in
 * 6.x alike), and PythonPriorClientCodegen.postProcessParameter clears it only when that is one of
 * the language's primitives. So items or values of any type link their composite type
 * (`[**[bool, date, ..., none_type]**](bool, date, ..., none_type.md)`; a query parameter
 * `{type: object, additionalProperties: {}}` of vigilant-guacamole's 5.3.0-SNAPSHOT output), as a
 * model's name does.
 */
function containerParamBaseType(inner: Schema, ctx: DocContext): string | null {
  const dataType = ctx.types.dataType(inner);
  return LANGUAGE_PRIMITIVES.has(dataType) ? null : dataType;
}

/** A map's value schema as getAdditionalProperties gives it: `true` is an empty Schema (any type). */
function mapValue(schema: Schema): Schema {
  const value = schema.kind === "object" || schema.kind === "composed" ? schema.additionalProperties : undefined;
  return typeof value === "object" ? value : { kind: "any", pointer: schema.pointer, nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {} };
}

/**
 * Whether the api doc links a parameter's type to a model doc (`{{#baseType}}`). DefaultCodegen.fromParameter
 * (5.x and 6.x alike) sets a path/query/header/cookie parameter's baseType for an inline array or map
 * schema only; a `$ref` to a model (an enum, a primitive or array alias, an object) goes through its
 * "referenced schemas" branch, which leaves it unset, and the type is printed without a link (seen in
 * 6.0.0-SNAPSHOT and 6.2.1 outputs: iij-dpf, basistheory). Body and form parameters come from
 * fromRequestBody, which sets it.
 */
function paramHasBaseType(param: CodegenParam, read: Schema): boolean {
  if (param.kind === "body" || param.kind === "form") return true;
  // A `type` OpenAPI does not define, or a `$ref` to nothing (AnySchema.unknownType), takes the same
  // "referenced schemas" branch: no type check holds for it (ModelUtils.isAnyType wants neither
  // `type` nor `$ref`).
  return read.kind !== "ref" && !(read.kind === "any" && read.unknownType !== undefined);
}

/** `from pkg.model.x import X` for every model the operation's parameters and responses use. */
export function operationImports(op: CodegenOperation, ctx: DocContext): string[] {
  // Every python-prior release (5.0 to its removal, 3371e883ab~1): CodegenOperation.imports is a
  // HashSet of model names; PythonPriorClientCodegen.postProcessOperationsWithModels copies it out in
  // that order, clears it and adds the import lines back, so they iterate in HashSet order of the lines.
  return javaHashSetOrder(javaHashSetOrder(operationImportNames(op, ctx)).map((n) => importLine(n, ctx)));
}

function importLine(name: string, ctx: DocContext): string {
  return `from ${ctx.packageName}.model.${ctx.names.moduleForClass(name)} import ${ctx.names.classModelName(name)}`;
}

/** The model names an operation imports, in the order DefaultCodegen.fromOperation adds them. */
function operationImportNames(op: CodegenOperation, ctx: DocContext): string[] {
  // Added in DefaultCodegen.fromOperation's order (a HashSet keeps it among names sharing a bucket): the
  // responses in spec order, then the form or body parameters, then the other parameters in spec order.
  const names = new Set<string>();
  for (const r of op.op.responses) {
    if (r.unknownSchemaType20 === true) continue;
    for (const c of r.contents.slice(0, 1)) {
      const m = c.schema ? ctx.types.complexType(c.schema) : null;
      if (m !== null) names.add(m);
    }
  }
  const bodyFirst = [
    ...op.paramsInBuildOrder.filter((p) => p.kind === "body" || p.kind === "form"),
    ...op.paramsInBuildOrder.filter((p) => p.kind !== "body" && p.kind !== "form"),
  ];
  for (const p of bodyFirst) {
    const m = isUnknownBaseType(p) ? UNKNOWN_BASE_TYPE : ctx.types.complexType(paramSchemaRead(p, ctx));
    if (m !== null) names.add(m);
  }
  return [...names];
}


/**
 * python-prior's releases (5.x `python`, 6.x `python-prior`; the generator left OAG in 7.0.0) all
 * read a Swagger 2.0 response schema through swagger-models' Property (swagger-parser before
 * 2.1.9): a type PropertyBuilder does not know leaves the response no schema (IR
 * Response.unknownSchemaType20; the typescript docs' release row responseSchemaAsProperty20).
 */
const PROPERTY_RESPONSES_20 = { refsAsWritten: false, schemaAsProperty20: true } as const;

function returnTypeOf(op: CodegenOperation, ctx: DocContext): { dataType: string; baseType: string | null } | null {
  if (op.methodResponse?.unknownSchemaType20 === true) return null;
  const schema = op.methodResponse?.contents[0]?.schema;
  if (!schema) return null;
  return { dataType: ctx.types.dataType(schema), baseType: ctx.types.docComplexType(schema) };
}

/** The operation's security schemes in the order the spec declares the schemes (OAG 6.6). */
export function authMethodsInSpecOrder(op: CodegenOperation, model: ApiModel): SecurityScheme[] {
  return model.securitySchemes.filter((s) => op.authMethods.includes(s));
}

/** The schemes in the docs' order: by name before 6.4.0 (releases.ts `authMethodsSortedByName`). */
function docAuthOrder(schemes: readonly SecurityScheme[], release: PythonPriorDocRelease): readonly SecurityScheme[] {
  return release.authMethodsSortedByName ? [...schemes].sort((a, b) => javaCompare(a.name, b.name)) : schemes;
}

export function authViews(schemes: readonly SecurityScheme[]): AuthView[] {
  const out: AuthView[] = [];
  const base = {
    isBasic: false,
    isBearer: false,
    bearerFormat: "",
    isSignature: false,
    isApiKey: false,
    keyParamName: "",
    keyLocation: "",
    isOAuth: false,
    flow: "",
    authorizationUrl: "",
    scopes: [],
  };
  for (const s of schemes) {
    switch (s.type) {
      case "apiKey":
        out.push({ ...base, name: s.name, isApiKey: true, keyParamName: s.paramName, keyLocation: s.in === "query" ? "URL query string" : s.in === "header" ? "HTTP header" : "" });
        break;
      case "http":
        if (s.scheme === "basic") out.push({ ...base, name: s.name, isBasic: true });
        else if (s.scheme === "bearer") out.push({ ...base, name: s.name, isBearer: true, bearerFormat: s.bearerFormat !== undefined ? ` (${s.bearerFormat})` : "" });
        else if (s.scheme === "signature") out.push({ ...base, name: s.name, isSignature: true });
        break;
      case "oauth2":
        for (const f of s.flows) out.push({ ...base, name: s.name, isOAuth: true, flow: flowName(f), authorizationUrl: f.authorizationUrl ?? "", scopes: f.scopes.map(([scope, description]) => ({ scope, description })) });
        break;
      case "openIdConnect":
      case "mutualTLS":
        break;
    }
  }
  return out;
}

function flowName(f: OAuthFlow): string {
  switch (f.flow) {
    case "implicit":
      return "implicit";
    case "password":
      return "password";
    case "clientCredentials":
      return "application";
    case "authorizationCode":
      return "accessCode";
  }
}

function authBullet(a: AuthView): string[] {
  if (a.isBasic) return [`* Basic Authentication (${a.name}):`];
  if (a.isBearer) return [`* Bearer${a.bearerFormat} Authentication (${a.name}):`];
  if (a.isApiKey) return [`* Api Key Authentication (${a.name}):`];
  if (a.isOAuth) return [`* OAuth Authentication (${a.name}):`];
  return [];
}

export interface ReadmeOptions {
  readonly projectName: string;
  readonly packageVersion: string;
  readonly gitHost: string;
  readonly gitUserId: string;
  readonly gitRepoId: string;
}

export interface ReadmeView {
  readonly projectName: string;
  /** The install line's `<gitHost>/<gitUserId>/<gitRepoId>` (README.mustache: {{gitHost}} HTML-escaped, the ids as written). */
  readonly gitPath: string;
  /** "Requirements.": `Python <this>` (releases.ts). */
  readonly pythonVersion: string;
  readonly appDescription: string | null;
  readonly appVersion: string;
  readonly packageVersion: string;
  readonly packageName: string;
  readonly infoUrl: string | null;
  readonly importDatetime: boolean;
  readonly example: ExampleView | null;
  readonly basePath: string;
  readonly endpoints: readonly { readonly className: string; readonly operationId: string; readonly method: string; readonly path: string; readonly summary: string }[];
  readonly models: readonly string[];
  readonly hasAuthMethods: boolean;
  readonly authMethods: readonly AuthView[];
  /** Before 6.6: the authorization section without anchors, `## <name>` headings (releases.ts). */
  readonly legacyAuthSection: boolean;
  /** The number of the README's second "Solution" for large documents (release row readmeSolutionsCounted). */
  readonly secondSolution: number;
  readonly infoEmail: string;
  /**
   * Whether the author line is printed: README_common's `{{infoEmail}}` line sits inside
   * `{{#apiInfo}}{{#apis}}{{#-last}}` (5.x mustache; 6.x handlebars alike), so none without an API.
   */
  readonly authorLine: boolean;
}

export function buildReadmeView(groups: readonly ApiGroup[], modelNames: readonly string[], ctx: DocContext, options: ReadmeOptions): ReadmeView {
  const first = groups[0];
  const firstOp = first?.operations[0];
  let example: ExampleView | null = null;
  if (first && firstOp) {
    const params = firstOp.allParams.map((p) => docParam(p, ctx));
    const lines = params.map((p, i) => {
      const text = paramLine(p, `${p.param.required ? "" : " (optional)"}${p.defaultValue !== null ? ` (default to ${p.defaultValue})` : ""}`);
      // Before 6.0 README_common.mustache indented only the first (`    {{#allParams}}{{paramName}} = ...`).
      return i > 0 && ctx.release.readmeFirstParamIndentOnly ? text.slice(4) : text;
    });
    // The README prints the first API's `imports` (DefaultGenerator.processOperations, 5.0 to 6.6): the
    // model names of all its operations, each as config.toModelImport, ordered by name (toImportsObjects'
    // TreeSet on "classname").
    const names = new Set<string>();
    for (const op of first.operations) for (const n of operationImportNames(op, ctx)) names.add(n);
    example = {
      ...exampleView(firstOp, first, ctx, params, authViews(docAuthOrder(authMethodsInSpecOrder(firstOp, ctx.model), ctx.release)), lines),
      imports: [...names].sort(javaCompare).map((n) => importLine(n, ctx)),
      readmeParamsEnd: ctx.release.readmeFirstParamIndentOnly && lines.length === 0 ? "    " : "",
    };
  }
  const allAuth = authViews(docAuthOrder(ctx.model.securitySchemes, ctx.release));
  return {
    projectName: options.projectName,
    // README.mustache prints appDescriptionWithNewLines in every release (5.0 to 6.6): the description's
    // line breaks stay (DefaultCodegen.escapeTextWhileAllowingNewLines: tabs become spaces, `\` and `"`
    // are escaped; escapeUnsafeCharacters breaks a `'''`).
    // An empty or absent description: DefaultGenerator's default sentence.
    appDescription: ctx.model.info.description ? describeWithNewLines(ctx.model.info.description) : NO_DESCRIPTION,
    pythonVersion: ctx.release.languageVersion,
    gitPath: `${html(options.gitHost)}/${options.gitUserId}/${options.gitRepoId}`,
    appVersion: ctx.model.info.version,
    packageVersion: options.packageVersion,
    packageName: ctx.packageName,
    infoUrl: ctx.model.info.contact?.url ?? null,
    importDatetime: ctx.model.securitySchemes.some((s) => s.type === "http" && s.scheme === "signature"),
    example,
    basePath: basePathOf(ctx.model.servers, { keepRelative: ctx.release.relativeBasePath }),
    endpoints: groups.flatMap((g) =>
      g.operations.map((op) => ({
        className: g.className,
        operationId: op.operationId,
        method: op.op.method.toUpperCase(),
        path: html(op.op.path),
        summary: op.op.summary !== undefined ? html(escapePy(op.op.summary)) : "",
      })),
    ),
    models: modelNames,
    hasAuthMethods: allAuth.length > 0,
    legacyAuthSection: ctx.release.legacyReadmeAuthSection,
    secondSolution: ctx.release.readmeSolutionsCounted ? 2 : 1,
    authMethods: allAuth,
    infoEmail: ctx.model.info.contact?.email ?? "",
    authorLine: groups.length > 0,
  };
}

function describeWithNewLines(description: string): string {
  return description.replace(/\t/g, " ").replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/'''/g, "'_'_'");
}
