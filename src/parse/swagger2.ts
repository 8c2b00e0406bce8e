// Swagger 2.0 -> OpenAPI 3.0-shaped raw document, so that the IR comes out as OpenAPI Generator
// sees a 2.0 spec: OAG reads 2.0 with swagger-parser (which resolves the document: path-level
// parameters are copied into each operation, `$ref` parameters and responses are inlined) and
// converts it with swagger-parser-v2-converter. The rules below follow that pair:
//
// - servers: one per `schemes` entry, `scheme://host/basePath`; `//host/basePath` without
//   schemes (OAG's generators then assume http); `basePath` (or `/`) without host.
// - path-level parameters go into each operation that does not override them (same in + name),
//   before the operation's own.
// - `in: body` -> requestBody (content types: the operation's consumes, else the global ones,
//   else `*/*`), and the operation gets `x-codegen-request-body-name: <param name>`.
// - `in: formData` -> a requestBody with one object schema of all form fields (content types:
//   consumes as above, else `multipart/form-data`); required when a field is.
// - other parameters: the schema is built from the parameter's own keywords; `collectionFormat`
//   -> style/explode (query: csv form/false, multi form/true, ssv spaceDelimited, pipes
//   pipeDelimited, tsv tabDelimited (our extension); path/header csv: simple/false);
//   `x-example` -> example; `x-nullable` -> schema nullable.
// - responses: `schema` under each produced content type (the operation's produces, else the
//   global ones, else `*/*`), `examples` by content type, headers as schemas.
// - `definitions`, `parameters`, `responses`, `securityDefinitions` -> components (body
//   parameters -> requestBodies, formData parameters -> schemas `formData_<name>`).
// - `$ref`s are rewritten to the components (#/definitions -> #/components/schemas, ...).
//
// The input is never modified. Schema objects are reused by identity wherever nothing in them
// changes; swagger2SourcePointer maps pointers into the result back to the 2.0 document.

import type { NumberLiterals } from "./number-literals.js";
import type { DiagnosticSink } from "../model/diagnostics.js";
import { asArray, asObject, asString, entriesOf, isObject, type RawObject } from "./raw.js";
import {
  convertOperation,
  convertParameterComponent,
  convertResponse,
  followRef,
  resolveParameters,
  type OperationContext,
} from "./swagger2-operation.js";
import { asV1Model, convertSchema, extensionsOut, mediaTypeList, newState, ptr, type Swagger2State } from "./swagger2-schema.js";

export { swagger2SourcePointer } from "./swagger2-pointer.js";

const METHODS_2_0 = ["get", "put", "post", "delete", "options", "head", "patch"] as const;
const SCHEMES = new Set(["http", "https", "ws", "wss"]);

/** `numberLiterals`: the 2.0 document's (`x-example` and property example literals: swagger2-schema.ts NUMBER_TEXTS). */
export function convertSwagger2(root: RawObject, sink: DiagnosticSink, numberLiterals?: NumberLiterals): RawObject {
  const state = newState(root, sink, numberLiterals);
  const globalConsumes = mediaTypeList(root.consumes) ?? [];
  const globalProduces = mediaTypeList(root.produces) ?? [];
  const ctx: OperationContext = { state, globalConsumes, globalProduces, responses: new Map() };

  const out: RawObject = { openapi: "3.0.1" };
  copyIfPresent(root, out, "info");
  copyIfPresent(root, out, "externalDocs");
  out.servers = convertServers(state, root);
  copyIfPresent(root, out, "tags");
  out.paths = convertPaths(ctx, root.paths);
  const components = convertComponents(ctx);
  if (Object.keys(components).length > 0) out.components = components;
  const security = asArray(root.security);
  if (security ? security.length > 0 : root.security !== undefined) out.security = root.security;
  Object.assign(out, extensionsOut(root));
  out["x-original-swagger-version"] = root.swagger;

  return out;
}

function copyIfPresent(from: RawObject, to: RawObject, key: string): void {
  if (from[key] !== undefined) to[key] = from[key];
}

function convertServers(state: Swagger2State, root: RawObject): RawObject[] {
  const host = asString(root.host) ?? "";
  const basePath = asString(root.basePath) ?? "";
  if (root.host !== undefined && typeof root.host !== "string") state.sink.warning("/host", "host must be a string; ignored");
  if (root.basePath !== undefined && typeof root.basePath !== "string")
    state.sink.warning("/basePath", "basePath must be a string; ignored");
  const base = host + (basePath === "" ? "/" : basePath);
  const schemes: string[] = [];
  if (root.schemes !== undefined && !Array.isArray(root.schemes)) state.sink.warning("/schemes", "schemes must be a list; ignored");
  const list = asArray(root.schemes) ?? [];
  list.forEach((s, i) => {
    const scheme = typeof s === "string" ? s.toLowerCase() : undefined;
    if (scheme !== undefined && SCHEMES.has(scheme)) schemes.push(scheme);
    else state.sink.warning(ptr("/schemes", i), `unknown scheme ${JSON.stringify(s)} (expected http, https, ws or wss); ignored`);
  });
  if (!base.startsWith("/") && schemes.length > 0) return schemes.map((scheme) => ({ url: `${scheme}://${base}` }));
  if (!base.startsWith("/") && base !== "/") return [{ url: `//${base}` }];
  return [{ url: base }];
}

function convertPaths(ctx: OperationContext, paths: unknown): RawObject {
  const out: RawObject = {};
  if (paths === undefined) return out;
  if (!isObject(paths)) {
    ctx.state.sink.error("/paths", "paths must be an object");
    return out;
  }
  for (const [path, item] of Object.entries(paths)) {
    const at = ptr("/paths", path);
    if (path.startsWith("x-")) {
      out[path] = item;
      continue;
    }
    const converted = convertPathItem(ctx, item, at, at);
    if (converted !== undefined) out[path] = converted;
  }
  return out;
}

function convertPathItem(ctx: OperationContext, raw: unknown, at: string, outAt: string): unknown {
  const resolved = followRef(ctx.state, raw, at);
  if (resolved === "external") return raw; // left for the IR builder to report
  if (!resolved) return undefined;
  const item = resolved.node;
  const itemAt = resolved.pointer;
  const out: RawObject = {};
  const shared = resolveParameters(ctx, item.parameters, ptr(itemAt, "parameters"));
  for (const method of METHODS_2_0) {
    const op = item[method];
    if (op === undefined) continue;
    const opAt = ptr(itemAt, method);
    if (!isObject(op)) {
      ctx.state.sink.error(opAt, "an operation must be an object");
      continue;
    }
    out[method] = convertOperation(ctx, op, opAt, ptr(outAt, method), shared);
  }
  for (const key of Object.keys(item)) {
    if (key === "parameters" || key === "$ref" || key.startsWith("x-") || (METHODS_2_0 as readonly string[]).includes(key)) continue;
    ctx.state.sink.warning(ptr(itemAt, key), `unknown path item field ${JSON.stringify(key)}; ignored`);
  }
  Object.assign(out, extensionsOut(item));
  return out;
}

function convertComponents(ctx: OperationContext): RawObject {
  const { state } = ctx;
  const root = state.root;
  const components: RawObject = {};

  const schemas: RawObject = {};
  for (const [name, schema] of entriesOf(root.definitions)) {
    const at = ptr("/definitions", name);
    schemas[name] = asV1Model(state, convertSchema(state, schema, at, ptr("/components/schemas", name)), at);
  }
  if (root.definitions !== undefined && !isObject(root.definitions)) state.sink.error("/definitions", "definitions must be an object");

  const parameters: RawObject = {};
  const requestBodies: RawObject = {};
  for (const [name, param] of entriesOf(root.parameters)) {
    const at = ptr("/parameters", name);
    const converted = convertParameterComponent(ctx, param, at, name);
    if (!converted) continue;
    if (converted.kind === "parameter") parameters[name] = converted.value;
    else if (converted.kind === "requestBody") requestBodies[name] = converted.value;
    else {
      const schemaName = `formData_${name}`;
      if (schemaName in schemas) {
        state.sink.warning(
          at,
          `form parameter ${JSON.stringify(name)} is not added as schema ${JSON.stringify(schemaName)}: a definition has that name`,
        );
      } else {
        schemas[schemaName] = converted.value;
      }
    }
  }

  const responses: RawObject = {};
  for (const [name, response] of entriesOf(root.responses)) {
    const at = ptr("/responses", name);
    const converted = convertResponse(ctx, response, at, ptr("/components/responses", name), undefined);
    if (converted !== undefined) responses[name] = converted;
  }

  const securitySchemes: RawObject = {};
  for (const [name, definition] of entriesOf(root.securityDefinitions)) {
    const at = ptr("/securityDefinitions", name);
    const converted = convertSecurityScheme(state, definition, at);
    if (converted) securitySchemes[name] = converted;
  }

  if (Object.keys(schemas).length > 0) components.schemas = schemas;
  if (Object.keys(responses).length > 0) components.responses = responses;
  if (Object.keys(parameters).length > 0) components.parameters = parameters;
  if (Object.keys(requestBodies).length > 0) components.requestBodies = requestBodies;
  if (Object.keys(securitySchemes).length > 0) components.securitySchemes = securitySchemes;
  return components;
}

function convertSecurityScheme(state: Swagger2State, raw: unknown, at: string): RawObject | undefined {
  const def = asObject(raw);
  if (!def) {
    state.sink.error(at, "a security definition must be an object");
    return undefined;
  }
  let out: RawObject;
  switch (def.type) {
    case "basic":
      out = { type: "http", scheme: "basic" };
      break;
    case "apiKey":
      out = { type: "apiKey", name: def.name, in: def.in };
      if (def.in !== "header" && def.in !== "query") {
        state.sink.warning(ptr(at, "in"), `apiKey security definition needs "in" of header or query, found ${JSON.stringify(def.in)}`);
      }
      break;
    case "oauth2": {
      const scopes: RawObject = {};
      for (const [scope, text] of entriesOf(def.scopes)) scopes[scope] = text;
      const flow = (keys: string[]): RawObject => {
        const f: RawObject = {};
        for (const key of keys) if (def[key] !== undefined) f[key] = def[key];
        f.scopes = scopes;
        return f;
      };
      const flows: RawObject = {};
      switch (def.flow) {
        case "implicit":
          flows.implicit = flow(["authorizationUrl"]);
          break;
        case "password":
          flows.password = flow(["tokenUrl"]);
          break;
        case "application":
          flows.clientCredentials = flow(["tokenUrl"]);
          break;
        case "accessCode":
          flows.authorizationCode = flow(["authorizationUrl", "tokenUrl"]);
          break;
        default:
          state.sink.warning(
            ptr(at, "flow"),
            `unknown OAuth2 flow ${JSON.stringify(def.flow)} (expected implicit, password, application or accessCode); the scheme has no flows`,
          );
      }
      out = { type: "oauth2", flows };
      break;
    }
    default:
      state.sink.warning(
        ptr(at, "type"),
        `unknown security definition type ${JSON.stringify(def.type)} (expected basic, apiKey or oauth2); ignored`,
      );
      return undefined;
  }
  if (typeof def.description === "string") out.description = def.description;
  return Object.assign(out, extensionsOut(def));
}
