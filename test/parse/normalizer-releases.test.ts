// The inline planner's normalizer by release (src/parse/inline-normalizer.ts NORMALIZER_ROWS): one
// table, read like the generators' release tables, except that an absent `oagVersion` is the default
// release (the one .openapi-generator/VERSION names), so a behaviour that ends after it still holds.

import { describe, expect, it } from "vitest";
import { DEFAULT_OAG_VERSION } from "../../src/codegen/release-table.js";
import { NORMALIZER_ROWS, normalizerRules } from "../../src/parse/inline-normalizer.js";

describe("the normalizer's release table", () => {
  it("turns each behaviour on at its release, and keepScalarOneOf off again at 7.25.0", () => {
    expect(normalizerRules("7.12.0")).toEqual({ normalize31Untyped: true, refSiblingsAllOf31: false, simplifyLoneOneOf: false, metadataOnlyAllOf: false, arrayTitle31: false, arrayKept31: ["description", "default", "uniqueItems", "nullable"], keepScalarOneOf: false, oneOfBeforeMap: false, storeMapValue: false, keepParentDescription: false, storeOperationSchemas: true, oneOfSimplifiedFirst: true, normalize31Spec: true, storeAnyOfMembers: true });
    expect(normalizerRules("7.13.0-SNAPSHOT").simplifyLoneOneOf).toBe(true);
    expect(normalizerRules("7.20.0")).toEqual({ normalize31Untyped: true, refSiblingsAllOf31: true, simplifyLoneOneOf: true, metadataOnlyAllOf: true, arrayTitle31: true, arrayKept31: ["description", "default", "uniqueItems", "nullable"], keepScalarOneOf: false, oneOfBeforeMap: false, storeMapValue: false, keepParentDescription: false, storeOperationSchemas: true, oneOfSimplifiedFirst: true, normalize31Spec: true, storeAnyOfMembers: true });
    expect(normalizerRules("7.21.0").keepScalarOneOf).toBe(true);
    // processSimplifyOneOf's scalar drop came with ad6c2dd2b7 (7.9.0): kept before it
    expect([normalizerRules("7.0.0").keepScalarOneOf, normalizerRules("7.8.0").keepScalarOneOf, normalizerRules("7.9.0").keepScalarOneOf]).toEqual([true, true, false]);
    // NORMALIZE_31SPEC's new ArraySchema: none before 7.0.1, xml/items only, then description and default (7.2.0), readOnly (7.21.0, inferred)
    expect(normalizerRules("7.0.0").arrayKept31).toBe("all");
    expect(normalizerRules("7.1.0").arrayKept31).toEqual([]);
    // normalizeOneOf normalizes the members first until 7.9.0 (ad6c2dd2b7); NORMALIZE_31SPEC from 7.0.1
    expect([normalizerRules("7.0.0").normalize31Spec, normalizerRules("7.0.1").normalize31Spec]).toEqual([false, true]);
    expect([normalizerRules("7.8.0").oneOfSimplifiedFirst, normalizerRules("7.9.0").oneOfSimplifiedFirst]).toEqual([false, true]);
    // normalizeAnyOf stores its members' results from 7.9.0 (2111713117)
    expect([normalizerRules("7.8.0").storeAnyOfMembers, normalizerRules("7.9.0").storeAnyOfMembers]).toEqual([false, true]);
    expect(normalizerRules("7.4.0").arrayKept31).toEqual(["description", "default"]);
    expect(normalizerRules("7.5.0").arrayKept31).toEqual(["description", "default", "uniqueItems"]);
    expect(normalizerRules("7.8.0").arrayKept31).toEqual(["description", "default", "uniqueItems"]);
    expect(normalizerRules("7.9.0").arrayKept31).toEqual(["description", "default", "uniqueItems", "nullable"]);
    expect(normalizerRules("7.21.0-SNAPSHOT").arrayKept31).toEqual(["description", "default", "uniqueItems", "nullable", "readOnly"]);
    expect(normalizerRules("7.21.0").keepParentDescription).toBe(false);
    expect(normalizerRules("7.22.0").keepParentDescription).toBe(true);
    expect(normalizerRules("7.23.0")).toMatchObject({ keepScalarOneOf: true, oneOfBeforeMap: true, storeMapValue: false });
    expect(normalizerRules("7.25.0")).toMatchObject({ keepScalarOneOf: false, oneOfBeforeMap: true, storeMapValue: true });
  });

  it("reads an absent oagVersion as the default release", () => {
    // 7.25.0 from the seventeenth session (rel25): #24585's keepScalarOneOf: false is the default run's.
    expect(DEFAULT_OAG_VERSION).toBe("7.25.0");
    expect(normalizerRules(undefined)).toEqual(normalizerRules(DEFAULT_OAG_VERSION));
    expect(normalizerRules(undefined).keepScalarOneOf).toBe(false);
  });

  it("lists its rows oldest first, each with its source", () => {
    const since = NORMALIZER_ROWS.map((r) => r.since);
    expect(since).toEqual([...since].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
    for (const row of NORMALIZER_ROWS) expect(row.source.length).toBeGreaterThan(5);
  });
});
