// Which named schemas the python generator turns into model classes (and docs), and the
// properties each one has. OpenAPI Generator's DefaultGenerator.generateModels and
// DefaultCodegen.fromModel / updateModelForComposedSchema decisions, over the IR:
//
// - a model is a named schema that is an object with properties, a composition or an enum;
//   aliases (primitives, arrays, maps, free-form objects) are not models;
// - `x-internal: true` schemas and schemas used only as form bodies (skipFormModel) get none;
// - a composed model inherits from one parent (the allOf/oneOf/anyOf `$ref` whose schema has a
//   discriminator, else the only `$ref`): the parent's properties are not its own; every other
//   member's properties (refs and inline ones) are merged into it.

import { javaCompare } from "../../naming/case.js";
import { isModelSchema } from "../../codegen/model-kinds.js";
import { namedSchema, resolveSchema } from "../../codegen/schemas.js";
import type { ApiModel, NamedSchema, Property, Schema } from "../../model/ir.js";
import type { PythonNames } from "./names.js";

export interface PythonModel {
  readonly named: NamedSchema;
  /** The class name (`ModelApiResponse`). */
  readonly className: string;
  /** The module under `<pkg>/models/` (`model_api_response`). */
  readonly module: string;
}

/** The models to generate, sorted by class name as OAG sorts them (String.compareTo). */
export function buildModels(model: ApiModel, names: PythonNames): PythonModel[] {
  const formOnly = schemasUsedOnlyInForms(model);
  return model.schemas
    .filter((s) => isModelSchema(s.schema) && s.schema.extensions["x-internal"] !== true && !formOnly.has(s.name))
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
}

/** OAG's `vars` of a model: own properties, plus those merged in from composed members. */
export function modelVars(model: ApiModel, schema: Schema): ModelVar[] {
  if (schema.kind === "object") return varsOf(schema.properties, new Set([...schema.required, ...schema.properties.filter((p) => p.required).map((p) => p.name)]));
  if (schema.kind !== "composed") return [];
  const interfaces = schema.allOf.length > 0 ? schema.allOf : schema.anyOf.length > 0 ? schema.anyOf : schema.oneOf;
  const parent = parentName(model, interfaces);
  const properties = new Map<string, Property>();
  const required = new Set<string>();
  for (const member of interfaces) {
    if (member.kind !== "ref" || member.target === parent) continue;
    collectProperties(model, member, properties, required, new Set());
  }
  for (const member of interfaces) {
    if (member.kind === "ref") continue;
    collectProperties(model, member, properties, required, new Set());
  }
  for (const name of schema.required) required.add(name);
  return varsOf([...properties.values()], required);
}

function varsOf(properties: readonly Property[], required: ReadonlySet<string>): ModelVar[] {
  return properties.map((p) => ({ name: p.name, schema: p.schema, required: required.has(p.name) }));
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

/** OAG's getParentName: the member with a discriminator (own or inherited), else the only `$ref`. */
export function parentName(model: ApiModel, interfaces: readonly Schema[]): string | undefined {
  const refsWithout: string[] = [];
  for (const member of interfaces) {
    if (member.kind !== "ref") continue;
    const target = namedSchema(model, member.target);
    if (!target) continue;
    if (hasOrInheritsDiscriminator(model, target.schema, new Set())) return member.target;
    refsWithout.push(member.target);
  }
  return refsWithout.length === 1 ? refsWithout[0] : undefined;
}

function hasOrInheritsDiscriminator(model: ApiModel, schema: Schema, seen: Set<Schema>): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const s = resolveSchema(model, schema);
  if ((s.kind === "object" || s.kind === "composed") && s.discriminator !== undefined) return true;
  if (s.kind === "composed") return s.allOf.some((m) => m.kind === "ref" && hasOrInheritsDiscriminator(model, m, seen));
  return false;
}

/**
 * OAG's ModelUtils.getSchemasUsedOnlyInFormParam: names referenced directly as the schema of an
 * `application/x-www-form-urlencoded` or `multipart/form-data` request body and nowhere else
 * (schemas nested inside such a body count as used elsewhere).
 */
export function schemasUsedOnlyInForms(model: ApiModel): Set<string> {
  const inForms = new Set<string>();
  const elsewhere = new Set<string>();
  const visited = new Set<string>();
  const visit = (schema: Schema | undefined, form: boolean): void => {
    if (!schema) return;
    if (schema.kind === "ref") {
      (form ? inForms : elsewhere).add(schema.target);
      if (visited.has(schema.target)) return;
      visited.add(schema.target);
      visit(namedSchema(model, schema.target)?.schema, false);
      return;
    }
    for (const child of childSchemas(schema)) visit(child, false);
  };
  for (const op of model.operations) {
    for (const p of op.parameters) visit(p.schema, false);
    for (const media of op.requestBody?.contents ?? []) {
      const type = media.contentType.toLowerCase();
      visit(media.schema, type === "application/x-www-form-urlencoded" || type === "multipart/form-data");
    }
    for (const r of op.responses) {
      for (const media of r.contents) visit(media.schema, false);
      for (const h of r.headers) visit(h.schema, false);
    }
  }
  return new Set([...inForms].filter((n) => !elsewhere.has(n)));
}

function childSchemas(schema: Schema): Schema[] {
  switch (schema.kind) {
    case "array":
      return [schema.items];
    case "object":
      return [...schema.properties.map((p) => p.schema), ...(typeof schema.additionalProperties === "object" ? [schema.additionalProperties] : [])];
    case "composed":
      return [
        ...schema.allOf, ...schema.oneOf, ...schema.anyOf, ...(schema.not ? [schema.not] : []),
        ...schema.properties.map((p) => p.schema), ...(typeof schema.additionalProperties === "object" ? [schema.additionalProperties] : []),
      ];
    default:
      return [];
  }
}
