// TypeScript API doc examples of a number/integer enum whose first member is not a number.
// swagger-core's NumberSchema/IntegerSchema.cast adds null for a member it cannot parse, so
// getObjectExample's first enum value is null and the type's default example follows. Expected
// texts are what OAG 7.13.0, built from source, wrote for this spec.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /a:
    post:
      operationId: doA
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                n: { type: number, enum: ["", 0, 1, 2] }
                i: { type: integer, enum: ["", 0, 1] }
                j: { type: integer, enum: ["2", 0, 1] }
      responses:
        "204": { description: ok }
`;

const specs = specFiles("oaswright-tsnumenum-", { "spec.yaml": spec });

describe("typescript examples of number enums", () => {
  it("an unparseable first member gives no example; a numeric text is kept (OAG 7.13.0)", async () => {
    const { files } = await generateInMemory(specs.path("spec.yaml"), "typescript", { npmName: "ex", oagVersion: "7.13.0" });
    const doc = String(files.find((f) => f.path.endsWith("DefaultApi.md"))?.contents);
    expect(doc).toContain("  doARequest: {\n    n: 3.14,\n    i: 1,\n    j: 2,\n  },\n");
  });
});
