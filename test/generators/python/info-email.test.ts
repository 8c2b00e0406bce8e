// The `infoEmail` option: DefaultGenerator.configureGeneratorProperties puts the spec's info.contact.email
// into additionalProperties `infoEmail` over the user's, so the option shows where the spec has no
// contact email: the README's "## Author" (common_README.mustache), setup.py's author_email and
// pyproject's authors (OAG 7.14.0's README of lllucius/chatter, generated with infoEmail=support@chatter.ai
// from a spec without a contact).

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = (contact: string) => `openapi: 3.0.3
info: { title: Mail, version: "1"${contact} }
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "204": { description: pong }
`;

const specs = specFiles("oaswright-infoemail-", {
  "plain.yaml": spec(""),
  "contact.yaml": spec(", contact: { email: owner@example.org }"),
});

async function generate(file: string, extra: Record<string, string>): Promise<(p: string) => string> {
  const { files } = await generateInMemory(specs.path(file), "python", { packageName: "mail", oagVersion: "7.14.0", ...extra });
  return (p: string) => String(files.find((f) => f.path === p)?.contents);
}

describe("python: the infoEmail option", () => {
  it("names the author where the spec has no contact email", async () => {
    const text = await generate("plain.yaml", { infoEmail: "support@chatter.ai" });
    expect(text("README.md")).toContain("## Author\n\nsupport@chatter.ai\n");
    expect(text("setup.py")).toContain('author_email="support@chatter.ai"');
  });

  it("gives way to the spec's contact email; without either the README names no one", async () => {
    const withContact = await generate("contact.yaml", { infoEmail: "support@chatter.ai" });
    expect(withContact("README.md")).toContain("## Author\n\nowner@example.org\n");
    expect(withContact("setup.py")).toContain('author_email="owner@example.org"');
    const neither = await generate("plain.yaml", {});
    expect(neither("README.md")).toContain("## Author\n\n\n");
    expect(neither("setup.py")).toContain('author_email="team@openapitools.org"');
  });
});
