// A 3.0 `$ref` with a `type: object` beside it (tebex's `data: {type: object, $ref: Basket}`):
// swagger-parser's OpenAPIDeserializer.getSchema creates an ObjectSchema by the type before it reads
// `$ref`, so OpenAPI Generator sees an object schema with a `$ref` and no properties. fromProperty
// types it by the `$ref` but ModelUtils.isFreeFormObject holds, so no complexType: the model doc
// links `[**Basket**](.md)` (OAG 7.5.0's tebex docs). In 3.1 swagger-parser's getJsonSchema reads
// the `type` beside the `$ref` too, and OAG 7.12.0 links `(.md)` the same way (iiot-openapi's docs).
// The client code still types the model.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { EMPTY_OPTIONS, generateFiles } from "../../../src/generate.js";

const spec = (version: string) => `openapi: ${version}
info: { title: Siblings, version: "1" }
paths: {}
components:
  schemas:
    Basket:
      type: object
      properties:
        id: { type: string }
    BasketResponse:
      type: object
      properties:
        data:
          type: object
          $ref: "#/components/schemas/Basket"
        plain:
          $ref: "#/components/schemas/Basket"
        typed:
          type: string
          $ref: "#/components/schemas/Basket"
`;

const specs = specFiles("oaswright-refsib-", { "spec30.yaml": spec("3.0.3"), "spec31.yaml": spec("3.1.0") });

async function generate(file: string): Promise<(p: string) => string> {
  const options = { ...EMPTY_OPTIONS, additionalProperties: { packageName: "sib", oagVersion: "7.5.0" } };
  const { files } = await generateFiles({ input: specs.path(file), generator: "python", validate: "off", options });
  return (p: string) => String(files.find((f) => f.path === p)?.contents);
}

describe("3.0/3.1 `$ref` with a `type` sibling (python docs)", () => {
  it("`type: object` beside the `$ref` links `(.md)`; a bare or otherwise typed `$ref` links the model", async () => {
    const text = await generate("spec30.yaml");
    const doc = text("docs/BasketResponse.md");
    expect(doc).toContain("**data** | [**Basket**](.md) |  | [optional] \n");
    expect(doc).toContain("**plain** | [**Basket**](Basket.md) |  | [optional] \n");
    expect(doc).toContain("**typed** | [**Basket**](Basket.md) |  | [optional] \n");
    // the client is not touched: the field is the model
    expect(text("sib/models/basket_response.py")).toMatch(/data: Optional\[Basket\]/);
  });

  it("3.1 is read the same way (OAG 7.12.0's docs of hezhangjian/iiot-openapi, a 3.1.1 spec)", async () => {
    const doc = (await generate("spec31.yaml"))("docs/BasketResponse.md");
    expect(doc).toContain("**data** | [**Basket**](.md) |  | [optional] \n");
    expect(doc).toContain("**plain** | [**Basket**](Basket.md) |  | [optional] \n");
    expect(doc).toContain("**typed** | [**Basket**](Basket.md) |  | [optional] \n");
  });
});
