// Model plans -> the views of models/<Model>.ts, models/all.ts and models/ObjectSerializer.ts.

import { camelize } from "../../../naming/case.js";
import type { ApiModel, Schema } from "../../../model/ir.js";
import type { TypeScriptNames } from "../names.js";
import type { CodeTypeRefs, TypeScriptTypes } from "../types.js";
import { jsDoc, propertyKey, tsString } from "./escape.js";
import { ownPropertiesKey, unionDiscriminator, type ModelPlan, type ModelPlans, type PlannedProperty } from "./model-plan.js";
import { discriminatorText, type TypeInfoWriter } from "./type-info.js";

export interface ModelFileView {
  readonly header: string;
  readonly imports: readonly string[];
  readonly doc: string;
  readonly classModel: {
    readonly name: string;
    readonly props: readonly { readonly doc: string; readonly declaration: string }[];
    /** OAG's statics: `discriminator` and `mapping` initializers, `attributeTypeMap` entries. */
    readonly discriminator: string;
    readonly mapping: string;
    readonly attributes: readonly string[];
  } | null;
  readonly enumModel: EnumView | null;
  readonly aliasModel: { readonly name: string; readonly type: string } | null;
  /** modelOneOf.mustache: `<Name>Class` with the oneOf's `discriminator` and `mapping` statics. */
  readonly unionClass: { readonly name: string; readonly discriminator: string; readonly mapping: string } | null;
  /** OAG's `<Model><Prop>Enum`: a value (`PetStatusEnum.Available`) and a type. */
  readonly propertyEnums: readonly EnumView[];
}

export interface EnumView {
  readonly name: string;
  readonly members: readonly { readonly key: string; readonly value: string }[];
}

export interface ModelContext {
  readonly model: ApiModel;
  /** Import specifier extension: `.js` (Node ESM, bundlers) or `.ts` (Deno). */
  readonly ext: string;
  /** Exported names so far (all model names, then each property enum alias as it is given out). */
  readonly exported: Set<string>;
  readonly names: TypeScriptNames;
  readonly types: TypeScriptTypes;
  readonly typeInfo: TypeInfoWriter;
  readonly header: string;
}

export function buildModelFileView(plan: ModelPlan, ctx: ModelContext): ModelFileView {
  const refs: CodeTypeRefs = { models: new Set(), file: false };
  const schema = plan.named.schema;
  const doc = jsDoc("", [schema.title !== undefined && schema.description === undefined ? schema.title : undefined, schema.description], schema.deprecated ? ["@deprecated"] : []);
  let classModel: ModelFileView["classModel"] = null;
  let enumModel: ModelFileView["enumModel"] = null;
  let aliasModel: ModelFileView["aliasModel"] = null;
  let unionClass: ModelFileView["unionClass"] = null;
  const propertyEnums: EnumView[] = [];
  switch (plan.kind) {
    case "class": {
      const propTypes: string[] = [];
      const props = plan.props.map((p) => {
        let type = ctx.types.code(p.schema, refs);
        const enumValues = inlineEnumValues(p.schema);
        const name = `${plan.name}${camelize(p.key)}Enum`;
        // OAG's `<Model><Prop>Enum`, unless another model or enum already has the name.
        if (enumValues !== undefined && !ctx.exported.has(name)) {
          ctx.exported.add(name);
          propertyEnums.push({ name, members: enumMembers(enumValues, ctx) });
          type = p.schema.kind === "array" ? `Array<${name}${p.schema.items.nullable ? " | null" : ""}>` : name;
          if (p.schema.nullable) type += " | null";
        }
        propTypes.push(type);
        const pdoc = jsDoc("    ", [p.schema.description ?? p.schema.title], p.schema.deprecated ? ["@deprecated"] : []);
        return { doc: pdoc, declaration: `${p.readOnly ? "readonly " : ""}${propertyKey(p.key)}${p.required ? "" : "?"}: ${type}` };
      });
      // model.mustache: the discriminator's property (its code name, as DefaultCodegen's
      // discriminator propertyName is toVarName'd) and explicit mapping, and each property's
      // {name, baseName, type, format} (type as OAG's ObjectSerializer reads it).
      const d = plan.discriminator;
      const attributes = plan.props.map((p, i) => {
        const type = propTypes[i]!.replace(/ \| null$/, "");
        const format = "format" in p.schema && typeof p.schema.format === "string" ? p.schema.format : "";
        return `{ name: ${tsString(p.key)}, baseName: ${tsString(p.wire)}, type: ${tsString(type)}, format: ${tsString(format)} }`;
      });
      classModel = {
        name: plan.name,
        props,
        discriminator: d !== undefined ? tsString(d.key) : "undefined",
        mapping: d !== undefined && d.mapping.length > 0 ? `{ ${d.mapping.map(([v, m]) => `${tsString(v)}: ${tsString(m)}`).join(", ")} }` : "undefined",
        attributes,
      };
      break;
    }
    case "enum": {
      enumModel = { name: plan.name, members: enumMembers(plan.values, ctx) };
      break;
    }
    case "alias": {
      const className = `${plan.name}Class`;
      if (schema.kind === "composed" && schema.oneOf.length > 0 && !ctx.exported.has(className)) {
        ctx.exported.add(className);
        const d = unionDiscriminator(ctx.model, ctx.names, schema);
        unionClass = {
          name: className,
          // DefaultCodegen: the discriminator's propertyName is the property's code name (toVarName).
          discriminator: d !== undefined ? tsString(d.key) : "undefined",
          mapping: d !== undefined && schema.discriminator!.mapping.length > 0 ? `{ ${d.mapping.map(([v, m]) => `${tsString(v)}: ${tsString(m)}`).join(", ")} }` : "undefined",
        };
      }
      if (plan.own === undefined) {
        aliasModel = { name: plan.name, type: ctx.types.code(schema, refs) };
        break;
      }
      // Properties beside a oneOf/anyOf: every value has them, whichever member it is.
      const members = ctx.types.code({ ...schema, nullable: false }, refs);
      const fields = plan.own.map((p) => `${p.readOnly ? "readonly " : ""}${propertyKey(p.key)}${p.required ? "" : "?"}: ${ctx.types.code(p.schema, refs)}`);
      const type = members === "any" ? "any" : `{ ${fields.join("; ")} } & (${members})`;
      aliasModel = { name: plan.name, type: schema.nullable && type !== "any" ? `(${type}) | null` : type };
      break;
    }
  }
  refs.models.delete(plan.name);
  const imports = [...refs.models].sort().map((m) => ctx.types.importOf(m, ctx.ext, true));
  if (refs.file) imports.unshift(`import type { HttpFile } from "../http/http${ctx.ext}";`);
  return { header: ctx.header, imports, doc, classModel, enumModel, aliasModel, unionClass, propertyEnums };
}

/** The values of an inline enum property (or of its array items), else undefined. */
function inlineEnumValues(schema: Schema): readonly unknown[] | undefined {
  const s = schema.kind === "array" ? schema.items : schema;
  if ((s.kind === "string" || s.kind === "integer" || s.kind === "number") && s.enum && s.enum.length > 0) return s.enum.filter((v) => v !== null);
  return undefined;
}

/** `Available: "available"`: members named by enumPropertyNaming, unique within the enum. */
function enumMembers(values: readonly unknown[], ctx: ModelContext): EnumView["members"] {
  const used = new Set<string>();
  return values
    .filter((v) => v !== null)
    .map((v) => {
      const base = ctx.names.enumMemberName(v);
      let key = base;
      for (let i = 2; used.has(key); i++) key = `${base}${i}`;
      used.add(key);
      return { key: propertyKey(key), value: typeof v === "string" ? tsString(v) : typeof v === "number" || typeof v === "boolean" ? String(v) : tsString(JSON.stringify(v)) };
    });
}

export interface ObjectSerializerView {
  readonly header: string;
  readonly entries: readonly string[];
  /** Each entry by the schema name it maps (for the reach audit). */
  readonly bySchema: ReadonlyMap<string, string>;
}

/** The registry entry text of every class and alias model (enums pass as is and have none). */
export function buildObjectSerializerView(plans: ModelPlans, ctx: ModelContext): ObjectSerializerView {
  const bySchema = new Map<string, string>();
  for (const plan of plans.models) {
    if (plan.kind === "enum") continue;
    if (plan.kind === "alias") {
      if (plan.own === undefined) {
        bySchema.set(plan.named.name, `    ${tsString(plan.name)}: { type: ${ctx.typeInfo.of(plan.named.schema)} },`);
        continue;
      }
      const own = ownPropertiesKey(plan.name);
      bySchema.set(plan.named.name, [
        `    ${tsString(plan.name)}: { type: { all: [{ model: ${tsString(own)} }, ${ctx.typeInfo.of(plan.named.schema)}] } },`,
        `    ${tsString(own)}: {`,
        ...propsLines(plan.own, ctx),
        "    },",
      ].join("\n"));
      continue;
    }
    const lines = [`    ${tsString(plan.name)}: {`, `        ctor: M.${plan.name},`];
    if (plan.additional !== undefined) lines.push(`        additional: ${ctx.typeInfo.of(plan.additional)},`);
    if (plan.discriminator !== undefined) lines.push(`        discriminator: ${discriminatorText(plan.discriminator)},`);
    lines.push(...propsLines(plan.props, ctx));
    lines.push("    },");
    bySchema.set(plan.named.name, lines.join("\n"));
  }
  return { header: ctx.header, entries: [...bySchema.values()], bySchema };
}

/** The `props: [...]` lines of a registry entry. */
function propsLines(props: readonly PlannedProperty[], ctx: ModelContext): string[] {
  if (props.length === 0) return ["        props: [],"];
  return [
    "        props: [",
    ...props.map((p) => {
      const flags = `${p.required ? ", required: true" : ""}${p.readOnly ? ", readOnly: true" : ""}`;
      return `            { key: ${tsString(p.key)}, wire: ${tsString(p.wire)}, type: ${ctx.typeInfo.of(p.schema)}${flags} },`;
    }),
    "        ],",
  ];
}

export interface ModelIndexView {
  readonly header: string;
  readonly files: readonly string[];
}

export function buildModelIndexView(plans: ModelPlans, header: string): ModelIndexView {
  return { header, files: plans.models.map((p) => p.name) };
}
