// Opt-in: GitHub's REST API spec (npm @octokit/openapi, generated/api.github.com.json; 13 MB,
// ~1,100 operations) generates a client that type-checks strict with zero errors. Too large for
// every run (the type check alone takes ~45 s on 2 cores), so it runs only when asked:
//   npm pack @octokit/openapi && tar xzf octokit-openapi-*.tgz
//   OASWRIGHT_GITHUB_SPEC=$PWD/package/generated/api.github.com.json npx vitest run test/generators/typescript/github.test.ts

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { formatDiagnostics, tempDir, typeCheck, writeClient } from "./client-support.js";

const SPEC = process.env["OASWRIGHT_GITHUB_SPEC"];

describe.skipIf(SPEC === undefined)("GitHub's REST API client", () => {
  it("type-checks strict with zero errors", { timeout: 600_000 }, async () => {
    const started = performance.now();
    const { files } = await generateInMemory(SPEC!, "typescript");
    console.log(`generated ${files.length} files in ${Math.round(performance.now() - started)} ms`);
    const root = tempDir("github");
    const roots = writeClient(path.join(root, "client"), files);
    expect(formatDiagnostics(typeCheck(roots))).toBe("");
    fs.rmSync(root, { recursive: true, force: true });
  });
});
