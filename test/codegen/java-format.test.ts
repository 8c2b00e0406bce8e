import { describe, expect, it } from "vitest";
import { exactValue, javaDoubleString, oagValue } from "../../src/codegen/java-format.js";

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

describe("oagValue", () => {
  it("prints a float literal as a double and leaves other values alone", () => {
    expect(oagValue({ value: 10, literal: "10.0" })).toBe("10.0");
    expect(oagValue({ value: 1000, literal: "1e3" })).toBe("1000.0");
    expect(oagValue({ value: 10 })).toBe(10);
    expect(oagValue({ value: "x" })).toBe("x");
  });
});

describe("integers beyond 2^53", () => {
  it("keep their literal digits in oagValue and exactValue; other values are left alone", () => {
    expect(oagValue({ value: 76561198042467022, literal: "76561198042467022" })).toBe("76561198042467022");
    expect(exactValue({ value: 76561198042467022, literal: "76561198042467022" })).toBe("76561198042467022");
    expect(exactValue({ value: 10, literal: "10.0" })).toBe(10);
    expect(exactValue({ value: 7 })).toBe(7);
  });
});
