// Text escapes OpenAPI Generator applies before its templates print spec text. These reproduce
// its docs byte for byte; they are NOT code-safety escapes (those are per target and context, in
// src/generators/<gen>/escape.ts).

/**
 * OAG's escapeText: tabs and newlines become spaces, `\` doubles, `"` gets a backslash; then the
 * target's unsafe-character fix (e.g. TypeScript `*\/` -> `*_/`).
 */
export function escapeText(input: string, unsafe: (s: string) => string = (s) => s): string {
  return unsafe(input.replace(/[\t\n\r]/g, " ").replace(/\\/g, "\\\\").replace(/"/g, '\\"'));
}

const HTML: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "'": "&#39;",
  '"': "&quot;",
  "<": "&lt;",
  ">": "&gt;",
  "`": "&#x60;",
  "=": "&#x3D;",
};

/** What a JMustache `{{x}}` (double braces) does to its text. */
export function mustacheHtml(input: string): string {
  return input.replace(/[&'"<>`=]/g, (c) => HTML[c]!);
}
