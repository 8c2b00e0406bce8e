// IR -> the view-model of docs/<Model>.md: an enum's members, or a model's property table and
// its from_json/to_dict snippet.

import { pythonDocRelease } from "./releases.js";
import { mustacheHtml as html } from "../../codegen/escape.js";
import { underscore } from "../../naming/case.js";
import type { PythonDocContext } from "./doc-context.js";
import { propertyDefault } from "./defaults.js";
import { enumMembers } from "./enums.js";
import { escapePython, inSingleQuotes } from "./examples.js";
import { arrayKeywordLost31, propertyDescription } from "../../codegen/property-description.js";
import { modelVars, propertyReadOnly, type PythonModel } from "./models.js";
import { oagEnum } from "../../codegen/java-format.js";
import type { Schema } from "../../model/ir.js";
import { isMap, mapValues } from "./types.js";
import { namedSchema } from "../../codegen/schemas.js";

export interface ModelDocView {
  readonly className: string;
  readonly hasDescription: boolean;
  /** escapeText'ed description. */
  readonly description: string;
  readonly isEnum: boolean;
  /** An enum's doc lists its members; before, an empty properties table (releases.ts). */
  readonly enumMembersListed: boolean;
  readonly members: readonly { readonly name: string; readonly literal: string }[];
  readonly rows: readonly string[];
  readonly packageName: string;
  readonly module: string;
  /** The snippet's variable stem: `test_form_object_multipart_request_marker`. */
  readonly variable: string;
  /** releases.ts: a blank line after `## Properties`; the example's print and from_dict lines. */
  readonly blankLinesAroundTables: boolean;
  readonly printFunction: boolean;
  readonly fromDictOnClass: boolean;
}

export function buildModelDocView(m: PythonModel, ctx: PythonDocContext): ModelDocView {
  const schema = m.named.schema;
  const cloned = pythonDocRelease(ctx.oagVersion).mergedPropertiesCloned;
  const untyped31 = pythonDocRelease(ctx.oagVersion).mergedProperties31Untyped && ctx.model.source.openapiVersion === "3.1";
  const isEnum = schema.kind !== "composed" && schema.kind !== "object" && schema.enum !== undefined && schema.enum.length > 0;
  return {
    className: m.className,
    hasDescription: schema.description !== undefined,
    description: schema.description !== undefined ? escapePython(schema.description) : "",
    isEnum,
    enumMembersListed: pythonDocRelease(ctx.oagVersion).enumMembersListed,
    blankLinesAroundTables: pythonDocRelease(ctx.oagVersion).blankLinesAroundTables,
    printFunction: pythonDocRelease(ctx.oagVersion).printFunction,
    fromDictOnClass: pythonDocRelease(ctx.oagVersion).fromDictOnClass,
    // toEnumValue: escapeTextInSingleQuotes from 7.10.0 (release row `singleQuotesEscaped`).
    members: isEnum ? enumMembers(ctx, schema, oagEnum(schema), !pythonDocRelease(ctx.oagVersion).nullEnumMembersDropped).map((e) => ({ name: e.name, literal: typeof e.value === "string" && schema.kind === "string" ? `'${inSingleQuotes(e.value, pythonDocRelease(ctx.oagVersion).singleQuotesEscaped)}'` : e.literal })) : [],
    rows: isEnum ? [] : modelVars(ctx.model, schema).map((v) => {
      // releases.ts mergedProperties31Untyped: a merged 3.1 property without its type (a `$ref` keeps its target).
      const untyped = v.cloned === true && untyped31 && v.schema.kind !== "ref";
      // SchemaCommon.untyped31: NORMALIZE_31SPEC stored an empty schema for the property (7.2.0+):
      // any value, nothing else of it left (its description: propertyDescription).
      const emptied = v.schema.untyped31 === true;
      const cell = untyped || emptied ? { dataType: "object", link: null } : wrapperDerefCell(ctx, v.schema) ?? ctx.types.propertyCell(v.schema);
      const type = cell.link === null ? `**${cell.dataType}**` : `[**${cell.dataType}**](${cell.link}.md)`;
      // 7.10.0's dereferenced wrapper (wrapperDerefCell) restores the wrapper's description and readOnly
      const wrapper = pythonDocRelease(ctx.oagVersion).refToAllOfWrapperDeref ? allOfWrapper(ctx, v.schema) : null;
      const text = wrapper?.description ?? propertyDescription(ctx.model, v.schema, ctx.oagVersion);
      const description = text !== undefined ? html(escapePython(text)) : "";
      const readOnly = wrapper?.readOnly === true || (!emptied && !arrayReadOnlyLost(ctx, v.schema) && propertyReadOnly(ctx.model, v.schema, ctx.types.unalias(v.schema)));
      const def = emptied ? null : propertyDefault(ctx, v.schema, v.cloned === true && cloned);
      const notes = `${v.required ? "" : "[optional] "}${readOnly ? "[readonly] " : ""}${def !== null ? `[default to ${def}]` : ""}`;
      return `**${ctx.names.varName(v.name)}** | ${type} | ${description} | ${notes}`;
    }),
    packageName: ctx.packageName,
    module: m.module,
    variable: underscore(m.className),
  };
}

/**
 * A 3.1 array property (or a `$ref` to a 3.1 array component) whose schema NORMALIZE_31SPEC replaced
 * by a new ArraySchema without `readOnly` (property-description.ts arrayKeywordLost31). A `$ref`'s
 * own readOnly sibling stays (the normalizer skips a `$ref`).
 */
function arrayReadOnlyLost(ctx: PythonDocContext, schema: Schema): boolean {
  if (arrayKeywordLost31(ctx.model, schema, "readOnly", ctx.oagVersion)) return true;
  return schema.kind === "ref" && !schema.readOnly && arrayKeywordLost31(ctx.model, ctx.types.unalias(schema), "readOnly", ctx.oagVersion);
}

/**
 * OAG 7.10.0 only (release row refToAllOfWrapperDeref): DefaultCodegen.fromProperty dereferenced a
 * `$ref` to an allOf of one member (ModelUtils.isAllOfWithSingleItem: no properties, oneOf or anyOf)
 * that sets a description, title, readOnly, writeOnly, deprecated or a bound, and typed the property
 * by that member (48e8375166 #19986, reverted by 066a840dd8 #20446 before 7.11.0). A property
 * `$ref: PortRequest` (`{description, allOf: [$ref: Port]}`) reads `[**Port**](Port.md)`; an array of
 * them keeps its declaration but links the member, whose baseType the items' property took
 * (updatePropertyForArray): Equinix Fabric 7.10.0's BulkPortRequest `[**List[PortRequest]**](Port.md)`.
 * Bounds and a `false` flag are not in the IR's composition: a wrapper with only those is not seen.
 */
function wrapperDerefCell(ctx: PythonDocContext, schema: Schema): { dataType: string; link: string | null } | null {
  if (!pythonDocRelease(ctx.oagVersion).refToAllOfWrapperDeref) return null;
  const direct = allOfWrapperMember(ctx, schema);
  if (direct !== null) return ctx.types.propertyCell(direct);
  const container = ctx.types.unalias(schema);
  const items = container.kind === "array" ? container.items : isMap(container) ? mapValues(container) : null;
  const member = items === null ? null : allOfWrapperMember(ctx, items);
  if (member === null) return null;
  const cell = ctx.types.propertyCell(schema);
  return cell.link === null ? cell : { dataType: cell.dataType, link: ctx.types.complexType(member) };
}

function allOfWrapperMember(ctx: PythonDocContext, schema: Schema): Schema | null {
  return allOfWrapper(ctx, schema)?.allOf[0] ?? null;
}

/** The wrapper a `$ref` names: an allOf of one member, no properties, oneOf or anyOf, something set beside it. */
function allOfWrapper(ctx: PythonDocContext, schema: Schema): Extract<Schema, { kind: "composed" }> | null {
  if (schema.kind !== "ref") return null;
  const target = namedSchema(ctx.model, schema.target)?.schema;
  if (target === undefined || target.kind !== "composed" || target.allOf.length !== 1 || target.oneOf.length > 0 || target.anyOf.length > 0 || target.properties.length > 0) return null;
  const flagged = target.description !== undefined || target.title !== undefined || target.readOnly || target.writeOnly || target.deprecated;
  return flagged ? target : null;
}
