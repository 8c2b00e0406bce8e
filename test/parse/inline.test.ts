// The inline-schema planner (src/parse/inline.ts) against OpenAPI Generator:
//
// 1. golden cases: for every spec of fixtures/golden, the models OAG generated (its FILES list,
//    or the docs where no FILES list was published) must be exactly the component schemas plus
//    the hoisted inline schemas, after OAG's model naming and minus the models the generator
//    itself leaves out (each such rule is below, with its reason);
// 2. fixtures/inline/*.yaml: small specs, each with a table of the names it must produce.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../src/model/diagnostics.js";
import type { ApiModel, Schema } from "../../src/model/ir.js";
import { camelize } from "../../src/naming/case.js";
import { parseSpec } from "../../src/parse/index.js";
import { DEFAULT_INLINE_OPTIONS, planInlineSchemas, type InlineOptions } from "../../src/parse/inline.js";
import { deepFreeze } from "../support/freeze.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The golden cases with OAG's FILES lists (the project's copy, scripts/sync-golden-fixtures.mjs). */
const GOLDEN = path.join(ROOT, "fixtures", "golden");
const FIXTURES = path.join(ROOT, "fixtures", "inline");

interface GoldenCase {
  readonly name: string;
  readonly dir: string;
  readonly generator: string;
  readonly spec: string;
  readonly args: readonly string[];
  readonly oagVersion?: string;
}

// ---------------------------------------------------------------------------------------------
// What OAG generated

/** Model names from the case's FILES list (or its docs folder when none was published). */
function goldenModels(c: GoldenCase): string[] {
  const dir = path.join(GOLDEN, c.dir);
  const list = [path.join(dir, "meta", "FILES.txt"), path.join(dir, "generator", ".openapi-generator", "FILES")].find((f) =>
    fs.existsSync(f),
  );
  if (c.generator === "typescript") {
    const files = fs.readFileSync(list!, "utf8").split("\n");
    return files
      .filter((f) => /^models\/[^/]+\.ts$/.test(f))
      .map((f) => path.basename(f, ".ts"))
      .filter((n) => n !== "ObjectSerializer" && n !== "all");
  }
  // python, python-prior: one docs/<Model>.md per model, beside the <Tag>Api.md files
  const docs = list
    ? fs
        .readFileSync(list, "utf8")
        .split("\n")
        .filter((f) => /(^|\/)docs\/[^/]+\.md$/.test(f))
    : fs.readdirSync(path.join(dir, "docs", "docs")).map((f) => `docs/${f}`);
  const apis = apiClassNames(c);
  return docs.map((f) => path.basename(f, ".md")).filter((n) => !apis.has(n));
}

/** The `<Tag>Api` doc names of a case (so that a model named `...Api` is not mistaken for one). */
function apiClassNames(c: GoldenCase): Set<string> {
  const spec = loadSpec(path.join(GOLDEN, c.dir, c.spec));
  const tags = new Set<string>();
  for (const item of Object.values(asRecord(spec.paths))) {
    for (const op of Object.values(asRecord(item))) {
      const list = asRecord(op).tags;
      if (Array.isArray(list) && list.length > 0) list.forEach((t) => tags.add(String(t)));
      else if (typeof op === "object" && op !== null && !Array.isArray(op)) tags.add("default");
    }
  }
  return new Set([...tags].map((t) => `${camelize(t.replace(/[^A-Za-z0-9]+/g, "_"))}Api`));
}

// ---------------------------------------------------------------------------------------------
// What oaswright plans, named and filtered as each generator does

/** Command-line `--model-name-mappings` of a case. */
function modelNameMappings(c: GoldenCase): Record<string, string> {
  const out: Record<string, string> = {};
  for (const arg of c.args) {
    const m = /^--model-name-mappings=(.*)$/.exec(arg);
    if (m) for (const pair of m[1]!.split(",")) out[pair.split("=")[0]!] = pair.split("=")[1]!;
  }
  return out;
}

/**
 * OAG's toModelName, reduced to what the golden specs need: camelize the sanitized name; a name
 * that is a reserved word of the target, or starts with a digit, gets a `Model` prefix.
 */
function modelName(c: GoldenCase, name: string): string {
  const mapped = modelNameMappings(c)[name];
  if (mapped !== undefined) return mapped;
  const camel = camelize(name.replace(/[^A-Za-z0-9_]/g, "_"));
  if (/^[0-9]/.test(camel) || RESERVED[c.generator]!.has(camel.toLowerCase())) return `Model${camel}`;
  return camel;
}

/**
 * Model names each generator escapes with `Model` (only those the golden specs meet):
 * typescript: `File` (a type of the language: `ModelFile`); python: `field` (pydantic's Field),
 * `return` (a keyword); python-prior: `return`.
 */
const RESERVED: Readonly<Record<string, ReadonlySet<string>>> = {
  typescript: new Set(["file"]),
  python: new Set(["field", "return"]),
  "python-prior": new Set(["return"]),
};

/**
 * Whether the generator writes a model for a named schema. OAG does not generate "alias"
 * schemas: typescript and python (7.x) write only objects with properties, compositions and
 * enums (a map, an array, a free-form object or a primitive is used in place); python-prior
 * (6.x) writes every object (maps and free-form ones too), arrays, and primitives with
 * validations, but not a plain primitive.
 */
function isGenerated(generator: string, schema: Schema): boolean {
  if (schema.enum !== undefined) return true;
  switch (schema.kind) {
    case "composed":
      return true;
    case "object":
      return schema.properties.length > 0 || generator === "python-prior";
    case "array":
      return generator === "python-prior";
    case "string":
    case "integer":
    case "number":
      return generator === "python-prior" && hasValidation(schema);
    default:
      return false;
  }
}

function hasValidation(schema: Schema): boolean {
  const s = schema as unknown as Record<string, unknown>;
  return ["minimum", "maximum", "multipleOf", "pattern", "minLength", "maxLength"].some((k) => s[k] !== undefined);
}

/**
 * Schemas OAG's skipFormModel leaves out: those referenced only from
 * `application/x-www-form-urlencoded` / `multipart/form-data` request bodies (ModelUtils.
 * getSchemasUsedOnlyInFormParam). Its walk: operations of a path in readOperations order, their
 * parameters, request body, responses (headers count under the header's name); a `$ref` is
 * followed the first time it is met only; properties are visited as "no media type".
 */
function formOnlySchemas(model: ApiModel): Set<string> {
  const byName = new Map(model.schemas.map((s) => [s.name, s.schema]));
  const inForm = new Set<string>();
  const inOther = new Set<string>();
  const visited = new Set<string>();
  const isForm = (mime: string | undefined) =>
    mime !== undefined && /^(application\/x-www-form-urlencoded|multipart\/form-data)$/i.test(mime);
  const visit = (schema: Schema | undefined, mime: string | undefined): void => {
    if (!schema) return;
    if (schema.kind === "ref") {
      (isForm(mime) ? inForm : inOther).add(schema.target);
      if (!visited.has(schema.target)) {
        visited.add(schema.target);
        visit(byName.get(schema.target), mime);
      }
      return;
    }
    if (schema.kind === "composed") {
      for (const m of [...schema.oneOf, ...schema.allOf, ...schema.anyOf]) visit(m, mime);
    } else if (schema.kind === "array") {
      visit(schema.items, mime);
    } else if (schema.kind === "object" && typeof schema.additionalProperties === "object") {
      visit(schema.additionalProperties, mime);
    }
    if (schema.kind === "composed" && schema.not) visit(schema.not, mime);
    if (schema.kind === "object" || schema.kind === "composed") for (const p of schema.properties) visit(p.schema, undefined);
  };
  const order = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
  const byPath = new Map<string, ApiModel["operations"][number][]>();
  for (const op of model.operations) byPath.set(op.path, [...(byPath.get(op.path) ?? []), op]);
  const operations = [...byPath.values()].flatMap((ops) => ops.sort((a, b) => order.indexOf(a.method) - order.indexOf(b.method)));
  for (const op of operations) {
    for (const p of op.parameters) visit(p.schema, undefined);
    for (const media of op.requestBody?.contents ?? []) visit(media.schema, media.contentType);
    for (const r of op.responses) {
      for (const media of r.contents) visit(media.schema, media.contentType);
      for (const h of r.headers) visit(h.schema, h.name);
    }
  }
  return new Set([...inForm].filter((n) => !inOther.has(n)));
}

function optionsFor(c: GoldenCase): InlineOptions {
  return {
    ...DEFAULT_INLINE_OPTIONS,
    // python-prior exists only in 6.x and older, whose resolver extracted inline allOf members
    refactorAllOfInlineSchemas: c.generator === "python-prior",
    ...(c.oagVersion !== undefined ? { oagVersion: c.oagVersion } : {}),
  };
}

async function plannedModels(c: GoldenCase): Promise<string[]> {
  const { model } = await parseSpec(path.join(GOLDEN, c.dir, c.spec), { validate: "off", inline: optionsFor(c) });
  const formOnly = formOnlySchemas(model);
  return model.schemas.filter((s) => !formOnly.has(s.name) && isGenerated(c.generator, s.schema)).map((s) => modelName(c, s.name));
}

const goldenCases = (JSON.parse(fs.readFileSync(path.join(GOLDEN, "cases.json"), "utf8")) as { cases: GoldenCase[] }).cases;

describe("inline models: the models OAG generated for the golden specs", () => {
  for (const c of goldenCases) {
    it(`${c.name} (OAG ${c.oagVersion ?? "?"}, ${c.generator})`, async () => {
      const ours = [...new Set(await plannedModels(c))].sort();
      const theirs = [...new Set(goldenModels(c))].sort();
      expect({ missing: theirs.filter((n) => !ours.includes(n)), extra: ours.filter((n) => !theirs.includes(n)) }).toEqual({
        missing: [],
        extra: [],
      });
      expect(ours).toEqual(theirs);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Fixtures: given a spec, want these hoisted names

interface Fixture {
  readonly title: string;
  readonly options?: Partial<InlineOptions>;
  readonly spec: Record<string, unknown>;
  /** Every hoisted model in the order named: [name, pointer of the schema it was made from]. */
  readonly want: readonly (readonly [string, string])[];
  /** Schemas (by pointer) that must end as a reference to a model: [pointer, name]. */
  readonly refs?: readonly (readonly [string, string])[];
  /** Schemas (by pointer) read as another schema: [pointer, pointer of the substitute]. */
  readonly substitutes?: readonly (readonly [string, string])[];
}

function loadSpec(file: string): Record<string, unknown> {
  const text = fs.readFileSync(file, "utf8");
  return (file.endsWith(".json") ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown>;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function at(root: unknown, pointer: string): unknown {
  let node = root;
  for (const token of pointer.split("/").slice(1)) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    node = Array.isArray(node) ? node[Number(key)] : asRecord(node)[key];
  }
  return node;
}

const fixtureFiles = fs.existsSync(FIXTURES)
  ? fs
      .readdirSync(FIXTURES)
      .filter((f) => f.endsWith(".yaml"))
      .sort()
  : [];

describe("inline models: fixtures/inline", () => {
  it("has fixtures", () => expect(fixtureFiles.length).toBeGreaterThan(0));
  for (const file of fixtureFiles) {
    it(file, () => {
      const fixture = parseYaml(fs.readFileSync(path.join(FIXTURES, file), "utf8")) as Fixture;
      const before = JSON.stringify(fixture.spec);
      const sink = new DiagnosticSink(file);
      // The planner reads the document and changes nothing in it (it keeps what it changes apart):
      // frozen, any write to it would throw here.
      const plan = planInlineSchemas(deepFreeze(fixture.spec), { ...DEFAULT_INLINE_OPTIONS, ...fixture.options }, sink);
      expect(JSON.stringify(fixture.spec), "the plan must not change the document").toBe(before);
      expect(plan.schemas.map((s) => [s.name, s.pointer])).toEqual(fixture.want);
      for (const s of plan.schemas) expect(plan.hoisted.get(s.raw) ?? s.name, `${s.name} maps back to its name`).toBe(s.name);
      for (const [pointer, name] of fixture.refs ?? []) {
        const node = at(fixture.spec, pointer);
        expect(node, `${pointer} exists`).toBeTypeOf("object");
        expect(plan.hoisted.get(node as object), pointer).toBe(name);
      }
      for (const [pointer, target] of fixture.substitutes ?? []) {
        expect(plan.substitutes.get(at(fixture.spec, pointer) as object), pointer).toBe(at(fixture.spec, target));
      }
      expect(sink.errors).toEqual([]);
    });
  }
});

describe("inline models: documents that are not trees", () => {
  // YAML anchors can make a node its own descendant. The walk that finds the pointers of hoisted
  // schemas then starts over, remembering what it has seen, instead of going round for ever.
  it("finds the first place of a hoisted schema behind a cycle", () => {
    const loop: Record<string, unknown> = { type: "object" };
    loop.properties = { again: loop };
    const spec: Record<string, unknown> = {
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      "x-loop": loop,
      paths: {
        "/a": {
          get: {
            operationId: "getA",
            responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { id: { type: "integer" } } } } } } },
          },
        },
      },
    };
    const plan = planInlineSchemas(deepFreeze(spec), DEFAULT_INLINE_OPTIONS, new DiagnosticSink("loop"));
    expect(plan.schemas.map((s) => [s.name, s.pointer])).toEqual([["getA_200_response", "/paths/~1a/get/responses/200/content/application~1json/schema"]]);
  });
});
