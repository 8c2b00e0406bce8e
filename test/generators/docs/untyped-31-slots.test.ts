// 3.1 schemas written without `type` (a `const`, a `pattern` alone) beyond properties:
// NORMALIZE_31SPEC (processNormalize31Spec's any-type branch, d4d5196907 #17370, first in 7.2.0)
// returns a new empty Schema, which OpenAPINormalizer stores in a parameter's (normalizeParameters),
// media type's and header's place and as a 3.1 array's items (the new ArraySchema's setItems). The
// docs of 7.2.0 and later see any value there, with no enum or default; older releases and the
// clients keep the schema as written (codegen/oag-docs-model.ts, SchemaCommon.untyped31). An `enum`
// is no such schema: swagger-parser types it by its first value, so it stays as written (OAG
// 7.13.0 and 7.14.0-SNAPSHOT built here print `color` `str`, `[default to red]`, `colors`
// `List[str]`, and typescript's enum union; the lines below are theirs for this spec).

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = `openapi: 3.1.0
info: { title: Untyped, version: "1" }
paths:
  /paint:
    get:
      operationId: paint
      parameters:
        - { name: color, in: query, schema: { enum: [red, blue], default: red } }
        - { name: code, in: query, schema: { pattern: "^a" } }
        - { name: kind, in: query, schema: { const: x } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Palette" }
components:
  schemas:
    Palette:
      type: object
      properties:
        colors: { type: array, items: { enum: [red, blue] } }
        codes: { type: array, items: { pattern: "^a" } }
`;

const specs = specFiles("oaswright-untyped31-slots-", { "spec.yaml": spec });

async function files(generator: string, oagVersion: string): Promise<(path: string) => string> {
  return (await generateInMemory(specs.path("spec.yaml"), generator, { packageName: "paint", npmName: "paint", oagVersion })).text;
}

describe("docs: untyped 3.1 parameters and items", () => {
  it("python 7.2.0+: any value (object), no default, but an enum keeps its type; the client keeps the enum's type", async () => {
    const text = await files("python", "7.14.0");
    const api = text("docs/DefaultApi.md");
    expect(api).toContain("    color = red # str |  (optional) (default to red)\n");
    expect(api).toContain(" **color** | **str**|  | [optional] [default to red]\n");
    expect(api).toContain(" **code** | [**object**](.md)|  | [optional] \n");
    expect(api).toContain(" **kind** | [**object**](.md)|  | [optional] \n");
    const palette = text("docs/Palette.md");
    expect(palette).toContain("**colors** | **List[str]** |  | [optional] \n");
    expect(palette).toContain("**codes** | **List[object]** |  | [optional] \n");
    expect(text("paint/api/default_api.py")).toContain("color: Optional[StrictStr] = None,");
    expect(text("paint/models/palette.py")).toContain("colors: Optional[List[StrictStr]] = None");
  });

  it("python before 7.2.0: as written", async () => {
    const text = await files("python", "7.1.0");
    // the enum is a string schema to toDefaultValue, which has no enum branch before 7.7.0 (python
    // release row enumDefaultBranch, a5a99585ef): the string branch quotes the default
    expect(text("docs/DefaultApi.md")).toContain(" **color** | **str**|  | [optional] [default to &#39;red&#39;]\n");
    expect(text("docs/Palette.md")).toContain("**colors** | **List[str]** |  | [optional] \n");
  });

  it("typescript 7.2.0+: an enum keeps its type and default", async () => {
    const api = (await files("typescript", "7.14.0"))("DefaultApi.md");
    expect(api).toContain(" **color** | [**&#39;red&#39; | &#39;blue&#39;**]**Array<&#39;red&#39; &#124; &#39;blue&#39;>** |  | (optional) defaults to 'red'\n");
    expect(api).toContain("  color: \"red\",\n");
  });
});
