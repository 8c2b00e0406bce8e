// API groups -> the view of apis/<Tag>Api.ts: request interfaces (the `<Api><Op>Request` types
// the docs show), one OperationSpec table per operation, and the class with `<op>` and
// `<op>WithHttpInfo` methods. Every wire decision (styles, body kind, response kinds) is made here.

import { camelize } from "../../../naming/case.js";
import { resolveSchema } from "../../../codegen/schemas.js";
import { isXmlMediaType, isXmlStructured, planXmlBody } from "../../../codegen/xml-plan.js";
import { UNKNOWN_BASE_TYPE, effectiveSecurity, type ApiGroup, type CodegenOperation, type CodegenParam } from "../../../codegen/operations.js";
import type { ApiModel, MediaType, Response, Schema } from "../../../model/ir.js";
import { stringTypedByFormat, type CodeTypeRefs, type TypeScriptTypes } from "../types.js";
import { isIdentifier, jsDoc, propertyKey, tsData, tsString } from "./escape.js";
import type { TypeInfoWriter } from "./type-info.js";

export interface ApiFileView {
  readonly header: string;
  /** `HttpInfo as $HttpInfo, ...`: the http types the API files use. */
  readonly httpTypes: string;
  readonly modelImports: readonly string[];
  readonly className: string;
  readonly classDoc: string;
  readonly requests: readonly RequestTypeView[];
  readonly specs: readonly string[];
  /** Each operation's spec text by the operation's pointer (for the reach audit). */
  readonly specsByOperation: ReadonlyMap<string, string>;
  readonly methods: readonly MethodView[];
  /** Model names the method signatures use (types/*.ts import them). */
  readonly models: ReadonlySet<string>;
}

export interface RequestTypeView {
  readonly name: string;
  readonly members: readonly { readonly doc: string; readonly declaration: string }[];
}

export interface MethodView {
  /** JSDoc of the positional methods (`@param` per parameter). */
  readonly doc: string;
  /** JSDoc of the request-object methods. */
  readonly objectDoc: string;
  readonly name: string;
  readonly withHttpInfoName: string;
  readonly requestType: string;
  /** ` = {}` when no parameter is required. */
  readonly paramDefault: string;
  /** `petId: number, apiKey?: string, `: the positional parameters, each followed by `, `. */
  readonly params: string;
  /** `petId, apiKey, `: the positional arguments, each followed by `, `. */
  readonly args: string;
  /** `param.petId, param.apiKey, `: the request object's members as positional arguments. */
  readonly objectArgs: string;
  /** The request object's parameter: `_param` when the operation has none (noUnusedParameters). */
  readonly objectParam: string;
  /** `petId: petId, apiKey: apiKey`: the positional parameters as the runtime's request object. */
  readonly requestObject: string;
  readonly returnType: string;
  readonly specConst: string;
}

/**
 * The request bodies typed UNKNOWN_BASE_TYPE (CodegenParam.unknownBaseType, decided once in the
 * grouping: doc-views.ts isUnknownBaseTypeBody), collected over the API files:
 * models/UNKNOWN_BASE_TYPE.ts declares the type as the union of their types.
 */
export interface UnknownBaseTypeBodies {
  readonly declarations: string[];
  /** `doA (POST /a)`, one per body. */
  readonly uses: string[];
  /** The models and file type the declarations name. */
  readonly refs: CodeTypeRefs;
}

export interface ApiContext {
  /** Import specifier extension: OAG's importFileExtension (`""`, `.js`, `.ts`). */
  readonly ext: string;
  /** Where the UNKNOWN_BASE_TYPE bodies are collected; absent: they keep their own type (a model of that name exists). */
  readonly unknownBaseType?: UnknownBaseTypeBodies;
  readonly model: ApiModel;
  readonly types: TypeScriptTypes;
  readonly typeInfo: TypeInfoWriter;
  readonly header: string;
}

const FILE_TYPE = "$HttpFile";
const DOWNLOAD_TYPE = "$DownloadedFile";

/** Identifiers the generated methods use beside the parameters. */
const TAKEN_LOCALS = new Set(["_options"]);

export function buildApiFileView(group: ApiGroup, ctx: ApiContext): ApiFileView {
  const refs: CodeTypeRefs = { models: new Set(), file: false };
  const requests: RequestTypeView[] = [];
  const specs: string[] = [];
  const methods: MethodView[] = [];
  const methodNames = apiMethodNames(group);
  for (const op of group.operations) {
    const method = methodNames.get(op)!;
    // ObjectParamAPI.mustache: `{{classname}}{{operationIdCamelCase}}Request`, from the operationId
    // with 7.9-7.10's run-wide suffix (`PetApiGetPet0Request` beside the method getPet).
    const requestType = `${group.className}${camelize(op.operationId === op.nickname ? method : op.operationId)}Request`;
    const body = bodyOf(op, ctx);
    const types = op.allParams.map((p) => memberType(p, body, ctx, refs, op));
    const members = op.allParams.map((p, i) => ({
      doc: jsDoc("    ", [p.description], p.parameter?.deprecated === true || p.schema.deprecated ? ["@deprecated"] : []),
      declaration: `${propertyKey(p.paramName)}${p.required ? "" : "?"}: ${types[i]!}`,
    }));
    requests.push({ name: requestType, members });
    const responses = op.responses.map((r) => responseOf(r, ctx, refs));
    const specConst = `$${method}`;
    specs.push(specText(specConst, group, op, method, body, responses, ctx));
    const returnType = returnTypeOf(responses);
    const summary = op.op.summary;
    const description = op.op.description !== summary ? op.op.description : undefined;
    const locals = positionalNames(op.allParams.map((p) => p.paramName));
    // api.mustache: `{{paramName}}{{^required}}?{{/required}}: {{dataType}}`. An optional parameter
    // before a required one (sortParamsByRequiredFlag=false) cannot be `?` in TypeScript.
    const lastRequired = op.allParams.reduce((last, p, i) => (p.required ? i : last), -1);
    const params = op.allParams
      .map((p, i) => (p.required ? `${locals[i]!}: ${types[i]!}, ` : i < lastRequired ? `${locals[i]!}: ${types[i]!} | undefined, ` : `${locals[i]!}?: ${types[i]!}, `))
      .join("");
    const deprecated = op.op.deprecated ? ["@deprecated"] : [];
    const paramTags = op.allParams.map((p, i) => `@param ${p.required ? locals[i]! : `[${locals[i]!}]`}${p.description ? ` ${p.description}` : ""}`);
    methods.push({
      doc: jsDoc("    ", [summary, description], [...paramTags, "@param _options per-call options: server, HTTP library, middleware, auth methods, signal, timeout", ...deprecated]),
      objectDoc: jsDoc("    ", [summary, description], ["@param param the request object", "@param options per-call options: server, HTTP library, middleware, auth methods, signal, timeout", ...deprecated]),
      name: method,
      withHttpInfoName: `${method}WithHttpInfo`,
      requestType,
      paramDefault: op.allParams.some((p) => p.required) ? "" : " = {}",
      params,
      args: locals.map((l) => `${l}, `).join(""),
      objectArgs: op.allParams.map((p) => `param${isIdentifier(p.paramName) ? `.${p.paramName}` : `[${tsString(p.paramName)}]`}, `).join(""),
      objectParam: op.allParams.length > 0 ? "param" : "_param",
      requestObject: op.allParams.map((p, i) => `${propertyKey(p.paramName)}: ${locals[i]!}`).join(", "),
      returnType,
      specConst,
    });
  }
  // Models the signatures name: a model that only an error response declares is decoded by name
  // (the serializer's registry), and importing it would break `noUnusedLocals`.
  const signatures = [...requests.map((r) => r.members.map((m) => m.declaration).join("\n")), ...methods.map((m) => `${m.params} ${m.returnType}`)].join("\n");
  const named = new Set(signatures.match(/[A-Za-z_$][\w$]*/g) ?? []);
  const models = new Set([...refs.models].filter((m) => named.has(m)));
  const modelImports = [...models].sort().map((m) => ctx.types.importOf(m, ctx.ext, false));
  return {
    header: ctx.header,
    httpTypes: httpTypesOf(signatures),
    modelImports,
    className: group.className,
    classDoc: jsDoc("", [group.description]),
    requests,
    specs,
    specsByOperation: new Map(group.operations.map((op, k) => [op.op.pointer, specs[k]!])),
    methods,
    models,
  };
}

/**
 * The `import type { ... }` list from http/http of code that uses `used` (type text); `contexts`:
 * the code also names RequestContext and ResponseContext (PromiseAPI.ts and ObjectParamAPI.ts do not, and an unused
 * import breaks `noUnusedLocals`).
 */
export function httpTypesOf(used: string, contexts = true): string {
  return [
    ...(used.includes(DOWNLOAD_TYPE) ? ["DownloadedFile as $DownloadedFile"] : []),
    ...(used.includes(FILE_TYPE) ? ["HttpFile as $HttpFile"] : []),
    "HttpInfo as $HttpInfo",
    ...(contexts ? ["RequestContext as $RequestContext", "ResponseContext as $ResponseContext"] : []),
  ].join(", ");
}

/** Positional parameter names: the request object's names where they are free identifiers. */
function positionalNames(paramNames: readonly string[]): string[] {
  const used = new Set<string>(TAKEN_LOCALS);
  return paramNames.map((name, i) => {
    let local = isIdentifier(name) && !name.startsWith("$") && !TAKEN_LOCALS.has(name) ? name : `param${i + 1}`;
    while (used.has(local)) local = `_${local}`;
    used.add(local);
    return local;
  });
}

type BodyKind = "json" | "text" | "binary" | "xml";

interface BodyChoice {
  readonly param: CodegenParam;
  readonly media: MediaType;
  readonly kind: BodyKind;
  readonly schema: Schema | undefined;
}

function isJsonMedia(contentType: string): boolean {
  const mime = contentType.split(";")[0]!.trim().toLowerCase();
  return mime === "application/json" || mime.endsWith("+json") || mime === "text/json";
}

function isTextMedia(contentType: string): boolean {
  const mime = contentType.split(";")[0]!.trim().toLowerCase();
  return mime.startsWith("text/") || mime.endsWith("/xml") || mime.endsWith("+xml");
}

function isFileSchema(model: ApiModel, schema: Schema | undefined): boolean {
  if (schema === undefined) return false;
  const s = resolveSchema(model, schema);
  return s.kind === "string" && (s.format === "binary" || s.format === "file");
}

function isFileField(model: ApiModel, schema: Schema): boolean {
  const s = resolveSchema(model, schema);
  return isFileSchema(model, s) || (s.kind === "array" && isFileSchema(model, s.items));
}

/** The body media the client sends: JSON first, then the spec's first; and how it travels. */
function bodyOf(op: CodegenOperation, ctx: ApiContext): BodyChoice | undefined {
  const param = op.bodyParam;
  const body = op.op.requestBody;
  if (!param || !body) return undefined;
  const candidates = body.contents.filter((m) => !/^(multipart\/|application\/x-www-form-urlencoded)/i.test(m.contentType));
  // A body that stands for a form (a `$ref` form body before OAG 7.5) and has no other media type
  // is sent as that form (specText's `form.from`).
  if (candidates.length === 0 && param.formFields !== undefined) return undefined;
  const media = candidates.find((m) => isJsonMedia(m.contentType) && !isFileSchema(ctx.model, m.schema)) ?? candidates[0] ?? param.mediaType!;
  const kind: BodyKind = isFileSchema(ctx.model, media.schema)
    ? "binary"
    : isJsonMedia(media.contentType) || media.contentType.includes("*")
      ? "json"
      : isXmlMediaType(media.contentType) && isXmlStructured(ctx.model, media.schema)
        ? "xml"
        : isTextMedia(media.contentType)
          ? "text"
          : "binary";
  return { param, media, kind, schema: media.schema };
}

function memberType(p: CodegenParam, body: BodyChoice | undefined, ctx: ApiContext, refs: CodeTypeRefs, op: CodegenOperation): string {
  if (p.unknownBaseType === true && body !== undefined && body.kind === "json" && body.schema !== undefined && ctx.unknownBaseType !== undefined) {
    // DefaultCodegen.addBodyModelSchema: `dataType = getTypeDeclaration("UNKNOWN_BASE_TYPE")` and the
    // name imported as a model (7.13.0 4b805ff6b7), so OAG's api.mustache declares
    // `UNKNOWN_BASE_TYPE: UNKNOWN_BASE_TYPE` and imports '../models/UNKNOWN_BASE_TYPE', which it never
    // writes (its client does not compile). The same name and signature here, with the type declared.
    ctx.unknownBaseType.declarations.push(ctx.types.code(body.schema, ctx.unknownBaseType.refs));
    ctx.unknownBaseType.uses.push(`${op.operationId} (${op.op.method.toUpperCase()} ${op.op.path})`);
    refs.models.add(UNKNOWN_BASE_TYPE);
    return UNKNOWN_BASE_TYPE;
  }
  if (p.kind === "body" && body !== undefined) {
    if (body.kind === "binary") {
      refs.file = true;
      return FILE_TYPE;
    }
    if (body.kind === "text") return "string";
    // An XML body is typed as OAG types it (the model); a string is still sent as the document.
    if (body.kind === "xml") return `${ctx.types.code(body.schema!, refs, FILE_TYPE)} | string`;
    return body.schema ? ctx.types.code(body.schema, refs, FILE_TYPE) : "any";
  }
  return ctx.types.code(p.schema, refs, FILE_TYPE);
}

interface ResponseChoice {
  readonly response: Response;
  readonly kind: "json" | "text" | "binary" | "empty";
  readonly tsType: string;
  readonly typeInfo: string | undefined;
}

function responseOf(r: Response, ctx: ApiContext, refs: CodeTypeRefs): ResponseChoice {
  if (r.contents.length === 0) return { response: r, kind: "empty", tsType: "void", typeInfo: undefined };
  const media = r.contents.find((m) => isJsonMedia(m.contentType)) ?? r.contents.find((m) => isTextMedia(m.contentType)) ?? r.contents[0]!;
  if (isFileSchema(ctx.model, media.schema)) {
    refs.file = true;
    return { response: r, kind: "binary", tsType: DOWNLOAD_TYPE, typeInfo: undefined };
  }
  // A string under a wildcard media type (`*/*`) is read as text: servers send it bare (Prism
  // answers `text/plain`), and JSON.parse failed on it. The runtime still unquotes a JSON string.
  if (media.contentType.includes("*") && media.schema !== undefined && isPlainString(ctx.model, media.schema)) {
    return { response: r, kind: "text", tsType: ctx.types.code(media.schema, refs, FILE_TYPE), typeInfo: undefined };
  }
  const jsonLike = isJsonMedia(media.contentType) || (media.contentType.includes("*") && media.schema !== undefined);
  if (jsonLike) {
    const schema = media.schema;
    return { response: r, kind: "json", tsType: schema ? ctx.types.code(schema, refs, FILE_TYPE) : "any", typeInfo: schema ? ctx.typeInfo.of(schema) : '"any"' };
  }
  if (isTextMedia(media.contentType) || media.contentType.includes("*")) {
    // A text that a string typed by its format (types.ts stringTypedByFormat) spells: OAG's type
    // (`number`), read from the text by its TypeInfo.
    if (media.schema !== undefined && stringTypedByFormat(resolveSchema(ctx.model, media.schema)) !== undefined) {
      return { response: r, kind: "text", tsType: ctx.types.code(media.schema, refs, FILE_TYPE), typeInfo: ctx.typeInfo.of(media.schema) };
    }
    return { response: r, kind: "text", tsType: "string", typeInfo: undefined };
  }
  refs.file = true;
  return { response: r, kind: "binary", tsType: DOWNLOAD_TYPE, typeInfo: undefined };
}

/** A string schema whose value is the text itself (no date, date-time or binary). */
function isPlainString(model: ApiModel, schema: Schema): boolean {
  const s = resolveSchema(model, schema);
  // A string typed as a number or boolean (types.ts stringTypedByFormat) is read as JSON, its TypeInfo converting it.
  return s.kind === "string" && !["date", "date-time", "binary"].includes(s.format ?? "") && stringTypedByFormat(s) === undefined;
}

/** The union of the 2xx responses' types (or `default`'s when no 2xx is declared). */
function returnTypeOf(responses: readonly ResponseChoice[]): string {
  let success = responses.filter((r) => r.response.code.startsWith("2"));
  if (success.length === 0) success = responses.filter((r) => r.response.code === "default");
  if (success.length === 0) return "any";
  const types: string[] = [];
  for (const r of success) if (!types.includes(r.tsType)) types.push(r.tsType);
  if (types.includes("any")) return "any";
  if (types.length === 1) return types[0]!;
  return types.map((t) => (t === "void" ? "undefined" : t)).join(" | ");
}

/**
 * The method name: the docs' operationId before 7.9-7.10's run-wide suffix (OAG's nickname, which
 * its api.mustache and ObjectParamAPI.mustache name the methods by) when it is an identifier; otherwise (a leading digit, or
 * nothing left of the spec's id) `_`-prefixed or `operation<N>`, unique within the API. Names the
 * API classes already have (their fields, `constructor`, Object.prototype's methods) are
 * `_`-prefixed too: OAG's classes would not compile with them.
 */
export function apiMethodNames(group: ApiGroup): Map<CodegenOperation, string> {
  const used = new Set<string>();
  return new Map(group.operations.map((op) => [op, methodName(op.nickname, used)]));
}

/** Members of the API classes (and of every object) that a method must not be named. */
const CLASS_MEMBERS = new Set([
  "constructor", "configuration", "requestFactory", "responseProcessor", "api",
  ...Object.getOwnPropertyNames(Object.prototype),
]);

function methodName(operationId: string, used: Set<string>): string {
  let name = isIdentifier(operationId) ? operationId : isIdentifier(`_${operationId}`) ? `_${operationId}` : "operation";
  while (CLASS_MEMBERS.has(name) || CLASS_MEMBERS.has(`${name}WithHttpInfo`)) name = `_${name}`;
  if (used.has(name) || name === "operation") {
    const base = name;
    for (let i = 1; used.has(name) || name === "operation"; i++) name = `${base}${i}`;
  }
  used.add(name);
  used.add(`${name}WithHttpInfo`);
  return name;
}

function specText(constName: string, group: ApiGroup, op: CodegenOperation, method: string, body: BodyChoice | undefined, responses: readonly ResponseChoice[], ctx: ApiContext): string {
  const lines: string[] = [`const ${constName}: $OperationSpec = {`];
  lines.push(`    api: ${tsString(group.className)},`);
  lines.push(`    operation: ${tsString(method)},`);
  lines.push(`    method: ${tsString(op.op.method.toUpperCase())},`);
  lines.push(`    path: ${tsString(op.op.path)},`);
  const params = op.allParams.filter((p) => p.kind === "path" || p.kind === "query" || p.kind === "header" || p.kind === "cookie");
  if (params.length === 0) lines.push("    params: [],");
  else {
    lines.push("    params: [");
    for (const p of params) {
      const ir = p.parameter!;
      const binary = ir.contentType === undefined && isFileSchema(ctx.model, p.schema) ? ", binary: true" : "";
      const extra = `${ir.allowReserved ? ", allowReserved: true" : ""}${ir.contentType !== undefined && isJsonMedia(ir.contentType) ? ", json: true" : ""}${binary}`;
      lines.push(
        `        { key: ${tsString(p.paramName)}, name: ${tsString(p.baseName)}, in: ${tsString(p.kind)}, style: ${tsString(ir.style)}, explode: ${ir.explode}, required: ${p.required}, type: ${ctx.typeInfo.of(p.schema)}${extra} },`,
      );
    }
    lines.push("    ],");
  }
  if (body !== undefined) {
    const type = (body.kind === "json" || body.kind === "xml") && body.schema ? ctx.typeInfo.of(body.schema) : '"any"';
    const xml = body.kind === "xml" ? `, xml: ${tsData(planXmlBody(ctx.model, body.schema!))}` : "";
    lines.push(`    body: { key: ${tsString(body.param.paramName)}, kind: ${tsString(body.kind)}, mediaType: ${tsString(body.media.contentType)}, required: ${body.param.required}, type: ${type}${xml} },`);
  }
  // A body that stands for a form (pre-7.5 `$ref` form body) lists the form with `from`: sent as
  // that form when the body has no other media type; else the body spec above wins (JSON) and the
  // form stays the description of the fields the spec declares.
  const formBody = op.bodyParam?.formFields !== undefined ? op.bodyParam : undefined;
  const form = formBody?.formFields ?? op.allParams.filter((p) => p.kind === "form");
  if (form.length > 0) {
    const media = form[0]!.mediaType!;
    const kind = /^multipart\//i.test(media.contentType) ? "multipart" : "urlencoded";
    lines.push(`    form: {`);
    lines.push(`        kind: ${tsString(kind)},`);
    lines.push(`        mediaType: ${tsString(media.contentType)},`);
    if (formBody !== undefined) {
      lines.push(`        from: { key: ${tsString(formBody.paramName)}, required: ${formBody.required}, type: ${ctx.typeInfo.of(formBody.schema)} },`);
    }
    lines.push(`        fields: [`);
    for (const f of form) {
      const enc = media.encoding[f.baseName];
      const extra = [
        enc?.contentType !== undefined ? `, contentType: ${tsString(enc.contentType)}` : "",
        enc?.style !== undefined ? `, style: ${tsString(enc.style)}` : "",
        enc?.explode !== undefined ? `, explode: ${enc.explode}` : "",
      ].join("");
      lines.push(
        `            { key: ${tsString(f.paramName)}, name: ${tsString(f.baseName)}, required: ${f.required}, type: ${ctx.typeInfo.of(f.schema)}, file: ${isFileField(ctx.model, f.schema)}${extra} },`,
      );
    }
    lines.push(`        ],`);
    lines.push(`    },`);
  }
  const accept = acceptOrder(op.produces).join(", ");
  if (accept !== "") lines.push(`    accept: ${tsString(accept)},`);
  if (responses.length === 0) lines.push("    responses: [],");
  else {
    lines.push("    responses: [");
    for (const r of responses) {
      const type = r.typeInfo !== undefined ? `, type: ${r.typeInfo}` : "";
      const message = r.response.description !== "" ? `, message: ${tsString(r.response.description)}` : "";
      lines.push(`        { code: ${tsString(r.response.code)}, kind: ${tsString(r.kind)}${type}${message} },`);
    }
    lines.push("    ],");
  }
  // An alternative that named only undefined schemes cannot be met: it is no anonymous `{}`.
  const requirements = effectiveSecurity(ctx.model, op.op).filter((r) => r.onlyUndefined !== true);
  const alternatives = requirements.map((req) => `[${req.schemes.map(([name]) => tsString(name)).join(", ")}]`);
  lines.push(`    security: [${alternatives.join(", ")}],`);
  lines.push("};");
  return lines.join("\n");
}

/**
 * The Accept header's media types, JSON ones first. OAG's client sends the spec's order, so a server
 * that honours it may answer in a type the client does not decode (XML, an event stream) although
 * JSON was offered; the docs keep the spec's order.
 */
export function acceptOrder(produces: readonly string[]): string[] {
  const json = (m: string) => /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(m);
  return [...produces.filter(json), ...produces.filter((m) => !json(m))];
}

