// OpenAPI Generator's sanitizeName: how a spec name becomes identifier material.

export interface SanitizeOptions {
  /** Characters removed at the end (Java regex class); default `\W` (not [A-Za-z0-9_]). */
  readonly remove?: RegExp;
  /** Characters left alone by the replacement steps (OAG's exceptionList). */
  readonly keep?: readonly string[];
}

const STEPS: readonly (readonly [string, string])[] = [
  ["[]", ""],
  ["[", "_"],
  ["]", ""],
  ["(", "_"],
  [")", ""],
  [".", "_"],
  ["-", "_"],
  ["|", "_"],
  [" ", "_"],
];

const WORD_ONLY = /^\w*$/;

/** `input[a][b]` -> `input_a_b`, `/api/films` -> `_api_films`, `$` -> `value`. */
export function sanitizeName(name: string, options: SanitizeOptions = {}): string {
  if (name === "$") return "value";
  // Already identifier material (most names): the steps below would change nothing.
  if (WORD_ONLY.test(name)) return name.replace(options.remove ?? /\W/g, "");
  const keep = options.keep ?? [];
  let out = name;
  for (const [from, to] of STEPS) {
    if (!keep.includes(from) && out.includes(from)) out = out.split(from).join(to);
  }
  out = out.replace(/\//g, "_").replace(/\\/g, "_");
  return out.replace(options.remove ?? /\W/g, "");
}
