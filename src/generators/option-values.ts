// Reading one `-p`/config option's value, the same way for every generator.

import { own } from "../model/own.js";
import type { GeneratorOptions } from "./generator.js";

/** The option as text (a boolean given in a config file becomes "true"/"false"). */
export function stringOption(options: GeneratorOptions, key: string): string | undefined {
  const v = own(options.additionalProperties, key);
  return typeof v === "string" ? v : v === undefined ? undefined : String(v);
}

/** The option as a boolean: `true` or the text "true" in any case; `fallback` when not given. */
export function booleanOption(options: GeneratorOptions, key: string, fallback: boolean): boolean {
  const v = own(options.additionalProperties, key);
  if (v === undefined) return fallback;
  return v === true || String(v).toLowerCase() === "true";
}
