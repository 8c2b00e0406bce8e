// Default values as the python docs print them (OpenAPI Generator's python toDefaultValue and its
// enum handling): `True`/`False`, numbers as written, strings single-quoted, enum parameters as
// the bare value (`-efg`), enum-model properties as `Model.MEMBER`, list properties as JSON.

import { resolveSchema } from "../../codegen/schemas.js";
import type { JsonValue, Schema } from "../../model/ir.js";
import type { PythonDocContext } from "./doc-context.js";
import { javaJsonText, javaToString, javaValueString, oagHeldValue, oagEnum, parsed, yaml11Value, type HeldValue } from "../../codegen/java-format.js";
import { enumMembers } from "./enums.js";
import { arrayKeywordLost31, loneMember } from "../../codegen/property-description.js";
import { propertyDefaultValue } from "./models.js";
import { pythonDocRelease, type PythonDocRelease } from "./releases.js";

/** A parameter's default (the referenced schema's, for a `$ref`), or null. */
export function paramDefault(ctx: PythonDocContext, schema: Schema): string | null {
  // OpenAPINormalizer.normalizeParameters stores the simplified schema: `oneOf/anyOf: [X, null]`
  // and a oneOf/anyOf of one schema become X, the outer default gone (the IR keeps a collapsed
  // nullable member's outer keywords on it).
  const lone = loneMember(schema, ctx.oagVersion);
  if (lone !== null) return paramDefault(ctx, lone);
  if (schema.default !== undefined && propertyDefaultValue(schema) === undefined) return null;
  const d = defaultOf(ctx, schema);
  if (d === null) return null;
  const release = pythonDocRelease(ctx.oagVersion);
  // AbstractPythonCodegen.toDefaultValue: from release row `enumDefaultBranch` (7.7.0) the enum branch
  // comes before the string branch; it gave the bare value until string enums were quoted as strings
  // (release row `quotedStringEnumDefaults`). Before 7.7.0 an enum takes its type's branch.
  const enumBranch = release.enumDefaultBranch && d.typed.enum !== undefined && d.typed.enum.length > 0;
  if (enumBranch && !(release.quotedStringEnumDefaults && d.typed.kind === "string")) return javaToString(d.printed.value, d.printed.holder);
  return scalarDefault(d.typed, d.printed, (v) => javaToString(v, d.printed.holder), release);
}

/**
 * A model property's default, or null.
 * @param cloned the property went through ModelUtils.cloneSchema (ModelVar.cloned): an array
 *   default prints as the Java List it was read back as, `[preferred_username]`
 */
export function propertyDefault(ctx: PythonDocContext, schema: Schema, cloned = false): string | null {
  const lone = loneMember(schema, ctx.oagVersion);
  if (lone !== null) return propertyDefault(ctx, lone, cloned);
  if (schema.default !== undefined && propertyDefaultValue(schema) === undefined) return null;
  const d = defaultOf(ctx, schema);
  if (d === null) return null;
  const model = ctx.types.modelOf(schema);
  if (model !== null && d.typed.enum !== undefined) {
    // DefaultCodegen.updateCodegenPropertyEnum finds the member whose value text is the default's
    // text: a number enum's member `1.0` (oagEnum) is the default `1.0`, not `1`.
    const numeric = d.typed.kind === "number" || d.typed.kind === "integer";
    const printed = javaToString(d.printed.value, d.printed.holder);
    const values = oagEnum(d.typed);
    const member = enumMembers(ctx, d.typed, values).find((m) => (numeric ? javaToString(m.value, "parsed") === printed : m.value === d.value));
    if (!member) return null;
    // DefaultCodegen.buildEnumVars names the property's enum vars (which toEnumDefaultValue reads;
    // AbstractPythonCodegen.postProcessModelsMap renames only the enum model's own) after the value
    // less the values' common prefix when removeEnumValuePrefix is on (release row enumValuePrefixRemoved):
    // Equinix Fabric's SortBy default `/changeLog/updatedDateTime` is `SortBy.CHANGE_LOG_SLASH_UPDATED_DATE_TIME`
    // (python 7.12.0 with removeEnumValuePrefix=true) where the enum's member is SLASH_CHANGE_LOG_SLASH_UPDATED_DATE_TIME.
    const strip = ctx.removeEnumValuePrefix ?? pythonDocRelease(ctx.oagVersion).enumValuePrefixRemoved;
    const prefix = strip && !member.given ? commonEnumPrefix(values ?? d.typed.enum ?? []) : "";
    if (prefix !== "" && typeof member.value === "string" && member.value.length > prefix.length) {
      return `${model}.${ctx.names.enumMemberName(member.value.slice(prefix.length))}`;
    }
    // AbstractPythonCodegen.toEnumDefaultValue (a5a99585ef) reads an enum var name without quotes
    // as a number's: an `x-enum-varnames` name (DefaultCodegen.updateEnumVarsWithExtensions puts it
    // in unquoted) becomes `NUMBER_<name>` (toEnumVariableName's "int" branch).
    return member.given ? `${model}.NUMBER_${member.name.replace(/-/g, "MINUS_")}` : `${model}.${member.name}`;
  }
  // An inline string enum: updateCodegenPropertyEnum matches the default against the members
  // (getEnumDefaultValue's toEnumValue of the bare default the enum branch gives, release rows
  // enumDefaultBranch to quotedStringEnumDefaults) and sets toEnumDefaultValue(var, name), which for a
  // property that is no enum ref is the member's name, toEnumVarName's `'<value>'`: the value less the
  // values' common prefix when removeEnumValuePrefix is on (release row enumValuePrefixRemoved), so
  // `enum: [sort-asc, sort-desc], default: sort-desc` reads `'desc'` at 7.7.0-7.10.x. Before 7.7.0 the
  // quoted default is quoted again by toEnumValue and matches nothing; the whole value is printed then.
  const truncated = truncatedInlineEnumDefault(ctx, d.typed, d.value);
  if (truncated !== null) return truncated;
  // An inline enum's NullNode default matches no member (DefaultCodegen.updateCodegenPropertyEnum),
  // so it stays the enum branch's bare text.
  if (d.typed.enum !== undefined && d.typed.enum.length > 0 && d.source.defaultNullNode === true) return NULL_NODE;
  // A list read back into Java objects (a cloned property, or a 3.1 copy: IR defaultFromCopy) prints
  // as a Java List; the JsonNode swagger-parser read prints JSON.
  const javaList = cloned || d.printed.holder === "java-collection";
  const nullNode = d.source.defaultNullNode === true;
  return scalarDefault(d.typed, d.printed, (v) => (nullNode ? NULL_NODE : javaList ? javaValueString(v) : javaJsonText(v)), pythonDocRelease(ctx.oagVersion));
}


function truncatedInlineEnumDefault(ctx: PythonDocContext, typed: Schema, value: JsonValue): string | null {
  const release = pythonDocRelease(ctx.oagVersion);
  if (typed.kind !== "string" || typed.enum === undefined || typeof value !== "string") return null;
  if (!release.enumDefaultBranch || release.quotedStringEnumDefaults || Array.isArray(typed.extensions["x-enum-varnames"])) return null;
  if (!(ctx.removeEnumValuePrefix ?? release.enumValuePrefixRemoved)) return null;
  const values = oagEnum(typed) ?? typed.enum;
  const prefix = commonEnumPrefix(values);
  if (prefix === "" || !values.includes(value) || value.length <= prefix.length) return null;
  return `'${value.slice(prefix.length)}'`;
}

/**
 * DefaultCodegen.findCommonPrefixOfVars: the common prefix of two or more values, less its trailing
 * letters and digits (`status-on`, `status-off` -> `status-`; `/a/x`, `/b` -> `/`); nothing when a
 * value is not a string (Java's toArray into a String[] throws ArrayStoreException) or is null
 * (StringUtils.getCommonPrefix gives ""). A value the prefix covers whole keeps its full name
 * (buildEnumVars' `enumName.isEmpty()`), which the caller checks by length.
 */
export function commonEnumPrefix(values: readonly JsonValue[]): string {
  if (values.length < 2 || !values.every((v): v is string => typeof v === "string")) return "";
  let prefix = values[0]!;
  for (const v of values.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < v.length && prefix.charCodeAt(i) === v.charCodeAt(i)) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix.replace(/[a-zA-Z0-9]+$/, "");
}

/**
 * The default (own, else the referenced schema's), the schema that types it and the one it is
 * from: `value` as parsed (as OAG's YAML 1.1 reading gives it), `printed` as toDefaultValue prints it
 * (`p.getDefault().toString()`: a number is the BigDecimal swagger-parser read, `74.0` for `74.0`;
 * java-format.ts oagValue) in the object OAG holds it in (a 3.1 copy's Java List: JavaHolder).
 */
function defaultOf(ctx: PythonDocContext, schema: Schema): { typed: Schema; value: JsonValue; printed: HeldValue; source: Schema } | null {
  // A composition of no type has no default, its own or its member's (`{allOf: [{$ref: LicenseEnum}],
  // default: Copyright}`, ecotaxa's ProjectModel.license): DefaultCodegen.fromProperty reads an allOf
  // of one schema as that schema but restores the composition ("restore original schema with default
  // value", a4dd90c01d #15035, 6.5.0, so every python 7.x release) before toDefaultValue, and
  // fromParameter hands it over as written; AbstractPythonCodegen.toDefaultValue follows a `$ref`
  // only (a5a99585ef), and its type branches need a type. From 7.18.0 a 3.1 `$ref` written with
  // siblings is such a composition too (RefSchema.siblingsAllOf31), unless a `type` is beside it.
  if (isUntypedComposition(schema)) return null;
  // Before release row `refDefaults`, a reference that unaliasing keeps has no default.
  if (!pythonDocRelease(ctx.oagVersion).refDefaults && ctx.types.unalias(schema).kind === "ref") return null;
  const typed = resolveSchema(ctx.model, ctx.types.unalias(schema));
  // A reference's own default (a 3.1 `{$ref, default}`, a collapsed `anyOf: [{$ref}, null]`'s) is
  // not read: AbstractPythonCodegen.toDefaultValue follows the `$ref` (a5a99585ef) and then tries
  // its type branches (boolean, number, enum, string, array), which a schema of no type never
  // enters; from 7.18.0 the normalizer's `{default, allOf: [{$ref}]}` (RefSchema.siblingsAllOf31)
  // has neither `$ref` nor type. A typed `$ref` (RefSchema.siblingType: swagger-parser created the
  // schema by its type) enters them and keeps its own default.
  const ownDefault = schema.kind !== "ref" || schema.siblingType !== undefined;
  const source = ownDefault && schema.default !== undefined && schema.default.value !== null ? schema : typed;
  // NORMALIZE_31SPEC's new ArraySchema before 7.2.0 kept no default (NormalizerRules.arrayKept31)
  if (arrayKeywordLost31(ctx.model, source, "default", ctx.oagVersion)) return null;
  const d = source.default;
  // A plain YAML `off` as OAG's YAML 1.1 reading gives it ("false"; an enum model's members too).
  const value = d === undefined ? undefined : yaml11Value(d);
  if (value === null && source.defaultNullNode === true) return { typed, value: NULL_NODE, printed: parsed(NULL_NODE), source };
  // a list in a 3.1 deep copy (IR defaultFromCopy) is a Java List: toDefaultValue's
  // `p.getDefault().toString()` prints `[a, b]` (a parameter's too: javaToString, java-format.ts JavaHolder)
  return value === undefined || value === null ? null : { typed, value, printed: oagHeldValue(d!, source.defaultFromCopy), source };
}

/**
 * A 3.1 `default: null` OAG holds as a Jackson NullNode (IR defaultNullNode): toDefaultValue prints
 * its text, `String.valueOf(p.getDefault())` / `p.getDefault().toString()`, as any other value
 * (`[default to null]`, a string's `'null'`, a boolean's `False` from Boolean.valueOf).
 */
const NULL_NODE = "null";

function isUntypedComposition(schema: Schema): boolean {
  if (schema.kind === "composed") return schema.declaredType === undefined;
  return schema.kind === "ref" && schema.siblingsAllOf31 === true && schema.siblingType === undefined;
}

function scalarDefault(s: Schema, printed: HeldValue, list: (v: JsonValue) => string, release: PythonDocRelease): string | null {
  const value = printed.value;
  switch (s.kind) {
    case "boolean":
      return value === true || String(value).toLowerCase() === "true" ? "True" : "False";
    case "integer":
    case "number":
      return javaToString(value, printed.holder);
    case "string": {
      if (s.format === "date" || s.format === "date-time") return null;
      // AbstractPythonCodegen.toDefaultValue's string branch: backslashes doubled; `'` escaped from
      // the release of row `escapedQuoteInStringDefaults` (before, Java's "\'" was "'").
      const doubled = String(value).replace(/\\/g, "\\\\");
      const text = release.escapedQuoteInStringDefaults ? doubled.replace(/'/g, "\\'") : doubled;
      return /\r\n|\r|\n/.test(text) ? `'''${text}'''` : `'${text}'`;
    }
    case "array":
      return list(value);
    default:
      return null;
  }
}
