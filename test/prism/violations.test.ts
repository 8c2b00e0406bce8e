// Prism's sl-violations header cut at 8 KB ("Too many violations! " and a cut JSON list): the
// judge reads the entries before the cut, request violations first as Prism lists them.

import { describe, expect, it } from "vitest";
import { violationList } from "./judge.js";

const entry = (where: string, i: number) => ({ location: [where, "body", `p${i}`], severity: "Error", code: "type", message: `must be string },{ ${i}` });

function cut(list: object[]): string {
  const text = JSON.stringify(list);
  return `Too many violations! ${text.slice(0, Math.floor(text.length * 0.6))}`;
}

describe("Prism's cut violation list", () => {
  it("reads a whole list as it is", () => {
    expect(violationList(JSON.stringify([entry("request", 1)]))).toHaveLength(1);
  });

  it("keeps the request's violations that precede the cut", () => {
    const list = violationList(cut([...Array.from({ length: 40 }, (_, i) => entry("request", i)), ...Array.from({ length: 40 }, (_, i) => entry("response", i))]));
    expect(list.filter((v) => v.location?.[0] === "request")).toHaveLength(40);
  });

  it("shows no request violation when the surviving entries are the response's", () => {
    const list = violationList(cut(Array.from({ length: 80 }, (_, i) => entry("response", i))));
    expect(list.filter((v) => v.location?.[0] === "request")).toEqual([]);
    expect(list.length).toBeGreaterThan(10);
  });

  it("refuses a cut list it cannot read", () => {
    expect(() => violationList("Too many violations! [{\"loc")).toThrow();
  });
});
