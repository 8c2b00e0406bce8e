// Example values for the python-prior docs (`pet = Pet(\n        id=1, ...`). Reproduces OpenAPI
// Generator 6.6's PythonPriorClientCodegen.toExampleValueRecursive over the IR: models print as
// `Model(...)` with snake_case keywords, enums and aliases as `Model(value)`, compositions as
// `Model(None)`, 4 spaces per level, the first line unindented.

import { javaToString, oagHeldValue, oagMinimumText, oagEnum, parsed } from "../../codegen/java-format.js";
import { oagDocSchema } from "../../codegen/oag-schema.js";
import type { ApiModel, Schema } from "../../model/ir.js";
import { namedSchema } from "../../codegen/schemas.js";
import { isJacksonObjectNode, OagExampleWriter, parsedExample, stringExampleText, type Example } from "../../codegen/oag-examples.js";
import { exampleFromPattern } from "../../examples/regex-example.js";
import type { PythonPriorModels } from "./models.js";
import type { PythonPriorNames } from "./names.js";
import { pythonPriorDocRelease, type PythonPriorDocRelease } from "./releases.js";
import { ensureQuotes, isMap, keepsTemporalValue, type PythonPriorTypes } from "./types.js";
import { javaCompare } from "../../naming/case.js";

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
    // a list or object in a 3.1 deep copy is a Java List/LinkedHashMap (6.2.0 on: exampleFromCopy, defaultFromCopy)
    if (s.example !== undefined && s.example.value !== null && keepsTemporalValue(s, s.example.value)) return oagHeldValue(s.example, s.exampleFromCopy);
    if (s.default !== undefined && s.default.value !== null && keepsTemporalValue(s, s.default.value)) return oagHeldValue(s.default, s.defaultFromCopy);
    if (s.enum && s.enum.length > 0) return parsedExample(oagEnum(s)![0]);
    return null;
  }

  private recurse(modelName: string | null, written: Schema, example: Example, level: number, prefix: string, line: number, seen: Set<Schema>): string {
    const schema = oagDocSchema(written);
    const closing = INDENT.repeat(level);
    const current = line === 0 ? "" : closing;
    const open = modelName !== null ? `${modelName}(` : "";
    let close = modelName !== null ? ")" : "";
    let fullPrefix = current + prefix + open;
    const text = example === null ? null : javaToString(example.value, example.holder);

    if (seen.has(schema)) {
      if (modelName !== null) return fullPrefix + close;
      if (schema.nullable) return `${fullPrefix}None${close}`;
      return `${fullPrefix}${schema.kind === "array" ? "[]" : "{}"}${close}`;
    }
    // ModelUtils.isAnyType: no `type` (nor `$ref`) is any type, whatever else the schema says.
    if (schema.untyped && this.release.untypedExampleNone) return `${fullPrefix}None${close}`;
    // A type toExampleValueRecursive has no branch for (an unknown `type`, a 3.0 array without
    // `items`: PythonPriorTypes.unhandledType) falls through to its last `return example`: the
    // example's toString, without the prefix or the indentation, or Java's null for none, which an
    // enclosing example concatenates as "null" and the doc template prints as nothing when it is
    // the whole example (PythonClientCodegen at 5.3.0 bb124e1178, PythonPriorClientCodegen at
    // 3371e883ab~1). A `$ref` to nothing takes toExampleValueRecursive's `$ref` branch ("Unable to
    // find referenced schema"): `None` with the prefix.
    if (schema.kind === "any" && schema.danglingRef !== undefined) return `${fullPrefix}None${close}`;
    const fallThrough = text ?? (line === 0 ? "" : "null");
    if (schema.kind !== "ref" && this.types.unhandledType(schema) !== null) return fallThrough;
    // So does a Swagger 2.0 `type: file` read as a FileProperty (IR swagger2FileType): OAG's schema
    // has type `file`, neither isBinarySchema nor isStringSchema (PythonPriorClientCodegen at
    // 7f8b853f50; OAG's 2.0 petstore samples: `files = [\nnull,\n    ]` from 5.3.0, `files =  #`
    // before, where the form array's items were the whole example: release row formArrayExampleFromItems).
    if (schema.kind === "string" && schema.swagger2FileType === true) return fallThrough;
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
        // `objExample instanceof Iterable && itemModelName == null` (PythonClientCodegen 5.3.0
        // bb124e1178, PythonPriorClientCodegen 6.6.0 7f8b853f50): a list, or a 3.x document's
        // object example, a Jackson ObjectNode (isJacksonObjectNode), prints whole.
        if ((Array.isArray(example?.value) || isJacksonObjectNode(this.model, example)) && itemModel === null) return fullPrefix + text + close;
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
          const key = apResolved.enum && apResolved.enum.length > 0 ? javaToString(apResolved.enum[0]!, "parsed") : "key";
          const apExample = this.fromStringOrArray(ap, this.objectExample(ap), key);
          const keyPrefix = modelName === null ? `${ensureQuotes(key)}: ` : `${key}=`;
          const inner = new Set(seen).add(schema);
          return `${fullPrefix}\n${this.recurse(this.types.modelNameOf(ap), ap, apExample, level + 1, keyPrefix, line + 1, inner)},\n${closing}${close}`;
        }
        if (schema.kind === "composed") return this.release.untypedExampleNone ? `${fullPrefix}None${close}` : this.composedExample(modelName, schema, fullPrefix, close, level, line, closing, seen);
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

  /**
   * @param discriminator the discriminator property (its python name) and the value its example
   *   takes, when the object is the model a composition's discriminator chose (composedExample)
   */
  private objectModelExample(schema: Extract<Schema, { kind: "object" }>, fullPrefix: string, close: string, level: number, line: number, closing: string, seen: Set<Schema>, discriminator?: { readonly varName: string; readonly value: string }): string {
    if (schema.properties.length === 0) return fullPrefix + close;
    let out = `${fullPrefix}\n`;
    for (const prop of schema.properties) {
      if (prop.schema.readOnly) continue;
      if (prop.schema.kind === "ref" && namedSchema(this.model, prop.schema.target)?.schema.readOnly) continue;
      const varName = this.names.varName(prop.name);
      const isDiscriminator = discriminator !== undefined && varName === discriminator.varName;
      const propExample = isDiscriminator ? parsed(discriminator.value) : this.fromStringOrArray(prop.schema, null, varName);
      out += `${this.recurse(isDiscriminator ? null : this.types.modelNameOf(prop.schema), prop.schema, propExample, level + 1, `${varName}=`, line + 1, seen)},\n`;
    }
    return `${out}${closing}${close}`;
  }

  /**
   * A composition before 5.3.0 (release row untypedExampleNone false; PythonClientCodegen at the
   * 5.2.1 release commit 8403e59aa0, whose isAnyTypeSchema answers false for a ComposedSchema): with
   * a discriminator, the example of the first mapped model that is an object, its discriminator
   * property set to the mapping name (`Mammal(has_baleen=True, ..., class_name="whale")`); else the
   * bare call (`ComposedOneOfNumberWithValidations()`).
   */
  private composedExample(modelName: string | null, schema: Extract<Schema, { kind: "composed" }>, fullPrefix: string, close: string, level: number, line: number, closing: string, seen: Set<Schema>): string {
    const disc = this.models.discriminatorOf(schema);
    if (!disc) return fullPrefix + close;
    for (const mapped of this.mappedModels(modelName, schema, disc)) {
      const target = namedSchema(this.model, mapped.schemaName)?.schema;
      if (target?.kind !== "object") continue;
      const inner = new Set(seen).add(schema);
      return this.objectModelExample(target, fullPrefix, close, level, line, closing, inner, { varName: this.names.varName(disc.propertyName), value: mapped.mappingName });
    }
    return fullPrefix + close;
  }

  /**
   * DefaultCodegen.createDiscriminator's mapped models (non-legacy discriminator behaviour, as
   * PythonClientCodegen sets it) in CodegenDiscriminator's TreeSet order (by mapping name): the
   * explicit mapping; the schemas whose allOf references the composition by `schemaName`
   * (getAllOfDescendants, which OAG asks with the model's class name, so only a schema named like
   * its class is found), breadth first, each also under its `x-discriminator-value`; the `$ref`
   * members of oneOf and anyOf (getOneOfAnyOfDescendants).
   */
  private mappedModels(schemaName: string | null, schema: Extract<Schema, { kind: "composed" }>, disc: { readonly mapping: readonly (readonly [string, string])[] }): { mappingName: string; schemaName: string }[] {
    const out: { mappingName: string; schemaName: string }[] = disc.mapping.map(([mappingName, target]) => ({ mappingName, schemaName: target }));
    const withDiscriminatorValue = (name: string): { mappingName: string; schemaName: string }[] => {
      const value = namedSchema(this.model, name)?.schema.extensions?.["x-discriminator-value"];
      return [{ mappingName: name, schemaName: name }, ...(typeof value === "string" ? [{ mappingName: value, schemaName: name }] : [])];
    };
    const queue: string[] = [];
    const found: string[] = [];
    for (let current = schemaName; current !== null; current = queue.shift() ?? null) {
      if (current !== schemaName) found.push(current);
      for (const child of this.model.schemas) {
        if (child.name === schemaName || child.schema.kind !== "composed" || queue.includes(child.name) || found.includes(child.name)) continue;
        if (child.schema.allOf.some((m) => m.kind === "ref" && m.target === current)) queue.push(child.name);
      }
    }
    for (const child of found.flatMap(withDiscriminatorValue)) {
      if (!out.some((m) => m.mappingName === child.mappingName)) out.push(child);
    }
    for (const member of [...schema.oneOf, ...schema.anyOf]) {
      if (member.kind !== "ref") continue;
      for (const m of withDiscriminatorValue(member.target)) {
        if (!out.some((o) => o.mappingName === m.mappingName && o.schemaName === m.schemaName)) out.push(m);
      }
    }
    return out.sort((a, b) => javaCompare(a.mappingName, b.mappingName)).filter((m, i, all) => i === 0 || all[i - 1]!.mappingName !== m.mappingName);
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
