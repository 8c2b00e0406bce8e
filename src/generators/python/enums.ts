// The members of an enum model: Python names and literals (`SUCCESS` = `'success'`,
// `NUMBER_0` = `0`), `x-enum-varnames` taking precedence over derived names.

import type { JsonValue, Schema } from "../../model/ir.js";
import type { PythonDocContext } from "./doc-context.js";
import { escapePython } from "./examples.js";

export interface EnumMember {
  readonly name: string;
  /** The value as written in the spec. */
  readonly value: JsonValue;
  /** The Python literal: `'success'`, `0`. */
  readonly literal: string;
  /** The name is the spec's `x-enum-varnames` entry, as written. */
  readonly given: boolean;
}

/**
 * @param values the values to name: the schema's enum, or for the docs the enum as OAG holds it
 *   (codegen/java-format.ts oagEnum: YAML 1.1 values, a number member `1.0` as that text, which
 *   names it `NUMBER_1.0` as AbstractPythonCodegen.toEnumVariableName does)
 * @param keepNull a null member is a member, named and written from its String.valueOf "null"
 *   (`NULL` = `'null'`, `NUMBER_null` = `null`): OAG's DefaultCodegen.buildEnumVars before 7.9.0
 *   (python releases.ts nullEnumMembersDropped); otherwise it only makes the value nullable
 */
export function enumMembers(ctx: Pick<PythonDocContext, "names">, schema: Schema, values: readonly JsonValue[] = schema.enum ?? [], keepNull = false): EnumMember[] {
  const varNames = schema.extensions["x-enum-varnames"];
  const isString = schema.kind === "string";
  return values
    .filter((v) => keepNull || v !== null)
    .map((value, i) => {
      const text = String(value);
      const given = Array.isArray(varNames) && typeof varNames[i] === "string" ? varNames[i] : undefined;
      return {
        name: given ?? (isString ? ctx.names.enumMemberName(text) : ctx.names.numericEnumMemberName(text)),
        value,
        literal: isString ? `'${escapePython(text)}'` : text,
        given: given !== undefined,
      };
    });
}
