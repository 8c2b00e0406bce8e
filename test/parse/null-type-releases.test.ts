// OpenAPI Generator's isNullTypeSchema by release (src/parse/null-type.ts): which oneOf/anyOf members
// its normalizer removes as null types, making the schema nullable. Five versions, read at the release
// commits: 7.0.0 (c37fa8a4e8), 7.3.0 (64c763b87a), 7.5.0 (03af25ce34), 7.9.0 (ad6c2dd2b7), 7.11.0
// (760d5e8168). The planner (which inline schemas become models) and the IR (the property's schema)
// read the same predicate.

import { describe, expect, it } from "vitest";
import { parseSpec } from "../../src/parse/index.js";
import { DEFAULT_INLINE_OPTIONS } from "../../src/parse/inline.js";
import { isNullTypeSchema, nullTypeRules, type NullTypeReader } from "../../src/parse/null-type.js";
import type { Schema } from "../../src/model/ir.js";
import { specFiles } from "../support/spec-files.js";

const spec30 = `openapi: 3.0.3
info: { title: Nulls, version: "1" }
paths: {}
components:
  schemas:
    Nothing:
      description: nothing at all
    Thing:
      type: object
      properties:
        viaRef:
          anyOf: [{ $ref: "#/components/schemas/Nothing" }, { type: string }]
        withProps:
          anyOf: [{ properties: { a: { type: string } } }, { type: string }]
        nested:
          anyOf: [{ anyOf: [{ type: string }, { type: integer }] }, { type: boolean }]
        described:
          anyOf: [{ description: anything }, { type: string }]
        nullText:
          oneOf: [{ type: string, enum: ["null"] }, { type: integer }]
`;

const spec31 = `openapi: 3.1.0
info: { title: Nulls, version: "1" }
paths: {}
components:
  schemas:
    Thing:
      type: object
      properties:
        untyped:
          oneOf: [{}, { type: string }]
        typed:
          oneOf: [{ type: string }, { type: integer }]
        typedAny:
          anyOf: [{ type: string }, { type: integer }]
`;

const specs = specFiles("oaswright-nulltype-", { "spec30.yaml": spec30, "spec31.yaml": spec31 });

/** Each property as `kind`, `?` when nullable, `(oneOf)` for an empty composition; and the models made. */
async function read(file: string, oagVersion: string): Promise<{ props: Record<string, string>; models: string[] }> {
  const { model } = await parseSpec(specs.path(file), { validate: "off", inline: { ...DEFAULT_INLINE_OPTIONS, oagVersion } });
  const thing = model.schemas.find((s) => s.name === "Thing")!.schema as Schema & { kind: "object" };
  const props: Record<string, string> = {};
  for (const p of thing.properties) {
    const s = p.schema;
    props[p.name] = `${s.kind}${s.nullable ? "?" : ""}${s.kind === "any" && s.emptyComposition ? `(${s.emptyComposition})` : ""}`;
  }
  return { props, models: model.schemas.map((s) => s.name).filter((n) => n !== "Thing") };
}

describe("isNullTypeSchema by release", () => {
  it("3.0: a $ref is dereferenced from 7.9.0, properties keep a member from 7.9.0, a composition from 7.3.0, a description from 7.11.0", async () => {
    // before 7.0.0 the normalizer does not run
    expect((await read("spec30.yaml", "6.6.0")).props).toEqual({ viaRef: "ref", withProps: "ref", nested: "ref", described: "ref", nullText: "ref" });
    const v70 = await read("spec30.yaml", "7.0.0");
    expect(v70.props).toEqual({ viaRef: "ref", withProps: "string?", nested: "boolean?", described: "string?", nullText: "integer?" });
    expect(v70.models).toEqual(["Nothing", "Thing_viaRef"]);
    expect((await read("spec30.yaml", "7.2.0")).props).toEqual(v70.props);
    const v73 = await read("spec30.yaml", "7.3.0");
    expect(v73.props).toEqual({ viaRef: "ref", withProps: "string?", nested: "ref", described: "string?", nullText: "integer?" });
    expect(v73.models).toEqual(["Nothing", "Thing_viaRef", "Thing_nested_anyOf", "Thing_nested"]);
    expect((await read("spec30.yaml", "7.8.0")).props).toEqual(v73.props);
    const v79 = await read("spec30.yaml", "7.9.0");
    expect(v79.props).toEqual({ viaRef: "string?", withProps: "ref", nested: "ref", described: "string?", nullText: "integer?" });
    expect(v79.models).toEqual(["Nothing", "Thing_withProps_anyOf", "Thing_withProps", "Thing_nested_anyOf", "Thing_nested"]);
    expect((await read("spec30.yaml", "7.10.0")).props).toEqual(v79.props);
    const v711 = await read("spec30.yaml", "7.11.0");
    expect(v711.props).toEqual({ viaRef: "ref", withProps: "ref", nested: "ref", described: "ref", nullText: "integer?" });
    expect((await read("spec30.yaml", "7.24.0")).props).toEqual(v711.props);
  });

  it("3.1: types are read from 7.3.0, an untyped JsonSchema is a null type again from 7.5.0", async () => {
    // 7.0.0-7.2.0: Schema.getType() is null for every JsonSchema, so at 7.0.0 (no NORMALIZE_31SPEC to
    // give the members a type) a oneOf loses every member; an anyOf's members were given their type
    // first (as a oneOf's are from 7.0.1 to 7.8.x: null-member-31.test.ts)
    const v70 = await read("spec31.yaml", "7.0.0");
    expect(v70.props).toEqual({ untyped: "any?(oneOf)", typed: "any?(oneOf)", typedAny: "ref" });
    expect(v70.models).toEqual(["Thing_typedAny"]);
    const v73 = await read("spec31.yaml", "7.3.0");
    expect(v73.props).toEqual({ untyped: "ref", typed: "ref", typedAny: "ref" });
    expect(v73.models).toEqual(["Thing_untyped", "Thing_typed", "Thing_typedAny"]);
    const v75 = await read("spec31.yaml", "7.5.0");
    expect(v75.props).toEqual({ untyped: "string?", typed: "ref", typedAny: "ref" });
    expect(v75.models).toEqual(["Thing_typed", "Thing_typedAny"]);
  });

  it("the predicate: an enum member whose String.valueOf is \"null\" counts, a $ref is followed once", () => {
    const docs: Record<string, Record<string, unknown>> = { N: { enum: [null] }, A: { $ref: "#/components/schemas/N" }, S: { type: "string", enum: ["null"] } };
    const reader: NullTypeReader<Record<string, unknown>> = {
      fields: (s) => s,
      referenced: (s) => (typeof s.$ref === "string" ? (docs[s.$ref.split("/").pop()!] ?? s) : s),
      beanType: (s) => (typeof s.type === "string" ? s.type : undefined),
      jsonSchema: () => false,
      nonEmptyList: (v) => Array.isArray(v) && v.length > 0,
    };
    for (const version of ["7.0.0", "7.3.0", "7.5.0", "7.9.0", "7.11.0"]) {
      const rules = nullTypeRules(version);
      expect(isNullTypeSchema(reader, rules, { $ref: "#/components/schemas/N" })).toBe(true);
      expect(isNullTypeSchema(reader, rules, { $ref: "#/components/schemas/S" })).toBe(true);
      expect(isNullTypeSchema(reader, rules, { $ref: "#/components/schemas/A" })).toBe(false);
      expect(isNullTypeSchema(reader, rules, { type: "string", enum: ["a"] })).toBe(false);
    }
  });
});
