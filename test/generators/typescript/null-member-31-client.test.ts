// OAG 7.3.0-7.4.x keep a 3.1 anyOf's `{type: 'null'}` member (src/parse/schema.ts withoutNullType31,
// test/parse/null-member-31): the inline anyOf is a model of its own. A 3.1 anyOf of `$ref`s keeps
// its members in every 7.x release (a `$ref` member is no null type). The typescript clients of both
// type-check strict and read a JSON body.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";
import { tempDir, typeCheckAndLoadApp } from "./client-support.js";

const spec = `openapi: 3.1.0
info: { title: Nulls, version: "1" }
paths: {}
components:
  schemas:
    Node:
      type: object
      properties:
        host: { type: string }
    Other:
      type: object
      properties:
        port: { type: integer }
    Either:
      anyOf: [{ $ref: "#/components/schemas/Node" }, { $ref: "#/components/schemas/Other" }]
    Thing:
      type: object
      properties:
        size:
          anyOf: [{ type: integer }, { type: "null" }]
          title: Size
        node:
          anyOf: [{ $ref: "#/components/schemas/Node" }, { type: "null" }]
        either:
          $ref: "#/components/schemas/Either"
`;

const specs = specFiles("oaswright-ts-nullmember31-", { "spec.yaml": spec });

describe("typescript: 3.1 anyOf members after NORMALIZE_31SPEC", () => {
  for (const oagVersion of ["7.3.0", "7.8.0"]) {
    it(`${oagVersion}: the client type-checks strict and reads a body`, async () => {
      const { files } = await generateInMemory(specs.path("spec.yaml"), "typescript", { oagVersion });
      const paths = files.map((f) => f.path);
      if (oagVersion === "7.3.0") expect(paths).toContain("models/Size.ts");
      else expect(paths).not.toContain("models/Size.ts");
      const dir = tempDir("ts-nullmember31");
      const app = {
        path: "app.ts",
        contents: `import { ObjectSerializer } from "./models/ObjectSerializer";
import { Thing } from "./models/Thing";
export function read(): unknown[] {
    const thing: Thing = ObjectSerializer.deserialize({ size: 3, node: { host: "h" }, either: { port: 8 } }, "Thing", "");
    return [thing.size, thing.node, thing.either];
}
`,
      };
      const { read } = typeCheckAndLoadApp<{ read(): unknown[] }>(dir, [...files, app]);
      const [size, node, either] = read();
      expect(size).toBe(3);
      expect(node).toMatchObject({ host: "h" });
      expect(either).toMatchObject({ port: 8 });
    }, 120_000);
  }
});
