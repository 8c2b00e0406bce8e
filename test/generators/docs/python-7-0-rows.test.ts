// python doc rows before 7.5, found with the kitt4sme corpus case (OAG 7.0.1), each on both sides of
// its release: blank lines around the tables and before the API example (63c8d0e071, 7.2.0),
// `import time`/`import os` in the examples (063865973d, gone in 7.3.0), the model example's
// `print(...)` (c10c9146b9, 7.4.0) and `X.from_dict` (0b3e6edb98, 7.5.0).

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-py70-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      parameters:
        - { name: limit, in: query, schema: { type: integer } }
      responses:
        "200":
          description: the items
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Item" }
components:
  schemas:
    Item:
      type: object
      properties:
        id: { type: string }
`,
});

async function docs(oagVersion: string): Promise<(file: string) => string> {
  return (await generateFromArgs(["-i", specs.path("spec.yaml"), "-g", "python", `--additional-properties=packageName=pkg,oagVersion=${oagVersion}`])).text;
}

describe("python docs before 7.5", () => {
  it("blank lines around the tables and before the API example from 7.2.0", async () => {
    const [old, now] = [await docs("7.1.0"), await docs("7.2.0")];
    expect(old("docs/Item.md")).toContain("## Properties\nName | Type");
    expect(now("docs/Item.md")).toContain("## Properties\n\nName | Type");
    expect(old("docs/ItemsApi.md")).toContain("### Example\n\n```python\n");
    expect(now("docs/ItemsApi.md")).toContain("### Example\n\n\n```python\n");
    expect(old("docs/ItemsApi.md")).toContain("### Parameters\n\nName | Type");
    expect(now("docs/ItemsApi.md")).toContain("### Parameters\n\n\nName | Type");
    expect(old("docs/ItemsApi.md")).toContain("### HTTP response details\n| Status code");
    expect(now("docs/ItemsApi.md")).toContain("### HTTP response details\n\n| Status code");
  });

  it("`import time` (and `import os` in API docs) until 7.3.0", async () => {
    const [old, now] = [await docs("7.2.0"), await docs("7.3.0")];
    expect(old("docs/ItemsApi.md")).toContain("```python\nimport time\nimport os\nimport pkg\n");
    expect(now("docs/ItemsApi.md")).toContain("```python\nimport pkg\n");
    expect(old("README.md")).toContain("```python\n\nimport time\nimport pkg\n");
    expect(now("README.md")).toContain("```python\n\nimport pkg\n");
  });

  it("the model example's print statement until 7.4.0 and `x_form_dict = x.from_dict` until 7.5.0", async () => {
    expect((await docs("7.3.0"))("docs/Item.md")).toContain("print Item.to_json()\n");
    expect((await docs("7.4.0"))("docs/Item.md")).toContain("print(Item.to_json())\n");
    expect((await docs("7.4.0"))("docs/Item.md")).toContain("item_form_dict = item.from_dict(item_dict)\n");
    expect((await docs("7.5.0"))("docs/Item.md")).toContain("item_from_dict = Item.from_dict(item_dict)\n");
  });
});
