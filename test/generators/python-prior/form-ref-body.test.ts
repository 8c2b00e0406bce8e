// python-prior: every release predates 7.5.0 (d88023f833), so a form or multipart request body given
// by `$ref` is one body parameter (`add_thing(thing)`), docs and code. OAG's python-prior rest.py
// sends `post_params` under a form Content-Type and drops the body; ours sends the model's properties
// as the form's fields (urlencoded and multipart), and JSON where the spec also offers JSON. Run in
// the Python root against the echo server. generateAliasAsModel is always on in python-prior
// (PythonPriorClientCodegen), so the array and map components are models with or without the option.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { fileTextOrUndefined as text } from "../../support/generated-file.js";
import { FORMS_ALIASES_SPEC } from "../../support/forms-aliases-spec.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { runWithPackage } from "../../support/python-package.js";

const fixture = specWithEcho("oaswright-pp-form-ref-", FORMS_ALIASES_SPEC);

async function generate(additional: Record<string, string> = {}) {
  return (await generateInMemory(fixture.spec, "python-prior", { packageName: "fa_client", ...additional })).files;
}

describe("python-prior: $ref form bodies and alias models", () => {
  it("docs: the form body is one parameter; array and map models with or without the option", async () => {
    const files = await generate();
    const doc = text(files, "docs/FormsApi.md")!;
    expect(doc).toContain("> FormEcho add_thing(thing)\n");
    expect(doc).toContain("> FormEcho add_thing_parts(thing)\n");
    expect(text(files, "docs/Tags.md")).toContain("# Tags\n");
    const withOption = await generate({ generateAliasAsModel: "true" });
    for (const f of files) expect(text(withOption, f.path), f.path).toBe(text(files, f.path));
  });

  it("code: the body's properties go out as the form's fields", async () => {
    const dir = path.join(fixture.tmp, "pp");
    const script = [
      "import os",
      "import fa_client",
      "from fa_client.api.forms_api import FormsApi",
      "from fa_client.model.thing import Thing",
      "client = fa_client.ApiClient(fa_client.Configuration(host=os.environ['ECHO_URL']))",
      "forms = FormsApi(client)",
      "seen = forms.add_thing(Thing('a b&c', item_count=3, labels=['x', 'y']))",
      "assert seen.content_type.startswith('application/x-www-form-urlencoded'), seen.content_type",
      "assert seen.form == [['name', 'a b&c'], ['itemCount', '3'], ['labels', 'x'], ['labels', 'y']], seen.form",
      "parts = forms.add_thing_parts(Thing('p', item_count=1))",
      "assert parts.content_type.startswith('multipart/form-data'), parts.content_type",
      "assert [(p.name, p.text) for p in parts.multipart] == [('name', 'p'), ('itemCount', '1')], parts.multipart",
      "either = forms.add_thing_either(Thing('j', labels=['l']))",
      "assert either.content_type == 'application/json', either.content_type",
      "assert either.json.name == 'j' and either.json.labels == ['l'], either.json",
      "as_form = forms.add_thing_either(Thing('f'), _content_type='application/x-www-form-urlencoded')",
      "assert as_form.form == [['name', 'f']], as_form.form",
      "print('ok')",
    ].join("\n");
    const r = await runWithPackage(dir, await generate(), "form_ref_body.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain("ok");
  }, 120_000);
});
