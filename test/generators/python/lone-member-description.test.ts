// OpenAPI Generator #23361 (ModelUtils.simplifyOneOfAnyOfWithOnlyOneNonNullSubSchema, first in
// 7.22.0): the member left of `anyOf: [X, null]` (or a oneOf/anyOf of one schema) takes the parent's
// description when it has none of its own. Before, the normalizer stored X alone and the parent's
// description was lost (the corpus case twentycrm-python, 7.21.0, prints none for 41 such
// properties).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const spec = `openapi: 3.1.0
info: { title: Wallets, version: "1" }
paths:
  /wallet:
    get:
      operationId: getWallet
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Wallet" }
components:
  schemas:
    Owner:
      type: object
      properties:
        email: { type: string }
    Wallet:
      type: object
      properties:
        owner:
          anyOf:
            - $ref: "#/components/schemas/Owner"
            - type: "null"
          description: Who holds it
        name:
          anyOf:
            - type: string
            - type: "null"
          description: The name
        label:
          anyOf:
            - type: string
              description: The label's own words
            - type: "null"
          description: Outer words
        code:
          oneOf:
            - type: string
          description: A lone member
`;

const specs = specFiles("oaswright-lone-member-description-", { "spec.yaml": spec });

async function rows(oagVersion: string): Promise<string[]> {
  const additionalProperties = { packageName: "wallets", oagVersion };
  const generated = await generateInMemory(specs.path("spec.yaml"), "python", additionalProperties, { validate: "warning" });
  const doc = String(generated.files.find((f) => f.path === "docs/Wallet.md")!.contents);
  return doc.split("\n").filter((line) => line.startsWith("**"));
}

describe("the parent's description on the member a oneOf/anyOf of one schema stands for", () => {
  it("7.21.0: lost", async () => {
    expect(await rows("7.21.0")).toEqual([
      "**owner** | [**Owner**](Owner.md) |  | [optional] ",
      "**name** | **str** |  | [optional] ",
      "**label** | **str** | The label&#39;s own words | [optional] ",
      "**code** | **str** |  | [optional] ",
    ]);
  });

  it("7.22.0: kept where the member has none", async () => {
    expect(await rows("7.22.0")).toEqual([
      "**owner** | [**Owner**](Owner.md) | Who holds it | [optional] ",
      "**name** | **str** | The name | [optional] ",
      "**label** | **str** | The label&#39;s own words | [optional] ",
      "**code** | **str** | A lone member | [optional] ",
    ]);
  });
});
