// The python client code of every golden python case (and of the wire and hostile-names
// fixtures): generated
// twice to the same bytes, laid out as OpenAPI Generator lays it out, and then, in Python 3.13
// with pydantic 2 and urllib3 2: byte-compiled, imported (package, .api, .models) and
// type-checked with `mypy --strict`, all packages in one run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../src/generators/python/models.js";
import { PythonNames } from "../../../src/generators/python/names.js";
import type { ApiModel } from "../../../src/model/ir.js";
import { writeOutput, type GeneratedFile } from "../../../src/render/write.js";
import { runMypy, runPython } from "../../support/python.js";
import { generatePackage, goldenPythonCases, hostileCase, wireCase, type PythonCase } from "./runtime-cases.js";

const cases: PythonCase[] = [...goldenPythonCases(), wireCase(), hostileCase()];
const generated = new Map<string, GeneratedFile[]>();
const models = new Map<string, ApiModel>();
let root: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "oaswright-pyruntime-"));
  for (const c of cases) {
    const { files, model } = await generatePackage(c);
    generated.set(c.name, files);
    models.set(c.name, model);
    writeOutput(path.join(root, c.name), files);
  }
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const text = (f: GeneratedFile) => (typeof f.contents === "string" ? f.contents : Buffer.from(f.contents).toString("utf8"));

describe("python client layout", () => {
  it("covers every golden python case", () => {
    expect(cases.map((c) => c.name).sort()).toEqual(["bsubio", "echo-wire", "hostile-names", "libica", "osparc-python", "python-echo-api", "python-petstore"]);
  });

  it("writes OpenAPI Generator's support modules and one module per API (echo_api)", () => {
    const paths = generated.get("python-echo-api")!.map((f) => f.path).filter((p) => !p.startsWith("openapi_client/models/"));
    expect(paths.sort()).toEqual([
      "openapi_client/__init__.py",
      "openapi_client/api/__init__.py",
      "openapi_client/api/auth_api.py",
      "openapi_client/api/body_api.py",
      "openapi_client/api/form_api.py",
      "openapi_client/api/header_api.py",
      "openapi_client/api/path_api.py",
      "openapi_client/api/query_api.py",
      "openapi_client/api_client.py",
      "openapi_client/api_response.py",
      "openapi_client/configuration.py",
      "openapi_client/exceptions.py",
      "openapi_client/py.typed",
      "openapi_client/rest.py",
    ]);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s: one model module per model the docs list", (_name, c) => {
    const model = models.get(c.name)!;
    const pkg = c.packageName.split(".").join("/");
    const want = buildModels(model, new PythonNames(c.options)).map((m) => `${pkg}/models/${m.module}.py`);
    const got = generated.get(c.name)!.map((f) => f.path).filter((p) => p.startsWith(`${pkg}/models/`) && !p.endsWith("__init__.py"));
    expect(got.sort()).toEqual(want.sort());
  });

  it("exports the version, the support classes, every API and every model from the package", () => {
    const init = text(generated.get("python-echo-api")!.find((f) => f.path === "openapi_client/__init__.py")!);
    expect(init).toContain('__version__ = "1.0.0"');
    for (const name of ["ApiClient", "ApiResponse", "Configuration", "ApiException", "NotFoundException", "ServiceException", "QueryApi", "Pet", "StringEnumRef"]) {
      expect(init).toContain(` import ${name} as ${name}\n`);
      expect(init).toContain(`    "${name}",\n`);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s: generates the same bytes twice", async (_name, c) => {
    const { files: again } = await generatePackage(c);
    expect(again.map((f) => [f.path, text(f)])).toEqual(generated.get(c.name)!.map((f) => [f.path, text(f)]));
  });
});

// The two Python runs are independent: they run side by side.
describe.concurrent("python client code in Python 3.13", () => {
  it("byte-compiles and imports (package, .api, .models) for every case", async () => {
    const script = [
      "import compileall, importlib, sys",
      `cases = ${JSON.stringify(cases.map((c) => [c.name, c.packageName]))}`,
      "for directory, package in cases:",
      "    top = package.split('.')[0]",
      "    if not compileall.compile_dir(directory + '/' + top, quiet=1):",
      "        sys.exit('compileall failed for ' + directory)",
      "    sys.path.insert(0, directory)",
      "    for module in (package, package + '.api', package + '.models'):",
      "        importlib.import_module(module)",
      "    print('imported', package)",
    ].join("\n");
    const r = await runPython({ cwd: root, args: ["-c", script], timeoutMs: 120_000 });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(cases.length);
  });

  it("passes mypy --strict", async () => {
    const packages = cases.map((c) => `${c.name}/${c.packageName.split(".")[0]}`);
    const r = await runMypy(root, ["--strict", "--no-error-summary", "--cache-dir", ".mypy_cache", ...packages], { timeoutMs: 180_000 });
    expect(r.stdout + r.stderr, "mypy --strict output").toBe("");
    expect(r.code).toBe(0);
  });
});
