// Issue 12: every client, every operation, against Stoplight Prism (a validating mock) on real specs.
// Prints per spec and client: calls ok / failed / not judged, and every failure (operation, client,
// the validator's message). Known failures are listed below with their cause, so that a new failure
// and a fixed one both show. `scripts/prism-suite.mjs` runs the same suite on the large corpus
// (OASWRIGHT_PRISM_SPECS), where no failure is known: any fails it (OASWRIGHT_PRISM_REPORT=1 only prints).

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ClientName } from "./plan.js";
import { CLIENTS, failureLines, notJudgedReasons, runSpec, tally, type SpecResult } from "./suite.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * The in-repo specs (OpenAPI 3.0 and 3.1; Prism and our raw-spec value builder take 3.x). libica
 * (307 operations) runs in `npm run corpus` with the large APIs: it alone would double this test's time.
 */
export const IN_REPO_SPECS: readonly string[] = [
  "fixtures/corpus/oas-examples/3.0/json/discriminators.json",
  "fixtures/corpus/oas-examples/3.0/json/circular.json",
  "fixtures/corpus/oas-examples/3.0/json/schema-enums.json",
  "fixtures/corpus/oas-examples/3.0/yaml/polymorphism.yaml",
  "fixtures/corpus/oas-examples/3.0/yaml/parameters-style.yaml",
  "fixtures/corpus/oas-examples/3.1/json/schema-types.json",
  "fixtures/corpus/oas-examples/3.1/yaml/petstore.yaml",
  "fixtures/golden/seeds/osparc-python/spec/openapi.json",
  "fixtures/golden/seeds/bsubio/spec/openapi.yaml",
  "fixtures/golden/seeds/ecotaxa/spec/openapi.json",
  "fixtures/golden/openapi-generator/typescript-echo-api/spec/echo_api.yaml",
  "fixtures/golden/openapi-generator/typescript-petstore/spec/petstore.yaml",
  "fixtures/golden/openapi-generator/typescript-composed-schemas/spec/composed-schemas.yaml",
  "fixtures/golden/openapi-generator/python-petstore/spec/petstore-with-fake-endpoints-models-for-testing.yaml",
  "fixtures/golden/openapi-generator/python-prior-x-auth-id-alias/spec/x-auth-id-alias.yaml",
  "fixtures/prism/python-cases.yaml",
];

/**
 * Known failures, `spec | client | operation-or-model`, grouped by cause. A failure not listed here
 * fails the test, and so does a listed one that no longer happens (remove it when it is fixed).
 */
const KNOWN: readonly { readonly cause: string; readonly failures: readonly string[] }[] = [
  // (none: echo_api's form explode=true objects holding arrays or objects are not judged, as OAS
  // leaves nested values to the implementation; see plan.ts `nestsCompounds`)
];

function specsToRun(): { name: string; file: string }[] {
  const override = process.env.OASWRIGHT_PRISM_SPECS;
  if (override) return JSON.parse(override) as { name: string; file: string }[];
  return IN_REPO_SPECS.map((rel) => ({ name: rel, file: path.join(ROOT, rel) }));
}

/** `OASWRIGHT_PRISM_CLIENTS=python-prior,python` runs only those clients (with OASWRIGHT_PRISM_SPECS, for work on one client). */
function clientsToRun(): readonly ClientName[] {
  const only = process.env.OASWRIGHT_PRISM_CLIENTS;
  return only ? CLIENTS.filter((c) => only.split(",").includes(c)) : CLIENTS;
}

describe("clients against Prism, the validating mock", () => {
  // The corpus suite (OASWRIGHT_PRISM_SPECS) runs ~60 specs, the large ones for an hour or more.
  it("every judged call passes (or is a known failure)", { timeout: process.env.OASWRIGHT_PRISM_SPECS ? 6 * 3_600_000 : 900_000 }, async () => {
    const specs = specsToRun();
    const results: SpecResult[] = [];
    // Two specs at a time: one generates while the other's clients run.
    let next = 0;
    const worker = async () => {
      while (next < specs.length) {
        const s = specs[next++]!;
        results.push(await runSpec(s.name, s.file, clientsToRun()));
      }
    };
    await Promise.all([worker(), worker()]);
    results.sort((a, b) => (a.spec < b.spec ? -1 : 1));
    const failures = failureLines(results);
    console.log(`${tally(results)}\n\nnot judged, by reason:\n${notJudgedReasons(results).join("\n") || "(none)"}\n\nfailures:\n${failures.join("\n") || "(none)"}`);
    if (process.env.OASWRIGHT_PRISM_OUT) fs.writeFileSync(process.env.OASWRIGHT_PRISM_OUT, JSON.stringify(results, null, 2));
    const errors = results.flatMap((r) => r.errors.map((e) => `${r.spec}: ${e}`));
    expect(errors).toEqual([]);
    const okCalls = results.flatMap((r) => r.calls).filter((c) => c.verdict.status === "ok").length;
    expect(okCalls).toBeGreaterThan(process.env.OASWRIGHT_PRISM_SPECS ? 0 : 100);
    if (process.env.OASWRIGHT_PRISM_SPECS) {
      // The corpus suite knows no failures: each is a defect to fix (`--report` only prints them).
      if (process.env.OASWRIGHT_PRISM_REPORT !== "1") expect(failures).toEqual([]);
      return;
    }
    const keys = failures.map((f) => f.split(" | ").slice(0, 3).join(" | "));
    const known = new Set(KNOWN.flatMap((k) => k.failures));
    expect({ unexpected: failures.filter((f) => !known.has(f.split(" | ").slice(0, 3).join(" | "))), fixed: [...known].filter((k) => !keys.includes(k)) }).toEqual({ unexpected: [], fixed: [] });
  });
});
