// The API docs' Content-Type line leaves `*/*` out (DefaultCodegen.addConsumesInfo: it "implies
// `consumes` in OAS2 is not defined"), in every generator; found with the legnext corpus case (7.18.0).

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-consumes-any-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /blend:
    post:
      operationId: blend
      tags: [image]
      requestBody:
        content:
          "*/*": { schema: { type: string } }
      responses:
        "204": { description: none }
  /mixed:
    post:
      operationId: mixed
      tags: [image]
      requestBody:
        content:
          "*/*": { schema: { type: string } }
          text/plain: { schema: { type: string } }
      responses:
        "204": { description: none }
`,
});

const docPath = { python: "docs/ImageApi.md", "python-prior": "docs/ImageApi.md", typescript: "docs/ImageApi.md" } as const;

describe("API docs: a */* request body", () => {
  it.each(Object.keys(docPath) as (keyof typeof docPath)[])("%s: is no Content-Type", async (generator) => {
    const input = specs.path("spec.yaml");
    const doc = (await generateFromArgs(["-i", input, "-g", generator, "--additional-properties=packageName=pkg"])).text(docPath[generator]);
    const lines = doc.split("\n").filter((l) => l.startsWith(" - **Content-Type**"));
    expect(lines).toEqual([" - **Content-Type**: Not defined", " - **Content-Type**: text/plain"]);
  });
});
