// Every generator's docs against the docs OpenAPI Generator published for the same specs
// (fixtures/golden, copied from the team's shared golden set with provenance).
//
// KNOWN_DIFFERENCES lists, per case, the files that do not match yet and why. The test fails on
// any other difference (a regression) and also when a listed file starts matching, so the list
// only ever shrinks. A case missing from the list is expected to match whole.

import { describe, expect, it } from "vitest";
import { describeProblems, goldenCases, runGoldenCase } from "../support/golden.js";

const KNOWN_DIFFERENCES: Readonly<Record<string, readonly string[]>> = {};

describe("docs match OpenAPI Generator's", () => {
  for (const c of goldenCases()) {
    it(`${c.generator}: ${c.name}`, async () => {
      const result = await runGoldenCase(c);
      const known = new Set(KNOWN_DIFFERENCES[c.name] ?? []);
      const unexpected = describeProblems(result, (p) => !known.has(p));
      expect(unexpected, "differences not listed in KNOWN_DIFFERENCES").toBe("");
      const nowMatching = result.identical.filter((p) => known.has(p));
      expect(nowMatching, "listed as known differences but identical now: remove them from the list").toEqual([]);
      expect(result.identical.length).toBeGreaterThan(0);
    });
  }
});
