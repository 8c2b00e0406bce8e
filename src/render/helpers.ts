// The handful of pure Handlebars helpers templates may use. Templates decide nothing: anything
// that needs logic is a view-model field computed in TypeScript.

import type { HelperDelegate } from "handlebars";

export const HELPERS: Readonly<Record<string, HelperDelegate>> = {
  /** `{{#join list ", "}}` is not needed: views carry joined strings. Kept: equality for rare layout switches. */
  eq: (a: unknown, b: unknown) => a === b,
};
