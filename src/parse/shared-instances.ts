// OpenAPI 3.1: the schema objects swagger-parser hands to several places, the `nullable` that
// OpenAPI Generator's normalizer writes into them, and the container defaults of the copies it makes
// (Java collections after a Json31 round trip, printed with Java's toString: sharedInstanceFacts).
//
// OAG (7.x) resolves a 3.1 document with swagger-parser 2.1's OpenAPI31Traverser. The traverser
// remembers what it has traversed in a HashMap keyed by the objects themselves (`visitedMap`), and
// swagger-models' objects compare by value (Schema.equals and hashCode cover every keyword). So
// an object *equal* to one traversed before is not traversed again: its place gets what the map
// holds, which is
// - for a schema, parameter, request body, response, header or path item: a deep copy of the
//   first one, made (a Json31 round trip) when the first was done;
// - for a media type, an operation, a responses map: the first object itself.
// Every later equal place gets that same object. The first place keeps its own object, whose
// children may in turn be copies of earlier equal ones. A `$ref` to a component is resolved by
// reading the component afresh and traversing it (equal parts become copies); the component is
// then replaced by what that gave, and, when components are traversed after the paths, by a copy of
// it.
//
// OpenAPINormalizer, which OAG runs next (its default rules since 7.0.0, c5a1dbecfb #15501),
// edits schemas in place: SIMPLIFY_ONEOF_ANYOF turns `anyOf`/`oneOf: [X, {type: null}]` into X
// with `nullable: true` (simplyOneOfAnyOfWithOnlyOneNonNullSubSchema; before 7.14 the same lines
// in processSimplifyOneOf/AnyOf, e09196261a). When X is an object the traverser shared, every other
// place holding it is nullable too. Code generation reads that for array items and map values
// (AbstractPythonCodegen.getCollectionItemTypeDeclaration: `List[Optional[str]]`; the typescript
// generator: `Array<number | null>`) where the spec has no null: an operation's array parameter
// `{type: array, items: {type: string, format: uuid}}` reads `List[Optional[str]]` when an equal
// `{type: string, format: uuid}` was met earlier in the document (its items are the copy) and an
// `anyOf: [{type: string, format: uuid}, {type: null}]` anywhere holds that same copy; an equal
// parameter of a later operation is a copy of the whole parameter, with items of its own, and
// keeps `List[str]`.
//
// This module replays both on a working copy of the document in which shared objects are shared
// JS objects: the traversal (OpenAPI31Traverser.traverseOpenApi and the traverseX methods it
// calls, in their order) and the normalizer (src/parse/inline-normalizer.ts, the same replay the
// inline planner runs). It returns the pointers of the array items and map values that end up
// nullable that way. Checked against swagger-parser 2.1.22 itself on the corpus' 3.1 specs (which
// places share one object). From OAG 7.14.0 (swagger-parser 2.1.28) an IdsTraverser pass over the
// document runs at the first `$ref` read (Traversal.idsTraverserPass); checked against OAG built
// from source with swagger-parser 2.1.28 (sixteenth session): the same places share one object on
// 23 of the corpus' 29 distinct 3.1 specs; the other 6 differ in 2 to 92 places (of 424 to 7,190),
// all under responses (media types with `examples`, which the replay does not traverse) but one
// array's items, and the same 6 differ from 2.1.22 in 2 to 40 places with 2.1.22's replay; no
// case's docs change through them.
//
// Not reproduced: value equality is JSON equality (Java also tells `1` from `1.0` in BigDecimal
// keywords, and a copy's `default: []` (ArrayList) from an original's (ArrayNode)); examples,
// links, callbacks and security schemes are not traversed (they hold no schemas OAG reads for
// this, except callbacks, which are rare).

import { childPointer, refToPointer } from "../model/diagnostics.js";
import { resolvePointer } from "./context.js";
import { NEWEST_6X, normalizerRuns } from "./inline.js";
import { parseRules } from "./parse-releases.js";
import { Normalizer, isNode, type Handle, type ListHandle, type Node, type NormalizerHost } from "./inline-normalizer.js";
import { isObject, specKey, type RawObject } from "./raw.js";

/**
 * Pointers of the array items and map values (`.../items`, `.../additionalProperties`) that OAG
 * reads as nullable through an object swagger-parser shares (see above). Empty unless the document
 * is 3.1 and the release runs the normalizer's default rules (7.0.0 and later; no `oagVersion`:
 * the newest, unless the options describe python-prior's 6.x).
 */
export function sharedNullablePointers(root: RawObject, oagVersion: string | undefined, sixX: boolean): ReadonlySet<string> {
  return sharedInstanceFacts(root, oagVersion, sixX).nullable;
}

/** What the replay of swagger-parser's traversal (and OAG's normalizer after it) tells the IR. */
export interface SharedInstanceFacts {
  /** See sharedNullablePointers. */
  readonly nullable: ReadonlySet<string>;
  /**
   * Pointers of the array schemas whose place holds a deep copy (the Json31 round trip) and that have
   * a non-empty list `default`: the copy holds it as a Java List, which OAG's docs print with
   * Java's toString (`[SUPER_ADMIN, ADMIN]`) where the original's ArrayNode prints JSON. A component
   * an operation `$ref`s is such a copy once components are traversed (see above), as are its
   * properties.
   */
  readonly copiedDefaults: ReadonlySet<string>;
  /**
   * Pointers of the non-empty list or object example values (`<schema>/example`, a parameter's or
   * media type's `example`, an Example object's `value` in an `examples` map) that sit in a deep copy
   * (the Json31 round trip): OpenAPIDeserializer reads them with getAnyExample/getAnyType as an
   * ArrayNode/ObjectNode, the copy holds the `Object` field as a Java List/LinkedHashMap, and the
   * docs print its toString where they print the example's: `[123, 456]` for `['123', '456']`
   * (TypeScriptClientCodegen.toExampleValueRecursive; infusionsoft/keap-sdk's 3.1 spec, OAG 7.13.0),
   * `{a=1, b=x}` for `{a: 1, b: x}` (AbstractPythonCodegen.setParameterExampleValue's
   * `getExample().toString()`), where the original prints JSON (`["123","456"]`, `{"a":1,"b":"x"}`).
   * The IR marks them: SchemaCommon.exampleFromCopy, Example.fromCopy.
   */
  readonly copiedExamples: ReadonlySet<string>;
  /**
   * Pointers of the schemas whose place holds a deep copy and whose `required` names something the
   * schema's own (non-empty) `properties` do not declare: the copy has lost those names. `deepcopy`
   * writes a schema with Json31.mapper(), whose Schema31Mixin orders the fields alphabetically
   * (swagger-core 636cff7d4, 2.2.0: `properties` before `required`), and reads it back with the
   * setters; swagger-models' Schema.setRequired keeps only names of `properties` once those are set
   * (6575d6cba). The parse itself sets `required` first (OpenAPIDeserializer.getCommonSchemaFields
   * before `properties`), so an original keeps them all. A 3.1 allOf member `{properties: {a},
   * required: [a, b]}` of a component an operation `$ref`s, `b` declared by another member, no
   * longer makes `b` required (DefaultCodegen.addProperties reads the copy).
   */
  readonly copiedRequired: ReadonlySet<string>;
  /**
   * Pointers of the schemas written `default: null` (and no oneOf/anyOf/allOf) whose place holds the
   * object the parse made, not a copy: OpenAPIDeserializer.getJsonSchema (3.1) reads `default` with
   * getAnyType, which gives a NullNode for a JSON null (swagger-parser 2.1.22, the release OAG 7.13
   * ships), and Schema.setDefault keeps it, so OAG's docs print its toString, `null`. A copy (the
   * Json31 round trip) reads it back as no default at all. 3.0's getSchema reads a typed schema's
   * default with getString/getInteger/..., which give none for a null.
   */
  readonly nullDefaults: ReadonlySet<string>;
  /**
   * Pointers of the schemas whose place holds a deep copy of an earlier *equal* schema that lists its
   * `properties` in another order, with the copy's order. Schema.equals compares `properties` as a
   * Map (LinkedHashMap.equals ignores order), so `{b, a}` equals an earlier `{a, b}` and its place
   * gets the copy of that one, whose properties come out in the earlier order: OAG's model docs list
   * them so (oapicf/swaggy-jenkins 8018bf46, OAG 7.24.0, a 3.1 spec: PipelineImpllinks `runs, self,
   * queue, actions, _class` is documented `self, actions, runs, queue, _class`, BranchImpllinks'
   * order, BranchImpl being reached through the paths first). The IR lists them in that order.
   */
  readonly copiedPropertyOrder: ReadonlyMap<string, readonly string[]>;
}

const NO_FACTS: SharedInstanceFacts = { nullable: new Set(), copiedDefaults: new Set(), copiedExamples: new Set(), copiedRequired: new Set(), nullDefaults: new Set(), copiedPropertyOrder: new Map() };

/**
 * The five sets from one traversal, run only when the document can have any (3.1; OAG 7.0.0 and later,
 * the copies' examples and defaults from 6.2.0).
 */
export function sharedInstanceFacts(root: RawObject, oagVersion: string | undefined, sixX: boolean): SharedInstanceFacts {
  if (typeof root.openapi !== "string" || !root.openapi.startsWith("3.1")) return NO_FACTS;
  // The planner's release decision (inline.ts Profile.normalize): OAG runs its normalizer's default
  // rules (7.0.0 on); the nullable, required and null-default facts are read from 7.0.0 only.
  const normalizer = normalizerRuns({ oagVersion, refactorAllOfInlineSchemas: sixX });
  // The deep copies' Java collections (examples, defaults) from swagger-parser 2.1 (6.2.0 on: PARSE_ROWS
  // deepCopies31), python-prior's 6.x included; read as the planner reads a run without oagVersion.
  const rules = parseRules(oagVersion === undefined && sixX ? NEWEST_6X : oagVersion);
  if (!normalizer && !rules.deepCopies31) return NO_FACTS;
  const [nullable, defaults, undeclared, nullDefault] = someNodes(root, [normalizer ? mayMakeNullableAt(root) : () => false, hasListDefault, normalizer ? requiresUndeclared : () => false, normalizer ? hasNullDefault : () => false]);
  const examples = hasPrintedContainerExample(root);
  const reordered = rules.deepCopies31 && hasEqualSchemasInOtherOrder(root);
  if (!nullable && !defaults && !examples && !undeclared && !nullDefault && !reordered) return NO_FACTS;
  const traversal = new Traversal(root, rules.idsTraverserPass);
  const doc = traversal.run();
  const placed = [...placesOf(doc)];
  const copiedDefaults = new Set(defaults ? placed.filter(([, node]) => hasListDefault(node) && traversal.isCopy(node)).map(([pointer]) => pointer) : []);
  const copiedExamples = new Set(examples ? placed.flatMap(([pointer, node]) => (traversal.isCopy(node) ? containerExamplesOf(node, pointer) : [])) : []);
  const copiedRequired = new Set(undeclared ? placed.filter(([, node]) => requiresUndeclared(node) && traversal.isCopy(node)).map(([pointer]) => pointer) : []);
  const nullDefaults = new Set(nullDefault ? placed.filter(([, node]) => hasNullDefault(node) && !traversal.isCopy(node)).map(([pointer]) => pointer) : []);
  const copiedPropertyOrder = new Map<string, readonly string[]>();
  if (reordered) {
    for (const [pointer, node] of placed) {
      if (!isObject(node.properties) || !traversal.isCopy(node)) continue;
      const own = resolvePointer(root, pointer);
      if (!isObject(own) || !isObject(own.properties)) continue;
      const order = Object.keys(node.properties);
      const written = Object.keys(own.properties);
      if (order.length === written.length && order.some((name, i) => name !== written[i]) && order.every((name) => written.includes(name))) copiedPropertyOrder.set(pointer, order.map(specKey));
    }
  }
  if (!nullable) return { nullable: new Set(), copiedDefaults, copiedExamples, copiedRequired, nullDefaults, copiedPropertyOrder };
  const places = placed.filter(([pointer, node]) => (pointer.endsWith("/items") || pointer.endsWith("/additionalProperties")) && !admitsNull(node));
  new Normalizer(new Host(doc, oagVersion)).run();
  return { nullable: new Set(places.filter(([, node]) => node.nullable === true).map(([pointer]) => pointer)), copiedDefaults, copiedExamples, copiedRequired, nullDefaults, copiedPropertyOrder };
}

/**
 * Whether two objects with `properties` are equal as Java compares them (maps by content, lists in
 * order; approximated by JSON with sorted keys) while listing their properties in different orders:
 * the pre-check of SharedInstanceFacts.copiedPropertyOrder (the traversal runs only then).
 */
function hasEqualSchemasInOtherOrder(root: RawObject): boolean {
  const canonical = new Map<object, string>();
  const text = (value: unknown): string => {
    if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
    const known = canonical.get(value);
    if (known !== undefined) return known;
    canonical.set(value, "\u0000cycle");
    const out = Array.isArray(value)
      ? `[${value.map(text).join(",")}]`
      : `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${text((value as RawObject)[k])}`).join(",")}}`;
    canonical.set(value, out);
    return out;
  };
  const orders = new Map<string, string>();
  let found = false;
  const walk = (node: unknown): void => {
    if (found || typeof node !== "object" || node === null) return;
    if (!Array.isArray(node) && isObject((node as RawObject).properties) && Object.keys((node as RawObject).properties as object).length > 1) {
      const key = text(node);
      const order = Object.keys((node as RawObject).properties as object).join("\u0000");
      const seen = orders.get(key);
      if (seen === undefined) orders.set(key, order);
      else if (seen !== order) found = true;
    }
    for (const value of Array.isArray(node) ? node : Object.values(node)) walk(value);
  };
  walk(root);
  return found;
}

/**
 * A schema with properties whose `required` names one it does not declare (what a copy loses, see
 * SharedInstanceFacts.copiedRequired). Without `properties` setRequired keeps every name (a
 * `required`-only allOf member). An empty `properties` map is left out: whether Json31 writes it
 * (and so drops every name) was not checked.
 */
function requiresUndeclared(node: RawObject): boolean {
  const properties = node.properties;
  if (!isObject(properties) || Object.keys(properties).length === 0 || !Array.isArray(node.required)) return false;
  return node.required.some((name: unknown) => typeof name === "string" && !Object.hasOwn(properties, name));
}

/**
 * A schema written `default: null` that is no composition (see SharedInstanceFacts.nullDefaults): a
 * oneOf/anyOf of a null and one schema becomes that schema, its default gone (the normalizer's
 * simplification), and a composition's default is printed by no generator.
 */
function hasNullDefault(node: RawObject): boolean {
  return node.default === null && !Array.isArray(node.anyOf) && !Array.isArray(node.oneOf) && !Array.isArray(node.allOf);
}

/** For each of `tests`, whether some object of the document satisfies it: one walk, which stops once every test has. */
function someNodes(root: RawObject, tests: readonly ((node: RawObject) => boolean)[]): boolean[] {
  const found = tests.map(() => false);
  let left = tests.length;
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (left === 0 || typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    if (!Array.isArray(node)) {
      for (let i = 0; i < tests.length; i++) {
        if (!found[i] && tests[i]!(node as RawObject)) {
          found[i] = true;
          left--;
        }
      }
    }
    for (const value of Array.isArray(node) ? node : Object.values(node)) walk(value);
  };
  walk(root);
  return found;
}

/**
 * An array schema with a non-empty array `default`: the docs print no other container default (an
 * object's is not printed, and an empty list prints `[]` either way), and a property named
 * `default` is no default.
 */
function hasListDefault(node: RawObject): boolean {
  return hasListValue(node, node.default);
}

/** A non-empty list or object: what a copy holds as a Java collection (an empty one prints `[]`, `{}` either way). */
function isContainer(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : isObject(value) && Object.keys(value).length > 0;
}

/** A container `example`, or an `examples` map with a container `value` (see SharedInstanceFacts.copiedExamples). */
function hasContainerExample(node: RawObject): boolean {
  if (isContainer(node.example)) return true;
  return isObject(node.examples) && Object.values(node.examples).some((e) => isObject(e) && isContainer(e.value));
}

/**
 * Whether the document has a container example a doc prints the toString of (a pre-check: the
 * replay runs only then; openproject's 3.1 spec has 199 such values in copies, none printed):
 * a parameter's (its own, its `examples`' first, its schema's: AbstractPythonCodegen and
 * TypeScriptClientCodegen setParameterExampleValue), a request body media type's (DefaultCodegen's
 * and TypeScriptClientCodegen's setParameterExampleValue(.., RequestBody)), and a schema's at any
 * depth below parameters, request bodies and components.schemas, unless it is an object, a map or a
 * composition, whose example TypeScriptClientCodegen.getObjectExample ignores (a parameter's own
 * schema excepted: python prints its example). Responses and callbacks print none.
 */
function hasPrintedContainerExample(root: RawObject): boolean {
  const seen = new Set<object>();
  const schemaHas = (node: unknown, top: boolean): boolean => {
    if (!isObject(node) || seen.has(node)) return false;
    seen.add(node);
    const objectLike = node.type === "object" || node.properties !== undefined || isObject(node.additionalProperties) || node.allOf !== undefined || node.anyOf !== undefined || node.oneOf !== undefined;
    if ((top || !objectLike) && isContainer(node.example)) return true;
    for (const [key, value] of Object.entries(node)) {
      if (key === "example" || key === "examples" || key === "default" || key === "enum" || key === "const" || !(typeof value === "object" && value !== null)) continue;
      if (Array.isArray(value) ? value.some((v) => schemaHas(v, false)) : key === "properties" || key === "patternProperties" || key === "dependentSchemas" ? Object.values(value).some((v) => schemaHas(v, false)) : schemaHas(value, false)) return true;
    }
    return false;
  };
  const parameterHas = (p: unknown): boolean => isObject(p) && (hasContainerExample(p) || schemaHas(p.schema, true) || contentHas(p.content));
  const contentHas = (content: unknown): boolean => isObject(content) && Object.values(content).some((m) => isObject(m) && (hasContainerExample(m) || schemaHas(m.schema, false)));
  const bodyHas = (b: unknown): boolean => isObject(b) && contentHas(b.content);
  const pathItemHas = (item: unknown): boolean => {
    if (!isObject(item)) return false;
    if (Array.isArray(item.parameters) && item.parameters.some(parameterHas)) return true;
    return Object.values(item).some((op) => isObject(op) && ((Array.isArray(op.parameters) && op.parameters.some(parameterHas)) || bodyHas(op.requestBody)));
  };
  const values = (map: unknown): unknown[] => (isObject(map) ? Object.values(map) : []);
  const components = isObject(root.components) ? root.components : {};
  return values(root.paths).some(pathItemHas) || values(root.webhooks).some(pathItemHas) || values(components.pathItems).some(pathItemHas)
    || values(components.parameters).some(parameterHas) || values(components.requestBodies).some(bodyHas) || values(components.schemas).some((s) => schemaHas(s, false));
}

/** The pointers of the container example values an object of the working document holds. */
function containerExamplesOf(node: RawObject, pointer: string): string[] {
  const out: string[] = [];
  if (isContainer(node.example)) out.push(childPointer(pointer, "example"));
  // an Example object (the entry of an `examples` map): its `value`
  if (/\/examples\/[^/]+$/.test(pointer) && isContainer(node.value)) out.push(childPointer(pointer, "value"));
  return out;
}

function hasListValue(node: RawObject, value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  const type = node.type;
  return type === "array" || (Array.isArray(type) && type.includes("array")) || isObject(node.items);
}

/**
 * The test of an object of `root` where the normalizer can write `nullable` into a member at all: only where it simplifies a
 * oneOf/anyOf, when a member is a null type (ModelUtils.isNullTypeSchema: read generously here, any
 * member with neither a type other than "null" nor properties nor a composition, after its `$ref`s)
 * or the composed schema itself is nullable. A document without such a composition (most 3.1
 * specs that are not FastAPI exports) skips the replay, whose value numbering costs a few hundred
 * milliseconds on a 0.5 MB spec.
 */
function mayMakeNullableAt(root: RawObject): (node: RawObject) => boolean {
  const resolved = (node: unknown): unknown => {
    for (let hops = 0; hops < 16 && isObject(node) && typeof node.$ref === "string"; hops++) {
      const pointer = refToPointer(node.$ref);
      // A reference into another file: read as a possible null type (generous).
      if (pointer === undefined) return {};
      node = resolvePointer(root, pointer);
    }
    return node;
  };
  const mayBeNullType = (member: unknown): boolean => {
    const s = resolved(member);
    if (!isObject(s)) return false;
    if (s.properties !== undefined || Array.isArray(s.allOf) || Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) return false;
    if (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null) return true;
    const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
    return types.length === 0 || (types.length === 1 && (types[0] === "null" || types[0] === null));
  };
  return (obj) => {
    for (const key of ["anyOf", "oneOf"]) {
      const members = obj[key];
      if (!Array.isArray(members)) continue;
      const nullable = obj.nullable === true || obj.type === "null" || (Array.isArray(obj.type) && obj.type.includes("null"));
      if (nullable || members.some(mayBeNullType)) return true;
    }
    return false;
  };
}

/** Null is allowed by the place itself (which the IR reads as nullable anyway). */
function admitsNull(node: Node): boolean {
  if (node.nullable === true || node.type === "null" || (Array.isArray(node.type) && node.type.includes("null"))) return true;
  const members = [...(Array.isArray(node.anyOf) ? node.anyOf : []), ...(Array.isArray(node.oneOf) ? node.oneOf : [])];
  return members.some((m: unknown) => isNode(m) && (m.type === "null" || (Array.isArray(m.type) && m.type.length === 1 && m.type[0] === "null")));
}

/**
 * After the traversal (before the normalizer): the places of the working document, each with a
 * number per object, so that places holding one object have one number. For tests. `oagVersion`:
 * the release whose swagger-parser is replayed (absent: 2.1.22's traversal, that is, before 7.14.0).
 */
export function placesAfterTraversal(root: RawObject, oagVersion?: string): Map<string, number> {
  const ids = new Map<object, number>();
  const out = new Map<string, number>();
  const idsPass = oagVersion === undefined ? false : parseRules(oagVersion).idsTraverserPass;
  for (const [pointer, node] of placesOf(new Traversal(root, idsPass).run())) {
    if (!ids.has(node)) ids.set(node, ids.size);
    out.set(pointer, ids.get(node)!);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Value identity: what Java's equals/hashCode compare. Equal values get one number
// (hash-consing: comparing two subtrees is one lookup, and the keys stay small).
//
// A copy is not always equal to its original: OpenAPIDeserializer reads `default`, `example` and
// `const` with getAnyType (a JsonNode for an object, an array or null, a BigDecimal for a
// fraction), the Json31 round trip as plain Java values (LinkedHashMap, ArrayList, Double; a null
// is no value); container `enum` values likewise. So these keywords are compared with their
// representation: an original `default: []` differs from a copy's. A schema whose children were
// replaced by such copies no longer hashes as when it was stored, and is not found again.

type Role = Kind | "schemaMap" | "schemaList" | "mediaTypeMap" | "headerMap" | "responseMap" | "parameterList";

/** The role of each child of an object of a role; keys not listed compare as plain JSON. */
const CHILD_ROLES: Partial<Record<Role, Record<string, Role>>> = {
  schema: {
    properties: "schemaMap", patternProperties: "schemaMap", dependentSchemas: "schemaMap",
    allOf: "schemaList", anyOf: "schemaList", oneOf: "schemaList", prefixItems: "schemaList",
    items: "schema", not: "schema", additionalProperties: "schema", additionalItems: "schema", contains: "schema",
    contentSchema: "schema", if: "schema", then: "schema", else: "schema", unevaluatedItems: "schema",
    unevaluatedProperties: "schema", propertyNames: "schema",
  },
  parameter: { schema: "schema", content: "mediaTypeMap" },
  header: { schema: "schema", content: "mediaTypeMap" },
  mediaType: { schema: "schema" },
  requestBody: { content: "mediaTypeMap" },
  response: { content: "mediaTypeMap", headers: "headerMap" },
  operation: { parameters: "parameterList", requestBody: "requestBody", responses: "responses" },
  pathItem: {
    parameters: "parameterList", get: "operation", put: "operation", post: "operation", delete: "operation",
    patch: "operation", head: "operation", options: "operation", trace: "operation",
  },
};
const ENTRY_ROLES: Partial<Record<Role, Role>> = {
  schemaMap: "schema", schemaList: "schema", mediaTypeMap: "mediaType", headerMap: "header", responseMap: "response",
  parameterList: "parameter", responses: "response",
};
/** Keywords read with getAnyType, whose copies are plain Java values. */
const ANY_TYPE_KEYS = new Set(["default", "example", "const"]);

/**
 * `hash`: what hashCode sees (a JsonNode hashes as the Java value it holds, except a NullNode and
 * a BigDecimal); `equals`: what equals sees (a JsonNode never equals a Java collection).
 */
type Mode = "hash" | "equals";

class Values {
  private readonly ids = new Map<string, number>();
  /** Copies (made by `deepcopy`): all their parts are in the copy representation. */
  private readonly copies = new WeakSet<object>();
  /** The numbers of copies, which do not change (originals do: their children are replaced). */
  private readonly memo = new WeakMap<object, Map<string, number>>();

  markCopy(node: object): void {
    this.copies.add(node);
  }

  isCopy(node: object): boolean {
    return this.copies.has(node);
  }

  /** The value number of a node in a role, as its parts are now. */
  of(node: object, role: Role, mode: Mode): number {
    const copy = this.copies.has(node);
    const memoKey = `${role} ${mode}`;
    const known = copy ? this.memo.get(node)?.get(memoKey) : undefined;
    if (known !== undefined) return known;
    let text: string;
    const entryRole = ENTRY_ROLES[role];
    if (Array.isArray(node)) {
      text = `[${node.map((item: unknown) => this.token(item, entryRole, mode)).join(",")}]`;
    } else {
      const childRoles = CHILD_ROLES[role];
      const model = role === "schema" || role === "parameter" || role === "header" || role === "mediaType";
      const parts: string[] = [];
      for (const k of Object.keys(node).sort()) {
        const value = (node as RawObject)[k];
        let token: string | undefined;
        if (entryRole !== undefined) token = this.token(value, entryRole, mode);
        else if (childRoles?.[k] !== undefined) token = this.token(value, childRoles[k], mode);
        else if (!model) token = plain(value);
        else if (ANY_TYPE_KEYS.has(k)) token = value === null && copy ? undefined : anyType(value, copy, mode);
        else if (k === "enum" && role === "schema" && Array.isArray(value)) token = `[${value.map((v: unknown) => enumItem(v, copy, mode)).join(",")}]`;
        else if (k === "examples" && role === "schema" && Array.isArray(value)) token = `[${value.map((v: unknown) => jsonNode(v, copy, mode)).join(",")}]`;
        else token = plain(value);
        if (token !== undefined) parts.push(`${JSON.stringify(k)}:${token}`);
      }
      text = `{${parts.join(",")}}`;
    }
    const full = `${role}${text}`;
    let id = this.ids.get(full);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(full, id);
    }
    if (copy) {
      let byRole = this.memo.get(node);
      if (byRole === undefined) this.memo.set(node, (byRole = new Map()));
      byRole.set(memoKey, id);
    }
    return id;
  }

  private token(value: unknown, role: Role | undefined, mode: Mode): string {
    if (typeof value !== "object" || value === null || role === undefined) return plain(value);
    return `#${this.of(value, role, mode)}`;
  }
}

/** A JSON value compared as it is (key order aside). */
function plain(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(plain).join(",")}]`;
  return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${plain((value as RawObject)[k])}`).join(",")}}`;
}

/** An `enum` value: numbers, strings, booleans and null are read as Java values, containers as JsonNodes. */
function enumItem(value: unknown, copy: boolean, mode: Mode): string {
  return typeof value === "object" && value !== null ? anyType(value, copy, mode) : plain(value);
}

/** A 3.1 `examples` item: a JsonNode (TextNode, IntNode, NullNode, ...) in the original. */
function jsonNode(value: unknown, copy: boolean, mode: Mode): string {
  if (value === null) return copy ? "null" : "NullNode";
  if (typeof value === "object") return anyType(value, copy, mode);
  return mode === "equals" && !copy ? `node:${plain(value)}` : plain(value);
}

/**
 * A value read with getAnyType (original: JsonNode containers, NullNode, BigDecimal fractions)
 * or by the Json31 round trip (copy: Java collections, null, Double).
 */
function anyType(value: unknown, copy: boolean, mode: Mode): string {
  if (value === null) return copy ? "null" : "NullNode";
  if (typeof value === "number" && !Number.isInteger(value)) return `${copy ? "Double" : "BigDecimal"}:${value}`;
  if (typeof value !== "object") return plain(value);
  const inner = Array.isArray(value)
    ? `[${value.map((v: unknown) => anyType(v, copy, mode)).join(",")}]`
    : `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${anyType((value as RawObject)[k], copy, mode)}`).join(",")}}`;
  return mode === "equals" ? `${copy ? "java" : "node"}${inner}` : inner;
}

// ---------------------------------------------------------------------------------------------
// OpenAPI31Traverser

const OPERATION_ORDER = ["get", "put", "delete", "patch", "options", "head", "post", "trace"] as const;

interface Entry {
  readonly key: Node;
  value: Node;
  /** The key's hash (value number in "hash" mode) when it was put. */
  readonly filed: number;
}
type Table = Map<number, Entry[]>;

type Kind = "schema" | "parameter" | "requestBody" | "response" | "responses" | "mediaType" | "header" | "pathItem" | "operation";

class Traversal {
  private readonly values = new Values();
  /** The objects being traversed (`visiting`, a HashSet: by value too). */
  private visiting: Table = new Map();
  /** visitedMap: a traversed object -> what an equal object's place gets. */
  private visited: Table = new Map();
  private doc: Node = {};
  /** False while an IdsTraverser pass runs: no `$ref` is resolved, and two schemas are not stored back. */
  private resolving = true;
  /** The documents (the part of a `$ref` before `#`) whose first read ran an IdsTraverser pass. */
  private readonly read = new Set<string>();

  /** `idsPass`: swagger-parser 2.1.24 or later (parse-releases.ts ParseRules.idsTraverserPass, from 7.14.0). */
  constructor(
    private readonly root: RawObject,
    private readonly idsPass = false,
  ) {}

  run(): Node {
    this.doc = this.fresh(this.root) as Node;
    this.walkDocument();
    return this.doc;
  }

  /** traverseOpenApi's order: paths, components, webhooks. */
  private walkDocument(): void {
    const paths = this.doc.paths;
    if (isNode(paths)) this.eachEntry(paths, (item) => this.pathItem(item), true);
    const components = this.doc.components;
    if (isNode(components)) {
      // traverseComponents, in its order (callbacks, security schemes, links, examples hold no schema read here)
      this.eachEntry(components.pathItems, (item) => this.pathItem(item), true);
      this.eachEntry(components.parameters, (p) => this.parameter(p), true);
      this.eachEntry(components.requestBodies, (b) => this.requestBody(b), true);
      this.eachEntry(components.schemas, (s) => this.schema(s), true);
      this.eachEntry(components.headers, (h) => this.header(h), true);
      this.eachEntry(components.responses, (r) => this.response(r), true);
    }
    if (isNode(this.doc.webhooks)) this.eachEntry(this.doc.webhooks, (item) => this.pathItem(item), true);
  }

  /**
   * swagger-parser 47e9f665 (first in 2.1.24; OAG 7.14.0 ships 2.1.28): ReferenceVisitor.parse, which
   * reads the document a `$ref` points into the first time one does (a local `$ref` included: the
   * root document read from a file is not in the reference set yet), first runs an IdsTraverser over
   * the whole document being traversed, as it is at that moment. IdsTraverser is OpenAPI31Traverser
   * without the `$ref` resolution, with a visitedMap of its own: an object equal to one it traversed
   * before gets that one's copy (or that one) in its place, so later equal places share one object
   * before the main traversal reaches them. Its traverseMediaType and traverseHeader traverse the
   * schema without storing what they get back.
   */
  private idsTraverserPass(ref: string): void {
    const hash = ref.indexOf("#");
    const document = hash < 0 ? ref : ref.slice(0, hash);
    if (!this.idsPass || this.read.has(document)) return;
    this.read.add(document);
    const saved = { visiting: this.visiting, visited: this.visited };
    this.visiting = new Map();
    this.visited = new Map();
    this.resolving = false;
    try {
      this.walkDocument();
    } finally {
      this.visiting = saved.visiting;
      this.visited = saved.visited;
      this.resolving = true;
    }
  }

  /** Whether the object is (part of) a deep copy `deepcopy` made. */
  isCopy(node: object): boolean {
    return this.values.isCopy(node);
  }

  /** A working copy of a raw node (what swagger-parser deserializes): fresh objects, same values. */
  private fresh(raw: unknown, copy = false): unknown {
    if (typeof raw !== "object" || raw === null) return raw;
    const out: object = Array.isArray(raw) ? raw.map((item: unknown) => this.fresh(item, copy)) : Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, this.fresh(v, copy)]));
    if (copy) this.values.markCopy(out);
    return out;
  }

  /** Schema/Parameter/...: a deep copy (the Json31 round trip of `deepcopy`). */
  private deepcopy(node: Node): Node {
    return this.fresh(node, true) as Node;
  }

  /**
   * traverseMap / traverseSchemaMap: over a snapshot of the entries, storing what is returned.
   * In the maps whose `x-` keys are extensions (paths, responses, components) these are skipped.
   */
  private eachEntry(map: unknown, traverse: (value: Node) => Node, extensions = false): void {
    if (!isNode(map)) return;
    for (const [key, value] of Object.entries({ ...map })) {
      if ((extensions && key.startsWith("x-")) || !isNode(value)) continue;
      map[key] = traverse(value);
    }
  }

  private eachItem(list: unknown, traverse: (value: Node) => Node): void {
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length; i++) {
      const value: unknown = list[i];
      if (isNode(value)) list[i] = traverse(value);
    }
  }

  private slot(owner: Node, key: string, traverse: (value: Node) => Node): void {
    const value = owner[key];
    if (isNode(value)) owner[key] = traverse(value);
  }

  /**
   * The traverseX pattern: a value seen (visiting) or done (visitedMap) before answers at once;
   * otherwise `$ref` resolution (visitor.visitX: the target read afresh and traversed), the
   * children, and the registration. A local `$ref` to components (handleRootLocalRefs) keeps its
   * place and replaces the component by what the resolution gave.
   */
  private traverse(kind: Kind, node: Node, copies: boolean, children: (resolved: Node) => void, component?: string): Node {
    if (this.find(this.visiting, kind, node) !== undefined) return node;
    const done = this.find(this.visited, kind, node);
    if (done !== undefined) return done.value;
    const visiting = this.put(this.visiting, kind, node, node);
    let resolved = node;
    const ref = this.resolving && typeof node.$ref === "string" && component !== undefined ? node.$ref : undefined;
    if (ref !== undefined) this.idsTraverserPass(ref);
    const target = ref === undefined ? undefined : this.target(ref);
    if (ref !== undefined && target !== undefined) resolved = this.traverse(kind, this.fresh(target.raw) as Node, copies, children, component);
    children(resolved);
    const local = target !== undefined && target.component === component;
    this.put(this.visited, kind, node, local ? this.deepcopy(node) : copies ? this.deepcopy(resolved) : resolved);
    this.remove(this.visiting, kind, visiting);
    if (local) {
      const map = this.componentsMap(component!);
      if (map) map[target.name] = resolved;
      return node;
    }
    return resolved;
  }

  // A HashMap/HashSet keyed by mutable objects: an entry is filed under the key's value when it
  // was put, and found by an equal value whose key is still equal to it now.

  private find(table: Table, kind: Kind, node: Node): Entry | undefined {
    const entries = table.get(this.values.of(node, kind, "hash"));
    if (entries === undefined) return undefined;
    const same = this.values.of(node, kind, "equals");
    return entries.find((e) => e.key === node || this.values.of(e.key, kind, "equals") === same);
  }

  private put(table: Table, kind: Kind, key: Node, value: Node): Entry {
    const filed = this.values.of(key, kind, "hash");
    const entries = table.get(filed) ?? [];
    table.set(filed, entries);
    const same = this.values.of(key, kind, "equals");
    const existing = entries.find((e) => e.key === key || this.values.of(e.key, kind, "equals") === same);
    if (existing) {
      existing.value = value;
      return existing;
    }
    const entry: Entry = { key, value, filed };
    entries.push(entry);
    return entry;
  }

  /** HashSet.remove: found only under the hash the key was filed under. */
  private remove(table: Table, kind: Kind, entry: Entry): void {
    if (this.values.of(entry.key, kind, "hash") !== entry.filed) return;
    const entries = table.get(entry.filed) ?? [];
    const i = entries.indexOf(entry);
    if (i >= 0) entries.splice(i, 1);
  }

  private target(ref: string): { raw: RawObject; component: string | undefined; name: string } | undefined {
    const pointer = refToPointer(ref);
    if (pointer === undefined) return undefined;
    const raw = resolvePointer(this.root, pointer);
    if (!isObject(raw)) return undefined;
    const m = /^\/components\/([^/]+)\/([^/]+)$/.exec(pointer);
    return { raw, component: m?.[1], name: (m?.[2] ?? "").replace(/~1/g, "/").replace(/~0/g, "~") };
  }

  private componentsMap(kind: string): Node | undefined {
    const components = this.doc.components;
    if (!isNode(components)) return undefined;
    if (!isNode(components[kind])) components[kind] = {};
    return components[kind] as Node;
  }

  schema(node: Node): Node {
    return this.traverse("schema", node, true, (s) => {
      this.eachEntry(s.properties, (p) => this.schema(p));
      this.slot(s, "additionalItems", (x) => this.schema(x));
      this.slot(s, "additionalProperties", (x) => this.schema(x));
      this.eachItem(s.allOf, (x) => this.schema(x));
      this.eachItem(s.anyOf, (x) => this.schema(x));
      this.slot(s, "contains", (x) => this.schema(x));
      this.slot(s, "contentSchema", (x) => this.schema(x));
      this.eachEntry(s.dependentSchemas, (x) => this.schema(x));
      this.slot(s, "else", (x) => this.schema(x));
      this.slot(s, "if", (x) => this.schema(x));
      this.slot(s, "items", (x) => this.schema(x));
      this.slot(s, "not", (x) => this.schema(x));
      this.eachItem(s.oneOf, (x) => this.schema(x));
      this.eachEntry(s.patternProperties, (x) => this.schema(x));
      this.eachItem(s.prefixItems, (x) => this.schema(x));
      this.slot(s, "then", (x) => this.schema(x));
      this.slot(s, "unevaluatedItems", (x) => this.schema(x));
      // (the traverser looks at unevaluatedProperties only when additionalProperties is set)
      if (s.additionalProperties !== undefined) this.slot(s, "unevaluatedProperties", (x) => this.schema(x));
    }, "schemas");
  }

  private content(owner: Node): void {
    this.eachEntry(owner.content, (m) => this.mediaType(m));
  }

  private parameter(node: Node): Node {
    return this.traverse("parameter", node, true, (p) => {
      this.content(p);
      this.slot(p, "schema", (s) => this.schema(s));
    }, "parameters");
  }

  private mediaType(node: Node): Node {
    return this.traverse("mediaType", node, false, (m) => this.schemaSlot(m));
  }

  private requestBody(node: Node): Node {
    return this.traverse("requestBody", node, true, (b) => this.content(b), "requestBodies");
  }

  private header(node: Node): Node {
    return this.traverse("header", node, true, (h) => {
      this.content(h);
      this.schemaSlot(h);
    }, "headers");
  }

  /** A media type's or header's schema: stored back by OpenAPI31Traverser, not by IdsTraverser. */
  private schemaSlot(owner: Node): void {
    if (this.resolving) this.slot(owner, "schema", (s) => this.schema(s));
    else if (isNode(owner.schema)) this.schema(owner.schema);
  }

  private response(node: Node): Node {
    return this.traverse("response", node, true, (r) => {
      this.content(r);
      this.eachEntry(r.headers, (h) => this.header(h));
    }, "responses");
  }

  private responses(node: Node): Node {
    return this.traverse("responses", node, false, (rs) => this.eachEntry(rs, (r) => this.response(r), true));
  }

  private operation(node: Node): Node {
    return this.traverse("operation", node, false, (op) => {
      this.eachItem(op.parameters, (p) => this.parameter(p));
      this.slot(op, "requestBody", (b) => this.requestBody(b));
      this.slot(op, "responses", (rs) => this.responses(rs));
    });
  }

  private pathItem(node: Node): Node {
    return this.traverse("pathItem", node, true, (item) => {
      for (const method of OPERATION_ORDER) this.slot(item, method, (op) => this.operation(op));
      this.eachItem(item.parameters, (p) => this.parameter(p));
    }, "pathItems");
  }
}

/** Every object of the working document with its pointer (a shared object once per place). */
function placesOf(doc: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item: unknown, i) => walk(item, childPointer(pointer, i)));
    } else if (isNode(node)) {
      out.set(pointer, node);
      for (const [k, v] of Object.entries(node)) if (typeof v === "object" && v !== null) walk(v, childPointer(pointer, k));
    }
  };
  walk(doc, "");
  return out;
}

// ---------------------------------------------------------------------------------------------
// What the normalizer replay needs to know of the working document (a 3.1 one: see the inline
// planner's Planner for the same questions asked of 3.0 documents too).

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** The working document's own objects are what the normalizer edits here: each handle is its own state. */
function state(node: Handle): Node {
  return node as unknown as Node;
}

function handle(node: unknown): Handle | undefined {
  return isNode(node) ? (node as unknown as Handle) : undefined;
}

class Host implements NormalizerHost {
  readonly is31 = true;
  readonly components = new Map<string, Handle>();
  private readonly oas30Style = new Map<Handle, string | undefined>();
  readonly doc: Handle;

  constructor(
    doc: Node,
    readonly oagVersion: string | undefined,
  ) {
    this.doc = doc as unknown as Handle;
    for (const [name, schema] of Object.entries(state(this.componentMap("schemas") ?? handle({})!))) {
      const h = handle(schema);
      if (h) this.components.set(name, h);
    }
  }

  view(node: Handle): Readonly<Node> {
    return state(node);
  }

  own(node: Handle): Node {
    return state(node);
  }

  viewList(list: ListHandle): readonly unknown[] {
    return list as unknown as unknown[];
  }

  ownList(list: ListHandle): unknown[] {
    return list as unknown as unknown[];
  }

  made(node: Node): Handle {
    return node as unknown as Handle;
  }

  madeList(list: unknown[]): ListHandle {
    return list as unknown as ListHandle;
  }

  componentMap(kind: string): Handle | undefined {
    const components = state(this.doc).components;
    return handle(isNode(components) ? components[kind] : undefined);
  }

  deref(node: unknown, kind: string): Handle | undefined {
    let current = node;
    for (let hops = 0; hops < 20 && isNode(current) && typeof current.$ref === "string"; hops++) {
      const pointer = refToPointer(current.$ref);
      const map = this.componentMap(kind);
      current = pointer === undefined || map === undefined ? undefined : state(map)[pointer.slice(pointer.lastIndexOf("/") + 1)];
    }
    return isNode(current) && typeof current.$ref !== "string" ? handle(current) : undefined;
  }

  operationsOf(item: Handle): [string, Handle][] {
    return METHODS.flatMap((method): [string, Handle][] => {
      const operation = handle(state(item)[method]);
      return operation ? [[method, operation]] : [];
    });
  }

  referencedSchema(schema: Handle): Handle {
    const ref = state(schema).$ref;
    if (typeof ref !== "string") return schema;
    return this.components.get(ref.slice(ref.lastIndexOf("/") + 1)) ?? schema;
  }

  isArray(schema: Handle): boolean {
    const t = state(schema).type;
    return t === "array" || (Array.isArray(t) && t.includes("array"));
  }

  isComposed(schema: Handle): boolean {
    const s = state(schema);
    return s.allOf !== undefined || s.anyOf !== undefined || s.oneOf !== undefined;
  }

  beanType(schema: Handle): string | undefined {
    return this.oas30Style.get(schema);
  }

  typeName(schema: Handle): string | undefined {
    const t = state(schema).type;
    if (typeof t === "string") return t;
    if (Array.isArray(t) && t.length === 1 && typeof t[0] === "string") return t[0];
    return undefined;
  }

  isOas30Style(schema: Handle): boolean {
    return this.oas30Style.has(schema);
  }

  markOas30Style(schema: Handle, type: string | undefined): void {
    this.oas30Style.set(schema, type);
  }

  recordSubstitute(): void {}
}
