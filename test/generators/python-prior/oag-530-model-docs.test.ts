// python-prior model docs as OAG 5.3.0 writes them (found with the ergo-node-api-sdks corpus case,
// python 5.3.0): each rule cites the OAG or swagger-parser source it was read from.

import { describe, expect, it } from "vitest";
import { parseGenerateArgs } from "../../../src/cli/options.js";
import { generateFiles } from "../../../src/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-prior-530-", {
  "spec.yaml": `openapi: 3.0.2
info: { title: t, version: "1" }
paths:
  /boxes:
    get:
      operationId: listBoxes
      tags: [boxes]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Box" }
components:
  schemas:
    Box:
      type: object
      required: [scans]
      properties:
        scans:
          description: items with a default
          type: array
          items: { type: integer, default: 1 }
        tags:
          type: array
          items: { type: string }
          default: [a]
`,
});

async function generate(oagVersion: string): Promise<Map<string, string>> {
  const input = specs.path("spec.yaml");
  const args = parseGenerateArgs(["-i", input, "-g", "python-prior", `--additional-properties=oagVersion=${oagVersion}`]);
  const { files } = await generateFiles({ input, generator: "python-prior", options: args.options, validate: "off" });
  return new Map(files.map((f) => [f.path, String(f.contents)]));
}

describe("python-prior 5.3.0 model docs", () => {
  it("give an array property its own default only, not its items' (DefaultCodegen.fromProperty: toDefaultValue(p))", async () => {
    for (const release of ["5.3.0", "6.6.0"]) {
      const doc = (await generate(release)).get("docs/Box.md") ?? "";
      expect(doc).toContain("**scans** | **[int]** | items with a default | \n");
      expect(doc).toContain('**tags** | **[str]** |  | [optional]  if omitted the server will use the default value of ["a"]\n');
    }
  });
});
