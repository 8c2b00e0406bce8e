// python-prior API doc examples of a 3.0 number enum whose first member is a text that is no number:
// swagger-core's NumberSchema.cast adds null for it (parse/schema.ts oagEnumOf, numberSchemaCast), so
// PythonPriorClientCodegen.getObjectExample's first enum value is null and toExampleValueRecursive's
// number default `3.14` follows (its source at the 6.6.0 release commit 7f8b853f50). Before the cast
// moved into the parse, the example printed the bare empty text (`n=,`, no Python). typescript's
// examples read the same cast (examples-number-enums.test.ts, OAG 7.13.0 run from source).

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const SPEC = `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /a:
    post:
      operationId: doA
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                n: { type: number, enum: ["", 0, 1, 2] }
                m: { type: number, enum: ["1.5", 0] }
      responses:
        "204": { description: ok }
`;

const specs = specFiles("oaswright-pp-number-enum-", { "spec.yaml": SPEC });

describe("python-prior examples of number enums", () => {
  it("a first member the cast drops gives the number default; a numeric text is kept", async () => {
    const { files } = await generateInMemory(specs.path("spec.yaml"), "python-prior", { oagVersion: "6.6.0" });
    const doc = String(files.find((f) => f.path.endsWith("DefaultApi.md"))?.contents);
    expect(doc).toContain("    n = 3.14 #");
    expect(doc).toContain("    m = 1.5 #");
  });
});
