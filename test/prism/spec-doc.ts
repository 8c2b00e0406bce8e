// The spec as written (not our IR): loaded once, its JSON pointers resolved, and a JSON-schema
// validator (ajv) over its schemas, per direction. OpenAPI 3.0 schemas are first rewritten into JSON
// Schema (nullable, boolean exclusiveMinimum/Maximum); readOnly properties are dropped from the
// request view and writeOnly ones from the response view, as the OpenAPI specification says.

import fs from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import YAML from "yaml";

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => void;

export type Direction = "request" | "response";
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export class SpecDoc {
  readonly doc: JsonObject;
  readonly is31: boolean;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv: Record<Direction, Ajv>;

  constructor(readonly file: string) {
    const text = fs.readFileSync(file, "utf8");
    this.doc = (file.endsWith(".json") ? JSON.parse(text) : YAML.parse(text, { maxAliasCount: -1 })) as JsonObject;
    this.is31 = typeof this.doc.openapi === "string" && this.doc.openapi.startsWith("3.1");
    this.ajv = { request: this.makeAjv("request"), response: this.makeAjv("response") };
  }

  private makeAjv(direction: Direction): Ajv {
    const options = { strict: false, allErrors: false, logger: false as const, validateFormats: true };
    const ajv = (this.is31 ? new Ajv2020(options) : new Ajv(options)) as Ajv;
    addFormats(ajv);
    // Formats OpenAPI names that JSON Schema does not (int32, binary, ...): accepted as their type.
    for (const format of collectFormats(this.doc)) if (!ajv.formats[format]) ajv.addFormat(format, true);
    ajv.addSchema(toJsonSchema(this.doc, direction, this.is31) as object, "spec");
    return ajv;
  }

  /** The node at a JSON pointer (`#/components/schemas/Pet` or `/components/...`). */
  at(pointer: string): Json | undefined {
    let node: Json | undefined = this.doc;
    for (const part of splitPointer(pointer)) {
      if (node === null || typeof node !== "object") return undefined;
      node = (node as JsonObject)[part];
    }
    return node;
  }

  /** Follows `$ref`s (local ones) until a node without one. */
  deref(node: Json | undefined, seen = 0): Json | undefined {
    if (node && typeof node === "object" && !Array.isArray(node) && typeof node.$ref === "string" && node.$ref.startsWith("#") && seen < 50) {
      return this.deref(this.at(node.$ref), seen + 1);
    }
    return node;
  }

  /** Validates a JSON value against the schema at `pointer`; returns the first error text, or undefined. */
  check(value: Json, pointer: string, direction: Direction): string | undefined {
    const key = `${direction} ${pointer}`;
    let validate = this.validators.get(key);
    if (!validate) {
      try {
        validate = this.ajv[direction].compile({ $ref: `spec#${encodePointer(splitPointer(pointer))}` });
      } catch (e) {
        return `the schema does not compile: ${(e as Error).message}`;
      }
      this.validators.set(key, validate);
    }
    if (validate(value)) return undefined;
    return (validate.errors ?? []).map((e) => `${e.instancePath || "(value)"} ${e.message ?? ""}${e.params && "allowedValues" in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ""}`).join("; ");
  }
}

export function splitPointer(pointer: string): string[] {
  const p = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (p === "" || p === "/") return [];
  return p
    .slice(1)
    .split("/")
    .map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function encodePointer(parts: readonly string[]): string {
  return parts.map((s) => `/${encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1"))}`).join("");
}

export function joinPointer(base: string, ...parts: string[]): string {
  return `#${encodePointer([...splitPointer(base), ...parts])}`;
}

function collectFormats(node: Json, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) collectFormats(n, out);
  else if (node && typeof node === "object") {
    if (typeof node.format === "string") out.add(node.format);
    for (const v of Object.values(node)) collectFormats(v, out);
  }
  return out;
}

const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "schemas", "dependentSchemas"]);

/** A copy of the document whose schemas are JSON Schema for `direction` (the rest is kept as is). */
function toJsonSchema(node: Json, direction: Direction, is31: boolean, parentKey = ""): Json {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, direction, is31));
  if (node === null || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (SCHEMA_MAPS.has(parentKey)) out[k] = toJsonSchema(v, direction, is31, "");
    else out[k] = toJsonSchema(v, direction, is31, k);
  }
  if (SCHEMA_MAPS.has(parentKey) || parentKey === "example" || parentKey === "examples" || parentKey === "enum" || parentKey === "const" || parentKey === "default") return out;
  const looksLikeSchema = "type" in out || "properties" in out || "items" in out || "allOf" in out || "oneOf" in out || "anyOf" in out || "$ref" in out || "enum" in out;
  if (!looksLikeSchema) return out;
  // Direction: properties that must not be sent (readOnly) or cannot arrive (writeOnly).
  const props = out.properties;
  if (props && typeof props === "object" && !Array.isArray(props)) {
    const hidden = Object.entries(props)
      .filter(([, s]) => s && typeof s === "object" && !Array.isArray(s) && (direction === "request" ? s.readOnly === true : s.writeOnly === true))
      .map(([k]) => k);
    if (hidden.length > 0 && Array.isArray(out.required)) out.required = out.required.filter((r) => !hidden.includes(r as string));
  }
  delete out.discriminator;
  // 3.0's boolean exclusiveMinimum/Maximum (some 3.1 documents keep them too, as FastAPI's).
  if (out.exclusiveMinimum === true) {
    out.exclusiveMinimum = out.minimum ?? 0;
    delete out.minimum;
  } else if (out.exclusiveMinimum === false) delete out.exclusiveMinimum;
  if (out.exclusiveMaximum === true) {
    out.exclusiveMaximum = out.maximum ?? 0;
    delete out.maximum;
  } else if (out.exclusiveMaximum === false) delete out.exclusiveMaximum;
  if (!is31) {
    if (out.nullable === true) {
      delete out.nullable;
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      if (typeof out.type === "string") out.type = [out.type, "null"];
      else if (out.type === undefined) return { anyOf: [{ type: "null" }, out] };
    }
    delete out.nullable;
    // A 3.0 `$ref` ignores its siblings.
    if (typeof out.$ref === "string") return { $ref: out.$ref };
  }
  return out;
}
