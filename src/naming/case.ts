// Casing primitives with OpenAPI Generator's exact semantics (its StringUtils.camelize and
// underscore), quirks included: every generator's names are built from these, and a byte-exact
// doc depends on them. They carry no target's rules (reserved words, prefixes): those live in
// src/generators/<gen>/names.ts.

export type CamelizeMode = "upper" | "lowerFirstLetter" | "lowerFirstChar";

/** camelize's results, one table per mode (no key string made for each question). */
const caches: Record<CamelizeMode, Map<string, string>> = { upper: new Map(), lowerFirstLetter: new Map(), lowerFirstChar: new Map() };

/**
 * `study_jobs` -> `StudyJobs`; `createJob_201_response` -> `CreateJob201Response`.
 * Modes: `upper` (first word character upper-cased), `lowerFirstLetter` (lower-case every
 * character up to and including the first ASCII letter), `lowerFirstChar` (only the first char).
 */
export function camelize(input: string, mode: CamelizeMode = "upper"): string {
  const cache = caches[mode];
  const hit = cache.get(input);
  if (hit !== undefined) return hit;
  const out = camelizeUncached(input, mode);
  if (cache.size > 50_000) cache.clear();
  cache.set(input, out);
  return out;
}

function camelizeUncached(input: string, mode: CamelizeMode): string {
  // Each step is skipped when its character is absent (most names have no `/`, `.` or `-`): the
  // result is the same, and generators camelize thousands of distinct names per run.
  // Slashes are package separators: "/x" -> ".x".
  let word = input.includes("/") ? input.replace(/\/(.?)/g, ".$1") : input;
  // Upper-case the first character of each dot-separated part and drop the dots.
  word = word.includes(".")
    ? word
        .split(".")
        .filter((part) => part.length > 0)
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join("")
    : word.charAt(0).toUpperCase() + word.slice(1);
  // Upper-case the first word character (Java \w: ASCII letters, digits, underscore; the word has
  // no dots left, so `(\w)([^.]*)$` matches at the first one).
  const first = word.search(/\w/);
  if (first >= 0) word = word.slice(0, first) + word.charAt(first).toUpperCase() + word.slice(first + 1);
  // "_x": upper-case x; where x has no lower case of its own (digit, "_", capital), OAG instead
  // deletes the FIRST underscore of the whole word, wherever it is: kept as is.
  if (word.includes("_")) {
    for (let m = UNDERSCORE_NEXT.exec(word); m; m = UNDERSCORE_NEXT.exec(word)) {
      const next = m[1]!;
      const upper = next.toUpperCase();
      if (next === upper) word = word.replace("_", "");
      else word = word.slice(0, m.index) + upper + word.slice(m.index + 2);
    }
  }
  // "-x" -> "X".
  if (word.includes("-")) {
    for (let m = HYPHEN_NEXT.exec(word); m; m = HYPHEN_NEXT.exec(word)) {
      word = word.slice(0, m.index) + m[1]!.toUpperCase() + word.slice(m.index + 2);
    }
  }
  if (word.length > 0) {
    if (mode === "lowerFirstLetter") {
      let i = 0;
      while (i + 1 < word.length && !/[A-Za-z]/.test(word.charAt(i))) i++;
      word = word.slice(0, i + 1).toLowerCase() + word.slice(i + 1);
    } else if (mode === "lowerFirstChar") {
      word = word.charAt(0).toLowerCase() + word.slice(1);
    }
  }
  return word.includes("_") ? word.replace(/_/g, "") : word;
}

/** camelize's searches (not global: exec starts at the beginning each time). */
const UNDERSCORE_NEXT = /_(.)/;
const HYPHEN_NEXT = /-(.)/;

/**
 * `CreateJob201Response` -> `create_job201_response`, `HTTPServerError` -> `http_server_error`,
 * `petId` -> `pet_id`.
 */
export function underscore(word: string): string {
  const hit = underscores.get(word);
  if (hit !== undefined) return hit;
  const out = underscoreUncached(word);
  if (underscores.size > 50_000) underscores.clear();
  underscores.set(word, out);
  return out;
}

/** underscore's results (generators ask for the same names many times; see camelize). */
const underscores = new Map<string, string>();

function underscoreUncached(word: string): string {
  return word
    .replace(/\./g, "/")
    .replace(/\$/g, "__")
    .replace(/([A-Z]+)([A-Z][a-z][a-z]+)/g, "$1_$2")
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .replace(/-/g, "_")
    .replace(/ /g, "_")
    .toLowerCase();
}

/** Java's String.compareTo: UTF-16 code unit order (upper case before `_` before lower case). */
export function javaCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
