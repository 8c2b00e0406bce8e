// Names for inline schemas: which anonymous schemas become named models, and what they are called.
//
// OpenAPI Generator hoists inline object/composed schemas to named models (its
// InlineModelResolver) and every doc and client it writes uses those names, so all our
// generators share one plan that reproduces that naming. The plan is computed over the raw
// (3.x-shaped) document without mutating it: it maps raw schema objects, by identity, to the
// name they are hoisted to; the IR builder then emits a RefSchema wherever it meets one.
//
// How: OAG's resolver works by rewriting its parsed document in place (an inline schema is
// moved to components and its slot gets a `$ref`), and every later decision (reuse of an
// identical schema, the uniqueness of names, what is still inline when components are visited)
// depends on the rewrites done before it. So the planner makes a private working copy of the
// document (each copied node remembers the raw node it came from), replays on it what OAG does
// before code generation, and reports every rewrite in terms of the raw nodes:
// - 7.x (7.12 to 7.17, the golden data's releases): the OpenAPI Normalizer's default rules
//   (src/parse/inline-normalizer.ts), then InlineModelResolver.flatten;
// - 6.x (python-prior): no normalizer; inline allOf members become `<Model>_allOf` models;
// - 5.x: as 6.x, but in operations only inline objects with properties become models.
// Which one: `oagVersion`, see `profileFor`. What differs is listed at `Profile`.
//
// Names (src/parse/inline-names.ts): `<operationId>_request`, `<operationId>_<code>_response`,
// `<operationId>_<param>_parameter` (without an operationId: path + `_` + verb), then for what
// is inside: `<name>_<property>`, `_inner` (array items), `_value` (map values), `_oneOf`,
// `_anyOf`, `_allOf` (6.x), `_not`; a schema's title instead when it has one; sanitized, made
// unique with `_1`, `_2`... An inline schema identical to one hoisted before reuses its name.

// Visiting order (as OAG): paths in document order; per path item its own parameters (7.x),
// then its operations in swagger-models' readOperationsMap order (get, put, post, delete,
// patch, head, options, trace) followed by their callbacks' operations; per operation the
// request body, the parameters, the responses. Then webhooks (7.x), then components.schemas in
// document order followed by the models hoisted so far, then components.responses (7.10+). A
// `$ref` response is not followed from the operation (OAG's flattenResponses reads its content).

import { narrowingAlternatives } from "./narrowing.js";
import { childPointer, pointerTokens } from "../model/diagnostics.js";
import type { DiagnosticSink } from "../model/diagnostics.js";
import { NameTable, signatureOf, type NumberLiteralOf } from "./inline-names.js";
import type { NumberLiterals } from "./number-literals.js";
import { Normalizer, copyMetadata, isNode, nonEmptyList, nonEmptyMap, versionBefore, type Node, type NormalizerHost } from "./inline-normalizer.js";
import { resolvePointer } from "./context.js";
import { enumInferredType, storedKey, type RawObject } from "./raw.js";
import { own } from "../model/own.js";

export interface InlineOptions {
  /**
   * OAG 6.x extracted inline allOf members of component schemas (`Cat_allOf`); 7.x does not
   * unless told to (REFACTOR_ALLOF_INLINE_SCHEMAS). Without `oagVersion`, true means "as 6.x".
   */
  readonly refactorAllOfInlineSchemas: boolean;
  /** Hoist inline enums to models too (OAG's RESOLVE_INLINE_ENUMS). */
  readonly resolveInlineEnums: boolean;
  /** Do not reuse a structurally identical earlier inline schema (OAG's SKIP_SCHEMA_REUSE). */
  readonly skipSchemaReuse: boolean;
  /** `--inline-schema-name-mappings`: computed inline name -> chosen name. */
  readonly nameMappings: Readonly<Record<string, string>>;
  /**
   * The OpenAPI Generator release to reproduce, e.g. `7.12.0` (releases differ in details, see
   * the Normalizer below); absent: the newest supported (DEFAULT_OAG_VERSION, 7.24).
   */
  readonly oagVersion?: string;
  /**
   * OAG's generateAliasAsModel (`--generate-alias-as-model`, `-p generateAliasAsModel=true`): named
   * array and map schemas become models (ModelUtils.isGenerateAliasAsModel; a schema can also ask
   * for it with `x-generate-alias-as-model: true`).
   */
  readonly generateAliasAsModel?: boolean;
}

export const DEFAULT_INLINE_OPTIONS: InlineOptions = {
  refactorAllOfInlineSchemas: false,
  resolveInlineEnums: false,
  skipSchemaReuse: false,
  nameMappings: {},
};

export interface HoistedSchema {
  /** The model name (spec-level raw name, e.g. `createJob_request`, `Pet_category`). */
  readonly name: string;
  /** The raw schema object that becomes the model's body. */
  readonly raw: RawObject;
  /** JSON pointer of the place it was first found. */
  readonly pointer: string;
}

export interface InlinePlan {
  /** Raw inline schema object (by identity) -> the model name it was hoisted to. */
  readonly hoisted: ReadonlyMap<object, string>;
  /**
   * Raw schema objects (by identity) to read as another raw schema, e.g. a property
   * `allOf: [{type: string}]` read as its only member.
   */
  readonly substitutes: ReadonlyMap<object, RawObject>;
  /** Raw allOf schemas (by identity) read as this rewrite: metadata-only members moved up (7.14+). */
  readonly rewrites: ReadonlyMap<object, RawObject>;
  /** The new models, in the order they were named. */
  readonly schemas: readonly HoistedSchema[];
}

/**
 * @param root the raw document, OpenAPI 3.x shaped (2.0 is converted before this)
 */
export function planInlineSchemas(root: RawObject, options: InlineOptions, sink: DiagnosticSink, numberLiterals?: NumberLiterals): InlinePlan {
  return new Planner(root, options, sink, numberLiterals).run();
}

// ---------------------------------------------------------------------------------------------
// The working copy

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;
const SCHEMAS_REF = "#/components/schemas/";

/**
 * What differs between the OAG releases we reproduce. 7.x is 7.12 to 7.17 (the versions of the
 * golden data); 6.x is 6.6.
 */
interface Profile {
  /** The default OpenAPI Normalizer rules run first (7.x). */
  readonly normalize: boolean;
  /** Inline allOf members become `<Model>_allOf` models (6.x, or REFACTOR_ALLOF_INLINE_SCHEMAS). */
  readonly refactorAllOf: boolean;
  /** A map value is named after the map's title (6.x) rather than its own (7.x). */
  readonly mapValueTitleFromParent: boolean;
  /** Path-level parameters and webhooks are flattened too (7.x). */
  readonly flattenMore: boolean;
  /** The inline schemas of components.responses become models (7.10+, cbc64e86d3). */
  readonly flattenComponentResponses: boolean;
  /** flattenProperties also hoists composed properties, items and map values (7.x). */
  readonly flattenComposedProperties: boolean;
  /**
   * 5.x: in operations only inline objects with properties become models, named
   * `inline_object`, `inline_response_<code>` or after the parameter (approximation: only the
   * hoisting rule is verified, on the ecotaxa golden case; components are treated as in 6.x).
   */
  readonly operationObjectsOnly: boolean;
  /**
   * Before 8330e16d66 (#12104, 2022-04-20, in 6.0.0): flattenComponents runs flattenProperties
   * over a plain model's properties (not gatherInlineModels), so array items and map values are
   * named `<Model>_<property>` (no `_inner`/`_value`) and the items of a top-level array model
   * stay inline (its ArraySchema branch sat behind `model instanceof Schema`, always true); an
   * operation's hoisted model has its properties flattened the same way (modelFromProperty).
   */
  readonly flattenPropertiesOnly: boolean;
  /**
   * A 3.0 (or converted 2.0) `$ref` response is in the operation's place when the resolver is done:
   * swagger-parser's OperationProcessor loads every `$ref` response up to 2.1.22; 2.1.23 made it
   * depend on ParseOptions.resolveResponses (default false). OAG 7.14.0 took that parser without
   * setting the option (issue #21588: `InlineObject` models instead of `<op>_<code>_response`);
   * #21568 sets it again, in 7.15.0. False: the response is left to flattenComponentResponses.
   */
  readonly resolveResponses: boolean;
  /**
   * modelFromProperty's `model.setType(object.getType())` keeps a 3.1 schema's type. Up to the
   * readable source (May 2025) a 3.1 schema answered getType() with null, so a hoisted property model
   * of a 3.1 document had no type and no reuse with an equal schema hoisted as it is
   * (makeSchemaInComponents), whose Json keeps it. A 7.21.0-SNAPSHOT output (MelvinKl/Auto-slopp
   * 14b2542, corpus case openproject-python) reuses one for the other (StorageFilesModel `_links` ->
   * StorageFileModelAllOfLinks): the change is past the readable source (likely the swagger-core
   * that OAG moved to); the release is read from that output and may be earlier.
   */
  readonly modelType31: boolean;
  /**
   * isModelNeeded's special case for an allOf of one member that only adds flags: a schema with
   * nothing but `allOf` and these flags set to true (Java `equals` against a ComposedSchema holding
   * only them) is its member, which a `$ref` member never needs a model for. f6be1d07bc (#13303,
   * 6.2.0): readOnly alone; 71a7a822f4 (#13850, 6.3.0): readOnly or nullable. Any other keyword
   * (a description) breaks the equality, and the member is then resolved and asked.
   */
  readonly singleAllOfFlags: readonly ("readOnly" | "nullable")[];
  /**
   * isModelNeeded for an allOf whose one member is a `$ref` (and nothing else composed): `resolved`
   * asks the referenced schema (6.x: a description beside `allOf: [$ref: Model]` hoists a model);
   * `unlessFlagged` takes the `$ref` as it is (no model) unless readOnly or nullable is true, whose
   * branch comes first (7258b3c171, #16096, 7.0.0: an `else if`); `always` takes the `$ref` in every
   * case (5bc7aa3cd6, #18945, 7.7.0).
   */
  readonly singleAllOfRef: "resolved" | "unlessFlagged" | "always";
}

const PROFILE_7: Profile = {
  normalize: true,
  refactorAllOf: false,
  mapValueTitleFromParent: false,
  flattenMore: true,
  flattenComponentResponses: true,
  flattenComposedProperties: true,
  operationObjectsOnly: false,
  flattenPropertiesOnly: false,
  resolveResponses: true,
  modelType31: true,
  singleAllOfFlags: ["readOnly", "nullable"],
  singleAllOfRef: "always",
};
const PROFILE_6: Profile = {
  normalize: false,
  refactorAllOf: true,
  mapValueTitleFromParent: true,
  flattenMore: false,
  flattenComponentResponses: false,
  flattenComposedProperties: false,
  operationObjectsOnly: false,
  flattenPropertiesOnly: false,
  resolveResponses: true,
  modelType31: false,
  singleAllOfFlags: ["readOnly", "nullable"],
  singleAllOfRef: "resolved",
};
const PROFILE_5: Profile = { ...PROFILE_6, operationObjectsOnly: true, flattenPropertiesOnly: true };

/**
 * The release comes from `oagVersion`; without one, `refactorAllOfInlineSchemas` alone means 6.x
 * (what python-prior was generated with) and its absence 7.x. With a 7.x version the flag is
 * OAG's REFACTOR_ALLOF_INLINE_SCHEMAS option.
 */
function profileFor(options: InlineOptions): Profile {
  if (options.oagVersion === undefined) return options.refactorAllOfInlineSchemas ? PROFILE_6 : PROFILE_7;
  // A 6.0.0 prerelease (`6.0.0-SNAPSHOT`, `6.0.0-beta`) is read as the resolver before #12104
  // (8330e16d66, 2022-04-20), which 5.4.0 (4a36be7002) to then share: the file has no other commit
  // in between, and the iij-dpf 6.0.0-SNAPSHOT output names items without `_inner`.
  if (versionBefore(options.oagVersion, [6, 0]) || /^6\.0\.0-/.test(options.oagVersion)) return PROFILE_5;
  if (versionBefore(options.oagVersion, [6, 2])) return { ...PROFILE_6, singleAllOfFlags: [] };
  if (versionBefore(options.oagVersion, [6, 3])) return { ...PROFILE_6, singleAllOfFlags: ["readOnly"] };
  if (versionBefore(options.oagVersion, [7, 0])) return PROFILE_6;
  let profile = versionBefore(options.oagVersion, [7, 10]) ? { ...PROFILE_7, flattenComponentResponses: false } : PROFILE_7;
  if (versionBefore(options.oagVersion, [7, 7])) profile = { ...profile, singleAllOfRef: "unlessFlagged" };
  if (!versionBefore(options.oagVersion, [7, 14]) && versionBefore(options.oagVersion, [7, 15])) profile = { ...profile, resolveResponses: false };
  if (versionBefore(options.oagVersion, [7, 21])) profile = { ...profile, modelType31: false };
  return options.refactorAllOfInlineSchemas ? { ...profile, refactorAllOf: true } : profile;
}

/** Whether the release runs OAG's OpenAPINormalizer with its default rules (the profile's `normalize`). */
export function normalizerRuns(options: InlineOptions): boolean {
  return profileFor(options).normalize;
}

/** The last segment of a local `$ref`, unescaped (OAG's ModelUtils.getSimpleRef). */
function simpleRef(ref: string): string {
  let name = ref.slice(ref.lastIndexOf("/") + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it as written
  }
  return name.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** Under symbol keys on each working copy: its raw node, and where the copy was put (see Planner.copy). */
const ORIGIN = Symbol("origin");
const PARENT = Symbol("parent");
const KEY = Symbol("key");
const POINTER = Symbol("pointer");

interface Copy {
  [ORIGIN]?: object;
  [PARENT]?: object;
  [KEY]?: string | number;
  [POINTER]?: string;
}

function placeCopy(copy: object, raw: object, parent: object | undefined, key: string | number): void {
  const c = copy as Copy;
  c[ORIGIN] = raw;
  c[PARENT] = parent;
  c[KEY] = key;
}

/** The pointer of the place a copy was put (computed once per copy asked). */
function copyPointer(copy: object): string {
  const c = copy as Copy;
  if (c[POINTER] !== undefined) return c[POINTER];
  const pointer = c[PARENT] === undefined ? "" : childPointer(copyPointer(c[PARENT]), c[KEY]!);
  c[POINTER] = pointer;
  return pointer;
}

/**
 * The literal of a number written as an integral float (`0.0`, src/parse/number-literals.ts) at a key
 * of a working-copy node, found through the raw node it copies (signatureOf's NumberLiteralOf).
 */
function literalLookup(root: RawObject, literals: NumberLiterals | undefined): NumberLiteralOf | undefined {
  if (literals === undefined || literals.size === 0) return undefined;
  const byNode = new Map<object, Map<string, string>>();
  for (const [pointer, literal] of literals) {
    const slash = pointer.lastIndexOf("/");
    const node = resolvePointer(root, pointer.slice(0, slash));
    if (slash === -1 || !isNode(node)) continue;
    // The working copy keeps the keys as stored (raw.ts storedKey), which is how the signature asks.
    const key = storedKey(pointerTokens(pointer.slice(slash))[0]!);
    let keys = byNode.get(node);
    if (keys === undefined) byNode.set(node, (keys = new Map()));
    keys.set(key, literal);
  }
  return (node, key) => byNode.get((node as Copy)[ORIGIN] ?? node)?.get(key);
}

class Planner implements NormalizerHost {
  private readonly literalOf: NumberLiteralOf | undefined;
  readonly is31: boolean;
  readonly oagVersion: string | undefined;
  private readonly profile: Profile;
  /** Working copy of the document. */
  readonly doc: Node;
  /**
   * Raw node -> its working copy (one copy per raw node, so shared nodes stay shared). A Map, not
   * a WeakMap: the planner lives for one parse, and weak tables holding every node of a large spec
   * make each garbage collection slower.
   */
  private readonly copies = new Map<object, object>();
  /**
   * Raw node -> JSON pointer, for the few raw nodes first met where the copy leaves them out (the
   * siblings of a 3.0 `$ref`, narrowing alternatives) and met again where it copies them (nodes
   * shared through YAML aliases). The pointer of any other copied node is where its copy sits.
   */
  private readonly skippedPointers = new Map<object, string>();
  /** components.schemas of the working copy: the document's, then every model added. */
  readonly components = new Map<string, Node>();
  private readonly originalComponents = new Set<string>();
  private readonly names: NameTable;
  private readonly signatures = new Map<string, string>();

  private readonly hoisted = new Map<object, string>();
  private readonly substitutes = new Map<object, RawObject>();
  private readonly rewrites = new Map<object, RawObject>();
  private readonly schemas: HoistedSchema[] = [];
  /** Name -> index in `schemas`. */
  private readonly schemaIndex = new Map<string, number>();

  constructor(
    root: RawObject,
    private readonly options: InlineOptions,
    private readonly sink: DiagnosticSink,
    numberLiterals?: NumberLiterals,
  ) {
    this.literalOf = literalLookup(root, numberLiterals);
    this.is31 = typeof root.openapi === "string" && root.openapi.startsWith("3.1");
    this.oagVersion = options.oagVersion;
    this.profile = profileFor(options);
    this.doc = this.copy(root, undefined, "") as Node;
    const schemas = this.componentMap("schemas");
    for (const [name, schema] of Object.entries(schemas ?? {})) {
      if (!isNode(schema)) continue;
      this.components.set(name, schema);
      this.originalComponents.add(name);
    }
    this.names = new NameTable(this.components.keys());
  }

  run(): InlinePlan {
    if (this.profile.normalize) new Normalizer(this).run();
    this.flattenPathItems(this.doc.paths);
    if (this.profile.flattenMore) this.flattenPathItems(this.doc.webhooks);
    this.flattenComponents();
    // InlineModelResolver.flattenComponentResponses (cbc64e86d3, 7.10.0): no name, so `inline_object`...
    if (this.profile.flattenComponentResponses) {
      for (const response of Object.values(this.componentMap("responses") ?? {})) {
        if (isNode(response)) this.flattenContent(response.content, undefined);
      }
    }
    return { hoisted: this.hoisted, substitutes: this.substitutes, rewrites: this.rewrites, schemas: this.schemas };
  }

  // -------------------------------------------------------------------------------------------
  // Copying

  /**
   * Deep copy keeping shared nodes shared. In 3.0 the siblings of a `$ref` are dropped, as
   * swagger-parser does. Each copy keeps, under symbol keys (which Object.keys/entries and JSON do
   * not see), the raw node it came from and the place it was put (parent copy and key), from which
   * pointerOf builds the raw node's pointer only when it is asked for: the same pointer as a walk
   * recording every node's first place in the document would give.
   */
  private copy(node: unknown, parent: object | undefined, key: string | number): unknown {
    if (typeof node !== "object" || node === null) return node;
    const done = this.copies.get(node);
    if (done !== undefined) return done;
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      this.copies.set(node, out);
      placeCopy(out, node, parent, key);
      for (let i = 0; i < node.length; i++) out.push(this.copy(node[i], out, i));
      return out;
    }
    const out: Node = {};
    this.copies.set(node, out);
    placeCopy(out, node, parent, key);
    const raw = node as RawObject;
    const keys = Object.keys(raw);
    if (!this.is31 && typeof raw.$ref === "string") {
      out.$ref = raw.$ref;
      for (const k of keys) if (k !== "$ref") this.noteSkipped(raw[k], out, k);
      return out;
    }
    // Alternatives that only narrow the object are no models (./narrowing.ts; the IR drops them).
    const skipped: readonly string[] = narrowingAlternatives(raw);
    for (const k of keys) {
      if (skipped.length > 0 && skipped.includes(k)) this.noteSkipped(raw[k], out, k);
      else out[k] = this.copy(raw[k], out, k);
    }
    return out;
  }

  /** Records the pointers of the raw nodes in a part the copy leaves out that were not met before. */
  private noteSkipped(value: unknown, parent: object, key: string): void {
    if (typeof value !== "object" || value === null) return;
    const walk = (node: object, pointer: string): void => {
      if (this.copies.has(node) || this.skippedPointers.has(node)) return;
      this.skippedPointers.set(node, pointer);
      if (Array.isArray(node)) {
        node.forEach((item: unknown, i) => {
          if (typeof item === "object" && item !== null) walk(item, childPointer(pointer, i));
        });
      } else {
        for (const k of Object.keys(node)) {
          const item = (node as RawObject)[k];
          if (typeof item === "object" && item !== null) walk(item, childPointer(pointer, k));
        }
      }
    };
    walk(value, childPointer(copyPointer(parent), key));
  }

  /**
   * 3.1 schemas that NORMALIZE_31SPEC gave a 3.0-style single type (or replaced by a new 3.0
   * ArraySchema / empty schema): their getType() answers that type.
   */
  private readonly oas30Style = new Map<Node, string | undefined>();

  isOas30Style(schema: Node): boolean {
    return this.oas30Style.has(schema);
  }

  markOas30Style(schema: Node, type: string | undefined, copiedFrom?: Node): void {
    this.oas30Style.set(schema, type);
    const raw = copiedFrom && this.rawOf(copiedFrom);
    if (raw) (schema as Copy)[ORIGIN] = raw;
  }

  rawOf(node: object): object | undefined {
    return (node as Copy)[ORIGIN];
  }

  /** JSON pointer of the first place in the document of the raw node `node` was copied from. */
  pointerOf(node: object): string {
    const raw = this.rawOf(node);
    if (raw === undefined) return "";
    const early = this.skippedPointers.get(raw);
    if (early !== undefined) return early;
    const copy = this.copies.get(raw);
    return copy === undefined ? "" : copyPointer(copy);
  }

  componentMap(kind: string): Node | undefined {
    const components = this.doc.components;
    if (!isNode(components)) return undefined;
    const map = components[kind];
    return isNode(map) ? map : undefined;
  }

  /** Follows `$ref`s of a non-schema object (path item, parameter, request body, response, callback). */
  deref(node: unknown, kind: string): Node | undefined {
    let current = node;
    for (let hops = 0; hops < 20 && isNode(current) && typeof current.$ref === "string"; hops++) {
      const ref = current.$ref;
      current = ref.startsWith("#/") ? this.resolvePointer(ref.slice(1)) : undefined;
      if (current === undefined) current = this.componentMap(kind)?.[simpleRef(ref)];
    }
    return isNode(current) && typeof current.$ref !== "string" ? current : undefined;
  }

  private resolvePointer(pointer: string): unknown {
    return resolvePointer(this.doc, pointer);
  }

  /** ModelUtils.getReferencedSchema: one `$ref` hop into components.schemas. */
  referencedSchema(schema: Node): Node {
    if (typeof schema.$ref !== "string") return schema;
    return this.components.get(simpleRef(schema.$ref)) ?? schema;
  }

  // -------------------------------------------------------------------------------------------
  // What swagger-models and ModelUtils say about a schema

  /**
   * Schema.getType(). In 3.0 the parser's schema class implies a type (`items` -> array,
   * `additionalProperties` -> object), and an untyped `enum` gets one from its values
   * (OpenAPIDeserializer.getSchema with inferSchemaType, on by default: inferTypeFromArray);
   * a 3.1 schema keeps its types in `types` and answers null.
   */
  beanType(schema: Node): string | undefined {
    if (this.oas30Style.has(schema)) return this.oas30Style.get(schema);
    if (this.is31) return undefined;
    if (typeof schema.type === "string") return schema.type;
    if (this.isComposed(schema)) return undefined;
    if (schema.items !== undefined) return "array";
    if (schema.additionalProperties !== undefined) return "object";
    if (Array.isArray(schema.enum)) return enumInferredType(schema.enum);
    return undefined;
  }

  /** The one type of a schema (ModelUtils.getType, which knows 3.1's type lists). */
  typeName(schema: Node): string | undefined {
    const t = schema.type;
    if (typeof t === "string") return t;
    if (Array.isArray(t) && t.length === 1 && typeof t[0] === "string") return t[0];
    return this.is31 ? undefined : this.beanType(schema);
  }

  isComposed(schema: Node): boolean {
    return schema.allOf !== undefined || schema.anyOf !== undefined || schema.oneOf !== undefined;
  }

  isArray(schema: Node): boolean {
    const t = schema.type;
    if (t === "array" || (Array.isArray(t) && t.includes("array"))) return true;
    return !this.is31 && t === undefined && schema.items !== undefined && !this.isComposed(schema);
  }

  /** swagger-parser made a MapSchema: an `additionalProperties` other than false, nothing composed or array. */
  private isMapClass(schema: Node): boolean {
    return (
      !this.is31 &&
      schema.additionalProperties !== undefined &&
      schema.additionalProperties !== false &&
      !this.isComposed(schema) &&
      schema.items === undefined
    );
  }

  /** ModelUtils.isMapSchema. */
  isMap(schema: Node): boolean {
    const ap = schema.additionalProperties;
    if (ap === false) return false;
    return this.isMapClass(schema) || isNode(ap) || ap === true;
  }

  /** ModelUtils.isObjectSchema (7.x). */
  isObject(schema: Node): boolean {
    const t = this.beanType(schema);
    return (t === "object" && !this.isMapClass(schema)) || (t === undefined && nonEmptyMap(schema.properties));
  }

  /** `instanceof ObjectSchema` (6.x's flattenProperties). */
  isObjectClass(schema: Node): boolean {
    if (this.is31 || this.isComposed(schema) || schema.items !== undefined) return false;
    const ap = schema.additionalProperties;
    return ap === false || (ap === undefined && schema.type === "object");
  }

  private onlyOne(schema: Node, key: "anyOf" | "oneOf"): boolean {
    const others = (["allOf", "anyOf", "oneOf"] as const).filter((k) => k !== key);
    return nonEmptyList(schema[key]) && !nonEmptyMap(schema.properties) && others.every((k) => !nonEmptyList(schema[k]));
  }

  // -------------------------------------------------------------------------------------------
  // InlineModelResolver

  private flattenPathItems(items: unknown): void {
    if (!isNode(items)) return;
    for (const [pathname, rawItem] of Object.entries(items)) {
      if (pathname.startsWith("x-")) continue;
      const item = this.deref(rawItem, "pathItems");
      if (!item) continue;
      const operations = this.operationsOf(item);
      const all = [...operations];
      for (const [, operation] of operations) {
        for (const [key, rawCallback] of Object.entries(isNode(operation.callbacks) ? operation.callbacks : {})) {
          if (key.startsWith("x-")) continue;
          // swagger-parser leaves an internal `$ref` callback (and path item) unresolved: a Callback
          // (PathItem) holding only its $ref has no entries (operations), so OAG flattens nothing there.
          const callback = inlineNode(rawCallback);
          for (const [expression, rawCallbackItem] of Object.entries(callback ?? {})) {
            if (expression.startsWith("x-")) continue;
            const callbackItem = inlineNode(rawCallbackItem);
            if (callbackItem) all.push(...this.operationsOf(callbackItem));
          }
        }
      }
      if (this.profile.flattenMore) this.flattenParameters(pathname, item.parameters, undefined);
      for (const [method, operation] of all) {
        const fallback = `${pathname}_${method}`;
        const operationId = typeof operation.operationId === "string" ? operation.operationId : undefined;
        const prefix = operationId ?? fallback;
        const body = this.deref(operation.requestBody, "requestBodies");
        const legacy = this.profile.operationObjectsOnly;
        if (body) this.flattenContent(body.content, legacy ? "inline_object" : `${prefix}_request`, pathname);
        this.flattenParameters(fallback, operation.parameters, operationId);
        for (const [code, rawResponse] of Object.entries(isNode(operation.responses) ? operation.responses : {})) {
          if (code.startsWith("x-")) continue;
          // flattenResponses reads the response's own content. In 3.0 swagger-parser has put a
          // `$ref` response's component in its place (Profile.resolveResponses), so its inline
          // schema is named after the first operation that uses it (`getMe_401_response`) and
          // later ones find the model. A 3.1 `$ref` response stays a reference (OpenAPI31Traverser):
          // content null, left to flattenComponentResponses.
          const inPlace = !this.is31 && this.profile.resolveResponses;
          const response = !isNode(rawResponse) ? undefined : typeof rawResponse.$ref !== "string" ? rawResponse : inPlace ? this.deref(rawResponse, "responses") : undefined;
          if (response) this.flattenContent(response.content, legacy ? `inline_response_${code}` : `${prefix}_${code}_response`);
        }
      }
    }
  }

  operationsOf(item: Node): [string, Node][] {
    const out: [string, Node][] = [];
    for (const method of METHODS) {
      const operation = item[method];
      if (isNode(operation)) out.push([method, operation]);
    }
    return out;
  }

  private flattenParameters(fallback: string, parameters: unknown, operationId: string | undefined): void {
    if (!Array.isArray(parameters)) return;
    for (const rawParameter of parameters) {
      const parameter = this.deref(rawParameter, "parameters");
      if (!parameter || !isNode(parameter.schema)) continue;
      const schema = parameter.schema;
      const paramName = parameter.name === undefined || parameter.name === null ? "null" : String(parameter.name);
      if (this.profile.operationObjectsOnly) {
        if (this.isObjectClass(schema) && nonEmptyMap(schema.properties)) {
          // before #12104 flattenParameters flattens its properties under the path first
          if (this.profile.flattenPropertiesOnly) this.flattenProperties(schema.properties, fallback.slice(0, fallback.lastIndexOf("_")));
          parameter.schema = this.makeSchemaInComponents(this.names.resolve(schema.title, paramName), schema);
        }
        continue;
      }
      const name = this.names.resolve(schema.title, `${operationId ?? fallback}_${paramName}_parameter`);
      this.gather(schema, name);
      if (this.isModelNeeded(schema)) parameter.schema = this.makeSchemaInComponents(name, schema);
    }
  }

  /**
   * @param bodyPath a request body's path: before #12104 (flattenPropertiesOnly) the properties of
   * a hoisted body are flattened under the path (flattenRequestBody), before the model is named;
   * a response's under its model's name, after (flattenResponses' modelFromProperty).
   */
  private flattenContent(content: unknown, name: string | undefined, bodyPath?: string): void {
    if (!isNode(content)) return;
    for (const media of Object.values(content)) {
      if (!isNode(media) || !isNode(media.schema)) continue;
      const schema = media.schema;
      if (this.profile.operationObjectsOnly) {
        if (this.isObjectClass(schema) && nonEmptyMap(schema.properties)) {
          const legacy = this.profile.flattenPropertiesOnly;
          if (legacy && bodyPath !== undefined) this.flattenProperties(schema.properties, bodyPath);
          const schemaName = this.names.resolve(schema.title, name);
          if (legacy && bodyPath === undefined) this.flattenProperties(schema.properties, schemaName);
          // 5.x flattenRequestBody adds the body object under its new name without looking for an
          // equal one (addGenerated, no matchGenerated); flattenResponses does look.
          media.schema = bodyPath !== undefined ? this.addSchemaInComponents(schemaName, schema) : this.makeSchemaInComponents(schemaName, schema);
        }
        continue;
      }
      const schemaName = this.names.resolve(schema.title, name);
      this.gather(schema, schemaName);
      if (this.isModelNeeded(schema)) media.schema = this.makeSchemaInComponents(schemaName, schema);
    }
  }

  private flattenComponents(): void {
    for (const name of [...this.components.keys()]) {
      const model = this.components.get(name);
      if (!model) continue;
      if (this.onlyOne(model, "anyOf") || this.onlyOne(model, "oneOf")) {
        this.gather(model, name);
      } else if (this.isComposed(model)) {
        this.flattenComposedChildren(`${name}_allOf`, model.allOf, !this.profile.refactorAllOf);
        this.flattenComposedChildren(`${name}_anyOf`, model.anyOf, false);
        this.flattenComposedChildren(`${name}_oneOf`, model.oneOf, false);
      } else if (this.profile.flattenPropertiesOnly) {
        if (isNode(model.properties)) this.flattenProperties(model.properties, name);
      } else {
        this.gather(model, name);
      }
    }
  }

  /** Members of a component's allOf/anyOf/oneOf that have properties or an enum become models. */
  private flattenComposedChildren(key: string, children: unknown, skip: boolean): void {
    if (!nonEmptyList(children)) return;
    children.forEach((child, i) => {
      if (!isNode(child) || child.$ref !== undefined) return;
      if (!nonEmptyMap(child.properties) && !nonEmptyList(child.enum)) return;
      let name = this.names.resolve(child.title, key);
      const model = this.modelFromProperty(child, name);
      this.gather(model.node, name);
      if (skip) return;
      const signature = this.signature(model.node);
      const existing = this.matchGenerated(signature);
      if (existing === undefined) name = this.addSchema(name, model.node, model.raw, child, signature);
      children[i] = this.refTo(existing ?? name, undefined, child.required);
      this.recordHoist(child, existing ?? name);
    });
  }

  /** Hoists the inline schemas inside `schema`, replacing them with `$ref`s. */
  gather(schema: Node, prefix: string): void {
    if (schema.$ref !== undefined || this.gathering.has(schema)) return; // (a cycle only YAML aliases can make)
    this.gathering.add(schema);
    try {
      this.gatherInner(schema, prefix);
    } finally {
      this.gathering.delete(schema);
    }
  }

  private readonly gathering = new Set<Node>();

  private gatherInner(schema: Node, prefix: string): void {
    const type = this.beanType(schema);
    if (type === undefined || type === "object") {
      const properties = schema.properties;
      if (isNode(properties)) {
        for (const [propName, prop] of Object.entries(properties)) {
          if (!isNode(prop) || this.usesNoName(prop)) continue;
          const name = this.names.resolve(prop.title, `${prefix}_${propName}`);
          this.gather(prop, name);
          if (this.isModelNeeded(prop)) {
            properties[propName] = this.makeSchemaInComponents(name, prop);
          } else if (this.isComposed(prop)) {
            const allOf = prop.allOf;
            if (Array.isArray(allOf) && allOf.length === 1 && isNode(allOf[0])) {
              const memberType = this.beanType(allOf[0]);
              if (!(memberType === undefined || memberType === "object")) {
                // allOf with only 1 type (not a model): the property is read as that type.
                properties[propName] = allOf[0];
                this.recordSubstitute(prop, allOf[0]);
              }
            }
          }
        }
      }
      const inner = schema.additionalProperties;
      if (isNode(inner)) {
        const title = this.profile.mapValueTitleFromParent ? schema.title : inner.title;
        const name = this.names.resolve(title, `${prefix}_value`);
        this.gather(inner, name);
        if (this.isModelNeeded(inner)) schema.additionalProperties = this.makeSchemaInComponents(name, inner);
      }
    } else if (schema.properties !== undefined || schema.additionalProperties !== undefined) {
      // OAG logs "Illegal schema found with non-object type combined with properties" and stops.
      return;
    }
    if (this.isArray(schema)) {
      const items = schema.items;
      if (!isNode(items)) return;
      const name = this.names.resolve(items.title, `${prefix}_inner`);
      this.gather(items, name);
      if (this.isModelNeeded(items)) schema.items = this.makeSchemaInComponents(name, items);
    }
    if (this.isComposed(schema)) {
      if (Array.isArray(schema.allOf)) {
        const allOf = schema.allOf;
        allOf.forEach((inner, i) => {
          if (!isNode(inner)) return;
          const name = this.names.resolve(inner.title, `${prefix}_allOf`);
          this.gather(inner, name);
          if (this.isModelNeeded(inner) && this.profile.refactorAllOf) allOf[i] = this.makeSchemaInComponents(name, inner);
        });
      }
      for (const key of ["anyOf", "oneOf"] as const) {
        const members = schema[key];
        if (!Array.isArray(members)) continue;
        members.forEach((inner, i) => {
          if (!isNode(inner)) return;
          const name = this.names.resolve(inner.title, `${prefix}_${key}`);
          this.gather(inner, name);
          if (this.isModelNeeded(inner)) members[i] = this.makeSchemaInComponents(name, inner);
        });
      }
    }
    if (isNode(schema.not)) {
      const not = schema.not;
      const name = this.names.resolve(schema.title, `${prefix}_not`);
      this.gather(not, name);
      if (this.isModelNeeded(not)) schema.not = this.makeSchemaInComponents(name, not);
    }
  }

  /**
   * True for a schema with nothing inside that gather could hoist and that is no model itself (a
   * 3.0 `$ref`, a string, ...): the name it would get is never used, so none is made (asking the
   * name table reserves nothing, so skipping the question changes no other name).
   */
  private usesNoName(schema: Node): boolean {
    return !isNode(schema.properties) && !isNode(schema.additionalProperties) && !isNode(schema.items) && !this.isComposed(schema) && !isNode(schema.not) && !this.isModelNeeded(schema);
  }

  /**
   * false when the schema can stay inline (a primitive, an object without properties, a container
   * of models, an allOf of non-models); true for objects with properties, oneOf/anyOf, allOf with
   * a model in it (and enums with resolveInlineEnums).
   */
  isModelNeeded(schema: Node, visited?: Set<Node>): boolean {
    if (visited !== undefined) {
      if (visited.has(schema)) return true; // circular (or met before in the same walk)
      visited.add(schema);
    }
    if (this.options.resolveInlineEnums && nonEmptyList(schema.enum)) return true;
    const type = this.beanType(schema);
    if ((type === undefined || type === "object") && nonEmptyMap(schema.properties)) return true;
    if (!this.isComposed(schema)) return false;
    // Only a composition looks further: the set of schemas met is made for it alone.
    visited ??= new Set<Node>([schema]);
    const allOf = schema.allOf;
    if (Array.isArray(allOf) && allOf.length === 1 && isNode(allOf[0])) {
      const member = allOf[0];
      const flags = this.profile.singleAllOfFlags;
      const flagged = flags.some((f) => schema[f] === true);
      // only allOf and the flags: the member itself (which a `$ref` is, needing no model)
      if (flagged && Object.keys(schema).every((k) => k === "allOf" || (flags as readonly string[]).includes(k))) return this.isModelNeeded(member, visited);
      const ref = typeof member.$ref === "string" && member.$ref !== "";
      const rule = this.profile.singleAllOfRef;
      if (ref && (rule === "always" || (rule === "unlessFlagged" && !flagged))) return this.isModelNeeded(member, visited);
    }
    if (nonEmptyList(allOf)) {
      return allOf.some((inner) => isNode(inner) && this.isModelNeeded(this.referencedSchema(inner), visited));
    }
    return nonEmptyList(schema.anyOf) || nonEmptyList(schema.oneOf);
  }

  /** Moves the schema to components (or finds an identical one there) and returns the `$ref` to put in its place. */
  private makeSchemaInComponents(name: string, schema: Node): Node {
    const signature = this.signature(schema);
    const existing = this.matchGenerated(signature);
    const target = existing ?? this.addSchema(name, schema, this.rawOf(schema) as RawObject | undefined, schema, signature);
    this.recordHoist(schema, target);
    return this.refTo(target, schema, undefined);
  }

  /** makeSchemaInComponents without the lookup: always a new model (registered for later lookups). */
  private addSchemaInComponents(name: string, schema: Node): Node {
    const target = this.addSchema(name, schema, this.rawOf(schema) as RawObject | undefined, schema);
    this.recordHoist(schema, target);
    return this.refTo(target, schema, undefined);
  }

  /** The schema's signature, when schemas are reused (computed once for the lookup and the addSchema after it). */
  private signature(schema: Node): string | undefined {
    return this.options.skipSchemaReuse ? undefined : signatureOf(schema, this.is31, this.literalOf);
  }

  private matchGenerated(signature: string | undefined): string | undefined {
    return signature === undefined ? undefined : this.signatures.get(signature);
  }

  /** OAG's addSchemas: applies the name mappings, registers the name and the signature. */
  private addSchema(name: string, schema: Node, raw: RawObject | undefined, source: Node, signature = signatureOf(schema, this.is31, this.literalOf)): string {
    const mapped = own(this.options.nameMappings, name) ?? name;
    this.signatures.set(signature, mapped);
    const pointer = this.pointerOf(source);
    this.components.set(mapped, schema);
    this.names.add(mapped);
    if (this.originalComponents.has(mapped)) {
      // Only a name mapping can get here (uniqueName avoids the document's names).
      this.sink.warning(
        pointer,
        `inline schema mapped to ${JSON.stringify(mapped)}, the name of a schema of the document: OpenAPI Generator would replace that schema; it is kept`,
      );
    } else if (raw === undefined) {
      this.sink.warning(pointer, `inline schema ${JSON.stringify(mapped)} has no source in the document and is left out`);
    } else {
      const entry: HoistedSchema = { name: mapped, raw, pointer };
      const at = this.schemaIndex.get(mapped);
      if (at !== undefined) this.schemas[at] = entry;
      else this.schemaIndex.set(mapped, this.schemas.push(entry) - 1);
    }
    return mapped;
  }

  private recordHoist(schema: Node, name: string): void {
    const raw = this.rawOf(schema);
    if (raw !== undefined) this.hoisted.set(raw, name);
  }

  recordSubstitute(schema: Node, member: Node): void {
    const raw = this.rawOf(schema);
    const rawMember = this.rawOf(member);
    if (raw !== undefined && rawMember !== undefined && raw !== rawMember && !Array.isArray(rawMember)) this.substitutes.set(raw, rawMember as RawObject);
  }

  recordMetadataMove(schema: Node, kept: readonly Node[], moved: readonly Node[]): void {
    const raw = this.rawOf(schema);
    const rawKept = kept.map((m) => this.rawOf(m));
    const rawMoved = moved.map((m) => this.rawOf(m));
    if (raw === undefined || rawKept.some((m) => m === undefined) || rawMoved.some((m) => m === undefined)) return;
    const rewrite: RawObject = { ...(raw as RawObject), allOf: rawKept };
    for (const m of rawMoved) {
      copyMetadata(m as Node, rewrite);
      // copyMetadata drops `xml`, which OAG's docs never print; the clients write XML bodies by the
      // spec's meaning (`allOf: [$ref, {xml}]` decorates the reference), so the IR keeps it.
      if (rewrite.xml === undefined && (m as RawObject).xml !== undefined) rewrite.xml = (m as RawObject).xml;
    }
    this.rewrites.set(raw, rewrite);
  }

  /** `new Schema().$ref(name)`, with the vendor extensions of the schema it replaces, or a `required` list. */
  private refTo(name: string, extensionsFrom: Node | undefined, required: unknown): Node {
    const ref: Node = { $ref: `${SCHEMAS_REF}${name}` };
    if (required !== undefined) ref.required = required;
    if (extensionsFrom) for (const [key, value] of Object.entries(extensionsFrom)) if (key.startsWith("x-")) ref[key] = value;
    return ref;
  }

  // -------------------------------------------------------------------------------------------
  // modelFromProperty / flattenProperties (components' allOf/anyOf/oneOf members)

  /**
   * A new model made of some keywords of `object` (not its additionalProperties, items or
   * compositions); its properties are flattened first. Returns the working node and, for the IR,
   * the same selection of the raw node.
   */
  private modelFromProperty(object: Node, path: string): { node: Node; raw: RawObject | undefined } {
    const node = pickModelKeywords(object, this.is31 && !this.profile.modelType31);
    if (isNode(object.properties)) {
      this.flattenProperties(object.properties, path);
      node.properties = object.properties;
    }
    const rawObject = this.rawOf(object);
    const raw = isNode(rawObject) ? pickModelKeywords(rawObject, this.is31 && !this.profile.modelType31) : undefined;
    if (raw && isNode(rawObject) && rawObject.properties !== undefined) raw.properties = rawObject.properties;
    return { node, raw };
  }

  private flattenProperties(properties: Node, path: string): void {
    const updates: [string, Node][] = [];
    for (const [key, property] of Object.entries(properties)) {
      if (!isNode(property)) continue;
      const computed = `${path}_${key}`;
      if (!this.profile.flattenComposedProperties) {
        // 6.x
        if (this.isObjectClass(property) && nonEmptyMap(property.properties)) {
          updates.push([key, this.propertyModel(property, computed)]);
        } else if (this.isArray(property) && isNode(property.items)) {
          const replacement = this.containedModel(property.items, path, computed);
          if (replacement) property.items = replacement;
        }
        if (this.isMap(property) && isNode(property.additionalProperties)) {
          const replacement = this.containedModel(property.additionalProperties, path, computed);
          if (replacement) property.additionalProperties = replacement;
        }
        continue;
      }
      if (this.isObject(property)) {
        updates.push([key, this.propertyModel(property, computed)]);
      } else if (this.isArray(property)) {
        if (isNode(property.items)) {
          const replacement = this.containedModel(property.items, path, computed);
          if (replacement) property.items = replacement;
        }
      } else if (this.isMap(property)) {
        if (isNode(property.additionalProperties)) {
          const replacement = this.containedModel(property.additionalProperties, path, computed);
          if (replacement) property.additionalProperties = replacement;
        }
      } else if (this.isComposed(property)) {
        const singleAllOf =
          Array.isArray(property.allOf) &&
          property.allOf.length === 1 &&
          !nonEmptyList(property.oneOf) &&
          !nonEmptyList(property.anyOf) &&
          !nonEmptyMap(property.properties);
        if (singleAllOf) continue; // left to the codegen as is
        let name = this.names.resolve(property.title, computed);
        this.gather(property, name);
        name = this.addSchema(name, property, this.rawOf(property) as RawObject | undefined, property);
        this.recordHoist(property, name);
        updates.push([key, this.refTo(name, undefined, property.required)]);
      }
    }
    for (const [key, value] of updates) properties[key] = value;
  }

  /** An object property becomes a model of its own (reused when identical). */
  private propertyModel(property: Node, computed: string): Node {
    let name = this.names.resolve(property.title, computed);
    const model = this.modelFromProperty(property, name);
    const signature = this.signature(model.node);
    const existing = this.matchGenerated(signature);
    if (existing === undefined) name = this.addSchema(name, model.node, model.raw, property, signature);
    this.recordHoist(property, existing ?? name);
    return this.refTo(existing ?? name, undefined, property.required);
  }

  /** Array items / map values inside flattenProperties; returns the `$ref` to put in place, if any. */
  private containedModel(inner: Node, path: string, computed: string): Node | undefined {
    const isObject = this.profile.flattenComposedProperties ? this.isObject(inner) : this.isObjectClass(inner);
    if (isObject) {
      if (!nonEmptyMap(inner.properties)) return undefined;
      this.flattenProperties(inner.properties, path);
      return this.propertyModel(inner, computed);
    }
    if (this.profile.flattenComposedProperties && this.isComposed(inner)) {
      let name = this.names.resolve(inner.title, computed);
      this.gather(inner, name);
      name = this.addSchema(name, inner, this.rawOf(inner) as RawObject | undefined, inner);
      this.recordHoist(inner, name);
      return this.refTo(name, undefined, inner.required);
    }
    return undefined;
  }
}

/** The keywords InlineModelResolver.modelFromProperty copies into a new model. */
const MODEL_KEYWORDS = [
  "type",
  "format",
  "description",
  "xml",
  "required",
  "nullable",
  "enum",
  "discriminator",
  "writeOnly",
  "uniqueItems",
  "title",
  "readOnly",
  "pattern",
  "not",
  "minProperties",
  "minLength",
  "minItems",
  "minimum",
  "maxProperties",
  "maxLength",
  "maxItems",
  "maximum",
  "externalDocs",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "deprecated",
];

/** @param typeless31 a 3.1 schema whose getType() is null (Profile.modelType31 false) */
function pickModelKeywords(object: Node, typeless31: boolean): Node {
  const model: Node = {};
  for (const key of MODEL_KEYWORDS) {
    if (object[key] === undefined) continue;
    if (key === "type" && (typeless31 || typeof object.type !== "string")) continue; // a 3.1 schema answered getType() with null
    model[key] = object[key];
  }
  // The example is copied as its toString().
  if (object.example !== undefined && object.example !== null) {
    model.example = typeof object.example === "string" ? object.example : JSON.stringify(object.example);
  }
  for (const [key, value] of Object.entries(object)) if (key.startsWith("x-")) model[key] = value;
  return model;
}

/** A node that is not a `$ref` (swagger-parser does not resolve internal callback refs). */
function inlineNode(value: unknown): Record<string, unknown> | undefined {
  return isNode(value) && typeof value.$ref !== "string" ? value : undefined;
}
