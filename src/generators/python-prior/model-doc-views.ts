// IR -> the view-model of a python-prior model doc (docs/<Model>.md): OpenAPI Generator 6.6's
// model_doc rows, decided here; the template prints them.

import { mustacheHtml as html } from "../../codegen/escape.js";
import type { ApiModel, JsonValue, Schema } from "../../model/ir.js";
import { oagEnum } from "../../codegen/java-format.js";
import { namedSchema } from "../../codegen/schemas.js";
import { escapePy } from "./doc-views.js";
import type { ModelInfo, ModelVar } from "./models.js";
import type { PythonPriorDocRelease } from "./releases.js";
import { ensureQuotes, propertySchemaRead, type PythonPriorTypes } from "./types.js";
import { javaToString } from "../../codegen/java-format.js";

export interface ModelDocView {
  readonly className: string;
  readonly description: string | null;
  /** model_doc.mustache's `{{#description}}` is open for "" too (JMustache: no emptyStringIsFalse): a blank line. */
  readonly hasDescription: boolean;
  readonly rows: readonly string[];
  /** A blank line before `## Properties` (releases.ts). */
  readonly blankLinesBeforeTables: boolean;
}

export function buildModelDocView(info: ModelInfo, types: PythonPriorTypes, release: PythonPriorDocRelease, model: ApiModel): ModelDocView {
  const s = info.named.schema;
  const rows: string[] = [];
  const description = s.description !== undefined ? escapePy(s.description) : null;
  const descCell = description !== null ? html(description) : "";
  if (info.isEnum || info.isAlias) {
    const dataType = types.dataTypeOfModel(info.named.schema);
    const defaultValue = types.defaultValue(s);
    let notes = defaultValue !== null ? `defaults to ${defaultValue}` : "";
    if (info.isEnum) notes += `${defaultValue !== null ? ", " : ""} must be one of [${(oagEnum(s) ?? []).map((v) => enumValue(v, dataType)).join("")}]`;
    rows.push(`**value** | **${dataType}** | ${descCell} | ${notes}`);
  }
  if (info.isArray) {
    const dataType = types.dataType(s);
    const arrayModelType = types.docComplexType(s);
    const defaultValue = types.defaultValue(s);
    rows.push(`**value** | ${arrayModelType !== null ? `[**${dataType}**](${arrayModelType}.md)` : `**${dataType}**`} | ${descCell} | ${defaultValue !== null ? `defaults to ${defaultValue}` : ""}`);
  }
  // The schema fromProperty reads a property as (releases.ts singleAllOfAsMember).
  const read = (v: ModelVar) => propertySchemaRead(v.schema, release);
  const cell = (v: ModelVar) => propertyTypeCell(types, read(v));
  // DefaultCodegen.fromProperty: the description of the unaliased schema (a ref to a schema that
  // is no model class reads as that schema). An inline object the InlineModelResolver hoisted to a
  // model is a bare `$ref` there (flattenProperties: `new Schema().$ref(modelName)`, the description
  // moved into the model), so its property has none.
  const propDesc = (v: ModelVar) => {
    const schema = read(v);
    if (isHoistedModel(types, model, schema)) return "";
    const text = schema.description ?? types.unalias(schema).description;
    return text !== undefined ? html(escapePy(text)) : "";
  };
  // The allOf's readOnly when it sets one (the IR cannot tell false from absent: either counts). A
  // hoisted model's `$ref` (`new Schema().$ref(name)`) has none, as it has no description.
  const readOnly = (v: ModelVar) => (!isHoistedModel(types, model, v.schema) && (v.schema.readOnly || read(v).readOnly) ? "[readonly] " : "");
  // 5.0.0: oneOf/anyOf-only required properties are required ones defaulting to nulltype.Null (releases.ts).
  const nullDefault = (v: ModelVar) => release.oneOfRequiredNullDefault && v.oneOfAnyOfRequired === true;
  const requiredVars = [...info.requiredVars, ...info.optionalVars.filter(nullDefault)];
  const requiredDefault = (v: ModelVar) => (nullDefault(v) ? "nulltype.Null" : propertyDefault(types, v.schema));
  for (const v of requiredVars) {
    if (requiredDefault(v) !== null) continue;
    rows.push(`**${v.name}** | ${cell(v)} | ${propDesc(v)} | ${readOnly(v)}`);
  }
  for (const v of requiredVars) {
    const d = requiredDefault(v);
    if (d === null) continue;
    rows.push(`**${v.name}** | ${cell(v)} | ${propDesc(v)} | ${readOnly(v)}defaults to ${d}`);
  }
  for (const v of info.optionalVars) {
    if (nullDefault(v)) continue;
    const d = propertyDefault(types, v.schema);
    rows.push(`**${v.name}** | ${cell(v)} | ${propDesc(v)} | [optional] ${readOnly(v)}${d !== null ? ` if omitted the server will use the default value of ${d}` : ""}`);
  }
  // Before 5.2.0 only some models were asked for the keyword's value (releases.ts `addPropsWhenAbsent`).
  const additionalProperties = !release.addPropsWhenAbsent
    ? legacyAdditionalProperties(s, info)
    : info.additionalProperties ?? (release.addPropsOnEveryModel && !info.disallowIfNotPresent ? everyModelAddProps(s) : null);
  if (additionalProperties !== null) {
    // Before 5.2.0 the cell is `**{{additionalPropertiesType}}**`, never linked (model_doc.mustache
    // until 6cc270633b).
    const typeCell = release.addPropsWhenAbsent ? additionalPropertiesCell(types, additionalProperties) : `**${types.dataType(additionalProperties)}**`;
    rows.push(`**any string name** | ${typeCell} | any string name can be used but the value must be the correct type | [optional]`);
  }
  return { className: info.className, description, hasDescription: description !== null, rows, blankLinesBeforeTables: release.blankLinesBeforeTables };
}

/**
 * The `any string name` row before 5.2.0 (6cc270633b): DefaultCodegen.fromModel (5.0.0 d7d5e53f2b)
 * calls addAdditionPropertiesToCodeGenModel for a composed schema (supportsAdditionalPropertiesWithComposedSchema),
 * a map (the keyword is a schema or true) and a free-form object (no properties), never for an object
 * with properties and no keyword. ModelUtils.getAdditionalProperties then gives the keyword's schema,
 * any type for `true` or, unless disallowAdditionalPropertiesIfNotPresent, for no keyword (the python
 * constructor set it false and DefaultCodegen.processOpts changes it only when the option is given),
 * nothing for `false`: what info.additionalProperties holds.
 */
function legacyAdditionalProperties(s: Schema, info: ModelInfo): Schema | null {
  if (s.kind === "composed") return info.additionalProperties;
  if (s.kind === "object" && (s.additionalProperties !== undefined || s.properties.length === 0)) return info.additionalProperties;
  return null;
}

/**
 * Before 5.3.0 DefaultCodegen.fromModel ended with setAddProps(schema, m) for every model, arrays,
 * enums and aliases included, where `additionalProperties` is absent and so means any type (python's
 * disallowAdditionalPropertiesIfNotPresent defaults to false; set, setAddProps adds nothing for an
 * absent keyword: OAG's 5.2.x python_disallowAdditionalPropertiesIfNotPresent sample has no row for
 * AnimalFarm, EnumClass, StringEnum, NumberWithValidations). Objects and compositions keep their own.
 */
function everyModelAddProps(s: Schema): Schema | null {
  if (s.kind === "object" || s.kind === "composed") return null;
  return ANY_VALUE;
}

const ANY_VALUE: Schema = { pointer: "", nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {}, kind: "any" };

function typeCell(types: PythonPriorTypes, schema: Schema): string {
  const dataType = types.dataType(schema);
  const complexType = types.propertyComplexType(schema);
  return complexType !== null ? `[**${dataType}**](${complexType}.md)` : `**${dataType}**`;
}

/**
 * A model property's Type cell. A 3.0 `{type: object, $ref: X}` reaches OAG as an ObjectSchema with a
 * `$ref` and no properties (swagger-parser creates the schema by its type before reading `$ref`):
 * DefaultCodegen.fromProperty types it X, but ModelUtils.isFreeFormObject holds, so it calls no
 * setNonArrayMapProperty and sets no complexType: `**X**`, unlinked (5.3.0 bb124e1178, 6.6 alike).
 */
function propertyTypeCell(types: PythonPriorTypes, schema: Schema): string {
  if (schema.kind === "ref" && schema.siblingType === "object") return `**${types.dataType(schema)}**`;
  return typeCell(types, schema);
}

/**
 * The `any string name` row's Type cell. DefaultCodegen.setAddProps makes it with fromProperty of the
 * `additionalProperties` schema as written (model properties are unaliased before addVars, this one
 * is not), and PythonClientCodegen.fromProperty sets `complexType = dataType` for a `$ref` that unaliases
 * to a primitive (`cp.isPrimitiveType && p.get$ref() != null`): `[**str**](str.md)` (5.3.0 and 6.6).
 */
function additionalPropertiesCell(types: PythonPriorTypes, schema: Schema): string {
  if (schema.kind === "ref") {
    const u = types.unalias(schema);
    if (u.kind === "string" || u.kind === "integer" || u.kind === "number" || u.kind === "boolean") {
      const dataType = types.dataType(schema);
      return `[**${dataType}**](${dataType}.md)`;
    }
  }
  return typeCell(types, schema);
}

/** A `$ref` to an inline schema the planner hoisted and python-prior generates as a model class. */
function isHoistedModel(types: PythonPriorTypes, model: ApiModel, schema: Schema): boolean {
  if (schema.kind !== "ref") return false;
  const target = namedSchema(model, schema.target);
  return target?.origin === "inline" && types.isModel(schema.target);
}

/**
 * A property's default as OAG's CodegenProperty has it: compositions have none, and an array has its
 * own `default` only, never its items' (DefaultCodegen.fromProperty sets `toDefaultValue(p)` of the
 * property schema, 5.3.0 bb124e1178 and through 6.6; PythonClientCodegen.toDefaultValue reads
 * `p.getDefault()` or a one-value enum). Only form parameters take their items' default
 * (fromFormProperty's arrayInnerProperty), which this is not for.
 */
export function propertyDefault(types: PythonPriorTypes, schema: Schema): string | null {
  if (schema.kind === "composed") return null;
  return types.defaultValue(schema);
}

/** python-prior's toEnumValue: numbers as written, booleans capitalized, strings quoted. */
function enumValue(value: JsonValue, dataType: string): string {
  const text = javaToString(value, "parsed");
  if (dataType === "int" || dataType === "float") return `${text}, `;
  if (dataType === "bool") return `${text.charAt(0).toUpperCase()}${text.slice(1)}, `;
  return `${ensureQuotes(text)}, `;
}
