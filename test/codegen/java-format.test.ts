import { describe, expect, it } from "vitest";
import { bigDecimalText, exampleValue, javaDoubleString, javaToString, oagValue, type JavaHolder } from "../../src/codegen/java-format.js";
import { isJacksonObjectNode } from "../../src/codegen/oag-examples.js";
import type { ApiModel, JsonValue } from "../../src/model/ir.js";

describe("javaDoubleString (Java's Double.toString)", () => {
  it.each([
    [10, "10.0"],
    [0.5, "0.5"],
    [0, "0.0"],
    [-0, "-0.0"],
    [1234567, "1234567.0"],
    [1e7, "1.0E7"],
    [12345678.9, "1.23456789E7"],
    [0.001, "0.001"],
    [0.0001, "1.0E-4"],
    [-2.5e-5, "-2.5E-5"],
  ])("%s -> %s", (value, want) => {
    expect(javaDoubleString(value)).toBe(want);
  });
});

describe("bigDecimalText (new BigDecimal(node.asText()) of swagger-parser's getAnyType)", () => {
  it.each([
    // value, recorded literal, text
    [71, "71.0", "71.0"],
    [1000, "1e3", "1000.0"],
    [1e7, "1.0e7", "1.0E+7"],
    [1e7, "10000000.0", "1.0E+7"],
    [0, "0.0", "0.0"],
    [0, "-0.0", "0.0"],
    [76561198042467022, "76561198042467022", "76561198042467022"],
    // not integral: a float literal, not recorded
    [1.5, undefined, "1.5"],
    [0.0001, undefined, "0.00010"],
    [1.5e-7, undefined, "1.5E-7"],
    [12345678.5, undefined, "12345678.5"],
    // an integer literal: an IntNode/LongNode, its digits
    [71, undefined, "71"],
    [3000000000, undefined, "3000000000"],
  ])("%s (%s) -> %s", (value, literal, want) => {
    expect(bigDecimalText(value, literal)).toBe(want);
  });
});

describe("oagValue", () => {
  it("prints a number as the BigDecimal swagger-parser read and leaves other values alone", () => {
    expect(oagValue({ value: 10, literal: "10.0" })).toBe("10.0");
    expect(oagValue({ value: 1000, literal: "1e3" })).toBe("1000.0");
    expect(oagValue({ value: 1e7, literal: "1.0e7" })).toBe("1.0E+7");
    expect(oagValue({ value: 0.0001 })).toBe("0.00010");
    expect(oagValue({ value: 1.5 })).toBe(1.5);
    expect(oagValue({ value: 10 })).toBe(10);
    expect(oagValue({ value: "x" })).toBe("x");
    expect(oagValue({ value: 10, literal: "10.0", yaml11: false })).toBe(false);
  });
});

describe("integers beyond 2^53", () => {
  it("keep their literal digits in oagValue; other values are left alone", () => {
    expect(oagValue({ value: 76561198042467022, literal: "76561198042467022" })).toBe("76561198042467022");
    expect(oagValue({ value: 7 })).toBe(7);
  });
});

describe("javaToString by the Java object OAG holds the value in (JavaHolder)", () => {
  it.each<[JsonValue, JavaHolder, string]>([
    // a Jackson node's compact JSON (getAnyExample), a 3.1 copy's List/LinkedHashMap toString
    [["ADMIN", "EDITOR"], "parsed", '["ADMIN","EDITOR"]'],
    [["ADMIN", "EDITOR"], "java-collection", "[ADMIN, EDITOR]"],
    [{ a: 1, b: "x" }, "parsed", '{"a":1,"b":"x"}'],
    [{ a: 1, b: "x" }, "java-collection", "{a=1, b=x}"],
    // an `x-example` Map prints as JSON, as a parsed value
    [{ c: 2 }, "extension", '{"c":2}'],
    // scalars print their text whatever holds them
    ["x", "java-collection", "x"],
    [null, "parsed", "null"],
  ])("%j as %s -> %s", (value, holder, want) => {
    expect(javaToString(value, holder)).toBe(want);
  });

  it("exampleValue holds Example.fromCopy values as Java collections, others as parsed, none for null", () => {
    expect(exampleValue({ value: [1, 2], fromCopy: true })).toEqual({ value: [1, 2], holder: "java-collection" });
    expect(exampleValue({ value: [1, 2] })).toEqual({ value: [1, 2], holder: "parsed" });
    expect(exampleValue({ value: null })).toBeUndefined();
  });

  it("isJacksonObjectNode: a parsed 3.x object only (no copy, no x-example Map, no 2.0 example, no list)", () => {
    const model = (openapiVersion: string): ApiModel => ({ source: { openapiVersion } }) as unknown as ApiModel;
    expect(isJacksonObjectNode(model("3.0"), { value: { a: 1 }, holder: "parsed" })).toBe(true);
    expect(isJacksonObjectNode(model("3.1"), { value: { a: 1 }, holder: "java-collection" })).toBe(false);
    expect(isJacksonObjectNode(model("3.0"), { value: { a: 1 }, holder: "extension" })).toBe(false);
    expect(isJacksonObjectNode(model("2.0"), { value: { a: 1 }, holder: "parsed" })).toBe(false);
    expect(isJacksonObjectNode(model("3.0"), { value: [1], holder: "parsed" })).toBe(false);
    expect(isJacksonObjectNode(model("3.0"), null)).toBe(false);
  });
});
