// IR -> the view-model of `<pkg>/api/<tag>_api.py`: one class per API group, three methods per
// operation (`op`, `op_with_http_info`, `op_without_preload_content`) and a `_op_serialize`
// that says, per parameter, where it goes and in which OpenAPI style. The wire rules themselves
// live in the generated api_client.py (serialize_*_param, encode_body).

import { successAccepts } from "../../../codegen/accept.js";
import type { ApiGroup, CodegenOperation, CodegenParam } from "../../../codegen/operations.js";
import { requestBodyXmlPlan } from "../../../codegen/xml-plan.js";
import type { ApiModel, SecurityScheme } from "../../../model/ir.js";
import { pydanticAnnotation } from "../types.js";
import { isBinarySchema, responseType, simplifySchema, type CodeTypeContext } from "./code-types.js";
import { pyData, pyDocstring, pyIdentifier, pyString } from "./escape.js";
import type { HttpLibraryView } from "./http-library.js";
import type { SupportName } from "./local-names.js";
import { ModuleImports } from "./model-imports.js";
import { serverView, type ServerView } from "./support-views.js";

export interface ApiCodeContext extends CodeTypeContext {
  readonly packageName: string;
  readonly mapNumberTo: string;
  warn(pointer: string, message: string): void;
}

export interface ApiModuleView {
  readonly header: string;
  readonly imports: readonly string[];
  /** Support name -> what this module calls it (runtime/local-names.ts). */
  readonly t: Readonly<Record<SupportName, string>>;
  readonly packageName: string;
  readonly className: string;
  readonly operations: readonly OperationCodeView[];
  readonly http: HttpLibraryView;
}

interface WireParam {
  readonly key: string;
  readonly var: string;
  readonly value: string;
}

export interface OperationCodeView {
  readonly name: string;
  readonly operationIdLiteral: string;
  readonly deprecation: string | null;
  readonly summary: string;
  readonly notes: string | null;
  readonly params: readonly { readonly name: string; readonly annotation: string; readonly defaultValue: string }[];
  readonly paramDocs: readonly string[];
  readonly returnType: string;
  readonly hasReturn: boolean;
  readonly responseTypes: readonly { readonly code: string; readonly type: string }[];
  readonly method: string;
  readonly path: string;
  readonly servers: readonly ServerView[] | null;
  readonly hostIndexMax: number;
  readonly pathParams: readonly (WireParam & { readonly style: string; readonly explode: string })[];
  readonly queryParams: readonly (WireParam & { readonly style: string; readonly explode: string; readonly allowReserved: string })[];
  readonly headerParams: readonly (WireParam & { readonly explode: string })[];
  readonly cookieParams: readonly (WireParam & { readonly explode: string })[];
  /** Form body fields in spec order, with their `encoding` (files flagged). */
  readonly formFields: readonly (WireParam & { readonly style: string; readonly explode: string; readonly contentType: string; readonly file: string })[];
  /**
   * xmlPlan: the Python literal of the XML plan of a structured body under an XML media type.
   * formFields: a body that stands for a form (a `$ref` form body before OAG 7.5, CodegenParam.formFields):
   * the fields sent from its properties when the Content-Type is a form.
   */
  readonly body: {
    readonly var: string;
    readonly isFile: boolean;
    readonly xmlPlan: string | null;
    readonly formFields: readonly { readonly key: string; readonly style: string; readonly explode: string; readonly contentType: string; readonly file: string }[];
  } | null;
  readonly accepts: string;
  readonly contentTypes: string;
  readonly authNames: string;
}

/** Security schemes the generated Configuration can fill in (see support-views.ts). */
export function isSupportedScheme(scheme: SecurityScheme): boolean {
  if (scheme.type === "apiKey" || scheme.type === "oauth2" || scheme.type === "openIdConnect") return true;
  return scheme.type === "http" && (scheme.scheme === "basic" || scheme.scheme === "bearer" || scheme.scheme === "signature");
}

export function buildApiModuleView(group: ApiGroup, className: string, ctx: ApiCodeContext, header: string, http: HttpLibraryView): ApiModuleView {
  const imports = new ModuleImports(ctx.modelsPackage, ctx.localNames);
  for (const name of ["Any", "Dict", "List", "Optional", "Tuple", "Union"]) imports.add("typing", name);
  for (const name of ["Field", "StrictInt", "StrictStr", "validate_call"]) imports.add("pydantic", name);
  imports.add("typing_extensions", "Annotated");
  imports.add(`${ctx.packageName}.api_client`, "ApiClient");
  imports.add(`${ctx.packageName}.api_client`, "FormField");
  for (const name of ["RequestSerialized", "AuthNames", "HeaderParams", "OptionalHost", "PathParams", "QueryParams", "ResponseTypes"]) {
    imports.add(`${ctx.packageName}.api_client`, name);
  }
  imports.add(`${ctx.packageName}.api_response`, "ApiResponse");
  imports.add(`${ctx.packageName}.rest`, "RESTResponseType");
  imports.add(`${ctx.packageName}.rest`, "RequestTimeout");
  const operations = group.operations.map((op) => buildOperationView(op, ctx, imports));
  return { header, imports: imports.topLines(""), t: ctx.localNames.table, packageName: ctx.packageName, className, operations, http };
}

/**
 * The Python name of a parameter: names.ts's (AbstractPythonCodegen.toParamName). A name like a
 * builtin (`object`, `str`, `list`) is kept, as OAG keeps it: the methods' bodies name no builtin
 * (api.py.hbs), so the parameter shadows nothing they need.
 */
function paramNameOf(p: CodegenParam): string {
  return pyIdentifier(p.paramName);
}

function buildOperationView(op: CodegenOperation, ctx: ApiCodeContext, imports: ModuleImports): OperationCodeView {
  const o = op.op;
  const pyName = new Map(op.allParams.map((p) => [p, paramNameOf(p)]));
  const params = op.allParams.map((p) => {
    const name = pyName.get(p)!;
    const annotation = pydanticAnnotation(ctx.types, ctx.names, simplifySchema(p.schema), {
      mapNumberTo: ctx.mapNumberTo,
      required: p.required,
      ...(p.description !== undefined ? { description: p.description } : {}),
      modelsPackage: ctx.modelsPackage,
    }, imports);
    return { name, annotation, defaultValue: p.required ? "" : " = None" };
  });
  const paramDocs = op.allParams.flatMap((p) => [
    `:param ${pyName.get(p)!}:${p.description ? ` ${indentDoc(pyDocstring(p.description))}` : ""}${p.required ? " (required)" : ""}`,
    `:type ${pyName.get(p)!}: ${ctx.types.declaration(simplifySchema(p.schema), true)}`,
  ]);

  const method = op.methodResponse;
  const methodSchema = method?.contents.find((c) => c.schema !== undefined)?.schema;
  const returnType = methodSchema !== undefined ? responseType(ctx, methodSchema, imports) : "None";
  const responseTypes = op.responses.map((r) => {
    const schema = r.contents.find((c) => c.schema !== undefined)?.schema;
    return { code: pyString(/^[1-5]xx$/i.test(r.code) ? r.code.toUpperCase() : r.code), type: schema !== undefined ? responseType(ctx, schema, imports) : "None" };
  });

  const byKind = (kind: CodegenParam["kind"]) => op.paramsInBuildOrder.filter((p) => p.kind === kind);
  const valueOf = (p: CodegenParam): string => {
    const name = pyName.get(p)!;
    // A parameter with `content: application/json` is sent as JSON text.
    if (p.parameter?.contentType !== undefined && /json/i.test(p.parameter.contentType)) {
      return `self.api_client.json_text(self.api_client.sanitize_for_serialization(${name}))`;
    }
    // `format: binary`: the file's bytes are the value (sanitize_for_serialization would send base64).
    if (p.kind !== "form" && p.kind !== "body" && p.parameter?.contentType === undefined && isBinarySchema(ctx, ctx.types.unalias(simplifySchema(p.schema)))) {
      return `self.api_client.file_octets(${name})`;
    }
    return name;
  };
  const wire = (p: CodegenParam): WireParam => ({ key: pyString(p.baseName), var: pyName.get(p)!, value: valueOf(p) });
  const bool = (b: boolean) => (b ? "True" : "False");

  const formFields = byKind("form");
  const isFileField = (p: CodegenParam) => {
    const s = ctx.types.unalias(simplifySchema(p.schema));
    return isBinarySchema(ctx, s) || (s.kind === "array" && isBinarySchema(ctx, s.items));
  };
  // A form field's `encoding` (style, explode, content type) and whether it is a file.
  const fieldEncoding = (p: CodegenParam) => {
    const encoding = p.mediaType?.encoding[p.baseName];
    const style = encoding?.style ?? "form";
    return {
      style: pyString(style),
      explode: bool(encoding?.explode ?? style === "form"),
      // An encoding may list several types; a part has one.
      contentType: encoding?.contentType !== undefined ? pyString(encoding.contentType.split(",")[0]!.trim()) : "None",
      file: bool(isFileField(p)),
    };
  };
  const bodyParam = op.bodyParam;
  const servers = o.servers !== undefined && o.servers.length > 0 ? o.servers.map(serverView) : null;
  if (servers !== null) imports.add(`${ctx.packageName}.configuration`, "HostSetting");

  const auth = op.authMethods.filter(isSupportedScheme);

  return {
    name: pyIdentifier(op.operationId),
    operationIdLiteral: pyString(op.operationId),
    deprecation: o.deprecated ? pyString(`${o.method.toUpperCase()} ${o.path} is deprecated.`) : null,
    summary: indentDoc(pyDocstring(o.summary ?? op.operationId)),
    notes: o.description !== undefined && o.description !== "" ? indentDoc(pyDocstring(o.description)) : null,
    params,
    paramDocs,
    returnType,
    hasReturn: returnType !== "None",
    responseTypes,
    method: pyString(o.method.toUpperCase()),
    path: pyString(o.path),
    servers,
    hostIndexMax: servers !== null ? servers.length - 1 : 0,
    pathParams: byKind("path").map((p) => ({ ...wire(p), style: pyString(p.parameter?.style ?? "simple"), explode: bool(p.parameter?.explode ?? false) })),
    queryParams: byKind("query").map((p) => ({
      ...wire(p),
      style: pyString(p.parameter?.style ?? "form"),
      explode: bool(p.parameter?.explode ?? true),
      allowReserved: bool(p.parameter?.allowReserved ?? false),
    })),
    headerParams: byKind("header").map((p) => ({ ...wire(p), explode: bool(p.parameter?.explode ?? false) })),
    cookieParams: byKind("cookie").map((p) => ({ ...wire(p), explode: bool(p.parameter?.explode ?? false) })),
    formFields: formFields.map((p) => ({ ...wire(p), ...fieldEncoding(p) })),
    body: bodyParam
      ? {
          var: pyName.get(op.allParams.find((p) => p.kind === "body")!)!,
          isFile: isBinarySchema(ctx, bodyParam.schema),
          xmlPlan: xmlPlanOf(ctx.model, op),
          formFields: (bodyParam.formFields ?? []).map((p) => ({ key: pyString(p.baseName), ...fieldEncoding(p) })),
        }
      : null,
    accepts: successAccepts(op).map(pyString).join(", "),
    contentTypes: op.consumes.map(pyString).join(", "),
    authNames: auth.map((s) => pyString(s.name)).join(", "),
  };
}

/** The XML plan (a Python literal) of the operation's first XML media type with a structured schema. */
export function xmlPlanOf(model: ApiModel, op: CodegenOperation): string | null {
  const plan = requestBodyXmlPlan(model, op.op.requestBody);
  return plan !== undefined ? pyData(plan) : null;
}

/** Continuation lines of a method docstring, indented like its first line. */
function indentDoc(text: string): string {
  return text.replace(/\n/g, "\n        ");
}
