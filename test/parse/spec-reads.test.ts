// A batch reads and checks a spec once for all its generators (src/parse/spec-reads.ts). That is
// only sound while nothing after the load writes to the loaded document: these tests freeze what
// the load returned and run the three generators on it, across OpenAPI versions, YAML aliases,
// older releases and specs with findings, and compare with runs that read the spec themselves.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMPTY_OPTIONS, generateFiles, type GenerateRequest } from "../../src/generate.js";
import type { LoadedSpec, LoadOptions } from "../../src/parse/load.js";
import { SpecReads } from "../../src/parse/spec-reads.js";
import { deepFreeze } from "../support/freeze.js";

const ROOT = path.resolve(__dirname, "..", "..");
const SPECS = [
  "fixtures/swagger2/petstore-v2.yaml", // 2.0: the converter builds a new document
  "fixtures/typescript/composed-schemas.yaml", // inline schemas the planner hoists
  "fixtures/hostile/hostile.yaml",
  "fixtures/specs/invalid-type.yaml", // schema findings (warnings for generate)
  "fixtures/conformance/emailvalidator-python-prior/spec/ev.openapiv3.yaml", // YAML anchors
  "fixtures/conformance/paws-python/spec/openapi.json", // 3.1, inline schemas only
  "fixtures/conformance/proxima-typescript/spec/swagger_output.json", // 2.0 JSON
];
const GENERATORS = ["typescript", "python", "python-prior"];
const RELEASES = [undefined, "5.4.0", "6.6.0"];

/** SpecReads whose loads are frozen as soon as they are read (all but the source map, whose line table fills on demand). */
class FrozenReads extends SpecReads {
  override async load(location: string, options: LoadOptions): Promise<LoadedSpec> {
    const { sourceMap, ...read } = await super.load(location, options);
    deepFreeze(read);
    return { ...read, sourceMap };
  }
}

function request(spec: string, generator: string, oagVersion: string | undefined): GenerateRequest {
  const additionalProperties = oagVersion === undefined ? {} : { oagVersion };
  return { input: path.join(ROOT, spec), generator, options: { ...EMPTY_OPTIONS, additionalProperties }, validate: "warning" };
}

async function outcome(run: Promise<Awaited<ReturnType<typeof generateFiles>>>): Promise<unknown> {
  try {
    const { files, warnings } = await run;
    // The python READMEs print the build date.
    return { files: files.filter((f) => !f.path.endsWith("README.md")).map((f) => [f.path, String(f.contents)]), warnings };
  } catch (err) {
    return { failed: (err as Error).message, diagnostics: (err as { diagnostics?: unknown }).diagnostics };
  }
}

describe("specs read once for several generations", () => {
  for (const spec of SPECS) {
    it(`${path.basename(spec)}: every generator on the frozen document writes what a run of its own does`, async () => {
      const reads = new FrozenReads();
      for (const generator of GENERATORS) {
        for (const release of RELEASES) {
          const alone = await outcome(generateFiles(request(spec, generator, release)));
          const shared = await outcome(generateFiles(request(spec, generator, release), reads));
          expect(shared, `${generator} ${release ?? "newest"}`).toEqual(alone);
        }
      }
    }, 60_000);
  }

  it("loads once per location and load options, checks once per level, and lets go after the last use", async () => {
    const spec = path.join(ROOT, "fixtures/specs/invalid-type.yaml");
    const reads = new SpecReads(new Map([[spec, 2]]));
    const newest = { yaml11Numbers: true };
    const first = reads.load(spec, newest);
    expect(reads.load(spec, { yaml11Numbers: true })).toBe(first);
    expect(reads.load(spec, { yamlAliasesAsAnchorNames: true })).not.toBe(first);
    const loaded = await first;
    const warnings = await reads.check(loaded, newest, "warning");
    expect(warnings.map((d) => [d.level, d.pointer])).toContainEqual(["warning", "/paths/~1a/get/parameters/0/schema/type"]);
    expect(reads.check(loaded, newest, "warning")).toBe(reads.check(loaded, newest, "warning"));
    expect((await reads.check(loaded, newest, "error")).every((d) => d.level === "error")).toBe(true);
    reads.done(spec);
    expect(reads.load(spec, newest)).toBe(first);
    reads.done(spec);
    expect(reads.load(spec, newest)).not.toBe(first);
  });

  it("a spec that cannot be read fails every run that reads it, with the same message", async () => {
    const reads = new SpecReads();
    const missing = path.join(ROOT, "fixtures/specs/no-such-spec.yaml");
    const message = (r: Promise<unknown>) => r.then(() => "", (err: Error) => err.message);
    expect(await message(generateFiles(request("fixtures/specs/no-such-spec.yaml", "python", undefined), reads))).toContain(missing);
    expect(await message(generateFiles(request("fixtures/specs/no-such-spec.yaml", "typescript", undefined), reads))).toContain(missing);
  });
});
