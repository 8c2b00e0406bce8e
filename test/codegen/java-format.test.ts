import { describe, expect, it } from "vitest";
import { bigDecimalText, javaDoubleString, oagValue } from "../../src/codegen/java-format.js";

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
