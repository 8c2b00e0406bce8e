// OpenAPI Generator writes every generated text file with TemplateManager.writeToFile(filename,
// String contents), which encodes it with contents.getBytes(StandardCharsets.UTF_8). Java's
// String.getBytes replaces what UTF-8 cannot encode, an unpaired surrogate, with its encoder's
// replacement byte `?` (a surrogate pair is one supplementary character and is kept). Node's
// UTF-8 encoder would write U+FFFD instead, so generated text is brought to Java's bytes here,
// before it is compared or written. Such text comes from RgxGen pattern examples, which draw
// random UTF-16 code units (`.` or a negated class: timetime-typescript's `slug` example, 7.0.0).

const UNPAIRED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` as Java's getBytes(UTF_8) would encode it, decoded again: unpaired surrogates become `?`. */
export function javaUtf8Text(text: string): string {
  // isWellFormed (no unpaired surrogate) answers at once for a text V8 holds one byte per character,
  // which is most generated files; a regular expression scans every character of each.
  return (text as unknown as WellFormedText).isWellFormed() ? text : text.replace(UNPAIRED, "?");
}

/** String.prototype.isWellFormed (ES2024, in Node 20), which the project's ES2023 lib does not declare. */
interface WellFormedText {
  isWellFormed(): boolean;
}
