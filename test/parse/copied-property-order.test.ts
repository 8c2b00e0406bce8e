// A 3.1 schema equal to one swagger-parser's OpenAPI31Traverser met before (Schema.equals compares
// `properties` as a Map, whatever the order) gets a deep copy of that one, so OAG lists its properties
// in the earlier schema's order (shared-instances.ts SharedInstanceFacts.copiedPropertyOrder).
// oapicf/swaggy-jenkins 8018bf46 (OAG 7.24.0, fixtures/conformance/swaggyjenkins-python-7-24):
// PipelineImpllinks, written `runs, self, queue, actions, _class`, is documented in BranchImpllinks'
// order `self, actions, runs, queue, _class`. Here B is reached through /b first; A follows it.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../support/generate.js";
import { specFiles } from "../support/spec-files.js";
import { runWithPackage } from "../support/python-package.js";

const spec = (openapi: string) => `openapi: ${openapi}
info: { title: Order, version: "1" }
paths:
  /b:
    get:
      operationId: getB
      responses:
        "200": { description: b, content: { application/json: { schema: { $ref: "#/components/schemas/B" } } } }
  /a:
    get:
      operationId: getA
      responses:
        "200": { description: a, content: { application/json: { schema: { $ref: "#/components/schemas/A" } } } }
components:
  schemas:
    A:
      type: object
      properties:
        runs: { type: string }
        self: { type: string }
        queue: { type: integer }
    B:
      type: object
      properties:
        self: { type: string }
        queue: { type: integer }
        runs: { type: string }
    C:
      type: object
      properties:
        runs: { type: string }
        self: { type: integer }
`;

const specs = specFiles("oaswright-copied-property-order-", { "spec31.yaml": spec("3.1.0"), "spec30.yaml": spec("3.0.3") });

function names(doc: string): string[] {
  return [...doc.matchAll(/^\*\*(\w+)\*\* \|/gm)].map((m) => m[1]!);
}

describe("3.1: an equal schema met earlier gives its property order", () => {
  it("python docs list A in B's order (C differs: its own order)", async () => {
    const { files, text } = await generateInMemory(specs.path("spec31.yaml"), "python", { packageName: "order_client", oagVersion: "7.24.0" }, { validate: "warning" });
    expect(names(text("docs/A.md"))).toEqual(["var_self", "queue", "runs"]);
    expect(names(text("docs/B.md"))).toEqual(["var_self", "queue", "runs"]);
    expect(names(text("docs/C.md"))).toEqual(["runs", "var_self"]);
    const dir = path.join(specs.tmp, "py");
    const script = [
      "from order_client.models.a import A",
      "a = A.from_json('{\"runs\": \"r\", \"self\": \"s\", \"queue\": 3}')",
      "assert (a.runs, a.var_self, a.queue) == ('r', 's', 3), a",
      "print(a.to_json())",
    ].join("\n");
    await runWithPackage(dir, files, "use_order.py", script);
  }, 120_000);

  it("3.0 keeps each schema's own order (no OpenAPI31Traverser)", async () => {
    const { text } = await generateInMemory(specs.path("spec30.yaml"), "python", { packageName: "order_client", oagVersion: "7.24.0" }, { validate: "warning" });
    expect(names(text("docs/A.md"))).toEqual(["runs", "var_self", "queue"]);
  });
});
