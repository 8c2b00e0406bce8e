// A property that is a oneOf of one `$ref` (3.0). The normalizer replaces it by the member
// (simplyOneOfAnyOfWithOnlyOneNonNullSubSchema, lone oneOf members from 7.13.0 #21043), giving the
// member `nullable` when the parent is nullable and, from 7.22.0 (#23361), the parent's description
// when it has none. From 7.18.0 normalizeReferenceSchema (#22364) turns a `$ref` with keywords beside
// it into `{keywords, allOf: [{$ref}]}`, which TypeScriptClientCodegen.toExampleValueRecursive reads
// as any type (ModelUtils.isAnyType: no `$ref`, no type): `name: null`. Read from oapicf/openapi-openai
// c8069003 (OAG 7.18.0, docs/ChatApi.md `prediction: null`; corpus case openai-typescript-2026) and,
// for the description, SAP/cloud-sdk-java #1179 (7.22.0).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specWithEcho } from "../../support/spec-with-echo.js";

const SPEC = `openapi: 3.0.3
info: { title: Chat, version: "1" }
paths:
  /chat:
    post:
      operationId: createChat
      tags: [chat]
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/ChatRequest" }
      responses:
        "204": { description: done }
components:
  schemas:
    ChatRequest:
      type: object
      properties:
        prediction:
          nullable: true
          oneOf:
            - $ref: "#/components/schemas/Content"
        plain:
          oneOf:
            - $ref: "#/components/schemas/Content"
        described:
          description: the parent's words
          oneOf:
            - $ref: "#/components/schemas/Content"
    Content:
      type: object
      properties:
        text: { type: string }
`;

const fixture = specWithEcho("oaswright-lone-ref-wrapped-", SPEC);
const MODEL = (name: string) => `    ${name}: {\n      text: "text_example",\n    },\n`;

async function doc(oagVersion: string): Promise<string> {
  const { text } = await generateInMemory(fixture.spec, "typescript", { oagVersion }, { validate: "warning" });
  return text("docs/ChatApi.md");
}

describe("a oneOf of one $ref whose member takes the parent's keywords", () => {
  it("7.17.0: every lone member prints as the model", async () => {
    const text = await doc("7.17.0");
    for (const name of ["prediction", "plain", "described"]) expect(text).toContain(MODEL(name));
  });

  it("7.18.0: the nullable one is wrapped (null); the description is not carried yet", async () => {
    const text = await doc("7.18.0");
    expect(text).toContain("    prediction: null,\n");
    expect(text).toContain(MODEL("plain"));
    expect(text).toContain(MODEL("described"));
  });

  it("7.22.0: the described one is wrapped too", async () => {
    const text = await doc("7.22.0");
    expect(text).toContain("    prediction: null,\n");
    expect(text).toContain(MODEL("plain"));
    expect(text).toContain("    described: null,\n");
  });
});
