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
    const out = await docs("typescript", file, "7.20.0");
    expect(out.text("docs/DefaultApi.md")).toContain(" **id** | **string** |  | (optional) defaults to undefined");
  });
});
