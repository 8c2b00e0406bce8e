// `$ref`s to other files or URLs, for OpenAPI 3.x documents. A schema reached through such a ref
// becomes a named schema of the document (`./schemas.yaml#/Pet` -> `#/components/schemas/Pet`),
// as OpenAPI Generator's parser does, so models keep the names the spec's authors gave them;
// anything else (parameters, responses, examples, ...) is copied in place. Refs inside an
// imported file are resolved relative to that file. The input document is not modified.

import path from "node:path";
import { childPointer } from "../model/diagnostics.js";
import { resolvePointer } from "./context.js";
import { isObject, storedKey, type RawObject } from "./raw.js";

/** Where a ref leads: an absolute file path or URL, and a JSON pointer in it. */
interface Target {
  readonly doc: string;
  readonly pointer: string;
}

export interface ExternalRefProblem {
  /** The ref as written, and where in the root document the chain that failed started. */
  readonly ref: string;
  readonly pointer: string;
  readonly reason: string;
}

export class ExternalRefError extends Error {
  constructor(readonly problems: readonly ExternalRefProblem[]) {
    super(problems.map((p) => p.reason).join("; "));
  }
}

/**
 * What a node is, which decides which of its `$ref`s are references. swagger-parser (and so OAG)
 * resolves refs only where the OpenAPI object model has a Reference Object or a schema; an
 * extension (`x-...` beside the fields of an OpenAPI object) and example, default and enum values
 * are data it never reads for refs: OAG's own 3_0_3_unit_test_spec.yaml holds `data: {$ref: a}`
 * under `components/x-schema-test-examples`.
 */
type Kind = "schema" | "schemaMap" | "schemaList" | "other" | "components" | "names" | "data";

/** Keys of a schema whose value is a schema / a map of schemas / a list of schemas. */
const SCHEMA_KEYS = new Set(["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "contentSchema"]);
const SCHEMA_MAP_KEYS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
const SCHEMA_LIST_KEYS = new Set(["allOf", "oneOf", "anyOf", "prefixItems"]);
/** Keys whose value is data, never to be read for refs. */
const DATA_KEYS = new Set(["example", "examples", "default", "enum", "const"]);
/** Keys of OpenAPI objects whose value maps names to objects: there `x-request-id` is a name, not an extension. */
const NAME_MAP_KEYS = new Set(["headers", "links", "encoding", "callbacks", "content", "webhooks"]);

/**
 * @param load reads and parses a document (absolute path or URL); throws with a readable reason
 */
export async function importExternalRefs(root: RawObject, rootDoc: string, load: (doc: string) => Promise<RawObject>): Promise<RawObject> {
  const docs = new Map<string, RawObject>([[rootDoc, root]]);
  await loadReachable(root, rootDoc, docs, load);
  return new Importer(rootDoc, docs).run(root);
}

/** Whether an OpenAPI 3.x document refers to another file or URL where swagger-parser resolves refs. */
export function hasExternalRefs(root: RawObject): boolean {
  return eachRef(root, "other", (ref) => !ref.startsWith("#"));
}

/**
 * Loads every document reachable through refs (breadth first), reporting the root refs that fail.
 * Each target is read as what its ref makes it (a schema, a response, ...), as the import will.
 */
async function loadReachable(root: RawObject, rootDoc: string, docs: Map<string, RawObject>, load: (doc: string) => Promise<RawObject>): Promise<void> {
  const problems: ExternalRefProblem[] = [];
  const queue: { doc: string; node: unknown; kind: Kind; origin?: { ref: string; pointer: string } }[] = [{ doc: rootDoc, node: root, kind: "other" }];
  const read = new Set<string>();
  while (queue.length > 0) {
    const { doc, node, kind, origin } = queue.shift()!;
    for (const { ref, pointer, kind: refKind } of refsIn(node, kind)) {
      const target = resolveRef(ref, doc);
      // The root document was read whole, and the import keeps refs into it as they are.
      if (target.doc === rootDoc) continue;
      const blame = origin ?? { ref, pointer };
      if (!docs.has(target.doc)) {
        try {
          docs.set(target.doc, await load(target.doc));
        } catch (err) {
          problems.push({ ...blame, reason: (err as Error).message });
          docs.set(target.doc, {}); // reported once
          continue;
        }
      }
      const key = `${refKind}\u0000${target.doc}#${target.pointer}`;
      if (read.has(key)) continue;
      read.add(key);
      const value = resolvePointer(docs.get(target.doc)!, target.pointer);
      if (value !== undefined) queue.push({ doc: target.doc, node: value, kind: refKind, origin: blame });
    }
  }
  if (problems.length > 0) throw new ExternalRefError(problems);
}

/** The refs of `node`, read as `kind`, each with the kind of what it stands for. */
function refsIn(node: unknown, kind: Kind): { ref: string; pointer: string; kind: Kind }[] {
  const out: { ref: string; pointer: string; kind: Kind }[] = [];
  eachRef(node, kind, (ref, refKind, pointer) => {
    out.push({ ref, pointer: pointer(), kind: refKind });
    return false;
  });
  return out;
}

/**
 * Calls `visit` with each ref of `node` read as `kind` (in document order), the kind of what it
 * stands for and a function giving the pointer of its `$ref` (built only when asked for); stops,
 * returning true, at the first call that returns true.
 */
function eachRef(node: unknown, kind: Kind, visit: (ref: string, kind: Kind, pointer: () => string) => boolean): boolean {
  const path: (string | number)[] = [];
  const pointer = () => path.reduce<string>((at, key) => childPointer(at, key), "");
  const walk = (n: unknown, k: Kind): boolean => {
    if (k === "data" || typeof n !== "object" || n === null) return false;
    if (Array.isArray(n)) {
      const items = itemKind(k);
      for (let i = 0; i < n.length; i++) if (enter(n[i], i, items)) return true;
      return false;
    }
    const obj = n as RawObject;
    if (k !== "schemaMap" && typeof obj.$ref === "string") {
      path.push("$ref");
      const stop = visit(obj.$ref, k, pointer);
      path.pop();
      if (stop) return true;
    }
    for (const key of Object.keys(obj)) if ((key !== "$ref" || k === "schemaMap") && enter(obj[key], key, k === "schemaMap" ? "schema" : childKind(k, key))) return true;
    return false;
  };
  const enter = (child: unknown, key: string | number, k: Kind): boolean => {
    if (typeof child !== "object" || child === null) return false;
    path.push(key);
    const stop = walk(child, k);
    path.pop();
    return stop;
  };
  return walk(node, kind);
}

function resolveRef(ref: string, fromDoc: string): Target {
  const hash = ref.indexOf("#");
  const file = hash < 0 ? ref : ref.slice(0, hash);
  let pointer = hash < 0 ? "" : ref.slice(hash + 1);
  try {
    pointer = decodeURIComponent(pointer);
  } catch {
    // keep as written
  }
  if (file === "") return { doc: fromDoc, pointer };
  if (/^[a-z][a-z0-9+.-]*:/i.test(file) || /^[a-z][a-z0-9+.-]*:/i.test(fromDoc)) {
    return { doc: new URL(file, /^[a-z][a-z0-9+.-]*:/i.test(fromDoc) ? fromDoc : `file://${fromDoc}`).href, pointer };
  }
  let decoded = file;
  try {
    decoded = decodeURI(file);
  } catch {
    // keep as written
  }
  return { doc: path.resolve(path.dirname(fromDoc), decoded), pointer };
}

class Importer {
  /** `doc#pointer` of an imported schema -> its name under components.schemas. */
  private readonly names = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly imported: [string, unknown][] = [];
  /** Non-schema objects being copied in place, to stop ref cycles. */
  private readonly inlining = new Set<string>();
  readonly problems: ExternalRefProblem[] = [];

  constructor(
    private readonly rootDoc: string,
    private readonly docs: ReadonlyMap<string, RawObject>,
  ) {}

  run(root: RawObject): RawObject {
    const components = isObject(root.components) ? root.components : {};
    const schemas = isObject(components.schemas) ? components.schemas : {};
    for (const key of Object.keys(schemas)) this.taken.add(key);
    const out = this.walk(root, this.rootDoc, "other") as RawObject;
    if (this.problems.length > 0) throw new ExternalRefError(this.problems);
    if (this.imported.length === 0) return out;
    const outComponents = isObject(out.components) ? { ...out.components } : {};
    const outSchemas: Record<string, unknown> = isObject(outComponents.schemas) ? { ...outComponents.schemas } : {};
    for (const [name, schema] of this.imported) outSchemas[storedKey(name)] = schema;
    outComponents.schemas = outSchemas;
    return { ...out, components: outComponents };
  }

  private walk(node: unknown, doc: string, kind: Kind): unknown {
    if (kind === "data" || node === null || typeof node !== "object") return node;
    if (Array.isArray(node)) return node.map((v) => this.walk(v, doc, itemKind(kind)));
    const obj = node as RawObject;
    if (kind === "schemaMap") {
      const out: RawObject = {};
      for (const [k, v] of Object.entries(obj)) out[k] = this.walk(v, doc, "schema");
      return out;
    }
    if (typeof obj.$ref === "string") return this.ref(obj, doc, kind);
    const out: RawObject = {};
    for (const [k, v] of Object.entries(obj)) out[k] = this.walk(v, doc, childKind(kind, k));
    return out;
  }

  private ref(node: RawObject, doc: string, kind: Kind): unknown {
    const target = resolveRef(node.$ref as string, doc);
    const siblings: RawObject = {};
    for (const [k, v] of Object.entries(node)) if (k !== "$ref") siblings[k] = this.walk(v, doc, childKind(kind, k));
    if (target.doc === this.rootDoc) {
      // A ref into the root document: keep it (rewritten to a local ref if it came from another file).
      return { ...siblings, $ref: `#${target.pointer.split("/").map((t) => encodeURIComponent(t).replace(/%2F/gi, "/")).join("/")}`.replace(/^#$/, "#") };
    }
    const source = this.docs.get(target.doc)!;
    const value = resolvePointer(source, target.pointer);
    if (value === undefined) {
      this.problems.push({ ref: node.$ref as string, pointer: "", reason: `${target.doc} has nothing at #${target.pointer}` });
      return siblings;
    }
    if (kind === "schema") return { ...siblings, $ref: `#/components/schemas/${this.schemaName(target, value).replace(/~/g, "~0").replace(/\//g, "~1")}` };
    const key = `${target.doc}#${target.pointer}`;
    if (this.inlining.has(key)) return { ...siblings, $ref: `#/x-oaswright-cycle/${encodeURIComponent(key)}` };
    this.inlining.add(key);
    try {
      const copied = this.walk(value, target.doc, kind);
      return isObject(copied) ? { ...copied, ...siblings } : copied;
    } finally {
      this.inlining.delete(key);
    }
  }

  /** The component name of an imported schema: the last pointer token, or the file's base name. */
  private schemaName(target: Target, value: unknown): string {
    const key = `${target.doc}#${target.pointer}`;
    const known = this.names.get(key);
    if (known !== undefined) return known;
    const tokens = target.pointer.split("/").filter((t) => t !== "");
    const last = tokens.length > 0 ? tokens[tokens.length - 1]!.replace(/~1/g, "/").replace(/~0/g, "~") : path.basename(target.doc).replace(/\.[^.]*$/, "");
    let name = last;
    for (let i = 1; this.taken.has(name); i++) name = `${last}_${i}`;
    this.taken.add(name);
    this.names.set(key, name);
    const slot: [string, unknown] = [name, undefined];
    this.imported.push(slot);
    slot[1] = this.walk(value, target.doc, "schema");
    return name;
  }
}

function childKind(parent: Kind, key: string): Kind {
  if (parent === "names") return "other";
  if (DATA_KEYS.has(key)) return "data";
  if (parent === "schema") {
    if (SCHEMA_KEYS.has(key)) return "schema";
    if (SCHEMA_MAP_KEYS.has(key)) return "schemaMap";
    if (SCHEMA_LIST_KEYS.has(key)) return "schemaList";
    return key === "discriminator" || key === "xml" || key === "externalDocs" ? "other" : "data";
  }
  if (key.startsWith("x-")) return "data";
  if (parent === "components") return key === "schemas" ? "schemaMap" : "names";
  if (key === "schema") return "schema";
  if (key === "schemas") return "schemaMap";
  if (key === "components") return "components";
  if (NAME_MAP_KEYS.has(key)) return "names";
  return "other";
}

/** The kind of a list's items: a schema list's are schemas, a schema's lists (`required`, `type`) are data. */
function itemKind(list: Kind): Kind {
  return list === "schemaList" ? "schema" : list === "schema" ? "data" : "other";
}
