// Validates the document against the OpenAPI schema of its version (swagger-parser), turning its
// findings into diagnostics with JSON pointers. Skipped with --skip-validate-spec.

import { createRequire } from "node:module";
import SwaggerParser from "@apidevtools/swagger-parser";
import type { DiagnosticSink } from "../model/diagnostics.js";
import { childPointer, refToPointer } from "../model/diagnostics.js";
import { isObject, withSpecKeys, type RawObject } from "./raw.js";

// swagger-parser's own schema check (ajv and the OpenAPI schemas, with its OpenAPI 3.1 fixes), the
// step SwaggerParser.validate runs after dereferencing. Not in its typed API; the version is pinned.
const validateOpenApiSchema = createRequire(import.meta.url)("@apidevtools/swagger-parser/lib/validators/schema.js") as (api: unknown) => void;

interface AjvDetail {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/**
 * @param level how findings are reported: `error` for `oaswright validate`; `warning` for
 *   `generate`, which, like OpenAPI Generator, builds what it can understand from a spec that
 *   breaks the letter of the OpenAPI schema (its own structural errors still stop it).
 */
export async function validateDocument(root: RawObject, sink: DiagnosticSink, level: "error" | "warning"): Promise<void> {
  const report = (pointer: string, message: string) => (level === "error" ? sink.error(pointer, message) : sink.warning(pointer, message));
  const removed = new Set<string>();
  try {
    if (typeof root.openapi === "string") {
      // OpenAPI 3: the schema check alone, on the document as written. SwaggerParser.validate would
      // dereference first (every use of a component validated again: seconds on GitHub's spec) and
      // then run this same check; for 3.x it checks nothing else. Reference Objects are valid
      // wherever the schema allows them, and a finding inside a component is reported once, there.
      validateOpenApiSchema(withSpecKeys(root));
    } else {
      // Swagger 2.0 gets swagger-parser's spec checks too, which need the dereferenced document:
      // a copy (with the spec's keys), so the document we build from stays as written.
      await SwaggerParser.validate(withoutDanglingRefs(withSpecKeys(root), removed) as never);
    }
  } catch (err) {
    const details = (err as { details?: AjvDetail[] }).details;
    if (Array.isArray(details) && details.length > 0) {
      // A node whose dangling $ref was removed now lacks what the $ref stood for: the IR builder
      // reports the $ref itself, so the schema's complaints about that node are only noise.
      const isNoise = (at: string) => [...removed].some((p) => at === p || at.startsWith(`${p}/`));
      for (const d of relevantDetails(details)) if (!isNoise(d.instancePath)) report(d.instancePath, describeDetail(d));
      return;
    }
    const e = err as { message?: string; path?: unknown; targetRef?: string };
    const message = String(e.message ?? err).replace(/^Validation failed\.\s*/, "");
    const pointer = Array.isArray(e.path) ? "/" + e.path.map((t) => String(t).replace(/~/g, "~0").replace(/\//g, "~1")).join("/") : "";
    report(pointer, message.split("\n")[0]!);
  }
}

/**
 * ajv reports every alternative of every oneOf that failed; the useful ones are the deepest.
 * Keep errors nothing deeper explains, and drop "must be a $ref" noise where a real one exists.
 */
function relevantDetails(details: readonly AjvDetail[]): AjvDetail[] {
  const leaves = details.filter((d) => !details.some((o) => o !== d && o.instancePath.startsWith(d.instancePath + "/")));
  const byPath = new Map<string, AjvDetail[]>();
  for (const d of leaves) byPath.set(d.instancePath, [...(byPath.get(d.instancePath) ?? []), d]);
  const out: AjvDetail[] = [];
  for (const group of byPath.values()) {
    const real = group.filter((d) => !(d.keyword === "required" && d.params?.missingProperty === "$ref") && d.keyword !== "oneOf");
    const seen = new Set<string>();
    for (const d of real.length > 0 ? real : group.slice(0, 1)) {
      const text = describeDetail(d);
      if (!seen.has(text)) {
        seen.add(text);
        out.push(d);
      }
    }
  }
  return out;
}

function describeDetail(d: AjvDetail): string {
  const allowed = d.params?.allowedValues;
  if (Array.isArray(allowed)) return `${d.message ?? "invalid value"}: ${allowed.map((v) => JSON.stringify(v)).join(", ")}`;
  const extra = d.params?.additionalProperty;
  if (typeof extra === "string") return `unexpected property ${JSON.stringify(extra)}`;
  return d.message ?? `fails ${d.keyword}`;
}

/**
 * swagger-parser stops at the first `$ref` it cannot resolve, before checking anything else. The IR
 * builder reports dangling refs with their exact pointer, so the validator gets a copy in which
 * they are removed (their nodes' pointers go to `removed`) and can check the rest. (The copy has
 * the spec's keys; see withSpecKeys.)
 */
function withoutDanglingRefs(copy: unknown, removed: Set<string>): unknown {
  const root = copy as RawObject;
  // The path is kept as a stack of tokens and turned into a pointer only for a removed $ref.
  const tokens: (string | number)[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        if (typeof item !== "object" || item === null) return;
        tokens.push(i);
        visit(item);
        tokens.pop();
      });
    } else if (isObject(node)) {
      const ref = node.$ref;
      if (typeof ref === "string" && ref.startsWith("#")) {
        const target = refToPointer(ref);
        if (target === undefined || lookup(root, target) === undefined) {
          delete node.$ref;
          removed.add(tokens.reduce<string>((at, t) => childPointer(at, t), ""));
        }
      }
      for (const key of Object.keys(node)) {
        const value = node[key];
        if (typeof value !== "object" || value === null) continue;
        tokens.push(key);
        visit(value);
        tokens.pop();
      }
    }
  };
  visit(root);
  return root;
}

/** resolvePointer over a copy with spec keys (no stored-key prefixes). */
function lookup(root: RawObject, pointer: string): unknown {
  let node: unknown = root;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}
