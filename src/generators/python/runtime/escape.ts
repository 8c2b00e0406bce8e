// Escapes for spec text that reaches generated Python code, one per context. Spec text is
// untrusted: whatever it holds, the generated module must parse, and the text must stay inside
// the literal, docstring or comment it was put in.

/** Python keywords and soft keywords an identifier must not be. */
export const PYTHON_KEYWORDS: ReadonlySet<string> = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

/** One character as a Python escape: `\xNN` up to U+00FF, else `\uNNNN`. */
function hexEscape(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

// C0 controls, DEL, C1 controls, the Unicode line/paragraph separators, BOM, and lone UTF-16
// surrogates (which cannot be written as UTF-8); surrogate pairs are ordinary characters.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `"text"`: a double-quoted Python string literal holding exactly `text`. */
export function pyString(text: string): string {
  const body = text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(UNSAFE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return hexEscape(c);
  });
  return `"${body}"`;
}

/** A JSON value as a Python literal (dicts, lists, strings through pyString, True/False/None). */
export function pyData(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "None";
  if (typeof value === "string") return pyString(value);
  if (Array.isArray(value)) return `[${value.map(pyData).join(", ")}]`;
  return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pyString(k)}: ${pyData(v)}`).join(", ")}}`;
}

/**
 * The inside of a `"""docstring"""`: backslashes doubled, every quote that could close the
 * docstring (one followed by another quote, or the last character) escaped, control characters
 * escaped; newlines stay newlines (CR and CRLF become LF). A lone surrogate becomes U+FFFD:
 * Python 3.13's compiler re-encodes docstrings as UTF-8 and rejects it even when escaped.
 */
export function pyDocstring(text: string): string {
  return text
    .replace(LONE_SURROGATE, "\ufffd")
    .replace(/\r\n?/g, "\n")
    .replace(/\\/g, "\\\\")
    .replace(/"(?="|$)/g, '\\"')
    .replace(UNSAFE, (c) => (c === "\n" ? "\n" : c === "\t" ? "\t" : hexEscape(c)));
}

/**
 * Text for one `# comment` line: line breaks and controls become spaces, and a `coding:`
 * declaration is broken up (PEP 263 reads one from a comment on the first two lines).
 */
export function pyComment(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(UNSAFE, " ").replace(/coding([:=])/g, "coding $1");
}

/**
 * A name usable as a Python identifier: unchanged when it already is one; otherwise
 * non-identifier characters become `_`, a leading digit gets a `_` prefix and a keyword a `_`
 * suffix. The naming rules (names.ts) should already give valid names; this is the last guard.
 */
export function pyIdentifier(name: string): string {
  let out = name.replace(/[^A-Za-z0-9_]/g, "_");
  if (out === "") out = "_";
  if (/^[0-9]/.test(out)) out = `_${out}`;
  if (PYTHON_KEYWORDS.has(out)) out = `${out}_`;
  return out;
}

/** A dotted module path (`libica.openapi.v3`): each part a valid identifier. */
export function pyModulePath(dotted: string): string {
  return dotted.split(".").map(pyIdentifier).join(".");
}

/** A JSON value as a Python literal: `None`, `True`, `1.5`, `"text"`, `[...]`, `{"k": ...}`. */
export function pyLiteral(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : value > 0 ? 'float("inf")' : value < 0 ? 'float("-inf")' : 'float("nan")';
  if (typeof value === "string") return pyString(value);
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(", ")}]`;
  if (typeof value === "object") return `{${Object.entries(value).map(([k, v]) => `${pyString(k)}: ${pyLiteral(v)}`).join(", ")}}`;
  return pyString(String(value));
}

/** A name usable as a Python identifier, non-ASCII letters allowed (enum members: `ÄPFEL`). */
export function pyUnicodeIdentifier(name: string): string {
  if (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) && !PYTHON_KEYWORDS.has(name)) return name;
  return pyIdentifier(name.replace(/\./g, "_DOT_"));
}
