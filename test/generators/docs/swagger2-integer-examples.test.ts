// A Swagger 2.0 integer schema's example (a definition's own, or a property's): swagger-parser's
// v2 converter makes an IntegerSchema of the v1 Model or Property (SwaggerConverter.convert:
// `Json.mapper().convertValue(v2, Schema.class)`, then setExample), and IntegerSchema.cast reads the
// v1 example's toString as an int or long: `71.0` (a Double) and `7.5` are no example, `"72"` is 72
// (src/parse/swagger2-schema.ts integerExample). The example writers then print their fixed value.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { parseSpec } from "../../../src/parse/index.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-swagger2-int-examples-", {
  "spec.yaml": `swagger: "2.0"
info: { title: ints, version: "1" }
paths:
  /p:
    post:
      operationId: op
      tags: [things]
      parameters:
        - { name: body, in: body, schema: { $ref: "#/definitions/Holder" } }
      responses:
        "204": { description: ok }
definitions:
  Count: { type: integer, example: 71.0 }
  Holder:
    type: object
    properties:
      a: { type: integer, example: 71.0 }
      b: { type: integer, format: int32, example: "72" }
      c: { type: integer, format: int64, example: 73 }
      d: { type: integer, example: 7.5 }
      count: { $ref: "#/definitions/Count" }
`,
});

async function doc(generator: string, oagVersion: string, path: string): Promise<string> {
  return (await generateInMemory(specs.path("spec.yaml"), generator, { oagVersion }, { validate: "warning" })).text(path);
}

describe("Swagger 2.0 integer examples through IntegerSchema.cast", () => {
  it("the converted schemas keep only the examples the cast reads", async () => {
    const { model } = await parseSpec(specs.path("spec.yaml"));
    const named = (n: string) => model.schemas.find((s) => s.name === n)!.schema;
    expect(named("Count").example).toBeUndefined();
    const holder = named("Holder");
    if (holder.kind !== "object") throw new Error(holder.kind);
    expect(holder.properties.map((p) => [p.name, p.schema.example?.value])).toEqual([["a", undefined], ["b", 72], ["c", 73], ["d", undefined], ["count", undefined]]);
  });

  it("typescript and python-prior print their fixed value where there is none", async () => {
    expect(await doc("typescript", "7.10.0", "ThingsApi.md")).toContain("  body: {\n    a: 1,\n    b: 72,\n    c: 73,\n    d: 1,\n    count: 1,\n  },\n");
    expect(await doc("python-prior", "6.4.0", "docs/ThingsApi.md")).toContain("        a=1,\n        b=72,\n        c=73,\n        d=1,\n        count=1,\n");
  });
});
