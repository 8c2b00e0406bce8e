// How a request body under an XML media type is written: the schema's OpenAPI `xml` objects
// (OAS 3.0.4 / 3.1.1 "XML Object") turned into a small target-neutral plan that each client's
// runtime writer walks together with the body's wire value (its JSON form: wire names, dates as
// the client sends them in JSON). The plan is data: every client prints it as a literal through
// its own escape, and the runtime writers escape every name and text again (names from the spec
// or from map keys reach the document only through the XML-name sanitizer).
//
// Rules (each from the OAS text and its examples unless marked as ours):
// - An element is named by its schema's `xml.name`, else by the property's name; an array item by
//   the items' `xml.name`, else by the array property's name. A `$ref` brings its target's `xml`
//   object along; keywords beside it (3.1) win.
// - Arrays are unwrapped unless `wrapped: true`, which puts the items inside an element named by
//   the array's `xml.name` (else the property's name). The name of an unwrapped array is not used
//   (OAS: "If wrapped is false, it will be ignored").
// - `attribute: true` writes a primitive property as an attribute of its object's element (an
//   object or array stays an element: an attribute holds text).
// - `namespace` declares `xmlns` (or `xmlns:prefix` with `prefix`) on the element; `prefix` prefixes
//   the element or attribute name.
// - The root element is the body schema's `xml.name`, else its component name. Ours: an inline body
//   (no component name) whose schema is an object with exactly one property, itself an object
//   element, has that property as its root element: AWS's specs (s3's CreateBucketConfiguration,
//   CompleteMultipartUpload, ...) describe the document so, and S3 reads exactly that root. Other
//   inline bodies use the name the inline schema was given (`<op>_request`). A root array is written
//   wrapped (a document has one root element).
// - Ours: an `allOf` of one `$ref` and members that carry no structure (only `xml`, a description:
//   the AWS "decorated reference") is that reference with the members' `xml` merged in.
// - Ours: values the schema does not describe (oneOf/anyOf, free-form objects, map entries, unknown
//   properties) are written generically: an object as child elements named by its keys, an array
//   as repeated elements, a primitive as text. null values are left out (no `xsi:nil`).

import type { ApiModel, RequestBody, Schema, XmlInfo } from "../model/ir.js";
import { namedSchema } from "./schemas.js";

export interface XmlNode {
  /** `value`: text (or a generic value); `ref`: the object structure `schemas[ref]`. */
  readonly kind: "value" | "object" | "array" | "ref";
  /** Element or attribute name as the spec gives it ("" for a map value: the key names it). */
  readonly name: string;
  readonly namespace?: string;
  readonly prefix?: string;
  readonly attribute?: true;
  readonly wrapped?: true;
  /** object: the properties in spec order, by wire name. */
  readonly properties?: readonly XmlProperty[];
  /** object: how map entries (additionalProperties with a schema) are written. */
  readonly additional?: XmlNode;
  /** array: each item. */
  readonly items?: XmlNode;
  readonly ref?: number;
}

export interface XmlProperty {
  /** The property's wire (JSON) name. */
  readonly key: string;
  readonly node: XmlNode;
}

/** An object structure shared by every place that references its named schema (recursion goes through it). */
export interface XmlStructure {
  readonly properties: readonly XmlProperty[];
  readonly additional?: XmlNode;
}

export interface XmlPlan {
  readonly root: XmlNode;
  /** Set when the document is the value of this property of the body (the inline-body rule). */
  readonly rootKey?: string;
  readonly schemas: readonly XmlStructure[];
}

/** Whether a media type is XML (`application/xml`, `text/xml`, `*+xml`). */
export function isXmlMediaType(contentType: string): boolean {
  return /^[^;]*[/+]xml\s*(;|$)/i.test(contentType.trim());
}

/** Whether the body schema is structured (object, allOf, array): a value the writer writes as XML. */
export function isXmlStructured(model: ApiModel, schema: Schema | undefined): boolean {
  if (schema === undefined) return false;
  const kind = unwrap(model, schema, new Set()).schema.kind;
  return kind === "object" || kind === "composed" || kind === "array";
}

interface Unwrapped {
  readonly xml: XmlInfo;
  readonly schema: Schema;
  /** The named schema whose body `schema` is, when reached through a reference. */
  readonly name?: string;
}

const ANY: Schema = { pointer: "", nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {}, kind: "any" };

/** The schema behind references and decorated references, with the `xml` objects met on the way merged (nearest wins). */
function unwrap(model: ApiModel, schema: Schema, seen: Set<string>): Unwrapped {
  if (schema.kind === "ref") {
    const target = namedSchema(model, schema.target);
    if (target === undefined || seen.has(schema.target)) return { xml: schema.xml ?? {}, schema: ANY };
    const inner = unwrap(model, target.schema, new Set([...seen, schema.target]));
    return { xml: { ...inner.xml, ...schema.xml }, schema: inner.schema, name: inner.name ?? target.name };
  }
  if (schema.kind === "composed" && schema.oneOf.length === 0 && schema.anyOf.length === 0 && schema.properties.length === 0 && schema.additionalProperties === undefined) {
    const structural = schema.allOf.filter((m) => m.kind !== "any");
    if (structural.length === 1) {
      const inner = unwrap(model, structural[0]!, seen);
      let xml = inner.xml;
      for (const m of schema.allOf) if (m !== structural[0] && m.xml) xml = { ...xml, ...m.xml };
      return { xml: { ...xml, ...schema.xml }, schema: inner.schema, ...(inner.name !== undefined ? { name: inner.name } : {}) };
    }
  }
  return { xml: schema.xml ?? {}, schema };
}

class Planner {
  readonly schemas: (XmlStructure | undefined)[] = [];
  private readonly indexes = new Map<string, number>();

  constructor(private readonly model: ApiModel) {}

  node(schema: Schema, defaultName: string): XmlNode {
    const u = unwrap(this.model, schema, new Set());
    const x = u.xml;
    const base = {
      name: x.name ?? defaultName,
      ...(x.namespace !== undefined ? { namespace: x.namespace } : {}),
      ...(x.prefix !== undefined ? { prefix: x.prefix } : {}),
    };
    const s = u.schema;
    if (s.kind === "array") {
      return { ...base, kind: "array", ...(x.wrapped === true ? { wrapped: true as const } : {}), items: this.node(s.items, defaultName) };
    }
    if (isObjectLike(s)) {
      if (u.name !== undefined) return { ...base, kind: "ref", ref: this.register(u.name, s) };
      return { ...base, kind: "object", ...this.structure(s) };
    }
    // An attribute holds text: `attribute: true` on an object or array (AWS's Grantee) is an element.
    return { ...base, kind: "value", ...(x.attribute === true ? { attribute: true as const } : {}) };
  }

  private register(name: string, schema: Schema): number {
    const known = this.indexes.get(name);
    if (known !== undefined) return known;
    const index = this.schemas.length;
    this.indexes.set(name, index);
    this.schemas.push(undefined);
    this.schemas[index] = this.structure(schema);
    return index;
  }

  structure(schema: Schema): XmlStructure {
    const props = new Map<string, Schema>();
    this.collect(schema, props, new Set());
    const properties = [...props].map(([key, s]) => ({ key, node: this.node(s, key) }));
    const ap = schema.kind === "object" || schema.kind === "composed" ? schema.additionalProperties : undefined;
    return { properties, ...(ap !== undefined && typeof ap !== "boolean" ? { additional: this.node(ap, "") } : {}) };
  }

  /** Properties of an object or an allOf, flattened: members first, a later declaration wins. */
  private collect(schema: Schema, into: Map<string, Schema>, seen: Set<string>): void {
    const u = unwrap(this.model, schema, seen);
    const s = u.schema;
    if (s.kind !== "object" && s.kind !== "composed") return;
    if (s.kind === "composed") {
      for (const m of s.allOf) {
        const key = m.kind === "ref" ? m.target : undefined;
        if (key !== undefined && seen.has(key)) continue;
        this.collect(m, into, key !== undefined ? new Set([...seen, key]) : seen);
      }
    }
    for (const p of s.properties) {
      into.delete(p.name);
      into.set(p.name, p.schema);
    }
  }
}

/** An object, or an allOf without oneOf/anyOf (their values are written generically). */
function isObjectLike(s: Schema): boolean {
  return s.kind === "object" || (s.kind === "composed" && s.oneOf.length === 0 && s.anyOf.length === 0);
}

/**
 * The plan of a request body's first XML media type with a structured schema (the python clients
 * write it when that media type is sent), or undefined when there is none.
 */
export function requestBodyXmlPlan(model: ApiModel, body: RequestBody | undefined): XmlPlan | undefined {
  const media = body?.contents.find((m) => isXmlMediaType(m.contentType) && isXmlStructured(model, m.schema));
  return media?.schema !== undefined ? planXmlBody(model, media.schema) : undefined;
}

/** The plan of a body schema under an XML media type; `fallbackName` names an inline body that was not hoisted. */
export function planXmlBody(model: ApiModel, schema: Schema, fallbackName = "body"): XmlPlan {
  const planner = new Planner(model);
  const u = unwrap(model, schema, new Set());
  const named = schema.kind === "ref" ? namedSchema(model, schema.target) : undefined;
  const rootName = named?.name ?? fallbackName;
  const inline = named === undefined || named.origin === "inline";
  if (inline && u.xml.name === undefined && u.schema.kind === "object" && u.schema.properties.length === 1 && u.schema.additionalProperties === undefined) {
    const only = u.schema.properties[0]!;
    const root = planner.node(only.schema, only.name);
    if (root.kind === "object" || root.kind === "ref") {
      return { root, rootKey: only.name, schemas: planner.schemas as XmlStructure[] };
    }
  }
  let root = planner.node(schema, rootName);
  if (root.kind === "array" && root.wrapped !== true) root = { ...root, wrapped: true };
  if (root.attribute === true) {
    // The document's root is an element whatever the schema says.
    const { attribute: _dropped, ...element } = root;
    root = element;
  }
  return { root, schemas: planner.schemas as XmlStructure[] };
}
