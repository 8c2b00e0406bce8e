// Validates the document against the OpenAPI schema of its version (swagger-parser), turning its
// findings into diagnostics with JSON pointers. Skipped with --skip-validate-spec.

import type { DiagnosticSink } from "../model/diagnostics.js";
import { childPointer, refToPointer } from "../model/diagnostics.js";
import { isObject, withSpecKeys, withSpecKeysAt, withSpecKeysShared, type RawObject } from "./raw.js";
import { checkSchema, passesSchemaAsStored, type AjvDetail } from "./schema-validators.js";

/**
 * @param level how findings are reported: `error` for `oaswright validate`; `warning` for
 *   `generate`, which, like OpenAPI Generator, builds what it can understand from a spec that
 *   breaks the letter of the OpenAPI schema (its own structural errors still stop it).
 * @param indexKeyObjects the objects with stored keys, when the loader knows them (LoadedSpec)
 */
export async function validateDocument(root: RawObject, sink: DiagnosticSink, level: "error" | "warning", indexKeyObjects?: readonly string[]): Promise<void> {
  const report = (pointer: string, message: string) => (level === "error" ? sink.error(pointer, message) : sink.warning(pointer, message));
  const removed = new Set<string>();
  try {
    // The schema check runs on the document as written. Dereferencing first (as SwaggerParser.validate
    // does) would check every use of a component again (seconds on GitHub's spec); Reference Objects
    // are valid wherever the schema allows them, and a finding inside a component is reported once,
    // there.
    // The check only reads: it gets the document itself wherever no key needs changing back.
    // Where the loader's JSON scan listed the objects with stored keys, only they are copied.
    // A 3.x document that passes as stored needs no copy; one that does not is checked as written,
    // for findings that name the keys as written.
    const passes = typeof root.openapi === "string" && root.swagger === undefined && passesSchemaAsStored(root as RawObject & { openapi: string });
    if (!passes) checkSchema(indexKeyObjects !== undefined ? withSpecKeysAt(root, indexKeyObjects) : withSpecKeysShared(root));
    if (typeof root.openapi !== "string") {
      // Swagger 2.0 also gets swagger-parser's spec checks (path parameters, duplicates, ...), which
      // need the dereferenced document: a copy, so the document we build from stays as written. For
      // 3.x swagger-parser checks nothing beyond the schema.
      const { default: SwaggerParser } = await import("@apidevtools/swagger-parser");
      await SwaggerParser.validate(withoutDanglingRefs(withSpecKeys(root), removed) as never, { validate: { schema: false, spec: true } } as never);
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
