// The offline part of the real-spec corpus (issue 6): a handful of @readme/oas-examples specs,
// committed in fixtures/corpus (see PROVENANCE.md), across 2.0/3.0/3.1 and JSON/YAML. Every one
// must generate with every registered generator, without an error, writing no file outside -o;
// each spec's own warnings (constructs oaswright cannot express) are exactly the ones listed.
// The full corpus, with type-checking and Python imports, is `npm run corpus`.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUnreachedMessage } from "../../src/codegen/reach.js";
import { formatDiagnostic } from "../../src/model/diagnostics.js";
import { generateFiles, EMPTY_OPTIONS } from "../../src/generate.js";
import { generatorNames } from "../../src/generators/index.js";
import { parseSpec, DEFAULT_PARSE_OPTIONS } from "../../src/parse/index.js";
import { checkOutputPath } from "../../src/render/write.js";

const ROOT = path.resolve(__dirname, "..", "..");
const CORPUS = path.join(ROOT, "fixtures/corpus/oas-examples");

/** Spec (relative to fixtures/corpus/oas-examples) -> the warnings it must get, formatted, `F` for the file. */
const SPECS: Readonly<Record<string, readonly string[]>> = {
  "2.0/json/petstore.json": [],
  "2.0/yaml/schema-circular.yaml": [],
  "3.0/json/circular.json": [],
  "3.0/json/discriminators.json": [],
  "3.0/json/schema-enums.json": [],
  "3.0/yaml/parameters-style.yaml": [],
  "3.0/yaml/polymorphism.yaml": [],
  "3.1/json/schema-types.json": [],
  "3.1/yaml/petstore.yaml": [],
  // A 3.1 document's webhooks are read (ApiModel.webhooks); the generators say what they write of them.
  "3.1/yaml/webhooks.yaml": [],
};

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-corpus-subset-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("corpus subset: fixtures/corpus", () => {
  it("holds exactly the specs listed here, under 500 KB in all", () => {
    const files = fs.readdirSync(CORPUS, { recursive: true, encoding: "utf8" }).filter((f) => /\.(json|ya?ml)$/.test(f));
    expect(files.map((f) => f.split(path.sep).join("/")).sort()).toEqual(Object.keys(SPECS).sort());
    const bytes = files.reduce((n, f) => n + fs.statSync(path.join(CORPUS, f)).size, 0);
    expect(bytes).toBeLessThan(500 * 1024);
  });

  it.each(Object.entries(SPECS))("%s: the spec's own warnings, exactly", async (rel, want) => {
    const file = path.join(CORPUS, rel);
    const { warnings } = await parseSpec(file, DEFAULT_PARSE_OPTIONS);
    expect(warnings.map((w) => formatDiagnostic(w).split(file).join("F"))).toEqual(want);
  });

  for (const generator of generatorNames()) {
    it.each(Object.keys(SPECS))(`${generator}: %s generates`, async (rel) => {
      const file = path.join(CORPUS, rel);
      const result = await generateFiles({ input: file, generator, options: EMPTY_OPTIONS, validate: "warning" });
      expect(result.files.length).toBeGreaterThan(0);
      for (const f of result.files) expect(() => checkOutputPath(f.path)).not.toThrow();
      // Operations are never dropped by the parse: every path x method of the spec is in the IR.
      expect(result.model.operations.length).toBe(countOperations(fs.readFileSync(file, "utf8")));
      // ... and every webhook x method of a 3.1 spec is one of the IR's webhooks.
      expect(result.model.webhooks?.length ?? 0).toBe(countWebhookOperations(fs.readFileSync(file, "utf8")));
      // ... nor by the generator: every operation, parameter and property is in the code (reach audit).
      expect(result.warnings.filter((w) => isUnreachedMessage(w.message)).map(formatDiagnostic)).toEqual([]);
    });
  }
});

/** path x method pairs in the spec text, counted independently of the parser. */
function countOperations(text: string): number {
  // The subset's specs are plain enough for a line scan: methods are keys at the operation level.
  const methods = text.match(/^\s*"?(get|put|post|delete|options|head|patch|trace)"?\s*:/gm) ?? [];
  return methods.length - countWebhookOperations(text);
}

/** webhook x method pairs (the methods after a top-level `webhooks` key; the subset's specs put it last). */
function countWebhookOperations(text: string): number {
  return text.includes("webhooks") ? (text.split(/^webhooks:|"webhooks"\s*:/m)[1]?.match(/^\s*"?(get|put|post|delete|options|head|patch|trace)"?\s*:/gm) ?? []).length : 0;
}
