// The OpenAPI schema checks swagger-parser runs (lib/validators/schema.js: its schemas, its ajv
// options, its 3.1 adjustments), compiled ahead of time by scripts/build-validators.mjs: compiling
// them with ajv at run time took ~0.3 s, most of a small spec's run. Each is loaded on first use,
// with its V8 code cache (src/code-cache.cts).

import { fileURLToPath } from "node:url";
import { loadCommonJs } from "../code-cache.cjs";

/** An ajv validate function: false with `errors` set when the document breaks the schema. */
interface SchemaValidator {
  (doc: unknown): boolean;
  errors?: AjvDetail[] | null;
}

export interface AjvDetail {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

// The path goes through the package root, so it holds from dist/parse/ and, in the tests, from src/parse/.
const VALIDATORS_ROOT = fileURLToPath(new URL("../../dist/parse/openapi-validators/", import.meta.url));
const validators = new Map<string, SchemaValidator>();

function schemaValidator(root: { readonly swagger?: unknown; readonly openapi?: unknown }, storedKeys = false): SchemaValidator {
  const version = typeof root.swagger === "string" ? "v2" : String(root.openapi).startsWith("3.1") ? "v31" : "v30";
  const file = storedKeys ? `${version}-stored` : version;
  let v = validators.get(file);
  if (!v) {
    v = (loadCommonJs(`${VALIDATORS_ROOT}${file}.cjs`) as { default: SchemaValidator }).default;
    validators.set(file, v);
  }
  return v;
}

/**
 * Throws the schema's findings the way swagger-parser's check does (an error with `details`).
 * `doc` must have its keys as written (raw.ts withSpecKeys).
 */
export function checkSchema(doc: unknown): void {
  const validate = schemaValidator(doc as Record<string, unknown>);
  if (!validate(doc)) throw Object.assign(new Error("Swagger schema validation failed."), { details: validate.errors ?? [] });
}

/**
 * Whether an OpenAPI 3.x document with its keys as the loader stores them (raw.ts storedKey: no
 * copy needed) passes the schema check. It passes exactly when the document with its keys as
 * written passes checkSchema (scripts/build-validators.mjs forStoredKeys); a document that fails
 * is checked again with checkSchema for the findings.
 */
export function passesSchemaAsStored(doc: { readonly openapi: string }): boolean {
  return schemaValidator(doc, true)(doc);
}

