// OpenAPI Normalizer, as OpenAPI Generator 7.x runs it before its InlineModelResolver (see
// src/parse/inline.ts, which replays both on a working copy of the document): the default rules
// SIMPLIFY_ONEOF_ANYOF and SIMPLIFY_BOOLEAN_ENUM, and NORMALIZE_31SPEC, which OAG turns on for
// every 3.1 document. Only what changes which inline schemas become models, and their names,
// matters here.

/** A node of the working copy. */
export type Node = Record<string, unknown>;

/** What the normalizer needs from the planner's working copy. */
export interface NormalizerHost {
  readonly is31: boolean;
  readonly oagVersion: string | undefined;
  readonly doc: Node;
  /** components.schemas of the working copy (updated when a component is replaced). */
  readonly components: Map<string, Node>;
  componentMap(kind: string): Node | undefined;
  deref(node: unknown, kind: string): Node | undefined;
  operationsOf(item: Node): [string, Node][];
  referencedSchema(schema: Node): Node;
  isArray(schema: Node): boolean;
  isComposed(schema: Node): boolean;
  beanType(schema: Node): string | undefined;
  typeName(schema: Node): string | undefined;
  isOas30Style(schema: Node): boolean;
  markOas30Style(schema: Node, type: string | undefined, copiedFrom?: Node): void;
  /** The IR reads the source schema of `schema` as that of `replacement` (a component the normalizer replaced). */
  recordSubstitute(schema: Node, replacement: Node): void;
  /** The IR reads the source of `schema` with these allOf members only, and their metadata moved up (7.14+). */
  recordMetadataMove?(schema: Node, kept: readonly Node[], moved: readonly Node[]): void;
}

export function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function nonEmptyList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0;
}

export function nonEmptyMap(value: unknown): value is Node {
  if (!isNode(value)) return false;
  // The first own key answers (Object.keys would list them all, for every schema asked about).
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) return true;
  return false;
}

// Where the normalizer stores its result back (media types, parameters, headers, components,
// properties, oneOf/anyOf members, the items of a converted 3.1 array) a simplified schema
// replaces the original; elsewhere (array items, map values, allOf members) only the in-place
// edits remain (null members removed from a oneOf/anyOf list). The IR builder does its own
// collapsing of `anyOf: [X, null]`; what matters here is what the resolver sees afterwards.

const ANY_TYPES = ["array", "boolean", "integer", "number", "object", "string"];

export class Normalizer {
  /** 7.13 (#21043) also simplifies a oneOf whose only member was never accompanied by a null. */
  private readonly simplifyLoneOneOf: boolean;
  /** 7.14 (#21342, refactorAllOfWithMetadataOnlySchemas): see `moveMetadataOnlyMembers`. */
  private readonly metadataOnlyAllOf: boolean;
  /** 7.24 (#23967): a map's normalized value schema is stored back. */
  private readonly storeMapValue: boolean;

  constructor(private readonly p: NormalizerHost) {
    this.simplifyLoneOneOf = !versionBefore(p.oagVersion, [7, 13]);
    this.metadataOnlyAllOf = !versionBefore(p.oagVersion, [7, 14]);
    this.storeMapValue = !versionBefore(p.oagVersion, [7, 24]);
  }

  run(): void {
    const doc = this.p.doc;
    for (const [pathname, rawItem] of Object.entries(isNode(doc.paths) ? doc.paths : {})) {
      if (pathname.startsWith("x-")) continue;
      const item = this.p.deref(rawItem, "pathItems");
      if (!item) continue;
      const operations = this.p.operationsOf(item).map(([, op]) => op);
      for (const operation of [...operations]) {
        for (const [key, rawCallback] of Object.entries(isNode(operation.callbacks) ? operation.callbacks : {})) {
          if (key.startsWith("x-")) continue;
          // An internal `$ref` callback (or path item) stays unresolved in swagger-parser: no operations.
          if (!isNode(rawCallback) || typeof rawCallback.$ref === "string") continue;
          for (const [expression, rawCallbackItem] of Object.entries(rawCallback)) {
            if (expression.startsWith("x-")) continue;
            if (!isNode(rawCallbackItem) || typeof rawCallbackItem.$ref === "string") continue;
            operations.push(...this.p.operationsOf(rawCallbackItem).map(([, op]) => op));
          }
        }
      }
      this.parameters(item.parameters);
      for (const operation of operations) {
        const body = this.p.deref(operation.requestBody, "requestBodies");
        if (body) this.content(body.content);
        this.parameters(operation.parameters);
        for (const [code, rawResponse] of Object.entries(isNode(operation.responses) ? operation.responses : {})) {
          if (!code.startsWith("x-")) this.response(rawResponse);
        }
      }
    }
    const schemas = this.p.componentMap("schemas");
    for (const [name, schema] of Object.entries(schemas ?? {})) {
      if (!isNode(schema) || !schemas) continue;
      const normalized = this.schema(schema, new Set());
      if (normalized !== schema && isNode(normalized)) {
        schemas[name] = normalized;
        this.p.components.set(name, normalized);
        // OpenAPINormalizer.normalizeComponentsSchemas stores the result in place of the component:
        // a oneOf of one `$ref` becomes an alias of its member.
        if (typeof normalized.$ref === "string") this.p.recordSubstitute(schema, normalized);
      }
    }
    for (const response of Object.values(this.p.componentMap("responses") ?? {})) this.response(response);
  }

  private parameters(list: unknown): void {
    if (!Array.isArray(list)) return;
    for (const raw of list) {
      const parameter = this.p.deref(raw, "parameters");
      if (parameter && isNode(parameter.schema)) parameter.schema = this.schema(parameter.schema, new Set());
    }
  }

  private content(content: unknown): void {
    for (const media of Object.values(isNode(content) ? content : {})) {
      if (isNode(media) && isNode(media.schema)) media.schema = this.schema(media.schema, new Set());
    }
  }

  private response(raw: unknown): void {
    const response = this.p.deref(raw, "responses");
    if (!response) return;
    this.content(response.content);
    for (const rawHeader of Object.values(isNode(response.headers) ? response.headers : {})) {
      const header = this.p.deref(rawHeader, "headers");
      if (header && isNode(header.schema)) header.schema = this.schema(header.schema, new Set());
    }
  }

  private properties(properties: unknown): void {
    if (!isNode(properties)) return;
    for (const [key, value] of Object.entries(properties)) {
      if (isNode(value)) properties[key] = this.schema(value, new Set());
    }
  }

  /** OpenAPINormalizer.normalizeSchema: returns the schema to store in place of `schema`. */
  schema(schema: unknown, visited: Set<Node>): unknown {
    if (!isNode(schema) || typeof schema.$ref === "string" || visited.has(schema)) return schema;
    visited.add(schema);
    const p = this.p;
    if (p.isArray(schema)) {
      const result = this.normalize31(schema, new Set());
      if (isNode(result)) this.schema(result.items, visited);
      return result;
    }
    if (isNode(schema.additionalProperties)) {
      const value = schema.additionalProperties;
      const result = this.schema(value, visited);
      // normalizeSchema's map branch discarded the normalized value until #23967 (first in
      // 7.24.0); since then a map's `oneOf: [null, X]` value is X (named `<Model>_value`, not `_value_oneOf`)
      if (this.storeMapValue && isNode(result) && result !== value) {
        schema.additionalProperties = result;
        p.recordSubstitute(value, result);
      }
      return schema;
    }
    const has = (key: string) => nonEmptyList(schema[key]);
    const props = nonEmptyMap(schema.properties);
    if (has("oneOf") && !props && !has("allOf") && !has("anyOf")) return this.oneOf(schema, visited);
    if (has("anyOf") && !props && !has("allOf") && !has("oneOf")) return this.anyOf(schema, visited);
    if (has("allOf") && !has("oneOf") && !has("anyOf")) {
      // allOf, with or without properties: only the members are normalized (results not stored)
      if (!props && this.metadataOnlyAllOf) this.moveMetadataOnlyMembers(schema);
      for (const item of schema.allOf as unknown[]) this.schema(item, visited);
      return schema;
    }
    if (p.isComposed(schema)) {
      const count = ["allOf", "oneOf", "anyOf"].filter(has).length + (props ? 1 : 0);
      if (!p.is31 && count > 1) this.properties(schema.properties);
      if (has("allOf")) {
        for (const item of schema.allOf as unknown[]) this.schema(item, visited);
        return schema;
      }
      if (has("oneOf")) return this.oneOf(schema, visited);
      if (has("anyOf")) return this.anyOf(schema, visited);
      if (props) this.properties(schema.properties);
      return schema;
    }
    if (props) {
      this.properties(schema.properties);
      return schema;
    }
    if (!p.is31 && p.typeName(schema) === "boolean") {
      delete schema.enum; // SIMPLIFY_BOOLEAN_ENUM
      return schema;
    }
    if (!p.is31 && p.typeName(schema) === "integer") return schema;
    return this.normalize31(schema, visited);
  }

  /**
   * OpenAPINormalizer.refactorAllOfWithMetadataOnlySchemas (normalizeAllOf, #21342, first in
   * 7.14.0): allOf members that are only metadata (ModelUtils.isMetadataOnlySchema: no `$ref`,
   * type, properties, items, composition, ...) leave the allOf when another member remains, and
   * ModelUtils.copyMetadata moves their description, default, title, ... up to the schema. What
   * copyMetadata does not copy is lost: an allOf member with nothing but `required` (ynab's
   * NewCategory) no longer makes those properties required.
   */
  private moveMetadataOnlyMembers(schema: Node): void {
    const members = (schema.allOf as unknown[]).filter(isNode);
    const moved = members.filter((m) => this.isMetadataOnly(m));
    const kept = members.filter((m) => !moved.includes(m));
    if (moved.length === 0 || kept.length === 0) return;
    schema.allOf = kept;
    for (const m of moved) copyMetadata(m, schema);
    this.p.recordMetadataMove?.(schema, kept, moved);
  }

  /** ModelUtils.isMetadataOnlySchema. */
  private isMetadataOnly(schema: Node): boolean {
    const structural = ["$ref", "properties", "type", "additionalProperties", "allOf", "anyOf", "oneOf", "prefixItems", "items", "patternProperties", "contains", "$dynamicAnchor", "$anchor", "contentSchema"];
    return !structural.some((k) => schema[k] !== undefined) && this.p.beanType(schema) === undefined;
  }

  /** processNormalize31Spec (NORMALIZE_31SPEC, on for every 3.1 document). */
  private normalize31(schema: Node, visited: Set<Node>): unknown {
    const p = this.p;
    if (!p.is31 || p.isOas30Style(schema)) return schema;
    const rawTypes = schema.type;
    if (rawTypes === undefined) {
      // an any-type schema becomes an empty schema (OAG keeps none of its keywords)
      if (schema.$schema === undefined) {
        const any: Node = {};
        p.markOas30Style(any, undefined);
        return any;
      }
      return schema;
    }
    let types = (Array.isArray(rawTypes) ? rawTypes : [rawTypes]).filter((t): t is string => typeof t === "string");
    if (types.includes("null")) {
      schema.nullable = true;
      types = types.filter((t) => t !== "null");
      schema.type = types.length === 1 ? types[0] : types;
    }
    if (schema.const !== undefined) {
      schema.enum = [schema.const];
      delete schema.const;
    }
    if (types.length === 1) {
      if (types[0] === "array") {
        // a new 3.0-style ArraySchema: title, nullable's siblings and everything not listed are lost
        const array: Node = { type: "array" };
        for (const key of ["description", "default", "example", "examples", "minItems", "maxItems", "xml", "nullable", "uniqueItems"]) {
          if (schema[key] !== undefined) array[key] = schema[key];
        }
        for (const [key, value] of Object.entries(schema)) if (key.startsWith("x-")) array[key] = value;
        const items = schema.items;
        if (isNode(items) && typeof items.$ref === "string") array.items = { $ref: items.$ref };
        else if (isNode(items)) array.items = this.schema(items, visited);
        else array.items = {};
        p.markOas30Style(array, "array", schema);
        return array;
      }
      p.markOas30Style(schema, types[0]);
      return schema;
    }
    // several types: an anyOf of them, everything else kept
    const members: Node[] = [];
    for (const t of types) if (t === "string" || t === "integer" || t === "number" || t === "boolean") members.push({ type: t });
    if (members.length > 0) schema.anyOf = [...(Array.isArray(schema.anyOf) ? schema.anyOf : []), ...members];
    return schema;
  }

  private oneOf(schema: Node, visited: Set<Node>): unknown {
    let result: unknown = this.simplify(schema, "oneOf");
    if (isNode(result)) {
      const t = this.p.typeName(result);
      if (t === "integer" || t === "number" || t === "string") delete result.oneOf;
    }
    if (isNode(result) && Array.isArray(result.oneOf)) {
      const members = result.oneOf;
      members.forEach((item, i) => {
        if (isNode(item)) members[i] = this.schema(item, visited);
      });
    } else {
      result = this.schema(result, visited);
    }
    return result;
  }

  private anyOf(schema: Node, visited: Set<Node>): unknown {
    const members = schema.anyOf as unknown[];
    members.forEach((item, i) => {
      if (isNode(item)) members[i] = this.schema(item, visited);
    });
    const result = this.simplify(schema, "anyOf");
    return this.schema(result, visited);
  }

  /** processSimplifyOneOf / processSimplifyAnyOf. */
  private simplify(schema: Node, key: "oneOf" | "anyOf"): unknown {
    const members = schema[key] as unknown[];
    if (members.length === 6) {
      const types = new Set<string>();
      for (const member of members) {
        if (!isNode(member)) continue;
        const t = this.p.typeName(this.p.referencedSchema(member));
        if (t !== undefined) types.add(t);
      }
      if (types.size === 6 && ANY_TYPES.every((t) => types.has(t))) {
        const any: Node = {};
        for (const k of ["description", "nullable", "title", "example", "examples", "default", "deprecated"]) {
          if (schema[k] !== undefined) any[k] = schema[k];
        }
        for (const [k, v] of Object.entries(schema)) if (k.startsWith("x-")) any[k] = v;
        return any;
      }
    }
    // simplyOneOfAnyOfWithOnlyOneNonNullSubSchema
    const kept = members.filter((member) => !this.isNullType(member));
    const removed = kept.length !== members.length;
    if (removed) {
      members.splice(0, members.length, ...kept);
      schema.nullable = true;
    }
    if (members.length === 1 && isNode(members[0]) && (removed || key === "anyOf" || this.simplifyLoneOneOf)) {
      const only = members[0];
      if (schema.nullable === true) only.nullable = true;
      return only;
    }
    return schema;
  }

  /** ModelUtils.isNullTypeSchema. */
  private isNullType(member: unknown): boolean {
    if (!isNode(member)) return false;
    const schema = this.p.referencedSchema(member);
    const p = this.p;
    if (p.isComposed(schema) || schema.properties !== undefined) return false;
    if (Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null) return true;
    const t = schema.type;
    if (p.is31 && !p.isOas30Style(schema)) {
      const types = t === undefined ? [] : Array.isArray(t) ? t : [t];
      if (types.length > 0) return types.length === 1 && (types[0] === null || types[0] === "null");
      if (schema.nullable === true) return true;
      return schema.$ref === undefined && schema.description === undefined;
    }
    const type = p.beanType(schema);
    return (type === undefined || type === "null") && schema.$ref === undefined && schema.description === undefined;
  }
}

/**
 * ModelUtils.copyMetadata: description, default, deprecated, nullable, example (`examples` too, as
 * the example), readOnly, writeOnly, the vendor extensions (all of them replaced), length, item
 * and value bounds, title. Not `required`, not `enum`.
 */
export function copyMetadata(from: Node, to: Node): void {
  for (const key of ["description", "default", "deprecated", "nullable", "example", "readOnly", "writeOnly", "maxLength", "minLength", "maxItems", "minItems", "maximum", "minimum", "title"]) {
    if (from[key] !== undefined && from[key] !== null) to[key] = from[key];
  }
  if (from.examples !== undefined && from.examples !== null) to.example = from.examples;
  const extensions = Object.keys(from).filter((k) => k.startsWith("x-"));
  if (extensions.length > 0) {
    for (const k of Object.keys(to)) if (k.startsWith("x-")) delete to[k];
    for (const k of extensions) to[k] = from[k];
  }
}

/** true when `version` (e.g. "7.12.0") is older than major.minor; an unknown version counts as the newest. */
export function versionBefore(version: string | undefined, [major, minor]: [number, number]): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version ?? "");
  if (!m) return false;
  const [vMajor, vMinor] = [Number(m[1]), Number(m[2])];
  return vMajor < major || (vMajor === major && vMinor < minor);
}
