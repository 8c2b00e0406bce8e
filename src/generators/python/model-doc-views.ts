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
      const cell = untyped || emptied ? { dataType: "object", link: null } : ctx.types.propertyCell(v.schema);
      const type = cell.link === null ? `**${cell.dataType}**` : `[**${cell.dataType}**](${cell.link}.md)`;
      const text = propertyDescription(ctx.model, v.schema, ctx.oagVersion);
      const description = text !== undefined ? html(escapePython(text)) : "";
      const readOnly = !emptied && !arrayReadOnlyLost(ctx, v.schema) && propertyReadOnly(ctx.model, v.schema, ctx.types.unalias(v.schema));
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
