// Broken specs get a clear answer: exit 1, every problem with file, JSON pointer and line:column,
// no stack trace, nothing written. Valid look-alikes (recursive schemas, colliding names) generate.
// The inputs are fixtures/broken/*; the ones too big to commit are made here.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatorNames } from "../../src/generators/index.js";
import { diagnosticLines, listFiles, ROOT, runCli, typecheck } from "./support.js";

const BROKEN = path.join(ROOT, "fixtures/broken");
const GENERATORS = generatorNames();

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-broken-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let runs = 0;
/** Generates `spec` with `generator` into a fresh folder under tmp; `F` in the lines is the spec. */
async function generate(spec: string, generator: string, ...extra: string[]) {
  const parent = path.join(tmp, `run-${++runs}`);
  fs.mkdirSync(parent);
  const out = path.join(parent, "out");
  const r = await runCli("generate", "-i", spec, "-g", generator, "-o", out, ...extra);
  return { ...r, out, parent, lines: diagnosticLines(r.err, spec) };
}

/** What every failed run must look like: exit 1, no stack trace, nothing in or beside -o. */
function expectCleanFailure(r: Awaited<ReturnType<typeof generate>>): void {
  expect(r.code, r.err).toBe(1);
  expect(r.err).not.toMatch(/^\s+at /m);
  expect(r.err).not.toContain("internal error");
  expect(fs.readdirSync(r.parent)).toEqual([]);
}

// [fixture, the diagnostics it must get, exactly]
const CASES: readonly (readonly [string, readonly string[]])[] = [
  ["truncated.json", ["error: F:5:48 #: invalid JSON: Unterminated string in JSON at position 134"]],
  ["truncated.yaml", ['error: F:12:1 #: invalid YAML: Missing closing "quote']],
  ["empty.yaml", ["error: F #: the document is empty"]],
  ["whitespace-only.yaml", ["error: F #: the document is empty"]],
  ["comments-only.yaml", ["error: F #: the document is empty"]],
  ["top-level-list.yaml", ["error: F #: the document is not an OpenAPI object: expected a mapping at the top level, found a list"]],
  ["empty-object.json", ['error: F:1:1 #: not an OpenAPI document: no "openapi" or "swagger" version field']],
  ["version-missing.yaml", ['error: F:2:1 #: not an OpenAPI document: no "openapi" or "swagger" version field']],
  ["version-unsupported.yaml", ['error: F:2:1 #/openapi: unsupported OpenAPI version "4.0.0" (supported: 2.0, 3.0.x, 3.1.x)']],
  ["version-number.yaml", ['error: F:2:1 #/openapi: the openapi version must be a string, found the number 3.0 (write it quoted: openapi: "3.0.0")']],
  ["swagger-number.yaml", ['error: F:2:1 #/swagger: the swagger version must be a string, found the number 2.0 (write it quoted: swagger: "2.0")']],
  ["swagger-1.2.json", ['error: F:3:3 #/swagger: unsupported Swagger version "1.2" (supported: 2.0, 3.0.x, 3.1.x)']],
  ["version-both.yaml", ['error: F:3:1 #/swagger: both "openapi" and "swagger" are set: a document is either OpenAPI 3 ("openapi") or Swagger 2.0 ("swagger")']],
  ["invalid-utf8.yaml", ["error: F:10:24 #: the file is not valid UTF-8 (first bad byte at offset 193)"]],
  [
    "dangling-refs.yaml",
    [
      'error: F:8:5 #/paths/~1a/$ref: $ref "#/components/pathItems/Nope" points to nothing',
      'error: F:12:11 #/paths/~1b/get/parameters/0/$ref: $ref "#/components/parameters/Nope" points to nothing',
      'error: F:14:9 #/paths/~1b/get/requestBody/$ref: $ref "#/components/requestBodies/Nope" points to nothing',
      'error: F:17:11 #/paths/~1b/get/responses/200/$ref: $ref "#/components/responses/Nope" points to nothing',
      'error: F:23:17 #/paths/~1b/get/responses/201/content/application~1json/schema/$ref: $ref "#/components/schemas/Nope" points to nothing. OpenAPI Generator stops on it too unless --skip-validate-spec; with --skip-validate-spec oaswright generates anyway: the docs name the type "Nope" as OpenAPI Generator does, no model "Nope" is generated, and the client passes the value through untyped (any value)',
      'error: F:30:11 #/components/schemas/A/properties/b/$ref: $ref "#/components/schemas/Missing" points to nothing. OpenAPI Generator stops on it too unless --skip-validate-spec; with --skip-validate-spec oaswright generates anyway: the docs name the type "Missing" as OpenAPI Generator does, no model "Missing" is generated, and the client passes the value through untyped (any value)',
      'error: F:34:13 #/components/schemas/A/properties/c/items/$ref: $ref "#/components/schemas/A/properties/nope" points to nothing',
    ],
  ],
  [
    "dangling-external-ref.yaml",
    [
      `error: F:15:17 #/paths/~1a/get/responses/200/content/application~1json/schema/$ref: cannot resolve the external $ref "./no-such-file.yaml#/Thing": no such file ${BROKEN}/no-such-file.yaml`,
    ],
  ],
  [
    "ref-cycle.yaml",
    [
      'error: F:19:7 #/components/schemas/A/$ref: schemas "A" -> "B" -> "A" are only $refs to each other: no schema to generate',
      'error: F:23:7 #/components/schemas/C/$ref: schema "C" is only a $ref to itself: no schema to generate',
    ],
  ],
  [
    "self-ref-objects.yaml",
    [
      'error: F:8:5 #/paths/~1a/$ref: $ref "#/paths/~1a" refers to itself',
      'error: F:19:7 #/components/parameters/P/$ref: $ref "#/components/parameters/P" refers to itself',
      'error: F:24:7 #/components/responses/R2/$ref: $ref "#/components/responses/R1" closes a cycle of $refs: #/components/responses/R1 -> #/components/responses/R2 -> #/components/responses/R1',
    ],
  ],
];

describe("broken specs: exit 1 with the exact diagnostics, nothing written", () => {
  for (const generator of GENERATORS) {
    it.each(CASES)(`${generator}: %s`, async (file, want) => {
      const r = await generate(path.join(BROKEN, file), generator);
      expect(r.lines).toEqual(want);
      expectCleanFailure(r);
    });
  }

  it("a failed run leaves an existing output folder exactly as it was", async () => {
    const out = path.join(tmp, "existing");
    fs.mkdirSync(path.join(out, "models"), { recursive: true });
    fs.writeFileSync(path.join(out, "models", "Mine.ts"), "mine");
    const r = await runCli("generate", "-i", path.join(BROKEN, "dangling-refs.yaml"), "-g", GENERATORS[0]!, "-o", out);
    expect(r.code).toBe(1);
    expect(listFiles(out)).toEqual(["models/Mine.ts"]);
    expect(fs.readdirSync(tmp).filter((e) => e.includes(".oaswright-"))).toEqual([]);
  });

  it("`validate` reports the same problems", async () => {
    const spec = path.join(BROKEN, "ref-cycle.yaml");
    const r = await runCli("validate", "-i", spec);
    expect(r.code).toBe(1);
    expect(diagnosticLines(r.err, spec)).toEqual(CASES.find(([f]) => f === "ref-cycle.yaml")![1]);
  });
});

describe("readable with warnings", () => {
  it.each(GENERATORS)("%s: duplicate YAML keys are named with both lines; the later value wins", async (generator) => {
    const spec = path.join(BROKEN, "duplicate-keys.yaml");
    const r = await generate(spec, generator);
    expect(r.code, r.err).toBe(0);
    expect(r.lines.filter((l) => l.includes("duplicate key"))).toEqual([
      'warning: F:13:3 #/paths/~1pets: duplicate key "/pets": this value replaces the one at line 7',
      'warning: F:26:5 #/components/schemas/Pet: duplicate key "Pet": this value replaces the one at line 21',
    ]);
  });
});

describe("encodings", () => {
  it.each([
    ["utf-16le", [0xff, 0xfe]],
    ["utf-16be", [0xfe, 0xff]],
  ] as const)("a %s file with a byte order mark is read", async (encoding, bom) => {
    const text = fs.readFileSync(path.join(BROKEN, "recursive-schemas.yaml"), "utf8");
    const le = Buffer.from(text, "utf16le");
    if (encoding === "utf-16be") le.swap16();
    const file = path.join(tmp, `${encoding}.yaml`);
    fs.writeFileSync(file, Buffer.concat([Buffer.from(bom), le]));
    const r = await generate(file, GENERATORS[0]!);
    expect(r.code, r.err).toBe(0);
  });

  it("a UTF-8 byte order mark is skipped", async () => {
    const file = path.join(tmp, "bom.yaml");
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(path.join(BROKEN, "recursive-schemas.yaml"))]));
    const r = await generate(file, GENERATORS[0]!);
    expect(r.code, r.err).toBe(0);
  });
});

describe("duplicate operationIds", () => {
  it.each(GENERATORS)("%s: a warning at the later one; both are generated", async (generator) => {
    const r = await generate(path.join(BROKEN, "duplicate-operation-ids.yaml"), generator);
    expect(r.code, r.err).toBe(0);
    expect(r.lines.filter((l) => !l.includes("#: "))).toEqual([
      `warning: F:17:7 #/paths/~1bravo/get/operationId: operationId "getThing" is also the one of #/paths/~1alpha/get (operationIds must be unique); in one API class, the later one's method gets a numeric suffix`,
    ]);
  });
});

describe("constructs oaswright does not generate are warnings, never silence", () => {
  it.each(GENERATORS)("%s: callbacks and webhooks", async (generator) => {
    const r = await generate(path.join(BROKEN, "callbacks-webhooks.yaml"), generator);
    expect(r.code, r.err).toBe(0);
    expect(r.lines.filter((l) => !l.includes("#: "))).toEqual([
      "warning: F:13:7 #/paths/~1subscribe/post/callbacks: callbacks are requests the API sends, not calls a client makes: not generated",
      // OAG writes a 3.1 document's webhooks as API classes and docs from 7.2.0 (src/codegen/webhooks.ts);
      // python-prior left it before that.
      generator === "python-prior"
        ? "warning: F:20:1 #/webhooks: webhooks are requests the API sends, not calls a client makes: not generated (OpenAPI Generator's python-prior writes nothing for them)"
        : "warning: F:20:1 #/webhooks: webhooks are requests the API sends, not calls a client makes: written as OpenAPI Generator writes them, as API classes and docs (DefaultApi) that the package does not export",
    ]);
  });
});

describe("recursive schemas are valid", () => {
  it.each(GENERATORS)("%s: self- and mutually recursive schemas generate without warnings", async (generator) => {
    const r = await generate(path.join(BROKEN, "recursive-schemas.yaml"), generator);
    expect(r.code, r.err).toBe(0);
    expect(r.lines).toEqual([]);
  });

  it("typescript: the generated code type-checks strict", async () => {
    if (!GENERATORS.includes("typescript")) return;
    const r = await generate(path.join(BROKEN, "recursive-schemas.yaml"), "typescript");
    expect(r.code, r.err).toBe(0);
    expect(typecheck(r.out)).toEqual([]);
  });
});

describe("enormous inputs: linear time", () => {
  const BIG = 5 * 1024 * 1024;

  function bigSpec(): Record<string, unknown> {
    const mb = "m".repeat(1024 * 1024);
    return {
      openapi: "3.0.3",
      info: { title: "big", version: "1", description: "i".repeat(BIG) },
      paths: {
        "/big": {
          get: {
            operationId: "getBig",
            summary: mb,
            description: mb,
            responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Big" } } } } },
          },
        },
      },
      components: {
        schemas: {
          Big: { type: "object", description: mb, properties: { big: { type: "string", description: "d".repeat(BIG), default: mb, enum: [mb, "small"] } } },
        },
      },
    };
  }

  // A quadratic step over 5 MB would take hours; the bound is generous for a slow CI machine.
  it.each(GENERATORS)("%s: 5 MB descriptions, 1 MB summaries, defaults and enum values", async (generator) => {
    const json = path.join(tmp, `big-${generator}.json`);
    fs.writeFileSync(json, JSON.stringify(bigSpec()));
    const started = Date.now();
    const r = await generate(json, generator, "--skip-validate-spec");
    expect(r.code, r.err.slice(0, 2000)).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("a 5 MB YAML block scalar", async () => {
    const yaml = path.join(tmp, "big.yaml");
    fs.writeFileSync(yaml, `openapi: 3.0.3\ninfo:\n  title: big\n  version: "1"\n  description: |\n    ${"y".repeat(BIG)}\npaths: {}\n`);
    const started = Date.now();
    const r = await generate(yaml, GENERATORS[0]!);
    expect(r.code, r.err.slice(0, 2000)).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("a truncated 5 MB single-line JSON string is reported at its line and column", async () => {
    const file = path.join(tmp, "big-truncated.json");
    fs.writeFileSync(file, `{"openapi": "3.0.3", "info": {"title": "${"x".repeat(BIG)}`);
    const r = await generate(file, GENERATORS[0]!);
    expect(r.lines).toEqual([`error: F:1:${BIG + 41} #: invalid JSON: Unterminated string in JSON at position ${BIG + 40}`]);
    expectCleanFailure(r);
  });

  it("invalid UTF-8 after 5 MB is reported with its byte offset and line", async () => {
    const file = path.join(tmp, "big-bad-utf8.yaml");
    const head = Buffer.from(`openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\n  description: "${"é".repeat(BIG / 2)}`);
    fs.writeFileSync(file, Buffer.concat([head, Buffer.from([0xc3, 0x28]), Buffer.from('"\npaths: {}\n')]));
    const r = await generate(file, GENERATORS[0]!);
    expect(r.lines).toEqual([`error: F:5:${BIG / 2 + 17} #: the file is not valid UTF-8 (first bad byte at offset ${head.length})`]);
    expectCleanFailure(r);
  });
});
