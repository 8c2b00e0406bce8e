// The parse's other release tables, read like the generators' (release-table.ts behaviourOf): the
// inline planner's Profile (inline.ts PROFILE_ROWS), the YAML loader's and operations' readings
// (parse-releases.ts PARSE_ROWS), the `--openapi-normalizer` tag rules each release knows
// (operation-tag-rules.ts TAG_RULE_ROWS) and the pattern examples (examples/regex-example.ts
// PATTERN_ROWS). An absent `oagVersion` is the newest release, except that the planner reads 6.6.0
// when the options ask for 6.x's allOf models.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { behaviourOf, type ReleaseRow } from "../../src/codegen/release-table.js";
import { PATTERN_ROWS, patternRules } from "../../src/examples/regex-example.js";
import { PROFILE_ROWS, profileFor } from "../../src/parse/inline.js";
import { operationTagRules, TAG_RULE_ROWS } from "../../src/parse/operation-tag-rules.js";
import { PARSE_ROWS, parseRules } from "../../src/parse/parse-releases.js";

const profile = (oagVersion: string | undefined, refactorAllOfInlineSchemas = false) => profileFor({ oagVersion, refactorAllOfInlineSchemas });

describe("the inline planner's release table", () => {
  it("gives 5.x's planner up to the 6.0.0 pre-releases, and each change at its release", () => {
    const five = { normalize: false, refactorAllOf: true, mapValueTitleFromParent: true, flattenPathParameters: false, flattenWebhooks: false, flattenComponentResponses: false, flattenComposedProperties: false, keepSingleAllOfProperty: false, objectByModelUtils: false, operationObjectsOnly: true, flattenPropertiesOnly: true, resolveResponses: true, modelType31: false, singleAllOfFlags: [], singleAllOfRef: "resolved", structuralReuse: "none", gatherComposedChildren: false };
    expect(profile("5.0.0")).toEqual(five);
    expect(profile("5.4.0")).toEqual(five);
    expect(profile("6.0.0-SNAPSHOT")).toEqual(five);
    expect(profile("6.0.0-beta")).toEqual(five);
    const six = { ...five, operationObjectsOnly: false, flattenPropertiesOnly: false };
    expect(profile("6.0.0")).toEqual(six);
    expect(profile("6.1.0")).toEqual(six);
    expect(profile("6.2.0-SNAPSHOT")).toEqual({ ...six, singleAllOfFlags: ["readOnly"] });
    expect(profile("6.3.0")).toEqual({ ...six, singleAllOfFlags: ["readOnly", "nullable"] });
    expect(profile("6.4.0")).toEqual({ ...six, singleAllOfFlags: ["readOnly", "nullable"] });
    expect(profile("6.5.0")).toEqual({ ...six, singleAllOfFlags: ["readOnly", "nullable"], gatherComposedChildren: true });
    expect(profile("6.6.0")).toEqual({ ...six, singleAllOfFlags: ["readOnly", "nullable"], gatherComposedChildren: true });
    const seven = { ...six, singleAllOfFlags: ["readOnly", "nullable"], gatherComposedChildren: true, normalize: true, refactorAllOf: false, singleAllOfRef: "unlessFlagged" };
    expect(profile("7.1.0")).toEqual(seven);
    expect(profile("7.2.0")).toEqual({ ...seven, flattenComposedProperties: true });
    expect(profile("7.3.0")).toEqual({ ...seven, flattenComposedProperties: true, keepSingleAllOfProperty: true });
    const properties = { flattenComposedProperties: true, keepSingleAllOfProperty: true, objectByModelUtils: true };
    expect(profile("7.5.0")).toEqual({ ...seven, ...properties });
    const late = { ...properties, mapValueTitleFromParent: false, flattenPathParameters: true, flattenWebhooks: true };
    expect(profile("7.0.0")).toEqual(seven);
    expect(profile("7.7.0")).toEqual({ ...seven, ...properties, singleAllOfRef: "always" });
    expect(profile("7.8.0")).toEqual({ ...seven, ...properties, mapValueTitleFromParent: false, singleAllOfRef: "always" });
    expect(profile("7.9.0")).toEqual({ ...seven, ...properties, mapValueTitleFromParent: false, singleAllOfRef: "always", flattenPathParameters: true });
    expect(profile("7.10.0")).toEqual({ ...seven, ...properties, mapValueTitleFromParent: false, singleAllOfRef: "always", flattenPathParameters: true, flattenComponentResponses: true });
    expect(profile("7.11.0")).toEqual({ ...seven, ...late, singleAllOfRef: "always", flattenComponentResponses: true });
    expect(profile("7.14.0").resolveResponses).toBe(false);
    expect(profile("7.14.0-SNAPSHOT").resolveResponses).toBe(false);
    expect(profile("7.15.0").resolveResponses).toBe(true);
    expect(profile("7.20.0")).toEqual({ ...seven, ...late, singleAllOfRef: "always", flattenComponentResponses: true });
    expect(profile("7.21.0").modelType31).toBe(true);
    expect(profile("7.23.0").structuralReuse).toBe("all");
    expect(profile("7.24.0")).toEqual({ ...seven, ...late, singleAllOfRef: "always", flattenComponentResponses: true, modelType31: true, structuralReuse: "titled" });
  });

  it("reads an absent oagVersion as the newest release, or as 6.6.0 when 6.x's allOf models are asked for", () => {
    expect(profile(undefined)).toEqual(profile("7.24.0"));
    expect(profile(undefined, true)).toEqual(profile("6.6.0"));
    // With a 7.x release the flag is OAG's REFACTOR_ALLOF_INLINE_SCHEMAS option.
    expect(profile("7.12.0", true)).toEqual({ ...profile("7.12.0"), refactorAllOf: true });
    expect(profile("5.3.0", true)).toEqual(profile("5.3.0"));
  });
});

describe("the parse's release table", () => {
  it("reads YAML as Jackson did and drops an empty operation description before 6.0.0", () => {
    expect(parseRules("5.4.0")).toEqual({ yamlAliasesAsAnchorNames: true, yaml11: false, blankTextAbsent: true, idsTraverserPass: false, deepCopies31: false });
    for (const v of ["6.0.0-SNAPSHOT", "6.0.0", "6.1.0"]) {
      expect(parseRules(v)).toEqual({ yamlAliasesAsAnchorNames: false, yaml11: true, blankTextAbsent: false, idsTraverserPass: false, deepCopies31: false });
    }
  });

  it("has swagger-parser 2.1's OpenAPI31Traverser deep copies from 6.2.0", () => {
    for (const v of ["6.2.0", "6.6.0", "7.12.0", "7.13.0"]) {
      expect(parseRules(v)).toEqual({ yamlAliasesAsAnchorNames: false, yaml11: true, blankTextAbsent: false, idsTraverserPass: false, deepCopies31: true });
    }
  });

  it("replays swagger-parser 2.1.28's IdsTraverser pass from 7.14.0 (a 7.14.0 snapshot included)", () => {
    for (const v of ["7.14.0-SNAPSHOT", "7.14.0", "7.24.0", undefined]) {
      expect(parseRules(v)).toEqual({ yamlAliasesAsAnchorNames: false, yaml11: true, blankTextAbsent: false, idsTraverserPass: true, deepCopies31: true });
    }
  });
});

describe("the tag rules each release knows", () => {
  const all = { KEEP_ONLY_FIRST_TAG_IN_OPERATION: "true", SET_TAGS_FOR_ALL_OPERATIONS: "api", SET_TAGS_TO_OPERATIONID: "true" };
  it("applies a rule from the release that added it", () => {
    expect(operationTagRules(all, "6.2.1")).toEqual({ keepOnlyFirstTag: false, setTagsToOperationId: false });
    expect(operationTagRules(all, "6.3.0")).toEqual({ keepOnlyFirstTag: true, setTagsToOperationId: false });
    expect(operationTagRules(all, "6.5.0-SNAPSHOT")).toEqual({ keepOnlyFirstTag: true, setTagsForAllOperations: "api", setTagsToOperationId: false });
    expect(operationTagRules(all, "7.1.0")).toEqual({ keepOnlyFirstTag: true, setTagsForAllOperations: "api", setTagsToOperationId: false });
    expect(operationTagRules(all, "7.2.0")).toEqual({ keepOnlyFirstTag: true, setTagsForAllOperations: "api", setTagsToOperationId: true });
    expect(operationTagRules(all, undefined)).toEqual(operationTagRules(all, "7.2.0"));
  });
});

describe("the pattern examples' release table", () => {
  it("changes each generator's pattern handling at its release", () => {
    expect(patternRules("5.1.0")).toEqual({ pythonCutsSample: true, pythonFlagsOnlyI: false, typescriptPatternAsIs: false, unicodeEscapes: false });
    expect(patternRules("5.1.1")).toEqual({ pythonCutsSample: false, pythonFlagsOnlyI: false, typescriptPatternAsIs: false, unicodeEscapes: false });
    expect(patternRules("6.0.1")).toEqual({ pythonCutsSample: false, pythonFlagsOnlyI: false, typescriptPatternAsIs: false, unicodeEscapes: false });
    expect(patternRules("6.1.0")).toEqual({ pythonCutsSample: false, pythonFlagsOnlyI: true, typescriptPatternAsIs: false, unicodeEscapes: false });
    expect(patternRules("6.2.1")).toEqual({ pythonCutsSample: false, pythonFlagsOnlyI: true, typescriptPatternAsIs: false, unicodeEscapes: false });
    expect(patternRules("6.3.0")).toEqual({ pythonCutsSample: false, pythonFlagsOnlyI: true, typescriptPatternAsIs: true, unicodeEscapes: true });
    expect(patternRules("7.0.0-SNAPSHOT")).toEqual({ pythonCutsSample: false, pythonFlagsOnlyI: true, typescriptPatternAsIs: true, unicodeEscapes: true });
    expect(patternRules(undefined)).toEqual(patternRules("7.0.0"));
  });
});

describe("the tables", () => {
  it("list their rows oldest first, each with its source", () => {
    const tables: readonly (readonly ReleaseRow<unknown>[])[] = [PROFILE_ROWS, PARSE_ROWS, TAG_RULE_ROWS, PATTERN_ROWS];
    for (const rows of tables) {
      const since = rows.map((r) => r.since);
      expect(since).toEqual([...since].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
      for (const row of rows) expect(row.source.length).toBeGreaterThan(5);
    }
  });

  it("read a pre-release of a row's release as before the row only when the row says so", () => {
    const rows: ReleaseRow<{ a: number; b: number }>[] = [
      { since: "6.0.0", source: "test row", change: { a: 1 }, notInPrereleases: true },
      { since: "6.0.0", source: "test row", change: { b: 1 } },
    ];
    const first = { a: 0, b: 0 };
    expect(behaviourOf(first, rows, "6.0.0-SNAPSHOT")).toEqual({ a: 0, b: 1 });
    expect(behaviourOf(first, rows, "6.0.0")).toEqual({ a: 1, b: 1 });
    expect(behaviourOf(first, rows, "6.0.1-SNAPSHOT")).toEqual({ a: 1, b: 1 });
    expect(behaviourOf(first, rows, "5.4.0")).toEqual({ a: 0, b: 0 });
    expect(behaviourOf(first, rows, undefined)).toEqual({ a: 1, b: 1 });
  });

  it("are the only release checks: src compares releases in release-table.ts alone", () => {
    const root = path.resolve(import.meta.dirname, "../../src");
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith(".ts") && !file.endsWith(path.join("codegen", "release-table.ts"))) {
          const text = fs.readFileSync(file, "utf8");
          if (/\b(versionBefore|parseVersion)\s*\(|function atLeast\b|oagVersion\S*\.(split|match)\(/.test(text)) offenders.push(path.relative(root, file));
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
