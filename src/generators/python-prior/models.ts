// Which named schemas become python-prior model classes, of which kind, with which properties
// in which order. Reproduces what OpenAPI Generator 6.6's DefaultCodegen.fromModel hands the
// python-prior templates: composed schemas list their own properties first, then those of
// their non-parent members, then all members' (first occurrence wins), and oneOf/anyOf-only
// required properties become optional (fixComposedSchemaRequiredVars).

import type { ApiModel, ComposedSchema, Discriminator, NamedSchema, Property, Schema } from "../../model/ir.js";
import { namedSchema, resolveSchema } from "../../codegen/schemas.js";
import { javaCompare } from "../../naming/case.js";
import { schemasUsedOnlyInForms } from "../../codegen/form-only-schemas.js";
import type { PythonPriorNames } from "./names.js";
import { isAnyType, type PythonPriorTypes } from "./types.js";

/** model_utils base class the model extends. */
export type ModelKind = "normal" | "simple" | "composed";

export interface ModelVar {
  /** The property name in the spec (JSON key). */
  readonly baseName: string;
  /** The Python attribute name. */
  readonly name: string;
  readonly schema: Schema;
  readonly required: boolean;
  /**
   * Required only by oneOf/anyOf members, hence optional for the composition (step 3 of
   * composedVars); OAG 5.0.0 kept it required with the default nulltype.Null (docs only).
   */
  readonly oneOfAnyOfRequired?: true;
}

export interface ModelInfo {
  readonly named: NamedSchema;
  readonly className: string;
  /** Module under `<pkg>/model/`. */
  readonly fileName: string;
  readonly kind: ModelKind;
  readonly isEnum: boolean;
  readonly isAlias: boolean;
  readonly isArray: boolean;
  /** Ordered as the docs list them. */
  readonly requiredVars: readonly ModelVar[];
  readonly optionalVars: readonly ModelVar[];
  /** Every property once, in declaration order (what the model class knows). */
  readonly allVars: readonly ModelVar[];
  /** The additionalProperties value schema, null when none are allowed. */
  readonly additionalProperties: Schema | null;
  /** disallowAdditionalPropertiesIfNotPresent: a schema without the keyword allows none. */
  readonly disallowIfNotPresent: boolean;
  readonly discriminator: Discriminator | null;
}

const ANY: Schema = { kind: "any", pointer: "", nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {} };

export class PythonPriorModels {
  private readonly infos: Map<string, ModelInfo>;

  constructor(
    private readonly model: ApiModel,
    private readonly names: PythonPriorNames,
    private readonly types: PythonPriorTypes,
    /** `--schema-mappings`: the user's own classes, known to the other models but not generated. */
    private readonly mapped: ReadonlySet<string> = new Set(),
    /**
     * `disallowAdditionalPropertiesIfNotPresent=true` (ModelUtils.getAdditionalProperties): a
     * schema without `additionalProperties` allows none, instead of any.
     */
    private readonly disallowIfNotPresent = false,
    /**
     * The schemas that get no model (skipFormModel): clientFormOnlySchemas for the client,
     * docFormOnlySchemas for OAG's docs; empty with `--global-property skipFormModel=false`.
     */
    formOnly: ReadonlySet<string> = clientFormOnlySchemas(model),
  ) {
    this.infos = new Map();
    for (const named of model.schemas) {
      if (formOnly.has(named.name) || !types.isModel(named.name)) continue;
      this.infos.set(named.name, this.build(named));
    }
  }

  /** Every generated model, sorted by class name (Java String order). */
  all(): ModelInfo[] {
    return [...this.infos.values()].filter((m) => !this.mapped.has(m.named.name)).sort((a, b) => javaCompare(a.className, b.className));
  }

  get(schemaName: string): ModelInfo | undefined {
    return this.infos.get(schemaName);
  }

  private build(named: NamedSchema): ModelInfo {
    const s = named.schema;
    const kind: ModelKind = s.kind === "composed" ? "composed" : s.kind === "object" ? "normal" : "simple";
    const isEnum = kind === "simple" && s.kind !== "array" && s.enum !== undefined && s.enum.length > 0;
    const isArray = s.kind === "array";
    const isAlias = kind === "simple" && !isArray && !isEnum;
    const discriminator = this.discriminatorOf(s);
    let requiredVars: ModelVar[] = [];
    let optionalVars: ModelVar[] = [];
    let allVars: ModelVar[] = [];
    if (s.kind === "object") {
      for (const p of s.properties) {
        const v = this.modelVar(p.name, p.schema, p.required || s.required.includes(p.name), p.oagName);
        (v.required ? requiredVars : optionalVars).push(v);
        allVars.push(v);
      }
    } else if (s.kind === "composed") {
      ({ requiredVars, optionalVars, allVars } = this.composedVars(s, discriminator));
    }
    ({ requiredVars, optionalVars, allVars } = uniqueVarNames(requiredVars, optionalVars, allVars));
    let additionalProperties: Schema | null = null;
    if (s.kind === "object" || (s.kind === "composed" && (isAnyType(s) || s.declaredType === "object"))) {
      const ap = s.additionalProperties;
      if (ap === true || (ap === undefined && !this.disallowIfNotPresent)) additionalProperties = ANY;
      else if (typeof ap === "object") additionalProperties = ap;
    }
    return {
      named,
      className: this.names.modelName(named.name),
      fileName: this.names.modelModule(named.name),
      kind,
      isEnum,
      isAlias,
      isArray,
      requiredVars,
      optionalVars,
      allVars,
      additionalProperties,
      disallowIfNotPresent: this.disallowIfNotPresent,
      discriminator,
    };
  }

  /** `oagName`: the name OAG's parser gives the member (Property.oagName), which OAG's client names the variable after. */
  private modelVar(baseName: string, schema: Schema, required: boolean, oagName?: string): ModelVar {
    return { baseName, name: this.names.varName(oagName ?? baseName), schema, required };
  }

  private composedVars(s: ComposedSchema, discriminator: Discriminator | null): { requiredVars: ModelVar[]; optionalVars: ModelVar[]; allVars: ModelVar[] } {
    const req: ModelVar[] = [];
    const opt: ModelVar[] = [];
    const add = (props: Map<string, Schema>, required: readonly string[]) => {
      for (const [name, schema] of props) {
        const v = this.modelVar(name, schema, required.includes(name));
        (v.required ? req : opt).push(v);
      }
    };
    // 1. the composition's own properties
    if (s.properties.length > 0) add(new Map(s.properties.map((p) => [p.name, p.schema])), s.required);
    // 2. members: a parent's properties only in "all", the others in both
    const interfaces = s.allOf.length > 0 ? s.allOf : s.anyOf.length > 0 ? s.anyOf : s.oneOf;
    const parent = this.parentName(interfaces);
    const properties = new Map<string, Schema>();
    const required: string[] = [];
    const allProperties = new Map<string, Schema>();
    const allRequired: string[] = [];
    for (const member of interfaces) {
      const unaliased = this.types.unalias(member);
      if (unaliased.kind !== "ref") continue;
      const target = namedSchema(this.model, unaliased.target);
      if (!target) continue;
      if (unaliased.target !== parent) this.addProperties(properties, required, target.schema, new Set());
      this.addProperties(allProperties, allRequired, target.schema, new Set());
    }
    const child = interfaces.find((m) => m.kind !== "ref");
    if (child) {
      this.addProperties(properties, required, child, new Set());
      this.addProperties(allProperties, allRequired, child, new Set());
    }
    required.push(...s.required);
    allRequired.push(...s.required);
    add(properties, required);
    add(allProperties, allRequired);
    let requiredVars = dedupe(req);
    let optionalVars = dedupe(opt);
    // 3. oneOf/anyOf-only required properties are optional for the composition
    if (requiredVars.length > 0 && (s.oneOf.length > 0 || s.anyOf.length > 0)) {
      const otherRequired: string[] = [];
      for (const m of [...s.oneOf, ...s.anyOf]) this.addProperties(new Map(), otherRequired, resolveSchema(this.model, m), new Set());
      const selfRequired: string[] = [];
      if (s.properties.length > 0 || s.allOf.length > 0) this.addProperties(new Map(), selfRequired, s, new Set());
      if (discriminator) selfRequired.push(discriminator.propertyName);
      const moved = requiredVars.filter((v) => otherRequired.includes(v.baseName) && !selfRequired.includes(v.baseName));
      requiredVars = requiredVars.filter((v) => !moved.includes(v));
      optionalVars = [...optionalVars, ...moved.map((v) => ({ ...v, required: false, oneOfAnyOfRequired: true as const }))];
    }
    const allVars = dedupe([...requiredVars, ...optionalVars]);
    return { requiredVars, optionalVars, allVars };
  }

  /** OAG's addProperties: a schema's properties, following refs and allOf/oneOf/anyOf members. */
  private addProperties(props: Map<string, Schema>, required: string[], schema: Schema, visited: Set<Schema>): void {
    if (visited.has(schema)) return;
    visited.add(schema);
    if (schema.kind === "composed") {
      for (const m of schema.allOf) this.addProperties(props, required, m, visited);
      required.push(...schema.required);
      for (const m of schema.oneOf) this.addProperties(props, required, m, visited);
      for (const m of schema.anyOf) this.addProperties(props, required, m, visited);
      return;
    }
    if (schema.kind === "ref") {
      const target = namedSchema(this.model, schema.target);
      if (target) this.addProperties(props, required, target.schema, visited);
      return;
    }
    if (schema.kind === "object") {
      for (const p of schema.properties) props.set(p.name, p.schema);
      required.push(...schema.required);
      for (const p of schema.properties) if (p.required && !schema.required.includes(p.name)) required.push(p.name);
    }
  }

  /** OAG's getParentName: the member carrying a discriminator, or the only referenced member. */
  private parentName(interfaces: readonly Schema[]): string | null {
    const without: string[] = [];
    for (const m of interfaces) {
      if (m.kind !== "ref") continue;
      const target = namedSchema(this.model, m.target);
      if (!target) continue;
      if (this.hasOrInheritsDiscriminator(target.schema, new Set())) return m.target;
      without.push(m.target);
    }
    return without.length === 1 ? without[0]! : null;
  }

  private hasOrInheritsDiscriminator(schema: Schema, seen: Set<Schema>): boolean {
    if (seen.has(schema)) return false;
    seen.add(schema);
    if ((schema.kind === "object" || schema.kind === "composed") && schema.discriminator) return true;
    if (schema.kind === "composed") {
      for (const m of schema.allOf) {
        if (m.kind !== "ref") continue;
        const t = namedSchema(this.model, m.target);
        if (t && this.hasOrInheritsDiscriminator(t.schema, seen)) return true;
      }
    }
    return false;
  }

  /** OAG's recursiveGetDiscriminator (non-legacy): own, an allOf member's, or shared by all oneOf/anyOf members. */
  discriminatorOf(schema: Schema, seen: Set<Schema> = new Set()): Discriminator | null {
    const s = resolveSchema(this.model, schema);
    if (seen.has(s)) return null;
    seen.add(s);
    if ((s.kind === "object" || s.kind === "composed") && s.discriminator) return s.discriminator;
    if (s.kind !== "composed") return null;
    for (const m of s.allOf) {
      const d = this.discriminatorOf(m, seen);
      if (d) return d;
    }
    for (const list of [s.oneOf, s.anyOf]) {
      if (list.length === 0) continue;
      const found = list.map((m) => this.discriminatorOf(m, new Set(seen)));
      const first = found[0];
      if (first && found.every((d) => d !== null && d.propertyName === first.propertyName)) return { propertyName: first.propertyName, mapping: first.mapping };
    }
    return null;
  }
}

/**
 * Distinct spec names can give one python name (`+1` and `-1` are both `_1`); later ones get a
 * counter (`_1_2`) so the generated constructor stays valid Python.
 */
function uniqueVarNames(required: ModelVar[], optional: ModelVar[], all: ModelVar[]): { requiredVars: ModelVar[]; optionalVars: ModelVar[]; allVars: ModelVar[] } {
  const used = new Set<string>();
  const renamed = new Map<string, string>();
  for (const v of all) {
    let name = v.name;
    for (let i = 2; used.has(name); i++) name = `${v.name}_${i}`;
    used.add(name);
    renamed.set(v.baseName, name);
  }
  const fix = (vars: ModelVar[]) => vars.map((v) => (renamed.get(v.baseName) === v.name ? v : { ...v, name: renamed.get(v.baseName) ?? v.name }));
  return { requiredVars: fix(required), optionalVars: fix(optional), allVars: fix(all) };
}

function dedupe(vars: readonly ModelVar[]): ModelVar[] {
  const seen = new Set<string>();
  return vars.filter((v) => (seen.has(v.baseName) ? false : (seen.add(v.baseName), true)));
}

/**
 * The schemas OAG's docs have no model for (skipFormModel): ModelUtils.getSchemasUsedOnlyInFormParam.
 * Every release python-prior reproduces (5.x, 6.x) precedes 75ac4a2f58 (#16418, 7.0.1), so its
 * visitor carries the form media type into properties too (codegen/form-only-schemas.ts): a schema
 * reached first through a form body's properties is form-only even when a model OAG generates
 * names it (OAG's client then imports a module it did not write).
 */
export function docFormOnlySchemas(model: ApiModel): Set<string> {
  return schemasUsedOnlyInForms(model, { formIntoProperties: true });
}

/**
 * The schemas the client has no model for: a form request body's own schema that nothing else
 * (an operation or another schema) references, so every model the client writes can import the
 * models it names. Where this keeps a model docFormOnlySchemas drops, the client is right and
 * OAG's is not.
 */
export function clientFormOnlySchemas(model: ApiModel): Set<string> {
  const form = new Set<string>();
  const elsewhere = new Set<string>();
  const visit = (schema: Schema | undefined, into: Set<string>) => {
    if (schema) for (const name of refsIn(schema)) into.add(name);
  };
  for (const op of model.operations) {
    for (const p of op.parameters) visit(p.schema, elsewhere);
    for (const r of op.responses) for (const m of r.contents) visit(m.schema, elsewhere);
    for (const m of op.requestBody?.contents ?? []) {
      const ct = m.contentType.toLowerCase();
      const isForm = ct.startsWith("application/x-www-form-urlencoded") || ct.startsWith("multipart/");
      if (isForm && m.schema?.kind === "ref") {
        form.add(m.schema.target);
        visit(resolveSchema(model, m.schema), elsewhere);
      } else visit(m.schema, elsewhere);
    }
  }
  for (const named of model.schemas) visit(named.schema, elsewhere);
  return new Set([...form].filter((n) => !elsewhere.has(n)));
}

function refsIn(schema: Schema): string[] {
  const out: string[] = [];
  const walk = (s: Schema) => {
    switch (s.kind) {
      case "ref":
        out.push(s.target);
        return;
      case "array":
        walk(s.items);
        return;
      case "object":
      case "composed":
        for (const p of s.properties as readonly Property[]) walk(p.schema);
        if (typeof s.additionalProperties === "object") walk(s.additionalProperties);
        if (s.kind === "composed") {
          for (const m of [...s.allOf, ...s.oneOf, ...s.anyOf]) walk(m);
          if (s.not) walk(s.not);
        }
        return;
      default:
        return;
    }
  };
  walk(schema);
  return out;
}


