// `--global-property` selects files as OpenAPI Generator does (src/codegen/select-files.ts), for
// every generator: apis/models/supportingFiles with or without names, apiDocs/modelDocs=false, and
// a note for keys and names that select nothing.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../support/generate.js";
import { generatorNames } from "../../src/generators/index.js";

const SPEC = path.resolve(__dirname, "../../fixtures/golden/openapi-generator/typescript-petstore/spec/petstore.yaml");

async function generate(generator: string, globalProperties: Record<string, string>) {
  const r = await generateInMemory(SPEC, generator, {}, { options: { globalProperties } });
  return { paths: r.files.map((f) => f.path), roles: r.files.map((f) => f.role), notes: r.warnings.filter((w) => w.file === "(options)").map((w) => w.message) };
}

describe("--global-property", () => {
  for (const generator of generatorNames()) {
    it(`${generator}: selects APIs, models and supporting files, with or without names`, async () => {
      const all = await generate(generator, {});
      const kinds = new Set(all.roles.map((r) => r?.kind ?? "supporting"));
      expect([...kinds].sort()).toEqual(generator === "typescript" ? ["api", "apiDoc", "model", "supporting"] : ["api", "apiDoc", "model", "modelDoc", "supporting"]);

      const models = await generate(generator, { models: "" });
      expect(models.roles.every((r) => r?.kind === "model" || r?.kind === "modelDoc")).toBe(true);
      expect(models.paths.length).toBe(all.roles.filter((r) => r?.kind === "model" || r?.kind === "modelDoc").length);

      const pet = await generate(generator, { apis: "pet", models: "Pet:Tag" });
      expect(new Set(pet.roles.map((r) => `${r!.kind} ${r!.names.at(-1)}`))).toEqual(
        new Set([
          "api PetApi",
          "apiDoc PetApi",
          ...(generator === "typescript" ? ["model Pet", "model Tag"] : ["model Pet", "model Tag", "modelDoc Pet", "modelDoc Tag"]),
        ]),
      );

      const noDocs = await generate(generator, { apis: "", apiDocs: "false", modelDocs: "false" });
      expect(new Set(noDocs.roles.map((r) => r?.kind))).toEqual(new Set(["api"]));

      const supporting = await generate(generator, { supportingFiles: "" });
      expect(supporting.roles.every((r) => r === undefined)).toBe(true);
      expect(supporting.paths.length).toBe(all.roles.filter((r) => r === undefined).length);

      const readme = await generate(generator, { supportingFiles: "README.md" });
      expect(readme.paths.every((p) => p.endsWith("README.md"))).toBe(true);
      expect(readme.paths.length).toBeGreaterThan(0);

      expect((await generate(generator, { modelDocs: "false" })).paths.length).toBe(all.paths.length - all.roles.filter((r) => r?.kind === "modelDoc").length);
      expect((await generate(generator, { models: "Nope", debugOpenAPI: "true" })).notes).toEqual([
        "--global-property debugOpenAPI changes nothing in oaswright",
        '--global-property models: no model is named "nope"',
      ]);
    });
  }
});
