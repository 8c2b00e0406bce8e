// Form fields in the API docs, as DefaultCodegen.fromFormProperty builds them from their property
// (found with the spoonacular corpus case, typescript 7.8.0-SNAPSHOT):
// - the description is escapeText(codegenProperty.description), and fromProperty escaped it already:
//   escaped twice (since 53597764c3, 2018), so a `'` prints `\\\'` in the typescript docs and a `"`
//   `\\\"` in the python ones;
// - the typescript type is the property's (`string`), not getParameterDataType's literal union of an
//   inline enum, which a query parameter shows.

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-form-docs-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /recipes/visualize:
    post:
      operationId: visualizeRecipe
      tags: [recipes]
      parameters:
        - { name: view, in: query, description: "Either 'grid' or 'list'.", schema: { type: string, enum: [grid, list] } }
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                instructions: { type: string, description: "The recipe's \\"instructions\\"." }
                mask: { type: string, enum: [ellipseMask, starMask], description: "Either 'ellipseMask' or 'starMask'." }
      responses:
        "200": { description: ok }
`,
});

async function doc(generator: "typescript" | "python" | "python-prior", file: string): Promise<string> {
  const version = generator === "python-prior" ? "6.6.0" : "7.8.0";
  return (await generateFromArgs(["-i", specs.path("spec.yaml"), "-g", generator, `--additional-properties=oagVersion=${version}`])).text(file);
}

describe("API docs: form fields", () => {
  it("typescript: the description escaped twice, the property's type", async () => {
    const text = await doc("typescript", "RecipesApi.md");
    expect(text).toContain(`  // string | The recipe\\\\\\'s \\\\\\"instructions\\\\\\". (optional)\n`);
    expect(text).toContain(`  // string | Either \\\\\\'ellipseMask\\\\\\' or \\\\\\'starMask\\\\\\'. (optional)\n`);
    expect(text).toContain(" **mask** | [**string**]**Array<&#39;ellipseMask&#39; &#124; &#39;starMask&#39;>** |");
    // A query parameter: escaped once, typed by its literal union.
    expect(text).toContain(`  // 'grid' | 'list' | Either \\'grid\\' or \\'list\\'. (optional)\n`);
  });

  it("python: the description escaped twice", async () => {
    const text = await doc("python", "docs/RecipesApi.md");
    expect(text).toContain(` **instructions** | **str**| The recipe&#39;s \\\\\\&quot;instructions\\\\\\&quot;. | [optional] \n`);
    expect(text).toContain(`    instructions = 'instructions_example' # str | The recipe's \\\\\\"instructions\\\\\\". (optional)\n`);
    expect(text).toContain(` **view** | **str**| Either &#39;grid&#39; or &#39;list&#39;. | [optional] \n`);
  });

  it("python-prior: the description escaped twice", async () => {
    const text = await doc("python-prior", "docs/RecipesApi.md");
    expect(text).toContain(` **instructions** | **str**| The recipe&#39;s \\\\\\&quot;instructions\\\\\\&quot;. | [optional]`);
  });
});
