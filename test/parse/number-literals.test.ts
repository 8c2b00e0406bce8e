import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { floatBigDecimalText, javaFloatString, jsonNumberLiterals, scanJson, textForJsonParse, yamlNumberLiterals } from "../../src/parse/number-literals.js";

describe("float literals of integral numbers", () => {
  it("are found in JSON by pointer, outside strings only", () => {
    const text = '{"a": {"example": 10.0, "n": 10, "x": 0.5, "s": "10.0, 3.0e2"}, "list": [1, 2.0, {"k~/": 1e3}], "e\\"sc": -4.00}';
    expect([...jsonNumberLiterals(text)]).toEqual([
      ["/a/example", "10.0"],
      ["/list/1", "2.0"],
      ["/list/2/k~0~1", "1e3"],
      ['/e"sc', "-4.00"],
    ]);
  });

  it("cost nothing when the text has none", () => {
    expect(jsonNumberLiterals('{"a": 1, "b": "x"}').size).toBe(0);
  });

  it("are found in YAML from the scalars' source text", () => {
    const doc = parseDocument("a:\n  example: 10.0\n  n: 3\n  s: '4.0'\nlist: [1, 2.0]\n");
    expect([...yamlNumberLiterals(doc.contents)]).toEqual([
      ["/a/example", "10.0"],
      ["/list/1", "2.0"],
    ]);
  });
});

describe("integers beyond 2^53 (Jackson keeps their digits, JSON.parse rounds them)", () => {
  it("are found in JSON and YAML, and safe integers are not", () => {
    const text = '{"id": 76561198042467022, "n": -9007199254740993, "safe": 9007199254740991, "s": "76561198042467022"}';
    expect([...jsonNumberLiterals(text)]).toEqual([
      ["/id", "76561198042467022"],
      ["/n", "-9007199254740993"],
    ]);
    const doc = parseDocument("id: 76561198042467022\nsafe: 9007199254740991\nf: 10.0\n");
    expect([...yamlNumberLiterals(doc.contents)]).toEqual([
      ["/id", "76561198042467022"],
      ["/f", "10.0"],
    ]);
  });
});

describe("duplicate keys in JSON (JSON.parse keeps the last one silently)", () => {
  it("are found with the pointer and both offsets, outside strings only", () => {
    const text = '{"a": 1, "b": {"x": "\\"a\\": 2", "x": 3}, "a": 4}';
    const { duplicates } = scanJson(text);
    expect(duplicates.map((d) => [d.pointer, text.slice(d.offset, d.offset + 3), text.slice(d.firstOffset, d.firstOffset + 3)])).toEqual([
      ["/b/x", '"x"', '"x"'],
      ["/a", '"a"', '"a"'],
    ]);
    expect(duplicates[0]!.offset).toBeGreaterThan(duplicates[0]!.firstOffset);
  });

  it("are none in a document without them", () => {
    expect(scanJson('{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}').duplicates).toEqual([]);
  });

  it("are found among many keys, in sibling objects one after the other and at every depth", () => {
    // Past a few keys an object's keys go into a table; each object starts afresh.
    const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
    const object = (extra: string[]) => `{${[...keys, ...extra].map((k, i) => `"${k}": ${i}`).join(", ")}}`;
    const text = `{"first": ${object(["k3"])}, "second": ${object([])}, "third": {"p": 1, "q": 2, "p": ${object(["k19", "k0"])}}}`;
    expect(scanJson(text).duplicates.map((d) => d.pointer)).toEqual(["/first/k3", "/third/p", "/third/p/k19", "/third/p/k0"]);
    expect(Object.keys(JSON.parse(text).third.p)).toHaveLength(20);
  });

  it("compare the keys as written: escapes and prefixes are different keys", () => {
    // `a\"` (a, backslash, quote) and `a\\` (a, two backslashes) have the same length up to the quote.
    const text = '{"a\\"": 1, "a\\\\": 2, "ab": 3, "a": 4, "abc": 5, "a\\\\": 6}';
    expect(scanJson(text).duplicates.map((d) => d.pointer)).toEqual(["/a\\"]);
  });
});

describe("index-like keys in JSON (JSON.parse would move them to the front of their object)", () => {
  it("are found by the one scan and prefixed, keys only, so the parse keeps the written order", () => {
    // A value that looks like a key (`"200":` inside a string), a key with a leading zero and a
    // key of eleven digits are not index-like; `0` is.
    const text = '{"default": {"d": "\\"200\\": x"}, "404": 1, "0": 2, "007": 3, "12345678901": 4, "200" : [{"3": 5}]}';
    const { indexKeys } = scanJson(text);
    expect(indexKeys.map((at) => text.slice(at - 1, text.indexOf('"', at) + 1))).toEqual(['"404"', '"0"', '"200"', '"3"']);
    const parsed = JSON.parse(textForJsonParse(text, indexKeys)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["default", "\u0000404", "\u00000", "007", "12345678901", "\u0000200"]);
    expect(parsed["\u0000200"]).toEqual([{ "\u00003": 5 }]);
    expect(parsed.default).toEqual({ d: '"200": x' });
  });

  it("leave a text without them as it is", () => {
    const text = '{"a": {"b": [1, "2"]}}';
    expect(textForJsonParse(text, scanJson(text).indexKeys)).toBe(text);
  });
});

describe("javaFloatString / floatBigDecimalText (swagger-models' FloatProperty: Float.parseFloat, then Float.toString)", () => {
  it("prints the fewest digits that read back as the float, as Java does", () => {
    const cases: [number, string][] = [
      [0.1, "0.1"],
      [71, "71.0"],
      [1.23456789, "1.2345679"],
      [2 / 3, "0.6666667"],
      [1e10, "1.0E10"],
      [16777217, "1.6777216E7"],
      [3.4028235e38, "3.4028235E38"],
      [1.4e-45, "1.4E-45"],
      [0.001, "0.001"],
      [1e-4, "1.0E-4"],
      [1e39, "Infinity"],
      [-0, "-0.0"],
    ];
    for (const [value, text] of cases) expect(javaFloatString(value), String(value)).toBe(text);
  });
  it("is the BigDecimal of that text, none for Infinity", () => {
    expect(floatBigDecimalText(1e10)).toBe("1.0E+10");
    expect(floatBigDecimalText(71)).toBe("71.0");
    expect(floatBigDecimalText(1e39)).toBeUndefined();
  });
});
