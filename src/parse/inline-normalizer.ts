// OpenAPI Normalizer, as OpenAPI Generator 7.x runs it before its InlineModelResolver (see
// src/parse/inline.ts, which replays both without changing the document): the default rules
// SIMPLIFY_ONEOF_ANYOF and SIMPLIFY_BOOLEAN_ENUM, and NORMALIZE_31SPEC, which OAG turns on for
// every 3.1 document. Only what changes which inline schemas become models, and their names,
// matters here.

import { DEFAULT_OAG_VERSION, behaviourOf, type ReleaseRow } from "../codegen/release-table.js";
import { isNullTypeSchema, nullTypeRules, type NullTypeReader, type NullTypeRules } from "./null-type.js";

declare const HANDLE: unique symbol;

/**
 * A node as the replay holds it: an object of the document, which the replay never changes, or one
 * the replay made. Its state so far is `host.view(h)` (read only), and `host.own(h)` gives the
 * state to change: the document's object is copied then, once, and only that object. The type has
 * no keys, so that reading a handle as if it were its state (and missing the changes made to it)
 * does not compile.
 */
export interface Handle {
  readonly [HANDLE]: "node";
}

/** A list (allOf members, ...) as the replay holds it; see Handle. */
export interface ListHandle {
  readonly [HANDLE]: "list";
}

/** A node's state: what view() and own() give. */
export type Node = Record<string, unknown>;

/** How the replay reads and changes the nodes it holds. */
export interface Nodes {
  view(node: Handle): Readonly<Node>;
  viewList(list: ListHandle): readonly unknown[];
  own(node: Handle): Node;
  ownList(list: ListHandle): unknown[];
  /** Registers a node the replay made, standing for the document's `origin` if given. */
  made(node: Node, origin?: Handle): Handle;
  madeList(list: unknown[]): ListHandle;
}

/** What the normalizer needs from the planner's working document. */
export interface NormalizerHost extends Nodes {
  readonly is31: boolean;
  readonly oagVersion: string | undefined;
  readonly doc: Handle;
  /** components.schemas of the working document (updated when a component is replaced). */
  readonly components: Map<string, Handle>;
  componentMap(kind: string): Handle | undefined;
  deref(node: unknown, kind: string): Handle | undefined;
  operationsOf(item: Handle): [string, Handle][];
  referencedSchema(schema: Handle): Handle;
  isArray(schema: Handle): boolean;
  isComposed(schema: Handle): boolean;
  beanType(schema: Handle): string | undefined;
  typeName(schema: Handle): string | undefined;
  isOas30Style(schema: Handle): boolean;
  markOas30Style(schema: Handle, type: string | undefined): void;
  /** The IR reads the source schema of `schema` as that of `replacement` (a component the normalizer replaced). */
  recordSubstitute(schema: Handle, replacement: Handle): void;
  /** The IR reads the source of `schema` with these allOf members only, and their metadata moved up (7.14+). */
  recordMetadataMove?(schema: Handle, kept: readonly Handle[], moved: readonly Handle[]): void;
}

/** An object (not a list): a node's value, held as a handle. */
export function isHandle(value: unknown): value is Handle {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A list value, held as a handle. */
export function isList(value: unknown): value is ListHandle {
  return Array.isArray(value);
}

/** A plain object of the document or of a state (not through handles: see isHandle). */
export function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function nonEmptyList(nodes: Nodes, value: unknown): value is ListHandle {
  return isList(value) && nodes.viewList(value).length > 0;
}

export function nonEmptyMap(nodes: Nodes, value: unknown): value is Handle {
  if (!isHandle(value)) return false;
  const state = nodes.view(value);
  // The first own key answers (Object.keys would list them all, for every schema asked about).
  for (const key in state) if (Object.prototype.hasOwnProperty.call(state, key)) return true;
  return false;
}

/** The entries of a map value (none for anything else). */
export function entriesOf(nodes: Nodes, value: unknown): [string, unknown][] {
  return isHandle(value) ? Object.entries(nodes.view(value)) : [];
}

/** Sets `key` of `node` to `value` unless it already holds it (so that nothing is copied for nothing). */
export function store(nodes: Nodes, node: Handle, key: string, value: unknown): void {
  if (nodes.view(node)[key] !== value) nodes.own(node)[key] = value;
}

/** Sets item `index` of `list` (see store). */
export function storeAt(nodes: Nodes, list: ListHandle, index: number, value: unknown): void {
  if (nodes.viewList(list)[index] !== value) nodes.ownList(list)[index] = value;
}

// Where the normalizer stores its result back (media types, parameters, headers, components,
// properties, oneOf/anyOf members, the items of a converted 3.1 array) a simplified schema
// replaces the original; elsewhere (array items, map values, allOf members) only the in-place
// edits remain (null members removed from a oneOf/anyOf list). The IR builder does its own
// collapsing of `anyOf: [X, null]`; what matters here is what the resolver sees afterwards.

const ANY_TYPES = ["array", "boolean", "integer", "number", "object", "string"];

/**
 * The normalizer's behaviours that changed by release (OpenAPINormalizer; rows below). A behaviour
 * that ends after DEFAULT_OAG_VERSION is still read at it when `oagVersion` is absent (normalizerRules).
 */
/** The keywords the docs read of a 3.1 array schema that NORMALIZE_31SPEC replaced (NormalizerRules.arrayKept31). */
export type ArrayKeyword31 = "description" | "default" | "readOnly" | "uniqueItems" | "nullable";

export interface NormalizerRules {
  /**
   * NORMALIZE_31SPEC replaces a 3.1 schema written without a type by a new empty Schema where it
   * stores its result (processNormalize31Spec's any-type branch; the IR's SchemaCommon.untyped31).
   */
  readonly normalize31Untyped: boolean;
  /**
   * A 3.1 `$ref` with siblings becomes `{siblings, allOf: [{$ref}]}` (the IR's
   * RefSchema.siblingsAllOf31; the planner's signatures, inline-names.ts SignatureRules).
   */
  readonly refSiblingsAllOf31: boolean;
  /** A oneOf whose only member was never accompanied by a null is simplified too. */
  readonly simplifyLoneOneOf: boolean;
  /** refactorAllOfWithMetadataOnlySchemas: see `moveMetadataOnlyMembers`. */
  readonly metadataOnlyAllOf: boolean;
  /**
   * NORMALIZE_31SPEC's new ArraySchema keeps the array's `title`: the resolver then names inline
   * items `<title>_inner` (a FastAPI `loc: {title: Location, type: array, items: {anyOf: ...}}` gives
   * LocationInner, as in 3.0, where 7.18 and earlier gave ValidationErrorLocInner).
   */
  readonly arrayTitle31: boolean;
  /**
   * The keywords the docs read that a 3.1 array schema keeps through NORMALIZE_31SPEC ("all": no
   * replacement). processNormalize31Spec (4b7a808a9f #16495, 7.0.1) replaces a 3.1 array by a new
   * ArraySchema that copies a list of keywords: xml and items at 7.0.1; description, default,
   * example(s), min/maxItems and extensions from dc047b4e91 (#17427 "fix missing array description
   * in 3.1 spec", 7.2.0); uniqueItems 5ed2283e01 (7.5.0); nullable 2d57255817 (7.9.0); title #22592
   * (arrayTitle31); never readOnly up to the mirror's 7.14.0-SNAPSHOT (b3935922cd): python's model
   * docs print no `[readonly]` for such a property (umaaas 7.13.0, reproduced by OAG 7.13.0 built
   * from source), while a published 7.21.0-SNAPSHOT output (openproject's QueryModel.timelineLabels)
   * prints it: the change between was not found (see the row). The normalizer stores the result for
   * properties, parameters and components alike. Docs only (codegen/property-description.ts
   * arrayKeywordLost31); the planner's replay keeps its own list (normalize31).
   */
  readonly arrayKept31: "all" | readonly ArrayKeyword31[];
  /**
   * processSimplifyOneOf leaves the oneOf of an integer, number or string schema in place, so the
   * resolver hoists it as a oneOf model (InlineModelResolver: isModelNeeded is true for a oneOf, and
   * flattenProperties hoists a composed property); 7.9.0-7.20 and again from 7.25 it is cleared
   * (#24585 keeps it for a oneOf of `const` members only: not ported, no such case here). Before
   * 7.9.0 processSimplifyOneOf had no such step (`schema.setOneOf(null)` came with ad6c2dd2b7
   * #19781; OpenAPINormalizer at the 7.0.0-7.8.0 release commits c37fa8a4e8..6bdc452f92 has none).
   */
  readonly keepScalarOneOf: boolean;
  /**
   * A map schema (`additionalProperties` a schema) with a oneOf is normalized as a oneOf, so a lone
   * member replaces it (SIMPLIFY_ONEOF_ANYOF); 7.14's normalizeSchema took the map branch first and
   * kept the oneOf. anyOf beside a map is left as 7.14 had it (no output shows it).
   */
  readonly oneOfBeforeMap: boolean;
  /** A map's normalized value schema is stored back. */
  readonly storeMapValue: boolean;
  /**
   * ModelUtils.simplifyOneOfAnyOfWithOnlyOneNonNullSubSchema gives the member that replaces a
   * oneOf/anyOf of one schema (and nulls) the parent's description when it has none; before, the
   * parent's keywords were all lost (codegen/property-description.ts).
   */
  readonly keepParentDescription: boolean;
  /**
   * The normalized schema of a parameter or media type is stored back, and response headers are
   * normalized (and stored). In 7.0.0 OpenAPINormalizer.normalizeParameters/normalizeContent call
   * normalizeSchema and drop its result, so only in-place edits remain (the null member removed
   * from an anyOf, nullable set): a parameter's titled `anyOf: [X, null]` stays an anyOf of X,
   * which the resolver hoists as a model named after the title; headers are not visited.
   */
  readonly storeOperationSchemas: boolean;
  /**
   * normalizeOneOf runs processSimplifyOneOf before it normalizes the members (ad6c2dd2b7 #19781,
   * 7.9.0); before, it normalized the members first (OpenAPINormalizer.normalizeOneOf at the 7.3.0
   * release d617b46c86, 03af25ce34 and fad33dfebf), as normalizeAnyOf does in every release: a 3.1
   * member's `null` type is gone (processNormalize31Spec) when isNullTypeSchema reads it.
   */
  readonly oneOfSimplifiedFirst: boolean;
  /**
   * NORMALIZE_31SPEC exists (processNormalize31Spec: a 3.1 schema's `null` type removed, its one
   * type set as the 3.0 type): absent at the 7.0.0 release commit c37fa8a4e8, there at 7.0.1's
   * 875c3ecd3c. Read by the IR builder's oneOf null members (BuildContext.oneOfMembersFirst).
   */
  readonly normalize31Spec: boolean;
  /**
   * normalizeAnyOf stores each member's normalized schema in the list (2111713117 #19758, after the
   * 7.8.0 release commit 6bdc452f92, before 7.9.0's 4145000dfe). Before, it normalized the members
   * and dropped the results (OpenAPINormalizer.normalizeAnyOf at the 7.0.0-7.8.0 release commits):
   * only in-place edits (processNormalize31Spec's setType, nullable) reach processSimplifyAnyOf, and
   * an untyped 3.1 member stays the JsonSchema it was instead of NORMALIZE_31SPEC's new empty
   * Schema, so 7.3.0-7.4.x's isNullTypeSchema (a JsonSchema is no 3.0 bean) keeps it as a member.
   */
  readonly storeAnyOfMembers: boolean;
}

const FIRST_RULES: NormalizerRules = { normalize31Untyped: false, refSiblingsAllOf31: false, simplifyLoneOneOf: false, metadataOnlyAllOf: false, arrayTitle31: false, arrayKept31: "all", keepScalarOneOf: true, oneOfBeforeMap: false, storeMapValue: false, keepParentDescription: false, storeOperationSchemas: false, oneOfSimplifiedFirst: false, normalize31Spec: false, storeAnyOfMembers: false };

export const NORMALIZER_ROWS: readonly ReleaseRow<NormalizerRules>[] = [
  { since: "7.0.1", source: "OpenAPINormalizer normalizeParameters/normalizeContent store normalizeSchema's result, normalizeHeaders added (4b7a808a9f #16495, after the 7.0.0 release commit c37fa8a4e8, in 7.0.1's 875c3ecd3c)", change: { storeOperationSchemas: true } },
  { since: "7.0.1", source: "OpenAPINormalizer.processNormalize31Spec: absent at the 7.0.0 release commit c37fa8a4e8, there at 7.0.1's 875c3ecd3c", change: { normalize31Spec: true } },
  { since: "7.0.1", source: "OpenAPINormalizer.processNormalize31Spec (4b7a808a9f #16495, after the 7.0.0 release commit c37fa8a4e8, in 7.0.1's 875c3ecd3c): a 3.1 array becomes a new ArraySchema with its xml and items only", change: { arrayKept31: [] } },
  { since: "7.2.0", source: "OpenAPINormalizer.processNormalize31Spec's any-type branch, d4d5196907 (#17370), before the 7.2.0 release commit fe638d0093", change: { normalize31Untyped: true } },
  { since: "7.2.0", source: "dc047b4e91 'fix missing array description in 3.1 spec' (#17427), before the 7.2.0 release commit fe638d0093: the new ArraySchema copies description, default, examples, min/maxItems and extensions", change: { arrayKept31: ["description", "default"] } },
  { since: "7.5.0", source: "5ed2283e01 'Fix model generation of array with items unique = true' (#18104): processNormalize31Spec's new ArraySchema copies uniqueItems, after the 7.4.0 release commit 2abcb4f7f0, before the 7.5.0 release commit cce4139af6", change: { arrayKept31: ["description", "default", "uniqueItems"] } },
  { since: "7.9.0", source: "2d57255817 'fix(core): nullable array types in 3.1.x specs' (#19687): processNormalize31Spec's new ArraySchema copies nullable (the `null` type it set on the schema it replaces), after the 7.8.0 release commit 6bdc452f92, before the 7.9.0 release commit 4145000dfe", change: { arrayKept31: ["description", "default", "uniqueItems", "nullable"] } },
  { since: "7.9.0", source: "OpenAPINormalizer.normalizeOneOf simplifies first, ad6c2dd2b7 (#19781), after the 7.8.0 release commit 6bdc452f92, before the 7.9.0 release commit 4145000dfe", change: { oneOfSimplifiedFirst: true } },
  { since: "7.9.0", source: "OpenAPINormalizer.normalizeAnyOf stores each member's normalizeSchema result (`schema.getAnyOf().set(i, ...)`), 2111713117 (#19758), after the 7.8.0 release commit 6bdc452f92, before the 7.9.0 release commit 4145000dfe", change: { storeAnyOfMembers: true } },
  { since: "7.9.0", source: "OpenAPINormalizer.processSimplifyOneOf clears the oneOf of an integer, number or string schema (`schema.setOneOf(null)`), ad6c2dd2b7 (#19781), after the 7.8.0 release commit 6bdc452f92, before the 7.9.0 release commit 4145000dfe", change: { keepScalarOneOf: false } },
  { since: "7.13.0", source: "OpenAPINormalizer #21043", change: { simplifyLoneOneOf: true } },
  { since: "7.14.0", source: "OpenAPINormalizer.refactorAllOfWithMetadataOnlySchemas, #21342", change: { metadataOnlyAllOf: true } },
  { since: "7.18.0", source: "OpenAPINormalizer #22364 'Fix siblings of $ref using allOf in openapi normalizer' (merged 2025-11-17; issues #22578, #22582)", change: { refSiblingsAllOf31: true } },
  { since: "7.19.0", source: "#22592 (fixing #22591, opened 2025-12-30 against 7.18.0; release inferred)", change: { arrayTitle31: true } },
  { since: "7.21.0", source: "inferred, the change not found: readOnly is lost in OAG 7.13.0 (run from source on umaaas) and in the mirror's 7.14.0-SNAPSHOT source (b3935922cd), kept in openproject's published 7.21.0-SNAPSHOT docs (QueryModel.timelineLabels); OpenAPINormalizer.java's stored versions (one, 0b5a3244, 2023), its test at 012ce5d3e2 (no readOnly assertion) and the issue threads searched (#22591/#22592, #21732) do not show it. 7.21.0 is the first release known to keep it; 7.14-7.20 may too", change: { arrayKept31: ["description", "default", "uniqueItems", "nullable", "readOnly"] } },
  { since: "7.21.0", source: "#22573 ('removed reset of OAS content', the fix of #22571; issue #24574 dates it to 7.21.0)", change: { keepScalarOneOf: true } },
  { since: "7.22.0", source: "#23361 'preserve parent description when simplifying nullable anyOf/oneOf' (merged 2026-03; twentycrm-python 7.21.0 shows none)", change: { keepParentDescription: true } },
  { since: "7.23.0", source: "read from monad's published 7.23.0 python docs; the PR that reordered normalizeSchema and its first release were not found", change: { oneOfBeforeMap: true } },
  { since: "7.24.0", source: "#23967", change: { storeMapValue: true } },
  { since: "7.25.0", source: "#24585 (opened 2026-08-03, after 7.24.0)", change: { keepScalarOneOf: false } },
];

/** The normalizer of release `oagVersion`; absent: DEFAULT_OAG_VERSION's, the release .openapi-generator/VERSION names. */
export function normalizerRules(oagVersion: string | undefined): NormalizerRules {
  return behaviourOf(FIRST_RULES, NORMALIZER_ROWS, oagVersion ?? DEFAULT_OAG_VERSION);
}

export class Normalizer {
  private readonly rules: NormalizerRules;

  constructor(private readonly p: NormalizerHost) {
    this.rules = normalizerRules(p.oagVersion);
    this.nullTypeRules = nullTypeRules(p.oagVersion);
  }

  run(): void {
    const p = this.p;
    for (const [pathname, rawItem] of entriesOf(p, p.view(p.doc).paths)) {
      if (pathname.startsWith("x-")) continue;
      const item = p.deref(rawItem, "pathItems");
      if (!item) continue;
      const operations = p.operationsOf(item).map(([, op]) => op);
      for (const operation of [...operations]) {
        for (const [key, rawCallback] of entriesOf(p, p.view(operation).callbacks)) {
          if (key.startsWith("x-")) continue;
          // An internal `$ref` callback (or path item) stays unresolved in swagger-parser: no operations.
          if (!isHandle(rawCallback) || typeof p.view(rawCallback).$ref === "string") continue;
          for (const [expression, rawCallbackItem] of entriesOf(p, rawCallback)) {
            if (expression.startsWith("x-")) continue;
            if (!isHandle(rawCallbackItem) || typeof p.view(rawCallbackItem).$ref === "string") continue;
            operations.push(...p.operationsOf(rawCallbackItem).map(([, op]) => op));
          }
        }
      }
      this.parameters(p.view(item).parameters);
      for (const operation of operations) {
        const body = p.deref(p.view(operation).requestBody, "requestBodies");
        if (body) this.content(p.view(body).content);
        this.parameters(p.view(operation).parameters);
        for (const [code, rawResponse] of entriesOf(p, p.view(operation).responses)) {
          if (!code.startsWith("x-")) this.response(rawResponse);
        }
      }
    }
    const schemas = p.componentMap("schemas");
    for (const [name, schema] of entriesOf(p, schemas)) {
      if (!isHandle(schema) || !schemas) continue;
      const normalized = this.schema(schema, new Set());
      if (normalized !== schema && isHandle(normalized)) {
        p.own(schemas)[name] = normalized;
        p.components.set(name, normalized);
        // OpenAPINormalizer.normalizeComponentsSchemas stores the result in place of the component:
        // a oneOf of one `$ref` becomes an alias of its member.
        if (typeof p.view(normalized).$ref === "string") p.recordSubstitute(schema, normalized);
      }
    }
    for (const [, response] of entriesOf(p, p.componentMap("responses"))) this.response(response);
  }

  /** Normalizes the schema at `key` of `owner` and stores the result there. */
  private slot(owner: Handle, key: string): void {
    const schema = this.p.view(owner)[key];
    if (!isHandle(schema)) return;
    const normalized = this.schema(schema, new Set());
    if (this.rules.storeOperationSchemas) store(this.p, owner, key, normalized);
  }

  private parameters(list: unknown): void {
    if (!isList(list)) return;
    for (const raw of this.p.viewList(list)) {
      const parameter = this.p.deref(raw, "parameters");
      if (parameter) this.slot(parameter, "schema");
    }
  }

  private content(content: unknown): void {
    for (const [, media] of entriesOf(this.p, content)) if (isHandle(media)) this.slot(media, "schema");
  }

  private response(raw: unknown): void {
    const p = this.p;
    const response = p.deref(raw, "responses");
    if (!response) return;
    this.content(p.view(response).content);
    if (!this.rules.storeOperationSchemas) return;
    for (const [, rawHeader] of entriesOf(p, p.view(response).headers)) {
      const header = p.deref(rawHeader, "headers");
      if (header) this.slot(header, "schema");
    }
  }

  private properties(properties: unknown): void {
    if (!isHandle(properties)) return;
    for (const [key, value] of Object.entries(this.p.view(properties))) {
      if (isHandle(value)) store(this.p, properties, key, this.schema(value, new Set()));
    }
  }

  /** OpenAPINormalizer.normalizeSchema: returns the schema to store in place of `schema`. */
  schema(schema: unknown, visited: Set<Handle>): unknown {
    const p = this.p;
    if (!isHandle(schema) || typeof p.view(schema).$ref === "string" || visited.has(schema)) return schema;
    visited.add(schema);
    if (p.isArray(schema)) {
      const result = this.normalize31(schema, new Set());
      if (isHandle(result)) this.schema(p.view(result).items, visited);
      return result;
    }
    const has = (key: string) => nonEmptyList(p, p.view(schema)[key]);
    const props = nonEmptyMap(p, p.view(schema).properties);
    const value = p.view(schema).additionalProperties;
    if (this.rules.oneOfBeforeMap && isHandle(value) && has("oneOf") && !props && !has("allOf") && !has("anyOf")) {
      return this.oneOf(schema, visited);
    }
    if (isHandle(value)) {
      const result = this.schema(value, visited);
      // normalizeSchema's map branch discarded the normalized value until #23967 (first in
      // 7.24.0); since then a map's `oneOf: [null, X]` value is X (named `<Model>_value`, not `_value_oneOf`)
      if (this.rules.storeMapValue && isHandle(result) && result !== value) {
        p.own(schema).additionalProperties = result;
        p.recordSubstitute(value, result);
      }
      return schema;
    }
    const members = (key: "allOf") => p.viewList(p.view(schema)[key] as ListHandle);
    if (has("oneOf") && !props && !has("allOf") && !has("anyOf")) return this.oneOf(schema, visited);
    if (has("anyOf") && !props && !has("allOf") && !has("oneOf")) return this.anyOf(schema, visited);
    if (has("allOf") && !has("oneOf") && !has("anyOf")) {
      // allOf, with or without properties: only the members are normalized (results not stored)
      if (!props && this.rules.metadataOnlyAllOf) this.moveMetadataOnlyMembers(schema);
      for (const item of members("allOf")) this.schema(item, visited);
      return schema;
    }
    if (p.isComposed(schema)) {
      const count = ["allOf", "oneOf", "anyOf"].filter(has).length + (props ? 1 : 0);
      if (!p.is31 && count > 1) this.properties(p.view(schema).properties);
      if (has("allOf")) {
        for (const item of members("allOf")) this.schema(item, visited);
        return schema;
      }
      if (has("oneOf")) return this.oneOf(schema, visited);
      if (has("anyOf")) return this.anyOf(schema, visited);
      if (props) this.properties(p.view(schema).properties);
      return schema;
    }
    if (props) {
      this.properties(p.view(schema).properties);
      return schema;
    }
    if (!p.is31 && p.typeName(schema) === "boolean") {
      if (Object.hasOwn(p.view(schema), "enum")) delete p.own(schema).enum; // SIMPLIFY_BOOLEAN_ENUM
      return schema;
    }
    if (!p.is31 && p.typeName(schema) === "integer") return schema;
    return this.normalize31(schema, visited);
  }

  /**
   * OpenAPINormalizer.refactorAllOfWithMetadataOnlySchemas (normalizeAllOf, #21342, first in
   * 7.14.0): allOf members that are only metadata (ModelUtils.isMetadataOnlySchema: no `$ref`,
   * type, properties, items, composition, ...) leave the allOf when another member remains, and
   * ModelUtils.copyMetadata moves their description, default, title, ... up to the schema. What
   * copyMetadata does not copy is lost: an allOf member with nothing but `required` (ynab's
   * NewCategory) no longer makes those properties required.
   */
  private moveMetadataOnlyMembers(schema: Handle): void {
    const p = this.p;
    const members = p.viewList(p.view(schema).allOf as ListHandle).filter(isHandle);
    const moved = members.filter((m) => this.isMetadataOnly(m));
    const kept = members.filter((m) => !moved.includes(m));
    if (moved.length === 0 || kept.length === 0) return;
    const state = p.own(schema);
    state.allOf = p.madeList(kept);
    for (const m of moved) copyMetadata(p.view(m), state);
    p.recordMetadataMove?.(schema, kept, moved);
  }

  /** ModelUtils.isMetadataOnlySchema. */
  private isMetadataOnly(schema: Handle): boolean {
    const state = this.p.view(schema);
    const structural = ["$ref", "properties", "type", "additionalProperties", "allOf", "anyOf", "oneOf", "prefixItems", "items", "patternProperties", "contains", "$dynamicAnchor", "$anchor", "contentSchema"];
    return !structural.some((k) => state[k] !== undefined) && this.p.beanType(schema) === undefined;
  }

  /** processNormalize31Spec (NORMALIZE_31SPEC, on for every 3.1 document). */
  private normalize31(schema: Handle, visited: Set<Handle>): unknown {
    const p = this.p;
    if (!p.is31 || p.isOas30Style(schema)) return schema;
    const rawTypes = p.view(schema).type;
    if (rawTypes === undefined) {
      // an any-type schema becomes an empty schema (OAG keeps none of its keywords)
      if (p.view(schema).$schema === undefined) {
        const any = p.made({});
        p.markOas30Style(any, undefined);
        return any;
      }
      return schema;
    }
    let types = (Array.isArray(rawTypes) ? rawTypes : [rawTypes]).filter((t): t is string => typeof t === "string");
    if (types.includes("null")) {
      const state = p.own(schema);
      state.nullable = true;
      types = types.filter((t) => t !== "null");
      state.type = types.length === 1 ? types[0] : types;
    }
    if (p.view(schema).const !== undefined) {
      const state = p.own(schema);
      state.enum = [state.const];
      delete state.const;
    }
    if (types.length === 1) {
      if (types[0] === "array") {
        // a new 3.0-style ArraySchema: nullable's siblings and everything not listed are lost (the
        // title too before arrayTitle31)
        const state = p.view(schema);
        const array: Node = { type: "array" };
        const kept = ["description", "default", "example", "examples", "minItems", "maxItems", "xml", "nullable", "uniqueItems"];
        for (const key of this.rules.arrayTitle31 ? ["title", ...kept] : kept) {
          if (state[key] !== undefined) array[key] = state[key];
        }
        for (const [key, value] of Object.entries(state)) if (key.startsWith("x-")) array[key] = value;
        const items = state.items;
        if (isHandle(items) && typeof p.view(items).$ref === "string") array.items = p.made({ $ref: p.view(items).$ref });
        else if (isHandle(items)) array.items = this.schema(items, visited);
        else array.items = p.made({});
        const made = p.made(array, schema);
        p.markOas30Style(made, "array");
        return made;
      }
      p.markOas30Style(schema, types[0]);
      return schema;
    }
    // several types: an anyOf of them, everything else kept
    const members: Handle[] = [];
    for (const t of types) if (t === "string" || t === "integer" || t === "number" || t === "boolean") members.push(p.made({ type: t }));
    if (members.length > 0) {
      const state = p.own(schema);
      state.anyOf = p.madeList([...(isList(state.anyOf) ? p.viewList(state.anyOf) : []), ...members]);
    }
    return schema;
  }

  private oneOf(schema: Handle, visited: Set<Handle>): unknown {
    const p = this.p;
    // before 7.9.0 the members are normalized first (oneOfSimplifiedFirst); at 7.0.0, without
    // NORMALIZE_31SPEC, that left a 3.1 member's types as read, as simplifying first does here
    const membersFirst = !this.rules.oneOfSimplifiedFirst && this.rules.normalize31Spec;
    // normalizeOneOf then stored no member's result (2111713117 #19758, 7.9.0, began to): only the
    // edits made in place (processNormalize31Spec's setType) reach processSimplifyOneOf
    if (membersFirst) {
      for (const item of p.viewList(p.view(schema).oneOf as ListHandle)) if (isHandle(item)) this.schema(item, visited);
    }
    let result: unknown = this.simplify(schema, "oneOf");
    if (isHandle(result)) {
      const t = p.typeName(result);
      // processSimplifyOneOf: a oneOf beside a scalar type is dropped (see keepScalarOneOf)
      const scalar = t === "integer" || t === "number" || t === "string";
      if (scalar && !this.rules.keepScalarOneOf && Object.hasOwn(p.view(result), "oneOf")) delete p.own(result).oneOf;
    }
    const members = isHandle(result) ? p.view(result).oneOf : undefined;
    if (isList(members)) {
      if (!membersFirst) this.members(members, visited);
    } else {
      result = this.schema(result, visited);
    }
    return result;
  }

  private anyOf(schema: Handle, visited: Set<Handle>): unknown {
    const list = this.p.view(schema).anyOf as ListHandle;
    // before 7.9.0 normalizeAnyOf dropped each member's result (storeAnyOfMembers): in-place edits only
    if (this.rules.storeAnyOfMembers) this.members(list, visited);
    else for (const item of this.p.viewList(list)) if (isHandle(item)) this.schema(item, visited);
    const result = this.simplify(schema, "anyOf");
    return this.schema(result, visited);
  }

  /** Normalizes each member of a oneOf/anyOf list in its place. */
  private members(list: ListHandle, visited: Set<Handle>): void {
    this.p.viewList(list).forEach((item, i) => {
      if (isHandle(item)) storeAt(this.p, list, i, this.schema(item, visited));
    });
  }

  /** processSimplifyOneOf / processSimplifyAnyOf. */
  private simplify(schema: Handle, key: "oneOf" | "anyOf"): unknown {
    const p = this.p;
    const list = p.view(schema)[key] as ListHandle;
    const members = p.viewList(list);
    if (members.length === 6) {
      const types = new Set<string>();
      for (const member of members) {
        if (!isHandle(member)) continue;
        const t = p.typeName(p.referencedSchema(member));
        if (t !== undefined) types.add(t);
      }
      if (types.size === 6 && ANY_TYPES.every((t) => types.has(t))) {
        const state = p.view(schema);
        const any: Node = {};
        for (const k of ["description", "nullable", "title", "example", "examples", "default", "deprecated"]) {
          if (state[k] !== undefined) any[k] = state[k];
        }
        for (const [k, v] of Object.entries(state)) if (k.startsWith("x-")) any[k] = v;
        return p.made(any);
      }
    }
    // simplyOneOfAnyOfWithOnlyOneNonNullSubSchema
    const kept = members.filter((member) => !this.isNullType(member));
    const removed = kept.length !== members.length;
    if (removed) {
      const owned = p.ownList(list);
      owned.splice(0, owned.length, ...kept);
      p.own(schema).nullable = true;
    }
    if (kept.length === 1 && isHandle(kept[0]) && (removed || key === "anyOf" || this.rules.simplifyLoneOneOf)) {
      const only = kept[0];
      if (p.view(schema).nullable === true && p.view(only).nullable !== true) p.own(only).nullable = true;
      return only;
    }
    return schema;
  }

  /** ModelUtils.isNullTypeSchema of the release (null-type.ts). */
  private isNullType(member: unknown): boolean {
    return isHandle(member) && isNullTypeSchema(this.nullTypeReader, this.nullTypeRules, member);
  }

  private readonly nullTypeRules: NullTypeRules;

  private readonly nullTypeReader: NullTypeReader<Handle> = {
    fields: (schema) => this.p.view(schema),
    referenced: (schema) => this.p.referencedSchema(schema),
    beanType: (schema) => this.p.beanType(schema),
    jsonSchema: (schema) => this.p.is31 && !this.p.isOas30Style(schema),
    nonEmptyList: (value) => nonEmptyList(this.p, value),
  };
}

/**
 * ModelUtils.copyMetadata: description, default, deprecated, nullable, example (`examples` too, as
 * the example), readOnly, writeOnly, the vendor extensions (all of them replaced), length, item
 * and value bounds, title. Not `required`, not `enum`.
 */
export function copyMetadata(from: Readonly<Node>, to: Node): void {
  for (const key of ["description", "default", "deprecated", "nullable", "example", "readOnly", "writeOnly", "maxLength", "minLength", "maxItems", "minItems", "maximum", "minimum", "title"]) {
    if (from[key] !== undefined && from[key] !== null) to[key] = from[key];
  }
  if (from.examples !== undefined && from.examples !== null) to.example = from.examples;
  const extensions = Object.keys(from).filter((k) => k.startsWith("x-"));
  if (extensions.length > 0) {
    for (const k of Object.keys(to)) if (k.startsWith("x-")) delete to[k];
    for (const k of extensions) to[k] = from[k];
  }
}
