// Escapes for every context where spec text reaches generated TypeScript. View-models hold the
// escaped text; templates print it as is.

/** A TypeScript string literal (double-quoted) holding exactly `value`. */
export function tsString(value: string): string {
  return tsData(value);
}

/** A JSON value as a TypeScript literal (JSON syntax is TS syntax; U+2028/9 escaped for older parsers and readers). */
export function tsData(value: unknown): string {
  const json = JSON.stringify(value);
  return LINE_SEPARATOR.test(json) ? json.replace(LINE_SEPARATORS, (c) => (c === "\u2028" ? "\\u2028" : "\\u2029")) : json;
}

const LINE_SEPARATOR = /[\u2028\u2029]/;
const LINE_SEPARATORS = /[\u2028\u2029]/g;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** A property key: the name itself when it is an identifier, else a quoted string literal. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : tsString(name);
}

/**
 * Text safe inside a block comment: `*\/` cannot close it, and line terminators (including
 * U+2028/9) become separate lines. Returns the lines, trailing whitespace trimmed.
 */
export function commentLines(text: string): string[] {
  return text
    .replace(/\*\//g, "*\\/")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    // trimEnd removes what `\s+$` matches (WhiteSpace and LineTerminator), without the regular
    // expression's retries at every whitespace run inside the line.
    .map((line) => line.trimEnd());
}

/**
 * A JSDoc block at `indent`, from paragraphs (each may span lines; empty ones are dropped) and
 * tag lines such as `@param x ...`. Empty string when there is nothing to say.
 */
export function jsDoc(indent: string, paragraphs: readonly (string | undefined)[], tags: readonly string[] = []): string {
  const body: string[] = [];
  for (const p of paragraphs) {
    if (p === undefined || p.trim() === "") continue;
    if (body.length > 0) body.push("");
    body.push(...trimBlank(commentLines(p.trim())));
  }
  for (const tag of tags) body.push(...commentLines(tag));
  if (body.length === 0) return "";
  return [`${indent}/**`, ...body.map((l) => (l === "" ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`].join("\n") + "\n";
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === "") start++;
  while (end > start && lines[end - 1] === "") end--;
  return lines.slice(start, end);
}

/** A one-line `//` comment's text: line terminators become spaces. */
export function lineComment(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}

/** Text for inside a one-line block comment: `*\/` broken, line terminators as spaces. */
export function commentText(text: string): string {
  return commentLines(text).join(" ").trim();
}
