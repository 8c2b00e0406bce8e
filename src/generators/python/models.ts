// Which named schemas the python generator turns into model classes (and docs), and the
// properties each one has. OpenAPI Generator's DefaultGenerator.generateModels and
// DefaultCodegen.fromModel / updateModelForComposedSchema decisions, over the IR:
//
// - a model is a named schema that is an object with properties, a composition or an enum;
//   aliases (primitives, arrays, maps, free-form objects) are not models;
// - `x-internal: true` schemas, schemas used only as form bodies (skipFormModel) and schema-mapped
//   ones (`--schema-mappings`, the user's own classes) get none;
// - an allOf model inherits from the `$ref` member whose schema has a discriminator (or
//   `x-parent`): the parent's properties are not its own; every other member's properties (refs
//   and inline ones, and all oneOf/anyOf members') are merged in.

import { alternativeProperties, mergedAlternatives } from "../../codegen/alternative-properties.js";
import { javaCompare } from "../../naming/case.js";
import { isModelSchema, unaliasRef } from "../../codegen/model-kinds.js";
import { namedSchema, resolveSchema } from "../../codegen/schemas.js";
import type { ApiModel, NamedSchema, Property, Schema } from "../../model/ir.js";
import type { PythonNames } from "./names.js";
import { mappedSchemas } from "../../codegen/type-mappings.js";
import { oagDocumentedModels } from "../../codegen/model-names.js";
import { isCollapsedNullableMember } from "../../codegen/property-description.js";
import { type FormOnlyOptions, schemasUsedOnlyInForms } from "../../codegen/form-only-schemas.js";

export interface PythonModel {
  readonly named: NamedSchema;
  /** The class name (`ModelApiResponse`). */
  readonly className: string;
  /** The module under `<pkg>/models/` (`model_api_response`). */
  readonly module: string;
}

/** skipFormModel's visitor as OAG's newest releases run it (codegen/form-only-schemas.ts). */
const LATEST_FORM_VISIT: FormOnlyOptions = { formIntoProperties: false };

/** The models to generate, sorted by class name as OAG sorts them (String.compareTo). */
export function buildModels(model: ApiModel, names: PythonNames, schemaMappings?: Readonly<Record<string, string>>, skipForms: FormOnlyOptions | false = LATEST_FORM_VISIT): PythonModel[] {
  return modelsOf(candidateSchemas(model, schemaMappings, skipForms).filter((s) => isModelSchema(s.schema)), names);
}

/**
 * The models OAG's docs show, named as OAG names them (`docNames`: PythonNames without the model,
 * so no clash suffixes): one per class name, the one DefaultGenerator's TreeMap keeps
 * (src/codegen/model-names.ts oagDocumentedModels).
 */
export function buildDocModels(model: ApiModel, docNames: PythonNames, schemaMappings?: Readonly<Record<string, string>>, skipForms: FormOnlyOptions | false = LATEST_FORM_VISIT): PythonModel[] {
  const candidates = candidateSchemas(model, schemaMappings, skipForms);
  const documented = oagDocumentedModels(candidates, (n) => docNames.modelName(n));
  return modelsOf(candidates.filter((s) => documented.has(s.name)), docNames);
}

/**
 * The schemas DefaultGenerator.generateModels processes, aliases included, in IR order. `skipForms`:
 * false when `--global-property skipFormModel=false` gives every schema a model.
 */
function candidateSchemas(model: ApiModel, schemaMappings: Readonly<Record<string, string>> | undefined, skipForms: FormOnlyOptions | false): NamedSchema[] {
  const formOnly = skipForms ? schemasUsedOnlyInForms(model, skipForms) : new Set<string>();
  const mapped = mappedSchemas(model, schemaMappings);
  return model.schemas.filter((s) => s.schema.extensions["x-internal"] !== true && !formOnly.has(s.name) && !mapped.has(s.name));
}

function modelsOf(schemas: readonly NamedSchema[], names: PythonNames): PythonModel[] {
  return schemas
    .map((named) => {
      const className = names.modelName(named.name);
      return { named, className, module: names.modelModule(className) };
    })
    .sort((a, b) => javaCompare(a.className, b.className));
}

/** A model property: its spec name, schema and whether it is required in this model. */
export interface ModelVar {
  readonly name: string;
  readonly schema: Schema;
  readonly required: boolean;
  /**
   * Merged in from a `$ref` member through DefaultCodegen.mergeProperties, which stores a
   * ModelUtils.cloneSchema copy: a JSON round trip that reads `default` back as plain Java values
   * (an array default prints as a Java List, `[a, b]`).
   */
  readonly cloned?: true;
  /** The name OAG's parser gives the member (Property.oagName): the client's field is named after it. */
  readonly oagName?: string;
}

/**
 * OAG's `vars` of a model: own properties, plus those merged in from composed members. `parentOf`
 * picks the member whose properties stay out (OAG's getParentName for the docs; the class
 * parent for code, see codeModelVarsAsDeclared).
 */
export function modelVars(model: ApiModel, schema: Schema, parentOf: (model: ApiModel, interfaces: readonly Schema[]) => string | undefined = oagParentName): ModelVar[] {
  if (schema.kind === "object") return varsOf(schema.properties, new Set([...schema.required, ...schema.properties.filter((p) => p.required).map((p) => p.name)]));
  if (schema.kind !== "composed") return [];
  // Only allOf/anyOf/oneOf make swagger-parser's ComposedSchema: a schema whose only composition keyword
  // is `not` is a plain object schema to OAG, with its own properties as vars.
  if (schema.allOf.length + schema.anyOf.length + schema.oneOf.length === 0) {
    return varsOf(schema.properties, new Set([...schema.required, ...schema.properties.filter((p) => p.required).map((p) => p.name)]));
  }
  const interfaces = schema.allOf.length > 0 ? schema.allOf : schema.anyOf.length > 0 ? schema.anyOf : schema.oneOf;
  // ModelUtils.getParentName looks at every interface (allOf, else anyOf, else oneOf): a `$ref`
  // member with a discriminator of its own or inherited is the parent, and with python's
  // supportsInheritance its properties go to allVars only, not vars, for a oneOf/anyOf too
  // (DefaultCodegen.updateModelForComposedSchema's "single inheritance" branch; only an allOf
  // makes it the class's parent). opendatasoft 7.14: `oneOf: [ConnectionUID, FTPConnection]`,
  // FTPConnection an allOf over the discriminated Connection, lists ConnectionUID's `uid` only.
  const parent = parentOf(model, interfaces);
  const properties = new Map<string, Property>();
  const required = new Set<string>();
  for (const member of interfaces) {
    if (member.kind !== "ref" || member.target === parent) continue;
    const added = new Map<string, Property>();
    collectProperties(model, member, added, required, new Set());
    mergeProperties(properties, added);
  }
  const merged = new Set(properties.values());
  for (const member of interfaces) {
    if (member.kind === "ref") continue;
    collectProperties(model, member, properties, required, new Set());
  }
  for (const name of schema.required) required.add(name);
  // DefaultCodegen.updateModelForComposedSchema adds the schema's own properties to vars first, the
  // members' after them; CodegenModel.removeAllDuplicatedProperty keeps the first of a name.
  // The own ones are added by `addVars(m, composed.getProperties(), composed.getRequired(), ...)`
  // before any member is read (unchanged 5.0.0 d7d5e53f2b to 7.13.0 4b805ff6b7), so only the schema's
  // own `required` makes them required: a oneOf member requiring the same name does not (Equinix
  // Fabric's RoutingProtocolBase `type`, python 7.12.0).
  const own = new Set(schema.properties.map((p) => p.name));
  const ownRequired = new Set([...schema.required, ...schema.properties.filter((p) => p.required).map((p) => p.name)]);
  const members = [...properties.values()].filter((p) => !own.has(p.name));
  return [
    ...varsOf(schema.properties, ownRequired),
    ...varsOf(members, required).map((v, i): ModelVar => (merged.has(members[i]!) ? { ...v, cloned: true } : v)),
  ];
}

/**
 * DefaultCodegen.mergeProperties (#12545): a member's properties replace earlier ones of the same
 * name, except a property named `type` whose new schema has an enum: the earlier `type` stays (its
 * default and all), its enum taking the new values too.
 */
function mergeProperties(existing: Map<string, Property>, added: ReadonlyMap<string, Property>): void {
  const existingType = existing.get("type");
  const newType = added.get("type");
  for (const [name, p] of added) existing.set(name, p);
  if (existingType === undefined || newType === undefined || newType.schema.kind === "ref" || !newType.schema.enum?.length) return;
  const values = existingType.schema.enum;
  const union = values === undefined ? undefined : [...values, ...newType.schema.enum.filter((v) => !values.includes(v))];
  if (union === undefined) {
    existing.set("type", existingType);
    return;
  }
  // several values now: no longer a 3.1 `const`
  const { isConst: _const, ...kept } = existingType.schema;
  existing.set("type", { ...existingType, schema: { ...kept, enum: union } as Schema });
}

/**
 * The properties a model class holds in code: `modelVars`, plus any of a composition's own
 * `properties` not already among them.
 */
export function codeModelVars(model: ApiModel, schema: Schema): readonly ModelVar[] {
  // Asked for each model by its own module, by every descendant's and by the inheritance plan:
  // computed once per schema.
  let bySchema = codeVarsComputed.get(model);
  if (bySchema === undefined) codeVarsComputed.set(model, (bySchema = new WeakMap()));
  let vars = bySchema.get(schema);
  if (vars === undefined) bySchema.set(schema, (vars = Object.freeze(writableRequired(model, codeModelVarsAsDeclared(model, schema)))));
  return vars;
}

const codeVarsComputed = new WeakMap<ApiModel, WeakMap<Schema, readonly ModelVar[]>>();

function codeModelVarsAsDeclared(model: ApiModel, schema: Schema): ModelVar[] {
  // The class's fields leave out only what an allOf parent class declares (runtime/model-views.ts
  // baseModelOf): a member that is a parent to OAG only through its oneOf/anyOf members
  // (oagParentName) is no class to inherit from, so its properties stay fields here.
  const vars = modelVars(model, schema, parentName);
  if (schema.kind !== "composed") return [...vars, ...undeclaredRequired(model, schema, vars)];
  const own = schema.properties.filter((p) => !vars.some((v) => v.name === p.name));
  const all = [...vars, ...varsOf(own, new Set([...schema.required, ...own.filter((p) => p.required).map((p) => p.name)]))];
  all.push(...undeclaredRequired(model, schema, all));
  // modelVars keeps the last alternative's schema of a property that several oneOf/anyOf
  // alternatives declare (OAG's docs do too): in code its enum would reject the others' values.
  const alternatives = alternativeProperties(model, schema);
  return all.map((v) => {
    const declared = alternatives.get(v.name);
    return declared && declared.length > 1 ? { ...v, schema: mergedAlternatives(declared) } : v;
  });
}

/**
 * A required read-only property is required in responses only (OAS 3.0 "Fixed Fields" of the
 * Schema Object, readOnly): a request body leaves it out, and to_dict drops it. So the class
 * does not demand it (`Optional[...] = None`), or a model for a request could not be built and
 * `from_dict(to_dict(x))` would fail. Code only: the docs stay OAG's.
 */
function writableRequired(model: ApiModel, vars: readonly ModelVar[]): ModelVar[] {
  return vars.map((v) => {
    if (!v.required) return v;
    const s = v.schema.kind === "ref" ? unaliasRef(model, v.schema) : v.schema;
    return v.schema.readOnly || s.readOnly ? { ...v, required: false } : v;
  });
}

/**
 * Names a model requires without declaring them (`Pet: {type: object, required: [pet_type]}`, and
 * a Cat that is `allOf: [Pet, {properties: {hunts}}]`): valid data carries them, so the class keeps
 * them as optional fields of any type (OAG's drops them, and `Cat.from_dict(d).to_dict()` loses
 * `pet_type`). Names the parent class requires are the parent's. Code only: the docs stay OAG's.
 */
function undeclaredRequired(model: ApiModel, schema: Schema, vars: readonly ModelVar[]): ModelVar[] {
  const properties = new Map<string, Property>();
  const required = new Set<string>();
  if (schema.kind === "object") {
    for (const r of schema.required) required.add(r);
    for (const p of schema.properties) properties.set(p.name, p);
  } else if (schema.kind === "composed") {
    const parent = schema.allOf.length > 0 ? parentName(model, schema.allOf) : undefined;
    for (const member of schema.allOf) if (!(member.kind === "ref" && member.target === parent)) collectProperties(model, member, properties, required, new Set());
    for (const p of schema.properties) properties.set(p.name, p);
    for (const r of schema.required) required.add(r);
  }
  const out: ModelVar[] = [];
  for (const name of required) {
    if (properties.has(name) || vars.some((v) => v.name === name)) continue;
    out.push({ name, schema: { kind: "any", pointer: `${schema.pointer}/required`, nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {} }, required: false });
  }
  return out;
}

function varsOf(properties: readonly Property[], required: ReadonlySet<string>): ModelVar[] {
  return properties.map((p) => ({ name: p.name, schema: p.schema, required: required.has(p.name), ...(p.oagName !== undefined ? { oagName: p.oagName } : {}) }));
}

/** OAG's addProperties: a schema's properties and required names, through refs and compositions. */
function collectProperties(model: ApiModel, schema: Schema, properties: Map<string, Property>, required: Set<string>, seen: Set<Schema>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  if (schema.kind === "ref") {
    const target = namedSchema(model, schema.target);
    if (target) collectProperties(model, target.schema, properties, required, seen);
    return;
  }
  if (schema.kind === "composed") {
    for (const p of schema.properties) properties.set(p.name, p);
    for (const m of schema.allOf) collectProperties(model, m, properties, required, seen);
    for (const r of schema.required) required.add(r);
    for (const m of [...schema.oneOf, ...schema.anyOf]) collectProperties(model, m, properties, required, seen);
    return;
  }
  if (schema.kind === "object") {
    for (const p of schema.properties) properties.set(p.name, p);
    for (const r of schema.required) required.add(r);
  }
}

/**
 * OAG's getParentName: the `$ref` member whose schema has a discriminator or `x-parent` (own or
 * inherited through allOf). A lone `$ref` without either is not a parent (7.x dropped that).
 */
export function parentName(model: ApiModel, interfaces: readonly Schema[]): string | undefined {
  for (const member of interfaces) {
    if (member.kind !== "ref") continue;
    const target = namedSchema(model, member.target);
    if (target && hasOrInheritsDiscriminator(model, target.schema, new Set())) return member.target;
  }
  return undefined;
}

/**
 * OAG's ModelUtils.getParentName as the docs see it: the first `$ref` member whose schema has a
 * discriminator or `x-parent`, own or reached through its interfaces (ModelUtils.getInterfaces:
 * the allOf members, else anyOf, else oneOf; inline members and refs alike), as
 * ModelUtils.hasOrInheritsDiscriminator walks them (7.13.0, 4b805ff6b7). So `oneOf: [Object1,
 * Embedded]`, Embedded a `oneOf: [Cat, Dog]` over the discriminated Pet, has Embedded as parent,
 * and Embedded's properties are not in its vars (discriminators.json
 * NestedOneOfObjectWithNestedOneOfPatchRequestConfig.md).
 */
export function oagParentName(model: ApiModel, interfaces: readonly Schema[]): string | undefined {
  for (const member of interfaces) {
    if (member.kind !== "ref") continue;
    const target = namedSchema(model, member.target);
    if (target && inheritsDiscriminatorThroughInterfaces(model, target.schema, new Set())) return member.target;
  }
  return undefined;
}

function inheritsDiscriminatorThroughInterfaces(model: ApiModel, schema: Schema, seen: Set<Schema>): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  if (schema.kind === "ref") {
    const target = namedSchema(model, schema.target);
    return target !== undefined && inheritsDiscriminatorThroughInterfaces(model, target.schema, seen);
  }
  if ((schema.kind === "object" || schema.kind === "composed") && schema.discriminator !== undefined) return true;
  if (schema.extensions["x-parent"] !== undefined && schema.extensions["x-parent"] !== false) return true;
  if (schema.kind !== "composed") return false;
  const interfaces = schema.allOf.length > 0 ? schema.allOf : schema.anyOf.length > 0 ? schema.anyOf : schema.oneOf;
  return interfaces.some((m) => inheritsDiscriminatorThroughInterfaces(model, m, seen));
}

function hasOrInheritsDiscriminator(model: ApiModel, schema: Schema, seen: Set<Schema>): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const s = resolveSchema(model, schema);
  if ((s.kind === "object" || s.kind === "composed") && s.discriminator !== undefined) return true;
  if (s.extensions["x-parent"] !== undefined && s.extensions["x-parent"] !== false) return true;
  if (s.kind === "composed") return s.allOf.some((m) => m.kind === "ref" && hasOrInheritsDiscriminator(model, m, seen));
  return false;
}

/**
 * Whether OAG's model doc marks a property `[readonly]`: CodegenProperty.isReadOnly, read from the
 * property schema as OAG holds it after rewriting it (`unaliased`: the schema after following
 * aliases).
 * - An inline schema hoisted to a model is replaced by a bare `$ref` (InlineModelResolver
 *   .makeSchemaInComponents copies only the vendor extensions): not read-only.
 * - `oneOf`/`anyOf: [X, null]` is replaced by X (OpenAPINormalizer via ModelUtils
 *   .simplyOneOfAnyOfWithOnlyOneNonNullSubSchema): the outer readOnly is gone; an X that is a `$ref`
 *   keeps its target's. (The IR merges the outer keywords into an inline X, so an inline X's own
 *   readOnly is not told apart from the outer one; it is read as not read-only.)
 * The client code keeps the spec's readOnly in every case; only the docs follow OAG here.
 */
export function propertyReadOnly(model: ApiModel, schema: Schema, unaliased: Schema): boolean {
  if (schema.kind === "ref") {
    const target = namedSchema(model, schema.target);
    if (target?.origin === "inline" && isModelSchema(target.schema)) return false;
  }
  if (isCollapsedNullableMember(schema)) return schema.kind === "ref" && unaliased !== schema && unaliased.readOnly;
  return unaliased.readOnly || schema.readOnly;
}

/** A property's default as OAG's docs know it (see propertyDescription). */
export function propertyDefaultValue(schema: Schema): Schema["default"] {
  if (schema.collapsedMember !== undefined) return schema.collapsedMember.default;
  return isCollapsedNullableMember(schema) ? undefined : schema.default;
}

