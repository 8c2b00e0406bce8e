// OpenAPI 3.1 response `$ref`s to components in the API docs, release by release (found with the
// atlasdata corpus case, typescript 7.5.0). swagger-parser keeps such a reference as written, with
// the non-blank description beside it (3.1 only); before 7.10 (537737730b) OAG's fromOperation read
// that reference for the message and the headers. The Accept line always had the component's media
// types: addProducesInfo dereferences the response itself (since 046db19a85; the splitspec corpus
// case, python 7.3.0, lists a referenced 401's application/problem+json). 3.0 responses are inlined
// by the resolver in every release. Both generators, both sides of 7.10, and the 3.0 control.

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const spec = (version: string) => `openapi: ${version}
info: { title: t, version: "1" }
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      responses:
        "200":
          description: the items
          content:
            application/json:
              schema: { type: string }
        "400":
          description: Bad input
          $ref: "#/components/responses/Problem"
        "404":
          $ref: "#/components/responses/Problem"
        "409":
          description: "  "
          $ref: "#/components/responses/Problem"
components:
  responses:
    Problem:
      description: A problem occurred.
      headers:
        X-Trace: { description: trace id, schema: { type: string } }
      content:
        application/problem+json:
          schema: { type: object }
`;

const specs = specFiles("oaswright-resp31-", { "spec30.yaml": spec("3.0.3"), "spec31.yaml": spec("3.1.0") });

async function apiDoc(generator: "typescript" | "python", file: string, oagVersion: string): Promise<string> {
  const input = specs.path(file);
  const run = await generateFromArgs(["-i", input, "-g", generator, `--additional-properties=packageName=pkg,oagVersion=${oagVersion}`]);
  return run.text(generator === "python" ? "docs/ItemsApi.md" : "ItemsApi.md");
}

const component = "A problem occurred. |  * X-Trace - trace id <br>  |";

describe.each(["typescript", "python"] as const)("%s: 3.1 response $refs", (generator) => {
  it("before 7.10 the docs read the reference as written: the sibling description or none, no headers; the Accept line has its media types", async () => {
    const doc = await apiDoc(generator, "spec31.yaml", "7.9.0");
    expect(doc).toContain("**400** | Bad input |  -  |");
    expect(doc).toContain("**404** |  |  -  |");
    expect(doc).toContain("**409** |  |  -  |");
    expect(doc).not.toContain("A problem occurred.");
    expect(doc).toContain(" - **Accept**: application/json, application/problem+json\n");
  });

  it("from 7.10 they read the component", async () => {
    const doc = await apiDoc(generator, "spec31.yaml", "7.10.0");
    for (const code of ["400", "404", "409"]) expect(doc).toContain(`**${code}** | ${component}`);
    expect(doc).toContain(" - **Accept**: application/json, application/problem+json\n");
  });

  it("3.0 responses are the component's before 7.10 too", async () => {
    const doc = await apiDoc(generator, "spec30.yaml", "7.9.0");
    for (const code of ["400", "404", "409"]) expect(doc).toContain(`**${code}** | ${component}`);
    expect(doc).toContain(" - **Accept**: application/json, application/problem+json\n");
  });
});
