// A 3.0 `nullable: true` written in a 3.1 document: swagger-parser's getJsonSchema never reads it, so
// OAG's docs show the schema as not nullable (tampadevs conformance case, 7.19: `List[object]` for
// `items: {nullable: true}`); JSON Schema's own null (`type: [string, "null"]`) still shows. The client
// keeps accepting null where the author wrote `nullable`.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-nullable31-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const spec = (version: string) => `openapi: ${version}
info: { title: t, version: "1" }
paths: {}
components:
  schemas:
    Event:
      type: object
      required: [venues]
      properties:
        venues:
          type: array
          items: { nullable: true }
        tags:
          type: array
          items: { type: [string, "null"] }
`;

async function files(version: string, generator: string): Promise<(p: string) => string> {
  const file = path.join(tmp, `spec-${version}.yaml`);
  fs.writeFileSync(file, spec(version));
  const { files } = await generateInMemory(file, generator, { packageName: "pkg" });
  return (p) => String(files.find((f) => f.path === p)?.contents);
}

describe("3.1 `nullable` keyword", () => {
  it("python docs read it as OAG does (not nullable); the model still accepts null", async () => {
    const out = await files("3.1.0", "python");
    expect(out("docs/Event.md")).toContain("**venues** | **List[object]** |  | \n");
    expect(out("docs/Event.md")).toContain("**tags** | **List[Optional[str]]** |  | [optional] \n");
    expect(out("pkg/models/event.py")).toMatch(/venues: List\[Optional\[Any\]\]/);
  });
});
