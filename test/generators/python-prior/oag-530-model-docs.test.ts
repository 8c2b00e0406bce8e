// python-prior docs as OAG 5.3.0 writes them (found with the ergo-node-api-sdks corpus case, python
// 5.3.0); each rule cites the OAG or swagger-parser source it was read from in the code. The rules
// hold through 6.6 (PythonPriorClientCodegen at 3371e883ab~1 reads the same), so both are checked.
// The one rule that changes the client's types (a composition's declared primitive type) is run in
// the Python root against the echo server on 127.0.0.1.

import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { writeOutput } from "../../../src/render/write.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { runPython } from "../../support/python.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-prior-530-", {
  "spec.yaml": `openapi: 3.0.2
info: { title: t, version: "1" }
paths:
  /__respond:
    post:
      operationId: nodeInfo
      tags: [node]
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/NodeInfo" }
  /boxes:
    post:
      operationId: collectBoxes
      tags: [boxes]
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/BoxesRequest" }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Box" }
components:
  schemas:
    ModifierId: { description: a modifier id, type: string, example: abc }
    Timestamp: { description: a timestamp, type: integer, format: int64 }
    Amount: { description: an amount, type: string }
    Params:
      type: object
      properties:
        height: { type: integer }
    NodeInfo:
      type: object
      required: [bestId, currentTime]
      properties:
        bestId: { description: can be null, type: string, nullable: true, allOf: [{ $ref: "#/components/schemas/ModifierId" }] }
        currentTime: { description: node time, type: integer, allOf: [{ $ref: "#/components/schemas/Timestamp" }] }
        params: { description: ignored beside $ref, type: object, $ref: "#/components/schemas/Params" }
        ergValue: { description: an unknown type, type: int64 }
        secrets:
          description: moves into the hoisted model
          type: object
          properties:
            dlog: { type: array, items: { type: string } }
    Registers:
      type: object
      additionalProperties: { $ref: "#/components/schemas/Amount" }
    BoxesRequest:
      type: object
      required: [targetAssets]
      properties:
        targetAssets:
          type: array
          items: { description: a pair, type: array }
    Box:
      type: object
      required: [scans]
      properties:
        scans:
          description: items with a default
          type: array
          items: { type: integer, default: 1 }
        tags:
          type: array
          items: { type: string }
          default: [a]
`,
});

async function generate(oagVersion: string) {
  const input = specs.path("spec.yaml");
  return (await generateFromArgs(["-i", input, "-g", "python-prior", "--additional-properties=packageName=ergo_like", `--additional-properties=oagVersion=${oagVersion}`])).files;
}

async function docs(oagVersion: string): Promise<Map<string, string>> {
  return new Map((await generate(oagVersion)).map((f) => [f.path, String(f.contents)]));
}

const ANY = "bool, date, datetime, dict, float, int, list, str, none_type";

describe.each(["5.3.0", "6.6.0"])("python-prior %s model docs", (release) => {
  it("give an array property its own default only, not its items' (DefaultCodegen.fromProperty: toDefaultValue(p))", async () => {
    const doc = (await docs(release)).get("docs/Box.md") ?? "";
    expect(doc).toContain("**scans** | **[int]** | items with a default | \n");
    expect(doc).toContain('**tags** | **[str]** |  | [optional]  if omitted the server will use the default value of ["a"]\n');
  });

  it("type a composition by its declared primitive type (getPrimitiveType reads `type`); from 6.5.0 an allOf of one schema is read as that schema", async () => {
    const doc = (await docs(release)).get("docs/NodeInfo.md") ?? "";
    if (release === "5.3.0") {
      expect(doc).toContain("**best_id** | **str, none_type** | can be null | \n");
      expect(doc).toContain("**current_time** | **int** | node time | \n");
    } else {
      // DefaultCodegen.fromProperty (70faa6b15c, a4dd90c01d, 6.5.0) types and describes the member
      // (the unaliased ModifierId); the allOf's nullable comes back after the dataType is set.
      expect(doc).toContain("**best_id** | **str** | a modifier id | \n");
      expect(doc).toContain("**current_time** | **int** | a timestamp | \n");
    }
  });

  it("print a 3.0 `{type: object, $ref}` property unlinked (an ObjectSchema with a $ref is a free-form object to fromProperty)", async () => {
    const doc = (await docs(release)).get("docs/NodeInfo.md") ?? "";
    expect(doc).toContain("**params** | **Params** |  | [optional] \n");
  });

  it("link an unknown `type` as the model toModelName makes of it, and type the client's value as any", async () => {
    const files = await generate(release);
    const doc = String(files.find((f) => f.path === "docs/NodeInfo.md")?.contents);
    expect(doc).toContain("**erg_value** | [**Int64**](Int64.md) | an unknown type | [optional] \n");
    const code = String(files.find((f) => f.path === "ergo_like/model/node_info.py")?.contents);
    expect(code).toContain(`"erg_value": (${ANY},),`);
    expect(files.some((f) => /int64/i.test(f.path))).toBe(false);
  });

  it("type a 3.0 array without items as `list` and print Java's `null` as its example", async () => {
    const all = await docs(release);
    expect(all.get("docs/BoxesRequest.md")).toContain("**target_assets** | **[list]** |  | \n");
    expect(all.get("docs/BoxesApi.md")).toContain("    boxes_request = BoxesRequest(\n        target_assets=[\nnull,\n        ],\n    ) # BoxesRequest | \n");
  });

  it("give a hoisted inline object's property no description (the $ref InlineModelResolver puts there has none)", async () => {
    const doc = (await docs(release)).get("docs/NodeInfo.md") ?? "";
    expect(doc).toContain("**secrets** | [**NodeInfoSecrets**](NodeInfoSecrets.md) |  | [optional] \n");
    expect((await docs(release)).get("docs/NodeInfoSecrets.md")).toContain("moves into the hoisted model");
  });

  it("link the `any string name` row of a $ref to a primitive alias to its type (fromProperty: complexType = dataType)", async () => {
    const doc = (await docs(release)).get("docs/Registers.md") ?? "";
    expect(doc).toContain("**any string name** | [**str**](str.md) | any string name can be used but the value must be the correct type | [optional]\n");
  });
});

describe("python-prior client: a composition with a declared primitive type", () => {
  const fixture = folderWithEcho("oaswright-prior-530-rt-");
  beforeAll(async () => {
    writeOutput(fixture.tmp, await generate("5.3.0"));
  }, 60_000);

  it("accepts the primitive values the declared type allows and refuses others", async () => {
    writeFileSync(
      path.join(fixture.tmp, "check_script.py"),
      `
import json
import ergo_like
from ergo_like.api import node_api

out = []
conf = ergo_like.Configuration(host=${JSON.stringify(fixture.echo.url)})
with ergo_like.ApiClient(conf) as client:
    api = node_api.NodeApi(client)
    for body in ({"bestId": "abc", "currentTime": 5, "ergValue": 7},
                 {"bestId": None, "currentTime": 6, "ergValue": "x"},
                 {"bestId": {"not": "a string"}, "currentTime": 7}):
        try:
            info = api.node_info({"status": 200, "contentType": "application/json", "body": body})
            out.append([info.best_id, info.current_time, info.get("erg_value")])
        except ergo_like.ApiTypeError as e:
            out.append(type(e).__name__)
print(json.dumps(out))
`,
    );
    const r = await runPython({ cwd: fixture.tmp, args: ["check_script.py"], timeoutMs: 120_000 });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([["abc", 5, 7], [null, 6, "x"], "ApiTypeError"]);
  }, 150_000);
});
