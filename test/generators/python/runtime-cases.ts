// The python packages the runtime and wire tests generate: every golden python case (its spec and
// options from fixtures/golden/cases.json) and the wire spec of fixtures/python-runtime.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseGenerateArgs } from "../../../src/cli/options.js";
import { EMPTY_OPTIONS, generateFiles } from "../../../src/generate.js";
import type { GeneratorOptions } from "../../../src/generators/generator.js";
import type { ApiModel } from "../../../src/model/ir.js";
import type { GeneratedFile } from "../../../src/render/write.js";
import { GOLDEN_ROOT, goldenCases } from "../../support/golden.js";

export const RUNTIME_FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "fixtures", "python-runtime");

export interface PythonCase {
  readonly name: string;
  readonly spec: string;
  readonly options: GeneratorOptions;
  /** The dotted package name. */
  readonly packageName: string;
}

/** The golden python cases, with the options their command lines give. */
export function goldenPythonCases(): PythonCase[] {
  return goldenCases("python").map((c) => {
    const spec = path.join(GOLDEN_ROOT, c.dir, c.spec);
    const { options } = parseGenerateArgs(["-i", spec, "-g", "python", ...c.args]);
    const packageName = options.additionalProperties["packageName"];
    return { name: c.name, spec, options, packageName: typeof packageName === "string" ? packageName : "openapi_client" };
  });
}

/** fixtures/python-runtime/echo-wire.yaml as package `wire_client`. */
export function wireCase(): PythonCase {
  return {
    name: "echo-wire",
    spec: path.join(RUNTIME_FIXTURES, "echo-wire.yaml"),
    options: { ...EMPTY_OPTIONS, additionalProperties: { packageName: "wire_client" } },
    packageName: "wire_client",
  };
}

/** fixtures/python-runtime/hostile-names.yaml as package `hostile_client`. */
export function hostileCase(): PythonCase {
  return {
    name: "hostile-names",
    spec: path.join(RUNTIME_FIXTURES, "hostile-names.yaml"),
    options: { ...EMPTY_OPTIONS, additionalProperties: { packageName: "hostile_client" } },
    packageName: "hostile_client",
  };
}

/** fixtures/python-runtime/surface.yaml with HTTP library `library`, as package `surface_<library>`. */
export function surfaceCase(library: string): PythonCase {
  const packageName = `surface_${library}`;
  return {
    name: packageName,
    spec: path.join(RUNTIME_FIXTURES, "surface.yaml"),
    options: { ...EMPTY_OPTIONS, additionalProperties: { packageName, library } },
    packageName,
  };
}

/** The case with additional properties added (`-p name=value`), e.g. `oagVersion`. */
export function withProperties(c: PythonCase, properties: Record<string, string>): PythonCase {
  return { ...c, options: { ...c.options, additionalProperties: { ...c.options.additionalProperties, ...properties } } };
}

/** The files of the case's Python package (its top-level package directory and below), and the IR. */
export async function generatePackage(c: PythonCase): Promise<{ files: GeneratedFile[]; model: ApiModel }> {
  const { files, model } = await generateFiles({ input: c.spec, generator: "python", options: c.options, validate: "off" });
  const top = `${c.packageName.split(".")[0]}/`;
  return { files: files.filter((f) => f.path.startsWith(top) && !f.path.endsWith(".md")), model };
}
