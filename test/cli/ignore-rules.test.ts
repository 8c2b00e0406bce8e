// .openapi-generator-ignore: OpenAPI Generator's matching rules (ignore/CodegenIgnoreProcessor,
// ignore/rules/*), which differ from .gitignore in ways users meet.

import { describe, expect, it } from "vitest";
import { IgnoreRules } from "../../src/workflow/ignore-rules.js";
import { DEFAULT_IGNORE_FILE } from "../../src/workflow/default-ignore.js";

const cases: [rules: string, path: string, ignored: boolean][] = [
  // A pattern is matched against the whole path: no match in subfolders (unlike .gitignore).
  ["README.md", "README.md", true],
  ["README.md", "docs/README.md", false],
  ["/index.ts", "index.ts", true],
  ["*.md", "README.md", true],
  ["*.md", "docs/Pet.md", false],
  ["docs/*.md", "docs/Pet.md", true],
  ["docs/*.md", "docs/sub/Pet.md", false],
  ["docs/*.md", "Pet.md", false],
  // `**` crosses folders; `**/` needs at least one folder (java.nio glob).
  ["docs/**", "docs/a/b.md", true],
  ["**/*.md", "docs/Pet.md", true],
  ["**/*.md", "README.md", false],
  // A trailing `/` is a folder and everything under it.
  ["docs/", "docs/Pet.md", true],
  ["docs/", "docs/a/b.md", true],
  ["docs/", "docsx/a.md", false],
  // Re-including: a file rule cannot bring back a file whose folder is excluded; a folder rule can.
  ["docs/*.md\n!docs/README.md", "docs/README.md", false],
  ["docs/*.md\n!docs/README.md", "docs/Pet.md", true],
  ["docs/\n!docs/README.md", "docs/README.md", true],
  ["docs/\n!docs/", "docs/README.md", false],
  // A lone `*` is a top-level file without an extension.
  ["*", "LICENSE", true],
  ["*", ".gitignore", true],
  ["*", "README.md", false],
  ["*", "docs/LICENSE", false],
  // Glob classes and groups.
  ["models/{Pet,Tag}.ts", "models/Tag.ts", true],
  ["models/{Pet,Tag}.ts", "models/User.ts", false],
  ["apis/?etApi.ts", "apis/PetApi.ts", true],
  ["apis/[PS]*.ts", "apis/StoreApi.ts", true],
  ["apis/[PS]*.ts", "apis/UserApi.ts", false],
  // Comments, blank lines and invalid patterns ignore nothing.
  ["# README.md\n\n", "README.md", false],
  ["..", "README.md", false],
  ["a***b", "a/x/b", false],
  // Trailing spaces do not count; `\#` is a literal `#`.
  ["README.md   ", "README.md", true],
  ["\\#notes.md", "#notes.md", true],
];

describe("IgnoreRules", () => {
  it.each(cases)("%j ignores %j: %s", (rules, path, ignored) => {
    expect(new IgnoreRules(rules).allows(path)).toBe(!ignored);
  });

  it("allows everything without a file, and with OpenAPI Generator's default file (all examples are comments)", () => {
    for (const p of ["README.md", "docs/Pet.md", "ApiClient.cs", "foo/bar/qux"]) {
      expect(new IgnoreRules().allows(p)).toBe(true);
      expect(new IgnoreRules(DEFAULT_IGNORE_FILE).allows(p)).toBe(true);
    }
  });
});
