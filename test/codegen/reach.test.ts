// The reach audit (src/codegen/reach.ts) against each generator's real output: nothing is missing
// from it, and when a parameter, form field, property or whole API file is taken out of the files,
// the audit names exactly that one at its pointer.

import fs from "node:fs";
import os from "node:os";
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

/** Two operations of one tag (so one API file in some targets) with the same parameter names. */
const SHARED_NAMES = `openapi: 3.0.3
info: { title: shared names, version: "1" }
paths:
  /items/{id}:
    get:
      operationId: getItem
      tags: [items]
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
        - { name: fields, in: query, schema: { type: string } }
      responses: { "204": { description: ok } }
    delete:
      operationId: deleteItem
      tags: [items]
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
        - { name: fields, in: query, schema: { type: string } }
      responses: { "204": { description: gone } }
`;

describe("reach audit per operation", () => {
  for (const name of generatorNames()) {
    it(`${name}: a parameter taken out of one operation is named even when another operation of its file has one of that name`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-reach-"));
      try {
        const spec = path.join(dir, "spec.yaml");
        fs.writeFileSync(spec, SHARED_NAMES);
        const generator = await requireGenerator(name);
        const result = await generateFiles({ input: spec, generator: name, options: EMPTY_OPTIONS, validate: "warning" });
        const literal = generator.wireLiteral("fields");
        const audit = (files: readonly GeneratedFile[]) => findUnreached(result.model, files, (s) => generator.wireLiteral(s)).map((m) => `${m.pointer} ${m.message}`);
        expect(audit(result.files)).toEqual([]);
        const pointer = "/paths/~1items~1{id}/get";
        const owners = result.files.filter((f) => f.covers?.operationParts?.has(pointer) || f.covers?.operations?.includes(pointer));
        expect(owners.length).toBeGreaterThan(0);
        // Each file holding getItem loses the literal in getItem's part only (or in all of it, when the file is getItem's alone).
        const cut = result.files.map((f) => {
          if (!owners.includes(f) || typeof f.contents !== "string") return f;
          const part = f.covers?.operationParts?.get(pointer);
          if (part === undefined) return { ...f, contents: f.contents.split(literal).join('"__gone__"') };
          expect(f.contents.split(part).length).toBe(2);
          const gone = part.split(literal).join('"__gone__"');
          return { ...f, contents: f.contents.replace(part, () => gone), covers: { ...f.covers, operationParts: new Map([...f.covers!.operationParts!].map(([k, v]) => [k, k === pointer ? gone : v])) } };
        });
        expect(audit(cut)).toEqual(['/paths/~1items~1{id}/get/parameters/1 query parameter "fields" of getItem is not in the generated code']);
        // The python generators cover their API modules by parts now, as typescript does.
        if (name !== "typescript") expect(owners.every((f) => f.covers?.operationParts !== undefined && f.covers.operations === undefined)).toBe(true);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
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
