// swagger-models' Schema.setRequired sorts the names it keeps (Collections.sort), so
// InlineModelResolver.matchGenerated, which compares the serialized schemas, reuses an inline object
// that lists the same `required` names in another order. oapicf/openapi-openai 6de4d55b (python
// 7.18.0, corpus case openai-python-7-18): ChatCompletionResponseMessage.function_call
// (`required: [name, arguments]`) is typed ChatCompletionRequestAssistantMessageFunctionCall
// (`required: [arguments, name]`) and no ChatCompletionResponseMessageFunctionCall.md is written.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-required-order-reuse-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: Chat, version: "1" }
paths:
  /messages:
    post:
      operationId: createMessage
      requestBody:
        content:
          application/json:
            schema: { $ref: "#/components/schemas/RequestMessage" }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/ResponseMessage" }
components:
  schemas:
    RequestMessage:
      type: object
      properties:
        call:
          type: object
          properties:
            arguments: { type: string }
            name: { type: string }
          required: [arguments, name]
    ResponseMessage:
      type: object
      properties:
        call:
          type: object
          properties:
            arguments: { type: string }
            name: { type: string }
          required: [name, arguments]
`,
});

describe("inline objects whose required names differ in order only", () => {
  it("share one model (python 7.18.0)", async () => {
    const out = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "chat_client", oagVersion: "7.18.0" });
    expect(out.text("docs/ResponseMessage.md")).toContain("**call** | [**RequestMessageCall**](RequestMessageCall.md) |  | [optional] ");
    expect(out.files.some((f) => f.path === "docs/ResponseMessageCall.md")).toBe(false);
  });
});
