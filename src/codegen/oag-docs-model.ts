// The model as OpenAPI Generator's docs see it where its parser names object members otherwise than
// the spec's YAML 1.2 reading: a plain YAML key `on` is the property `true` to OAG 6.0.0+ (the IR's
// Property.oagName, parse/yaml11.ts Yaml11Keys), and a plain `on` in `required` is no name at all
// (ObjectShape.oagRequired); an untyped 3.1 schema is the empty schema OAG's NORMALIZE_31SPEC stored in
// its place (SchemaCommon.untyped31). The clients keep the IR itself (the key as written, on the wire).

import type { ApiModel, ObjectShape, Property, Schema } from "../model/ir.js";

const views = new WeakMap<ApiModel, ApiModel>();

/**
 * The model the docs are written from: the IR with each object's properties named and required as
 * OAG holds them (oagProperties). The model itself when no schema differs (ApiModel.oagDocsDiffer),
 * else a copy in which only the objects on the way to a changed schema are new: one view per model.
 */
export function oagDocsModel(model: ApiModel): ApiModel {
  if (model.oagDocsDiffer !== true) return model;
  let view = views.get(model);
  if (view === undefined) {
    view = rewrite(model, new Map()) as ApiModel;
    views.set(model, view);
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
function rewrite(node: unknown, done: Map<object, unknown>): unknown {
  if (node === null || typeof node !== "object") return node;
  const hit = done.get(node);
  if (hit !== undefined) return hit;
  done.set(node, node); // a cycle (none expected) keeps the original
  let out: unknown = node;
  if (Array.isArray(node)) {
    const items = node.map((item) => rewrite(item, done));
    if (items.some((item, i) => item !== node[i])) out = items;
  } else {
    const record = node as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(record)) {
      if (VALUES.has(key)) continue;
      const next = rewrite(value, done);
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

/** The new empty Schema NORMALIZE_31SPEC stores in place of `schema`: any value, none of its keywords. */
function emptied(schema: Schema): Schema {
  return { pointer: schema.pointer, nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {}, kind: "any", untyped31: true };
}

function isObjectShape(node: Record<string, unknown>): node is Record<string, unknown> & ObjectShape {
  return (node.kind === "object" || node.kind === "composed") && Array.isArray(node.properties) && Array.isArray(node.required);
}
