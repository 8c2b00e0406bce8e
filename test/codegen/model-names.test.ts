import { describe, expect, it } from "vitest";
import { oagDocumentedModels, planModelNames, renameMessage, type ModelNameOptions } from "../../src/codegen/model-names.js";
import { camelize, underscore } from "../../src/naming/case.js";
import type { ApiModel, NamedSchema, Schema } from "../../src/model/ir.js";

/** A model with these schema names (in IR order); planModelNames reads only `schemas`. */
function modelOf(names: readonly string[]): ApiModel {
  const schemas = names.map((name) => ({
    name,
    origin: "component" as const,
    pointer: `#/components/schemas/${name}`,
    schema: { kind: "any" as const, pointer: `#/components/schemas/${name}`, nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {} },
  }));
  return { schemas } as unknown as ApiModel;
}

const pascal = (n: string) => camelize(n.replace(/[^A-Za-z0-9_]/g, "_"));

interface Case {
  readonly given: readonly string[];
  readonly options?: ModelNameOptions;
  /** The target's model name; default PascalCase. */
  readonly modelName?: (schemaName: string) => string;
  /** Final names in IR order. */
  readonly want: readonly string[];
  /** `from -> to` of each rename. */
  readonly renamed: readonly string[];
}

const CASES: Record<string, Case> = {
  "distinct names: no-op": { given: ["Pet", "Order", "pet_category"], want: ["Pet", "Order", "PetCategory"], renamed: [] },
  "a schema that is no model in the target takes no name": {
    given: ["foo_bar", "FooBar", "foo-bar"],
    options: { claims: (s) => s.name !== "foo_bar" },
    want: ["FooBar", "FooBar", "FooBar2"],
    renamed: ["FooBar -> FooBar2"],
  },
  "first keeps the name, later ones get 2, 3": {
    given: ["foo_bar", "FooBar", "foo-bar"],
    want: ["FooBar", "FooBar2", "FooBar3"],
    renamed: ["FooBar -> FooBar2", "FooBar -> FooBar3"],
  },
  "a suffix already taken by a spec name is skipped": {
    given: ["FooBar", "FooBar2", "foo_bar"],
    want: ["FooBar", "FooBar2", "FooBar3"],
    renamed: ["FooBar -> FooBar3"],
  },
  "a later spec name meets an earlier rename": {
    given: ["FooBar", "foo_bar", "FooBar2"],
    want: ["FooBar", "FooBar2", "FooBar22"],
    renamed: ["FooBar -> FooBar2", "FooBar2 -> FooBar22"],
  },
  "names equal ignoring case clash (case-insensitive file systems)": {
    given: ["Abc", "ABC"],
    want: ["Abc", "ABC2"],
    renamed: ["ABC -> ABC2"],
  },
  "file keys clash although names differ": {
    given: ["FooBar", "Foo_Bar"],
    modelName: (n) => n,
    options: { fileKey: (n) => underscore(n) },
    want: ["FooBar", "Foo_Bar2"],
    renamed: ["Foo_Bar -> Foo_Bar2"],
  },
  "reserved names are never taken": {
    given: ["ObjectSerializer", "all"],
    options: { reserved: new Set(["ObjectSerializer", "all"]) },
    want: ["ObjectSerializer2", "All2"],
    renamed: ["ObjectSerializer -> ObjectSerializer2", "All -> All2"],
  },
  "fixed (mapped) names are kept and occupy their name first": {
    given: ["foo_bar", "Mapped"],
    modelName: (n) => (n === "Mapped" ? "FooBar" : pascal(n)),
    options: { fixed: (n) => n === "Mapped" },
    want: ["FooBar2", "FooBar"],
    renamed: ["FooBar -> FooBar2"],
  },
};

describe("planModelNames", () => {
  for (const [title, c] of Object.entries(CASES)) {
    it(title, () => {
      const plan = planModelNames(modelOf(c.given), c.modelName ?? pascal, c.options);
      expect(c.given.map((n) => plan.names.get(n))).toEqual(c.want);
      expect(plan.renamed.map((r) => `${r.from} -> ${r.to}`)).toEqual(c.renamed);
    });
  }

  it("is deterministic", () => {
    const given = modelOf(["foo_bar", "FooBar", "foo-bar", "FOO_BAR"]);
    expect(planModelNames(given, pascal)).toEqual(planModelNames(given, pascal));
  });

  it("stays linear when many names clash", () => {
    const given = modelOf(Array.from({ length: 50_000 }, (_, i) => `s${i}`));
    const started = performance.now();
    const plan = planModelNames(given, () => "Same");
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(plan.names.get("s49999")).toBe("Same50000");
    expect(new Set(plan.names.values()).size).toBe(50_000);
  });
});

describe("renameMessage", () => {
  it.each([
    [{ schemaName: "foo-bar", from: "FooBar", to: "FooBar2", pointer: "#/x", takenBy: "foo_bar" }, 'model "foo-bar" is named FooBar2: FooBar is taken by "foo_bar"'],
    [{ schemaName: "all", from: "All", to: "All2", pointer: "#/x" }, 'model "all" is named All2: All is reserved by the generated code'],
  ])("%j", (given, want) => {
    expect(renameMessage(given)).toBe(want);
  });
});

describe("oagDocumentedModels (DefaultGenerator's TreeMap keyed by class name: first key, last value)", () => {
  const common = { nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {} };
  const KINDS: Record<string, Schema> = {
    model: { kind: "object", pointer: "#/m", ...common, properties: [{ name: "a", required: false, schema: { kind: "string", pointer: "#/m/a", ...common } }], required: [] } as unknown as Schema,
    string: { kind: "string", pointer: "#/s", ...common } as unknown as Schema,
    enum: { kind: "string", pointer: "#/e", ...common, enum: ["x"] } as unknown as Schema,
    array: { kind: "array", pointer: "#/a", ...common, items: { kind: "string", pointer: "#/a/items", ...common } } as unknown as Schema,
  };
  /** `name:kind` in IR order. */
  const schemas = (given: readonly string[]): NamedSchema[] =>
    given.map((g) => {
      const [name, kind] = g.split(":") as [string, string];
      return { name, origin: "component", pointer: `#/components/schemas/${name}`, schema: KINDS[kind]! } as unknown as NamedSchema;
    });

  it.each([
    ["alone on its class", ["Pet:model", "Order:model"], ["Pet", "Order"]],
    ["the later of two models", ["FooBar:model", "Foo_bar:model"], ["Foo_bar"]],
    ["the later of three", ["foo_bar:model", "FooBar:model", "Foo_bar:model"], ["Foo_bar"]],
    ["an enum is a model", ["FooBar:model", "Foo_bar:enum"], ["Foo_bar"]],
    ["a primitive alias coming last leaves none", ["FooBar:model", "Foo_bar:string"], []],
    ["a primitive alias coming first is replaced", ["Foo_bar:string", "FooBar:model"], ["FooBar"]],
    ["an array alias is never put", ["FooBar:model", "Foo_bar:array"], ["FooBar"]],
  ])("%s", (_title, given, want) => {
    expect([...oagDocumentedModels(schemas(given), pascal)]).toEqual(want);
  });

  it("takes the target's own model test", () => {
    expect([...oagDocumentedModels(schemas(["FooBar:model", "Foo_bar:array"]), pascal, (s) => s.schema.kind !== "string")]).toEqual(["Foo_bar"]);
  });
});
