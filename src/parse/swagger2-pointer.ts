// Maps a JSON pointer into the document convertSwagger2 made back to the Swagger 2.0 document
// it came from, so that problems found while building the IR can be shown at the right line of
// the 2.0 file. Computed on demand from the 2.0 document alone (the conversion itself records
// nothing: a spec without problems pays nothing).

import { childPointer, pointerTokens, refToPointer } from "../model/diagnostics.js";
import { resolvePointer } from "./context.js";
import { asArray, isObject, type RawObject } from "./raw.js";

type Tokens = readonly string[];

/**
 * The 2.0 pointer for `pointer` (a pointer into convertSwagger2(root)); best effort: when part of
 * the path has no counterpart, the nearest enclosing 2.0 node.
 */
export function swagger2SourcePointer(root: RawObject, pointer: string): string {
  const t = pointerTokens(pointer);
  const [head, ...rest] = t;
  switch (head) {
    case undefined:
      return "";
    case "openapi":
      return "/swagger";
    case "servers":
      return root.host !== undefined ? "/host" : root.basePath !== undefined ? "/basePath" : "";
    case "paths":
      return pathPointer(root, rest);
    case "components":
      return componentPointer(root, rest);
    case "x-original-swagger-version":
      return "/swagger";
    default:
      return join("", t);
  }
}

function join(base: string, tokens: Tokens): string {
  let out = base;
  for (const token of tokens) out = childPointer(out, token);
  return out;
}

/** Follows local `$ref`s from the node at `pointer` (no diagnostics: the conversion reported them). */
function follow(root: RawObject, pointer: string): string {
  const seen = new Set<string>();
  let at = pointer;
  for (;;) {
    const node = resolvePointer(root, at);
    const ref = isObject(node) ? node.$ref : undefined;
    const target = typeof ref === "string" ? refToPointer(ref) : undefined;
    if (target === undefined || seen.has(target) || resolvePointer(root, target) === undefined) return at;
    seen.add(target);
    at = target;
  }
}

function pathPointer(root: RawObject, t: Tokens): string {
  const [path, method, part, ...rest] = t;
  if (path === undefined) return "/paths";
  const itemAt = follow(root, childPointer("/paths", path));
  if (method === undefined) return childPointer("/paths", path);
  const opAt = childPointer(itemAt, method);
  if (part === undefined) return opAt;
  switch (part) {
    case "parameters": {
      const [index, ...below] = rest;
      const entry = index === undefined ? undefined : operationParameters(root, itemAt, opAt).plain[Number(index)];
      if (!entry) return childPointer(opAt, "parameters");
      return below.length === 0 ? entry.entry : parameterRest(root, entry.resolved, below);
    }
    case "requestBody": {
      const { body, form } = operationParameters(root, itemAt, opAt);
      if (body) return rest.length === 0 ? body.entry : bodyRest(root, body.resolved, rest);
      if (form.length > 0) return formRest(root, form, rest);
      return opAt;
    }
    case "responses": {
      const [code, ...below] = rest;
      if (code === undefined) return childPointer(opAt, "responses");
      const entry = childPointer(childPointer(opAt, "responses"), code);
      return below.length === 0 ? entry : responseRest(root, follow(root, entry), below);
    }
    case "x-codegen-request-body-name": {
      const { body } = operationParameters(root, itemAt, opAt);
      return body ? childPointer(body.resolved, "name") : opAt;
    }
    default:
      return join(childPointer(opAt, part), rest);
  }
}

interface ParameterEntry {
  /** Where the parameter is listed (a `$ref` entry stays a `$ref` entry). */
  readonly entry: string;
  /** The parameter object, refs followed. */
  readonly resolved: string;
  readonly node: RawObject | undefined;
}

/** The operation's parameters as the conversion arranged them. */
function operationParameters(root: RawObject, itemAt: string, opAt: string) {
  const list = (at: string): ParameterEntry[] =>
    (asArray(resolvePointer(root, at)) ?? []).map((_, i) => {
      const entry = childPointer(at, i);
      const resolved = follow(root, entry);
      const node = resolvePointer(root, resolved);
      return { entry, resolved, node: isObject(node) ? node : undefined };
    });
  const key = (p: ParameterEntry) => (p.node ? `${String(p.node.in)}\u0000${String(p.node.name)}` : undefined);
  const own = list(childPointer(opAt, "parameters"));
  const ownKeys = new Set(own.map(key));
  const merged = [...list(childPointer(itemAt, "parameters")).filter((p) => !ownKeys.has(key(p))), ...own];
  const plain: ParameterEntry[] = [];
  const form: ParameterEntry[] = [];
  let body: ParameterEntry | undefined;
  for (const p of merged) {
    const where = p.node?.in;
    if (where === "body") body = p;
    else if (where === "formData") form.push(p);
    else if (where === "query" || where === "header" || where === "path" || !p.node) plain.push(p);
  }
  return { plain, body: form.length > 0 ? undefined : body, form };
}

/** Below a converted (non-body) parameter. */
function parameterRest(root: RawObject, paramAt: string, t: Tokens): string {
  const [head, ...rest] = t;
  switch (head) {
    case "schema":
      return schemaRest(root, paramAt, rest);
    case "example":
      return childPointer(paramAt, "x-example");
    case "style":
    case "explode":
      return childPointer(paramAt, "collectionFormat");
    default:
      return join(paramAt, t);
  }
}

function bodyRest(root: RawObject, paramAt: string, t: Tokens): string {
  const [head, mediaType, part, ...rest] = t;
  if (head !== "content") return join(paramAt, t);
  if (part === "schema") return schemaRest(root, childPointer(paramAt, "schema"), rest);
  if (part === "example" && mediaType !== undefined) return childPointer(childPointer(paramAt, "x-examples"), mediaType);
  return paramAt;
}

function formRest(root: RawObject, fields: readonly ParameterEntry[], t: Tokens): string {
  const [head, , part, keyword, name, ...rest] = t;
  const first = fields[0]!.entry;
  if (head !== "content" || part !== "schema") return first;
  if (keyword === "properties" && name !== undefined) {
    const field = fields.find((f) => f.node?.name === name);
    if (field) return rest.length === 0 ? field.entry : schemaRest(root, field.resolved, rest);
  }
  if (keyword === "required" && name !== undefined) {
    const required = fields.filter((f) => f.node?.required === true)[Number(name)];
    if (required) return childPointer(required.resolved, "required");
  }
  return first;
}

function responseRest(root: RawObject, responseAt: string, t: Tokens): string {
  const [head, key, part, ...rest] = t;
  if (head === "content") {
    if (part === "schema") return schemaRest(root, childPointer(responseAt, "schema"), rest);
    if (part === "example" && key !== undefined) return childPointer(childPointer(responseAt, "examples"), key);
    return childPointer(responseAt, "schema");
  }
  if (head === "headers" && key !== undefined) {
    const headerAt = childPointer(childPointer(responseAt, "headers"), key);
    return part === "schema" ? schemaRest(root, headerAt, rest) : join(headerAt, part === undefined ? [] : [part, ...rest]);
  }
  return join(responseAt, t);
}

/**
 * Below a converted schema: the same path in the 2.0 schema, following the non-definitions
 * `$ref`s the conversion inlined, and `nullable` back to `x-nullable`.
 */
function schemaRest(root: RawObject, schemaAt: string, t: Tokens): string {
  let at = schemaAt;
  for (const token of t) {
    const node = resolvePointer(root, at);
    if (
      isObject(node) &&
      typeof node.$ref === "string" &&
      node.$ref.startsWith("#") &&
      !node.$ref.startsWith("#/definitions/") &&
      token !== "$ref"
    ) {
      at = follow(root, at);
    }
    const current = resolvePointer(root, at);
    const name = token === "nullable" && isObject(current) && !("nullable" in current) && "x-nullable" in current ? "x-nullable" : token;
    at = childPointer(at, name);
  }
  return at;
}

function componentPointer(root: RawObject, t: Tokens): string {
  const [kind, name, ...rest] = t;
  if (name === undefined) {
    const container: Record<string, string> = {
      schemas: "/definitions",
      parameters: "/parameters",
      requestBodies: "/parameters",
      responses: "/responses",
      securitySchemes: "/securityDefinitions",
    };
    return (kind !== undefined && container[kind]) || "";
  }
  switch (kind) {
    case "schemas": {
      const definitions = isObject(root.definitions) ? root.definitions : {};
      if (Object.prototype.hasOwnProperty.call(definitions, name)) return schemaRest(root, childPointer("/definitions", name), rest);
      if (name.startsWith("formData_")) return schemaRest(root, childPointer("/parameters", name.slice("formData_".length)), rest);
      return "/definitions";
    }
    case "parameters":
      return parameterRest(root, childPointer("/parameters", name), rest);
    case "requestBodies":
      return bodyRest(root, childPointer("/parameters", name), rest);
    case "responses":
      return responseRest(root, childPointer("/responses", name), rest);
    case "securitySchemes": {
      const at = childPointer("/securityDefinitions", name);
      const [head, , ...below] = rest;
      if (head === "flows")
        return below[0] === "scopes" || below[0] === "authorizationUrl" || below[0] === "tokenUrl"
          ? join(at, below)
          : childPointer(at, "flow");
      if (head === "scheme") return childPointer(at, "type");
      return join(at, rest);
    }
    default:
      return "";
  }
}
