// Example values for the python-prior docs (`pet = Pet(\n        id=1, ...`). Reproduces OpenAPI
// Generator 6.6's PythonPriorClientCodegen.toExampleValueRecursive over the IR: models print as
// `Model(...)` with snake_case keywords, enums and aliases as `Model(value)`, compositions as
// `Model(None)`, 4 spaces per level, the first line unindented.

import { oagMinimumText, oagValue, yaml11Enum } from "../../codegen/java-format.js";
import { oagDocSchema } from "../../codegen/oag-schema.js";
import type { ApiModel, Schema } from "../../model/ir.js";
import { namedSchema } from "../../codegen/schemas.js";
import { OagExampleWriter, stringExampleText, type Example } from "../../codegen/oag-examples.js";
import { exampleFromPattern } from "../../examples/regex-example.js";
import type { PythonPriorModels } from "./models.js";
import type { PythonPriorNames } from "./names.js";
import { pythonPriorDocRelease, type PythonPriorDocRelease } from "./releases.js";
import { ensureQuotes, isMap, javaToString, keepsTemporalValue, type PythonPriorTypes } from "./types.js";

const INDENT = "    ";

export class PythonPriorExamples extends OagExampleWriter {
  protected readonly noValue = "None";
  protected readonly patternOfNamedSchema = true;

  constructor(
    model: ApiModel,
    private readonly names: PythonPriorNames,
    private readonly types: PythonPriorTypes,
    private readonly models: PythonPriorModels,
    private readonly oagVersion: string | undefined,
  ) {
    super(model);
    this.release = pythonPriorDocRelease(oagVersion);
  }

  private readonly release: PythonPriorDocRelease;

  protected toExample(schema: Schema, example: Example): string {
    return this.recurse(this.types.modelNameOf(schema), schema, example, 1, "", 0, new Set());
  }

  /** OAG's getObjectExample: example, default or first enum value of a non-object schema. */
  protected objectExample(schema: Schema): Example {
    const s = this.resolveOnce(schema);
    if (s.kind === "object" || s.kind === "composed" || isMap(s)) return null;
    if (s.example !== undefined && s.example.value !== null && keepsTemporalValue(s, s.example.value)) return oagValue(s.example);
    if (s.default !== undefined && s.default.value !== null && keepsTemporalValue(s, s.default.value)) return oagValue(s.default);
    if (s.enum && s.enum.length > 0) return yaml11Enum(s)![0] ?? null;
    return null;
  }

  private recurse(modelName: string | null, written: Schema, example: Example, level: number, prefix: string, line: number, seen: Set<Schema>): string {
    const schema = oagDocSchema(written);
    const closing = INDENT.repeat(level);
    const current = line === 0 ? "" : closing;
    const open = modelName !== null ? `${modelName}(` : "";
    let close = modelName !== null ? ")" : "";
    let fullPrefix = current + prefix + open;
    const text = example === null ? null : javaToString(example);

    if (seen.has(schema)) {
      if (modelName !== null) return fullPrefix + close;
      if (schema.nullable) return `${fullPrefix}None${close}`;
      return `${fullPrefix}${schema.kind === "array" ? "[]" : "{}"}${close}`;
    }
    // ModelUtils.isAnyType: no `type` (nor `$ref`) is any type, whatever else the schema says.
    if (schema.untyped && this.release.untypedExampleNone) return `${fullPrefix}None${close}`;
    // A type toExampleValueRecursive has no branch for (an unknown `type`, a 3.0 array without
    // `items`: PythonPriorTypes.unhandledType) falls through to its last `return example`: the
    // example's toString, Java's "null" for none, without the prefix or the indentation
    // (PythonClientCodegen at 5.3.0 bb124e1178, PythonPriorClientCodegen at 3371e883ab~1).
    // A `$ref` to nothing takes toExampleValueRecursive's `$ref` branch ("Unable to find referenced
    // schema"): `None` with the prefix.
    if (schema.kind === "any" && schema.danglingRef !== undefined) return `${fullPrefix}None${close}`;
    if (schema.kind !== "ref" && this.types.unhandledType(schema) !== null) return text ?? "null";
    // So does a Swagger 2.0 `type: file` read as a FileProperty (IR swagger2FileType): OAG's schema
    // has type `file`, neither isBinarySchema nor isStringSchema (PythonPriorClientCodegen at
    // 7f8b853f50; OAG's 2.0 petstore samples from 5.3.0 to 6.6.0: `files = [\nnull,\n    ]`).
    if (schema.kind === "string" && schema.swagger2FileType === true && this.release.fileTypeExampleNull) return text ?? "null";
    switch (schema.kind) {
      case "ref": {
        const target = namedSchema(this.model, schema.target);
        if (!target) return `${fullPrefix}None${close}`;
        return this.recurse(this.types.modelNameOf(schema), target.schema, example, level, prefix, line, seen);
      }
      case "null":
      case "any":
        return `${fullPrefix}None${close}`;
      case "boolean":
        return fullPrefix + (text === null ? "True" : text.toLowerCase() === "false" ? "False" : "True") + close;
      case "integer":
        return fullPrefix + (text ?? oagMinimumText(schema) ?? "1") + close;
      case "number":
        return fullPrefix + (text ?? oagMinimumText(schema) ?? "3.14") + close;
      case "string":
        return fullPrefix + this.stringExample(schema, text) + close;
      case "array": {
        const itemModel = this.types.modelNameOf(schema.items);
        if (Array.isArray(example) && itemModel === null) return fullPrefix + text + close;
        const inner = new Set(seen).add(schema);
        return `${fullPrefix}[\n${this.recurse(itemModel, schema.items, example, level + 1, "", line + 1, inner)},\n${closing}]${close}`;
      }
      case "object":
      case "composed": {
        if (isMap(schema)) {
          if (modelName === null) {
            fullPrefix += "{";
            close = "}";
          }
          // PythonPriorClientCodegen.toExampleValueRecursive: an entry only for a schema there
          // (`{}` is an empty one, which prints None), none for `true` ("TODO handle true case").
          const ap = schema.additionalPropertiesEmptySchema ? EMPTY_SCHEMA : schema.additionalProperties;
          if (typeof ap !== "object") return fullPrefix + close;
          const apResolved = this.resolveOnce(ap);
          const key = apResolved.enum && apResolved.enum.length > 0 ? javaToString(apResolved.enum[0]!) : "key";
          const apExample = this.fromStringOrArray(ap, this.objectExample(ap), key);
          const keyPrefix = modelName === null ? `${ensureQuotes(key)}: ` : `${key}=`;
          const inner = new Set(seen).add(schema);
          return `${fullPrefix}\n${this.recurse(this.types.modelNameOf(ap), ap, apExample, level + 1, keyPrefix, line + 1, inner)},\n${closing}${close}`;
        }
        if (schema.kind === "composed") return `${fullPrefix}None${close}`;
        if (modelName === null) {
          fullPrefix += "{";
          close = "}";
        }
        const disc = this.models.discriminatorOf(schema);
        if (disc && !this.hasObjectMappedModel(schema)) return fullPrefix + close;
        const inner = new Set(seen).add(schema);
        return this.objectModelExample(schema, fullPrefix, close, level, line, closing, inner);
      }
      default:
        return fullPrefix + (text ?? "None") + close;
    }
  }

  private objectModelExample(schema: Extract<Schema, { kind: "object" }>, fullPrefix: string, close: string, level: number, line: number, closing: string, seen: Set<Schema>): string {
    if (schema.properties.length === 0) return fullPrefix + close;
    let out = `${fullPrefix}\n`;
    for (const prop of schema.properties) {
      if (prop.schema.readOnly) continue;
      if (prop.schema.kind === "ref" && namedSchema(this.model, prop.schema.target)?.schema.readOnly) continue;
      const varName = this.names.varName(prop.name);
      const propExample = this.fromStringOrArray(prop.schema, null, varName);
      out += `${this.recurse(this.types.modelNameOf(prop.schema), prop.schema, propExample, level + 1, `${varName}=`, line + 1, seen)},\n`;
    }
    return `${out}${closing}${close}`;
  }

  /**
   * Whether a discriminated object has a mapped model that is a plain object schema (OAG's
   * getDiscriminatorMappedModel): explicit mappings, then the schemas extending it via allOf.
   */
  private hasObjectMappedModel(schema: Schema): boolean {
    const disc = this.models.discriminatorOf(schema);
    if (!disc) return false;
    const targets = disc.mapping.map(([, t]) => t);
    const self = this.model.schemas.find((n) => n.schema === schema)?.name;
    if (self !== undefined) {
      for (const n of this.model.schemas) {
        if (n.schema.kind === "composed" && n.schema.allOf.some((m) => m.kind === "ref" && m.target === self)) targets.push(n.name);
      }
    }
    return targets.some((t) => namedSchema(this.model, t)?.schema.kind === "object");
  }

  private stringExample(schema: Extract<Schema, { kind: "string" }>, text: string | null): string {
    const format = schema.format?.toLowerCase();
    if (format === "date") return `dateutil_parser('${text ?? "1970-01-01"}').date()`;
    if (format === "date-time") return `dateutil_parser('${text ?? "1970-01-01T00:00:00.00Z"}')`;
    if (format === "binary" || format === "file") return `open('${text ?? "/path/to/file"}', 'rb')`;
    if (format === "byte") return text ?? "'YQ=='";
    if (text === null && format === "number") return "2";
    return ensureQuotes(text ?? stringExampleText(schema, format, (pattern) => this.patternExample(pattern)));
  }

  private patternExample(pattern: string): string {
    try {
      return exampleFromPattern(pattern, { generator: "python-prior", ...(this.oagVersion !== undefined ? { oagVersion: this.oagVersion } : {}) });
    } catch {
      return "string_example";
    }
  }
}

/** `additionalProperties: {}` as OAG holds it: an empty schema, any type. */
const EMPTY_SCHEMA: Schema = { pointer: "", nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {}, kind: "any" };
