// Swagger 2.0 -> OpenAPI 3.0: operations, parameters, request bodies and responses.
// See swagger2.ts for the rules.

import { refToPointer } from "../model/diagnostics.js";
import { resolvePointer } from "./context.js";
import { danglingRefName } from "./dangling-ref.js";
import { bigDecimalText, doubleBigDecimalText, javaNumberText } from "./number-literals.js";
import { asArray, entriesOf, isObject, type RawObject } from "./raw.js";
import {
  coerceToType,
  convertSchema,
  extensionsOut,
  annotate,
  annotation,
  FROM_SERIALIZABLE_PARAMETER,
  NUMBER_TEXTS,
  mediaTypeList,
  pointerToRef,
  ptr,
  rewriteRef,
  type Swagger2State,
} from "./swagger2-schema.js";

export interface OperationContext {
  readonly state: Swagger2State;
  readonly globalConsumes: readonly string[];
  readonly globalProduces: readonly string[];
  /** Response reached through a `$ref` -> produced content types (joined) -> converted response. */
  readonly responses: Map<object, Map<string, RawObject>>;
}

const ANY: readonly string[] = ["*/*"];
const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

// ---------------------------------------------------------------------------------------------
// References

export type Followed = { readonly node: RawObject; readonly pointer: string } | "external" | undefined;

/**
 * Follows local `$ref`s in the 2.0 document to a real object. "external" for a ref to another
 * document (left as written for the IR builder to report); undefined, with an error, for a
 * dangling or circular ref or a non-object.
 *
 * `byName`: the global map (`parameters` or `responses`) where OAG finds a parameter or response
 * whose `$ref` has another prefix, by the ref's last segment. swagger-parser v1 resolves only
 * `#/parameters/X` and `#/responses/X` to a parameter or response (ResolverCache.loadInternalRef
 * looks `#/definitions/X` up among the definitions, and a model is no parameter: the cast fails)
 * and leaves any other ref as written; the v2 converter keeps it (SwaggerConverter.convert of a
 * RefParameter or RefResponse rewrites only those prefixes), and OAG's codegen reads it through
 * ModelUtils.getReferencedParameter / getReferencedApiResponse: getSimpleRef (a `#/definitions/`
 * or `#/components/` ref's last segment) looked up in components.parameters / responses. A global
 * body or formData parameter is no component parameter after the conversion, so is not found; a
 * ref that names nothing there is read as its pointer says, as before.
 */
export function followRef(state: Swagger2State, raw: unknown, at: string, byName?: "parameters" | "responses"): Followed {
  let seen: Set<string> | undefined;
  let current = raw;
  let pointer = at;
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    const target = refToPointer(ref);
    if (target === undefined) return "external";
    seen ??= new Set();
    if (seen.has(target)) {
      state.sink.error(ptr(pointer, "$ref"), `$ref ${JSON.stringify(ref)} refers to itself`);
      return undefined;
    }
    seen.add(target);
    let next: unknown;
    let nextPointer = target;
    const name = byName !== undefined && !target.startsWith(`/${byName}/`) ? danglingRefName(ref) : undefined;
    const named = name !== undefined ? resolvePointer(state.root, ptr(`/${byName}`, name)) : undefined;
    if (isObject(named) && (byName === "responses" || (named.in !== "body" && named.in !== "formData"))) {
      const what = byName === "parameters" ? "parameter" : "response";
      state.sink.warning(ptr(pointer, "$ref"), `$ref ${JSON.stringify(ref)} is read as the ${what} ${JSON.stringify(name)}: OpenAPI Generator looks a ${what}'s $ref up by its last segment`);
      next = named;
      nextPointer = ptr(`/${byName}`, name!);
    } else {
      next = resolvePointer(state.root, target);
    }
    if (next === undefined) {
      state.sink.error(ptr(pointer, "$ref"), `$ref ${JSON.stringify(ref)} points to nothing`);
      return undefined;
    }
    current = next;
    pointer = nextPointer;
  }
  if (!isObject(current)) {
    state.sink.error(pointer, "expected an object");
    return undefined;
  }
  return { node: current, pointer };
}

/** A parameter list entry with its `$ref`s followed. */
export interface ResolvedParameter {
  /** The entry as written. */
  readonly raw: unknown;
  /** The parameter object; undefined for an external ref. */
  readonly node?: RawObject;
  /** 2.0 pointer of the parameter object (of the entry for an external ref). */
  readonly pointer: string;
  /** The name under #/parameters when the entry is a ref to one. */
  readonly component?: string;
  /** The converted parameter or form field, once converted (path-level ones serve many operations). */
  converted?: RawObject;
  reported?: boolean;
}

export function resolveParameters(ctx: OperationContext, raw: unknown, at: string): ResolvedParameter[] {
  if (raw === undefined) return [];
  const list = asArray(raw);
  if (!list) {
    ctx.state.sink.error(at, "parameters must be a list");
    return [];
  }
  const out: ResolvedParameter[] = [];
  list.forEach((entry, i) => {
    const entryAt = ptr(at, i);
    const followed = followRef(ctx.state, entry, entryAt, "parameters");
    if (followed === "external") out.push({ raw: entry, pointer: entryAt });
    else if (followed) {
      const m = followed.node === entry ? null : /^\/parameters\/([^/]+)$/.exec(followed.pointer);
      const component = m ? m[1]!.replace(/~1/g, "/").replace(/~0/g, "~") : undefined;
      out.push(
        component !== undefined
          ? { raw: entry, node: followed.node, pointer: followed.pointer, component }
          : { raw: entry, node: followed.node, pointer: followed.pointer },
      );
    }
  });
  return out;
}

function parameterKey(p: ResolvedParameter): string | undefined {
  return p.node && typeof p.node.in === "string" && typeof p.node.name === "string" ? `${p.node.in}\u0000${p.node.name}` : undefined;
}

// ---------------------------------------------------------------------------------------------
// Operations

export function convertOperation(
  ctx: OperationContext,
  op: RawObject,
  at: string,
  outAt: string,
  shared: readonly ResolvedParameter[],
): RawObject {
  const { state } = ctx;
  const out: RawObject = {};
  if (op.tags !== undefined) out.tags = op.tags;
  if (isNonBlank(op.summary)) out.summary = op.summary;
  if (isNonBlank(op.description)) out.description = op.description;
  if (op.externalDocs !== undefined) out.externalDocs = op.externalDocs;
  if (op.operationId !== undefined) out.operationId = op.operationId;

  // swagger-parser copies path-level parameters into each operation that does not override them.
  const own = resolveParameters(ctx, op.parameters, ptr(at, "parameters"));
  const ownKeys = new Set(own.map(parameterKey).filter((k) => k !== undefined));
  const merged = [...shared.filter((p) => !ownKeys.has(parameterKey(p) ?? "")), ...own];

  const parameters: unknown[] = [];
  const bodies: ResolvedParameter[] = [];
  const fields: ResolvedParameter[] = [];
  for (const p of merged) {
    if (!p.node) {
      parameters.push(p.raw);
      continue;
    }
    const where = p.node.in;
    if (where === "body") bodies.push(p);
    else if (where === "formData") fields.push(p);
    else if (where === "query" || where === "header" || where === "path") {
      parameters.push(
        p.component !== undefined
          ? { $ref: pointerToRef(ptr("/components/parameters", p.component)) }
          : (p.converted ??= convertParameter(ctx, p.node, p.pointer)),
      );
    } else if (!p.reported) {
      p.reported = true; // a path-level parameter is met once per operation
      state.sink.warning(
        ptr(p.pointer, "in"),
        `unknown parameter location ${JSON.stringify(where)} (expected query, header, path, formData or body); the parameter is ignored`,
      );
    }
  }
  if (parameters.length > 0) out.parameters = parameters;

  const consumes = mediaTypeList(op.consumes);
  let bodyName: unknown;
  if (bodies.length > 0) {
    const body = bodies[bodies.length - 1]!;
    if (bodies.length > 1) state.sink.warning(body.pointer, "an operation can have only one body parameter; the last one is used");
    out.requestBody = convertBody(ctx, body.node!, body.pointer, ptr(outAt, "requestBody"), consumes);
    bodyName = body.node!.name;
  }
  if (fields.length > 0) {
    if (bodies.length > 0)
      state.sink.warning(fields[0]!.pointer, "an operation cannot have both body and formData parameters; the form parameters are used");
    out.requestBody = convertForm(ctx, fields, consumes);
  }

  if (op.responses !== undefined) {
    const responses: RawObject = {};
    const produces = op.produces === undefined ? undefined : (mediaTypeList(op.produces) ?? []);
    const responsesAt = ptr(at, "responses");
    if (!isObject(op.responses)) state.sink.error(responsesAt, "responses must be an object");
    for (const [code, response] of entriesOf(op.responses)) {
      if (code.startsWith("x-")) {
        responses[code] = response;
        continue;
      }
      const converted = convertResponse(ctx, response, ptr(responsesAt, code), ptr(ptr(outAt, "responses"), code), produces);
      if (converted !== undefined) responses[code] = converted;
    }
    out.responses = responses;
  }

  if (typeof op.deprecated === "boolean") out.deprecated = op.deprecated;
  if (op.security !== undefined) out.security = op.security;
  Object.assign(out, extensionsOut(op));
  if (bodyName !== undefined) out["x-codegen-request-body-name"] = bodyName;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parameters

export type ConvertedParameter =
  | { readonly kind: "parameter"; readonly value: RawObject }
  | { readonly kind: "requestBody"; readonly value: RawObject }
  | { readonly kind: "formField"; readonly value: RawObject };

/** An entry of the top-level `parameters`: a parameter, a request body or a form field schema. */
export function convertParameterComponent(ctx: OperationContext, raw: unknown, at: string, name: string): ConvertedParameter | undefined {
  const followed = followRef(ctx.state, raw, at);
  if (followed === "external")
    return { kind: "parameter", value: isObject(raw) && typeof raw.$ref === "string" ? { ...raw, $ref: rewriteRef(raw.$ref) } : {} };
  if (!followed) return undefined;
  const { node, pointer } = followed;
  switch (node.in) {
    case "body":
      return { kind: "requestBody", value: convertBody(ctx, node, pointer, ptr("/components/requestBodies", name), undefined) };
    case "formData":
      return { kind: "formField", value: convertFormField(ctx, node, pointer) };
    case "query":
    case "header":
    case "path":
      return { kind: "parameter", value: convertParameter(ctx, node, pointer) };
    default:
      ctx.state.sink.warning(
        ptr(pointer, "in"),
        `unknown parameter location ${JSON.stringify(node.in)} (expected query, header, path, formData or body); the parameter is ignored`,
      );
      return undefined;
  }
}

/** The `style`/`explode` swagger-parser gives an array parameter's collectionFormat (plus tsv). */
function styleOf(ctx: OperationContext, p: RawObject, at: string): { style?: string; explode?: boolean } {
  let format = p.collectionFormat;
  if (format === undefined || format === "") format = "csv";
  const query = p.in === "query";
  switch (format) {
    case "multi":
      return query ? { style: "form", explode: true } : {};
    case "ssv":
      return query ? { style: "spaceDelimited" } : {};
    case "pipes":
      return query ? { style: "pipeDelimited" } : {};
    case "tsv":
      return query ? { style: "tabDelimited" } : {};
    default:
      if (format !== "csv")
        ctx.state.sink.warning(ptr(at, "collectionFormat"), `unknown collectionFormat ${JSON.stringify(format)}; read as csv`);
      return query ? { style: "form", explode: false } : { style: "simple", explode: false };
  }
}

const NUMERIC_AND_STRING_KEYWORDS = [
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "minLength",
  "maxLength",
  "multipleOf",
  "pattern",
] as const;
const ARRAY_KEYWORDS = ["maxItems", "minItems", "uniqueItems"] as const;

function convertParameter(ctx: OperationContext, p: RawObject, at: string): RawObject {
  const out: RawObject = {};
  if (isNonBlank(p.description)) out.description = p.description;
  if (typeof p.allowEmptyValue === "boolean") out.allowEmptyValue = p.allowEmptyValue;
  out.in = p.in;
  out.name = p.name;
  if (p["x-example"] !== undefined && p["x-example"] !== null) {
    out.example = p["x-example"];
    // swagger-parser v1 reads the vendor extension untyped (SwaggerDeserializer.extension:
    // Json.mapper().convertValue(node, Object.class): an Integer, Long or Double) and
    // convert(Parameter) hands it to Parameter.setExample, which keeps it: Double.toString.
    if (typeof out.example === "number") setNumberText(out, "example", javaNumberText(out.example, literalOf(ctx, at, "x-example")));
  }

  let schema: RawObject;
  if (p.type === "array") {
    Object.assign(out, styleOf(ctx, p, at));
    schema = arraySchema(ctx, p, at);
  } else {
    schema = scalarSchema(p);
    for (const key of NUMERIC_AND_STRING_KEYWORDS) if (p[key] !== undefined) schema[key] = p[key];
    markSerializable(schema);
  }
  schemaCommon(ctx, p, at, schema);
  // convert(Parameter): a number member is `new BigDecimal(text)`.
  if (p.type === "number") setEnumTexts(ctx, at, schema, bigDecimalText);
  if (p.in === "path" || p.required === true) out.required = true;
  out.schema = schema;
  Object.assign(out, extensionsOut(p));
  return out;
}

/** A form field as the schema of a property of the form body. */
function convertFormField(ctx: OperationContext, p: RawObject, at: string): RawObject {
  const schema = p.type === "array" ? arraySchema(ctx, p, at) : scalarSchema(p);
  if (typeof p.description === "string") schema.description = p.description;
  if (typeof p.readOnly === "boolean") schema.readOnly = p.readOnly;
  if (p.type !== "array") {
    for (const key of NUMERIC_AND_STRING_KEYWORDS) if (p[key] !== undefined) schema[key] = p[key];
    markSerializable(schema);
  }
  schemaCommon(ctx, p, at, schema);
  // convert(SerializableParameter): schema.setEnum(sp.getEnum()), the texts themselves, uncast.
  if (p.type === "number" || p.type === "integer") setEnumTexts(ctx, at, schema, javaNumberText);
  formFieldExample(ctx, p, at, schema);
  return schema;
}

/**
 * A parameter's number enum members as OAG holds them: swagger-parser v1 keeps each member as its
 * node's asText() (SwaggerDeserializer.parameter: Double.toString for a float literal, the digits of
 * an int), which the converter casts (`print`: bigDecimalText for a NumberSchema's BigDecimal,
 * javaNumberText for the text kept). A string parameter's number members are strings already
 * (schemaCommon's coerceToType writes `1` for `1.0`; not followed).
 */
function setEnumTexts(ctx: OperationContext, at: string, schema: RawObject, print: (value: number, literal: string | undefined) => string): void {
  const values = asArray(schema.enum);
  if (values === undefined || !values.some((v) => typeof v === "number")) return;
  let changed = false;
  const texts = values.map((v, i) => {
    if (typeof v !== "number") return null;
    const text = print(v, literalOf(ctx, `${at}/enum`, String(i)));
    if (text === String(v)) return null;
    changed = true;
    return text;
  });
  if (changed) annotate(schema, NUMBER_TEXTS, { ...annotation(schema, NUMBER_TEXTS), enum: texts });
}

/**
 * A form field's `x-example` as the example of its schema: convert(SerializableParameter) sets the
 * untyped vendor extension (an Integer, Long or Double) with Schema.setExample, which swagger-core
 * casts for the schema PrimitiveType.createProperty made: NumberSchema `new BigDecimal(toString())`
 * (`71.0`, `1.0E+7`, `0.00010`), StringSchema `toString()` (`"71.0"`), IntegerSchema
 * `Integer.parseInt(toString())`, which a Double fails: no example.
 */
function formFieldExample(ctx: OperationContext, p: RawObject, at: string, schema: RawObject): void {
  const example = p["x-example"];
  if (example === undefined || example === null) return;
  if (typeof example !== "number" || p.type === "array") {
    schema.example = example;
    return;
  }
  const literal = literalOf(ctx, at, "x-example");
  const isDouble = literal !== undefined ? /[.eE]/.test(literal) : !Number.isInteger(example);
  if (p.type === "integer" && isDouble) return;
  schema.example = example;
  setNumberText(schema, "example", p.type === "number" ? bigDecimalText(example, literal) : javaNumberText(example, literal));
}

/** The 2.0 document's recorded literal of the number at `key` of the object at `at`. */
function literalOf(ctx: OperationContext, at: string, key: string): string | undefined {
  return ctx.state.numberLiterals.get(`${at}/${key}`);
}

/** Records the text OAG prints for a converted object's number (NUMBER_TEXTS), where it differs from the number's. */
function setNumberText(target: RawObject, key: "example" | "default", text: string): void {
  if (text === String(target[key])) return;
  annotate(target, NUMBER_TEXTS, { ...annotation(target, NUMBER_TEXTS), [key]: text });
}

/** See FROM_SERIALIZABLE_PARAMETER. */
function markSerializable(schema: RawObject): void {
  annotate(schema, FROM_SERIALIZABLE_PARAMETER, true);
}

function scalarSchema(p: RawObject): RawObject {
  if (p.type === "file") return { type: "string", format: "binary" };
  const schema: RawObject = {};
  if (p.type !== undefined) schema.type = p.type;
  if (p.format !== undefined) schema.format = p.format;
  return schema;
}

function arraySchema(ctx: OperationContext, p: RawObject, at: string): RawObject {
  const schema: RawObject = { type: "array" };
  if (p.items !== undefined) schema.items = convertSchema(ctx.state, p.items, ptr(at, "items"), ptr(at, "items"));
  for (const key of ARRAY_KEYWORDS) if (p[key] !== undefined) schema[key] = p[key];
  return schema;
}

/** enum, default, x-nullable and extensions, shared by parameters and form fields. */
function schemaCommon(ctx: OperationContext, p: RawObject, at: string, schema: RawObject): void {
  const values = asArray(p.enum);
  if (values) {
    schema.enum = values.map((v, i) => {
      const c = coerceToType(v, p.type);
      if (!c.ok)
        ctx.state.sink.warning(
          ptr(ptr(at, "enum"), i),
          `enum value ${JSON.stringify(v)} is not a valid ${String(p.type)}; kept as written`,
        );
      return c.value;
    });
  }
  const nullable = p["x-nullable"];
  if (typeof nullable === "boolean") schema.nullable = nullable;
  else if (nullable !== undefined) ctx.state.sink.warning(ptr(at, "x-nullable"), "x-nullable must be true or false; ignored");
  Object.assign(schema, extensionsOut(p));
  // swagger-parser keeps defaults as text and reads them back by type; an empty text is no default.
  if (p.default !== undefined && p.default !== null && p.default !== "") {
    const c = coerceToType(p.default, p.type);
    if (!c.ok)
      ctx.state.sink.warning(ptr(at, "default"), `default ${JSON.stringify(p.default)} is not a valid ${String(p.type)}; kept as written`);
    schema.default = c.value;
    // AbstractSerializableParameter keeps the default as text and getDefault() reads a number's
    // with Double.valueOf, which the converter's setDefault casts (NumberSchema: a BigDecimal of its
    // toString): `71` prints `71.0`, `1e7` `1.0E+7`, whatever the literal.
    if (p.type === "number" && typeof c.value === "number") setNumberText(schema, "default", doubleBigDecimalText(c.value));
  }
}

// ---------------------------------------------------------------------------------------------
// Request bodies

function pickMediaTypes(own: readonly string[] | undefined, global: readonly string[], fallback: string): string[] {
  if (own && own.length > 0) return [...own];
  if (global.length > 0) return [...global];
  return [fallback];
}

function convertBody(ctx: OperationContext, p: RawObject, at: string, outAt: string, consumes: readonly string[] | undefined): RawObject {
  const { state } = ctx;
  const types = pickMediaTypes(consumes, ctx.globalConsumes, "*/*");
  const out: RawObject = {};
  if (isNonBlank(p.description)) out.description = p.description;
  out.required = p.required === true;
  let schema: unknown;
  if (p.schema === undefined) state.sink.warning(at, `body parameter ${JSON.stringify(p.name)} has no schema`);
  else schema = convertSchema(state, p.schema, ptr(at, "schema"), ptr(ptr(ptr(outAt, "content"), types[0]!), "schema"));
  const content: RawObject = {};
  for (const type of types) content[type] = schema === undefined ? {} : { schema };
  for (const [type, example] of entriesOf(p["x-examples"])) {
    content[type] = { ...asObjectOr(content[type]), example };
  }
  out.content = content;
  Object.assign(out, extensionsOut(p));
  return out;
}

function convertForm(ctx: OperationContext, fields: readonly ResolvedParameter[], consumes: readonly string[] | undefined): RawObject {
  const { state } = ctx;
  const types = pickMediaTypes(consumes, ctx.globalConsumes, "multipart/form-data");
  const properties: RawObject = {};
  const required: string[] = [];
  let file: ResolvedParameter | undefined;
  for (const field of fields) {
    const node = field.node!;
    const name = typeof node.name === "string" ? node.name : "";
    if (typeof node.name !== "string") state.sink.warning(field.pointer, "a form parameter needs a name");
    if (node.required === true && !required.includes(name)) required.push(name);
    properties[name] = field.converted ??= convertFormField(ctx, node, field.pointer);
    if (node.type === "file") file ??= field;
  }
  const schema: RawObject = { type: "object", properties };
  if (required.length > 0) schema.required = required;
  if (!types.some((t) => FORM_TYPES.has(mediaTypeName(t)))) {
    state.sink.warning(
      fields[0]!.pointer,
      `form parameters with consumes ${types.join(", ")}: expected application/x-www-form-urlencoded or multipart/form-data`,
    );
  } else if (file && !types.some((t) => mediaTypeName(t) === "multipart/form-data")) {
    state.sink.warning(file.pointer, "a file parameter needs consumes multipart/form-data");
  }
  const content: RawObject = {};
  for (const type of types) content[type] = { schema };
  const out: RawObject = { content };
  if (required.length > 0) out.required = true;
  return out;
}

function mediaTypeName(type: string): string {
  return type.split(";")[0]!.trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Responses

/**
 * @param produces the operation's `produces` (undefined: none written, use the global ones)
 */
export function convertResponse(
  ctx: OperationContext,
  raw: unknown,
  at: string,
  outAt: string,
  produces: readonly string[] | undefined,
): unknown {
  const { state } = ctx;
  const followed = followRef(state, raw, at, "responses");
  if (followed === "external") return isObject(raw) && typeof raw.$ref === "string" ? { ...raw, $ref: rewriteRef(raw.$ref) } : raw;
  if (!followed) return undefined;
  const { node, pointer } = followed;
  const types = produces ? (produces.length > 0 ? produces : ANY) : ctx.globalProduces.length > 0 ? ctx.globalProduces : ANY;
  // A response reached through a $ref (typically #/responses/X) is converted once per content types.
  const shared = node !== raw || pointer.startsWith("/responses/");
  const key = shared ? types.join("\n") : "";
  const done = shared ? ctx.responses.get(node)?.get(key) : undefined;
  if (done) return done;

  const out: RawObject = {};
  if (node.description !== undefined) out.description = node.description;
  const content: RawObject = {};
  if (node.schema !== undefined) {
    const schemaOut = ptr(ptr(ptr(outAt, "content"), types[0]!), "schema");
    const schema = convertSchema(state, node.schema, ptr(pointer, "schema"), schemaOut);
    for (const type of types) content[type] = { schema };
  }
  for (const [type, example] of entriesOf(node.examples)) {
    content[type] = { ...asObjectOr(content[type]), example };
  }
  if (Object.keys(content).length > 0) out.content = content;
  const headers = convertHeaders(ctx, node.headers, ptr(pointer, "headers"), ptr(outAt, "headers"));
  if (headers) out.headers = headers;
  Object.assign(out, extensionsOut(node));

  if (shared) {
    let byType = ctx.responses.get(node);
    if (!byType) ctx.responses.set(node, (byType = new Map()));
    byType.set(key, out);
  }
  return out;
}

function convertHeaders(ctx: OperationContext, raw: unknown, at: string, outAt: string): RawObject | undefined {
  const { state } = ctx;
  let out: RawObject | undefined;
  for (const [name, value] of entriesOf(raw)) {
    const headerAt = ptr(at, name);
    if (!isObject(value)) {
      state.sink.error(headerAt, "a header must be an object");
      continue;
    }
    const header: RawObject = {};
    if (typeof value.description === "string") header.description = value.description;
    const source = "description" in value ? withoutKey(value, "description") : value;
    header.schema = convertSchema(state, source, headerAt, ptr(ptr(outAt, name), "schema"));
    (out ??= {})[name] = header;
  }
  return out && out;
}

// ---------------------------------------------------------------------------------------------

function isNonBlank(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

function asObjectOr(value: unknown): RawObject {
  return isObject(value) ? value : {};
}

function withoutKey(node: RawObject, key: string): RawObject {
  const out: RawObject = {};
  for (const k of Object.keys(node)) if (k !== key) out[k] = node[k];
  return out;
}
