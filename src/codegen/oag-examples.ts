// What OpenAPI Generator's example writers share across the typescript and python-prior docs:
// where a parameter's or body's example comes from (x-example, example, examples, then the
// schema's own example/default/first enum value, then `<name>_example` for plain strings). Each
// target's subclass says what a schema's own example is and prints the value (`recurse`).

import type { ApiModel, JsonValue, MediaType, NamedExample, Parameter, Schema } from "../model/ir.js";
import { exampleValue, parsed, type HeldValue } from "./java-format.js";
import { namedSchema } from "./schemas.js";
import { oagDocSchema } from "./oag-schema.js";

/**
 * The example value OAG's example writers pass along, in the Java object OAG holds it in (what its
 * toString prints, whether it is an Iterable: java-format.ts JavaHolder); null for none.
 */
export type Example = HeldValue | null;

/** A value as swagger-parser read it (java-format.ts `parsed`), or none for no value (a null one too). */
export function parsedExample(value: JsonValue | undefined): Example {
  return value === undefined || value === null ? null : parsed(value);
}

/**
 * The value OAG's docs take from a parameter's or media type's `examples`: the first one's only
 * (DefaultCodegen.setParameterExampleValue: `getExamples().values().iterator().next()`, then
 * `getValue()`), and none when that one is a local `$ref`, which swagger-parser leaves unresolved
 * (ExampleProcessor.processReferenceExample rewrites external refs only): the Example object has a
 * `$ref` and no value.
 */
export function firstExampleValue(examples: readonly NamedExample[]): HeldValue | undefined {
  const first = examples[0];
  if (first === undefined || first.ref !== undefined || first.value === null) return undefined;
  return exampleValue(first);
}

/**
 * Whether an object example is the Jackson ObjectNode swagger-parser v3 read from a 3.x document
 * (getAnyExample keeps the node): an Iterable over its values in Java, which the typescript and
 * python-prior toExampleValueRecursive print whole on an array schema (`objExample instanceof
 * Iterable`). Not a 3.1 deep copy (a LinkedHashMap: holder `java-collection`), not an `x-example`
 * Map (holder `extension`: a Map is no Iterable, so toExampleValueRecursive's array branch goes on to
 * the items with it), not a Swagger 2.0 document's examples (swagger-parser v1 reads them untyped: Maps).
 */
export function isJacksonObjectNode(model: ApiModel, example: Example): boolean {
  if (example === null || example.holder !== "parsed") return false;
  const value = example.value;
  return value !== null && typeof value === "object" && !Array.isArray(value) && model.source.openapiVersion !== "2.0";
}

export abstract class OagExampleWriter {
  constructor(protected readonly model: ApiModel) {}

  /** What an absent body prints as (`null`, `None`). */
  protected abstract readonly noValue: string;

  /**
   * Whether `<name>_example` is refused for a string whose named schema (rather than the schema as
   * written) has a pattern: python-prior looks past the `$ref`, typescript does not.
   */
  protected abstract readonly patternOfNamedSchema: boolean;

  /** The schema's own example, default or first enum value (null for objects and maps). */
  protected abstract objectExample(schema: Schema): Example;

  /** The printed example of a schema with the chosen value. */
  protected abstract toExample(schema: Schema, example: Example): string;

  /** A path/query/header/cookie parameter or a form field (name: what `<name>_example` uses). */
  forParameter(schema: Schema, name: string, parameter?: Parameter): string {
    let example: Example = null;
    const xExample = parameter?.extensions["x-example"];
    if (xExample !== undefined && xExample !== null) example = { value: xExample, holder: "extension" };
    else if (parameter?.example?.value !== undefined && parameter.example.value !== null) example = exampleValue(parameter.example)!;
    else example = (parameter && firstExampleValue(parameter.examples)) ?? this.objectExample(schema);
    example = this.fromStringOrArray(schema, example, name);
    return this.toExample(schema, example);
  }

  /** A request body parameter. */
  forBody(media: MediaType, paramName: string): string {
    const schema = media.schema;
    if (!schema) return this.noValue;
    let example: Example = null;
    if (media.example?.value !== undefined && media.example.value !== null) example = exampleValue(media.example)!;
    else example = firstExampleValue(media.examples) ?? this.objectExample(schema);
    example = this.fromStringOrArray(schema, example, paramName);
    return this.toExample(schema, example);
  }

  /** A `$ref` resolved one level, as OAG's docs see the schema (oagDocSchema). */
  protected resolveOnce(schema: Schema): Schema {
    if (schema.kind !== "ref") return oagDocSchema(schema);
    return oagDocSchema(namedSchema(this.model, schema.target)?.schema ?? schema);
  }

  protected fromStringOrArray(schema: Schema, current: Example, name: string): Example {
    if (current !== null) return current;
    const s = this.resolveOnce(schema);
    const own = this.objectExample(s);
    if (own !== null) return own;
    if (this.isSimpleString(this.patternOfNamedSchema ? s : schema)) return parsed(`${name}_example`);
    if (s.kind === "array") {
      const itemExample = this.objectExample(s.items);
      if (itemExample !== null) return itemExample;
      if (this.isSimpleString(s.items)) return parsed(`${name}_example`);
    }
    return null;
  }

  /** A plain string: no date/date-time/byte/binary/Number format, and the schema given has no pattern. */
  protected isSimpleString(schema: Schema): boolean {
    const s = this.resolveOnce(schema);
    if (s.kind !== "string") return false;
    const f = s.format?.toLowerCase();
    const ownPattern = schema.kind === "string" ? schema.pattern : undefined;
    return f !== "date" && f !== "date-time" && f !== "number" && f !== "byte" && f !== "binary" && ownPattern === undefined;
  }
}

/**
 * The text of a string schema's example when it has none of its own, as python-prior's
 * toExampleValueRecursive writes it and TypeScriptClientCodegen's copy of it does: an example of
 * its pattern, else `a` repeated minLength times, else a fixed UUID for `format: uuid`, else
 * `string_example`. Each target quotes it its own way.
 */
export function stringExampleText(schema: Extract<Schema, { kind: "string" }>, format: string | undefined, patternExample: (pattern: string) => string): string {
  if (schema.pattern !== undefined && schema.pattern.trim() !== "") return patternExample(schema.pattern);
  if (schema.minLength !== undefined) return "a".repeat(schema.minLength);
  if (format === "uuid") return "046b6c7f-0b8a-43b9-b35d-6489e6daee91";
  return "string_example";
}
