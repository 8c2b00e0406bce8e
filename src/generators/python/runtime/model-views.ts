// IR -> the view-models of `<pkg>/models/<model>.py`: pydantic models (with inheritance from a
// discriminating or single allOf parent), enums, and oneOf/anyOf wrappers holding
// `actual_instance`. Every decision is made here; templates/python/runtime/model*.hbs print.

import { namedSchema, resolveSchema } from "../../../codegen/schemas.js";
import type { JsonValue, Schema } from "../../../model/ir.js";
import { enumMembers } from "../enums.js";
import { codeModelVars, parentName, type ModelVar, type PythonModel } from "../models.js";
import { pydanticAnnotation } from "../types.js";
import {
  dictModelOf,
  fromDictExpression,
  holdsModels,
  importModel,
  modelClassOf,
  referencedModels,
  simplifySchema,
  toDictExpression,
  type CodeTypeContext,
} from "./code-types.js";
import { pyDocstring, pyLiteral, pyString, pyUnicodeIdentifier } from "./escape.js";
import { planInheritance, type InheritancePlan } from "./inheritance.js";
import { ModuleImports } from "./model-imports.js";

export interface ModelCodeContext extends CodeTypeContext {
  /** The dotted package name. */
  readonly packageName: string;
  readonly mapNumberTo: string;
  /** OAG's disallowAdditionalPropertiesIfNotPresent (default true). */
  readonly disallowAdditionalPropertiesIfNotPresent: boolean;
  /** Generated models by spec schema name. */
  readonly bySchemaName: ReadonlyMap<string, PythonModel>;
  /** How redeclared inherited properties are typed (see planModelInheritance). */
  readonly inheritance: InheritancePlan;
  warn(pointer: string, message: string): void;
}

/** The inheritance plan of a run's plain models (built before any model is planned). */
export function planModelInheritance(models: readonly PythonModel[], ctx: Omit<ModelCodeContext, "inheritance">): InheritancePlan {
  return planInheritance({
    ctx,
    models: models.filter((m) => modelKind(m.named.schema) === "plain"),
    baseOf: (m) => baseModelOf(m, ctx),
    ownVarsOf: (m) => codeModelVars(ctx.model, m.named.schema),
  });
}

export type ModelKind = "plain" | "enum" | "union" | "root";

/** What a model module needs from the rest of the package (for import planning). */
export interface ModelPlan {
  readonly model: PythonModel;
  readonly kind: ModelKind;
  readonly imports: ModuleImports;
  readonly base?: string;
  readonly uses: ReadonlySet<string>;
  /** Renders the module once the deferred imports are known. */
  render(deferred: ReadonlySet<string>): { template: string; view: object };
}

/** Attributes of pydantic's BaseModel and of the generated models a field must not shadow. */
const MODEL_ATTRIBUTES: ReadonlySet<string> = new Set([
  "model_config", "model_fields", "model_computed_fields", "model_extra", "model_fields_set", "model_construct",
  "model_copy", "model_dump", "model_dump_json", "model_json_schema", "model_parametrized_name", "model_post_init",
  "model_rebuild", "model_validate", "model_validate_json", "model_validate_strings", "dict", "json", "parse_obj",
  "parse_raw", "parse_file", "from_orm", "construct", "copy", "schema", "schema_json", "validate",
  "update_forward_refs", "to_dict", "to_json", "from_dict", "from_json", "to_str", "additional_properties",
  "actual_instance", "one_of_schemas", "any_of_schemas",
  // names the class body uses after the fields (annotations of later fields, the decorator)
  "str", "int", "float", "bool", "bytes", "date", "datetime", "object", "field_validator",
]);

export function modelKind(schema: Schema): ModelKind {
  if (schema.kind === "composed") return schema.oneOf.length > 0 || schema.anyOf.length > 0 ? "union" : "plain";
  if (schema.aliasAsModel === true) return "root";
  if (schema.kind === "object") return "plain";
  return "enum";
}

export function planModel(m: PythonModel, ctx: ModelCodeContext, header: string): ModelPlan {
  const kind = modelKind(m.named.schema);
  if (kind === "enum") return planEnum(m, ctx, header);
  if (kind === "union") return planUnion(m, ctx, header);
  if (kind === "root") return planRoot(m, ctx, header);
  return planPlain(m, ctx, header);
}

// ---------------------------------------------------------------------------------------------
// Array and map models (generateAliasAsModel)

/**
 * A named array or map schema made a model by generateAliasAsModel. OAG's python writes a class
 * that extends `null<Item>` there (model_generic.mustache has no case for it: the module does not
 * import); ours is a pydantic RootModel holding the list or dict, with the same to_dict/from_dict
 * and JSON methods as the other models, so it works as a response, a body and a property type.
 */
function planRoot(m: PythonModel, ctx: ModelCodeContext, header: string): ModelPlan {
  const schema = m.named.schema;
  const imports = new ModuleImports(ctx.modelsPackage, ctx.localNames);
  const rootType = pydanticAnnotation(ctx.types, ctx.names, schema, {
    mapNumberTo: ctx.mapNumberTo,
    required: true,
    optional: schema.nullable,
    modelsPackage: ctx.modelsPackage,
  }, imports);
  const isList = schema.kind === "array";
  for (const name of ["Any", "Dict", "List", "Optional"]) imports.add("typing", name);
  imports.add("pydantic", "RootModel");
  imports.add("typing_extensions", "Self");
  const held = holdsModels(ctx, schema);
  const toDict = held ? toDictExpression(ctx, schema, "self.root") : "self.root";
  const fromDict = held ? fromDictExpression(ctx, schema, "obj", imports) : "obj";
  const uses = referencedModels(ctx, schema);
  uses.delete(m.className);
  return {
    model: m,
    kind: "root",
    imports,
    uses,
    render: (deferred) => ({
      template: "runtime/model_root.py",
      view: {
        header,
        imports: imports.topLines(m.className, deferred),
        deferredImports: imports.deferredLines(m.className, deferred),
        t: ctx.localNames.table,
        className: m.className,
        docstring: pyDocstring(schema.description ?? m.className),
        rootType,
        dictType: isList ? `${ctx.localNames.local("List")}[${ctx.localNames.local("Any")}]` : `${ctx.localNames.local("Dict")}[str, ${ctx.localNames.local("Any")}]`,
        nullable: schema.nullable,
        isList,
        toDict: schema.nullable && held ? `(${toDict} if self.root is not None else None)` : toDict,
        fromDict,
        apiClientModule: `${ctx.packageName}.api_client`,
      },
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Enums

function planEnum(m: PythonModel, ctx: ModelCodeContext, header: string): ModelPlan {
  const schema = m.named.schema;
  const imports = new ModuleImports(ctx.modelsPackage, ctx.localNames);
  const enumClass = imports.add("enum", "Enum");
  imports.add("typing_extensions", "Self");
  const valueType = schema.kind === "string" ? "str" : schema.kind === "integer" ? "int" : schema.kind === "number" ? "float" : undefined;
  const base = valueType !== undefined ? `${valueType}, ${enumClass}` : enumClass;
  const seen = new Set<string>();
  const members = enumMembers({ names: ctx.names }, schema).map((member) => {
    let name = pyUnicodeIdentifier(member.name);
    for (let i = 2; seen.has(name); i++) name = `${pyUnicodeIdentifier(member.name)}_${i}`;
    seen.add(name);
    return { name, literal: pyLiteral(member.value as JsonValue) };
  });
  return {
    model: m,
    kind: "enum",
    imports,
    uses: new Set(),
    render: () => ({
      template: "runtime/model_enum.py",
      view: { header, imports: imports.lines(), t: ctx.localNames.table, className: m.className, docstring: pyDocstring(schema.description ?? m.className), base, members },
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Plain models

interface FieldView {
  readonly name: string;
  readonly annotation: string;
  readonly defaultValue: string;
}

function planPlain(m: PythonModel, ctx: ModelCodeContext, header: string): ModelPlan {
  const schema = m.named.schema;
  const imports = new ModuleImports(ctx.modelsPackage, ctx.localNames);
  const parent = baseModelOf(m, ctx, true);
  const base = parent?.className;
  const ownVars = codeModelVars(ctx.model, schema);
  const allVars = allVarsOf(m, ctx, new Set());
  const fieldNames = uniqueFieldNames(ctx, allVars, m);

  // A field's type and default follow runtime/inheritance.ts: not Optional where an ancestor's
  // is not, widened where a descendant redeclares it with a type that is not a subtype.
  const optional = (v: ModelVar) => ctx.inheritance.optional(m, v);
  const declaring = declaringModels(m, ctx);
  const widenedWith = (v: ModelVar) => ctx.inheritance.widenedWith(declaring.get(v.name) ?? m, v.name);
  const fields: FieldView[] = ownVars.map((v) => {
    const name = fieldNames.get(v.name)!;
    const annotation = pydanticAnnotation(ctx.types, ctx.names, simplifySchema(v.schema), {
      mapNumberTo: ctx.mapNumberTo,
      required: v.required,
      optional: optional(v),
      widenedWith: widenedWith(v),
      ...(v.schema.description !== undefined ? { description: v.schema.description } : {}),
      modelsPackage: ctx.modelsPackage,
    }, imports);
    // No default where an ancestor requires the field (runtime/inheritance.ts).
    const preset = v.required ? null : fieldDefault(ctx, v.schema, imports);
    const value = preset !== null ? preset : !v.required && optional(v) ? "None" : null;
    if (name === v.name) return { name, annotation, defaultValue: value === null ? "" : ` = ${value}` };
    // python/model_generic.mustache: the alias is assigned (`= Field(alias="photoUrls")`), so a
    // type checker's __init__ takes the JSON name, as OAG's does (pydantic takes both at run time).
    const field = imports.add("pydantic", "Field");
    return { name, annotation, defaultValue: ` = ${field}(${value === null ? "" : `default=${value}, `}alias=${pyString(v.name)})` };
  });
  if (base !== undefined) imports.add(`${ctx.modelsPackage}.${ctx.names.modelModule(base)}`, base);
  else imports.add("pydantic", "BaseModel");

  // Additional properties are collected when this model or an ancestor allows them.
  const additional = hasAdditionalProperties(m, ctx, new Set());

  const enumValidators = ownVars.flatMap((v) => {
    const s = ctx.types.unalias(simplifySchema(v.schema));
    const list = s.kind === "array";
    const target = list ? ctx.types.unalias(s.items) : s;
    if (modelClassOf(ctx, target) !== null || target.enum === undefined || target.enum.length === 0) return [];
    const values = target.enum.filter((e) => e !== null);
    const name = fieldNames.get(v.name)!;
    // The message lists the values as OAG's AbstractPythonCodegen.toEnumValue writes them:
    // strings in single quotes, numbers bare ("must be one of enum values ('a', 'b')").
    const shown = values.map((e) => (typeof e === "string" ? `'${e.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'` : pyLiteral(e))).join(", ");
    const message = list ? `each list item must be one of (${shown})` : `must be one of enum values (${shown})`;
    return [{ field: pyString(name), fn: `${name}_validate_enum`, isList: list, values: values.map(pyLiteral).join(", "), message: pyString(message) }];
  });
  const patternValidators = ownVars.flatMap((v) => {
    const s = ctx.types.unalias(simplifySchema(v.schema));
    const pattern = checkedPattern(s);
    if (pattern === undefined) return [];
    const { source, flags } = pythonRegex(pattern);
    const name = fieldNames.get(v.name)!;
    return [{ field: pyString(name), fn: `${name}_validate_regular_expression`, pattern: pyString(source), flags, message: pyString(`must validate the regular expression ${pattern}`) }];
  });
  if (patternValidators.length > 0 || enumValidators.length > 0) imports.add("pydantic", "field_validator");

  const readOnly = allVars.filter((v) => v.schema.readOnly || ctx.types.unalias(v.schema).readOnly).map((v) => fieldNames.get(v.name)!);
  const excluded = [...readOnly, ...(additional ? ["additional_properties"] : [])];
  const toDictFields = allVars.flatMap((v) => {
    const name = fieldNames.get(v.name)!;
    const widened = widenedWith(v);
    if (widened.length === 0) {
      return holdsModels(ctx, v.schema) ? [{ condition: `self.${name} is not None`, alias: pyString(v.name), expression: toDictExpression(ctx, v.schema, `self.${name}`) }] : [];
    }
    // A widened field converts the members that are models by their class; lists and maps of
    // several types are left to model_dump.
    const classes = [...new Set([v.schema, ...widened].map((s) => dictModelOf(ctx, simplifySchema(s))).filter((c) => c !== null))];
    for (const c of classes) importModel(ctx, c, imports);
    return classes.map((c) => ({ condition: `isinstance(self.${name}, ${c})`, alias: pyString(v.name), expression: `self.${name}.to_dict()` }));
  });
  // A property is nullable when its schema is, or (OAG's DefaultCodegen.fromProperty) when the
  // schema it refers to is (`str_value: {$ref: OuterEnum}` with a nullable OuterEnum): mayBeNull.
  const nullable = (s: Schema): boolean => ctx.types.mayBeNull(s);
  const nullableFields = allVars.filter((v) => optional(v) && nullable(simplifySchema(v.schema))).map((v) => {
    const name = fieldNames.get(v.name)!;
    return { name, nameLiteral: pyString(name), alias: pyString(v.name) };
  });
  const fromDictFields = allVars.filter((v) => holdsModels(ctx, v.schema)).map((v) => ({
    alias: pyString(v.name),
    expression: fromDictExpression(ctx, v.schema, `_data[${pyString(v.name)}]`, imports),
  }));
  const uses = new Set<string>();
  for (const v of allVars) for (const s of [v.schema, ...widenedWith(v)]) referencedModels(ctx, s, uses);
  const discriminator = discriminatorOf(m, ctx);
  if (discriminator !== null) {
    imports.add("importlib", "import_module");
    imports.add("typing", "cast");
  }
  for (const name of ["Any", "ClassVar", "Dict", "List", "Optional", "Set"]) imports.add("typing", name);
  imports.add("pydantic", "ConfigDict");
  imports.add("typing_extensions", "Self");

  return {
    model: m,
    kind: "plain",
    imports,
    ...(base !== undefined ? { base } : {}),
    uses,
    render: (deferred) => ({
      template: "runtime/model.py",
      view: {
        header,
        imports: imports.topLines(m.className, deferred),
        deferredImports: imports.deferredLines(m.className, deferred),
        t: ctx.localNames.table,
        className: m.className,
        baseClass: base ?? ctx.localNames.local("BaseModel"),
        docstring: pyDocstring(schema.description ?? m.className),
        fields,
        declaresAdditionalProperties: additional && !(parent !== undefined && hasAdditionalProperties(parent, ctx, new Set())),
        hasAdditionalProperties: additional,
        propertyNames: allVars.map((v) => pyString(v.name)).join(", "),
        enumValidators,
        patternValidators,
        excluded: excluded.map(pyString).join(", "),
        toDictFields,
        nullableFields,
        fromDictFields,
        discriminator,
        apiClientModule: `${ctx.packageName}.api_client`,
      },
    }),
  };
}

/** The model this one inherits from: its allOf parent, when that is a plain model. */
function baseModelOf(m: PythonModel, ctx: Omit<ModelCodeContext, "inheritance">, report = false): PythonModel | undefined {
  const schema = m.named.schema;
  if (schema.kind !== "composed") return undefined;
  const parent = parentName(ctx.model, schema.allOf);
  if (parent === undefined) return undefined;
  // A class cannot inherit from itself, however many allOf steps away (`Tiger: allOf: [Tiger]`).
  for (let p: string | undefined = parent, steps = 0; p !== undefined && steps < 100; steps++) {
    if (p === m.named.name) return undefined;
    const s: Schema | undefined = ctx.bySchemaName.get(p)?.named.schema;
    p = s?.kind === "composed" ? parentName(ctx.model, s.allOf) : undefined;
  }
  const parentModel = ctx.bySchemaName.get(parent);
  if (!parentModel || modelKind(parentModel.named.schema) !== "plain") {
    if (report) ctx.warn(m.named.pointer, `allOf parent ${parent} of ${m.className} is not a model class: its properties are not part of ${m.className}`);
    return undefined;
  }
  return parentModel;
}

/** Property name -> the model whose class body declares its field: m or the nearest ancestor. */
function declaringModels(m: PythonModel, ctx: Omit<ModelCodeContext, "inheritance">): Map<string, PythonModel> {
  const out = new Map<string, PythonModel>();
  const seen = new Set<PythonModel>();
  for (let c: PythonModel | undefined = m; c !== undefined && !seen.has(c); c = baseModelOf(c, ctx)) {
    seen.add(c);
    for (const v of codeModelVars(ctx.model, c.named.schema)) if (!out.has(v.name)) out.set(v.name, c);
  }
  return out;
}

/** Own vars after the parent's (a redeclared property keeps the parent's place). */
function allVarsOf(m: PythonModel, ctx: Omit<ModelCodeContext, "inheritance">, seen: Set<string>): ModelVar[] {
  if (seen.has(m.className)) return [];
  seen.add(m.className);
  const parent = baseModelOf(m, ctx);
  const inherited = parent !== undefined ? allVarsOf(parent, ctx, seen) : [];
  const own = codeModelVars(ctx.model, m.named.schema);
  const out = [...inherited];
  for (const v of own) {
    const i = out.findIndex((o) => o.name === v.name);
    if (i >= 0) out[i] = v;
    else out.push(v);
  }
  return out;
}

/**
 * Python names of a model's fields, in allVars order (so a parent's fields are named as in the
 * parent's class). Two properties whose names become the same (`_type` and `type`) would be one
 * field: the later one gets a suffix (`type_2`), and its alias keeps the wire name.
 */
function uniqueFieldNames(ctx: ModelCodeContext, vars: readonly ModelVar[], m: PythonModel): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const v of vars) {
    let name = fieldName(ctx, v, m);
    if (used.has(name)) {
      let i = 2;
      while (used.has(`${name}_${i}`) || vars.some((o) => o.name === `${name}_${i}`)) i++;
      ctx.warn(m.named.pointer, `property ${JSON.stringify(v.name)} of ${m.className} is called ${name}_${i} in Python: another property is called ${name}`);
      name = `${name}_${i}`;
    }
    used.add(name);
    out.set(v.name, name);
  }
  return out;
}

function fieldName(ctx: ModelCodeContext, v: ModelVar, m: PythonModel): string {
  // Named as OAG's client names the member (a YAML key `on` is `true` to OAG: `var_true`); the alias keeps the wire name.
  const name = pyUnicodeIdentifier(ctx.names.varName(v.oagName ?? v.name));
  if (!MODEL_ATTRIBUTES.has(name) && !name.startsWith("_")) return name;
  ctx.warn(m.named.pointer, `property ${JSON.stringify(v.name)} of ${m.className} is called var_${name} in Python: the model needs ${name} itself`);
  return `var_${name.replace(/^_+/, "")}`;
}

function hasAdditionalProperties(m: PythonModel, ctx: ModelCodeContext, seen: Set<string>): boolean {
  if (seen.has(m.className)) return false;
  seen.add(m.className);
  if (allowsAdditionalProperties(ctx, m.named.schema)) return true;
  const parent = baseModelOf(m, ctx);
  return parent !== undefined && hasAdditionalProperties(parent, ctx, seen);
}

function allowsAdditionalProperties(ctx: ModelCodeContext, schema: Schema | undefined): boolean {
  if (!schema || (schema.kind !== "object" && schema.kind !== "composed")) return false;
  if (schema.additionalProperties === false) return false;
  if (schema.additionalProperties !== undefined) return true;
  return !ctx.disallowAdditionalPropertiesIfNotPresent;
}

/** A default for an optional field as a Python literal, or null (dates and objects get none). */
function fieldDefault(ctx: ModelCodeContext, schema: Schema, imports: ModuleImports): string | null {
  let value = schema.default?.value;
  if (value === undefined && schema.kind === "ref") value = namedSchema(ctx.model, schema.target)?.schema.default?.value;
  if (value === undefined || value === null) return null;
  return defaultLiteral(ctx, schema, value, imports);
}

function defaultLiteral(ctx: ModelCodeContext, schema: Schema, value: JsonValue, imports: ModuleImports): string | null {
  const model = modelClassOf(ctx, schema);
  if (model !== null) {
    const target = ctx.types.unalias(simplifySchema(schema));
    const named = target.kind === "ref" ? namedSchema(ctx.model, target.target) : undefined;
    if (!named || !ctx.enumClasses.has(model)) return null;
    const member = enumMembers({ names: ctx.names }, named.schema).find((e) => e.value === value);
    if (!member) return null;
    imports.add(`${ctx.modelsPackage}.${ctx.names.modelModule(model)}`, model);
    return `${model}.${pyUnicodeIdentifier(member.name)}`;
  }
  const s = ctx.types.unalias(simplifySchema(schema));
  switch (s.kind) {
    case "string":
      return s.format === undefined || !["date", "date-time", "byte", "binary", "file", "uuid", "number"].includes(s.format) ? pyLiteral(String(value)) : null;
    case "integer":
    case "number":
      return typeof value === "number" ? pyLiteral(value) : null;
    case "boolean":
      return typeof value === "boolean" ? pyLiteral(value) : null;
    case "array": {
      if (!Array.isArray(value)) return null;
      const items = value.map((v) => (v === null ? "None" : defaultLiteral(ctx, s.items, v, imports)));
      return items.every((i) => i !== null) ? `[${items.join(", ")}]` : null;
    }
    default:
      return null;
  }
}

/**
 * The pattern a string value is checked against in Python, or undefined: the type annotation
 * never carries it (`Annotated[str, Field(strict=True)]`, as OAG's python writes a constrained
 * string), so a model field checks it in a validator and a oneOf/anyOf member in its guard. Not
 * for the formats read into other Python types (dates, UUIDs, bytes, files, decimals).
 */
function checkedPattern(s: Schema): string | undefined {
  if (s.kind !== "string" || s.pattern === undefined) return undefined;
  if (s.format !== undefined && ["byte", "binary", "file", "date", "date-time", "uuid", "number"].includes(s.format)) return undefined;
  return s.pattern;
}

/** A spec pattern as a Python `re` pattern: `/x/i` -> `x` with re.IGNORECASE; `(?<n>` -> `(?P<n>`. */
export function pythonRegex(pattern: string): { source: string; flags: string } {
  let source = pattern;
  const flags: string[] = [];
  const literal = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  if (literal) {
    source = literal[1]!;
    for (const f of literal[2]!) {
      if (f === "i") flags.push("re.IGNORECASE");
      else if (f === "m") flags.push("re.MULTILINE");
      else if (f === "s") flags.push("re.DOTALL");
    }
  }
  source = source.replace(/\(\?<(?![=!])/g, "(?P<");
  return { source, flags: flags.length > 0 ? `, ${flags.join(" | ")}` : "" };
}

/** Discriminator dispatch of a parent model: values whose class is one of its subclasses. */
function discriminatorOf(m: PythonModel, ctx: ModelCodeContext): { property: string; entries: { value: string; module: string; className: string }[] } | null {
  const schema = m.named.schema;
  if ((schema.kind !== "object" && schema.kind !== "composed") || schema.discriminator === undefined) return null;
  const entries = new Map<string, PythonModel>();
  for (const [value, target] of schema.discriminator.mapping) {
    const child = ctx.bySchemaName.get(target);
    if (child && child !== m && !entries.has(value)) entries.set(value, child);
  }
  // DefaultCodegen.getAllOfDescendants: every schema below this one through allOf $refs, breadth
  // first (grandchildren too), by its x-discriminator-value or its name. The template returns
  // only those that are subclasses in Python.
  const queue = [m.named.name];
  const visited = new Set(queue);
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const child of ctx.bySchemaName.values()) {
      const cs = child.named.schema;
      if (visited.has(child.named.name) || cs.kind !== "composed" || !cs.allOf.some((r) => r.kind === "ref" && r.target === current)) continue;
      visited.add(child.named.name);
      queue.push(child.named.name);
      const value = cs.extensions["x-discriminator-value"];
      const key = typeof value === "string" ? value : child.named.name;
      if (child !== m && ![...entries.values()].includes(child) && !entries.has(key)) entries.set(key, child);
    }
  }
  if (entries.size === 0) return null;
  return {
    property: pyString(schema.discriminator.propertyName),
    entries: [...entries].map(([value, child]) => ({ value: pyString(value), module: pyString(`${ctx.modelsPackage}.${child.module}`), className: child.className })),
  };
}

// ---------------------------------------------------------------------------------------------
// oneOf / anyOf wrappers

/**
 * What JSON Schema demands of a oneOf/anyOf member's data that its pydantic type does not check,
 * so that a value valid for exactly one member is matched to that member alone (pydantic's lax
 * types accept more: any string for a string enum, an integer for a date-time, a dict with
 * unknown keys for a model whose additionalProperties is false):
 * - `jsonGuard` (on the JSON data in from_dict, through `guarded`, an Any-typed copy of `obj`: a
 *   guard on `obj` itself would narrow it and retype the member assignments after it for mypy) and
 *   `valueGuard` (on the Python value, in the actual_instance validator): Python conditions, empty
 *   when there is nothing to check;
 *   (A closed member's keys include the properties declared beside the oneOf, which the wrapper
 *   holds and sends in the same object.)
 * - `freeForm`: the member is a free-form object or any value (`type: object` without
 *   properties, `{}`): it counts as a match only when no other member matches, so that
 *   `oneOf: [SimpleUser, object]` reads a SimpleUser as a SimpleUser.
 */
function memberGuards(ctx: ModelCodeContext, member: Schema, isClass: boolean, besides: readonly string[], imports: ModuleImports): { jsonGuard: string; valueGuard: string; freeForm: boolean; usesRe: boolean } {
  const s = resolveSchema(ctx.model, ctx.types.unalias(member));
  const json: string[] = [];
  const value: string[] = [];
  let usesRe = false;
  const objectLike = s.kind === "object" || s.kind === "composed";
  if (objectLike && s.additionalProperties === false && (s.kind === "object" || (s.allOf.length === 0 && s.oneOf.length === 0 && s.anyOf.length === 0))) {
    // The wrapper's own properties (declared beside the oneOf) travel in the same object.
    const keys = [...new Set([...s.properties.map((p) => p.name), ...besides])].map(pyString);
    const known = keys.length === 0 ? "set()" : `{${keys.join(", ")}}`;
    json.push(`(not isinstance(guarded, dict) or set(guarded) <= ${known})`);
    if (!isClass) value.push(`(not isinstance(value, dict) or set(value) <= ${known})`);
  }
  if (!isClass) {
    if (s.kind === "string") {
      json.push("isinstance(guarded, str)");
      value.push("not isinstance(value, (bool, int, float))");
      // The member's pattern (its annotation is a plain strict str): members that differ only
      // by pattern (`oneOf: [{pattern: '^u-'}, {pattern: '^g-'}]`) would otherwise all match.
      const pattern = checkedPattern(s);
      if (pattern !== undefined) {
        const { source, flags } = pythonRegex(pattern);
        usesRe = true;
        json.push(`re.search(${pyString(source)}, guarded${flags}) is not None`);
        value.push(`(not isinstance(value, str) or re.search(${pyString(source)}, value${flags}) is not None)`);
      }
      // pydantic's lax dates read a date-time with a zero time as a date and a date as a
      // date-time at midnight, so `oneOf: [{format: date}, {format: date-time}]` matched both:
      // the JSON text must have the format's shape (RFC 3339 full-date; a full-date, then the
      // time after `T`, or a space as RFC 3339 section 5.6's note allows).
      if (s.format === "date" || s.format === "date-time") {
        usesRe = true;
        const datetime = imports.add("datetime", "datetime");
        const shape = s.format === "date" ? "re.fullmatch(\"[0-9]{4}-[0-9]{2}-[0-9]{2}\", " : "re.match(\"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ]\", ";
        json.push(`${shape}guarded) is not None`);
        value.push(`(not isinstance(value, str) or ${shape}value) is not None)`);
        // On a Python value (already read by actual_instance's union type): a date member takes
        // no datetime, a date-time member no bare date.
        if (s.format === "date") value.push(`not isinstance(value, ${datetime})`);
        else value.push(`(not isinstance(value, ${imports.add("datetime", "date")}) or isinstance(value, ${datetime}))`);
      }
    }
    const values = (s.enum ?? []).filter((e) => e !== null && (typeof e === "string" || typeof e === "number" || typeof e === "boolean"));
    if (values.length > 0 && (s.kind === "string" || s.kind === "integer" || s.kind === "number" || s.kind === "boolean")) {
      const tuple = `(${values.map(pyLiteral).join(", ")},)`;
      json.push(`guarded in ${tuple}`);
      value.push(`value in ${tuple}`);
    }
  }
  const freeForm = !isClass && (s.kind === "any" || (s.kind === "object" && s.properties.length === 0 && (s.additionalProperties === undefined || s.additionalProperties === true)));
  return { jsonGuard: json.join(" and "), valueGuard: value.join(" and "), freeForm, usesRe };
}

function planUnion(m: PythonModel, ctx: ModelCodeContext, header: string): ModelPlan {
  const schema = m.named.schema as Extract<Schema, { kind: "composed" }>;
  const isOneOf = schema.oneOf.length > 0;
  const memberSchemas = isOneOf ? schema.oneOf : schema.anyOf;
  const imports = new ModuleImports(ctx.modelsPackage, ctx.localNames);
  const prefix = isOneOf ? "oneof" : "anyof";
  const uses = new Set<string>();
  const members = memberSchemas.map((member, i) => {
    const simplified = simplifySchema(member);
    referencedModels(ctx, simplified, uses);
    const annotation = pydanticAnnotation(ctx.types, ctx.names, simplified, { mapNumberTo: ctx.mapNumberTo, required: true, modelsPackage: ctx.modelsPackage }, imports);
    const modelClass = dictModelOf(ctx, simplified);
    // An enum member is read as OAG's from_json reads it, by calling the enum (`EnumString1("e")`
    // fails with Python's "'e' is not a valid EnumString1").
    const anyClass = modelClassOf(ctx, simplified);
    const enumClass = anyClass !== null && ctx.enumClasses.has(anyClass) ? anyClass : null;
    return {
      field: `${prefix}_schema_${i + 1}_validator`,
      annotation,
      ...memberGuards(ctx, simplified, modelClass !== null || enumClass !== null, schema.properties.map((p) => p.name), imports),
      docType: ctx.types.declaration(simplified, true),
      isModel: modelClass !== null,
      modelClass: modelClass ?? "",
      isEnum: enumClass !== null,
      enumClass: enumClass ?? "",
    };
  });
  // Properties declared beside the oneOf/anyOf: fields of the wrapper, merged into the member's
  // dict. Optional in Python whatever the spec says: the wrapper is built from a member alone.
  const ownFields = schema.properties.map((p) => {
    const name = fieldName(ctx, { name: p.name, schema: p.schema, required: false }, m);
    const annotation = pydanticAnnotation(ctx.types, ctx.names, simplifySchema(p.schema), {
      mapNumberTo: ctx.mapNumberTo,
      required: false,
      ...(p.schema.description !== undefined ? { description: p.schema.description } : {}),
      ...(name !== p.name ? { alias: p.name } : {}),
      modelsPackage: ctx.modelsPackage,
    }, imports);
    referencedModels(ctx, p.schema, uses);
    return {
      name,
      annotation,
      alias: pyString(p.name),
      toDict: holdsModels(ctx, p.schema) ? toDictExpression(ctx, p.schema, `self.${name}`) : `self.${name}`,
      fromDict: holdsModels(ctx, p.schema) ? fromDictExpression(ctx, p.schema, `obj[${pyString(p.name)}]`, imports) : `obj[${pyString(p.name)}]`,
    };
  });
  const unionTypes = [...new Set(members.map((x) => x.annotation))];
  const schemaNames = [...new Set(members.map((x) => x.docType))];
  let discriminator: { property: string; entries: { value: string; className: string }[] } | null = null;
  if (schema.discriminator !== undefined) {
    const entries = new Map<string, string>();
    for (const [value, target] of schema.discriminator.mapping) {
      const child = ctx.bySchemaName.get(target);
      if (child && members.some((x) => x.modelClass === child.className) && !entries.has(value)) entries.set(value, child.className);
    }
    for (const member of memberSchemas) {
      if (member.kind === "ref" && !entries.has(member.target)) {
        const child = ctx.bySchemaName.get(member.target);
        if (child && members.some((x) => x.modelClass === child.className)) entries.set(member.target, child.className);
      }
    }
    discriminator = { property: pyString(schema.discriminator.propertyName), entries: [...entries].map(([value, className]) => ({ value: pyString(value), className })) };
  }
  for (const name of ["Any", "ClassVar", "Dict", "List", "Optional", "Set", "Union"]) imports.add("typing", name);
  if (!isOneOf) imports.add("typing", "TYPE_CHECKING");
  for (const name of ["BaseModel", "ConfigDict", "ValidationError", "field_validator"]) imports.add("pydantic", name);
  imports.add("typing_extensions", "Self");
  return {
    model: m,
    kind: "union",
    imports,
    uses,
    render: (deferred) => ({
      template: "runtime/model_union.py",
      view: {
        header,
        imports: imports.topLines(m.className, deferred),
        deferredImports: imports.deferredLines(m.className, deferred),
        t: ctx.localNames.table,
        className: m.className,
        docstring: pyDocstring(schema.description ?? m.className),
        isOneOf,
        hasJsonGuards: members.some((x) => x.jsonGuard !== ""),
        usesRe: members.some((x) => x.usesRe),
        kindWord: isOneOf ? "oneOf" : "anyOf",
        // OAG's name: the class name upper-cased (`ANYOFPIG_ANY_OF_SCHEMAS`).
        schemasConstant: `${m.className.toUpperCase()}_${isOneOf ? "ONE_OF" : "ANY_OF"}_SCHEMAS`,
        schemasAttribute: isOneOf ? "one_of_schemas" : "any_of_schemas",
        schemaNames: schemaNames.map(pyString).join(", "),
        members,
        ownFields,
        actualInstanceType: unionTypes.length === 1 ? unionTypes[0]! : `${ctx.localNames.local("Union")}[${unionTypes.join(", ")}]`,
        discriminator,
        apiClientModule: `${ctx.packageName}.api_client`,
      },
    }),
  };
}
