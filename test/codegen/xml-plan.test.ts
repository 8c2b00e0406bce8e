// The XML plan of a request body (src/codegen/xml-plan.ts), rule by rule: given a body schema,
// the exact plan. The wire behaviour of the three clients is in test/xml/xml-bodies.test.ts.

import { beforeAll, describe, expect, it } from "vitest";
import { planXmlBody, type XmlPlan } from "../../src/codegen/xml-plan.js";
import type { ApiModel } from "../../src/model/ir.js";
import { parseSpec } from "../../src/parse/index.js";
import { specFiles } from "../support/spec-files.js";

const SPEC = `openapi: 3.1.0
info: { title: XML plans, version: "1" }
paths:
  /unwrapped:
    post:
      operationId: unwrapped
      requestBody: { content: { application/xml: { schema: { $ref: "#/components/schemas/Zoo" } } } }
      responses: { "204": { description: none } }
  /aws:
    put:
      operationId: aws
      requestBody:
        content:
          text/xml:
            schema:
              type: object
              properties:
                Config:
                  type: object
                  properties:
                    Rules: { allOf: [{ $ref: "#/components/schemas/Rules" }, { xml: { name: Rule }, description: decorated }] }
      responses: { "204": { description: none } }
  /inline:
    post:
      operationId: inline
      requestBody: { content: { application/xml: { schema: { type: object, properties: { a: { type: string }, b: { type: integer } } } } } }
      responses: { "204": { description: none } }
  /list:
    post:
      operationId: list
      requestBody: { content: { application/xml: { schema: { type: array, items: { $ref: "#/components/schemas/Animal" } } } } }
      responses: { "204": { description: none } }
components:
  schemas:
    Zoo:
      type: object
      xml: { name: zoo, namespace: "urn:zoo", prefix: z }
      properties:
        animals: { type: array, xml: { name: ignored }, items: { type: string } }
        keepers: { type: array, xml: { name: staff, wrapped: true }, items: { type: string, xml: { name: keeper } } }
        pets: { type: array, items: { $ref: "#/components/schemas/Animal" } }
        id: { type: integer, xml: { attribute: true } }
        detail: { type: object, xml: { attribute: true }, properties: { x: { type: string } } }
        star: { $ref: "#/components/schemas/Animal", xml: { name: star } }
    Animal:
      type: object
      xml: { name: animal }
      properties:
        name: { type: string }
        friends: { type: array, items: { $ref: "#/components/schemas/Animal" } }
    Rules: { type: array, xml: { wrapped: false }, items: { $ref: "#/components/schemas/Rule" } }
    Rule: { type: object, properties: { ID: { type: string } } }
`;

const specs = specFiles("oaswright-xml-plan-", { "spec.yaml": SPEC });
let model: ApiModel;

beforeAll(async () => {
  model = (await parseSpec(specs.path("spec.yaml"))).model;
});

function planOf(operationId: string): XmlPlan {
  const op = model.operations.find((o) => o.operationId === operationId)!;
  return planXmlBody(model, op.requestBody!.contents[0]!.schema!);
}

const ANIMAL = {
  properties: [
    { key: "name", node: { name: "name", kind: "value" } },
    { key: "friends", node: { name: "friends", kind: "array", items: { name: "animal", kind: "ref", ref: 1 } } },
  ],
};

describe("XML plan of a request body", () => {
  it("component root by xml.name with namespace and prefix; unwrapped arrays ignore their own name; wrapped ones name the wrapper; $ref brings its xml.name (3.1 siblings win); attributes only for text", () => {
    expect(planOf("unwrapped")).toEqual({
      root: { name: "zoo", namespace: "urn:zoo", prefix: "z", kind: "ref", ref: 0 },
      schemas: [
        {
          properties: [
            { key: "animals", node: { name: "ignored", kind: "array", items: { name: "animals", kind: "value" } } },
            { key: "keepers", node: { name: "staff", kind: "array", wrapped: true, items: { name: "keeper", kind: "value" } } },
            { key: "pets", node: { name: "pets", kind: "array", items: { name: "animal", kind: "ref", ref: 1 } } },
            { key: "id", node: { name: "id", kind: "value", attribute: true } },
            // An inline object is a hoisted model (Zoo_detail): a structure of its own.
            { key: "detail", node: { name: "detail", kind: "ref", ref: 2 } },
            { key: "star", node: { name: "star", kind: "ref", ref: 1 } },
          ],
        },
        ANIMAL,
        { properties: [{ key: "x", node: { name: "x", kind: "value" } }] },
      ],
    });
  });

  it("an inline body of one object property has that property as its root (AWS); a decorated $ref merges the decoration's xml", () => {
    expect(planOf("aws")).toEqual({
      root: { name: "Config", kind: "ref", ref: 0 },
      rootKey: "Config",
      schemas: [
        { properties: [{ key: "Rules", node: { name: "Rule", kind: "array", items: { name: "Rules", kind: "ref", ref: 1 } } }] },
        { properties: [{ key: "ID", node: { name: "ID", kind: "value" } }] },
      ],
    });
  });

  it("another inline body is named by its hoisted name; a root array is wrapped", () => {
    expect(planOf("inline").root).toEqual({ name: "inline_request", kind: "ref", ref: 0 });
    expect(planOf("list")).toEqual({
      root: { name: "body", kind: "array", wrapped: true, items: { name: "animal", kind: "ref", ref: 0 } },
      schemas: [{ properties: [ANIMAL.properties[0], { key: "friends", node: { name: "friends", kind: "array", items: { name: "animal", kind: "ref", ref: 0 } } }] }],
    });
  });
});
