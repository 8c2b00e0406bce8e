// UTF-8 JSON is read from its bytes (src/parse/load.ts readJsonBytes): the text is a one-byte string
// of the bytes, offsets count bytes. What the loader gives must be what reading the decoded text
// gives: the same document (characters beyond Latin-1 and surrogate pairs included), the same
// number literals by pointer, and positions whose columns count the decoded text's UTF-16 units.

import { describe, expect, it } from "vitest";
import { loadSpec } from "../../src/parse/load.js";
import { INDEX_KEY_PREFIX } from "../../src/parse/raw.js";
import { SourceMap } from "../../src/parse/source-map.js";
import { multiByteRuns } from "../../src/parse/utf8-bytes.js";
import { specFiles } from "../support/spec-files.js";

// Line 3 holds non-ASCII text before a duplicate key; `größe` is a key with a float literal under it;
// an emoji (a surrogate pair in UTF-16) sits in a description; the response codes are index-like.
const SPEC = [
  '{"openapi": "3.0.3", "info": {"title": "Grüße 😀", "version": "1"},',
  ' "paths": {"/ä": {"get": {"responses": {"404": {"description": "nö"}, "200": {"description": "ok"}}}}},',
  ' "components": {"schemas": {"größe": {"type": "number", "default": 10.0, "description": "µ 😀 ✓", "default": 2.50}}}}',
  "",
].join("\n");

const specs = specFiles("oaswright-json-bytes-", {
  "spec.json": SPEC,
  "bom.json": `\uFEFF${SPEC}`,
});

/** What reading the decoded text gives (the loader's reading before bytes): index-like keys prefixed. */
function parsedText(text: string): unknown {
  return JSON.parse(text.replace(/"(\d+)":/g, (_, key: string) => `${JSON.stringify(INDEX_KEY_PREFIX + key)}:`));
}

describe("UTF-8 JSON read from its bytes", () => {
  it("gives the document the decoded text gives, in the order written", async () => {
    const loaded = await loadSpec(specs.path("spec.json"));
    expect(loaded.root).toEqual(parsedText(SPEC));
    const responses = (((loaded.root.paths as Record<string, Record<string, Record<string, unknown>>>)["/ä"]!.get!.responses) as Record<string, unknown>);
    expect(Object.keys(responses)).toEqual([`${INDEX_KEY_PREFIX}404`, `${INDEX_KEY_PREFIX}200`]);
    expect((loaded.root.info as { title: string }).title).toBe("Grüße 😀");
  });

  it("keeps number literals under keys beyond ASCII, by their decoded pointer", async () => {
    const loaded = await loadSpec(specs.path("spec.json"));
    expect([...loaded.numberLiterals]).toEqual([["/components/schemas/größe/default", "10.0"]]);
  });

  it("places a duplicate key after multi-byte text at the column of the decoded text", async () => {
    const loaded = await loadSpec(specs.path("spec.json"));
    const line3 = SPEC.split("\n")[2]!;
    const column = line3.lastIndexOf('"default"') + 1;
    expect(loaded.warnings.map((w) => [w.pointer, w.position])).toEqual([["/components/schemas/größe/default", { line: 3, column }]]);
    expect(loaded.warnings[0]!.message).toBe("duplicate key: this value replaces the one at line 3");
  });

  it("places pointers under keys beyond ASCII as the decoded text does", async () => {
    const loaded = await loadSpec(specs.path("spec.json"));
    const pointers = ["/paths/~1ä/get/responses/200", "/components/schemas/größe/description", "/info/title"];
    const fromBytes = loaded.sourceMap.positionsOf(pointers);
    const fromText = new SourceMap(SPEC).positionsOf(pointers);
    for (const p of pointers) expect(fromBytes.get(p)).toEqual(fromText.get(p));
    expect(fromBytes.get("/components/schemas/größe/description")).toEqual({ line: 3, column: SPEC.split("\n")[2]!.indexOf('"description"') + 1 });
  });

  it("reads a file with a byte order mark as the same document at the same positions", async () => {
    const [plain, bom] = await Promise.all([loadSpec(specs.path("spec.json")), loadSpec(specs.path("bom.json"))]);
    expect(bom.root).toEqual(plain.root);
    expect(bom.warnings.map((w) => w.position)).toEqual(plain.warnings.map((w) => w.position));
  });
});

describe("multi-byte runs found a word at a time", () => {
  /** The runs by looking at every byte. */
  function naive(bytes: Uint8Array, from: number): number[] {
    const out: number[] = [];
    for (let i = from; i < bytes.length; ) {
      if (bytes[i]! < 0x80) {
        i++;
        continue;
      }
      const start = i;
      while (i < bytes.length && bytes[i]! >= 0x80) i++;
      out.push(start, i);
    }
    return out;
  }

  it("agree with a byte-by-byte look at every alignment, start and length", () => {
    // A fixed pseudo-random source: runs of every length at every place of a word.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const backing = new Uint8Array(400);
    for (let i = 0; i < backing.length; i++) backing[i] = next() % 5 === 0 ? 0x80 + (next() % 0x80) : 0x20 + (next() % 0x5f);
    for (let offset = 0; offset < 4; offset++) {
      for (const length of [0, 1, 3, 4, 5, 7, 8, 63, 200, 396]) {
        const bytes = backing.subarray(offset, offset + length);
        for (const from of [0, 1, 3]) expect(multiByteRuns(bytes, Math.min(from, length))).toEqual(naive(bytes, Math.min(from, length)));
      }
    }
    const ascii = new TextEncoder().encode("{\"a\": \"only ascii here, long enough for words\"}");
    expect(multiByteRuns(ascii)).toEqual([]);
    const end = new TextEncoder().encode("abcdefgh\u00e9");
    expect(multiByteRuns(end)).toEqual([8, 10]);
    // A view ending before the next aligned word of its own small buffer.
    expect(multiByteRuns(new Uint8Array([0x41, 0xc3, 0xa9]).subarray(1))).toEqual([0, 2]);
  });
});
