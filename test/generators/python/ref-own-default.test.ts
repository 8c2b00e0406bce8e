// A property or parameter written as a `$ref` with a `default` beside it (3.1 keeps the sibling:
// FastAPI writes `{$ref: BenchmarkMode, default: baseline}` for an enum field with a default).
// AbstractPythonCodegen.toDefaultValue follows the `$ref` and takes the referenced schema's default
// (a5a99585ef, #18796); when that has none it tries the type branches (boolean, number, enum,
// string, array), which a schema of only `$ref` and `default` never enters, so the docs print no
// default (Nickbohm555/agent-search 153f8dd, 7.21.0-SNAPSHOT: `**baseline_mode** |
// [**BenchmarkMode**](BenchmarkMode.md) |  | [optional] `). The referenced enum's own default
// is still printed as `Model.MEMBER`. A parameter goes through the same toDefaultValue
// (DefaultCodegen.toDefaultParameterValue).

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = `openapi: 3.1.0
info: { title: Bench, version: "1" }
paths:
  /runs:
    get:
      operationId: listRuns
      parameters:
        - name: mode
          in: query
          schema: { $ref: "#/components/schemas/Mode", default: fast }
      responses:
        "200": { description: ok }
components:
  schemas:
    Mode:
      type: string
      enum: [fast, slow]
    Level:
      type: string
      enum: [low, high]
      default: high
    Run:
      type: object
      properties:
        mode: { $ref: "#/components/schemas/Mode", default: fast }
        level: { $ref: "#/components/schemas/Level" }
        name: { type: string, default: first }
`;

const specs = specFiles("oaswright-ref-own-default-", { "spec.yaml": spec });

async function doc(path: string, oagVersion: string): Promise<string> {
  const { files } = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "bench", oagVersion });
  return String(files.find((f) => f.path === path)?.contents);
}

describe("python docs: a $ref's own default", () => {
  for (const release of ["7.14.0", "7.21.0"]) {
    it(`is not printed for a property (${release})`, async () => {
      const run = await doc("docs/Run.md", release);
      expect(run).toContain("**mode** | [**Mode**](Mode.md) |  | [optional] \n");
      expect(run).toContain("**level** | [**Level**](Level.md) |  | [optional] [default to Level.HIGH]\n");
      expect(run).toContain("**name** | **str** |  | [optional] [default to 'first']\n");
    });
  }

  it("is not printed for a parameter", async () => {
    const api = await doc("docs/DefaultApi.md", "7.21.0");
    expect(api).toContain(" **mode** | [**Mode**](.md)|  | [optional] \n");
  });
});
