// The model as OpenAPI Generator's docs see it where its parser names object members otherwise than
// the spec's YAML 1.2 reading: a plain YAML key `on` is the property `true` to OAG 6.0.0+ (the IR's
// Property.oagName, parse/yaml11.ts Yaml11Keys), and a plain `on` in `required` is no name at all
// (ObjectShape.oagRequired); an untyped 3.1 schema is the empty schema OAG's NORMALIZE_31SPEC stored in
// its place (SchemaCommon.untyped31); a Swagger 2.0 ComposedProperty is the `type: object` composition the
// converter made of it (ComposedSchema.swagger2ComposedProperty). The clients keep the IR itself (the key
// as written, on the wire).

import type { ApiModel, ObjectShape, Property, Schema } from "../model/ir.js";

const views = new WeakMap<ApiModel, ApiModel>();
const viewsWithStringItems = new WeakMap<ApiModel, ApiModel>();

/** What the generator's release reads otherwise than the IR, beyond the parser's names (see oagDocsModel). */
export interface OagDocsOptions {
  /**
   * A 3.0 `type: array` written without `items` has string items: ModelUtils.getSchemaItems stores a
   * StringSchema ("TODO default missing array inner type to string") where none is, read by every
   * generator from 7.5.0 (2168851e8a, #18313, which also made isArraySchema accept such a schema; it
   * had been no ArraySchema to swagger-parser). The IR keeps any items (ArraySchema.itemsAbsent): the
   * clients accept any value, as the spec does.
   */
  readonly absentItemsAsString?: boolean;
}

/**
 * The model the docs are written from: the IR with each object's properties named and required as
 * OAG holds them (oagProperties). The model itself when no schema differs (ApiModel.oagDocsDiffer),
 * else a copy in which only the objects on the way to a changed schema are new: one view per model
 * and options.
 */
export function oagDocsModel(model: ApiModel, options: OagDocsOptions = {}): ApiModel {
  if (model.oagDocsDiffer !== true) return model;
  const stringItems = options.absentItemsAsString === true;
  const cache = stringItems ? viewsWithStringItems : views;
  let view = cache.get(model);
  if (view === undefined) {
    view = rewrite(model, new Map(), stringItems) as ApiModel;
    cache.set(model, view);
  }
  return view;
}

/**
 * An object's properties as OAG's parser holds them: the member named `oagName` where it has one; two
 * members of one name are one, at the first's place with the later's schema (SnakeYAML's
 * LinkedHashMap.put); required by OAG's `required` list (`oagRequired`, else `required`).
 */
export function oagProperties(shape: ObjectShape): Property[] {
  const required = new Set(shape.oagRequired ?? shape.required);
  const byName = new Map<string, Property>();
  for (const p of shape.properties) {
    const name = p.oagName ?? p.name;
    const { oagName: _oagName, ...rest } = p;
    byName.set(name, { ...rest, name, required: required.has(name) });
  }
  return [...byName.values()];
}

// The IR fields that hold spec values (JSON), not IR objects: not walked.
const VALUES = new Set(["value", "yaml11", "enum", "oagEnum", "extensions", "nestedLiterals"]);

/** `node` with every object schema's properties replaced by oagProperties; unchanged parts kept. */
function rewrite(node: unknown, done: Map<object, unknown>, stringItems: boolean): unknown {
  if (node === null || typeof node !== "object") return node;
  const hit = done.get(node);
  if (hit !== undefined) return hit;
  done.set(node, node); // a cycle (none expected) keeps the original
  let out: unknown = node;
  if (Array.isArray(node)) {
    const items = node.map((item) => rewrite(item, done, stringItems));
    if (items.some((item, i) => item !== node[i])) out = items;
  } else {
    const record = node as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(record)) {
      if (VALUES.has(key)) continue;
      const next = rewrite(value, done, stringItems);
      if (next !== value) (copy ??= { ...record })[key] = next;
    }
    // NORMALIZE_31SPEC stores a new empty Schema for an untyped 3.1 schema (SchemaCommon.untyped31)
    // where the normalizer stores its result: a property's, parameter's, media type's or header's
    // schema, and a 3.1 array's items (processNormalize31Spec's new ArraySchema). Not a component
    // (a NamedSchema, with its `origin`): that stays a model here.
    if (record.origin === undefined) {
      for (const key of ["schema", "items"]) {
        const value = (copy ?? record)[key] as Schema | undefined;
        if (value !== undefined && value !== null && typeof value === "object" && value.untyped31 === true) {
          (copy ??= { ...record })[key] = emptied(value);
        }
      }
    }
    // A Swagger 2.0 ComposedProperty as the converter gives it to OAG (ComposedSchema.swagger2ComposedProperty):
    // `type: object`, none of the enum, default or readOnly written beside the allOf.
    if (record.kind === "composed" && record.swagger2ComposedProperty === true) {
      const { enum: _enum, oagEnum: _oagEnum, default: _default, ...rest } = copy ?? record;
      copy = { ...rest, declaredType: "object", readOnly: false, writeOnly: false };
    }
    // ModelUtils.getSchemaItems' StringSchema for a 3.0 array without `items` (OagDocsOptions).
    if (stringItems && record.kind === "array" && record.itemsAbsent === true) {
      const items = (copy ?? record).items as Schema;
      (copy ??= { ...record }).items = missingItems(items.pointer);
    }
    // A value OAG's parser does not hold (LiteralValue.oagAbsent): a schema's default.
    const value = (copy ?? record).default as { oagAbsent?: true } | undefined;
    if (value !== null && typeof value === "object" && value.oagAbsent === true) {
      const { default: _absent, ...rest } = copy ?? record;
      copy = rest;
    }
    if (isObjectShape(record) && (record.oagRequired !== undefined || record.properties.some((p) => p.oagName !== undefined))) {
      const shape = (copy ?? record) as unknown as Schema & ObjectShape;
      const { oagRequired, ...rest } = shape;
      copy = { ...rest, properties: oagProperties(shape), required: oagRequired ?? shape.required };
    }
    if (copy !== undefined) out = copy;
  }
  done.set(node, out);
  return out;
}

/** ModelUtils.getSchemaItems' `new StringSchema().description("TODO default missing array inner type to string")`. */
function missingItems(pointer: Schema["pointer"]): Schema {
  return { pointer, description: "TODO default missing array inner type to string", nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {}, kind: "string" };
}

/** The new empty Schema NORMALIZE_31SPEC stores in place of `schema`: any value, none of its keywords. */
function emptied(schema: Schema): Schema {
  return { pointer: schema.pointer, nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {}, kind: "any", untyped31: true };
}

function isObjectShape(node: Record<string, unknown>): node is Record<string, unknown> & ObjectShape {
  return (node.kind === "object" || node.kind === "composed") && Array.isArray(node.properties) && Array.isArray(node.required);
}
