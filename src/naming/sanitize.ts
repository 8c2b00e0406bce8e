// OpenAPI Generator's sanitizeName: how a spec name becomes identifier material.

export interface SanitizeOptions {
  /** Characters removed at the end (Java regex class); default `\W` (not [A-Za-z0-9_]). */
  readonly remove?: RegExp;
  /** Characters left alone by the replacement steps (OAG's exceptionList). */
  readonly keep?: readonly string[];
  /**
   * `:` becomes `_` (`input:name` -> `input_name`), as the other separators do: DefaultCodegen.sanitizeName's
   * step from 4b5dfc430e (#20391, fixes #20390), in OAG 7.11.0. Without it the final removal drops `:`
   * (`integer (format: int8)` -> `integer__format_int8`; with it `integer__format__int8`). A
   * generator asks its release table whether to set it.
   */
  readonly colon?: boolean;
}

const STEPS: readonly (readonly [string, string])[] = [
  ["[]", ""],
  ["[", "_"],
  ["]", ""],
  ["(", "_"],
  [")", ""],
  [".", "_"],
  [":", "_"],
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
    if (from === ":" && options.colon !== true) continue;
    if (!keep.includes(from) && out.includes(from)) out = out.split(from).join(to);
  }
  out = out.replace(/\//g, "_").replace(/\\/g, "_");
  return out.replace(options.remove ?? /\W/g, "");
}
