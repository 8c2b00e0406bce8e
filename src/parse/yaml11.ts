// OpenAPI 3 documents are YAML 1.2, where a plain `off` is the string "off", and that is how
// oaswright reads them (the clients send and accept "off"). OpenAPI Generator's parser does not:
// from swagger-parser 2.0.31 (OAG 6.0.0) on, DeserializationUtils.readYamlTree loads YAML with
// SnakeYAML and its CustomResolver, which keeps YAML 1.1's implicit BOOL resolver; before that
// (OAG 5.x, swagger-parser 2.0.24 to 2.0.29, and earlier releases) Jackson's YAMLParser.
// _decodeScalar asked SnakeYAML's stock Resolver for the tag and took Tag.BOOL scalars through
// _matchYAMLBoolean, which maps every word the BOOL pattern admits. So in every release a plain
// `yes`/`no`/`on`/`off` (in the case forms below; not `y`/`n`, which the pattern does not admit,
// nor `oFF`) reaches OAG as a Boolean, and its docs print `false` where the spec says `off`
// (atlas-typescript 6.4.0: `caseFirst: {type: string, default: off}`, StringSchema.cast -> "false").
//
// The other YAML 1.1 forms of these resolvers read as YAML 1.2 does, or are numbers: `~`, `null`
// and the empty scalar are null in both; SnakeYAML's INT/FLOAT patterns also take `0755` (octal),
// `1_000`, `0b101` and sexagesimal `1:30`, which YAML 1.2 reads as other numbers or strings, and how
// OAG then decodes them depends on the release (Jackson's _decodeNumberScalar before 6.0.0, the
// SnakeYAML version's FLOAT pattern after): not recorded here, no corpus case has one.
//
// This records, per JSON pointer, the Boolean OAG read for each such scalar, for the doc views
// only (LiteralValue.yaml11); the IR values stay YAML 1.2.

import { yamlLib } from "./yaml-lib.js";

/** pointer -> the Boolean SnakeYAML's YAML 1.1 resolver reads a plain scalar as. */
export type Yaml11Booleans = ReadonlyMap<string, boolean>;

/** SnakeYAML's Resolver.BOOL less the forms YAML 1.2's core schema reads as booleans too. */
const YAML11_ONLY_BOOL = /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** The Boolean a plain scalar's text reads as in YAML 1.1 only, or undefined. */
export function yaml11Boolean(text: string): boolean | undefined {
  if (!YAML11_ONLY_BOOL.test(text)) return undefined;
  const lower = text.toLowerCase();
  return lower === "yes" || lower === "on";
}

/**
 * Whether the text may hold such a scalar (one of the words standing alone as a value, an item or
 * a key): a spec without one is not walked.
 */
export function mayHoldYaml11Booleans(text: string): boolean {
  return /(?:^|[\s[{,:])(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)[ \t]*(?:$|[\r\n,\]}#:])/m.test(text);
}

/**
 * The plain scalars of a parsed YAML document that YAML 1.1 reads as booleans, by pointer. An
 * alias takes its anchor's scalar, as SnakeYAML hands the anchored value itself. The path is kept
 * as a stack of tokens; a pointer string is built only for a hit.
 */
export function yaml11Booleans(contents: unknown, doc?: import("yaml").Document): Yaml11Booleans {
  const out = new Map<string, boolean>();
  const { isMap, isScalar, isSeq, isAlias, Scalar } = yamlLib();
  const path: string[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (seen.has(node)) return;
    if (isAlias(node) && doc !== undefined) {
      const target = node.resolve(doc);
      if (isScalar(target)) visit(target);
      return;
    }
    if (isMap(node)) {
      seen.add(node);
      for (const pair of node.items) {
        path.push(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
        visit(pair.value);
        path.pop();
      }
    } else if (isSeq(node)) {
      seen.add(node);
      node.items.forEach((item, i) => {
        path.push(String(i));
        visit(item);
        path.pop();
      });
    } else if (isScalar(node) && node.type === Scalar.PLAIN && typeof node.value === "string" && node.tag === undefined) {
      const value = yaml11Boolean(node.value);
      if (value !== undefined) out.set(path.map((t) => `/${t.replace(/~/g, "~0").replace(/\//g, "~1")}`).join(""), value);
    }
  };
  visit(contents);
  return out;
}
