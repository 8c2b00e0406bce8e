// A reader of XML request bodies for tests: what a server that follows the spec makes of the XML a
// client sent. The document is parsed by a strict, namespace-aware XML parser (jsdom's DOMParser:
// a malformed document or an undeclared prefix is an error), then read back into the JSON value by
// the raw spec's schemas and the OAS "XML Object" rules, written here independently of the
// clients' writers (src/codegen/xml-plan.ts): elements by `xml.name` else the property name,
// attributes, wrapped and unwrapped arrays (items by the items' `xml.name` else the property
// name), namespaces, `$ref` bringing its target's `xml` object, AWS's decorated references
// (`allOf: [$ref, {xml: ...}]`). Map entries (additionalProperties) are the element's remaining
// children by name. Names that are not XML names are compared after the clients' documented
// sanitizing (other characters `_`, `_` before a bad first character).

import { JSDOM } from "jsdom";

type Raw = { readonly [key: string]: unknown };

export interface XmlReading {
  /** The root element's local name, prefix and namespace. */
  readonly root: { readonly name: string; readonly prefix: string | null; readonly namespace: string | null };
  readonly value: unknown;
  /** What the reader found wrong: a namespace that differs from the spec's, an element it could not place. */
  readonly problems: readonly string[];
}

const window = new JSDOM("").window;

/** Parses `text` strictly; throws with the parser's message when it is not well-formed XML. */
export function parseXml(text: string): Document {
  const doc = new window.DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error !== undefined) throw new Error(`not well-formed XML: ${error.textContent ?? ""}\n${text}`);
  return doc;
}

export function sanitizedXmlName(name: string): string {
  const start = "A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
  const safe = name.replace(new RegExp(`[^${start}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]`, "gu"), "_");
  return new RegExp(`^[${start}]`, "u").test(safe) ? safe : `_${safe}`;
}

interface Resolved {
  readonly schema: Raw;
  readonly xml: Raw;
}

export class XmlReader {
  /** `instants`: date-times read as milliseconds since the epoch (else as their text). */
  constructor(
    private readonly spec: Raw,
    private readonly options: { readonly instants: boolean } = { instants: true },
  ) {}

  /** The body `text` read by `schema` (a raw schema of the spec). */
  read(text: string, schema: Raw, rootKey?: string): XmlReading {
    const doc = parseXml(text);
    const el = doc.documentElement;
    const problems: string[] = [];
    const r = this.resolve(schema);
    let value: unknown;
    if (rootKey !== undefined) {
      const props = this.properties(r.schema);
      value = { [rootKey]: this.readElement(el, props.get(rootKey)!, problems, rootKey) };
    } else {
      value = this.readElement(el, schema, problems, el.localName);
    }
    if (r.xml.namespace !== undefined && rootKey === undefined && el.namespaceURI !== r.xml.namespace) problems.push(`root namespace ${el.namespaceURI} is not ${String(r.xml.namespace)}`);
    return { root: { name: el.localName, prefix: el.prefix, namespace: el.namespaceURI }, value, problems };
  }

  private target(ref: string): Raw {
    let node: unknown = this.spec;
    for (const token of ref.replace(/^#\//, "").split("/")) node = (node as Raw)[decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~")];
    return node as Raw;
  }

  resolve(schema: Raw): Resolved {
    if (typeof schema.$ref === "string") {
      const inner = this.resolve(this.target(schema.$ref));
      return { schema: inner.schema, xml: { ...inner.xml, ...((schema.xml as Raw | undefined) ?? {}) } };
    }
    const allOf = schema.allOf as Raw[] | undefined;
    if (allOf !== undefined && schema.properties === undefined) {
      const structural = allOf.filter((m) => m.$ref !== undefined || m.type !== undefined || m.properties !== undefined || m.items !== undefined || m.allOf !== undefined);
      if (structural.length === 1) {
        const inner = this.resolve(structural[0]!);
        let xml = inner.xml;
        for (const m of allOf) if (m !== structural[0] && m.xml !== undefined) xml = { ...xml, ...(m.xml as Raw) };
        return { schema: inner.schema, xml: { ...xml, ...((schema.xml as Raw | undefined) ?? {}) } };
      }
    }
    return { schema, xml: (schema.xml as Raw | undefined) ?? {} };
  }

  /** The properties of an object or allOf, flattened. */
  properties(schema: Raw): Map<string, Raw> {
    const out = new Map<string, Raw>();
    for (const m of (schema.allOf as Raw[] | undefined) ?? []) for (const [k, v] of this.properties(this.resolve(m).schema)) out.set(k, v);
    for (const [k, v] of Object.entries((schema.properties as Raw | undefined) ?? {})) out.set(k, v as Raw);
    return out;
  }

  private readElement(el: Element, schema: Raw, problems: string[], where: string): unknown {
    const { schema: s } = this.resolve(schema);
    const props = this.properties(s);
    if (props.size > 0 || s.type === "object" || s.additionalProperties !== undefined) return this.readObject(el, s, props, problems, where);
    if (s.type === "array") {
      const items = this.resolve(s.items as Raw);
      return childElements(el).map((c) => this.readElement(c, s.items as Raw, problems, `${where}/${items.xml.name as string}`));
    }
    return scalar(el.textContent ?? "", s, this.options.instants);
  }

  private readObject(el: Element, s: Raw, props: Map<string, Raw>, problems: string[], where: string): unknown {
    const out: Record<string, unknown> = {};
    const used = new Set<Element>();
    for (const [name, propSchema] of props) {
      const { schema: p, xml } = this.resolve(propSchema);
      const elName = sanitizedXmlName((xml.name as string | undefined) ?? name);
      const ns = (xml.namespace as string | undefined) ?? null;
      // An attribute holds a primitive: `attribute: true` on an object or array (AWS's Grantee) names no attribute.
      if (xml.attribute === true && p.type !== "object" && p.type !== "array" && this.properties(p).size === 0) {
        const attr = ns !== null ? el.getAttributeNS(ns, elName) : el.getAttribute(elName);
        if (attr !== null) out[name] = scalar(attr, p, this.options.instants);
        continue;
      }
      if (p.type === "array") {
        const items = this.resolve(p.items as Raw);
        const itemName = sanitizedXmlName((items.xml.name as string | undefined) ?? name);
        let container: Element | undefined = el;
        if (xml.wrapped === true) {
          container = childElements(el).find((c) => c.localName === elName && !used.has(c));
          if (container === undefined) continue;
          used.add(container);
          if (ns !== null && container.namespaceURI !== ns) problems.push(`${where}/${elName}: namespace ${container.namespaceURI} is not ${ns}`);
        }
        const found = childElements(container).filter((c) => c.localName === itemName && !used.has(c));
        for (const c of found) used.add(c);
        if (found.length > 0 || xml.wrapped === true) out[name] = found.map((c) => this.readElement(c, p.items as Raw, problems, `${where}/${itemName}`));
        continue;
      }
      const child = childElements(el).find((c) => c.localName === elName && !used.has(c));
      if (child === undefined) continue;
      used.add(child);
      if (ns !== null && child.namespaceURI !== ns) problems.push(`${where}/${elName}: namespace ${child.namespaceURI} is not ${ns}`);
      out[name] = this.readElement(child, propSchema, problems, `${where}/${elName}`);
    }
    for (const c of childElements(el)) {
      if (used.has(c)) continue;
      const ap = s.additionalProperties;
      if (ap !== undefined && ap !== false) out[c.localName] = typeof ap === "object" ? this.readElement(c, ap as Raw, problems, `${where}/${c.localName}`) : c.textContent;
      else problems.push(`${where}: element <${c.localName}> is not in the schema`);
    }
    return out;
  }
}

function childElements(el: Element): Element[] {
  return [...el.childNodes].filter((n): n is Element => n.nodeType === 1);
}

/** Element or attribute text as the schema's type reads it (date-times as instants, ms since the epoch). */
function scalar(text: string, s: Raw, instants: boolean): unknown {
  if (s.type === "integer" || s.type === "number") return Number(text);
  if (s.type === "boolean") return text === "true" ? true : text === "false" ? false : `not a boolean: ${text}`;
  if (s.type === "string" && s.format === "date-time" && instants) return new Date(text).getTime();
  return text;
}
