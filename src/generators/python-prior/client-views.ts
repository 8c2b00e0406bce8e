// IR -> the view-models of the python-prior client code: API modules (one Endpoint per
// operation), model modules and the configuration's auth and server tables. The Python text of
// every spec value is built here, escaped for its context (string literal, docstring, comment);
// templates/python-prior/client/*.hbs only print it.

import { alternativeProperties, mergedAlternatives } from "../../codegen/alternative-properties.js";
import { successAccepts } from "../../codegen/accept.js";
import { basePathOf } from "../../codegen/base-path.js";
import { namedSchema } from "../../codegen/schemas.js";
import type { ApiGroup, CodegenOperation, CodegenParam } from "../../codegen/operations.js";
import type { ApiModel, JsonValue, Schema, SecurityScheme, Server } from "../../model/ir.js";
import { requestBodyXmlPlan } from "../../codegen/xml-plan.js";
import { pyData, pyDocstring, pyString } from "../python/runtime/escape.js";
import { authMethodsInSpecOrder, authViews, type AuthView } from "./doc-views.js";
import type { ModelInfo, ModelVar, PythonPriorModels } from "./models.js";
import type { PythonPriorNames } from "./names.js";
import { pyDefault, pyDictLines, pyList, pyValue, validationsOf } from "./py-source.js";
import { ANY_TYPE, type PythonPriorTypes } from "./types.js";

export interface ClientContext {
  readonly model: ApiModel;
  readonly names: PythonPriorNames;
  readonly types: PythonPriorTypes;
  readonly models: PythonPriorModels;
  readonly packageName: string;
  /** The API title for module docstrings, escaped for a docstring. */
  readonly title: string;
  /**
   * `-p initRequiredVars=true`: composed models take their required properties without a default
   * positionally too (PythonPriorClientCodegen.processOpts; method_init_composed.mustache and
   * method_from_openapi_data_composed.mustache, `{{#initRequiredVars}}`).
   */
  readonly initRequiredVars?: boolean;
  /** What the modules call the support classes (buildSupportView over the models' class names). */
  readonly support: SupportView;
}

// ---------------------------------------------------------------------------------------------
// APIs

export interface ApiModuleView extends SupportView {
  readonly title: string;
  readonly packageName: string;
  readonly className: string;
  readonly imports: readonly string[];
  readonly operations: readonly EndpointView[];
}

export interface EndpointView {
  readonly operationId: string;
  /** `self, pet_id, status` (required parameters without default). */
  readonly signature: string;
  readonly docstring: string;
  /** `kwargs['x'] = kwargs.get('x', default)` for required parameters with a default. */
  readonly defaults: readonly string[];
  readonly positional: readonly string[];
  /** The `_Endpoint(...)` arguments, indented for the constructor. */
  readonly endpoint: string;
}

/**
 * The support classes the model and API modules import by their bare name. A model may be named
 * the same (`ApiClient`, `OpenApiModel`, `ModelNormal`): OAG's API modules then import the model
 * after `ApiClient` and build the model as their default client, and a model module's
 * `lazy_import()` puts a model `OpenApiModel` into the globals its `super(OpenApiModel, cls)` reads.
 * In such a run every module imports the support class under a private alias instead (the python
 * generator's runtime/local-names.ts does the same); the model keeps its name, as in OAG's docs.
 */
const SUPPORT_NAMES = ["ApiClient", "ApiTypeError", "ApiAttributeError", "ModelComposed", "ModelNormal", "ModelSimple", "OpenApiModel"] as const;
type SupportName = (typeof SUPPORT_NAMES)[number];

export interface SupportView {
  /** The name modules use for each support class. */
  readonly t: Readonly<Record<SupportName, string>>;
  /** How each is imported: `X`, or `X as _X`. */
  readonly imp: Readonly<Record<SupportName, string>>;
}

/** The support names of a run whose models have these class names. */
export function buildSupportView(modelClasses: Iterable<string>): SupportView {
  const taken = new Set(modelClasses);
  const t = {} as Record<SupportName, string>;
  const imp = {} as Record<SupportName, string>;
  for (const name of SUPPORT_NAMES) {
    let alias: string = name;
    if (taken.has(name)) {
      alias = `_${name}`;
      for (let i = 2; taken.has(alias); i++) alias = `_${name}${i}`;
    }
    t[name] = alias;
    imp[name] = alias === name ? name : `${name} as ${alias}`;
  }
  return { t, imp };
}

export function buildApiModuleView(group: ApiGroup, ctx: ClientContext): ApiModuleView {
  const models = new Set<string>();
  for (const op of group.operations) {
    for (const p of op.allParams) addModel(models, ctx, p.schema);
    const ret = op.methodResponse?.contents[0]?.schema;
    if (ret) addModel(models, ctx, ret);
  }
  return {
    ...ctx.support,
    title: ctx.title,
    packageName: ctx.packageName,
    className: group.className,
    imports: [...models].sort().map((n) => modelImport(ctx, n)),
    operations: group.operations.map((op) => endpointView(op, ctx)),
  };
}

function addModel(into: Set<string>, ctx: ClientContext, schema: Schema): void {
  const m = ctx.types.complexType(schema);
  if (m !== null) into.add(m);
}

function modelImport(ctx: ClientContext, className: string): string {
  return `from ${ctx.packageName}.model.${ctx.names.moduleForClass(className)} import ${className}`;
}

function endpointView(op: CodegenOperation, ctx: ClientContext): EndpointView {
  const params = op.allParams;
  const required = params.filter((p) => p.required);
  const withDefault = (p: CodegenParam) => paramDefault(p, ctx) !== null;
  const positional = required.filter((p) => !withDefault(p)).map((p) => p.paramName);
  const q = (s: string) => pyString(s);
  const ret = op.methodResponse?.contents[0]?.schema;
  const auth = authMethodsInSpecOrder(op, ctx.model);
  const validations: [string, string][] = [];
  const allowed: [string, string][] = [];
  for (const p of params) {
    if (p.kind === "body") continue;
    const schema = ctx.types.unalias(p.schema);
    const v = validationsOf(schema);
    if (v !== null) validations.push([`(${q(p.paramName)},)`, v]);
    const a = allowedValuesOf(schema, ctx);
    if (a !== null) allowed.push([`(${q(p.paramName)},)`, a]);
  }
  const servers = op.op.servers && op.op.servers.length > 0 ? op.op.servers : null;
  const settings: [string, string][] = [
    ["'response_type'", ret ? `(${ctx.types.codeType(ret)},)` : "None"],
    ["'auth'", pyList(auth.map((a) => q(a.name)))],
    ["'endpoint_path'", q(op.op.path)],
    ["'operation_id'", q(op.operationId)],
    ["'http_method'", q(op.op.method.toUpperCase())],
    ["'servers'", servers ? pyList(servers.map(hostSettingLiteral)) : "None"],
    // Not in OAG's python-prior (which refuses a model under an XML media type): how the body is
    // written as XML (src/codegen/xml-plan.ts).
    ...xmlSetting(ctx.model, op),
    ...formBodySetting(op, ctx),
  ];
  const paramsMap: [string, string][] = [
    ["'all'", pyList(params.map((p) => q(p.paramName)))],
    ["'required'", pyList(required.map((p) => q(p.paramName)))],
    ["'nullable'", pyList(params.filter((p) => p.schema.nullable).map((p) => q(p.paramName)))],
    ["'enum'", pyList(allowed.map(([k]) => k.slice(1, -2)))],
    ["'validation'", pyList(validations.map(([k]) => k.slice(1, -2)))],
  ];
  const rootMap: [string, string][] = [
    ["'validations'", pyDictLines(validations, 16)],
    ["'allowed_values'", pyDictLines(allowed, 16)],
    ["'openapi_types'", pyDictLines(params.map((p) => [q(p.paramName), `(${ctx.types.codeType(p.schema)},)`]), 16)],
    ["'attribute_map'", pyDictLines(params.filter((p) => p.kind !== "body").map((p) => [q(p.paramName), q(p.baseName)]), 16)],
    ["'location_map'", pyDictLines(params.map((p) => [q(p.paramName), q(p.kind)]), 16)],
    ["'collection_format_map'", pyDictLines(params.flatMap((p) => (collectionFormat(p) ? [[q(p.paramName), q(collectionFormat(p)!)] as [string, string]] : [])), 16)],
    // Not in OAG's python-prior (which sends path, header and cookie parameters as plain text and
    // objects as Python's repr): each parameter's OpenAPI style and explode, which the Endpoint
    // applies (label/matrix paths, object headers and query parameters, cookies).
    ["'style_map'", pyDictLines(params.flatMap((p) => (p.parameter && p.kind !== "form" && p.kind !== "body" ? [[q(p.paramName), `(${q(p.parameter.style)}, ${p.parameter.explode ? "True" : "False"})`] as [string, string]] : [])), 16)],
  ];
  const headers: [string, string][] = [
    ["'accept'", pyList(successAccepts(op).map(q))],
    ["'content_type'", pyList(op.consumes.map(q))],
  ];
  const endpoint = [
    `            settings=${pyDictLines(settings, 12)},`,
    `            params_map=${pyDictLines(paramsMap, 12)},`,
    `            root_map=${pyDictLines(rootMap, 12)},`,
    `            headers_map=${pyDictLines(headers, 12)},`,
    "            api_client=api_client",
  ].join("\n");
  const doc: string[] = [];
  if (op.op.summary) doc.push(pyDocstring(op.op.summary));
  if (op.op.description) doc.push("", pyDocstring(op.op.description));
  doc.push("", "This method makes a synchronous HTTP request by default. To make an", "asynchronous HTTP request, please pass async_req=True", "");
  doc.push(`>>> thread = api.${op.operationId}(${positional.join(", ")}${positional.length > 0 ? ", " : ""}async_req=True)`, ">>> result = thread.get()", "");
  if (positional.length > 0) {
    doc.push("Args:");
    for (const p of required.filter((r) => !withDefault(r))) doc.push(`    ${p.paramName} (${ctx.types.dataType(p.schema, true)}):${p.description ? ` ${pyDocstring(oneLine(p.description))}` : ""}`);
    doc.push("");
  }
  doc.push("Keyword Args:");
  for (const p of params.filter((r) => !r.required || withDefault(r))) {
    const d = paramDefault(p, ctx);
    doc.push(`    ${p.paramName} (${ctx.types.dataType(p.schema, true)}):${p.description ? ` ${pyDocstring(oneLine(p.description))}.` : ""}${p.required ? ` defaults to ${d}` : " [optional]"}`);
  }
  doc.push(
    "    _return_http_data_only (bool): return the response data only, without",
    "        status code and headers. Default is True.",
    "    _preload_content (bool): if False, the urllib3.HTTPResponse object",
    "        is returned without reading/decoding the response data. Default is True.",
    "    _request_timeout (int/float/tuple): timeout of the request: one number",
    "        for the total, or a (connection, read) pair. Default is None.",
    "    _check_input_type (bool): whether to check the types of the arguments.",
    "        Default is True.",
    "    _check_return_type (bool): whether to check the types of the response",
    "        data. Default is True.",
    "    _spec_property_naming (bool): True if the variable names in the input",
    "        data are the spec's (JSON) names. Default is False.",
    "    _content_type (str/None): the Content-Type of the request body, instead",
    "        of the one chosen from the spec.",
    "    _host_index (int/None): the index of the server to use.",
    "    _request_auths (list): credentials to use instead of the configuration's.",
    "    async_req (bool): execute the request asynchronously.",
    "",
    "Returns:",
    `    ${ret ? ctx.types.dataType(ret, true) : "None"}`,
    "        If the method is called asynchronously, returns the request",
    "        thread.",
  );
  return {
    operationId: op.operationId,
    signature: ["self", ...positional].join(", "),
    docstring: doc.flatMap((l) => l.split("\n")).map((l, i) => (l === "" || i === 0 ? l : `        ${l}`)).join("\n"),
    defaults: required.filter(withDefault).map((p) => `kwargs[${q(p.paramName)}] = kwargs.get(${q(p.paramName)}, ${paramDefault(p, ctx)})`),
    positional,
    endpoint,
  };
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, " ");
}

/** The default a required parameter takes when omitted: its default or its only enum value. */
function paramDefault(p: CodegenParam, ctx: ClientContext): string | null {
  if (p.kind === "body") return null;
  const s = ctx.types.unalias(p.schema);
  if (s.kind === "ref") return null;
  const value = s.default !== undefined ? s.default.value : s.enum && s.enum.length === 1 ? s.enum[0] : undefined;
  return value === undefined || value === null ? null : pyDefault(s, value);
}

/** OAG's collectionFormat for a parameter's style and explode. */
function collectionFormat(p: CodegenParam): string | null {
  const param = p.parameter;
  if (!param || param.schema.kind !== "array") return null;
  switch (param.style) {
    case "form":
      return param.explode ? "multi" : "csv";
    case "spaceDelimited":
      return "ssv";
    case "pipeDelimited":
      return "pipes";
    case "tabDelimited":
      return "tsv";
    default:
      return "csv";
  }
}

/** A dict of enum member name -> value for an enum schema (or an array of one), or null. */
function allowedValuesOf(schema: Schema, ctx: ClientContext): string | null {
  const s = schema.kind === "array" ? ctx.types.unalias(schema.items) : schema;
  if (s.kind === "ref" || !s.enum || s.enum.length === 0) return null;
  const entries: [string, string][] = s.enum.map((v) => [pyString(v === null ? "None" : ctx.names.enumVarName(enumText(v))), pyValue(v)]);
  if (s.nullable && !s.enum.includes(null)) entries.push([pyString("None"), "None"]);
  return `{${entries.map(([k, v]) => `${k}: ${v}`).join(", ")}}`;
}

function enumText(v: JsonValue): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}

/**
 * An operation server as the host setting Configuration.get_host_from_settings reads
 * (python-prior/api.mustache: url, description, variables with default_value and enum_values);
 * the URL keeps its `{variables}`, filled per call from server_operation_variables.
 */
function hostSettingLiteral(server: Server): string {
  const variables = server.variables.map((v) => {
    const entries = [
      `'description': ${pyString(v.description ?? "No description provided")}`,
      `'default_value': ${pyString(v.default)}`,
      ...(v.enum && v.enum.length > 0 ? [`'enum_values': ${pyList(v.enum.map((e) => pyString(e)))}`] : []),
    ];
    return `${pyString(v.name)}: {${entries.join(", ")}}`;
  });
  const entries = [`'url': ${pyString(server.url)}`, `'description': ${pyString(server.description ?? "No description provided")}`];
  if (variables.length > 0) entries.push(`'variables': {${variables.join(", ")}}`);
  return `{${entries.join(", ")}}`;
}

// ---------------------------------------------------------------------------------------------
// Models

export interface ModelModuleView extends SupportView {
  readonly title: string;
  readonly packageName: string;
  readonly className: string;
  readonly isSimple: boolean;
  readonly isNormal: boolean;
  readonly isComposed: boolean;
  readonly docstring: string;
  readonly lazyImports: readonly { readonly module: string; readonly className: string }[];
  readonly allowedValues: string;
  readonly validations: string;
  readonly additionalPropertiesType: string;
  readonly nullable: string;
  readonly openapiTypes: string;
  readonly discriminator: string;
  readonly attributeMap: string;
  readonly readOnlyVars: string;
  readonly composedSchemas: string;
  /** `self, name, photo_urls` for ModelNormal/ModelComposed constructors. */
  readonly signature: string;
  /** `{'name': name, ...}`. */
  readonly positional: string;
  readonly fromDataSignature: string;
  readonly fromDataPositional: string;
  /** `kwargs.setdefault('legs', "4")` for required properties with a default. */
  readonly requiredDefaults: readonly string[];
  /** The same for a composed model's _from_openapi_data (initRequiredVars only), read-only ones included. */
  readonly fromDataDefaults: readonly string[];
  readonly initDocstring: string;
  /** ModelSimple: the value's default as a Python expression, and whether there is one. */
  readonly simpleDefault: string;
  readonly simpleHasDefault: string;
}

export function buildModelModuleView(info: ModelInfo, ctx: ClientContext): ModelModuleView {
  const s = info.named.schema;
  const q = pyString;
  const referenced = new Set<string>();
  const vars = info.kind === "simple" ? [] : info.allVars;
  for (const v of vars) addModel(referenced, ctx, v.schema);
  if (info.additionalProperties) addModel(referenced, ctx, info.additionalProperties);
  if (info.isArray) addModel(referenced, ctx, s);

  const validations: [string, string][] = [];
  const allowed: [string, string][] = [];
  const types: [string, string][] = [];
  if (info.kind === "simple") {
    const target = s.kind === "array" ? s : s;
    const v = validationsOf(target);
    if (v !== null) validations.push(["('value',)", v]);
    const a = allowedValuesOf(target, ctx);
    if (a !== null) allowed.push(["('value',)", a]);
    const dataType = info.isArray ? ctx.types.codeType(s) : ctx.types.dataTypeOfModel(s);
    types.push(["'value'", `(${dataType}${s.nullable && !info.isArray ? ", none_type" : ""},)`]);
  } else {
    // A property several oneOf/anyOf alternatives declare accepts each one's values (allVars, as
    // OAG's, holds the last alternative's schema only).
    const alternatives = s.kind === "composed" ? alternativeProperties(ctx.model, s) : new Map<string, Schema[]>();
    for (const v of vars) {
      const declared = alternatives.get(v.name);
      const varSchema = declared && declared.length > 1 ? mergedAlternatives(declared) : v.schema;
      const schema = ctx.types.unalias(varSchema);
      const val = validationsOf(schema);
      if (val !== null) validations.push([`(${q(v.name)},)`, val]);
      const a = allowedValuesOf(schema, ctx);
      if (a !== null) allowed.push([`(${q(v.name)},)`, a]);
      types.push([q(v.name), `(${ctx.types.codeType(varSchema)},)`]);
    }
  }

  let discriminator = "None";
  if (info.discriminator && info.kind !== "simple") {
    const mapping = discriminatorMapping(info, ctx);
    for (const [, cls] of mapping) referenced.add(cls);
    const propName = ctx.names.varName(info.discriminator.propertyName);
    discriminator = `{\n            ${q(propName)}: {\n${mapping.map(([value, cls]) => `                ${q(value)}: ${cls},`).join("\n")}\n            },\n        }`;
  }

  let composedSchemas = "{}";
  if (s.kind === "composed") {
    const members = (list: readonly Schema[]) => pyList(list.map((m) => composedMember(m, ctx, referenced)).filter((m): m is string => m !== null));
    composedSchemas = `{\n            'anyOf': ${members(s.anyOf)},\n            'allOf': ${members(s.allOf)},\n            'oneOf': ${members(s.oneOf)},\n        }`;
    if (s.nullable && !s.oneOf.some((m) => m.kind === "null")) composedSchemas = composedSchemas.replace(/'oneOf': \[([^\]]*)\]/, (_m, inner: string) => `'oneOf': [${inner}${inner ? ", " : ""}none_type]`);
  }
  referenced.delete(info.className);

  // Composed models take keywords only by default: which members' required properties apply depends
  // on the data. With initRequiredVars they take them positionally as normal models do, and a required
  // property with a default gets it when omitted (OAG's composed templates put every required var,
  // `kwargs.get(name, default)` for those with a default, into `required_args` and kwargs).
  // A read-only property is never an argument of __init__ (the server sets it; _from_openapi_data
  // takes it): python-prior/model_templates/method_init_shared.mustache, {{^isReadOnly}}. OAG's
  // method_init_composed.mustache does not filter read-only vars, so there a required read-only
  // property becomes an __init__ argument that is then refused as read-only (and one with a default a
  // NameError); here composed models follow the normal models' rule.
  const positionalVars = info.kind === "normal" || (info.kind === "composed" && ctx.initRequiredVars === true);
  const requiredNoDefault = positionalVars ? info.requiredVars.filter((v) => varDefault(v, ctx) === null && !v.schema.readOnly) : [];
  // _from_openapi_data takes every required property without a default positionally, read-only
  // ones too (method_from_openapi_data_shared.mustache): data missing one fails to build the model
  // (a TypeError), which is how a oneOf tells its members apart.
  const fromDataRequired = positionalVars ? info.requiredVars.filter((v) => varDefault(v, ctx) === null) : [];
  const setDefault = (v: ModelVar) => `kwargs.setdefault(${q(v.name)}, ${varDefault(v, ctx)})`;
  const withDefault = info.kind === "simple" ? [] : info.requiredVars.filter((v) => varDefault(v, ctx) !== null);
  const doc: string[] = [];
  if (requiredNoDefault.length > 0) {
    doc.push("Args:");
    for (const v of requiredNoDefault) doc.push(`    ${v.name} (${ctx.types.dataType(v.schema, true)}):${describe(v)}`);
    doc.push("");
  }
  doc.push("Keyword Args:");
  if (info.kind === "simple") {
    doc.push(`    value (${types[0]![1].slice(1, -2)}):${s.description ? ` ${pyDocstring(oneLine(s.description))}` : ""}`);
  }
  for (const v of [...info.requiredVars.filter((r) => !requiredNoDefault.includes(r)), ...info.optionalVars]) {
    const d = varDefault(v, ctx);
    doc.push(`    ${v.name} (${ctx.types.dataType(v.schema, true)}):${describe(v)}${v.required && d !== null ? ` defaults to ${d}` : ` [optional]${d !== null ? ` if omitted the server will use the default value of ${d}` : ""}`}`);
  }
  doc.push(
    "    _check_type (bool): check the types of the values. Default is True.",
    "    _spec_property_naming (bool): True if the keyword names are the spec's",
    "        (JSON) names. Default is False.",
    "    _path_to_item (tuple/list): where this model is within the data",
    "        received, for error messages.",
    "    _configuration (Configuration): the configuration of conversions.",
    "    _visited_composed_classes (tuple): classes already visited while",
    "        building a composed model.",
  );
  const simpleDefault = info.kind === "simple" ? modelDefault(s) : null;
  return {
    ...ctx.support,
    title: ctx.title,
    packageName: ctx.packageName,
    className: info.className,
    isSimple: info.kind === "simple",
    isNormal: info.kind === "normal",
    isComposed: info.kind === "composed",
    docstring: s.description ? pyDocstring(s.description) : `${info.className} - a model defined in OpenAPI`,
    lazyImports: [...referenced].sort().map((c) => ({ module: ctx.names.moduleForClass(c), className: c })),
    allowedValues: pyDictLines(allowed, 4),
    validations: pyDictLines(validations, 4),
    additionalPropertiesType: info.additionalProperties ? `(${ctx.types.codeType(info.additionalProperties)},)` : "None",
    nullable: acceptsNull(ctx.model, s) ? "True" : "False",
    openapiTypes: pyDictLines(types, 8),
    discriminator,
    attributeMap: pyDictLines(vars.map((v) => [q(v.name), q(v.baseName)]), 4),
    readOnlyVars: vars.some((v) => v.schema.readOnly) ? `{\n${vars.filter((v) => v.schema.readOnly).map((v) => `        ${q(v.name)},`).join("\n")}\n    }` : "set()",
    composedSchemas,
    signature: ["self", ...requiredNoDefault.map((v) => v.name)].join(", "),
    positional: `{${requiredNoDefault.map((v) => `${q(v.name)}: ${v.name}`).join(", ")}}`,
    fromDataSignature: ["cls", ...fromDataRequired.map((v) => v.name)].join(", "),
    fromDataPositional: `{${fromDataRequired.map((v) => `${q(v.name)}: ${v.name}`).join(", ")}}`,
    requiredDefaults: positionalVars ? withDefault.filter((v) => info.kind === "normal" || !v.schema.readOnly).map(setDefault) : [],
    fromDataDefaults: info.kind === "composed" && positionalVars ? withDefault.map(setDefault) : [],
    initDocstring: doc.flatMap((l) => l.split("\n")).map((l) => (l === "" ? "" : `        ${l}`)).join("\n"),
    simpleDefault: simpleDefault ?? "None",
    simpleHasDefault: simpleDefault !== null ? "True" : "False",
  };
}

function describe(v: ModelVar): string {
  return v.schema.description ? ` ${pyDocstring(oneLine(v.schema.description))}` : "";
}

/** The default of a model property as Python source, or null. */
function varDefault(v: ModelVar, ctx: ClientContext): string | null {
  const s = ctx.types.unalias(v.schema);
  if (s.kind === "ref" || s.kind === "composed") return null;
  const value = s.default !== undefined ? s.default.value : s.enum && s.enum.length === 1 ? s.enum[0] : undefined;
  return value === undefined || value === null ? null : pyDefault(s, value);
}

function modelDefault(s: Schema): string | null {
  const value = s.default !== undefined ? s.default.value : s.enum && s.enum.length === 1 ? s.enum[0] : undefined;
  return value === undefined || value === null ? null : pyDefault(s, value);
}

/** A composed member as model_utils expects it: a model class or a python type. */
function composedMember(m: Schema, ctx: ClientContext, referenced: Set<string>): string | null {
  const modelName = ctx.types.modelNameOf(m);
  if (modelName !== null) {
    referenced.add(modelName);
    return modelName;
  }
  const u = ctx.types.unalias(m);
  switch (u.kind) {
    case "null":
      return "none_type";
    case "array":
      return "list";
    case "object":
    case "composed":
    case "any":
      return "dict";
    case "ref":
      return null;
    default: {
      const t = ctx.types.dataTypeOfModel(u);
      return t === ANY_TYPE ? "dict" : t;
    }
  }
}

/** Discriminator value -> model class: the explicit mapping, then oneOf/anyOf members and allOf children by name. */
function discriminatorMapping(info: ModelInfo, ctx: ClientContext): [string, string][] {
  const out: [string, string][] = [];
  const add = (value: string, target: string) => {
    if (!ctx.types.isModel(target) || out.some(([v]) => v === value)) return;
    out.push([value, ctx.names.modelName(target)]);
  };
  for (const [value, target] of info.discriminator!.mapping) add(value, target);
  const s = info.named.schema;
  if (s.kind === "composed") for (const m of [...s.oneOf, ...s.anyOf]) if (m.kind === "ref") add(m.target, m.target);
  // allOf descendants, transitively (OAG's getAllOfDescendants)
  const queue = [info.named.name];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const n of ctx.model.schemas) {
      if (seen.has(n.name) || n.schema.kind !== "composed" || !n.schema.allOf.some((m) => m.kind === "ref" && m.target === parent)) continue;
      seen.add(n.name);
      queue.push(n.name);
      add(n.name, n.name);
    }
  }
  // A model inheriting the discriminator (allOf a discriminated parent) is selected by its own name.
  if (!((s.kind === "object" || s.kind === "composed") && s.discriminator)) add(info.named.name, info.named.name);
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Configuration

export interface ConfigurationView {
  readonly title: string;
  readonly packageName: string;
  readonly basePathLiteral: string;
  readonly debugReportLiteral: string;
  readonly auth: readonly (AuthView & { readonly nameLiteral: string; readonly inLiteral: string; readonly keyLiteral: string; readonly aliasLiteral: string | null })[];
  readonly servers: readonly {
    readonly urlLiteral: string;
    readonly descriptionLiteral: string;
    readonly variables: readonly { readonly nameLiteral: string; readonly descriptionLiteral: string; readonly defaultLiteral: string; readonly enumLiteral: string | null }[];
  }[];
}

export function buildConfigurationView(ctx: ClientContext, packageVersion: string): ConfigurationView {
  const braces = (s: string) => s.replace(/\{/g, "{{").replace(/\}/g, "}}");
  const seen = new Set<string>();
  // OAG's python-prior has no setting for an OpenID Connect scheme, so its operations went out
  // without credentials: here it is a bearer token (`access_token`), as the python client sends it.
  const openIdAsBearer = ctx.model.securitySchemes.flatMap((s) => (s.type === "openIdConnect" ? authViews([{ ...s, type: "http", scheme: "bearer" } as unknown as SecurityScheme]) : []));
  const auth = [...authViews(ctx.model.securitySchemes), ...openIdAsBearer]
    .filter((a) => (seen.has(a.name) ? false : (seen.add(a.name), true)))
    .map((a) => {
      const scheme = ctx.model.securitySchemes.find((s) => s.name === a.name);
      const alias = scheme?.type === "apiKey" && typeof scheme.extensions["x-auth-id-alias"] === "string" ? scheme.extensions["x-auth-id-alias"] : null;
      return {
        ...a,
        nameLiteral: pyString(a.name),
        inLiteral: pyString(scheme?.type === "apiKey" ? scheme.in : "header"),
        keyLiteral: pyString(scheme?.type === "apiKey" ? scheme.paramName : "Authorization"),
        aliasLiteral: alias !== null ? pyString(alias) : null,
      };
    });
  return {
    title: ctx.title,
    packageName: ctx.packageName,
    basePathLiteral: pyString(basePathOf(ctx.model.servers)),
    debugReportLiteral: pyString(
      `Python SDK Debug Report:\nOS: {env}\nPython Version: {pyversion}\nVersion of the API: ${braces(ctx.model.info.version)}\nSDK Package Version: ${braces(packageVersion)}`,
    ),
    auth,
    servers: ctx.model.servers.map((s) => ({
      urlLiteral: pyString(s.url),
      descriptionLiteral: pyString(s.description ?? "No description provided"),
      variables: s.variables.map((v) => ({
        nameLiteral: pyString(v.name),
        descriptionLiteral: pyString(v.description ?? "No description provided"),
        defaultLiteral: pyString(v.default),
        enumLiteral: v.enum && v.enum.length > 0 ? pyList(v.enum.map((e) => pyString(e))) : null,
      })),
    })),
  };
}

/**
 * Not in OAG's python-prior (whose rest.py sends `post_params` under a form Content-Type and drops the
 * body): a body that stands for a form (a `$ref` form body, one parameter in every python-prior release)
 * lists the form's fields, (wire name, is a file), which the Endpoint sends from the body's properties
 * when the Content-Type is that form.
 */
function formBodySetting(op: CodegenOperation, ctx: ClientContext): [string, string][] {
  const fields = op.bodyParam?.formFields;
  if (fields === undefined) return [];
  const isFile = (p: CodegenParam) => /^\[?file_type\]?$/.test(ctx.types.codeType(p.schema));
  return [["'form_body'", pyList(fields.map((p) => `(${pyString(p.baseName)}, ${isFile(p) ? "True" : "False"})`))]];
}

/** The `'xml_plan'` setting of an operation whose body has an XML media type with a structured schema. */
function xmlSetting(model: ApiModel, op: CodegenOperation): [string, string][] {
  const plan = requestBodyXmlPlan(model, op.op.requestBody);
  return plan !== undefined ? [["'xml_plan'", pyData(plan)]] : [];
}

/**
 * Whether None is a value of the model (its `_nullable`): its schema is nullable, or it is an allOf
 * whose members all take null and that has no type and no oneOf/anyOf of its own (JSON Schema:
 * `allOf: [$ref: NullableUser]` takes null; the runtime's is_type_nullable already reads oneOf/anyOf
 * members). OAG's client sets `_nullable` from the schema's own keyword and rejects that null; the
 * class and its name stay OAG's (6.x hoists such an allOf as a model: parse/inline.ts isModelNeeded).
 */
function acceptsNull(model: ApiModel, schema: Schema, seen = new Set<string>()): boolean {
  if (schema.nullable) return true;
  if (schema.kind === "ref") {
    if (seen.has(schema.target)) return false; // a cycle of references
    const target = namedSchema(model, schema.target);
    seen.add(schema.target);
    try {
      return target !== undefined && acceptsNull(model, target.schema, seen);
    } finally {
      seen.delete(schema.target);
    }
  }
  return (
    schema.kind === "composed" &&
    schema.declaredType === undefined &&
    schema.allOf.length > 0 &&
    schema.oneOf.length === 0 &&
    schema.anyOf.length === 0 &&
    schema.allOf.every((member) => acceptsNull(model, member, seen))
  );
}
