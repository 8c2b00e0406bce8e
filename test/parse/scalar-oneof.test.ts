// OpenAPINormalizer.processSimplifyOneOf drops the oneOf of an integer, number or string schema
// (`type: string` beside `oneOf: [{type: string, pattern: ...}, ...]`) up to 7.20. From 7.21.0 the
// oneOf stays (#22573 removed the reset; issue #24574, "regression since 7.21.0", reproduced on
// master 2026-08-03) and the InlineModelResolver hoists the schema as a oneOf model; #24585 (merged
// after 7.24.0, so first in 7.25.0) drops it again. The python and typescript docs name the hoisted model in 7.21-7.24.
// Before 7.9.0 processSimplifyOneOf had no such step (`schema.setOneOf(null)` came with ad6c2dd2b7, #19781; none in
// OpenAPINormalizer at the 7.0.0-7.8.0 release commits c37fa8a4e8..6bdc452f92), so 7.0.0-7.8.x hoist it too, as 6.x
// (no SIMPLIFY_ONEOF_ANYOF) does: the normalizer row keepScalarOneOf holds before 7.9.0.

import { describe, expect, it } from "vitest";
import { specFiles } from "../support/spec-files.js";
import { generateInMemory } from "../support/generate.js";
import path from "node:path";
import { writeOutput } from "../../src/render/write.js";
import { runPython } from "../support/python.js";

const spec = (openapi: string) => `openapi: ${openapi}
info: { title: Ids, version: "1" }
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - name: id
          in: query
          schema:
            type: string
            oneOf:
              - { type: string, pattern: "^a" }
              - { type: string, pattern: "^b" }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
components:
  schemas:
    Thing:
      type: object
      properties:
        id:
          type: string
          oneOf:
            - { type: string, pattern: "^[0-9a-f]{24}$" }
            - { type: string, pattern: "^[a-z]+$" }
        count:
          type: integer
          oneOf:
            - { type: integer, minimum: 0 }
            - { type: integer, maximum: -10 }
`;

const specs = specFiles("oaswright-scalar-oneof-", { "spec31.yaml": spec("3.1.0"), "spec30.yaml": spec("3.0.3") });

async function docs(generator: "python" | "typescript", file: string, oagVersion?: string) {
  const { texts } = await generateInMemory(specs.path(file), generator, { packageName: "ids", ...(oagVersion !== undefined ? { oagVersion } : {}) });
  return { paths: [...texts.keys()], text: (path: string) => texts.get(path) ?? "" };
}

describe.each(["spec31.yaml", "spec30.yaml"])("a scalar schema beside a oneOf (%s)", (file) => {
  it.each(["7.0.1", "7.8.0", "7.21.0", "7.24.0"])("%s: python hoists it as a oneOf model", async (version) => {
    const out = await docs("python", file, version);
    expect(out.paths).toEqual(expect.arrayContaining(["docs/ThingId.md", "docs/ThingCount.md", "docs/ListThingsIdParameter.md"]));
    expect(out.text("docs/Thing.md")).toContain("**id** | [**ThingId**](ThingId.md) |  | [optional] ");
    expect(out.text("docs/Thing.md")).toContain("**count** | [**ThingCount**](ThingCount.md) |  | [optional] ");
    expect(out.text("docs/DefaultApi.md")).toContain(" **id** | [**ListThingsIdParameter**](.md)|  | [optional] ");
  });

  it("without oagVersion: the default release's (7.25.0, as .openapi-generator/VERSION says), no model", async () => {
    const out = await docs("python", file);
    expect(out.paths.filter((p) => /ThingId|ThingCount|ListThingsIdParameter/.test(p))).toEqual([]);
  });

  it.each(["7.9.0", "7.20.0", "7.25.0"])("%s: the oneOf is dropped, no model", async (version) => {
    const out = await docs("python", file, version);
    expect(out.paths.filter((p) => /ThingId|ThingCount|ListThingsIdParameter/.test(p))).toEqual([]);
  });

  it("7.21.0: typescript names the model in its api doc", async () => {
    const out = await docs("typescript", file, "7.21.0");
    expect(out.text("docs/DefaultApi.md")).toContain(" **id** | **ListThingsIdParameter** |  | (optional) defaults to undefined");
    expect(out.paths).toContain("models/ThingId.ts");
  });

  it("7.8.0: typescript hoists the models too", async () => {
    const out = await docs("typescript", file, "7.8.0");
    expect(out.paths).toEqual(expect.arrayContaining(["models/ThingId.ts", "models/ListThingsIdParameter.ts"]));
  });

  it("7.20.0: typescript prints the scalar type", async () => {
    // a plain string parameter once the normalizer cleared the oneOf (normalizeParameters stores the
    // result): fromParameter's string branch sets isPrimitiveType, so `[**string**]` as for any string
    const out = await docs("typescript", file, "7.20.0");
    expect(out.text("docs/DefaultApi.md")).toContain(" **id** | [**string**] |  | (optional) defaults to undefined");
  });
});

// The same rule on a component: `Id: {type: string, oneOf: [...]}` is a string alias to OAG where the
// normalizer clears the oneOf (7.9.0-7.20.x, 7.25.0 on): no model, its users typed `str` (the IR reads
// it without the oneOf: schema.ts withoutScalarOneOf, BuildContext.scalarOneOfDropped); before 7.9.0
// and at 7.21-7.24 it stays a oneOf model.
const componentSpec = `openapi: 3.0.3
info: { title: Ids, version: "1" }
paths:
  /things/{id}:
    get:
      operationId: getThing
      parameters:
        - { name: id, in: path, required: true, schema: { $ref: "#/components/schemas/Id" } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
components:
  schemas:
    Id:
      type: string
      oneOf:
        - { type: string, pattern: "^[0-9a-f]{24}$" }
        - { type: string, pattern: "^[a-z]+$" }
    Thing:
      type: object
      properties:
        id: { $ref: "#/components/schemas/Id" }
`;
const componentSpecs = specFiles("oaswright-scalar-oneof-component-", { "spec.yaml": componentSpec });

describe("a scalar component beside a oneOf", () => {
  it.each(["7.9.0", "7.20.0", "7.25.0", undefined])("%s: a string alias, no model", async (version) => {
    const { files } = await generateInMemory(componentSpecs.path("spec.yaml"), "python", { packageName: "ids", ...(version !== undefined ? { oagVersion: version } : {}) });
    const text = (p: string) => String(files.find((f) => f.path === p)?.contents);
    expect(files.some((f) => f.path === "docs/Id.md" || f.path === "ids/models/id.py")).toBe(false);
    expect(text("docs/Thing.md")).toContain("**id** | **str** |  | [optional] \n");
    expect(text("docs/DefaultApi.md")).toContain(" **id** | **str**|  | \n");
  });

  it.each(["7.8.0", "7.21.0"])("%s: a oneOf model", async (version) => {
    const { files } = await generateInMemory(componentSpecs.path("spec.yaml"), "python", { packageName: "ids", oagVersion: version });
    expect(files.map((f) => f.path)).toContain("docs/Id.md");
    expect(String(files.find((f) => f.path === "docs/Thing.md")?.contents)).toContain("**id** | [**Id**](Id.md) |  | [optional] \n");
  });

  it("7.25.0: the python client reads the id as a string", async () => {
    const { files } = await generateInMemory(componentSpecs.path("spec.yaml"), "python", { packageName: "ids" });
    const dir = path.join(componentSpecs.tmp, "py");
    writeOutput(dir, files);
    writeOutput(dir, [{ path: "use_ids.py", contents: ["from ids.models.thing import Thing", "t = Thing.from_json('{\"id\": \"abc\"}')", "assert t is not None and t.id == 'abc', t", "print('ok', t.to_json())"].join("\n") }]);
    const r = await runPython({ cwd: dir, args: ["use_ids.py"] });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('"id": "abc"');
  }, 120_000);
});
