// A 3.1 anyOf's members as OpenAPI Generator's normalizer leaves them before processSimplifyAnyOf
// asks isNullTypeSchema (src/parse/schema.ts withoutNullType31, emptiedBy31Normalizer): normalizeAnyOf
// normalizes the members first, and processNormalize31Spec takes `null` out of a member's types. So
// from 7.3.0 (types read, 64c763b87a) to 7.4.x `{type: 'null'}` is no null type and the anyOf stays:
// an inline one becomes a model named by its title (HIRO-MicroDataCenters-BV/ds-catalog 0f8e030,
// python 7.3.0, case dscatalog-python-7-3); from 7.5.0 (03af25ce34) its `nullable: true` makes it
// one. A `$ref` member is never normalized (normalizeSchema returns it) and never a null type here.

import { describe, expect, it } from "vitest";
import { parseSpec } from "../../src/parse/index.js";
import { DEFAULT_INLINE_OPTIONS } from "../../src/parse/inline.js";
import type { Schema } from "../../src/model/ir.js";
import { specFiles } from "../support/spec-files.js";

const spec = `openapi: 3.1.0
info: { title: Nulls, version: "1" }
paths: {}
components:
  schemas:
    A: { type: object, properties: { a: { type: string } } }
    B: { type: object, properties: { b: { type: string } } }
    Either:
      anyOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }]
    Thing:
      type: object
      properties:
        size:
          anyOf: [{ type: integer }, { type: "null" }]
          title: Size
        other:
          anyOf: [{ $ref: "#/components/schemas/A" }, { type: "null" }]
`;

const specs = specFiles("oaswright-nullmember31-", { "spec.yaml": spec });

/** A schema as `kind`, `?` when nullable, a composition's anyOf members in brackets. */
function show(s: Schema): string {
  const members = s.kind === "composed" ? `[${s.anyOf.map(show).join(",")}]` : "";
  const target = s.kind === "ref" ? `:${s.target}` : "";
  return `${s.kind}${target}${s.nullable ? "?" : ""}${s.kind === "any" && s.emptyComposition ? `(${s.emptyComposition})` : ""}${members}`;
}

async function read(oagVersion: string): Promise<Record<string, string>> {
  const { model } = await parseSpec(specs.path("spec.yaml"), { validate: "off", inline: { ...DEFAULT_INLINE_OPTIONS, oagVersion } });
  const out: Record<string, string> = {};
  for (const m of model.schemas) {
    if (m.schema.kind === "object" && m.name === "Thing") for (const p of m.schema.properties) out[`Thing.${p.name}`] = show(p.schema);
    else if (m.name !== "A" && m.name !== "B") out[m.name] = show(m.schema);
  }
  return out;
}

describe("3.1 anyOf members after NORMALIZE_31SPEC", () => {
  it("7.3.0-7.4.x keep a `type: null` member: the anyOf is a model of its own", async () => {
    const v73 = await read("7.3.0");
    expect(v73).toEqual({
      Either: "composed[ref:A,ref:B]",
      "Thing.size": "ref:Size",
      "Thing.other": "ref:Thing_other",
      Size: "composed[integer,any?]",
      Thing_other: "composed[ref:A,any?]",
    });
    expect(await read("7.4.0")).toEqual(v73);
  });

  it("before 7.3.0 and from 7.5.0 the member is a null type; a `$ref` member never is", async () => {
    const expected = { Either: "composed[ref:A,ref:B]", "Thing.size": "integer?", "Thing.other": "ref:A?" };
    expect(await read("7.2.0")).toEqual(expected);
    expect(await read("7.5.0")).toEqual(expected);
    expect(await read("7.8.0")).toEqual(expected);
    expect(await read("7.13.0")).toEqual(expected);
  });
});

// normalizeOneOf normalized the members before processSimplifyOneOf too until ad6c2dd2b7 (#19781,
// 7.9.0) made it simplify first (OpenAPINormalizer.normalizeOneOf at the 7.3.0 release d617b46c86,
// 03af25ce34, fad33dfebf): at 7.3.0-7.4.x a 3.1 oneOf keeps its `{type: 'null'}` member as the anyOf
// does (NormalizerRules.oneOfSimplifiedFirst, BuildContext.oneOfMembersFirst).
const oneOfSpec = `openapi: 3.1.0
info: { title: Nulls, version: "1" }
paths: {}
components:
  schemas:
    A: { type: object, properties: { a: { type: string } } }
    Thing:
      type: object
      properties:
        size:
          oneOf: [{ type: integer }, { type: "null" }]
          title: Size
        other:
          oneOf: [{ $ref: "#/components/schemas/A" }, { type: "null" }]
`;

const oneOfSpecs = specFiles("oaswright-nullmember31-oneof-", { "spec.yaml": oneOfSpec });

function showOneOf(s: Schema): string {
  const members = s.kind === "composed" ? `[${s.oneOf.map(showOneOf).join(",")}]` : "";
  const target = s.kind === "ref" ? `:${s.target}` : "";
  return `${s.kind}${target}${s.nullable ? "?" : ""}${members}`;
}

async function readOneOf(oagVersion: string): Promise<Record<string, string>> {
  const { model } = await parseSpec(oneOfSpecs.path("spec.yaml"), { validate: "off", inline: { ...DEFAULT_INLINE_OPTIONS, oagVersion } });
  const out: Record<string, string> = {};
  for (const m of model.schemas) {
    if (m.schema.kind === "object" && m.name === "Thing") for (const p of m.schema.properties) out[`Thing.${p.name}`] = showOneOf(p.schema);
    else if (m.name !== "A") out[m.name] = showOneOf(m.schema);
  }
  return out;
}

describe("3.1 oneOf members after NORMALIZE_31SPEC (normalized first before 7.9.0)", () => {
  it("7.3.0-7.4.x keep a `type: null` member: the oneOf is a model of its own", async () => {
    const v73 = await readOneOf("7.3.0");
    expect(v73).toEqual({ "Thing.size": "ref:Size", "Thing.other": "ref:Thing_other", Size: "composed[integer,any?]", Thing_other: "composed[ref:A,any?]" });
    expect(await readOneOf("7.4.0")).toEqual(v73);
  });

  it("before 7.3.0 and from 7.5.0 the member is a null type", async () => {
    const expected = { "Thing.size": "integer?", "Thing.other": "ref:A?" };
    for (const v of ["7.2.0", "7.5.0", "7.8.0", "7.9.0", "7.13.0"]) expect(await readOneOf(v), v).toEqual(expected);
  });
});
