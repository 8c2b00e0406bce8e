// InlineModelResolver's structural lookup by release, on untitled inline responses that differ in
// an `example` only (the shape of the corpus case nativebpm-python, nativebpm/sdk 980833d):
// - before 7.23.0 the exact signature keeps them apart (the example is part of it): one model each;
// - #23856 (7.23.0) looks a model up by its structural signature (description, type and example
//   left out at every level) when the exact one fails, for every schema: the later ones reuse the
//   first model;
// - #24192 (opened 2026-07-03, first in 7.24.0) keeps that lookup for titled schemas only. A
//   7.24.0-SNAPSHOT reads as 7.23 here: nativebpm's 7.24.0-SNAPSHOT of 2026-06-11 prints
//   ResolveIncident200Response for deleteWebhook and testWebhook (inline.ts PROFILE_ROWS,
//   `notInPrereleases`).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../support/generate.js";
import { specFiles } from "../support/spec-files.js";

const op = (path: string, operationId: string, example: string) => `
  ${path}:
    post:
      operationId: ${operationId}
      tags: [Jobs]
      responses:
        "200":
          description: done
          content:
            application/json:
              schema:
                type: object
                properties:
                  status: { type: string, example: ${example} }`;

const SPEC = `openapi: 3.0.3
info: { title: Jobs, version: "1" }
paths:${op("/jobs/{id}/resolve", "resolveJob", "resolved")}${op("/jobs/{id}/delete", "deleteJob", "deleted")}${op("/jobs/{id}/test", "testJob", "success")}
`;

const specs = specFiles("oaswright-structural-reuse-", { "spec.yaml": SPEC });

/** The return type of each python operation, by operation, and the model docs written. */
async function pythonReturns(oagVersion: string): Promise<{ returns: Record<string, string>; models: string[] }> {
  const { files, text } = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "jobs_client", oagVersion }, { validate: "warning" });
  const doc = text("docs/JobsApi.md");
  const returns: Record<string, string> = {};
  for (const m of doc.matchAll(/^> (\w+) (\w+)\(/gm)) returns[m[2]!] = m[1]!;
  const models = files.map((f) => f.path).filter((p) => /^docs\/\w+Response\.md$/.test(p)).sort();
  return { returns, models };
}

const SEPARATE = {
  returns: { resolve_job: "ResolveJob200Response", delete_job: "DeleteJob200Response", test_job: "TestJob200Response" },
  models: ["docs/DeleteJob200Response.md", "docs/ResolveJob200Response.md", "docs/TestJob200Response.md"],
};
const REUSED = {
  returns: { resolve_job: "ResolveJob200Response", delete_job: "ResolveJob200Response", test_job: "ResolveJob200Response" },
  models: ["docs/ResolveJob200Response.md"],
};

describe("structural inline model reuse by release", () => {
  it.each([
    ["7.22.0", SEPARATE],
    ["7.23.0", REUSED],
    ["7.24.0-SNAPSHOT", REUSED],
    ["7.24.0", SEPARATE],
  ] as const)("%s", async (oagVersion, want) => {
    expect(await pythonReturns(oagVersion)).toEqual(want);
  });
});
