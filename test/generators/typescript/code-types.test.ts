// Given/want for the code-flavoured type map (TypeScriptTypes.code) and the TypeInfo descriptors,
// over the schemas of the wire spec.

import { beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { parseSpec } from "../../../src/parse/index.js";
import type { ApiModel, Schema } from "../../../src/model/ir.js";
import { EMPTY_OPTIONS } from "../../../src/generate.js";
import { TypeScriptNames } from "../../../src/generators/typescript/names.js";
import { TypeScriptTypes } from "../../../src/generators/typescript/types.js";
import { planModels } from "../../../src/generators/typescript/client/model-plan.js";
import { TypeInfoWriter } from "../../../src/generators/typescript/client/type-info.js";
import { FIXTURES } from "./client-support.js";

let model: ApiModel;
let types: TypeScriptTypes;
let info: TypeInfoWriter;

beforeAll(async () => {
  ({ model } = await parseSpec(path.join(FIXTURES, "wire.yaml"), {
    validate: "off",
    inline: { refactorAllOfInlineSchemas: false, resolveInlineEnums: false, skipSchemaReuse: false, nameMappings: {} },
  }));
  const names = new TypeScriptNames(EMPTY_OPTIONS);
  types = new TypeScriptTypes(model, names);
  info = new TypeInfoWriter(model, names, planModels(model, names));
});

function prop(schemaName: string, propName: string): Schema {
  const named = model.schemas.find((s) => s.name === schemaName)!;
  if (named.schema.kind !== "object") throw new Error(`${schemaName} is not an object`);
  return named.schema.properties.find((p) => p.name === propName)!.schema;
}

describe("code types and type descriptors of Thing's properties", () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ["read_only_id", "number", '"any"'],
    ["created_at", "Date", '"date-time"'],
    ["birthday", "string", '"any"'],
    ["nullable_note", "string | null", '"any"'],
    ["kind", "Kind", '"any"'],
    ["shape", "Shape", '{ model: "Shape" }'],
    ["tags_by_name", "{ [key: string]: Stamp; }", '{ map: { model: "Stamp" } }'],
    ["history", "Array<Date>", '{ array: "date-time" }'],
    ["status", '"on" | "off" | "it\'s \\"*/\\" \\\\ odd"', '"any"'],
  ];
  for (const [name, code, typeInfo] of cases) {
    it(name, () => {
      expect(types.code(prop("Thing", name))).toBe(code);
      expect(info.of(prop("Thing", name))).toBe(typeInfo);
    });
  }

  it("records referenced models and file use", () => {
    const refs = { models: new Set<string>(), file: false };
    types.code(prop("Thing", "tags_by_name"), refs);
    expect([...refs.models]).toEqual(["Stamp"]);
    expect(refs.file).toBe(false);
  });
});

describe("model plans", () => {
  it("classes, enums and unions; properties renamed without collisions", () => {
    const names = new TypeScriptNames(EMPTY_OPTIONS);
    const plans = planModels(model, names);
    const kinds = Object.fromEntries(plans.models.map((p) => [p.name, p.kind]));
    expect(kinds).toMatchObject({ Thing: "class", Kind: "enum", Shape: "alias", Circle: "class" });
    const thing = plans.byName.get("Thing");
    expect(thing?.kind === "class" ? thing.props.map((p) => [p.wire, p.key]) : []).toEqual([
      ["read_only_id", "readOnlyId"],
      ["display_name", "displayName"],
      ["created_at", "createdAt"],
      ["birthday", "birthday"],
      ["nullable_note", "nullableNote"],
      ["kind", "kind"],
      ["shape", "shape"],
      ["tags_by_name", "tagsByName"],
      ["history", "history"],
      ["x-rate limit", "xRateLimit"],
      ["+1", "_1"],
      ["-1", "_1_2"],
      ["status", "status"],
    ]);
  });
});

describe("codeModelName", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["Pet", "Pet"],
    ["Foo Bar", "FooBar"],
    ["A|B", "AB"],
    ["x y|z", "XYZ"],
    ["123", "Model123"],
    ["-", "Model2D"],
    ["_", "Model5F"],
    ["Error", "ModelError"],
  ];
  for (const [given, want] of cases) {
    it(JSON.stringify(given), () => expect(new TypeScriptNames(EMPTY_OPTIONS).codeModelName(given)).toBe(want));
  }
});
