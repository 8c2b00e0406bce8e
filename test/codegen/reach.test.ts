// The reach audit (src/codegen/reach.ts) against each generator's real output: nothing is missing
// from it, and when a parameter, form field, property or whole API file is taken out of the files,
// the audit names exactly that one at its pointer.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findUnreached, isUnreachedMessage } from "../../src/codegen/reach.js";
import { EMPTY_OPTIONS, generateFiles, requireGenerator } from "../../src/generate.js";
import { generatorNames } from "../../src/generators/index.js";
import type { GeneratedFile } from "../../src/render/write.js";

const SPEC = path.resolve(__dirname, "../../fixtures/reach/every-place.yaml");
const GOLDEN = path.resolve(__dirname, "../../fixtures/golden");

/** What the audit reports on the golden specs, by generator and spec: nothing today. Anything it reports is a regression. */
const KNOWN_DROPS: Readonly<Record<string, readonly string[]>> = {};

/** The files (and the parts they name in `covers`) with every occurrence of one wire literal replaced. */
function without(files: readonly GeneratedFile[], literal: string): GeneratedFile[] {
  const cut = (text: string) => text.split(literal).join('"__gone__"');
  return files.map((f) => {
    if (typeof f.contents !== "string") return f;
    const cutAll = (m: ReadonlyMap<string, string> | undefined) => m && new Map([...m].map(([k, v]) => [k, cut(v)]));
    const covers = f.covers && { ...f.covers, schemaParts: cutAll(f.covers.schemaParts), operationParts: cutAll(f.covers.operationParts) };
    return { ...f, contents: cut(f.contents), ...(covers ? { covers } : {}) };
  });
}

describe("reach audit", () => {
  for (const name of generatorNames()) {
    it(`${name}: every operation, parameter, form field and property is found, and each one taken out is named`, async () => {
      const generator = await requireGenerator(name);
      const result = await generateFiles({ input: SPEC, generator: name, options: EMPTY_OPTIONS, validate: "warning" });
      const literal = (s: string) => generator.wireLiteral(s);
      const audit = (files: readonly GeneratedFile[]) => findUnreached(result.model, files, literal).map((m) => `${m.pointer} ${m.message}`);

      expect(audit(result.files)).toEqual([]);
      expect(result.warnings.map((w) => w.message).filter((m) => m.includes("generated code"))).toEqual([]);
      expect(result.files.filter((f) => f.covers?.operations !== undefined || f.covers?.operationParts !== undefined).length).toBeGreaterThan(0);
      // A part a file names is text of that file.
      for (const f of result.files) {
        for (const part of [...(f.covers?.schemaParts?.values() ?? []), ...(f.covers?.operationParts?.values() ?? [])]) expect(f.contents).toContain(part);
      }

      expect(audit(without(result.files, literal("item-id")))).toEqual([
        "/paths/~1items~1{item-id}/post/parameters/0 path parameter \"item-id\" of updateItem is not in the generated code",
      ]);
      expect(audit(without(result.files, literal('trace"id')))).toEqual([
        "/paths/~1items~1{item-id}/parameters/0 header parameter \"trace\\\"id\" of updateItem is not in the generated code",
      ]);
      // The inline form body is also a model (updateItem_request) in some targets: reported twice then.
      expect(audit(without(result.files, literal("note\\path")))).toContain(
        "/paths/~1items~1{item-id}/post/requestBody/content/multipart~1form-data/schema/properties/note\\path form field \"note\\\\path\" of updateItem (multipart/form-data) is not in the generated code",
      );
      expect(audit(without(result.files, literal("display'name")))).toEqual([
        "/components/schemas/Item/properties/display'name property \"display'name\" of Item is not in the generated code",
      ]);
      const noApis = result.files.filter((f) => !f.covers?.operations?.includes("/paths/~1items/put") && !f.covers?.operationParts?.has("/paths/~1items/put"));
      expect(audit(noApis)).toContain("/paths/~1items/put operation putItem is in no generated code file");
    });
  }
});

describe("reach audit on every golden spec, with every generator", () => {
  const cases = JSON.parse(fs.readFileSync(path.join(GOLDEN, "cases.json"), "utf8")).cases as { dir: string; spec: string }[];
  const specs = [...new Set(cases.map((c) => `${c.dir}/${c.spec}`))].sort();
  for (const name of generatorNames()) {
    it.each(specs)(`${name}: %s drops only what is known`, async (rel) => {
      const result = await generateFiles({ input: path.join(GOLDEN, rel), generator: name, options: EMPTY_OPTIONS, validate: "off" });
      const dropped = result.warnings.filter((w) => isUnreachedMessage(w.message)).map((w) => w.pointer);
      expect(dropped).toEqual(KNOWN_DROPS[`${name} ${rel}`] ?? []);
    });
  }
});
