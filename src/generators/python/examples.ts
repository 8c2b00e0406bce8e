// Example values for the python docs: the `name = <example> # <type> | <description>` lines of
// the example snippets in docs/<Tag>Api.md and the README. Reproduces OpenAPI Generator's
// AbstractPythonCodegen.setParameterExampleValue: a parameter's default wins; then its own
// example; then a value by type (`'<name>_example'`, `56`, `3.4`, `True`, dates, `<pkg>.Model()`),
// `None` for the rest; lists and dicts wrap the item's example.

import { escapeText } from "../../codegen/escape.js";
import { exampleValue, javaToString, oagHeldValue } from "../../codegen/java-format.js";
import { exampleNameOf, type CodegenParam } from "../../codegen/operations.js";
import { firstExampleValue } from "../../codegen/oag-examples.js";
import type { Schema } from "../../model/ir.js";
import { isMap, isObjectTypedRef, mapValues, type PythonTypes } from "./types.js";

/** OAG's escapeText as python configures it (`'''` broken up, since it would end a docstring). */
export const escapePython = (s: string): string => escapeText(s, (t) => t.replace(/'''/g, "'_'_'"));

/** DefaultCodegen's example uuid (setParameterExampleValue), which python's uuid branch reuses. */
const UUID_EXAMPLE = "38400000-8cf0-11bd-b23e-10b96e4ef00d";

/**
 * A single-quoted literal's text: escapeText, and from 7.10.0 a `'` escaped too
 * (escapeTextInSingleQuotes, release row `singleQuotesEscaped`).
 */
export function inSingleQuotes(s: string, escapeQuotes: boolean): string {
  const text = escapePython(s);
  return escapeQuotes ? text.replace(/'/g, "\\'") : text;
}

export class PythonExamples {
  constructor(
    private readonly types: PythonTypes,
    private readonly packageName: string,
    /** The release escapes `'` in the examples' literals (releases.ts `singleQuotesEscaped`). */
    private readonly singleQuotesEscaped: boolean = false,
  ) {}

  private quoted(s: string): string {
    return `'${inSingleQuotes(s, this.singleQuotesEscaped)}'`;
  }

  /**
   * The example of a parameter (path, query, header, cookie, form field or body).
   * @param typeSchema the schema the parameter is typed by (see paramTypeSchema)
   * @param defaultValue the parameter's default as the docs print it, or null
   */
  forParam(param: CodegenParam, typeSchema: Schema, defaultValue: string | null): string {
    if (param.kind === "body") {
      // A body's media-type example is printed as it is (Java toString), nothing more.
      const media = param.mediaType;
      const own = exampleValue(media?.example) ?? (media ? firstExampleValue(media.examples) : undefined);
      if (own !== undefined) return javaToString(own.value, own.holder);
    }
    if (defaultValue !== null) return defaultValue;
    let example: string | null = null;
    if (param.parameter) {
      const p = param.parameter;
      // DefaultCodegen.setParameterExampleValue(CodegenParameter, Parameter): the toString of the
      // parameter's example, its first Example's value, else its schema's example (a number the
      // BigDecimal swagger-parser read: `71.0`, see java-format.ts bigDecimalText; a list or object
      // in a 3.1 deep copy a Java List/LinkedHashMap: Example.fromCopy, exampleFromCopy).
      const schemaExample = param.schema.example && oagHeldValue(param.schema.example, param.schema.exampleFromCopy);
      const own = exampleValue(p.example) ?? firstExampleValue(p.examples) ?? schemaExample;
      if (own !== undefined && own.value !== null) example = javaToString(own.value, own.holder);
    }
    const s = this.types.unalias(typeSchema);
    // isUuid (set for a uuid string itself, not for a list of them) comes before the type chain,
    // in the releases that type uuid as UUID (AbstractPythonCodegen.setParameterExampleValue).
    if (this.types.uuidType && s.kind === "string" && s.format === "uuid") return `UUID('${escapePython(example ?? UUID_EXAMPLE)}')`;
    // A body typed `{type: object, $ref: X}`: DefaultCodegen.fromRequestBody's setTypeProperties flags
    // the unaliased schema isMap (types.ts isObjectTypedRef), while addBodyModelSchema types it X: the
    // example is X's constructor in a dict, `{'key': <pkg>.X()}`.
    const refAsMap = param.kind === "body" && isObjectTypedRef(typeSchema) && this.types.modelOf(s) !== null;
    const container = s.kind === "array" ? "list" : isMap(s) || refAsMap ? "dict" : null;
    const item = s.kind === "array" ? s.items : container === "dict" && !refAsMap ? mapValues(s) : s;
    const type = container !== null ? this.types.baseType(item) : this.types.declaration(s);
    example = this.byType(type, example, exampleNameOf(param));
    if (example === null) return "None";
    if (container === "list") return `[${example}]`;
    if (container === "dict") return `{'key': ${example}}`;
    return example;
  }

  /**
   * AbstractPythonCodegen.setParameterExampleValue's chain, which compares the type name (a model's
   * name too) mostly ignoring case: a model named `File`, `Date`, `String`, `Boolean`... takes that
   * branch, not the model one (`'/path/to/file'` for a body of model `File`).
   */
  private byType(type: string, example: string | null, paramName: string): string | null {
    const lower = type.toLowerCase();
    if (lower === "string" || lower === "str") return this.quoted(example ?? `${paramName}_example`);
    if (type === "Integer" || type === "int") return example ?? "56";
    if (lower === "float" || lower === "double") return example ?? "3.4";
    if (lower === "boolean" || lower === "bool") return example ?? "True";
    if (lower === "file") return this.quoted(example ?? "/path/to/file");
    if (lower === "date") return this.quoted(example ?? "2013-10-20");
    if (lower === "datetime") return this.quoted(example ?? "2013-10-20T19:20:30+01:00");
    // A model class; other language primitives (bytearray, object, decimal) have no rule.
    return this.types.isLanguagePrimitive(type) ? example : `${this.packageName}.${type}()`;
  }
}
