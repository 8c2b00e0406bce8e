// The reader for plain YAML (src/parse/yaml-simple.ts) against the yaml library: on every YAML
// file of fixtures/, on the JSON specs of fixtures/ written out as YAML, and on hand-made texts,
// it either gives up or gives exactly what the library gives (values, key order with typed keys,
// number sources, duplicate keys with their offsets).

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseDocument, stringify } from "yaml";
import { yamlNumberLiterals } from "../../src/parse/number-literals.js";
import { readSimpleYaml } from "../../src/parse/yaml-simple.js";

const ROOT = path.resolve(__dirname, "..", "..");

function filesUnder(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && ext.test(e.name)).map((e) => path.join(e.parentPath, e.name)).sort();
}

/** What the loader took from the library before: value (Maps), number sources, duplicate keys. */
function byLibrary(text: string): { value: unknown; literals: [string, string][]; duplicates: { pointer: string; offset: number; firstOffset: number }[] } | undefined {
  const doc = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
  if (doc.errors.length > 0) return undefined;
  const duplicates: { pointer: string; offset: number; firstOffset: number }[] = [];
  const visit = (node: unknown, at: string): void => {
    if (isMap(node)) {
      const first = new Map<string, number | undefined>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const offset = (pair.key as { range?: [number, number, number] } | null)?.range?.[0];
        const pointer = `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        if (first.has(key) && key !== "<<") duplicates.push({ pointer, offset: offset!, firstOffset: first.get(key)! });
        else first.set(key, offset);
        visit(pair.value, pointer);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => visit(item, `${at}/${i}`));
  };
  visit(doc.contents, "");
  return { value: doc.toJS({ mapAsMap: true, maxAliasCount: 10_000 }), literals: [...yamlNumberLiterals(doc.contents)], duplicates };
}

/** Maps as entry lists, so that toEqual also compares key order and key types. */
function plain(value: unknown): unknown {
  if (value instanceof Map) return { map: [...value].map(([k, v]) => [k, plain(v)]) };
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function agree(text: string): "read" | "gave up" {
  const fast = readSimpleYaml(text);
  if (fast === undefined) return "gave up";
  const lib = byLibrary(text);
  expect(lib, "the reader read a text the library rejects").toBeDefined();
  expect(plain(fast.value)).toEqual(plain(lib!.value));
  expect([...fast.literals]).toEqual(lib!.literals);
  expect(fast.duplicates.map(({ pointer, offset, firstOffset }) => ({ pointer, offset, firstOffset }))).toEqual(lib!.duplicates);
  return "read";
}

describe("the plain YAML reader agrees with the yaml library", () => {
  const yamlFiles = filesUnder(path.join(ROOT, "fixtures"), /\.ya?ml$/);
  it(`on the ${yamlFiles.length} YAML files of fixtures/, reading most of them itself`, () => {
    let read = 0;
    for (const file of yamlFiles) {
      const text = fs.readFileSync(file, "utf8");
      try {
        if (agree(text) === "read") read++;
      } catch (err) {
        throw new Error(`${path.relative(ROOT, file)}: ${(err as Error).message}`);
      }
    }
    expect(read).toBeGreaterThan(yamlFiles.length / 2);
  });

  const jsonFiles = filesUnder(path.join(ROOT, "fixtures"), /\.json$/).filter((f) => fs.statSync(f).size < 3_000_000);
  it(`on the JSON files of fixtures/ written as YAML (${jsonFiles.length} files, two styles)`, () => {
    let read = 0;
    let tried = 0;
    for (const file of jsonFiles) {
      let value: unknown;
      try {
        value = JSON.parse(fs.readFileSync(file, "utf8"));
      } catch {
        continue;
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) continue;
      for (const options of [{}, { indentSeq: false, lineWidth: 40, defaultStringType: "QUOTE_DOUBLE" as const, defaultKeyType: "PLAIN" as const }]) {
        tried++;
        const text = stringify(value, options);
        try {
          if (agree(text) === "read") read++;
        } catch (err) {
          throw new Error(`${path.relative(ROOT, file)} ${JSON.stringify(options)}: ${(err as Error).message}`);
        }
      }
    }
    expect(read).toBeGreaterThan(tried / 2);
  });

  it.each([
    ["scalars of every core type", "a: 1\nb: -2\nc: 0x1F\nd: 0o17\ne: 1.5\nf: 10.0\ng: 1e3\nh: .inf\ni: -.Inf\nj: .nan\nk: true\nl: False\nm: ~\nn: null\no:\np: 1.0.0\nq: 2024-01-01\nr: +7\ns: 0xE0\nt: '10.0'\nu: \"x\\ty\\u00e9\"\n"],
    ["keys of every type, kept in order", "200: a\n\"200\": b\ntrue: c\n1.0: d\nnull: e\nz: f\n"],
    ["duplicate keys, nested ones in the replaced value too", "a:\n  x: 1\n  x: 2\nb: 1\na:\n  y: 10.0\n"],
    ["sequences, compact and indented, of mappings", "list:\n- a\n- b: 1\n  c: 2\n-\n  d: 3\nother:\n  - x\n  -   y: 1\n      z: 2\n"],
    ["block scalars", "a: |\n  line 1\n\n    indented\n  # not a comment\nb: >\n  folded\n  text\n\n  para\nc: |-\n  strip\nd: >-\n  x\n\n\ne: |\nf: 1\n"],
    ["multi-line plain scalars", "a: one\n  two\n\n  three\nb:\n  on the next line\n  and on\nc: x # comment\n"],
    ["flow collections", "a: []\nb: {}\nc: [1, 'two', \"three\", 4.0]\nd: {x: 1, 'y': [a, b], z: {w: null}}\n"],
    ["flow mappings in flow sequences, trailing commas", "e: [a: 1]\nf: [a, ]\n"],
    ["a sequence in a sequence", "l:\n- - nested\n"],
    ["quoted keys and values", "'a''b': 'c''d'\n\"k\": \"v # not a comment\"\nx: \"a\\\"b\"\n"],
    ["comments and a document start", "--- # start\n# comment\na: 1 # one\n  # indented comment\nb:\n  # before\n  c: 2\n"],
    ["what the reader leaves to the library", "a: &x 1\nb: *x\nc: !!str 1\n? d\n: e\nf: \"multi\n  line\"\ng: [1,\n  2]\n"],
    ["multi-line quoted scalars", "a: \"one\n  two\n\n  three \\\n  four\"\nb: 'x\n  y''s\n\n\n  z'\nc:\n  - \"in a\n    list\"\n  - k: 'v\n      w' # after\nd: \"\n  leading\"\n"],
    ["escapes", "a: \"\\x41\\U0001F600\\N\\_\\e\\a\\v\\L\\P\\ \\/\"\n"],
    ["an unknown escape", "b: \"\\q\"\n"],
    ["spacing, URLs and colons in plain scalars", "a:    value   # c\nb: http://example.com/x?y=1#frag\nc: b:c\nd: -1.0\n"],
    ["a sequence after a key on its line", "e: - x\n"],
    ["values that end a line with a colon", "a: b:\n"],
    ["a key with spaces before its colon", "a  : 1\n"],
    ["keep chomping and explicit indentation", "a: |+\n  x\n\nb: |2\n   y\n"],
    ["block scalars in lists and with comments around", "l:\n  - |\n    one\n    # two\n  - >-\n    three\n    four\n# after\nm: 1\n"],
    ["unterminated quotes", "a: \"open\nb: 1\n"],
    ["under-indented continuation", "a:\n  b: \"x\n  y\"\n"],
    ["a comment between a key and its block", "a:\n  # c\n  b: 1\n  # d\n  c:\n    # e\n    - 1.50\n    - 2.0\n"],
    ["invalid YAML", "a: 1\n  b: 2\n"],
    ["more invalid YAML", "a:\n  - x\n  y: 1\n"],
    ["a list at the top", "- a\n- b\n"],
  ])("%s", (name, text) => {
    const outcome = agree(text);
    const leftToLibrary = ["what the reader leaves to the library", "flow mappings in flow sequences, trailing commas", "a sequence in a sequence", "an unknown escape", "a sequence after a key on its line", "invalid YAML", "more invalid YAML", "a list at the top", "unterminated quotes", "under-indented continuation", "keep chomping and explicit indentation", "values that end a line with a colon", "a key with spaces before its colon"];
    expect(outcome).toBe(leftToLibrary.includes(name) ? "gave up" : "read");
  });
});
