// A Swagger 2.0 response schema whose `type` swagger-models' PropertyBuilder does not know
// (`type: word`, written by swag): before OAG 7.0.0 the 2.0 conversion (swagger-parser before
// 2.1.9, fd3bc709 #1552) read response schemas as a Property (Response.getSchema():
// PropertyModelConverter.modelToProperty -> PropertyBuilder.build -> null), so the docs show no
// return type (`void`) and no Accept type (hangoff-typescript, 5.4.0). From 7.0.0 (e4bf068a88,
// swagger-parser 2.1.14) the schema is kept, and the docs read it as they did before this rule.

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";
import { SWAGGER2_UNKNOWN_RESPONSE_TYPE } from "../../support/swagger2-unknown-type-spec.js";

const specs = specFiles("oaswright-ts-swagger2-unknown-type-", {
  "swagger.yaml": SWAGGER2_UNKNOWN_RESPONSE_TYPE,
});

async function apiDoc(oagVersion: string): Promise<string> {
  const input = specs.path("swagger.yaml");
  const { files } = await generateFromArgs(["-i", input, "-g", "typescript", `--additional-properties=oagVersion=${oagVersion}`]);
  return files.find((f) => f.path.endsWith("ExampleApi.md"))!.contents as string;
}

const section = (doc: string, op: string) => doc.slice(doc.indexOf(`# **${op}**`));

describe("typescript docs: a 2.0 response schema of an unknown type", () => {
  it("has no schema before 7.0.0", async () => {
    const doc = await apiDoc("6.6.0");
    expect(section(doc, "checkWord")).toMatch(/^# \*\*checkWord\*\*\n> void checkWord\(\)\n/);
    expect(section(doc, "checkWord")).toContain(" - **Accept**: Not defined\n");
    // A known type is read either way.
    expect(section(doc, "countWords")).toMatch(/^# \*\*countWords\*\*\n> number countWords\(\)\n/);
    expect(section(doc, "countWords")).toContain(" - **Accept**: application/json\n");
  });

  it("keeps it from 7.0.0", async () => {
    const doc = await apiDoc("7.0.0");
    expect(section(doc, "checkWord")).toMatch(/^# \*\*checkWord\*\*\n> any checkWord\(\)\n/);
    expect(section(doc, "checkWord")).toContain(" - **Accept**: application/json\n");
  });
});
