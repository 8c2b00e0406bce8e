// A tag's description documents the client's API class; OAG's API docs print none (api_doc.mustache's
// `{{#description}}` names no field of an API's bundle: the typescript docs in the corpus, 6.4 to
// 7.22, show no tag description where their specs have one).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { fileText } from "../../support/generated-file.js";
import { specFiles } from "../../support/spec-files.js";

const SPEC = `openapi: 3.0.3
info: { title: Pets, version: "1" }
tags:
  - { name: pets, description: "Everything about your pets */ even this" }
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        "204": { description: done }
`;

const specs = specFiles("oaswright-ts-tags-", { "spec.yaml": SPEC });

describe("tag descriptions (typescript)", () => {
  it("document the API class, escaped for the comment, and stay out of the API doc", async () => {
    const { files } = await generateInMemory(specs.path("spec.yaml"), "typescript");
    expect(fileText(files, "apis/PetsApi.ts")).toContain("/**\n * Everything about your pets *\\/ even this\n */\n");
    const doc = fileText(files, "docs/PetsApi.md");
    expect(doc).not.toContain("Everything about your pets");
    expect(doc.split("\n").slice(0, 3)).toEqual(["# .PetsApi", "", "All URIs are relative to *http://localhost*"]);
  });
});
