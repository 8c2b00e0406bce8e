// Python model docs mark `[readonly]` as OAG's do after it rewrites a property: a hoisted inline
// object becomes a bare `$ref` (InlineModelResolver.makeSchemaInComponents), `anyOf: [X, null]`
// becomes X (ModelUtils.simplyOneOfAnyOfWithOnlyOneNonNullSubSchema); both lose the property's
// readOnly. The client code keeps the spec's readOnly (the field stays out of to_dict).
// Seen in the opendatasoft and pescheck corpus cases.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-readonly-docs-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const spec = path.join(root, "spec.json");
fs.writeFileSync(
  spec,
  JSON.stringify({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/keys": {
        get: {
          operationId: "getKey",
          responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Key" } } } } },
        },
      },
    },
    components: {
      schemas: {
        Key: {
          type: "object",
          properties: {
            id: { type: "string", readOnly: true },
            status: { type: "object", readOnly: true, properties: { revoked: { type: "boolean" } } },
            revoked_at: { anyOf: [{ type: "string", format: "date-time" }, { type: "null" }], readOnly: true },
            label: { type: "string" },
          },
        },
      },
    },
  }),
);

async function files(): Promise<Map<string, string>> {
  return new Map((await generateFromArgs(["-i", spec, "-g", "python", "--additional-properties=oagVersion=7.14.0,packageName=keys"])).texts);
}

describe("python model docs: [readonly] after OAG's rewrites", () => {
  it("only on the property whose own schema stays read-only", async () => {
    const doc = (await files()).get("docs/Key.md")!;
    const row = (name: string) => doc.split("\n").find((l) => l.startsWith(`**${name}**`))!;
    expect(row("id")).toContain("[readonly]");
    expect(row("status")).not.toContain("[readonly]");
    expect(row("revoked_at")).not.toContain("[readonly]");
    expect(row("label")).not.toContain("[readonly]");
  });
  it("while the client still leaves every read-only field out of to_dict", async () => {
    const model = (await files()).get("keys/models/key.py")!;
    expect(model).toMatch(/excluded_fields: Set\[str\] = set\(\["id", "status", "revoked_at"\]\)/);
  });
});
