// oneOf/anyOf alternatives that only narrow the object they sit in: `{required: [a]}`, or
// `{properties: {status: {enum: [done]}}}` for a status the object already has. They add no
// property and no type, so the value is the object its own properties describe. GitHub's spec is
// full of them. Both the inline-schema planner (which must not make models of them) and the IR
// builder (which drops them, with a warning) ask this module.

import { asArray, isObject, type RawObject } from "./raw.js";

/** Keywords a oneOf/anyOf alternative may hold and still only narrow the outer object. */
const NARROWING_KEYWORDS: ReadonlySet<string> = new Set([
  "required", "minProperties", "maxProperties", "not", "title", "description", "$comment", "type", "properties", "additionalProperties",
]);

function narrowsOnly(member: unknown, outerProperties: RawObject): boolean {
  if (!isObject(member) || Object.keys(member).length === 0) return false;
  if (!Object.keys(member).every((k) => NARROWING_KEYWORDS.has(k))) return false;
  if (member.type !== undefined && member.type !== "object") return false;
  const props = member.properties;
  if (props === undefined) return true;
  return isObject(props) && Object.keys(props).every((k) => Object.hasOwn(outerProperties, k));
}

const NONE: readonly ("oneOf" | "anyOf")[] = Object.freeze([]);

/** The keys (`oneOf`, `anyOf`) of a schema with properties whose every alternative only narrows it. */
export function narrowingAlternatives(raw: RawObject): readonly ("oneOf" | "anyOf")[] {
  const outer = raw.properties;
  // (asked for every object the planner copies: most have neither list)
  if ((raw.oneOf === undefined && raw.anyOf === undefined) || !isObject(outer)) return NONE;
  return (["oneOf", "anyOf"] as const).filter((key) => {
    const list = asArray(raw[key]);
    return list !== undefined && list.length > 0 && list.every((m) => narrowsOnly(m, outer));
  });
}
