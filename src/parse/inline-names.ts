// Naming and signature helpers of the inline-schema planner (src/parse/inline.ts), reproducing
// what OpenAPI Generator's InlineModelResolver does with names:
//
// - sanitizeName: a leading digit gets a `_` in front, then every character outside [A-Za-z0-9]
//   becomes `_` (`12.schema.User name` -> `_12_schema_User_name`);
// - resolveModelName: the sanitized `title` wins over the computed name unless it is made of
//   underscores only; without either the name is `inline_object`;
// - uniqueName: `Name`, `Name_1`, `Name_2`, ... the first that is neither a schema of the
//   document nor a name already handed out. Asking for a unique name reserves nothing: only a
//   schema actually added takes its name.
// - signatures: OAG reuses an earlier inline model when the new one serializes to the same JSON
//   (Jackson with bean properties sorted alphabetically; map entries such as `properties` keep
//   their order). `signatureOf` builds an equivalent canonical text.

import { isHandle, isList, type Nodes } from "./inline-normalizer.js";

export function sanitizeName(name: string): string {
  // Most names (`Pet_tags_inner`) need no change: the regular expressions are skipped for them.
  if (isPlainName(name)) return name;
  // Java's regexes work on code points, so a character outside the BMP becomes one `_`.
  return name.replace(/^[0-9]/u, "_$&").replace(/[^A-Za-z0-9]/gu, "_");
}

/** Only ASCII letters, digits and `_`, not starting with a digit: sanitizeName leaves it as it is. */
function isPlainName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
    if (!letter && !(i > 0 && c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}

/** The model names in use: the document's schemas plus every name handed to an inline schema. */
export class NameTable {
  private readonly taken = new Set<string>();

  constructor(existing: Iterable<string>) {
    for (const name of existing) this.taken.add(name);
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }

  add(name: string): void {
    this.taken.add(name);
  }

  /** OAG's uniqueName: `name`, else `name_1`, `name_2`, ... (reserves nothing). */
  unique(name: string): string {
    if (!this.taken.has(name)) return name;
    for (let count = 1; ; count++) {
      const candidate = `${name}_${count}`;
      if (!this.taken.has(candidate)) return candidate;
    }
  }

  /** OAG's resolveModelName(title, computed). */
  resolve(title: unknown, computed: string | undefined): string {
    if (typeof title === "string" && sanitizeName(title).replace(/_/g, "") !== "") return this.unique(sanitizeName(title));
    return this.unique(computed === undefined ? "inline_object" : sanitizeName(computed));
  }
}

/**
 * Keys whose value holds schemas, by how it holds them: a map from names to schemas (its entries
 * keep document order), one schema, or a list of schemas. One table, asked once per key.
 */
const SCHEMA_KEYS = new Map<string, "map" | "value" | "list">([
  ...(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"] as const).map((key) => [key, "map"] as const),
  ...(
    [
      "items",
      "additionalProperties",
      "not",
      "contains",
      "propertyNames",
      "if",
      "then",
      "else",
      "unevaluatedItems",
      "unevaluatedProperties",
      "contentSchema",
      "additionalItems",
    ] as const
  ).map((key) => [key, "value"] as const),
  ...(["allOf", "anyOf", "oneOf", "prefixItems"] as const).map((key) => [key, "list"] as const),
]);

/**
 * Canonical JSON of a (working-copy) schema: schema keywords sorted, vendor extensions after them
 * in document order (Jackson writes the any-getter map last), maps of schemas and plain JSON
 * values in document order. Two schemas get the same signature exactly when OAG's
 * structure-mapper JSON would be the same.
 */
/**
 * The literal text a number of the spec was written with, where it matters (`0.0`), for a schema
 * node and one of its keys; undefined for any other.
 */
export type NumberLiteralOf = (node: object, key: string) => string | undefined;

/** How a release's InlineModelResolver serializes a schema for matchGenerated (see signatureOf). */
export interface SignatureRules {
  /** A 3.1 `$ref` with siblings is `{siblings, allOf: [{$ref}]}` (RefSchema.siblingsAllOf31, 7.18.0 on); else the `$ref` alone. */
  readonly refSiblingsAllOf: boolean;
  /**
   * The structural signature (InlineModelResolver's second lookup, #23856, 7.23.0): `description`,
   * `type` and `example` left out at every level.
   */
  readonly structural?: boolean;
}

/**
 * @param schema the schema as the planner holds it, read through `nodes` (see inline-normalizer.ts Handle)
 *
 * A `$ref` schema is its `$ref` alone: swagger-core's SchemaSerializer writes nothing else of a
 * schema with a `$ref` (in every release). From 7.18.0 a 3.1 `$ref` with siblings is no `$ref`
 * schema any more when the resolver sees it: the normalizer made it `{siblings, allOf: [{$ref}]}`
 * (RefSchema.siblingsAllOf31), which serializes with its siblings (`summary` too, an extension).
 */
export function signatureOf(schema: unknown, is31: boolean, nodes: Nodes, literalOf?: NumberLiteralOf, rules: SignatureRules = NO_RULES): string {
  return writeSchema(schema, { is31, refSiblingsAllOf: is31 && rules.refSiblingsAllOf, drop: rules.structural === true ? STRUCTURAL_DROPS : undefined, nodes, literalOf });
}

const NO_RULES: SignatureRules = { refSiblingsAllOf: false };
/** What #23856's structural mapper leaves out (a Jackson MixIn on Schema: @JsonIgnoreProperties). */
const STRUCTURAL_DROPS = new Set(["description", "type", "example"]);

interface WriteRules {
  /** A 3.1 schema keeps every keyword; a 3.0 schema only OAS30_KEYWORDS. */
  readonly is31: boolean;
  readonly refSiblingsAllOf: boolean;
  readonly drop: ReadonlySet<string> | undefined;
  readonly nodes: Nodes;
  readonly literalOf: NumberLiteralOf | undefined;
}

/** What swagger-parser keeps of a 3.0 schema (anything else is dropped with a warning). */
const OAS30_KEYWORDS = new Set([
  "title",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxProperties",
  "minProperties",
  "required",
  "type",
  "not",
  "properties",
  "additionalProperties",
  "description",
  "format",
  "$ref",
  "nullable",
  "readOnly",
  "writeOnly",
  "example",
  "externalDocs",
  "deprecated",
  "xml",
  "discriminator",
  "enum",
  "default",
  "allOf",
  "anyOf",
  "oneOf",
  "items",
]);

/**
 * A schema as OAG's InlineModelResolver compares two (matchGenerated: Json.pretty of each). The
 * shape: {"S":[[key, value], ..., ["x-", [[extension, value], ...]]]}, with {"{}": [[key, value],
 * ...]} for a map, {"[]": [...]} for a list and {"#": literal} for a number whose literal matters.
 * A number written `0.0` is a double there (swagger-core NumberSchema: a BigDecimal of scale 1) and
 * prints so, unlike one written `0`: such a literal stays apart (tebexcheckout 7.5.0:
 * PaymentSubject.price with `example: 0` is no reuse of Payment.fees.tax with `example: 0.0`).
 *
 * The text is built by concatenation (V8 flattens it once, when the signature is looked up):
 * planning GitHub's spec writes 3,300 signatures, ~3 MB, and pushing ~600,000 pieces into a list
 * joined at the end took ~30% more instructions (callgrind, 505 against ~385 M per pass).
 */
function writeSchema(schema: unknown, rules: WriteRules): string {
  if (!isHandle(schema)) return jsonText(schema);
  const nodes = rules.nodes;
  let node = nodes.view(schema);
  if (typeof node.$ref === "string") {
    const wrapped = rules.refSiblingsAllOf && Object.keys(node).some((key) => key !== "$ref" && node[key] !== undefined);
    if (!wrapped) return `{"S":[["$ref",${JSON.stringify(node.$ref)}]]}`;
    const { $ref, ...siblings } = node;
    node = { ...siblings, allOf: [{ $ref }] };
  }
  const keys: string[] = [];
  let extensions: string[] | undefined;
  for (const key of Object.keys(node)) {
    if (key.startsWith("x-")) (extensions ??= []).push(key);
    else if (node[key] !== undefined && (rules.is31 || OAS30_KEYWORDS.has(key)) && rules.drop?.has(key) !== true) keys.push(key);
  }
  keys.sort();
  let out = '{"S":[';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = node[key];
    out += (i === 0 ? "[" : ",[") + quoted(key) + ",";
    const holds = SCHEMA_KEYS.get(key);
    if (holds === "map" && isHandle(value)) {
      const map = nodes.view(value);
      out += '{"{}":[';
      let first = true;
      for (const name of Object.keys(map)) {
        out += (first ? "[" : ",[") + JSON.stringify(name) + "," + writeSchema(map[name], rules) + "]";
        first = false;
      }
      out += "]}";
    } else if (holds === "value") {
      out += writeSchema(value, rules);
    } else if (holds === "list" && isList(value)) {
      const list = nodes.viewList(value);
      out += '{"[]":[';
      for (let j = 0; j < list.length; j++) out += (j > 0 ? "," : "") + writeSchema(list[j], rules);
      out += "]}";
    } else if (key === "required" && Array.isArray(value) && value.every((name) => typeof name === "string")) {
      // swagger-models' Schema.setRequired sorts the names (Collections.sort: UTF-16 code units, as
      // JS's default sort), so two objects listing them in other orders serialize alike
      // (openapi-openai 6de4d55b, python 7.18.0: ChatCompletionResponseMessage.function_call,
      // `required: [name, arguments]`, is typed ChatCompletionRequestAssistantMessageFunctionCall,
      // `required: [arguments, name]`).
      out += canonicalJson([...(value as string[])].sort());
    } else if (typeof value === "number" && rules.literalOf?.(schema, key) !== undefined) {
      out += `{"#":${JSON.stringify(rules.literalOf(schema, key))}}`;
    } else {
      out += canonicalJson(value);
    }
    out += "]";
  }
  if (extensions !== undefined) {
    out += (keys.length === 0 ? '["x-",[' : ',["x-",[') + extensions.map((k) => `[${quoted(k)},${canonicalJson(node[k])}]`).join(",") + "]]";
  }
  return out + "]}";
}

/** JSON.stringify of a key, remembered (up to a thousand keys): the same few keywords are quoted for every schema. */
function quoted(key: string): string {
  let text = QUOTED.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    if (QUOTED.size < 1000) QUOTED.set(key, text);
  }
  return text;
}

const QUOTED = new Map<string, string>();

/** Plain JSON values: lists and maps (entries in document order) marked as such, as in canonicalSchema. */
function canonicalJson(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `{"[]":[${value.map(canonicalJson).join(",")}]}`;
  if (isPlainObject(value)) return `{"{}":[${Object.entries(value).map(([k, v]) => `[${JSON.stringify(k)},${canonicalJson(v)}]`).join(",")}]}`;
  return jsonText(value);
}

/** JSON text of a value; `null` for what JSON has no text for (undefined), as in a list. */
function jsonText(value: unknown): string {
  return JSON.stringify(value) ?? "null";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
