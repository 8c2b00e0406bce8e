// Given/want tables for the escapes that put spec text into generated TypeScript.

import { describe, expect, it } from "vitest";
import { commentLines, commentText, isIdentifier, jsDoc, lineComment, propertyKey, tsString } from "../../../src/generators/typescript/client/escape.js";

describe("tsString", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["plain", '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ["back\\slash", '"back\\\\slash"'],
    ["line\nbreak\r\ttab", '"line\\nbreak\\r\\ttab"'],
    ["sep\u2028arator\u2029", '"sep\\u2028arator\\u2029"'],
    ["it's `${x}` */", '"it\'s `${x}` */"'],
    ["\u0000\u001f", '"\\u0000\\u001f"'],
    ["", '""'],
  ];
  for (const [given, want] of cases) {
    it(JSON.stringify(given), () => {
      expect(tsString(given)).toBe(want);
      expect(eval(want)).toBe(given); // the literal means exactly the text
    });
  }
});

describe("propertyKey / isIdentifier", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["name", "name"],
    ["_private", "_private"],
    ["$ref", "$ref"],
    ["x-rate limit", '"x-rate limit"'],
    ["+1", '"+1"'],
    ["1abc", '"1abc"'],
    ["a.b", '"a.b"'],
    ['q"uote', '"q\\"uote"'],
    ["", '""'],
    ["ünïcode", '"ünïcode"'],
  ];
  for (const [given, want] of cases) {
    it(JSON.stringify(given), () => {
      expect(propertyKey(given)).toBe(want);
      expect(isIdentifier(given)).toBe(want === given);
    });
  }
});

describe("comments", () => {
  const lines: readonly (readonly [string, readonly string[]])[] = [
    ["one line", ["one line"]],
    ["ends */ here", ["ends *\\/ here"]],
    ["a\nb\r\nc\rd", ["a", "b", "c", "d"]],
    ["x\u2028y\u2029z", ["x", "y", "z"]],
    ["trailing   \nspace\t", ["trailing", "space"]],
    ["/* opens and */ closes", ["/* opens and *\\/ closes"]],
  ];
  for (const [given, want] of lines) {
    it(`commentLines ${JSON.stringify(given)}`, () => expect(commentLines(given)).toEqual(want));
  }

  it("commentText joins lines", () => expect(commentText("a */\nb")).toBe("a *\\/ b"));
  it("lineComment flattens line terminators", () => expect(lineComment("a\nb\u2028c")).toBe("a b c"));

  const docs: readonly (readonly [readonly (string | undefined)[], readonly string[], string])[] = [
    [[undefined, ""], [], ""],
    [["Summary"], [], "/**\n * Summary\n */\n"],
    [["Summary", "Details */ more\n\nsecond"], ["@deprecated"], "/**\n * Summary\n *\n * Details *\\/ more\n *\n * second\n * @deprecated\n */\n"],
    [["\n\npadded\n\n"], [], "/**\n * padded\n */\n"],
  ];
  for (const [paragraphs, tags, want] of docs) {
    it(`jsDoc ${JSON.stringify(paragraphs)}`, () => expect(jsDoc("", paragraphs, tags)).toBe(want));
  }
  it("jsDoc indents every line", () => expect(jsDoc("    ", ["a\nb"])).toBe("    /**\n     * a\n     * b\n     */\n"));
});

describe("commentLines trims what `\\s+$` matched", () => {
  it("every UTF-16 unit, at a line's end and inside it", () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (/[\r\n\u2028\u2029]/.test(ch)) continue; // line breaks split the text first
      const line = `a${ch}b${ch}${ch}`;
      if (commentLines(line)[0] !== line.replace(/\s+$/, "")) differing.push(c);
    }
    expect(differing).toEqual([]);
  });
});
