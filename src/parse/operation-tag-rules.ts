// The rules of OpenAPI Generator's `--openapi-normalizer` that set operations' tags, which decide
// the API classes and their docs (OpenAPINormalizer.normalizeOperation, in this order):
//   KEEP_ONLY_FIRST_TAG_IN_OPERATION=true  the first tag only (5e7d31a83b, first in 6.3.0);
//   SET_TAGS_FOR_ALL_OPERATIONS=<tag>      every operation tagged <tag> (8b2de37414, 6.5.0);
//   SET_TAGS_TO_OPERATIONID=true           the operationId, or `default` without one (a93bab077f, 7.2.0).
// A release before a rule ignores it, as OAG ignores a rule it does not know.

import { versionBefore } from "./inline-normalizer.js";

export interface OperationTagRules {
  readonly keepOnlyFirstTag: boolean;
  readonly setTagsForAllOperations?: string;
  readonly setTagsToOperationId: boolean;
}

export const NO_TAG_RULES: OperationTagRules = { keepOnlyFirstTag: false, setTagsToOperationId: false };

/** The normalizer rules oaswright applies (others given on the command line are reported as ignored). */
export const SUPPORTED_NORMALIZER_RULES: ReadonlySet<string> = new Set(["KEEP_ONLY_FIRST_TAG_IN_OPERATION", "SET_TAGS_FOR_ALL_OPERATIONS", "SET_TAGS_TO_OPERATIONID"]);

/** The tag rules of `--openapi-normalizer` for a release (`oagVersion` absent: the newest). */
export function operationTagRules(normalizer: Readonly<Record<string, string>>, oagVersion: string | undefined): OperationTagRules {
  // OpenAPINormalizer.getRule: Boolean.parseBoolean of the value; SET_TAGS_FOR_ALL_OPERATIONS keeps the text.
  const on = (rule: string, since: [number, number]): boolean => !versionBefore(oagVersion, since) && Object.hasOwn(normalizer, rule) && normalizer[rule]!.toLowerCase() === "true";
  const tag = Object.hasOwn(normalizer, "SET_TAGS_FOR_ALL_OPERATIONS") && !versionBefore(oagVersion, [6, 5]) ? normalizer.SET_TAGS_FOR_ALL_OPERATIONS : undefined;
  return {
    keepOnlyFirstTag: on("KEEP_ONLY_FIRST_TAG_IN_OPERATION", [6, 3]),
    ...(tag !== undefined && tag !== "" ? { setTagsForAllOperations: tag } : {}),
    setTagsToOperationId: on("SET_TAGS_TO_OPERATIONID", [7, 2]),
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
