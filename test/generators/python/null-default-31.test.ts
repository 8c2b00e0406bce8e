// A 3.1 `default: null` where OAG holds it as a Jackson NullNode. swagger-parser's
// OpenAPIDeserializer.getJsonSchema (3.1) reads `default` with getAnyType, which returns the
// NullNode for a JSON null, and Schema.setDefault keeps it; AbstractPythonCodegen.toDefaultValue
// then prints its text like any value's (`null`, a string's `'null'`, Boolean.valueOf's `False`).
// Where swagger-parser's OpenAPI31Traverser put a deep copy (a component an operation `$ref`s, a
// later schema equal to one met before: src/parse/shared-instances.ts) the Json31 round trip read
// it back as no default. 3.0's getSchema reads a typed default with getString/getInteger/...,
// which give none for a null. A oneOf/anyOf of a null and one schema is that schema to the
// normalizer, without the outer default.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = (openapi: string): string => `openapi: ${openapi}
info: { title: Nulls, version: "1" }
paths:
  /things:
    post:
      operationId: addThing
      parameters:
        - { name: s, in: query, schema: { type: string, default: null } }
        - { name: n, in: query, schema: { type: integer, nullable: true, default: null } }
        - { name: b, in: query, schema: { type: boolean, default: null } }
        - { name: o, in: query, schema: { anyOf: [{ type: number }, { type: "null" }], default: null } }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                i: { type: integer, maximum: 9, default: null }
                a: { type: array, items: { type: string }, default: null }
                e: { type: string, enum: [x, y], default: null }
                same: { type: string, default: null }
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
        name: { type: string, maxLength: 5, default: null }
        count: { type: integer, minimum: 1, default: null }
`;

const specs = specFiles("oaswright-null-default-31-", { "spec31.yaml": spec("3.1.0"), "spec30.yaml": spec("3.0.3") });

async function docs(file: string, oagVersion: string): Promise<ReadonlyMap<string, string>> {
  return (await generateInMemory(specs.path(file), "python", { packageName: "nulls", oagVersion })).texts;
}

describe("python docs: a 3.1 `default: null`", () => {
  it("is printed for parameters, as its type prints the NullNode", async () => {
    const api = (await docs("spec31.yaml", "7.13.0")).get("docs/DefaultApi.md")!;
    expect(api).toContain("    s = 'null' # str |  (optional) (default to 'null')\n");
    expect(api).toContain(" **s** | **str**|  | [optional] [default to &#39;null&#39;]\n");
    expect(api).toContain(" **n** | **int**|  | [optional] [default to null]\n");
    expect(api).toContain(" **b** | **bool**|  | [optional] [default to False]\n");
    // the anyOf is simplified to its number member, which has no default
    expect(api).toContain(" **o** | **float**|  | [optional] \n");
  });

  it("is printed for a path-inline schema's properties, not for a copy's", async () => {
    const files = await docs("spec31.yaml", "7.21.0");
    const body = files.get("docs/AddThingRequest.md")!;
    expect(body).toContain("**i** | **int** |  | [optional] [default to null]\n");
    expect(body).toContain("**a** | **List[str]** |  | [optional] [default to null]\n");
    // an inline enum's NullNode matches no member: the enum branch's bare text
    expect(body).toContain("**e** | **str** |  | [optional] [default to null]\n");
    // equal to the parameter `s`, met before: its place holds the parameter schema's copy
    expect(body).toContain("**same** | **str** |  | [optional] \n");
    // a component an operation `$ref`s is a copy
    const thing = files.get("docs/Thing.md")!;
    expect(thing).toContain("**name** | **str** |  | [optional] \n");
    expect(thing).toContain("**count** | **int** |  | [optional] \n");
  });

  it("is no default in a 3.0 document", async () => {
    const files = await docs("spec30.yaml", "7.13.0");
    const api = files.get("docs/DefaultApi.md")!;
    expect(api).toContain(" **s** | **str**|  | [optional] \n");
    expect(api).toContain(" **n** | **int**|  | [optional] \n");
    expect(files.get("docs/AddThingRequest.md")).toContain("**i** | **int** |  | [optional] \n");
  });
});
