// Valid values from a schema as the spec writes it: type, format, enum, const, pattern (the project's
// own regex example generator), bounds, lengths, items, required and optional properties,
// additionalProperties, allOf/oneOf/anyOf with discriminators, nullable and readOnly/writeOnly.
// Each value is meant to be valid; the caller checks it with the JSON-schema validator anyway and
// tries the next variant when it is not (a oneOf value that matches two alternatives, say).
//
// `variant` picks the oneOf/anyOf alternative (modulo their number) at every level, so building with
// variant 0..n-1 covers each alternative. Arrays whose items may be null get one `null` item more, and
// maps whose values may be null one `null` value more: the cases that real clients get wrong.

import { exampleFromPattern } from "../../src/examples/regex-example.js";
import type { Direction, Json, JsonObject, SpecDoc } from "./spec-doc.js";

export interface BuildOptions {
  readonly direction: Direction;
  readonly variant: number;
  /** Optional properties are filled down to this depth (required ones always). */
  readonly optionalDepth: number;
  /** Add null items/values where the schema allows them. */
  readonly nulls: boolean;
}

/** Marks a binary value (a file): drivers turn it into their client's file type. */
export const BINARY_MARK = "\u0000binary:hello oaswright";
/** The content of that file, as the drivers write it. */
export const FILE_TEXT = "hello oaswright";

export class ValueBuilder {
  constructor(private readonly spec: SpecDoc) {}

  build(schema: Json | undefined, options: BuildOptions): Json {
    return this.value(schema, options, 0, new Map());
  }

  /** A schema's properties, required list and the like after merging allOf (and one oneOf/anyOf choice). */
  private value(raw: Json | undefined, o: BuildOptions, depth: number, refs: Map<string, number>): Json {
    if (depth > 12) throw new Error("too deep");
    if (raw === undefined || raw === true || raw === null) return "any value";
    if (raw === false) throw new Error("schema false");
    if (typeof raw !== "object" || Array.isArray(raw)) return "any value";
    let schema = raw;
    if (typeof schema.$ref === "string") {
      const ref = schema.$ref;
      const count = refs.get(ref) ?? 0;
      if (count >= 2) throw new Error(`recursive ${ref}`);
      const target = this.spec.at(ref);
      if (target === undefined) throw new Error(`unresolved ${ref}`);
      const next = new Map(refs).set(ref, count + 1);
      const subtype = this.discriminatedSubtype(ref, target, o);
      if (subtype !== undefined) {
        const built = subtype.ref === ref ? this.value(target, o, depth + 1, next) : this.value({ $ref: subtype.ref }, o, depth + 1, next);
        return built && typeof built === "object" && !Array.isArray(built) ? { ...built, [subtype.property]: subtype.value } : built;
      }
      if (this.spec.is31) {
        const { $ref: _, ...siblings } = schema;
        if (Object.keys(siblings).length > 0) return this.value({ allOf: [target, siblings] }, o, depth + 1, next);
      }
      return this.value(target, o, depth + 1, next);
    }
    if ("const" in schema) return schema.const as Json;
    if (Array.isArray(schema.enum) && schema.enum.length > 0) {
      const values = schema.enum.filter((v) => v !== null);
      return values.length > 0 ? values[o.variant % values.length]! : null;
    }
    if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
      schema = this.mergeAllOf(schema, refs);
      if (typeof schema.$ref === "string") return this.value(schema, o, depth + 1, refs);
      // A member's enum (AWS: `allOf: [{$ref: <string enum>}, {description}]`) holds for the whole.
      if (Array.isArray(schema.enum) && schema.enum.length > 0) {
        const values = schema.enum.filter((v) => v !== null);
        return values.length > 0 ? values[o.variant % values.length]! : null;
      }
    }
    const alternatives = (Array.isArray(schema.oneOf) && schema.oneOf.length > 0 ? schema.oneOf : Array.isArray(schema.anyOf) && schema.anyOf.length > 0 ? schema.anyOf : undefined) as Json[] | undefined;
    if (alternatives) {
      const usable = alternatives.filter((a) => !(a && typeof a === "object" && !Array.isArray(a) && (a.type === "null" || a.nullable === true && Object.keys(a).length === 1)));
      const list = usable.length > 0 ? usable : alternatives;
      const index = o.variant % list.length;
      const chosen = list[index]!;
      const { oneOf: _1, anyOf: _2, discriminator, ...own } = schema;
      const merged = Object.keys(own).some((k) => k === "properties" || k === "required" || k === "type") ? { allOf: [own, chosen] } : chosen;
      const value = this.value(merged as Json, o, depth + 1, refs);
      return this.discriminate(value, discriminator, chosen);
    }
    const type = schemaType(schema);
    switch (type) {
      case "string":
        return this.string(schema);
      case "integer":
      case "number":
        return number(schema, type);
      case "boolean":
        return true;
      case "null":
        return null;
      case "array": {
        const min = typeof schema.minItems === "number" ? schema.minItems : 0;
        const max = typeof schema.maxItems === "number" ? schema.maxItems : Infinity;
        const count = Math.min(max, Math.max(min, depth > 6 ? min : 1));
        const items: Json[] = [];
        for (let i = 0; i < count; i++) items.push(this.value(schema.items as Json, { ...o, variant: o.variant + i }, depth + 1, refs));
        if (schema.uniqueItems === true && items.length > 1) {
          for (let i = 1; i < items.length; i++) if (typeof items[i] === "string") items[i] = `${items[i] as string}${i}`;
        }
        if (o.nulls && items.length < max && this.allowsNull(schema.items as Json)) items.push(null);
        return items;
      }
      case "object":
        return this.object(schema, o, depth, refs);
      case "any":
        return depth === 0 ? { key: "value" } : "any value";
    }
  }

  private object(schema: JsonObject, o: BuildOptions, depth: number, refs: Map<string, number>): Json {
    const out: JsonObject = {};
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const props = (schema.properties && typeof schema.properties === "object" && !Array.isArray(schema.properties) ? schema.properties : {}) as JsonObject;
    for (const [name, propSchema] of Object.entries(props)) {
      const resolved = this.spec.deref(propSchema);
      const hidden = resolved && typeof resolved === "object" && !Array.isArray(resolved) && (o.direction === "request" ? resolved.readOnly === true : resolved.writeOnly === true);
      const own = propSchema && typeof propSchema === "object" && !Array.isArray(propSchema) && (o.direction === "request" ? propSchema.readOnly === true : propSchema.writeOnly === true);
      if (hidden || own) continue;
      if (!required.has(name) && depth > o.optionalDepth) continue;
      try {
        out[name] = this.value(propSchema, o, depth + 1, refs);
      } catch (e) {
        if (required.has(name)) throw e;
      }
    }
    for (const name of required) if (!(name in out) && !(name in props)) out[name] = "any value";
    const extra = schema.additionalProperties;
    const count = Object.keys(out).length;
    const maxProps = typeof schema.maxProperties === "number" ? schema.maxProperties : Infinity;
    if (extra && typeof extra === "object" && !Array.isArray(extra) && count < maxProps) {
      out["extra_key"] = this.value(extra, o, depth + 1, refs);
      if (o.nulls && count + 1 < maxProps && this.allowsNull(extra)) out["null_key"] = null;
    } else if (Object.keys(props).length === 0 && extra !== false && count === 0 && depth <= 1) out["key"] = "value";
    return out;
  }

  /** allOf members (refs followed) merged into one schema: properties, required, type, and one alternative of a member's oneOf/anyOf. */
  private mergeAllOf(schema: JsonObject, refs: Map<string, number>): JsonObject {
    const { allOf, ...own } = schema;
    const merged: JsonObject = { ...own };
    const properties: JsonObject = { ...((own.properties as JsonObject | undefined) ?? {}) };
    const required = new Set<string>(Array.isArray(own.required) ? (own.required as string[]) : []);
    const alternatives: Json[] = [];
    const visit = (member: Json | undefined, seen: Set<string>) => {
      if (!member || typeof member !== "object" || Array.isArray(member)) return;
      if (typeof member.$ref === "string") {
        if (seen.has(member.$ref)) return;
        return visit(this.spec.at(member.$ref), new Set(seen).add(member.$ref));
      }
      if (Array.isArray(member.allOf)) for (const m of member.allOf) visit(m, seen);
      for (const [k, v] of Object.entries((member.properties as JsonObject | undefined) ?? {})) {
        // A later member may narrow a property the earlier one declared: keep both.
        properties[k] = k in properties ? { allOf: [properties[k]!, v] } : v;
      }
      for (const r of Array.isArray(member.required) ? member.required : []) required.add(r as string);
      for (const key of ["type", "additionalProperties", "items", "format", "enum", "minimum", "maximum", "minLength", "maxLength", "pattern", "discriminator"]) {
        if (key in member && !(key in merged)) merged[key] = member[key]!;
      }
      if (Array.isArray(member.oneOf) && member.oneOf.length > 0) alternatives.push({ oneOf: member.oneOf, ...(member.discriminator ? { discriminator: member.discriminator } : {}) });
      else if (Array.isArray(member.anyOf) && member.anyOf.length > 0) alternatives.push({ anyOf: member.anyOf, ...(member.discriminator ? { discriminator: member.discriminator } : {}) });
    };
    for (const m of allOf as Json[]) visit(m, new Set(refs.keys()));
    if (Object.keys(properties).length > 0) merged.properties = properties;
    if (required.size > 0) merged.required = [...required];
    if (!merged.type && Object.keys(properties).length > 0) merged.type = "object";
    if (alternatives.length > 0) {
      const first = alternatives[0] as JsonObject;
      Object.assign(merged, first);
    }
    return merged;
  }

  /**
   * A schema with a discriminator and no oneOf/anyOf (allOf inheritance: `BaseVehicle` maps
   * `electricity` to `ElectricVehicle`, which is `allOf: [BaseVehicle, ...]`): a valid instance names a
   * mapped schema (or the schema itself) in the discriminator property, and has that schema's shape.
   * The variant picks the mapping entry. Undefined when the schema has no such discriminator, or
   * when the schema is being built as its own mapping target.
   */
  private discriminatedSubtype(ref: string, target: Json, o: BuildOptions): { ref: string; property: string; value: string } | undefined {
    if (!target || typeof target !== "object" || Array.isArray(target)) return undefined;
    const d = target.discriminator;
    if (!d || typeof d !== "object" || Array.isArray(d) || typeof d.propertyName !== "string") return undefined;
    if (Array.isArray(target.oneOf) || Array.isArray(target.anyOf)) return undefined;
    const own = ref.split("/").pop()!;
    const mapping = Object.entries((d.mapping ?? {}) as Record<string, string>).map(([value, t]) => ({ value, ref: t.includes("/") ? t : `#/components/schemas/${t}` }));
    const choices = mapping.length > 0 ? mapping : [{ value: own, ref }];
    const choice = choices[o.variant % choices.length]!;
    return { ...choice, property: d.propertyName };
  }

  private discriminate(value: Json, discriminator: Json | undefined, chosen: Json): Json {
    if (!discriminator || typeof discriminator !== "object" || Array.isArray(discriminator)) return value;
    if (!value || typeof value !== "object" || Array.isArray(value)) return value;
    const property = discriminator.propertyName as string;
    const ref = chosen && typeof chosen === "object" && !Array.isArray(chosen) ? (chosen.$ref as string | undefined) : undefined;
    if (!ref) return value;
    const mapping = (discriminator.mapping ?? {}) as Record<string, string>;
    const key = Object.entries(mapping).find(([, target]) => target === ref || target === ref.split("/").pop())?.[0] ?? ref.split("/").pop()!;
    return { ...value, [property]: key };
  }

  private allowsNull(schema: Json | undefined): boolean {
    const s = this.spec.deref(schema);
    if (!s || typeof s !== "object" || Array.isArray(s)) return false;
    if (s.nullable === true || s.type === "null" || (Array.isArray(s.type) && s.type.includes("null"))) return true;
    if (Array.isArray(s.enum) && s.enum.includes(null)) return true;
    const list = (s.oneOf ?? s.anyOf) as Json[] | undefined;
    return Array.isArray(list) && list.some((m) => this.allowsNull(m));
  }

  private string(schema: JsonObject): string {
    const format = typeof schema.format === "string" ? schema.format : "";
    const min = typeof schema.minLength === "number" ? schema.minLength : 0;
    const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
    if (typeof schema.pattern === "string") {
      try {
        const s = exampleFromPattern(schema.pattern);
        if (new RegExp(schema.pattern, "u").test(s) && s.length >= min && s.length <= max) return s;
      } catch {
        // fall through to the format's value; the validator reports it if the pattern is not met
      }
    }
    const byFormat: Record<string, string> = {
      date: "2024-02-29",
      "date-time": "2024-02-29T12:34:56Z",
      time: "12:34:56Z",
      uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
      email: "someone@example.com",
      uri: "https://example.com/a/b",
      url: "https://example.com/a/b",
      "uri-reference": "/a/b",
      hostname: "example.com",
      ipv4: "192.0.2.1",
      ipv6: "2001:db8::1",
      byte: "aGVsbG8=",
      binary: BINARY_MARK,
      password: "secret",
    };
    let s = byFormat[format] ?? "text";
    if (format === "binary") return s;
    while (s.length < min) s += "x";
    if (s.length > max) s = s.slice(0, max);
    return s;
  }
}

function schemaType(schema: JsonObject): "string" | "integer" | "number" | "boolean" | "null" | "array" | "object" | "any" {
  const t = schema.type;
  const first = Array.isArray(t) ? (t.find((x) => x !== "null") ?? "null") : t;
  if (typeof first === "string" && ["string", "integer", "number", "boolean", "null", "array", "object"].includes(first)) return first as "string";
  if (schema.properties || schema.additionalProperties) return "object";
  if (schema.items) return "array";
  return "any";
}

function number(schema: JsonObject, type: "integer" | "number"): number {
  let lo = typeof schema.minimum === "number" ? schema.minimum : -Infinity;
  let hi = typeof schema.maximum === "number" ? schema.maximum : Infinity;
  if (typeof schema.exclusiveMinimum === "number") lo = Math.max(lo, schema.exclusiveMinimum + (type === "integer" ? 1 : 0.5));
  else if (schema.exclusiveMinimum === true) lo += type === "integer" ? 1 : 0.5;
  if (typeof schema.exclusiveMaximum === "number") hi = Math.min(hi, schema.exclusiveMaximum - (type === "integer" ? 1 : 0.5));
  else if (schema.exclusiveMaximum === true) hi -= type === "integer" ? 1 : 0.5;
  let v = type === "integer" ? 3 : 2.5;
  if (v < lo) v = type === "integer" ? Math.ceil(lo) : lo;
  if (v > hi) v = type === "integer" ? Math.floor(hi) : hi;
  const m = typeof schema.multipleOf === "number" ? schema.multipleOf : undefined;
  if (m) v = Math.ceil(v / m) * m;
  return v;
}
