// A path/query/header/cookie parameter of no type (`schema: {}`): DefaultCodegen.fromParameter's
// isAnyType branch (since d4b8ff60a1, 5.3.0) sets no isPrimitiveType, so typescript's api_doc.mustache
// prints its type bold, `**any**`, beside the default (`defaults to undefined`), where a primitive
// parameter is bracketed (`[**string**]`). A body of no type stays primitive (fromRequestBody's
// updateRequestBodyForPrimitiveType).

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const SPEC = `openapi: 3.0.3
info: { title: Things, version: "1" }
paths:
  /things/{id}:
    post:
      operationId: makeThing
      tags: [things]
      parameters:
        - { name: id, in: path, required: true, schema: {} }
        - { name: filter, in: query, description: A filter, schema: {} }
        - { name: s, in: query, schema: { type: string } }
      responses:
        "204": { description: done }
`;

const specs = specFiles("oaswright-ts-anyparam-", { "spec.yaml": SPEC });

async function apiDoc(oagVersion: string): Promise<string> {
  const { files } = await generateInMemory(specs.path("spec.yaml"), "typescript", { oagVersion });
  return String(files.find((f) => f.path.endsWith("ThingsApi.md"))?.contents);
}

describe("typescript docs: a parameter of no type", () => {
  it("is printed bold beside its default, a string bracketed", async () => {
    const doc = await apiDoc("7.14.0");
    expect(doc).toContain(" **id** | **any** |  | defaults to undefined\n");
    expect(doc).toContain(" **filter** | **any** | A filter | (optional) defaults to undefined\n");
    expect(doc).toContain(" **s** | [**string**] |  | (optional) defaults to undefined\n");
  });
});
