// A 3.1 property written without `type` (`value: {description: ...}`): OpenAPINormalizer's
// NORMALIZE_31SPEC rule, on for every 3.1 document, stores a new empty Schema in its place
// (processNormalize31Spec's any-type branch, d4d5196907 #17370, first in 7.2.0), so the docs of
// 7.2.0 and later print the property with no description (monad-inc/sdk's 7.23.0 docs,
// AddArgumentsConfig.value). A 3.0 document, a typed property and older releases keep it.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = (version: string) => `openapi: ${version}
info: { title: Args, version: "1" }
paths: {}
components:
  schemas:
    Config:
      type: object
      properties:
        value:
          description: The value to add
        key:
          type: string
          description: The key
`;

const specs = specFiles("oaswright-untyped31-", { "spec30.yaml": spec("3.0.3"), "spec31.yaml": spec("3.1.0") });

async function configDoc(file: string, oagVersion: string): Promise<string> {
  const { files } = await generateInMemory(specs.path(file), "python", { packageName: "args", oagVersion });
  return String(files.find((f) => f.path === "docs/Config.md")?.contents);
}

describe("python docs: a 3.1 property without type", () => {
  it("has no description from 7.2.0 (NORMALIZE_31SPEC made it an empty schema)", async () => {
    const doc = await configDoc("spec31.yaml", "7.23.0");
    expect(doc).toContain("**value** | **object** |  | [optional] \n");
    expect(doc).toContain("**key** | **str** | The key | [optional] \n");
  });

  it("keeps the description before 7.2.0 and in 3.0", async () => {
    expect(await configDoc("spec31.yaml", "7.1.0")).toContain("**value** | **object** | The value to add | [optional] \n");
    expect(await configDoc("spec30.yaml", "7.23.0")).toContain("**value** | **object** | The value to add | [optional] \n");
  });
});
