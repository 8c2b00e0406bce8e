// Raw JSON Schema (OpenAPI 3.0 / 3.1 dialects) -> IR Schema.
//
// Normalizations done here, so that generators never see version differences:
// - nullable: `nullable: true`, `x-nullable`, `type: [T, "null"]`, and a `{type: "null"}` member of
//   oneOf/anyOf all become `nullable: true`; a oneOf/anyOf left with one member is that member.
// - 3.1 numeric exclusiveMinimum/Maximum become minimum/maximum + boolean flags.
// - 3.1 `const` becomes a one-value enum with `isConst`. A 3.1 schema's `examples` list is no
//   `example`: OAG's docs read Schema.getExample() only (DefaultCodegen.setParameterExampleValue,
//   TypeScriptClientCodegen.getObjectExample, the python example writers), and swagger-parser's 3.1
//   OpenAPIDeserializer keeps `examples` apart (Schema.setExamples).
// - `$ref` to a named schema becomes a RefSchema; a `$ref` elsewhere is expanded in place.

import { childPointer, refToPointer } from "../model/diagnostics.js";
import type {
  AdditionalProperties,
  Discriminator,
  JsonValue,
  LiteralValue,
  NamedSchema,
  ObjectShape,
  Property,
  Schema,
  SchemaCommon,
  XmlInfo,
} from "../model/ir.js";
import { javaValueText, resolveIn, withoutBlank, type BuildContext } from "./context.js";
import { bigDecimalText, integerSchemaCast, javaDoubleString, javaNumberText, javaStrippedBigDecimalString, nestedLiterals } from "./number-literals.js";
import { annotation, COMPOSED_PROPERTY, FROM_FILE_PROPERTY, FROM_SERIALIZABLE_PARAMETER, NUMBER_TEXTS } from "./swagger2-schema.js";
import type { Yaml11Number } from "./yaml11.js";
import { narrowingAlternatives } from "./narrowing.js";
import { beanTypeOf, isNullTypeSchema, type NullTypeReader } from "./null-type.js";
import { danglingRefName, reportDanglingRef } from "./dangling-ref.js";
import { asArray, asBoolean, asNumber, asObject, asString, entriesOf, enumInferredType, extensionsOf, isObject, type RawObject } from "./raw.js";

const ANY_TYPES = new Set(["string", "integer", "number", "boolean", "array", "object", "null"]);

export function buildNamedSchemas(ctx: BuildContext): NamedSchema[] {
  const out: NamedSchema[] = [];
  const components = asObject(resolveIn(ctx, ctx.schemasPointer));
  const entries = entriesOf(components);
  reportAliasCycles(ctx, entries);
  for (const [name, raw] of entries) {
    const pointer = childPointer(ctx.schemasPointer, name);
    out.push({ name, origin: "component", pointer, schema: aliasAsModel(ctx, buildSchema(ctx, raw, pointer, true)) });
  }
  for (const hoisted of ctx.plan.schemas) {
    out.push({ name: hoisted.name, origin: "inline", pointer: hoisted.pointer, schema: aliasAsModel(ctx, buildSchema(ctx, hoisted.raw, hoisted.pointer, true)) });
  }
  return out;
}

/**
 * A named array or map schema that OAG generates as a model: ModelUtils.isGenerateAliasAsModel(schema)
 * is the global option or the schema's `x-generate-alias-as-model: true`; DefaultGenerator.generateModels
 * then keeps it and DefaultCodegen.unaliasSchema stops at its `$ref` (map: additionalProperties a schema
 * or `true` and no properties; a composition is a model anyway).
 */
function aliasAsModel(ctx: BuildContext, schema: Schema): Schema {
  if (!ctx.generateAliasAsModel && schema.extensions["x-generate-alias-as-model"] !== true) return schema;
  const map = schema.kind === "object" && schema.properties.length === 0 && schema.additionalProperties !== undefined && schema.additionalProperties !== false;
  return schema.kind === "array" || map ? { ...schema, aliasAsModel: true } : schema;
}

/**
 * Named schemas that are only `$ref`s to each other (A -> B -> A) describe no value at all, and a
 * generator following the aliases would never stop. Reported once per cycle, at the `$ref` of its
 * first member in document order; the schemas referring to it are not flagged again.
 */
function reportAliasCycles(ctx: BuildContext, entries: readonly [string, unknown][]): void {
  const order = new Map(entries.map(([name], i) => [name, i]));
  const prefix = `#${ctx.schemasPointer}/`;
  const aliasOf = (raw: unknown): string | undefined => {
    const ref = isObject(raw) ? raw.$ref : undefined;
    if (typeof ref !== "string" || !ref.startsWith(prefix)) return undefined;
    const name = (refToPointer(ref) ?? "").slice(ctx.schemasPointer.length + 1);
    if (name.includes("/")) return undefined;
    return name.replace(/~1/g, "/").replace(/~0/g, "~");
  };
  const targets = new Map(entries.map(([name, raw]) => [name, aliasOf(raw)]));
  for (const [start] of entries) {
    const path = [start];
    let next = targets.get(start);
    while (next !== undefined && next !== start && order.has(next) && !path.includes(next)) {
      path.push(next);
      next = targets.get(next);
    }
    if (next !== start) continue;
    if (path.some((name) => order.get(name)! < order.get(start)!)) continue; // reported at its first member
    const pointer = childPointer(childPointer(ctx.schemasPointer, start), "$ref");
    const message =
      path.length === 1
        ? `schema ${JSON.stringify(start)} is only a $ref to itself: no schema to generate`
        : `schemas ${[...path, start].map((n) => JSON.stringify(n)).join(" -> ")} are only $refs to each other: no schema to generate`;
    ctx.sink.error(pointer, message);
  }
}

/**
 * @param isNamedBody true when building the body of a named schema itself: a hoisted schema must
 *   not turn into a reference to itself there.
 */
export function buildSchema(ctx: BuildContext, raw: unknown, pointer: string, isNamedBody = false): Schema {
  if (raw === true || (isObject(raw) && Object.keys(raw).length === 0)) return anySchema(pointer);
  if (!isObject(raw)) {
    if (raw === false) ctx.sink.warning(pointer, "schema `false` (matches nothing) is read as any value");
    else ctx.sink.error(pointer, `expected a schema object, found ${describe(raw)}`);
    return anySchema(pointer);
  }
  const substitute = ctx.plan.substitutes.get(raw);
  if (substitute) return buildSchema(ctx, substitute, pointer, isNamedBody);
  if (!isNamedBody) {
    const hoistedAs = ctx.plan.hoisted.get(raw);
    // (a new `$ref` schema in OAG, which is not the shared object: no sharedNullable, no copied default)
    if (hoistedAs !== undefined) {
      const { sharedNullable: _, defaultFromCopy: __, defaultNullNode: ___, exampleFromCopy: ____, ...rest } = common(ctx, raw, pointer);
      return { ...rest, kind: "ref", target: hoistedAs };
    }
  }
  if (typeof raw.$ref === "string") return buildRef(ctx, raw, pointer);
  const written = ctx.plan.rewrites.get(raw) ?? raw;
  const schema = buildInline(ctx, withoutScalarOneOf(ctx, withoutNarrowingAlternatives(ctx, written, pointer)), pointer);
  const emptied = emptiedNarrowingList(ctx, written);
  return emptied !== undefined && schema.kind === "object" ? { ...schema, emptiedComposition: emptied } : schema;
}

/**
 * The first list of alternatives that only narrow this object (narrowing.ts) whose every member is
 * a null type to the release's isNullTypeSchema (`{required: [a]}`: no type, `$ref` or description).
 * OAG's normalizer removes them all (processSimplifyOneOf / processSimplifyAnyOf:
 * ModelUtils.simplyOneOfAnyOfWithOnlyOneNonNullSubSchema, 7.0.0 on, SIMPLIFY_ONEOF_ANYOF) and
 * leaves the list empty, not null: the object keeps its properties, yet ModelUtils.isComposedSchema
 * (`getOneOf() != null`) still holds for it (ObjectSchema.emptiedComposition). None before 7.0.0.
 */
function emptiedNarrowingList(ctx: BuildContext, raw: RawObject): "oneOf" | "anyOf" | undefined {
  if (ctx.nullTypeRules === undefined) return undefined;
  return narrowingAlternatives(raw).find((key) => (asArray(raw[key]) ?? []).every((member) => oagNullType(ctx, key, member)));
}

/**
 * The schema without the oneOf OAG's normalizer clears beside an integer, number or string `type`
 * (OpenAPINormalizer.processSimplifyOneOf `schema.setOneOf(null)`, ad6c2dd2b7 #19781, 7.9.0-7.20.x and
 * from 7.25.0: BuildContext.scalarOneOfDropped, NormalizerRules.keepScalarOneOf). The planner does the
 * same to its handles (inline-normalizer.ts oneOf); here a component such as `Id: {type: string,
 * oneOf: [...]}` becomes the string alias it is to OAG (no model, its users typed `str`). A oneOf
 * with a null-type member is left to the null-member rules.
 */
function withoutScalarOneOf(ctx: BuildContext, raw: RawObject): RawObject {
  if (ctx.scalarOneOfDropped !== true) return raw;
  if (raw.type !== "string" && raw.type !== "integer" && raw.type !== "number") return raw;
  const oneOf = raw.oneOf;
  if (!Array.isArray(oneOf) || oneOf.length === 0 || oneOf.some(isNullSchema)) return raw;
  if (["allOf", "anyOf"].some((k) => Array.isArray(raw[k]) && raw[k].length > 0)) return raw;
  if (isObject(raw.properties) && Object.keys(raw.properties).length > 0) return raw;
  const { oneOf: _, ...rest } = raw;
  return rest;
}

/**
 * The schema without its oneOf/anyOf lists of alternatives that only narrow it. They add no type:
 * the value is the object the outer properties describe. Left in, they would turn that object
 * into a composition of property-less members, and its properties would be lost. The client does
 * not check them: a warning.
 */
function withoutNarrowingAlternatives(ctx: BuildContext, raw: RawObject, pointer: string): RawObject {
  const keys = narrowingAlternatives(raw);
  if (keys.length === 0) return raw;
  for (const key of keys) {
    ctx.sink.warning(childPointer(pointer, key), `${key} only narrows this object (which properties are present, which values they take): the client does not check it, the value is typed by the properties`);
  }
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !(keys as readonly string[]).includes(k)));
}

function buildInline(ctx: BuildContext, raw: RawObject, pointer: string): Schema {
  const base = common(ctx, raw, pointer);
  if (ctx.openapi31 && ctx.normalizes31Untyped === true && emptiedBy31Normalizer(raw)) {
    base.untyped31 = true;
    ctx.met.oagDocsDiffer = true;
  }
  if (typeof raw.type === "string" && !ANY_TYPES.has(raw.type) && raw.allOf === undefined && raw.oneOf === undefined && raw.anyOf === undefined) {
    ctx.sink.warning(childPointer(pointer, "type"), `unknown type ${JSON.stringify(raw.type)}; read as any value`);
    return { ...base, kind: "any", unknownType: raw.type };
  }
  const types = typesOf(ctx, raw, pointer);
  const nullable = base.nullable || types.includes("null");
  const nonNull = types.filter((t) => t !== "null");

  if (raw.allOf !== undefined || raw.oneOf !== undefined || raw.anyOf !== undefined || raw.not !== undefined) {
    return buildComposed(ctx, raw, pointer, { ...base, nullable }, nonNull);
  }
  if (nonNull.length > 1) {
    // `type: [string, integer]`: any of those types, each with the schema's other keywords.
    const members = nonNull.map((t, i) => buildSchema(ctx, { ...raw, type: t }, childPointer(childPointer(pointer, "type"), i)));
    return { ...base, ...objectShape(ctx, raw, pointer), nullable, kind: "composed", allOf: [], oneOf: [], anyOf: members, typeList: true };
  }
  const type = nonNull[0] ?? inferType(raw);
  if (type === "null") return { ...base, nullable: true, kind: "null" };
  // The schema is made from `base` in place (this runs for every schema of the document): the
  // fields come in the order of `{...base, nullable, untyped?, kind, ...}`.
  base.nullable = nullable;
  // A type read from the other keywords is marked: OAG's ModelUtils.isAnyType (`type` and `$ref` absent) still holds.
  if (nonNull.length === 0 && type !== undefined) (base as Mutable<Schema>).untyped = true;
  switch (type) {
    case "string": {
      const s = base as Mutable<Extract<Schema, { kind: "string" }>>;
      s.kind = "string";
      put(s, "format", asString(raw.format));
      put(s, "pattern", asString(raw.pattern));
      put(s, "minLength", asNumber(raw.minLength));
      put(s, "maxLength", asNumber(raw.maxLength));
      put(s, "contentMediaType", asString(raw.contentMediaType));
      put(s, "contentEncoding", asString(raw.contentEncoding));
      if (annotation(raw, FROM_FILE_PROPERTY) === true) s.swagger2FileType = true;
      return s;
    }
    case "integer":
    case "number": {
      const s = base as Mutable<Extract<Schema, { kind: "integer" | "number" }>>;
      s.kind = type;
      put(s, "format", asString(raw.format));
      numericBounds(raw, s);
      put(s, "oagMinimum", oagMinimum(ctx, raw, pointer));
      return s;
    }
    case "boolean": {
      const s = base as Mutable<Extract<Schema, { kind: "boolean" }>>;
      s.kind = "boolean";
      return s;
    }
    case "array": {
      const s = base as Mutable<Extract<Schema, { kind: "array" }>>;
      s.kind = "array";
      s.items = raw.items === undefined ? anySchema(childPointer(pointer, "items")) : buildSchema(ctx, raw.items, childPointer(pointer, "items"));
      if (raw.items === undefined) {
        s.itemsAbsent = true;
        ctx.met.oagDocsDiffer = true; // string items in OAG's docs from 7.5.0 (codegen/oag-docs-model.ts)
      }
      s.uniqueItems = raw.uniqueItems === true;
      put(s, "minItems", asNumber(raw.minItems));
      put(s, "maxItems", asNumber(raw.maxItems));
      return s;
    }
    case "object": {
      const s = base as Mutable<Extract<Schema, { kind: "object" }>>;
      s.kind = "object";
      return Object.assign(s, objectShape(ctx, raw, pointer));
    }
    default: {
      const s = base as Mutable<Extract<Schema, { kind: "any" }>>;
      s.kind = "any";
      if (ctx.swagger2) s.objectIn20 = true;
      return s;
    }
  }
}

function buildRef(ctx: BuildContext, raw: RawObject, pointer: string): Schema {
  const ref = raw.$ref as string;
  const target = refToPointer(ref);
  const refPointer = childPointer(pointer, "$ref");
  if (target === undefined) {
    ctx.sink.error(refPointer, `unresolved external $ref ${JSON.stringify(ref)}`);
    return anySchema(pointer);
  }
  const prefix = `${ctx.schemasPointer}/`;
  const resolved = resolveIn(ctx, target);
  if (resolved === undefined) {
    // OpenAPI Generator resolves a schema $ref by its last segment alone, so specs written for it
    // may say `#/definitions/X` in a 3.x document. Accept that when X is a named schema.
    const lastName = target.slice(target.lastIndexOf("/") + 1).replace(/~1/g, "/").replace(/~0/g, "~");
    if (resolveIn(ctx, `${prefix}${lastName.replace(/~/g, "~0").replace(/\//g, "~1")}`) !== undefined) {
      ctx.sink.warning(refPointer, `$ref ${JSON.stringify(ref)} points to nothing; read as the schema ${JSON.stringify(lastName)}`);
      return { ...refCommon(ctx, raw, pointer), kind: "ref", target: lastName };
    }
    const name = danglingRefName(ref);
    if (name !== undefined) {
      reportDanglingRef(ctx, ref, pointer, name);
      return { ...refCommon(ctx, raw, pointer), kind: "any", unknownType: name, danglingRef: ref };
    }
    ctx.sink.error(refPointer, `$ref ${JSON.stringify(ref)} points to nothing`);
    return anySchema(pointer);
  }
  if (target.startsWith(prefix) && !target.slice(prefix.length).includes("/")) {
    const name = target.slice(prefix.length).replace(/~1/g, "/").replace(/~0/g, "~");
    return { ...refCommon(ctx, raw, pointer), kind: "ref", target: name, ...refType(ctx, raw) };
  }
  // A $ref into the middle of some other object: expand it here, guarding against cycles.
  if (!isObject(resolved)) {
    ctx.sink.error(refPointer, `$ref ${JSON.stringify(ref)} does not point to a schema`);
    return anySchema(pointer);
  }
  if (ctx.expanding.has(resolved)) {
    ctx.sink.warning(refPointer, `recursive $ref ${JSON.stringify(ref)} outside ${ctx.schemasPointer} is read as any value`);
    return anySchema(pointer);
  }
  ctx.expanding.add(resolved);
  try {
    return buildSchema(ctx, resolved, target);
  } finally {
    ctx.expanding.delete(resolved);
  }
}

function buildComposed(ctx: BuildContext, raw: RawObject, pointer: string, base: SchemaCommon, types: string[]): Schema {
  let nullable = base.nullable;
  let droppedNull = false;
  // The first member dropped that is no written `type: null` (an untyped `{}`, an enum of null, ...),
  // and the list it was in: a list of nothing else is an empty composition to OAG.
  let droppedOther: { key: "oneOf" | "anyOf" } | undefined;
  const members = (key: "allOf" | "oneOf" | "anyOf"): Schema[] => {
    const list = raw[key];
    if (list === undefined) return [];
    const items = asArray(list);
    if (!items) {
      ctx.sink.error(childPointer(pointer, key), `${key} must be a list of schemas`);
      return [];
    }
    const out: Schema[] = [];
    items.forEach((item, i) => {
      const at = childPointer(childPointer(pointer, key), i);
      if (key !== "allOf" && droppedAsNull(ctx, key, item)) {
        nullable = true;
        droppedNull = true;
        if (droppedOther === undefined && !isNullSchema(item)) droppedOther = { key };
        return;
      }
      out.push(buildSchema(ctx, item, at));
    });
    return out;
  };
  const allOf = members("allOf");
  const oneOf = members("oneOf");
  const anyOf = members("anyOf");
  const not = raw.not === undefined ? undefined : buildSchema(ctx, raw.not, childPointer(pointer, "not"));
  const shape = objectShape(ctx, raw, pointer);
  const single = droppedNull && oneOf.length + anyOf.length === 1 && allOf.length === 0 && !not && shape.properties.length === 0 && !shape.discriminator;
  if (single) {
    // anyOf: [X, {type: null}] is X, nullable (a oneOf/anyOf of one member without a null stays
    // a composition, as OpenAPI Generator keeps it). The outer keywords (title, description,
    // default) describe the same value, so they win over the member's.
    const member = (oneOf[0] ?? anyOf[0])!;
    return mergeOuter(member, { ...base, nullable });
  }
  if (oneOf.length + anyOf.length + allOf.length === 0 && !not) {
    if (droppedOther !== undefined && shape.properties.length === 0 && !shape.discriminator) {
      // Every member is a null type to OAG's normalizer, some of them untyped (`anyOf: [{}, {type:
      // null}]`): it removes them all and keeps the composition, empty (AnySchema.emptyComposition),
      // with its own keywords.
      return { ...base, nullable, kind: "any", emptyComposition: droppedOther.key, ...opt("emptyCompositionType", types[0]) };
    }
    // Only null members: the schema is just null.
    return { ...base, nullable: true, kind: "null" };
  }
  const composedProperty20 = ctx.swagger2 && annotation(raw, COMPOSED_PROPERTY) === true;
  if (composedProperty20) ctx.met.oagDocsDiffer = true;
  return {
    ...base,
    nullable,
    ...shape,
    kind: "composed",
    allOf,
    oneOf,
    anyOf,
    ...opt("not", not),
    ...opt("declaredType", types[0]),
    ...(composedProperty20 ? { swagger2ComposedProperty: true as const } : {}),
  };
}

function mergeOuter(member: Schema, outer: SchemaCommon): Schema {
  return {
    ...member,
    nullable: member.nullable || outer.nullable,
    readOnly: member.readOnly || outer.readOnly,
    writeOnly: member.writeOnly || outer.writeOnly,
    deprecated: member.deprecated || outer.deprecated,
    ...opt("title", outer.title ?? member.title),
    ...opt("description", outer.description ?? member.description),
    ...opt("default", outer.default ?? member.default),
    ...opt("example", outer.example ?? member.example),
    extensions: { ...member.extensions, ...outer.extensions },
    ...opt("xml", outer.xml || member.xml ? { ...member.xml, ...outer.xml } : undefined),
    collapsedMember: { ...opt("description", member.description), ...opt("default", member.default) },
  } as Schema;
}

/**
 * A oneOf/anyOf member that leaves the composition, making it nullable: a written `type: null`, or
 * one the release's isNullTypeSchema removes. In a 3.1 anyOf that the normalizer simplifies (7.x)
 * its answer alone decides: 7.3.0-7.4.x keep `{type: 'null'}` (withoutNullType31). So in a 3.1 oneOf
 * before 7.9.0 (membersNormalizedFirst).
 */
function droppedAsNull(ctx: BuildContext, key: "oneOf" | "anyOf", item: unknown): boolean {
  if (ctx.nullTypeRules !== undefined && ctx.openapi31 && membersNormalizedFirst(ctx, key)) return oagNullType(ctx, key, item);
  return isNullSchema(item) || oagNullType(ctx, key, item);
}

/** A oneOf/anyOf member the release's isNullTypeSchema reads as a null type (null-type.ts; none before 7.0.0). */
function oagNullType(ctx: BuildContext, key: "oneOf" | "anyOf", raw: unknown): boolean {
  return ctx.nullTypeRules !== undefined && isObject(raw) && isNullTypeSchema(irNullTypeReader(ctx, key), ctx.nullTypeRules, raw);
}

/**
 * The document's objects as swagger-parser's Schema objects hold them when the normalizer asks
 * isNullTypeSchema. A 3.1 anyOf's members are normalized first (normalizeAnyOf): NORMALIZE_31SPEC
 * sets a member's one type other than `array` (`null` removed) as its 3.0 type
 * (processNormalize31Spec's schema.setType), and an untyped member becomes a new empty 3.0 Schema
 * (SchemaCommon.untyped31: its description gone), which normalizeAnyOf stores in the list from
 * 7.9.0 (2111713117 #19758; before, the untyped member stays the JsonSchema, which 7.3.0-7.4.x's
 * isNullTypeSchema keeps); a oneOf's are too from 7.0.1 (NORMALIZE_31SPEC, 875c3ecd3c) to 7.8.x, and
 * from 7.9.0 it is simplified first (membersNormalizedFirst). As in the planner's replay
 * (inline-normalizer.ts normalize31, anyOf and members: NormalizerRules.storeAnyOfMembers).
 */
function irNullTypeReader(ctx: BuildContext, key: "oneOf" | "anyOf"): NullTypeReader<RawObject> {
  let readers = NULL_TYPE_READERS.get(ctx);
  if (readers === undefined) NULL_TYPE_READERS.set(ctx, (readers = new Map()));
  let reader = readers.get(key);
  if (reader !== undefined) return reader;
  const normalizedType = (schema: RawObject): string | undefined => {
    if (!membersNormalizedFirst(ctx, key)) return undefined;
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t) => t !== "null" && t !== null && t !== undefined);
    return types.length === 1 && typeof types[0] === "string" && types[0] !== "array" ? types[0] : undefined;
  };
  // the new empty Schema is stored in the list from 7.9.0 only (normalizeAnyOf, 2111713117 #19758:
  // BuildContext.anyOfMembersStored), when a oneOf is simplified first: a oneOf's untyped member stays
  // the JsonSchema it was (normalizeOneOf before ad6c2dd2b7), an anyOf's before 7.9.0 too
  const emptied = (schema: RawObject): boolean => key === "anyOf" && ctx.openapi31 && ctx.anyOfMembersStored === true && emptiedBy31Normalizer(schema);
  reader = {
    fields: (schema) => {
      if (emptied(schema)) return {};
      if (!ctx.refSiblings && typeof schema.$ref === "string") return { $ref: schema.$ref };
      return membersNormalizedFirst(ctx, key) && ctx.openapi31 ? withoutNullType31(schema) : schema;
    },
    referenced: (schema) => {
      const ref = schema.$ref;
      const target = typeof ref === "string" ? refToPointer(ref) : undefined;
      const prefix = `${ctx.schemasPointer}/`;
      if (target === undefined || !target.startsWith(prefix) || target.slice(prefix.length).includes("/")) return schema;
      const resolved = resolveIn(ctx, target);
      return isObject(resolved) ? resolved : schema;
    },
    beanType: (schema) => (ctx.openapi31 ? normalizedType(schema) : beanTypeOf(schema)),
    jsonSchema: (schema) => ctx.openapi31 && !emptied(schema),
    nonEmptyList: (value) => Array.isArray(value) && value.length > 0,
  };
  readers.set(key, reader);
  return reader;
}

/**
 * Whether the normalizer normalizes the members of the list before it simplifies it: an anyOf in
 * every release (normalizeAnyOf), a oneOf before 7.9.0 (normalizeOneOf at d617b46c86, 7.3.0, to
 * fad33dfebf; ad6c2dd2b7 simplifies first: BuildContext.oneOfMembersFirst).
 */
function membersNormalizedFirst(ctx: BuildContext, key: "oneOf" | "anyOf"): boolean {
  return key === "anyOf" || ctx.oneOfMembersFirst === true;
}

const NULL_TYPE_READERS = new WeakMap<BuildContext, Map<"oneOf" | "anyOf", NullTypeReader<RawObject>>>();

function isNullSchema(raw: unknown): boolean {
  if (!isObject(raw)) return false;
  const t = raw.type;
  return (t === "null" || (Array.isArray(t) && t.length === 1 && t[0] === "null")) && raw.$ref === undefined;
}

function objectShape(ctx: BuildContext, raw: RawObject, pointer: string): ObjectShape {
  const required = (asArray(raw.required) ?? []).filter((r): r is string => typeof r === "string");
  const requiredSet = new Set(required);
  const propsPointer = childPointer(pointer, "properties");
  // a 3.1 copy of an earlier equal schema lists the properties in that one's order (shared-instances.ts)
  const order = ctx.copiedPropertyOrder.get(pointer);
  const entries = entriesOf(raw.properties);
  if (order !== undefined) entries.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  const properties: Property[] = entries.map(([name, value]) => {
    const at = childPointer(propsPointer, name);
    const folded = ctx.yaml11Keys.size > 0 ? ctx.yaml11Keys.get(at) : undefined;
    return { name, schema: buildSchema(ctx, value, at), required: requiredSet.has(name), ...(folded !== undefined ? { oagName: String(folded) } : {}) };
  });
  let oagRequired = ctx.yaml11Booleans.size > 0 ? oagRequiredOf(ctx, raw, pointer) : undefined;
  if (ctx.copiedRequired.has(pointer)) {
    // a 3.1 copy's Schema.setRequired kept only the names of its own properties (shared-instances.ts)
    oagRequired = (oagRequired ?? required).filter((name) => properties.some((p) => p.name === name));
    ctx.met.oagDocsDiffer = true;
  }
  let additionalProperties: AdditionalProperties;
  const ap = raw.additionalProperties;
  if (ap === true || ap === false) additionalProperties = ap;
  else if (isObject(ap)) additionalProperties = Object.keys(ap).length === 0 ? true : buildSchema(ctx, ap, childPointer(pointer, "additionalProperties"));
  return {
    properties,
    required,
    additionalProperties,
    ...(isObject(ap) && Object.keys(ap).length === 0 ? { additionalPropertiesEmptySchema: true as const } : {}),
    ...opt("oagRequired", oagRequired),
    ...opt("minProperties", asNumber(raw.minProperties)),
    ...opt("maxProperties", asNumber(raw.maxProperties)),
    ...opt("discriminator", discriminatorOf(ctx, raw, pointer)),
  };
}

/**
 * The `required` names OAG keeps where it keeps fewer than YAML 1.2 reads: a plain `on`/`off` member
 * is a Boolean to OAG (parse/yaml11.ts, every release), and OpenAPIDeserializer.getSchema adds only
 * the STRING nodes of `required` (the others are an invalidType message). Undefined when none is.
 */
function oagRequiredOf(ctx: BuildContext, raw: RawObject, pointer: string): string[] | undefined {
  const list = asArray(raw.required);
  if (list === undefined) return undefined;
  const at = childPointer(pointer, "required");
  const dropped = list.map((_, i) => ctx.yaml11Booleans.has(childPointer(at, String(i))));
  if (!dropped.includes(true)) return undefined;
  return list.filter((r, i): r is string => typeof r === "string" && !dropped[i]);
}

function discriminatorOf(ctx: BuildContext, raw: RawObject, pointer: string): Discriminator | undefined {
  const d = raw.discriminator;
  if (typeof d === "string") return { propertyName: d, mapping: [] }; // Swagger 2.0 form
  const obj = asObject(d);
  if (!obj) return undefined;
  const propertyName = asString(obj.propertyName);
  if (!propertyName) {
    ctx.sink.error(childPointer(pointer, "discriminator"), "discriminator needs a propertyName");
    return undefined;
  }
  const prefix = `#${ctx.schemasPointer}/`;
  const mapping = entriesOf(obj.mapping).flatMap(([value, target]): [string, string][] => {
    if (typeof target !== "string") return [];
    return [[value, target.startsWith(prefix) ? decodeURIComponent(target.slice(prefix.length)) : target]];
  });
  return { propertyName, mapping };
}

/**
 * A `$ref`'s `type` sibling (RefSchema.siblingType). swagger-parser keeps it in 3.0 (see there), and
 * in 3.1 its getJsonSchema reads every keyword beside the `$ref`; OAG 7.12's python doc of a 3.1
 * `{type: object, $ref: X}` links `(.md)` as for 3.0 (hezhangjian/iiot-openapi, conformance case
 * iiot-python).
 */
function refType(ctx: BuildContext, raw: RawObject): { siblingType?: string; siblingsAllOf31?: true } {
  const out: { siblingType?: string; siblingsAllOf31?: true } = ctx.refSiblingType && typeof raw.type === "string" ? { siblingType: raw.type } : {};
  if (ctx.refSiblingsAllOf31 === true && hasRefSiblings(raw)) out.siblingsAllOf31 = true;
  return out;
}

/**
 * Whether a `$ref` schema has keywords beside the `$ref` (RefSchema.siblingsAllOf31). Any key counts:
 * swagger-parser's 3.1 getJsonSchema keeps the known keywords as fields and the others (`summary`)
 * as extensions, and the normalizer moves them all to the allOf it makes.
 */
export function hasRefSiblings(raw: RawObject): boolean {
  for (const key in raw) if (key !== "$ref" && Object.prototype.hasOwnProperty.call(raw, key)) return true;
  return false;
}

/** The keywords of a `$ref` schema: its siblings where they count (see BuildContext.refSiblings). */
function refCommon(ctx: BuildContext, raw: RawObject, pointer: string): SchemaCommon {
  return common(ctx, ctx.refSiblings ? raw : {}, pointer);
}

/**
 * The schema's `default`. In a 3.0 document swagger-parser's OpenAPIDeserializer.getSchema reads it
 * by the schema's type; for `type: boolean` through getBoolean, which keeps a boolean, reads a
 * string as Boolean.parseBoolean (true only for "true", any case) and drops anything else (a
 * numeric `default: 0` is no default for OAG). Other types keep the value as written here.
 */
function defaultOf(
  ctx: BuildContext,
  raw: RawObject,
  pointer: string,
  literalOf: (key: string, value: unknown) => string | undefined,
): LiteralValue | undefined {
  if (!("default" in raw)) return undefined;
  let value = raw.default as JsonValue;
  const literal = literalOf("default", value);
  if (ctx.typedDefaults && raw.type === "boolean" && typeof value !== "boolean") {
    if (typeof value !== "string") return undefined;
    value = value.toLowerCase() === "true";
  }
  // getBigDecimal keeps a JSON number only; getInteger only one Jackson reads as an int (written
  // without a fraction or exponent, in Java's int range): `default: 5.0` or a string is no default.
  if (ctx.typedDefaults && raw.type === "number" && typeof value !== "number") return undefined;
  if (ctx.typedDefaults && raw.type === "integer" && !(javaIntegral(value, literal) && Math.abs(value as number) <= 2 ** 31 && (value as number) < 2 ** 31)) return undefined;
  const out: Mutable<LiteralValue> = { value };
  put(out, "literal", literal);
  if (ctx.swagger2) {
    const text = annotation(raw, NUMBER_TEXTS)?.default;
    if (text === null) {
      out.oagAbsent = true;
      ctx.met.oagDocsDiffer = true;
    } else put(out, "oagText", text);
  }
  put(out, "nestedLiterals", nestedLiterals(ctx.numberLiterals, childPointer(pointer, "default"), value));
  put(out, "yaml11", yaml11Value(ctx, raw, childPointer(pointer, "default")));
  return out;
}

/**
 * SchemaCommon.oagEnum: the enum as OAG holds it, where a member differs: OAG's YAML 1.1 value
 * (yaml11Value), else a number's Java text (enumNumberText); null for a text a number schema's cast
 * drops (numberSchemaCast).
 */
function oagEnumOf(ctx: BuildContext, raw: RawObject, pointer: string, values: readonly JsonValue[]): JsonValue[] | undefined {
  if (casts30(ctx, raw)) return castEnum30(ctx, raw, pointer, values);
  const yaml11 = ctx.yaml11Booleans.size > 0 || ctx.yaml11Numbers.size > 0;
  const numberCast = numberSchemaCast(ctx, raw);
  if (!yaml11 && !values.some((v) => typeof v === "number" || (numberCast !== undefined && typeof v === "string"))) return undefined;
  // Swagger 2.0: the converter annotates the parameters' members (swagger2-operation.ts setEnumTexts).
  const swagger2Texts = ctx.swagger2 ? annotation(raw, NUMBER_TEXTS)?.enum : undefined;
  const base = childPointer(pointer, "enum");
  let out: JsonValue[] | undefined;
  values.forEach((v, i) => {
    const at = `${base}/${i}`;
    // NumberSchema/IntegerSchema.cast drops a text it cannot parse (castsToJavaNumber)
    if (numberCast !== undefined && typeof v === "string" && !castsToJavaNumber(numberCast, v)) {
      (out ??= [...values])[i] = null;
      return;
    }
    const numberText = typeof v !== "number" ? undefined : ctx.swagger2 ? (swagger2Texts?.[i] ?? undefined) : enumNumberText(ctx, raw, v, ctx.numberLiterals.get(at));
    const read = (yaml11 ? yaml11Value(ctx, raw, at) : undefined) ?? numberText;
    if (read !== undefined) (out ??= [...values])[i] = read;
  });
  return out;
}

/**
 * The swagger-core class whose cast an enum's members go through where it is a number one: a 3.0
 * `type: number` (NumberSchema; a 3.0 integer goes through cast30) and a converted Swagger 2.0
 * `type: number` or `integer` (the converter's NumberSchema/IntegerSchema); undefined elsewhere (a 3.1
 * schema is a JsonSchema, which casts nothing).
 */
function numberSchemaCast(ctx: BuildContext, raw: RawObject): "number" | "integer" | undefined {
  if (ctx.typedDefaults && raw.type === "number") return "number";
  if (ctx.swagger2 && (raw.type === "number" || raw.type === "integer")) return raw.type;
  return undefined;
}

/**
 * Whether swagger-core's NumberSchema/IntegerSchema.cast keeps a text enum member: it parses the
 * text (`new BigDecimal(value.toString())`, `Integer.parseInt`) and adds null when that throws, so a
 * `""` member of a number enum is null to OAG (its typescript examples then fall back to `3.14`/`1`:
 * OAG 7.13.0 run here, schema-enums.json `enum: ["", 0, 1, 2]`).
 */
function castsToJavaNumber(kind: "number" | "integer", text: string): boolean {
  return kind === "integer" ? /^[+-]?\d+$/.test(text) : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text);
}

/** A 3.0 `type: integer` or `type: boolean` schema: swagger-core's IntegerSchema or BooleanSchema (cast30). */
function casts30(ctx: BuildContext, raw: RawObject): boolean {
  return ctx.typedDefaults && (raw.type === "integer" || raw.type === "boolean");
}

/**
 * A 3.0 integer or boolean schema's enum as OAG holds it, where a member differs: each member
 * through cast30 (swagger-parser's getSchema adds every member with Schema.addEnumItemObject, which
 * casts it), so `1.0`, `"x"` or `true` is a null member of an integer enum, `"3"` the Integer 3,
 * and `"TRUE"` true, `"yes"` or `1` false in a boolean enum.
 */
function castEnum30(ctx: BuildContext, raw: RawObject, pointer: string, values: readonly JsonValue[]): JsonValue[] | undefined {
  const base = childPointer(pointer, "enum");
  let out: JsonValue[] | undefined;
  values.forEach((v, i) => {
    const cast = cast30(ctx, raw, v, `${base}/${i}`);
    if (cast !== undefined) (out ??= [...values])[i] = cast;
  });
  return out;
}

/**
 * The value swagger-core's cast gives a 3.0 integer or boolean schema's value, where it differs from
 * the JSON value; undefined where it agrees (and for an integer beyond 2^53, which the JSON value
 * cannot hold). The cast reads `value.toString()` of what swagger-parser holds (context.ts javaValueText):
 * IntegerSchema.cast (integerSchemaCast) makes `1.0`, `+5`, `x` or `true` null and `"3"` 3;
 * BooleanSchema.cast is Boolean.parseBoolean (true for "true" in any case, else false).
 */
function cast30(ctx: BuildContext, raw: RawObject, value: JsonValue, pointer: string): JsonValue | undefined {
  const text = javaValueText(ctx, value, pointer);
  if (raw.type === "boolean") {
    const cast = text === null ? null : text.toLowerCase() === "true";
    return cast === value ? undefined : cast;
  }
  const cast = integerSchemaCast(text);
  return cast === value ? undefined : cast;
}

/**
 * A 3.0 integer or boolean schema's example as OAG holds it, where it differs (Schema.setExample
 * casts it: cast30): `"5"` is 5, `"yes"` false, `"TRUE"` true. An integer example the cast drops is
 * no example (keepsExample30 already left it out).
 */
function exampleCast30(ctx: BuildContext, raw: RawObject, example: JsonValue, pointer: string): JsonValue | undefined {
  const cast = cast30(ctx, raw, example, pointer);
  return cast === null ? undefined : cast;
}

/**
 * The text OAG prints for a number enum member, where it differs from the number's JSON form.
 * swagger-parser's OpenAPIDeserializer (getSchema for 3.0, getJsonSchema for 3.1) adds each number
 * node's numberValue() through Schema.addEnumItemObject, which casts it for the schema's class: a 3.0
 * `type: number` is a NumberSchema, whose cast is `new BigDecimal(value.toString())` (`1.0` stays
 * `1.0`, `1e3` is `1000.0`, `0.0001` is `0.00010`: bigDecimalText); a 3.0 string or untyped schema
 * and every 3.1 schema (JsonSchema: no cast) keep Jackson's Integer, Long or Double, whose toString
 * the docs print, a StringSchema through its `value.toString()` (`1.0`, `1.0E-4`: javaNumberText).
 * The generators print String.valueOf of the member (DefaultCodegen.buildEnumVars' toEnumValue,
 * typescript's literal unions, the example writers' first member). A 3.0 integer or boolean schema
 * casts otherwise (castEnum30). Not followed: Swagger 2.0 schemas other than a parameter's own (swagger-parser v1's properties and models
 * and the converter's convertValue; a parameter's members are the converter's annotation).
 */
function enumNumberText(ctx: BuildContext, raw: RawObject, value: number, literal: string | undefined): string | undefined {
  let text: string;
  if (!ctx.typedDefaults) text = javaNumberText(value, literal);
  else if (raw.type === "number") text = bigDecimalText(value, literal);
  else if (raw.type === "integer" || raw.type === "boolean") return undefined;
  else text = javaNumberText(value, literal);
  return text === String(value) ? undefined : text;
}

/**
 * The value OAG holds for a plain scalar its YAML 1.1 reading takes as a Boolean (`off`, see
 * yaml11.ts), after swagger-core's cast for the schema's class in a 3.0 document: StringSchema.cast
 * is `value.toString()` ("false"), BooleanSchema keeps it; 3.1 schemas are not cast. Undefined where
 * the readings agree, and for the number schemas, whose cast drops a Boolean (an integer or boolean
 * schema's enum and example go through cast30 instead).
 */
function yaml11Value(ctx: BuildContext, raw: RawObject, pointer: string): JsonValue | undefined {
  const b = ctx.yaml11Booleans.get(pointer);
  if (b === undefined) return yaml11NumberValue(ctx, raw, ctx.yaml11Numbers.get(pointer));
  if (!ctx.typedDefaults || raw.type === undefined || raw.type === "boolean") return b;
  return raw.type === "string" ? String(b) : undefined;
}

/**
 * The value OAG holds for a plain scalar its YAML 1.1 reading (6.0.0+) takes as another number
 * (`0755` -> 493, `1_000` -> 1000, `.inf` -> the text "Infinity", see yaml11.ts), after the 3.0
 * cast: StringSchema.cast is `toString()` (`"493"`, a Double as Java prints it: `"1000.5"`);
 * IntegerSchema and NumberSchema keep a number they can parse; 3.1 and untyped schemas keep the value.
 * Undefined where the docs could not print OAG's value as a number: an integral Double (Java's
 * `90.0`) outside a string schema, and a value the cast drops (`1000.5` or "Infinity" in an integer
 * or number schema: OAG then has no example, which is not ported), and for other types.
 */
function yaml11NumberValue(ctx: BuildContext, raw: RawObject, n: Yaml11Number | undefined): JsonValue | undefined {
  if (n === undefined) return undefined;
  const printed = n.kind === "double" ? javaDoubleString(n.value) : String(n.value);
  if (ctx.typedDefaults && raw.type === "string") return printed;
  const untyped = !ctx.typedDefaults || raw.type === undefined;
  if (n.kind === "text") return untyped ? n.value : undefined;
  if (n.kind === "double" && Number.isInteger(n.value)) return undefined;
  if (untyped || raw.type === "number") return n.value;
  return raw.type === "integer" && n.kind === "int" ? n.value : undefined;
}

/** A number Jackson reads as an int or long: integral and not written as a float literal (`5.0`, `1e3`). */
function javaIntegral(value: unknown, literal: string | undefined): boolean {
  return typeof value === "number" && Number.isInteger(value) && (literal === undefined || /^-?\d+$/.test(literal));
}

const JAVA_BIG_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const JAVA_LONG_MAX = 2n ** 63n - 1n;

/**
 * Whether a 3.0 schema keeps its `example`: swagger-parser sets it through swagger-core's
 * Schema.setExample, which casts it to the schema class's type; NumberSchema.cast is
 * `new BigDecimal(value.toString())` and IntegerSchema.cast `Integer/Long.parseLong(value.toString())`,
 * null when that throws. So `example: abc` on a number (or `5.5` on an integer) is no example.
 * A `type: string, format: date` schema is a DateSchema (OpenAPIDeserializer.getSchema), whose cast
 * keeps only a `yyyy-MM-dd` string: an integer `20190816` or a text that is no date is no example
 * (metronome's 6.4.0 docs print the default date). 3.1 schemas are not cast.
 */
function keepsExample30(raw: RawObject, value: unknown, literal: string | undefined): boolean {
  if (raw.$ref !== undefined) return true;
  if (raw.type === "string" && raw.format === "date") return value === null || (typeof value === "string" && /^\d{1,4}-\d{1,2}-\d{1,2}$/.test(value));
  if (raw.type === "number") {
    if (typeof value === "number") return true;
    return typeof value === "string" && JAVA_BIG_DECIMAL.test(value);
  }
  if (raw.type === "integer") {
    const text = typeof value === "number" ? (javaIntegral(value, literal) ? (literal ?? String(value)) : undefined) : typeof value === "string" ? value : undefined;
    if (text === undefined || !/^[+-]?\d+$/.test(text)) return false;
    const n = BigInt(text);
    return n <= JAVA_LONG_MAX && n >= -JAVA_LONG_MAX - 1n;
  }
  return true;
}

function common(ctx: BuildContext, raw: RawObject, pointer: string): Mutable<SchemaCommon> {
  const literalOf = (key: string, value: unknown) => (typeof value === "number" ? ctx.numberLiterals.get(childPointer(pointer, key)) : undefined);
  const example = raw.example;
  const hasExample = "example" in raw && (!ctx.typedDefaults || keepsExample30(raw, example, literalOf("example", example)));
  const enumValues = asArray(raw.enum);
  // Built field by field rather than from spread pieces (one object instead of one per optional
  // field: this runs for every schema of the document). The field order is part of the IR's shape.
  const out: Mutable<SchemaCommon> = { pointer } as Mutable<SchemaCommon>;
  // OpenAPIDeserializer.getSchema: title and description only when not blank before swagger-parser 2.0.29 (specText).
  put(out, "title", withoutBlank(ctx, asString(raw.title)));
  put(out, "description", withoutBlank(ctx, asString(raw.description)));
  out.nullable = raw.nullable === true || raw["x-nullable"] === true;
  if (ctx.openapi31 && raw.nullable === true && raw["x-nullable"] !== true && !nullOtherwise(raw)) out.nullableKeywordOnly31 = true;
  out.readOnly = raw.readOnly === true;
  out.writeOnly = raw.writeOnly === true;
  out.deprecated = raw.deprecated === true;
  put(out, "default", defaultOf(ctx, raw, pointer, literalOf));
  if (hasExample) {
    const value: Mutable<LiteralValue> = { value: example as JsonValue };
    const at = childPointer(pointer, "example");
    put(value, "literal", literalOf("example", example));
    if (ctx.swagger2) put(value, "oagText", annotation(raw, NUMBER_TEXTS)?.example);
    put(value, "nestedLiterals", nestedLiterals(ctx.numberLiterals, at, example));
    put(value, "yaml11", casts30(ctx, raw) ? exampleCast30(ctx, raw, example as JsonValue, at) : yaml11Value(ctx, raw, at));
    out.example = value;
  }
  if (enumValues) {
    out.enum = enumValues as JsonValue[];
    put(out, "oagEnum", oagEnumOf(ctx, raw, pointer, enumValues as JsonValue[]));
  } else if ("const" in raw) {
    out.enum = [raw.const as JsonValue];
    out.isConst = true;
  }
  out.extensions = extensionsOf(raw) as Record<string, JsonValue>;
  put(out, "xml", xmlOf(raw));
  if (ctx.sharedNullable.has(pointer)) out.sharedNullable = true;
  if (ctx.copiedDefaults.has(pointer) && out.default !== undefined) out.defaultFromCopy = true;
  if (ctx.copiedExamples.has(childPointer(pointer, "example")) && out.example !== undefined) out.exampleFromCopy = true;
  if (ctx.nullDefaults.has(pointer) && out.default?.value === null) out.defaultNullNode = true;
  return out;
}

/** The schema's `xml` object: the fields of the right type, absent when there is none. */
function xmlOf(raw: RawObject): XmlInfo | undefined {
  const xml = asObject(raw.xml);
  if (!xml) return undefined;
  return {
    ...opt("name", asString(xml.name)),
    ...opt("namespace", asString(xml.namespace)),
    ...opt("prefix", asString(xml.prefix)),
    ...opt("attribute", asBoolean(xml.attribute)),
    ...opt("wrapped", asBoolean(xml.wrapped)),
  };
}

/** A 3.1 schema that allows null by JSON Schema's own means: `type: [..., "null"]` or a null member. */
function nullOtherwise(raw: RawObject): boolean {
  const isNull = (s: unknown): boolean => isObject(s) && (s.type === "null" || (Array.isArray(s.type) && s.type.includes("null")));
  return isNull(raw) || [raw.oneOf, raw.anyOf].some((list) => Array.isArray(list) && list.some(isNull));
}

/** The numeric bounds, written into `target`: 3.1's numeric exclusiveMinimum/Maximum become a bound and a flag. */
function numericBounds(raw: RawObject, target: Mutable<Extract<Schema, { kind: "integer" | "number" }>>): void {
  let minimum = asNumber(raw.minimum);
  let maximum = asNumber(raw.maximum);
  let exclusiveMinimum = asBoolean(raw.exclusiveMinimum) ?? false;
  let exclusiveMaximum = asBoolean(raw.exclusiveMaximum) ?? false;
  const exMin = asNumber(raw.exclusiveMinimum);
  const exMax = asNumber(raw.exclusiveMaximum);
  if (exMin !== undefined) [minimum, exclusiveMinimum] = [exMin, true];
  if (exMax !== undefined) [maximum, exclusiveMaximum] = [exMax, true];
  put(target, "minimum", minimum);
  put(target, "maximum", maximum);
  target.exclusiveMinimum = exclusiveMinimum;
  target.exclusiveMaximum = exclusiveMaximum;
  put(target, "multipleOf", asNumber(raw.multipleOf));
}

/**
 * NumericBounds.oagMinimum: the text OAG's examples print for the minimum, schema.getMinimum().toString().
 * swagger-parser's OpenAPIDeserializer reads `minimum` (getCommonSchemaFields, 3.0 and 3.1) with
 * getBigDecimal: `new BigDecimal(node.asText())`, where Jackson's node of a float literal is a
 * DoubleNode (asText: Double.toString) and of an integer literal its digits. A 3.1 numeric
 * `exclusiveMinimum` is exclusiveMinimumValue to it, which OAG does not read: no minimum.
 * 2.0 documents: swagger-parser v1 reads `new BigDecimal(node.asText())` too (SwaggerDeserializer
 * getBigDecimal); the v2 converter keeps it for a schema made from a parameter's keywords and passes
 * every other schema through Json.mapper().convertValue, whose tree holds the BigDecimal with its
 * trailing zeros stripped (JsonNodeFactory.numberNode): `minimum: 10` prints `1E+1` (OAG's
 * python-prior 2.0 petstore samples, 5.0.0 to 6.6.0: `NumberWithValidations(1E+1)`). The stripped
 * text is the same for `10` and `10.0`, so the value is enough.
 */
function oagMinimum(ctx: BuildContext, raw: RawObject, pointer: string): string | null | undefined {
  if (ctx.swagger2) return swagger2Minimum(raw);
  const value = asNumber(raw.minimum);
  if (value === undefined) return asNumber(raw.exclusiveMinimum) !== undefined ? null : undefined;
  const text = bigDecimalText(value, ctx.numberLiterals.get(childPointer(pointer, "minimum")));
  return text === String(value) ? undefined : text;
}

function swagger2Minimum(raw: RawObject): string | undefined {
  const value = asNumber(raw.minimum);
  if (value === undefined) return undefined;
  const text = bigDecimalText(value, undefined);
  const printed = annotation(raw, FROM_SERIALIZABLE_PARAMETER) === true ? text : javaStrippedBigDecimalString(text);
  return printed === String(value) ? undefined : printed;
}

function typesOf(ctx: BuildContext, raw: RawObject, pointer: string): string[] {
  const t = raw.type;
  if (t === undefined) return [];
  const list = Array.isArray(t) ? t : [t];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === "string" && ANY_TYPES.has(item)) out.push(item);
    else ctx.sink.warning(childPointer(pointer, "type"), `unknown type ${JSON.stringify(item)}; ignored`);
  }
  return out;
}

/** A schema without `type`: what its keywords imply. */
function inferType(raw: RawObject): string | undefined {
  if (raw.properties !== undefined || raw.additionalProperties !== undefined || raw.required !== undefined || raw.discriminator !== undefined) return "object";
  if (raw.items !== undefined) return "array";
  if (raw.pattern !== undefined || raw.minLength !== undefined || raw.maxLength !== undefined || raw.format === "binary") return "string";
  // swagger-parser gives an untyped `enum` the type of its first value (OpenAPIDeserializer
  // inferTypeFromArray, with inferSchemaType on as OAG leaves it): boolean, number, else string
  // (null too; an empty list is string). A 3.1 `const` alone has no such rule.
  const enumValues = asArray(raw.enum);
  if (enumValues) return enumInferredType(enumValues);
  return typeof raw.const === "string" ? "string" : undefined;
}

/**
 * A 3.1 anyOf member as processNormalize31Spec leaves it before processSimplifyAnyOf asks
 * isNullTypeSchema (normalizeAnyOf normalizes the members first; OpenAPINormalizer at the 7.3.0
 * release commit d617b46c86 and after): a member normalizeSchema hands to normalizeSimpleSchema (no
 * `$ref`, properties, map value or composition) loses `null` from its types and is made nullable.
 * So `{type: 'null'}` has no types left: from 7.3.0 (types read, 64c763b87a) to 7.4.x it is no null
 * type (a JsonSchema, no enum), and the anyOf stays (HIRO-MicroDataCenters-BV/ds-catalog 0f8e030,
 * python 7.3.0: `anyOf: [{type: integer}, {type: 'null'}], title: Page` is model `Page`); from 7.5.0
 * (03af25ce34) its `nullable: true` makes it one. The planner's replay (inline-normalizer.ts
 * normalize31) leaves its handles the same way.
 */
function withoutNullType31(raw: RawObject): RawObject {
  const type = raw.type;
  const types = Array.isArray(type) ? type : [type];
  if (!types.some((t) => t === "null" || t === null)) return raw;
  if (typeof raw.$ref === "string" || (isObject(raw.properties) && Object.keys(raw.properties).length > 0) || isObject(raw.additionalProperties)) return raw;
  if (["allOf", "oneOf", "anyOf"].some((k) => Array.isArray(raw[k]) && raw[k].length > 0)) return raw;
  const left = types.filter((t) => t !== "null" && t !== null);
  return { ...raw, type: left.length === 1 ? left[0] : left, nullable: true };
}

/** See SchemaCommon.untyped31: the schemas normalizeSchema sends to normalizeSimpleSchema without a type. */
function emptiedBy31Normalizer(raw: RawObject): boolean {
  // normalizeSchema returns a `$ref` as it is (OpenAPINormalizer at 7.0.0 c37fa8a4e8; skipNormalization
  // at 7.13.0 4b805ff6b7), so isNullTypeSchema reads it unchanged: no null type but an enum of null
  if (typeof raw.$ref === "string") return false;
  if (raw.type !== undefined || raw.$schema !== undefined) return false;
  // swagger-parser types an untyped `enum` by its first value in a 3.1 document too (inferType):
  // the normalizer sees that type and keeps the schema (OAG 7.13.0 on oas-examples 3.1
  // schema-types.json: `enum: [true, false]` is `bool`, its description kept).
  if (asArray(raw.enum) !== undefined) return false;
  if (isObject(raw.properties) && Object.keys(raw.properties).length > 0) return false;
  if (isObject(raw.additionalProperties)) return false;
  return ["allOf", "oneOf", "anyOf"].every((k) => !(Array.isArray(raw[k]) && raw[k].length > 0));
}

function anySchema(pointer: string): Schema {
  return { pointer, nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {}, kind: "any" };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return `a ${typeof value}`;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Sets `key` when `value` is defined: keeps absent fields absent, as opt does, without a new object. */
function put<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** `{key: value}` when value is defined, `{}` otherwise: keeps absent fields absent. */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
