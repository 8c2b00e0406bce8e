// A 3.0 `$ref` with a `type: object` beside it (tebex's `data: {type: object, $ref: Basket}`):
// swagger-parser's OpenAPIDeserializer.getSchema creates an ObjectSchema by the type before it reads
// `$ref`, so OpenAPI Generator sees an object schema with a `$ref` and no properties. fromProperty
// types it by the `$ref` but ModelUtils.isFreeFormObject holds, so no complexType: the model doc
// links `[**Basket**](.md)` (OAG 7.5.0's tebex docs). In 3.1 swagger-parser's getJsonSchema reads
// the `type` beside the `$ref` too, and OAG 7.12.0 links `(.md)` the same way (iiot-openapi's docs).
// The client code still types the model.
//
// In an operation the same schema is a body or response typed `{type: object, $ref: X}` (OAG 7.11.0's
// docs of VectorEngineering/vector-email-verification-service, Reacher's spec): setTypeProperties flags
// it isFreeFormObject/isMap, so the PydanticType of the parameter and of the return property is a
// Dict and the example imports neither model (AbstractPythonCodegen.postProcessOperationsWithModels),
// the body's example is `{'key': <pkg>.X()}` (setParameterExampleValue's isMap branch), and the return
// type links X's page (handleMethodResponse: returnBaseType is the complexType, else the baseType).

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = (version: string) => `openapi: ${version}
info: { title: Siblings, version: "1" }
paths:
  /typed:
    post:
      operationId: postTyped
      requestBody:
        content:
          application/json:
            schema: { type: object, $ref: "#/components/schemas/Basket" }
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: { type: object, $ref: "#/components/schemas/BasketResponse" }
  /plain:
    post:
      operationId: postPlain
      requestBody:
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Basket" }
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: { $ref: "#/components/schemas/BasketResponse" }
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
  const { files } = await generateInMemory(specs.path(file), "python", { packageName: "sib", oagVersion: "7.5.0" });
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

  it("a body or response typed `{type: object, $ref}`: no example imports, a dict body example, the return linked", async () => {
    for (const file of ["spec30.yaml", "spec31.yaml"]) {
      const doc = (await generate(file))("docs/DefaultApi.md");
      const typed = doc.slice(doc.indexOf("# **post_typed**"));
      const plain = doc.slice(doc.indexOf("# **post_plain**"), doc.indexOf("# **post_typed**"));
      expect(typed).toContain("import sib\nfrom sib.rest import ApiException\n");
      expect(typed).toContain("    basket = {'key': sib.Basket()} # Basket |  (optional)\n");
      expect(typed).toContain("### Return type\n\n[**BasketResponse**](BasketResponse.md)\n");
      expect(plain).toContain("import sib\nfrom sib.models.basket import Basket\nfrom sib.models.basket_response import BasketResponse\nfrom sib.rest import ApiException\n");
      expect(plain).toContain("    basket = sib.Basket() # Basket |  (optional)\n");
      expect(plain).toContain("### Return type\n\n[**BasketResponse**](BasketResponse.md)\n");
    }
  });
});
