// python-prior docs (OAG 5.x `python`, 6.x `python-prior`: every release before 7.0.0), a Swagger
// 2.0 response schema whose `type` swagger-models' PropertyBuilder does not know (`type: word`):
// swagger-parser before 2.1.9 (fd3bc709, #1552) converted response schemas through
// Response.getSchema(), a Property, which such a type does not give, so the response has no schema:
// no return type, no Accept type, no import. Same source as the typescript docs' rule
// (test/generators/typescript/swagger2-unknown-response-type.test.ts, hangoff 5.4.0).

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";
import { SWAGGER2_UNKNOWN_RESPONSE_TYPE } from "../../support/swagger2-unknown-type-spec.js";

const specs = specFiles("oaswright-pp-swagger2-unknown-type-", {
  "swagger.yaml": SWAGGER2_UNKNOWN_RESPONSE_TYPE,
});

describe("python-prior docs: a 2.0 response schema of an unknown type", () => {
  it("has no schema", async () => {
    const input = specs.path("swagger.yaml");
    const doc = (await generateFromArgs(["-i", input, "-g", "python-prior", "--additional-properties=packageName=pkg,oagVersion=6.6.0"])).text("docs/ExampleApi.md");
    const checkWord = doc.slice(doc.indexOf("# **check_word**"), doc.indexOf("# **count_words**"));
    const countWords = doc.slice(doc.indexOf("# **count_words**"));
    expect(checkWord).toContain("> check_word(word)\n");
    expect(checkWord).toContain("        api_instance.check_word(word)\n");
    expect(checkWord).toContain("void (empty response body)");
    expect(checkWord).toContain(" - **Accept**: Not defined\n");
    expect(countWords).toContain("> int count_words()\n");
    expect(countWords).toContain(" - **Accept**: application/json\n");
  });
});
