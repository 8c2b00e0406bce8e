// Issue 15: generated python packages type-check under `mypy --strict`, for the shapes real specs
// broke it with, and keep their wire. fixtures/python-mypy: packages whose models/ or api/ export
// nothing (an untyped `__all__ = []`), allOf children that redeclare a parent's property with a
// type that is not a subtype of the parent's, and properties whose Python names collide. The
// python packages are type-checked and driven through a round trip over HTTP (the echo server);
// the python-prior packages of the same specs are imported and driven the same way.
import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { writeOutput, type GeneratedFile } from "../../../src/render/write.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { runMypy, runPython } from "../../support/python.js";

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "fixtures", "python-mypy");
const IMPORT_ALL = readFileSync(path.resolve(FIXTURES, "..", "..", "scripts", "python-import-all.py"), "utf8");

const CASES = [
  { spec: "no-models.yaml", python: "no_models_client", prior: "no_models_prior" },
  { spec: "no-operations.yaml", python: "no_api_client", prior: "no_api_prior" },
  { spec: "allof-redeclared.yaml", python: "allof_client", prior: "allof_prior" },
] as const;

const fixture = folderWithEcho("oaswright-pymypy-");
const generated = new Map<string, GeneratedFile[]>();
const text = (f: GeneratedFile) => (typeof f.contents === "string" ? f.contents : Buffer.from(f.contents).toString("utf8"));

async function generate(spec: string, generator: "python" | "python-prior", packageName: string): Promise<GeneratedFile[]> {
  const { files } = await generateInMemory(path.join(FIXTURES, spec), generator, { packageName });
  return files.filter((f) => f.path.startsWith(`${packageName}/`) && !f.path.endsWith(".md"));
}

beforeAll(async () => {
  for (const c of CASES) {
    for (const [generator, pkg] of [["python", c.python], ["python-prior", c.prior]] as const) {
      const files = await generate(c.spec, generator, pkg);
      generated.set(pkg, files);
      writeOutput(fixture.tmp, files);
    }
  }
  for (const f of ["holder.json", "roundtrip_python.py", "roundtrip_python_prior.py"]) cpSync(path.join(FIXTURES, f), path.join(fixture.tmp, f));
});

const source = (pkg: string, file: string) => text(generated.get(pkg)!.find((f) => f.path === `${pkg}/${file}`)!);
const fieldLines = (pkg: string, model: string) =>
  source(pkg, `models/${model}.py`).split("\n").filter((l) => /^ {4}[a-z_0-9]+: /.test(l) && !l.includes("ClassVar"));

describe("python: the shapes that broke mypy --strict", () => {
  it("types an empty __all__", () => {
    expect(source("no_models_client", "models/__init__.py")).toContain("\n__all__: list[str] = []\n");
    expect(source("no_api_client", "api/__init__.py")).toContain("\n__all__: list[str] = []\n");
  });

  // Given the fixture's redeclarations, want these class bodies (runtime/inheritance.ts).
  it.each([
    ["account", [
      "    kind: StrictStr",
      "    handle: StrictStr",
      '    serial: Annotated[Optional[Union[StrictStr, StrictInt]], Field(union_mode="left_to_right")] = None',
      '    links: Annotated[Optional[Union[AccountLinks, AdminLinks, UserLinks]], Field(union_mode="left_to_right")] = None',
    ]],
    ["user", [
      "    handle: StrictStr",
      '    links: Annotated[Optional[Union[UserLinks, AdminLinks]], Field(union_mode="left_to_right")] = None',
      "    email: Optional[StrictStr] = None",
    ]],
    ["admin", ["    level: Optional[StrictInt] = None", "    links: Optional[AdminLinks] = None"]],
    ["robot", ["    kind: RobotKind", "    serial: StrictInt"]],
    ["team", ["    links: Optional[TeamLinks] = None", "    size: Optional[StrictInt] = None"]],
    ["collision", [
      '    type: Optional[StrictStr] = Field(default=None, alias="_type")',
      '    type_2: Optional[StrictStr] = Field(default=None, alias="type")',
      "    type_: Optional[StrictStr] = None",
    ]],
  ] as const)("%s: fields", (model, want) => {
    const pkg = model === "collision" ? "no_api_client" : "allof_client";
    expect(fieldLines(pkg, model)).toEqual(want);
  });

  it("keeps every child a subclass of its parent", () => {
    expect(source("allof_client", "models/user.py")).toContain("\nclass User(Account):\n");
    expect(source("allof_client", "models/admin.py")).toContain("\nclass Admin(User):\n");
    expect(source("allof_client", "models/robot.py")).toContain("\nclass Robot(Account):\n");
  });
});

describe.concurrent("python and python-prior packages in Python 3.13", () => {
  it("python: mypy --strict finds nothing", async () => {
    const r = await runMypy(fixture.tmp, ["--strict", "--no-error-summary", "--cache-dir", ".mypy_cache", ...CASES.map((c) => c.python)], { timeoutMs: 240_000 });
    expect(r.stdout + r.stderr, "mypy --strict output").toBe("");
    expect(r.code).toBe(0);
  });

  it("python: real JSON round-trips through the models and over HTTP", async () => {
    const r = await runPython({ cwd: fixture.tmp, args: ["roundtrip_python.py"], env: { ECHO_URL: fixture.echo.url }, timeoutMs: 120_000 });
    expect(r.stdout + r.stderr).toBe("ok\n");
    expect(r.code).toBe(0);
  });

  it("python-prior: every module compiles and imports, and the same JSON round-trips over HTTP", async () => {
    for (const c of CASES) {
      const dir = path.join(fixture.tmp, `prior-${c.prior}`);
      writeOutput(dir, generated.get(c.prior)!);
      const imported = await runPython({ cwd: dir, args: ["-c", IMPORT_ALL], timeoutMs: 120_000 });
      expect(imported.stderr).toBe("");
      expect(Number(imported.stdout.trim())).toBeGreaterThan(5);
    }
    const r = await runPython({ cwd: fixture.tmp, args: ["roundtrip_python_prior.py"], env: { ECHO_URL: fixture.echo.url }, timeoutMs: 120_000 });
    expect(r.stdout + r.stderr).toBe("ok\n");
    expect(r.code).toBe(0);
  });
});
