// Generated text is encoded as OAG's TemplateManager.writeToFile does (String.getBytes(UTF_8)):
// an unpaired surrogate becomes `?`, a surrogate pair stays one character. RgxGen pattern examples
// draw such code units (timetime-typescript, typescript 7.0.0: the `slug` example of a class with surrogate ranges, `[a-zà-ú0-9\\uD83C-\\uDBFF\\uDC00-\\uDFFF]`).

import { describe, expect, it } from "vitest";
import { javaUtf8Text } from "../../src/render/java-utf8.js";
import { specFiles } from "../support/spec-files.js";
import { generateFromArgs } from "../support/generate.js";

describe("javaUtf8Text", () => {
  it("replaces unpaired surrogates with ? and keeps pairs", () => {
    expect(javaUtf8Text("a\uD83D\uDE00b")).toBe("a\uD83D\uDE00b");
    expect(javaUtf8Text("\uDAA0-\uDC86x")).toBe("?-?x");
    expect(javaUtf8Text("\uD800\uD83D\uDE00\uDC00")).toBe("?\uD83D\uDE00?");
    expect(javaUtf8Text("\uDE00\uD83D")).toBe("??");
    expect(javaUtf8Text("plain")).toBe("plain");
  });
});

const specs = specFiles("oaswright-java-utf8-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /profiles:
    post:
      operationId: createProfile
      tags: [profiles]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                slug: { type: string, pattern: "^[a-z\\\\uD83C-\\\\uDBFF\\\\uDC00-\\\\uDFFF]{12}$" }
      responses:
        "204": { description: done }
`,
});

describe("generated docs: a pattern example with unpaired surrogates", () => {
  it("writes ? where Java's UTF-8 encoder would", async () => {
    const input = specs.path("spec.yaml");
    const { files } = await generateFromArgs(["-i", input, "-g", "typescript", "--additional-properties=oagVersion=7.0.0"]);
    const doc = files.find((f) => f.path.endsWith("ProfilesApi.md"))!.contents as string;
    const line = doc.split("\n").find((l) => l.includes("slug:"))!;
    // RgxGen draws "\u{5099E}\uDB3C\uD87A\u{FADF2}\uDF56\uDA26\u{AFB5C}\uDACA\uDA09" (exampleFromPattern):
    // the six unpaired surrogates are written `?`, the three pairs as they are.
    expect(line).toBe('    slug: "\u{5099E}??\u{FADF2}??\u{AFB5C}??",');
  });
});
