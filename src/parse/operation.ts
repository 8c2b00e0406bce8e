// Raw paths -> IR operations (with their parameters, request bodies and responses).

import { applyTagRules } from "./operation-tag-rules.js";
import { childPointer } from "../model/diagnostics.js";
import {
  HTTP_METHODS,
  type Encoding,
  type Example,
  type Header,
  type JsonValue,
  type MediaType,
  type NamedExample,
  type Operation,
  type Parameter,
  type ParameterLocation,
  type ParameterStyle,
  type RequestBody,
  type Response,
} from "../model/ir.js";
import { fieldText, resolveObject, specText, type BuildContext } from "./context.js";
import { bigDecimalText, javaNumberText, nestedLiterals } from "./number-literals.js";
import { annotation, NUMBER_TEXTS } from "./swagger2-schema.js";
import { asArray, asBoolean, asObject, asString, entriesOf, extensionsOf, isObject, type RawObject } from "./raw.js";
import { buildSchema, opt } from "./schema.js";
import { buildSecurityRequirements } from "./security.js";
import { buildServers } from "./servers.js";
import { SWAGGER2_PROPERTY_TYPES } from "./swagger2-schema.js";

const LOCATIONS = new Set<ParameterLocation>(["path", "query", "header", "cookie"]);
const STYLES = new Set<ParameterStyle>(["simple", "form", "label", "matrix", "spaceDelimited", "pipeDelimited", "deepObject", "tabDelimited"]);

/**
 * @param section `paths`, or a 3.1 document's `webhooks`, whose names stand where paths do
 *   (DefaultGenerator.processWebhooks calls processOperation with the webhook's name as the path)
 */
export function buildOperations(ctx: BuildContext, sourceBase: string | undefined, section: "paths" | "webhooks" = "paths"): Operation[] {
  const out: Operation[] = [];
  const operationIds = new Map<string, string>();
  for (const [path, rawItem] of entriesOf(ctx.root[section])) {
    const itemPointer = childPointer(`/${section}`, path);
    const item = resolveObject(ctx, rawItem, itemPointer);
    if (!item) continue;
    const shared = parameterList(ctx, item.node.parameters, childPointer(item.pointer, "parameters"));
    for (const method of HTTP_METHODS) {
      const rawOp = item.node[method];
      if (rawOp === undefined) continue;
      const pointer = childPointer(item.pointer, method);
      if (!isObject(rawOp)) {
        ctx.sink.error(pointer, "an operation must be an object");
        continue;
      }
      const operation = buildOperation(ctx, { path, method, raw: rawOp, pointer, shared, sourceBase, pathServers: item.node.servers, itemPointer: item.pointer });
      if (operation.operationId !== undefined) {
        // Both operations are kept: the generators tell them apart by a suffix (OpenAPI Generator's rule).
        const first = operationIds.get(operation.operationId);
        if (first === undefined) operationIds.set(operation.operationId, pointer);
        else ctx.sink.warning(childPointer(pointer, "operationId"), `operationId ${JSON.stringify(operation.operationId)} is also the one of #${first} (operationIds must be unique); in one API class, the later one's method gets a numeric suffix`);
      }
      out.push(operation);
    }
  }
  return out;
}

interface OperationInput {
  readonly path: string;
  readonly method: (typeof HTTP_METHODS)[number];
  readonly raw: RawObject;
  readonly pointer: string;
  readonly shared: Parameter[];
  readonly sourceBase: string | undefined;
  /** The path item's `servers`, if any. */
  readonly pathServers: unknown;
  readonly itemPointer: string;
}

function buildOperation(ctx: BuildContext, input: OperationInput): Operation {
  const { raw, pointer } = input;
  const own = parameterList(ctx, raw.parameters, childPointer(pointer, "parameters"));
  const ownKeys = new Set(own.map((p) => `${p.in}:${p.name}`));
  const inherited = input.shared.filter((p) => !ownKeys.has(`${p.in}:${p.name}`));
  // Where a path item's parameters go. swagger-parser's 3.0 resolver puts them in front of each
  // operation's own (PathsProcessor.addParametersToEachOperation: `getParameters().addAll(0, ...)`,
  // Settings.addParametersToEachOperation on by default); a 3.1 document is dereferenced by
  // OpenAPI31Traverser instead, which leaves them on the path item, and DefaultGenerator.processOperation
  // appends them after the operation's. The order survives in the signatures: sortParamsByRequiredFlag
  // only moves required ones ahead, stably.
  const parameters = ctx.openapi31 ? [...own, ...inherited] : [...inherited, ...own];
  // OpenAPIDeserializer.getTagsStrings keeps only text members; getString reads the other fields' scalars as text.
  const operationId = fieldText(ctx, raw.operationId, childPointer(pointer, "operationId"));
  const tags = applyTagRules((asArray(raw.tags) ?? []).filter((t): t is string => typeof t === "string"), operationId, ctx.tagRules);
  const requestBody = raw.requestBody === undefined ? undefined : buildRequestBody(ctx, raw.requestBody, childPointer(pointer, "requestBody"));
  // An operation's own servers win; else those of its path item (OpenAPI 3: both override the top level).
  const servers =
    raw.servers !== undefined
      ? buildServers(ctx, raw.servers, childPointer(pointer, "servers"), input.sourceBase)
      : input.pathServers !== undefined
        ? buildServers(ctx, input.pathServers, childPointer(input.itemPointer, "servers"), input.sourceBase)
        : undefined;
  if (raw.callbacks !== undefined) {
    // Like OpenAPI Generator's clients: a callback is a request the API sends, not one a client makes.
    ctx.sink.warning(childPointer(pointer, "callbacks"), "callbacks are requests the API sends, not calls a client makes: not generated");
  }
  return {
    pointer,
    path: input.path,
    method: input.method,
    ...opt("operationId", operationId),
    tags,
    ...opt("summary", specText(ctx, raw.summary, childPointer(pointer, "summary"))),
    ...opt("description", specText(ctx, raw.description, childPointer(pointer, "description"))),
    deprecated: raw.deprecated === true,
    parameters,
    ...opt("requestBody", requestBody),
    responses: buildResponses(ctx, raw.responses, childPointer(pointer, "responses")),
    security: raw.security === undefined ? undefined : buildSecurityRequirements(ctx, raw.security, childPointer(pointer, "security")),
    ...opt("servers", servers),
    extensions: extensionsOf(raw) as Record<string, JsonValue>,
  };
}

function parameterList(ctx: BuildContext, raw: unknown, pointer: string): Parameter[] {
  if (raw === undefined) return [];
  const list = asArray(raw);
  if (!list) {
    ctx.sink.error(pointer, "parameters must be a list");
    return [];
  }
  const out: Parameter[] = [];
  list.forEach((entry, i) => {
    const resolved = resolveObject(ctx, entry, childPointer(pointer, i));
    if (!resolved) return;
    const param = buildParameter(ctx, resolved.node, resolved.pointer);
    if (param) out.push(param);
  });
  return out;
}

function buildParameter(ctx: BuildContext, raw: RawObject, pointer: string): Parameter | undefined {
  const name = fieldText(ctx, raw.name, childPointer(pointer, "name"));
  const location = fieldText(ctx, raw.in, childPointer(pointer, "in")) as ParameterLocation | undefined;
  if (name === undefined || location === undefined || !LOCATIONS.has(location)) {
    ctx.sink.error(pointer, `a parameter needs a name and an "in" of path, query, header or cookie`);
    return undefined;
  }
  const defaultStyle: ParameterStyle = (location === "query" || location === "cookie" ? "form" : "simple") as ParameterStyle;
  const styleText = asString(raw.style);
  let style = defaultStyle;
  if (styleText !== undefined) {
    if (STYLES.has(styleText as ParameterStyle)) style = styleText as ParameterStyle;
    else ctx.sink.warning(childPointer(pointer, "style"), `unknown style ${JSON.stringify(styleText)}; using ${defaultStyle}`);
  }
  let schemaRaw: unknown = raw.schema;
  let contentType: string | undefined;
  let schemaPointer = childPointer(pointer, "schema");
  if (schemaRaw === undefined) {
    const [first] = entriesOf(raw.content);
    if (first) {
      contentType = first[0];
      schemaRaw = asObject(first[1])?.schema;
      schemaPointer = childPointer(childPointer(childPointer(pointer, "content"), first[0]), "schema");
    }
  }
  if (schemaRaw === undefined) {
    ctx.sink.warning(pointer, `parameter ${JSON.stringify(name)} has no schema; it is typed as a string`);
    schemaRaw = { type: "string" };
  }
  const required = location === "path" ? true : raw.required === true;
  if (location === "path" && raw.required !== true) ctx.sink.warning(childPointer(pointer, "required"), `path parameter ${JSON.stringify(name)} must be required; it is treated as required`);
  return {
    pointer,
    name,
    in: location,
    ...opt("description", specText(ctx, raw.description, childPointer(pointer, "description"))),
    required,
    deprecated: raw.deprecated === true,
    style,
    explode: asBoolean(raw.explode) ?? style === "form",
    allowReserved: raw.allowReserved === true,
    schema: buildSchema(ctx, schemaRaw, schemaPointer),
    ...opt("contentType", contentType),
    ...opt("example", "example" in raw ? exampleOf(ctx, raw.example, childPointer(pointer, "example"), ctx.swagger2 ? annotation(raw, NUMBER_TEXTS)?.example : undefined) : undefined),
    examples: namedExamples(ctx, raw.examples, childPointer(pointer, "examples")),
    extensions: extensionsOf(raw) as Record<string, JsonValue>,
  };
}

function buildRequestBody(ctx: BuildContext, raw: unknown, pointer: string): RequestBody | undefined {
  const resolved = resolveObject(ctx, raw, pointer);
  if (!resolved) return undefined;
  const body = resolved.node;
  return {
    pointer: resolved.pointer,
    ...opt("description", specText(ctx, body.description, childPointer(resolved.pointer, "description"))),
    required: body.required === true,
    contents: mediaTypes(ctx, body.content, childPointer(resolved.pointer, "content")),
    extensions: extensionsOf(body) as Record<string, JsonValue>,
    ...(isObject(raw) && typeof raw.$ref === "string" ? { viaRef: true as const } : {}),
  };
}

function buildResponses(ctx: BuildContext, raw: unknown, pointer: string): Response[] {
  const out: Response[] = [];
  for (const [code, value] of entriesOf(raw)) {
    if (code.startsWith("x-")) continue;
    if (!isObject(value)) {
      // OpenAPIDeserializer.getResponses reads each entry with getObject: anything else (`"200":` with
      // nothing after it is null) is a message, which stops OAG unless --skip-validate-spec, and no response.
      const found = value === null ? "nothing" : `${Array.isArray(value) ? "a list" : `the ${typeof value}`}`;
      const at = childPointer(pointer, code);
      if (ctx.validation === "off") ctx.sink.warning(at, `response ${code} is not an object (found ${found}): generated without it, as OpenAPI Generator does with --skip-validate-spec`);
      else ctx.sink.error(at, `response ${code} must be an object, found ${found}. OpenAPI Generator stops on it too unless --skip-validate-spec; with --skip-validate-spec oaswright generates without it`);
      continue;
    }
    const resolved = resolveObject(ctx, value, childPointer(pointer, code));
    if (!resolved) continue;
    const r = resolved.node;
    out.push({
      pointer: resolved.pointer,
      code,
      description: fieldText(ctx, r.description, childPointer(resolved.pointer, "description")) ?? "",
      headers: headers(ctx, r.headers, childPointer(resolved.pointer, "headers")),
      contents: mediaTypes(ctx, r.content, childPointer(resolved.pointer, "content")),
      extensions: extensionsOf(r) as Record<string, JsonValue>,
      ...opt("componentRef31", componentRef31(ctx, value, childPointer(pointer, code))),
      ...(ctx.swagger2 && unknownSchemaType20(r.content) ? { unknownSchemaType20: true as const } : {}),
    });
  }
  return out;
}

/**
 * Response.unknownSchemaType20: the converted 2.0 response's schema (every media type has the one
 * schema) is a model whose `type` PropertyBuilder.build does not know. swagger-parser v1 reads the
 * response schema as a Model (SwaggerDeserializer.response: a ModelImpl of that type); the
 * converter before swagger-parser 2.1.9 (fd3bc709, #1552) asked Response.getSchema(), which turns
 * it into a Property with PropertyModelConverter.modelToProperty: PropertyBuilder.build(type, ...)
 * gives null, and the response no content.
 */
function unknownSchemaType20(content: unknown): boolean {
  const first = Object.values(isObject(content) ? content : {})[0];
  const schema = isObject(first) ? first.schema : undefined;
  if (!isObject(schema) || schema.$ref !== undefined || schema.allOf !== undefined || schema.items !== undefined) return false;
  // PropertyBuilder's types (swagger-models 1.x Processor.fromType): the 2.0 reader's, `file` in any
  // case, and `ref`.
  const type = schema.type;
  return typeof type === "string" && !SWAGGER2_PROPERTY_TYPES.has(type) && type.toLowerCase() !== "file" && type !== "ref";
}

/**
 * A 3.1 response written as a `$ref` to one of the document's components, as swagger-parser hands
 * it to OpenAPI Generator: OpenAPI31Traverser keeps a local reference to `#/components/...` as
 * written (shouldHandleRootLocalRefs/handleRootLocalRefs: the component is replaced, the reference
 * is not), and OpenAPIDeserializer.getResponse reads a `description` beside the `$ref` in 3.1 only,
 * when not blank (StringUtils.isNotBlank). 3.0 responses are inlined by the resolver
 * (OperationProcessor, resolveResponses), so they never carry this.
 */
function componentRef31(ctx: BuildContext, raw: unknown, pointer: string): Response["componentRef31"] {
  if (!ctx.openapi31 || !isObject(raw) || typeof raw.$ref !== "string" || !raw.$ref.startsWith("#/components/")) return undefined;
  // read with getString (context.ts fieldText)
  const sibling = fieldText(ctx, raw.description, childPointer(pointer, "description"));
  return sibling !== undefined && sibling.trim() !== "" ? { siblingDescription: sibling } : {};
}

function headers(ctx: BuildContext, raw: unknown, pointer: string): Header[] {
  const out: Header[] = [];
  for (const [name, value] of entriesOf(raw)) {
    const resolved = resolveObject(ctx, value, childPointer(pointer, name));
    if (!resolved) continue;
    const h = resolved.node;
    let schemaRaw: unknown = h.schema;
    if (schemaRaw === undefined) schemaRaw = asObject(entriesOf(h.content)[0]?.[1])?.schema ?? { type: "string" };
    out.push({
      name,
      ...opt("description", headerDescription(ctx, value, h, childPointer(pointer, name), resolved.pointer)),
      required: h.required === true,
      schema: buildSchema(ctx, schemaRaw, childPointer(resolved.pointer, "schema")),
      pointer: resolved.pointer,
    });
  }
  return out;
}

/**
 * The description the docs give a response header. DefaultCodegen.addHeaders reads it from the
 * header as the response holds it, before following its `$ref` (ModelUtils.getReferencedHeader
 * comes after; unchanged 5.0.0 d7d5e53f2b to 7.13.0 4b805ff6b7 and the mirror's head), and
 * swagger-parser's OpenAPIDeserializer.getHeader keeps only the `$ref` of a referencing header, with
 * a non-blank `description` beside it in a 3.1 document. So `ETag: {$ref: '#/components/headers/ETag'}`
 * prints `ETag - ` whatever the component says (Equinix Fabric's ServiceProfilesApi, python 7.12.0).
 */
function headerDescription(ctx: BuildContext, raw: unknown, resolvedNode: RawObject, at: string, resolvedAt: string): string | undefined {
  const asRef = asObject(raw);
  if (asRef !== undefined && typeof asRef.$ref === "string") {
    if (!ctx.openapi31) return undefined;
    const sibling = fieldText(ctx, asRef.description, childPointer(at, "description"));
    return sibling !== undefined && sibling.trim() !== "" ? sibling : undefined;
  }
  return specText(ctx, resolvedNode.description, childPointer(resolvedAt, "description"));
}

function mediaTypes(ctx: BuildContext, raw: unknown, pointer: string): MediaType[] {
  return entriesOf(raw).map(([contentType, value]) => {
    const at = childPointer(pointer, contentType);
    const media = asObject(value) ?? {};
    const encoding: Record<string, Encoding> = {};
    for (const [prop, enc] of entriesOf(media.encoding)) {
      const e = asObject(enc) ?? {};
      const eat = childPointer(childPointer(at, "encoding"), prop);
      encoding[prop] = {
        // OpenAPIDeserializer.getEncoding reads contentType with getString (context.ts fieldText)
        ...opt("contentType", fieldText(ctx, e.contentType, childPointer(eat, "contentType"))),
        ...opt("style", asString(e.style) as ParameterStyle | undefined),
        ...opt("explode", asBoolean(e.explode)),
        headers: headers(ctx, e.headers, childPointer(eat, "headers")),
      };
    }
    return {
      contentType,
      ...opt("schema", media.schema === undefined ? undefined : buildSchema(ctx, media.schema, childPointer(at, "schema"))),
      ...opt("example", "example" in media ? exampleOf(ctx, media.example, childPointer(at, "example")) : undefined),
      examples: namedExamples(ctx, media.examples, childPointer(at, "examples")),
      encoding,
      pointer: at,
    };
  });
}

/**
 * An `example` (or an Example object's `value`) at `pointer`, with what OAG's docs print that JSON
 * parsing changes: for a number, the text of the Integer or BigDecimal swagger-parser's
 * OpenAPIDeserializer.getAnyType (getAnyExample before 2.1) makes of it (Example.oagText: `71.0`, not
 * `71`); for an object or array, the literal text of the numbers inside it (`71.0`, a big integer),
 * which OAG prints from the ObjectNode/ArrayNode getAnyType keeps.
 */
function exampleOf(ctx: BuildContext, value: unknown, pointer: string, swagger2Text?: string): Example {
  const out: { value: JsonValue; oagText?: string; nestedLiterals?: Readonly<Record<string, string>>; fromCopy?: true } = { value: value as JsonValue };
  if (typeof value === "number") {
    // Swagger 2.0: swagger-parser v1 reads a parameter's `x-example` (a vendor extension:
    // SwaggerDeserializer's extension(), Json.mapper().convertValue(node, Object.class)) and a body's or
    // response's `examples` map through Jackson's untyped reading, and the v2 converter passes the
    // object on (SwaggerConverter.convert(Parameter): setExample(exampleExtension); convertExamples:
    // mT.setExample(v)): a Double for a float literal, whose text the converter annotates the
    // converted parameter with (swagger2-schema.ts NUMBER_TEXTS; `examples` maps keep no literals).
    const text = ctx.swagger2 ? (swagger2Text ?? javaNumberText(value, undefined)) : bigDecimalText(value, ctx.numberLiterals.get(pointer));
    if (text !== String(value)) out.oagText = text;
  }
  const nested = nestedLiterals(ctx.numberLiterals, pointer, value);
  if (nested !== undefined) out.nestedLiterals = nested;
  // a list or object in a 3.1 deep copy: a Java collection to OAG (SharedInstanceFacts.copiedExamples)
  if (ctx.copiedExamples.has(pointer) && typeof value === "object" && value !== null) out.fromCopy = true;
  return out;
}

function namedExamples(ctx: BuildContext, raw: unknown, pointer: string): NamedExample[] {
  const out: NamedExample[] = [];
  for (const [name, value] of entriesOf(raw)) {
    const resolved = resolveObject(ctx, value, childPointer(pointer, name));
    if (!resolved) continue;
    const e = resolved.node;
    out.push({
      name,
      ...(isObject(value) && typeof value.$ref === "string" ? { ref: value.$ref } : {}),
      ...("value" in e ? exampleOf(ctx, e.value, childPointer(resolved.pointer, "value")) : {}),
      // OpenAPIDeserializer.getExample reads these with getString (context.ts fieldText)
      ...opt("externalValue", fieldText(ctx, e.externalValue, childPointer(resolved.pointer, "externalValue"))),
      ...opt("summary", specText(ctx, e.summary, childPointer(resolved.pointer, "summary"))),
    });
  }
  return out;
}
