// The README's `## Author` section prints the author line only when the spec has an API:
// python's common_README.mustache (7.x) and python-prior's README_common (5.x mustache, 6.x
// handlebars) print `{{infoEmail}}` and its line break inside `{{#apiInfo}}{{#apis}}{{#-last}}`, so
// a spec without operations (models only, or webhooks only) gets neither. Checked against OAG
// 7.13.0 run from source (sixteenth session) on a models-only spec: `## Author\n\n\n\n` at the end.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const MODELS_ONLY = `openapi: 3.0.3
info: { title: Shapes, version: "1", contact: { email: shapes@example.com } }
paths: {}
components:
  schemas:
    Square: { type: object, properties: { side: { type: number } } }
`;
const WITH_API = `openapi: 3.0.3
info: { title: Shapes, version: "1", contact: { email: shapes@example.com } }
paths:
  /squares:
    get:
      operationId: listSquares
      responses: { "200": { description: ok } }
`;

const specs = specFiles("oaswright-readme-author-", { "models.yaml": MODELS_ONLY, "api.yaml": WITH_API });

async function readme(spec: string, generator: "python" | "python-prior", oagVersion: string, extra: Record<string, string> = {}): Promise<string> {
  const { files } = await generateInMemory(specs.path(spec), generator, { oagVersion, ...extra });
  const file = files.find((f) => f.path === "README.md" || f.path.endsWith("_README.md"));
  return String(file?.contents);
}

function authorSection(text: string): string {
  const at = text.indexOf("## Author");
  const next = text.indexOf("## ", at + 3);
  return next < 0 ? text.slice(at) : text.slice(at, next);
}

describe("README: the author line only with an API", () => {
  it("python: a models-only spec prints no author line; a spec with an operation prints the email", async () => {
    expect(authorSection(await readme("models.yaml", "python", "7.13.0"))).toBe("## Author\n\n\n\n");
    expect(authorSection(await readme("api.yaml", "python", "7.13.0"))).toBe("## Author\n\nshapes@example.com\n\n\n");
  });

  it("python, source-only README: the same", async () => {
    expect(authorSection(await readme("models.yaml", "python", "7.13.0", { generateSourceCodeOnly: "true" }))).toBe("## Author\n\n\n\n");
  });

  it("python-prior (5.x and 6.x): the same", async () => {
    for (const release of ["5.3.0", "6.6.0"]) {
      expect(authorSection(await readme("models.yaml", "python-prior", release))).toBe("## Author\n\n\n\n");
      expect(authorSection(await readme("api.yaml", "python-prior", release))).toBe("## Author\n\nshapes@example.com\n\n\n");
    }
  });
});
