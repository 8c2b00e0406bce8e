// Two OAG behaviours found with the fiken corpus case (typescript 7.2.0):
// - a path item's parameters come before the operation's own in a 3.0 document (swagger-parser's
//   PathsProcessor.addParametersToEachOperation prepends them) and after them in 3.1 (the 3.1
//   traverser leaves them on the path item; DefaultGenerator.processOperation appends them);
// - response headers that share a name and schema show the description set last (DefaultCodegen's
//   cached header properties), in the typescript docs as in python's.

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const spec = (version: string) => `openapi: ${version}
info: { title: t, version: "1" }
paths:
  /companies/{slug}/balances:
    parameters:
      - { name: slug, in: path, required: true, schema: { type: string } }
    get:
      operationId: getBalances
      tags: [balances]
      parameters:
        - { name: date, in: query, required: true, schema: { type: string } }
      responses:
        "201":
          description: created
          headers:
            Location: { description: URL of the new balance, schema: { type: string } }
  /companies/{slug}/projects:
    post:
      operationId: createProject
      tags: [balances]
      parameters:
        - { name: slug, in: path, required: true, schema: { type: string } }
      responses:
        "201":
          description: created
          headers:
            Location: { description: URL of the new project, schema: { type: string } }
`;

const specs = specFiles("oaswright-path-params-", { "spec30.yaml": spec("3.0.3"), "spec31.yaml": spec("3.1.0") });

async function doc(file: string, generator: "typescript" | "python"): Promise<string> {
  const input = specs.path(file);
  return (await generateFromArgs(["-i", input, "-g", generator, "--additional-properties=packageName=pkg"])).text("docs/BalancesApi.md");
}

describe("path item parameters and shared response headers", () => {
  it("3.0: the path item's parameters first", async () => {
    expect(await doc("spec30.yaml", "typescript")).toMatch(/ \*\*slug\*\* [^\n]*\n \*\*date\*\* /);
    expect(await doc("spec30.yaml", "python")).toContain("get_balances(slug, var_date)");
  });

  it("3.1: the operation's own first", async () => {
    expect(await doc("spec31.yaml", "typescript")).toMatch(/ \*\*date\*\* [^\n]*\n \*\*slug\*\* /);
    expect(await doc("spec31.yaml", "python")).toContain("get_balances(var_date, slug)");
  });

  it("typescript: equal headers show the last description", async () => {
    const text = await doc("spec30.yaml", "typescript");
    expect(text.match(/\* Location - URL of the new project <br>/g)).toHaveLength(2);
  });
});
