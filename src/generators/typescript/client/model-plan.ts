// Which named schemas become which kind of TypeScript model, with their flattened properties,
// property names and discriminators. Built once per run in one linear pass over the schemas.

import { isModelSchema } from "../../../codegen/model-kinds.js";
import { namedSchema, resolveSchema } from "../../../codegen/schemas.js";
import type { ApiModel, ComposedSchema, Discriminator, NamedSchema, ObjectSchema, Schema } from "../../../model/ir.js";
import type { TypeScriptNames } from "../names.js";

export interface PlannedProperty {
  /** Wire name. */
  readonly wire: string;
  /** TypeScript property name (unique within the model). */
  readonly key: string;
  readonly schema: Schema;
  readonly required: boolean;
  readonly readOnly: boolean;
}

export interface DiscriminatorPlan {
  readonly wire: string;
  readonly key: string;
  /** [value, model name], explicit mapping first, then the implicit schema-name values. */
  readonly mapping: readonly (readonly [string, string])[];
}

export type ModelPlan =
  | { readonly kind: "class"; readonly name: string; readonly named: NamedSchema; readonly props: readonly PlannedProperty[]; readonly additional?: Schema; readonly discriminator?: DiscriminatorPlan }
  | { readonly kind: "enum"; readonly name: string; readonly named: NamedSchema; readonly values: readonly unknown[] }
  | {
      readonly kind: "alias";
      readonly name: string;
      readonly named: NamedSchema;
      /** Properties declared beside a oneOf/anyOf: the type is `{ own } & (A | B)`. */
      readonly own?: readonly PlannedProperty[];
    };

export interface ModelPlans {
  /** Sorted by model name. */
  readonly models: readonly ModelPlan[];
  readonly byName: ReadonlyMap<string, ModelPlan>;
}

/** `mapped`: `--schema-mappings` names, the user's own types, which get no model file. */
export function planModels(model: ApiModel, names: TypeScriptNames, mapped: ReadonlySet<string> = new Set()): ModelPlans {
  // Subtypes of each schema (allOf members that are refs), for implicit discriminator mappings.
  const children = new Map<string, string[]>();
  for (const named of model.schemas) {
    if (named.schema.kind !== "composed") continue;
    for (const m of named.schema.allOf) {
      if (m.kind !== "ref") continue;
      let list = children.get(m.target);
      if (!list) children.set(m.target, (list = []));
      list.push(named.name);
    }
  }
  const plans: ModelPlan[] = [];
  const taken = new Set<string>();
  for (const named of model.schemas) {
    if (!isModelSchema(named.schema) || mapped.has(named.name)) continue;
    const name = names.codeModelName(named.name);
    if (taken.has(name)) continue; // two schema names for one model name: the first wins
    taken.add(name);
    plans.push(planModel(model, names, named, name, children));
  }
  plans.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { models: plans, byName: new Map(plans.map((p) => [p.name, p])) };
}

function planModel(model: ApiModel, names: TypeScriptNames, named: NamedSchema, name: string, children: Map<string, string[]>): ModelPlan {
  const s = named.schema;
  if (s.kind === "string" || s.kind === "integer" || s.kind === "number" || s.kind === "boolean") {
    return { kind: "enum", name, named, values: s.enum ?? [] };
  }
  // A map made a model by generateAliasAsModel is the map type under the model's name, as an array
  // one is: a plain object of its values, which the serializer converts value by value.
  if (s.kind === "object" && s.aliasAsModel === true) return { kind: "alias", name, named };
  if (s.kind === "object" || (s.kind === "composed" && s.oneOf.length === 0 && s.anyOf.length === 0)) {
    const flat = flattenProperties(model, s, new Set([named.name]));
    if (flat !== undefined) {
      const props = nameProperties(names, flat.props);
      const d = s.discriminator ?? flat.discriminator;
      return {
        kind: "class",
        name,
        named,
        props,
        ...(flat.additional !== undefined ? { additional: flat.additional } : {}),
        ...(d !== undefined ? { discriminator: planDiscriminator(model, names, d, props, children.get(named.name) ?? []) } : {}),
      };
    }
  }
  if (s.kind === "composed" && s.properties.length > 0) {
    const own = s.properties.map((p) => ({ wire: p.name, schema: p.schema, required: p.required || s.required.includes(p.name) }));
    return { kind: "alias", name, named, own: nameProperties(names, own) };
  }
  return { kind: "alias", name, named };
}

/** The registry key of the own properties of an alias with `own` (`#` keeps it apart from model names). */
export function ownPropertiesKey(modelName: string): string {
  return `${modelName}#own`;
}

interface FlatProperty {
  readonly wire: string;
  readonly schema: Schema;
  readonly required: boolean;
  /** The name OAG's parser gives the member (Property.oagName), which its client's name comes from. */
  readonly oagName?: string;
}

interface Flattened {
  readonly props: FlatProperty[];
  readonly additional?: Schema;
  readonly discriminator?: Discriminator;
}

/** Own properties plus those of every allOf member; undefined when a member is not an object. */
function flattenProperties(model: ApiModel, schema: ObjectSchema | ComposedSchema, seen: Set<string>): Flattened | undefined {
  const props: FlatProperty[] = [];
  let additional: Schema | undefined = typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined;
  let discriminator = schema.discriminator;
  // A property declared again by a later member (or the schema itself) takes that later schema, at
  // the first one's place, as DefaultCodegen's property map does (`properties.put` on a
  // LinkedHashMap): `allOf: [Wrapper, {properties: {data: {items: Trip}}}]` types `data` as Trip[]
  // (it was Wrapper's `any[]`, and its dates were left undecoded). allOf requires what any member
  // requires.
  const add = (p: FlatProperty) => {
    const i = props.findIndex((q) => q.wire === p.wire);
    if (i < 0) props.push(p);
    else props[i] = { ...p, required: p.required || props[i]!.required };
  };
  if (schema.kind === "composed") {
    if (schema.oneOf.length > 0 || schema.anyOf.length > 0) return undefined;
    for (const member of schema.allOf) {
      let target: Schema = member;
      if (member.kind === "ref") {
        if (seen.has(member.target)) continue;
        seen.add(member.target);
        target = resolveSchema(model, member);
      }
      if (target.kind === "any") continue; // description-only members
      if (target.kind !== "object" && target.kind !== "composed") return undefined;
      const inner = flattenProperties(model, target, seen);
      if (inner === undefined) return undefined;
      for (const p of inner.props) add(p);
      additional = additional ?? inner.additional;
      discriminator = discriminator ?? inner.discriminator;
    }
  }
  for (const p of schema.properties) add({ wire: p.name, schema: p.schema, required: p.required || schema.required.includes(p.name), ...(p.oagName !== undefined ? { oagName: p.oagName } : {}) });
  // `required` may name properties declared by members.
  const required = new Set(schema.required);
  const out = props.map((p) => (required.has(p.wire) && !p.required ? { ...p, required: true } : p));
  return { props: out, ...(additional !== undefined ? { additional } : {}), ...(discriminator !== undefined ? { discriminator } : {}) };
}

function nameProperties(names: TypeScriptNames, props: readonly FlatProperty[]): PlannedProperty[] {
  const used = new Set<string>();
  return props.map((p) => {
    // Named as OAG's client names the member (a YAML key `on` is `true` to OAG, so `_true`), sent as written.
    const base = names.varName(p.oagName ?? p.wire);
    let key = base;
    // `_1` and `_1_2`, not `_12`: a digit suffix on a digit would read as another number.
    for (let i = 2; used.has(key); i++) key = /\d$/.test(base) ? `${base}_${i}` : `${base}${i}`;
    used.add(key);
    return { wire: p.wire, key, schema: p.schema, required: p.required, readOnly: p.schema.readOnly };
  });
}

function planDiscriminator(model: ApiModel, names: TypeScriptNames, d: Discriminator, props: readonly PlannedProperty[], subtypes: readonly string[]): DiscriminatorPlan {
  const mapping: [string, string][] = [];
  for (const [value, target] of d.mapping) if (namedSchema(model, target)) mapping.push([value, names.codeModelName(target)]);
  for (const sub of subtypes) if (!mapping.some(([v]) => v === sub)) mapping.push([sub, names.codeModelName(sub)]);
  return { wire: d.propertyName, key: props.find((p) => p.wire === d.propertyName)?.key ?? names.varName(d.propertyName), mapping };
}

/** Discriminator of an inline or named oneOf/anyOf: explicit mapping, then each ref member's schema name. */
export function unionDiscriminator(model: ApiModel, names: TypeScriptNames, schema: ComposedSchema): DiscriminatorPlan | undefined {
  const d = schema.discriminator;
  if (d === undefined) return undefined;
  const mapping: [string, string][] = [];
  for (const [value, target] of d.mapping) if (namedSchema(model, target)) mapping.push([value, names.codeModelName(target)]);
  for (const m of [...schema.oneOf, ...schema.anyOf]) {
    if (m.kind === "ref" && !mapping.some(([v]) => v === m.target)) mapping.push([m.target, names.codeModelName(m.target)]);
  }
  return { wire: d.propertyName, key: names.varName(d.propertyName), mapping };
}
