// The judge's own style check (used where Prism throws on a request): the spellings of OAS 3.0.4's
// style examples pass, and a wrong delimiter, a missing prefix, a bare delimiter inside a value or
// a dropped item fail.

import { describe, expect, it } from "vitest";
import type { PlannedArg, PlannedCall } from "./plan.js";
import type { Json } from "./spec-doc.js";
import { styleMismatches } from "./style-check.js";

const ARRAY: Json = ["blue", "black", "brown"];
const OBJECT: Json = { R: 100, G: 200, B: 150 };

function call(kind: PlannedArg["kind"], style: string, explode: boolean, value: Json): PlannedCall {
  const arg: PlannedArg = { kind, wire: "color", name: "color", value, style, explode };
  return { id: "c", api: "A", method: "m", httpMethod: "GET", path: kind === "path" ? "/things/{color}" : "/things", operationPointer: "#/paths/~1things/get", args: [arg] };
}

function check(kind: PlannedArg["kind"], style: string, explode: boolean, value: Json, sent: string, headers: Record<string, string> = {}): string[] {
  const url = kind === "path" ? `http://127.0.0.1/base/things/${sent}` : `http://127.0.0.1/things${sent}`;
  return styleMismatches(call(kind, style, explode, value), new URL(url), headers);
}

describe("parameters checked against their OpenAPI style", () => {
  const pathCases: [string, boolean, Json, string][] = [
    ["simple", false, ARRAY, "blue,black,brown"],
    ["simple", false, OBJECT, "R,100,G,200,B,150"],
    ["simple", true, OBJECT, "R=100,G=200,B=150"],
    ["label", false, "blue", ".blue"],
    ["label", false, ARRAY, ".blue,black,brown"],
    ["label", true, ARRAY, ".blue.black.brown"],
    ["label", false, OBJECT, ".R,100,G,200,B,150"],
    ["label", true, OBJECT, ".R=100.G=200.B=150"],
    ["matrix", false, "blue", ";color=blue"],
    ["matrix", false, ARRAY, ";color=blue,black,brown"],
    ["matrix", true, ARRAY, ";color=blue;color=black;color=brown"],
    ["matrix", false, OBJECT, ";color=R,100,G,200,B,150"],
    ["matrix", true, OBJECT, ";R=100;G=200;B=150"],
  ];
  for (const [style, explode, value, sent] of pathCases) {
    it(`path ${style}${explode ? " explode" : ""} ${JSON.stringify(value)} as ${sent}`, () => {
      expect(check("path", style, explode, value, sent)).toEqual([]);
    });
  }

  it("path: a wrong spelling fails", () => {
    expect(check("path", "label", true, ARRAY, ".blue,black,brown")).toHaveLength(1);
    expect(check("path", "label", false, "blue", "blue")).toHaveLength(1);
    expect(check("path", "matrix", true, OBJECT, ";color=R,100,G,200,B,150")).toHaveLength(1);
    expect(check("path", "simple", false, ARRAY, "blue,black")).toHaveLength(1);
    // A comma inside a value must be escaped, or the server reads two items.
    expect(check("path", "simple", false, ["a,b", "c"], "a,b,c")).toHaveLength(1);
    expect(check("path", "simple", false, ["a,b", "c"], "a%2Cb,c")).toEqual([]);
  });

  it("query styles", () => {
    expect(check("query", "form", true, ARRAY, "?color=blue&color=black&color=brown")).toEqual([]);
    expect(check("query", "form", false, ARRAY, "?color=blue,black,brown")).toEqual([]);
    expect(check("query", "form", true, OBJECT, "?R=100&G=200&B=150")).toEqual([]);
    expect(check("query", "form", false, OBJECT, "?color=R,100,G,200,B,150")).toEqual([]);
    expect(check("query", "spaceDelimited", false, ARRAY, "?color=blue%20black%20brown")).toEqual([]);
    expect(check("query", "spaceDelimited", false, OBJECT, "?color=R%20100%20G%20200%20B%20150")).toEqual([]);
    expect(check("query", "pipeDelimited", false, ARRAY, "?color=blue|black|brown")).toEqual([]);
    expect(check("query", "pipeDelimited", false, OBJECT, "?color=R%7C100%7CG%7C200%7CB%7C150")).toEqual([]);
    expect(check("query", "deepObject", true, OBJECT, "?color%5BR%5D=100&color[G]=200&color[B]=150")).toEqual([]);
    expect(check("query", "form", false, "a b", "?color=a+b")).toEqual([]);
  });

  it("query: a wrong spelling fails", () => {
    expect(check("query", "form", true, ARRAY, "?color=blue,black,brown")).toHaveLength(1);
    expect(check("query", "pipeDelimited", false, ARRAY, "?color=blue,black,brown")).toHaveLength(1);
    expect(check("query", "form", false, OBJECT, "?R=100&G=200&B=150")).toHaveLength(1);
    expect(check("query", "deepObject", true, OBJECT, "?color[R]=100&color[G]=200")).toHaveLength(1);
    expect(check("query", "form", true, "blue", "")).toHaveLength(1);
  });

  it("headers, and equal numbers and instants", () => {
    expect(check("header", "simple", false, ARRAY, "", { color: "blue,black,brown" })).toEqual([]);
    expect(check("header", "simple", true, OBJECT, "", { color: "R=100,G=200,B=150" })).toEqual([]);
    expect(check("header", "simple", false, OBJECT, "", { color: "R=100,G=200,B=150" })).toHaveLength(1);
    expect(check("header", "simple", false, ARRAY, "", {})).toHaveLength(1);
    expect(check("query", "form", true, 1.5, "?color=1.50")).toEqual([]);
    expect(check("query", "form", true, "2024-01-02T03:04:05Z", "?color=2024-01-02T04%3A04%3A05%2B01%3A00")).toEqual([]);
  });
});
