// Two OpenAPI Generator behaviours in the python client, docs and code, run against the echo server:
// - generateAliasAsModel (`--generate-alias-as-model`, `-p generateAliasAsModel=true`): array and map
//   components are models (docs, README list) and, in our client, pydantic RootModels that go out
//   and come back as the list or dict they hold;
// - before 7.5.0 (d88023f833) a form or multipart request body given by `$ref` is one body parameter
//   (`add_thing(thing)`); our client sends the model's properties as the form's fields (OAG's
//   rest.py drops a body under a form Content-Type), and JSON where the spec also offers JSON.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { fileTextOrUndefined as text } from "../../support/generated-file.js";
import type { GeneratorOptions } from "../../../src/generators/generator.js";
import { FORMS_ALIASES_SPEC } from "../../support/forms-aliases-spec.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { expectMypyStrict, runWithPackage } from "../../support/python-package.js";

const fixture = specWithEcho("oaswright-forms-aliases-py-", FORMS_ALIASES_SPEC);

async function generate(additional: Record<string, string>, extra: Partial<GeneratorOptions> = {}) {
  return (await generateInMemory(fixture.spec, "python", { packageName: "fa_client", ...additional }, { options: extra })).files;
}

describe("python: generateAliasAsModel and pre-7.5 form $ref bodies", () => {
  it("docs: array and map models only with the option; the form body is one parameter before 7.5.0", async () => {
    const plain = await generate({});
    expect(text(plain, "docs/Tags.md")).toBeUndefined();
    expect(text(plain, "docs/Scores.md")).toBeUndefined();
    expect(text(plain, "README.md")).not.toContain("[Tags](docs/Tags.md)");
    // ModelUtils.isGenerateAliasAsModel(schema): the schema's own x-generate-alias-as-model.
    expect(text(plain, "docs/Marked.md")).toContain("# Marked\n");
    expect(text(plain, "fa_client/models/marked.py")).toContain("class Marked(RootModel[List[StrictInt]]):");
    expect(text(plain, "docs/AliasesApi.md")).toContain("> TagsEcho put_tags(tag)\n");

    for (const aliases of [await generate({ generateAliasAsModel: "true" }), await generate({}, { generateAliasAsModelSetting: true })]) {
      expect(text(aliases, "docs/Tags.md")).toContain("# Tags\n\nSome tags\n\n## Properties\n");
      expect(text(aliases, "docs/Scores.md")).toContain("# Scores\n");
      expect(text(aliases, "docs/Names.md")).toContain("# Names\n");
      expect(text(aliases, "README.md")).toContain(" - [Tags](docs/Tags.md)\n");
      // addBodyModelSchema: the model names the body.
      expect(text(aliases, "docs/AliasesApi.md")).toContain("> TagsEcho put_tags(tags)\n");
      expect(text(aliases, "docs/Holder.md")).toContain("**tags** | [**Tags**](Tags.md) |");
    }
    // The additional property wins over the workflow setting (DefaultCodegen.processOpts).
    expect(text(await generate({ generateAliasAsModel: "false" }, { generateAliasAsModelSetting: true }), "docs/Tags.md")).toBeUndefined();

    const old = await generate({ oagVersion: "7.4.0" });
    const oldDoc = text(old, "docs/FormsApi.md")!;
    expect(oldDoc).toContain("> FormEcho add_thing(thing)\n");
    expect(oldDoc).toContain("> FormEcho add_thing_parts(thing)\n");
    expect(oldDoc).toContain(" **thing** | [**Thing**](Thing.md)|  | \n");
    expect(oldDoc).toContain(" - **Content-Type**: application/x-www-form-urlencoded\n");
    const newDoc = text(await generate({ oagVersion: "7.5.0" }), "docs/FormsApi.md")!;
    expect(newDoc).toContain("> FormEcho add_thing(name, item_count=item_count, labels=labels)\n");
    expect(newDoc).toContain("> FormEcho add_thing_parts(name, item_count=item_count, labels=labels)\n");
    expect(text(await generate({}), "docs/FormsApi.md")).toContain("> FormEcho add_thing(name, item_count=item_count, labels=labels)\n");
  });

  it("code: RootModels round-trip, the 7.4.0 form body goes out as form fields; mypy --strict", async () => {
    const files = await generate({ oagVersion: "7.4.0", generateAliasAsModel: "true" });
    const api = text(files, "fa_client/api/forms_api.py")!;
    expect(api).toMatch(/def add_thing\(\n\s+self,\n\s+thing: Thing,\n/);
    expect(text(files, "fa_client/models/tags.py")).toContain("class Tags(RootModel[List[Tag]]):");
    const dir = path.join(fixture.tmp, "py");
    const script = [
      "import os",
      "from fa_client import AliasesApi, ApiClient, Configuration, FormsApi, Holder, Names, Scores, Tag, Tags, Thing",
      "client = ApiClient(Configuration(host=os.environ['ECHO_URL']))",
      "forms = FormsApi(client)",
      "seen = forms.add_thing(Thing(name='a b&c', itemCount=3, labels=['x', 'y']))",
      "assert (seen.content_type or '').startswith('application/x-www-form-urlencoded'), seen.content_type",
      "assert seen.form == [['name', 'a b&c'], ['itemCount', '3'], ['labels', 'x'], ['labels', 'y']], seen.form",
      "parts = forms.add_thing_parts(Thing(name='p', itemCount=1))",
      "assert (parts.content_type or '').startswith('multipart/form-data'), parts.content_type",
      "assert [(p.name, p.text) for p in parts.multipart or []] == [('name', 'p'), ('itemCount', '1')], parts.multipart",
      "either = forms.add_thing_either(Thing(name='j', labels=['l']))",
      "assert either.content_type == 'application/json', either.content_type",
      "assert either.var_json is not None and either.var_json.name == 'j' and either.var_json.labels == ['l'], either.var_json",
      "as_form = forms.add_thing_either(Thing(name='f'), _content_type='application/x-www-form-urlencoded')",
      "assert as_form.form == [['name', 'f']], as_form.form",
      "aliases = AliasesApi(client)",
      "tags = Tags([Tag(name='t1', weight=2), Tag(name='t2')])",
      "echoed = aliases.put_tags(tags)",
      "got = echoed.var_json",
      "assert isinstance(got, Tags), type(got)",
      "assert [t.name for t in got.root] == ['t1', 't2'] and got.root[0].weight == 2, got",
      "assert got.to_dict() == [{'name': 't1', 'weight': 2}, {'name': 't2'}], got.to_dict()",
      "holder = Holder(tags=tags, scores=Scores({'a': 1}), names=Names(['n']))",
      "back = aliases.post_holder(holder).var_json",
      "assert back is not None and back.scores is not None and back.scores.root == {'a': 1}, back",
      "assert back.names is not None and back.names.root == ['n'], back",
      "assert back.tags is not None and back.tags.root[1].name == 't2', back",
      "again = Holder.from_json(holder.to_json())",
      "assert again is not None and again.to_dict() == holder.to_dict(), again",
      "print(holder.to_json())",
    ].join("\n");
    const r = await runWithPackage(dir, files, "forms_aliases.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain(`{"tags": [{"name": "t1", "weight": 2}, {"name": "t2"}], "scores": {"a": 1}, "names": ["n"]}`);
    await expectMypyStrict(dir, ["fa_client", "forms_aliases.py"]);
  }, 300_000);
});
