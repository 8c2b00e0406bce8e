// Positions of JSON pointers: JSON text goes through the one-pass scanner (src/parse/json-offsets.ts),
// everything else through the YAML parser. The scanner must agree with the YAML parser's reading of
// the same JSON on every pointer of real specs, on pointers that do not exist (nearest ancestor),
// and on keys that need unescaping.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { childPointer } from "../../src/model/diagnostics.js";
import { jsonPointerOffsets } from "../../src/parse/json-offsets.js";
import { loadSpec } from "../../src/parse/load.js";
import { SourceMap } from "../../src/parse/source-map.js";
import { specFiles } from "../support/spec-files.js";

const ROOT = path.resolve(__dirname, "../..");

/** Every pointer of a JSON value, plus a missing child under each container. */
function pointersOf(value: unknown, pointer = "", out: string[] = []): string[] {
  out.push(pointer);
  if (Array.isArray(value)) {
    value.forEach((v, i) => pointersOf(v, childPointer(pointer, i), out));
    out.push(childPointer(pointer, value.length));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) pointersOf(v, childPointer(pointer, k), out);
    out.push(childPointer(pointer, "no such key"));
  }
  return out;
}

/** The same text read as YAML: a comment line first, so the JSON scanner does not take it. */
function viaYaml(text: string, pointers: readonly string[]): (string | undefined)[] {
  const map = new SourceMap(`#\n${text}`).positionsOf(pointers);
  return pointers.map((p) => {
    const pos = map.get(p);
    return pos && `${pos.line - 1}:${pos.column}`;
  });
}

function viaJson(text: string, pointers: readonly string[]): (string | undefined)[] {
  const map = new SourceMap(text).positionsOf(pointers);
  return pointers.map((p) => {
    const pos = map.get(p);
    return pos && `${pos.line}:${pos.column}`;
  });
}

describe("JSON pointer positions", () => {
  it.each(["fixtures/corpus/oas-examples/3.0/json/discriminators.json", "fixtures/corpus/oas-examples/2.0/json/petstore.json", "fixtures/corpus/oas-examples/3.1/json/schema-types.json"])(
    "%s: the scanner and the YAML parser agree on every pointer",
    (rel) => {
      const text = fs.readFileSync(path.join(ROOT, rel), "utf8");
      const pointers = pointersOf(JSON.parse(text));
      expect(pointers.length).toBeGreaterThan(100);
      expect(viaJson(text, pointers)).toEqual(viaYaml(text, pointers));
    },
  );

  it("unescapes keys, takes the first of duplicate keys, and reads compact and odd layouts", () => {
    const text = '{"a\\"b":{"x~y/z":[1,{"k":true}]},"200":null,"dup":1,"dup":[  ],\n  "esc\\u0041": "}"  ,"n":-1.5e3}';
    const pointers = ["/a\"b", "/a\"b/x~0y~1z/1/k", "/200", "/dup", "/escA", "/n", "/a\"b/x~0y~1z/7", ""];
    expect(viaJson(text, pointers)).toEqual(["1:2", "1:22", "1:34", "1:45", "2:3", "2:22", "1:10", "1:1"]);
    expect(viaJson(text, pointers)).toEqual(viaYaml(text, pointers));
  });

  it("gives up on text that is not JSON (the YAML parser reads it then)", () => {
    expect(jsonPointerOffsets("{ a: 1 }", ["/a"])).toBeUndefined();
    expect(jsonPointerOffsets('{"a": [1, 2', ["/a"])).toBeUndefined();
    expect(viaJson("{ a: 1, b: [x] }", ["/b/0"])).toEqual(["1:13"]);
  });
});

describe("JSON pointer positions in text known to be JSON", () => {
  it("stops reading once every pointer is found, with the same offsets", () => {
    const text = '{"a": {"b": [1, {"c": 2}]}, "d": "x", "e": [3, 4]}';
    const pointers = ["/a/b/1/c", "/d", "/a/b/0"];
    expect(jsonPointerOffsets(text, pointers, { knownJson: true })).toEqual(jsonPointerOffsets(text, pointers));
    // What follows the last pointer is not read: a broken tail does not matter then.
    expect(jsonPointerOffsets('{"a": 1, "b": [', ["/a"], { knownJson: true })).toEqual(new Map([["/a", 1]]));
    expect(jsonPointerOffsets('{"a": 1, "b": [', ["/a"])).toBeUndefined();
  });
});

// The loader records where the shallow members of JSON it parsed start, and on which line
// (number-literals.ts JsonScan.members); a pointer is then looked for from its member.
const MEMBERS_SPEC = [
  '{"openapi": "3.0.3",\r',
  '  "info": {"title": "Grüße 😀", "version": "1"},\r',
  '  "paths": {"/ä/{id}": {"get": {"responses": {"200": {"description": "nö 😀", "content": {}}}}},',
  '    "/a~b": {"post": {"tags": ["x", "y"], "responses": {"201": {"description": "✓"}}}}},',
  '  "components": {"schemas": {"größe": {"type": "object",',
  '      "properties": {"µ": {"type": "number"}, "b": {"type": "array", "items": {"type": "string"}}}},',
  '    "x/y": {"enum": [1, {"k": "\\\\"}]}}}}',
  "",
].join("\n");

const memberSpecs = specFiles("oaswright-source-members-", {
  "members.json": MEMBERS_SPEC,
  "duplicate.json": MEMBERS_SPEC.replace('"version": "1"', '"version": "1", "version": "2"'),
});

describe("JSON pointer positions from the members the loader recorded", () => {
  it.each([
    "fixtures/corpus/oas-examples/3.0/json/discriminators.json",
    "fixtures/corpus/oas-examples/2.0/json/petstore.json",
    "fixtures/conformance/databridges-python/spec/swagger_v5.1.0.json",
    "fixtures/conformance/debitura-python/spec/customer-api.json",
  ])("%s: every pointer where the whole-text scan places it", async (rel) => {
    const file = path.join(ROOT, rel);
    const loaded = await loadSpec(file);
    expect(loaded.sourceMap.members?.size).toBeGreaterThan(10);
    const text = fs.readFileSync(file, "utf8");
    const pointers = pointersOf(JSON.parse(text));
    const fromMembers = loaded.sourceMap.positionsOf(pointers);
    const whole = new SourceMap(text).positionsOf(pointers);
    expect(pointers.map((p) => fromMembers.get(p))).toEqual(pointers.map((p) => whole.get(p)));
  });

  it("counts lines from the member (CRLF line ends) and columns in the decoded text", async () => {
    const loaded = await loadSpec(memberSpecs.path("members.json"));
    expect([...loaded.sourceMap.members!.keys()]).toEqual([
      "/openapi", "/info", "/info/title", "/info/version", "/paths", "/paths/~1ä~1{id}", "/paths/~1ä~1{id}/get",
      "/paths/~1a~0b", "/paths/~1a~0b/post", "/components", "/components/schemas", "/components/schemas/größe", "/components/schemas/x~1y",
    ]);
    const pointers = pointersOf(JSON.parse(MEMBERS_SPEC));
    const fromMembers = loaded.sourceMap.positionsOf(pointers);
    const whole = new SourceMap(MEMBERS_SPEC).positionsOf(pointers);
    expect(pointers.map((p) => fromMembers.get(p))).toEqual(pointers.map((p) => whole.get(p)));
    expect(fromMembers.get("/components/schemas/größe/properties/µ/type")).toEqual({ line: 6, column: 28 });
    expect(fromMembers.get("/paths/~1ä~1{id}/get/responses/200/content")).toEqual({ line: 3, column: 79 });
  });

  it("reads only the member's value, and counts lines from the member's", () => {
    const text = '{"a": 1, "b": {"c": [true, {"d": null}]}}';
    const map = new SourceMap(text);
    map.knownJson = true;
    // The recorded line is taken as it is: the position below is counted from it.
    map.members = new Map([["/b", { offset: text.indexOf('"b"'), line: 40 }]]);
    expect(map.positionsOf(["/b/c/1/d", "/b", "/a"])).toEqual(
      new Map([
        ["/b/c/1/d", { line: 40, column: text.indexOf('"d"') + 1 }],
        ["/b", { line: 40, column: 10 }],
        ["/a", { line: 1, column: 2 }],
      ]),
    );
  });

  it("records none when a key is written twice (a pointer may name two places)", async () => {
    const loaded = await loadSpec(memberSpecs.path("duplicate.json"));
    expect(loaded.sourceMap.members?.size).toBe(0);
    expect(loaded.warnings.map((w) => [w.pointer, w.position])).toEqual([["/info/version", { line: 2, column: 49 }]]);
  });
});
