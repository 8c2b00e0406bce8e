// The rules of OpenAPI Generator's `--openapi-normalizer` that set operations' tags, which decide
// the API classes and their docs (OpenAPINormalizer.normalizeOperation, in this order):
//   KEEP_ONLY_FIRST_TAG_IN_OPERATION=true  the first tag only (5e7d31a83b, first in 6.3.0);
//   SET_TAGS_FOR_ALL_OPERATIONS=<tag>      every operation tagged <tag> (8b2de37414, 6.5.0);
//   SET_TAGS_TO_OPERATIONID=true           the operationId, or `default` without one (a93bab077f, 7.2.0).
// A release before a rule ignores it, as OAG ignores a rule it does not know.

import { behaviourOf, type ReleaseRow } from "../codegen/release-table.js";

export interface OperationTagRules {
  readonly keepOnlyFirstTag: boolean;
  readonly setTagsForAllOperations?: string;
  readonly setTagsToOperationId: boolean;
}

export const NO_TAG_RULES: OperationTagRules = { keepOnlyFirstTag: false, setTagsToOperationId: false };

/** The normalizer rules oaswright applies (others given on the command line are reported as ignored). */
export const SUPPORTED_NORMALIZER_RULES: ReadonlySet<string> = new Set(["KEEP_ONLY_FIRST_TAG_IN_OPERATION", "SET_TAGS_FOR_ALL_OPERATIONS", "SET_TAGS_TO_OPERATIONID"]);

/** Which of the tag rules a release's OpenAPINormalizer knows. */
export interface KnownTagRules {
  readonly KEEP_ONLY_FIRST_TAG_IN_OPERATION: boolean;
  readonly SET_TAGS_FOR_ALL_OPERATIONS: boolean;
  readonly SET_TAGS_TO_OPERATIONID: boolean;
}

/** 5.0.0: none of the three (OAG's OpenAPINormalizer came in 6.x); a release before a rule ignores it. */
const FIRST: KnownTagRules = { KEEP_ONLY_FIRST_TAG_IN_OPERATION: false, SET_TAGS_FOR_ALL_OPERATIONS: false, SET_TAGS_TO_OPERATIONID: false };

export const TAG_RULE_ROWS: readonly ReleaseRow<KnownTagRules>[] = [
  { since: "6.3.0", source: "5e7d31a83b add a rule to keep only the first tag (#14465), before the 6.3.0 release commit 8f2676c5c2", change: { KEEP_ONLY_FIRST_TAG_IN_OPERATION: true } },
  { since: "6.5.0", source: "8b2de37414 [openapi-normalizer] add a new rule to set tags for all operations (#14794), after the 6.4.0 release commit 93df0ff444, before the 6.5.0 one 7417432a54", change: { SET_TAGS_FOR_ALL_OPERATIONS: true } },
  { since: "7.2.0", source: "a93bab077f Add openapi-normalizer rule to set tags to operationId (#17161), after the 7.1.0 release commit e2a62ace74, before the 7.2.0 one fe638d0093", change: { SET_TAGS_TO_OPERATIONID: true } },
];

/** The tag rules of `--openapi-normalizer` for a release (`oagVersion` absent: the newest). */
export function operationTagRules(normalizer: Readonly<Record<string, string>>, oagVersion: string | undefined): OperationTagRules {
  const known = behaviourOf(FIRST, TAG_RULE_ROWS, oagVersion);
  // OpenAPINormalizer.getRule: Boolean.parseBoolean of the value; SET_TAGS_FOR_ALL_OPERATIONS keeps the text.
  const on = (rule: keyof KnownTagRules): boolean => known[rule] && Object.hasOwn(normalizer, rule) && normalizer[rule]!.toLowerCase() === "true";
  const tag = Object.hasOwn(normalizer, "SET_TAGS_FOR_ALL_OPERATIONS") && known.SET_TAGS_FOR_ALL_OPERATIONS ? normalizer.SET_TAGS_FOR_ALL_OPERATIONS : undefined;
  return {
    keepOnlyFirstTag: on("KEEP_ONLY_FIRST_TAG_IN_OPERATION"),
    ...(tag !== undefined && tag !== "" ? { setTagsForAllOperations: tag } : {}),
    setTagsToOperationId: on("SET_TAGS_TO_OPERATIONID"),
  };
}

/** An operation's tags after the rules (processKeepOnlyFirstTagInOperation, processSetTagsForAllOperations, processSetTagsToOperationId). */
export function applyTagRules(tags: readonly string[], operationId: string | undefined, rules: OperationTagRules): string[] {
  let out = [...tags];
  if (rules.keepOnlyFirstTag && out.length > 1) out = [out[0]!];
  if (rules.setTagsForAllOperations !== undefined) out = [rules.setTagsForAllOperations];
  if (rules.setTagsToOperationId) out = [operationId !== undefined && operationId !== "" ? operationId : "default"];
  return out;
}
