// OAG 7.3.0-7.4.x keep a 3.1 anyOf's `{type: 'null'}` member (NORMALIZE_31SPEC has emptied its types
// before isNullTypeSchema reads it: src/parse/schema.ts withoutNullType31, test/parse/null-member-31):
// an inline `anyOf: [X, {type: 'null'}]` is a model of its own, titled or `<Model>_<property>`. The
// docs link it with an empty property table (ds-catalog's 7.3.0 Page.md, Size.md, SourceNode.md); the
// client's anyOf model takes X or None, round-trips JSON and passes mypy --strict.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { fileText } from "../../support/generated-file.js";
import { specFiles } from "../../support/spec-files.js";
import { expectMypyStrict, runWithPackage } from "../../support/python-package.js";

const spec = `openapi: 3.1.0
info: { title: Nulls, version: "1" }
paths: {}
components:
  schemas:
    Node:
      type: object
      properties:
        host: { type: string }
    Thing:
      type: object
      properties:
        size:
          anyOf: [{ type: integer }, { type: "null" }]
          title: Size
        node:
          anyOf: [{ $ref: "#/components/schemas/Node" }, { type: "null" }]
`;

const specs = specFiles("oaswright-nullmember31-client-", { "spec.yaml": spec });

async function generate(oagVersion: string) {
  return (await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "nulls", oagVersion })).files;
}


describe("python 7.3.0: a 3.1 anyOf with a `type: null` member is a model", () => {
  it("docs link the models; 7.5.0 reads the members as nullable values", async () => {
    const v73 = await generate("7.3.0");
    const doc = fileText(v73, "docs/Thing.md");
    expect(doc).toContain("**size** | [**Size**](Size.md) |  | [optional] \n");
    expect(doc).toContain("**node** | [**ThingNode**](ThingNode.md) |  | [optional] \n");
    expect(fileText(v73, "docs/Size.md")).toContain("Name | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n\n## Example");
    const v75 = await generate("7.5.0");
    expect(fileText(v75, "docs/Thing.md")).toContain("**size** | **int** |  | [optional] \n");
    expect(fileText(v75, "docs/Thing.md")).toContain("**node** | [**Node**](Node.md) |  | [optional] \n");
    expect(v75.some((f) => f.path === "docs/Size.md")).toBe(false);
  });

  it("code: the anyOf models take a value or None and round-trip; mypy --strict", async () => {
    const files = await generate("7.3.0");
    const dir = path.join(specs.tmp, "py73");
    const script = [
      "from nulls.models.thing import Thing",
      "from nulls.models.size import Size",
      "from nulls.models.thing_node import ThingNode",
      "from nulls.models.node import Node",
      "t = Thing.from_json('{\"size\": 3, \"node\": {\"host\": \"h\"}}')",
      "assert t is not None and isinstance(t.size, Size) and t.size.actual_instance == 3, t",
      "assert isinstance(t.node, ThingNode) and isinstance(t.node.actual_instance, Node) and t.node.actual_instance.host == 'h', t",
      "n = Thing.from_json('{\"size\": null}')",
      "assert n is not None and n.size is None, n",
      "print('ok', t.to_json())",
    ].join("\n");
    const r = await runWithPackage(dir, files, "use_nulls.py", script);
    expect(r.stdout).toContain('"size": 3');
    await expectMypyStrict(dir, ["nulls", "use_nulls.py"]);
  }, 300_000);
});
