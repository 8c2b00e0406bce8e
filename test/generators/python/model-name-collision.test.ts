// Two schemas whose names give one class (`ThingKind` and `Thing_kind`). OpenAPI Generator keeps one
// model per class name (DefaultGenerator.generateModels' TreeMap keyed by toModelName: the first
// key, the last schema's model) and its docs show that one; oaswright's docs do the same
// (src/codegen/model-names.ts oagDocumentedModels), while its client keeps both models (the later
// one is `ThingKind2`, with a warning) and both work over HTTP.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { fileTextOrUndefined as text } from "../../support/generated-file.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { modelNameCollisionSpec } from "../../support/model-name-collision-spec.js";
import { expectMypyStrict, runWithPackage } from "../../support/python-package.js";

const SPEC = modelNameCollisionSpec({ primitiveAlias: true });

const fixture = specWithEcho("oaswright-model-collision-", SPEC);

async function generate() {
  const result = await generateInMemory(fixture.spec, "python", { packageName: "collide_client" });
  return { files: result.files, warnings: result.warnings.map((w) => w.message) };
}

describe("python: schemas that share a class name", () => {
  it("docs: OAG's one model per class name, the last schema's; a primitive alias coming last leaves none", async () => {
    const { files, warnings } = await generate();
    expect(warnings).toContain('model "Thing_kind" is named ThingKind2: ThingKind is taken by "ThingKind"');
    const paths = files.map((f) => f.path);
    expect(paths).not.toContain("docs/ThingKind2.md");
    const doc = text(files, "docs/ThingKind.md")!;
    expect(doc).toContain("the second one");
    expect(doc).toContain("**b** | **int** |  | [optional] \n");
    expect(doc).not.toContain("**a**");
    expect(doc).toContain("from collide_client.models.thing_kind import ThingKind\n");
    const holder = text(files, "docs/Holder.md")!;
    expect(holder).toContain("**first** | [**ThingKind**](ThingKind.md) |  | [optional] \n");
    expect(holder).toContain("**second** | [**ThingKind**](ThingKind.md) |  | [optional] \n");
    expect(holder).toContain("**code** | **str** |  | [optional] \n");
    expect(holder).toContain("**coded** | [**CodeName**](CodeName.md) |  | [optional] \n");
    // `CodeName: {type: string}` comes after `Code_name`: OAG puts it over Code_name's model and
    // then writes no file for an alias.
    expect(paths).not.toContain("docs/CodeName.md");
    const readme = text(files, "README.md")!;
    expect(readme.match(/ - \[ThingKind\]\(docs\/ThingKind\.md\)\n/g)).toHaveLength(1);
    expect(readme).not.toContain("ThingKind2");
    expect(readme).not.toContain("[CodeName]");
    expect(readme).toContain(" - [Holder](docs/Holder.md)\n");
    // A body is named after its model's class as OAG names it.
    const api = text(files, "docs/HoldersApi.md")!;
    expect(api).toContain("> ThingEcho put_thing(thing_kind)\n");
    expect(api).toContain(" **thing_kind** | [**ThingKind**](ThingKind.md)|  | \n");
    expect(text(files, "docs/ThingEcho.md")).toContain("**var_json** | [**ThingKind**](ThingKind.md) |  | [optional] \n");
  });

  it("code: both models of a class name exist and work; mypy --strict", async () => {
    const { files } = await generate();
    const paths = files.map((f) => f.path);
    for (const m of ["thing_kind", "thing_kind2", "code_name"]) expect(paths).toContain(`collide_client/models/${m}.py`);
    const dir = path.join(fixture.tmp, "py");
    const script = [
      "import os",
      "from collide_client import ApiClient, Configuration, HoldersApi, Holder, ThingKind, ThingKind2, CodeName",
      "api = HoldersApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
      "seen = api.post_holder(Holder(first=ThingKind(a='x'), second=ThingKind2(b=2), code='c', coded=CodeName(x='y')))",
      "got = seen.var_json",
      "assert got is not None",
      "assert isinstance(got.first, ThingKind) and got.first.a == 'x', got",
      "assert isinstance(got.second, ThingKind2) and got.second.b == 2, got",
      "assert got.code == 'c' and isinstance(got.coded, CodeName) and got.coded.x == 'y', got",
      "echoed = api.put_thing(thing_kind=ThingKind2(b=5)).var_json",
      "assert isinstance(echoed, ThingKind2) and echoed.b == 5, echoed",
      "print('ok', got.to_json())",
    ].join("\n");
    const r = await runWithPackage(dir, files, "use_collide.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain('"second": {"b": 2}');
    await expectMypyStrict(dir, ["collide_client", "use_collide.py"]);
  }, 300_000);
});
