// python-prior: two schemas whose names give one class (`ThingKind` and `Thing_kind`). The docs are
// OAG's, one model per class name (DefaultGenerator's TreeMap: the last schema's model, see
// src/codegen/model-names.ts oagDocumentedModels), a body named after the class as OAG names it;
// the client keeps both models (`ThingKind2`, with a warning) and both work over HTTP.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { modelNameCollisionSpec } from "../../support/model-name-collision-spec.js";
import { runWithPackage } from "../../support/python-package.js";

const SPEC = modelNameCollisionSpec({ primitiveAlias: false });

const fixture = specWithEcho("oaswright-pp-model-collision-", SPEC);

describe("python-prior: schemas that share a class name", () => {
  it("docs: one model per class name, the last schema's; code: both models work", async () => {
    const { files, messages, text } = await generateInMemory(fixture.spec, "python-prior");
    expect(messages).toContain('model "Thing_kind" is named ThingKind2: ThingKind is taken by "ThingKind"');
    const paths = files.map((f) => f.path);
    expect(paths).not.toContain("docs/ThingKind2.md");
    expect(text("docs/ThingKind.md")).toContain("the second one\n");
    expect(text("docs/ThingKind.md")).toContain("**b** | **int** |  | [optional] \n");
    expect(text("docs/Holder.md")).toContain("**second** | [**ThingKind**](ThingKind.md) |  | [optional] \n");
    expect(text("README.md").match(/ - \[ThingKind\]\(docs\/ThingKind\.md\)\n/g)).toHaveLength(1);
    expect(text("README.md")).not.toContain("ThingKind2");
    expect(text("docs/HoldersApi.md")).toContain("> ThingEcho put_thing(thing_kind)\n");
    for (const m of ["thing_kind", "thing_kind2"]) expect(paths).toContain(`openapi_client/model/${m}.py`);

    const dir = path.join(fixture.tmp, "pp");
    const script = [
      "import os",
      "import openapi_client",
      "from openapi_client.api.holders_api import HoldersApi",
      "from openapi_client.model.holder import Holder",
      "from openapi_client.model.thing_kind import ThingKind",
      "from openapi_client.model.thing_kind2 import ThingKind2",
      "config = openapi_client.Configuration(host=os.environ['ECHO_URL'])",
      "config.discard_unknown_keys = True",
      "api = HoldersApi(openapi_client.ApiClient(config))",
      "got = api.post_holder(Holder(first=ThingKind(a='x'), second=ThingKind2(b=2))).json",
      "assert isinstance(got.first, ThingKind) and got.first.a == 'x', got",
      "assert isinstance(got.second, ThingKind2) and got.second.b == 2, got",
      "echoed = api.put_thing(ThingKind2(b=5)).json",
      "assert isinstance(echoed, ThingKind2) and echoed.b == 5, echoed",
      "print('ok')",
    ].join("\n");
    const r = await runWithPackage(dir, files, "use_collide.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain("ok");
  }, 120_000);
});
