// The python generator's reserved words, release by release (releases.ts `reservedWords`): a
// property, parameter or enum value named like one is `var_<name>` / upper-cased, an operation
// `call_<name>`, a model `Model<Name>` (names.ts), in the docs and in the client as OAG names them.

/** Python's keywords (and a few builtins), in every release's list. */
const LANGUAGE_WORDS = [
  "and", "del", "from", "not", "while", "as", "elif", "global", "or", "with", "assert", "else", "if", "pass", "yield",
  "break", "except", "import", "print", "class", "exec", "in", "raise", "continue", "finally", "is", "return", "def",
  "for", "lambda", "try", "self", "nonlocal", "None", "True", "False", "async", "await",
];

/** local variable names of the generated API methods (AbstractPythonCodegen's list) */
const API_LOCALS = ["all_params", "resource_path", "path_params", "query_params", "header_params", "form_params", "local_var_files", "body_params", "auth_settings"];

const lowerCased = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

/**
 * OAG 7.0.x: PythonClientCodegen's own setReservedWordsLowerCase, which replaces AbstractPythonCodegen's
 * list (DefaultCodegen.setReservedWordsLowerCase makes a new set): no API locals, no `float`, no `field`
 * (PythonClientCodegen at the 7.0.0 and 7.0.1 release commits c37fa8a4e8, 875c3ecd3c).
 */
export const RESERVED_WORDS_7_0 = lowerCased(["schema", "base64", "json", "date", "property", ...LANGUAGE_WORDS]);

/**
 * From 7.1.0: ce4b2fe7bd "[Python] add `float` to reserved word list (#16689)" drops PythonClientCodegen's
 * list, so AbstractPythonCodegen's applies, with `float` and the typing names added to it.
 */
export const RESERVED_WORDS_7_1 = lowerCased([...API_LOCALS, "property", "schema", "base64", "json", "date", "float", ...LANGUAGE_WORDS]);

/** From 7.5.0: 2a39b29684 "[python] Add field as a reserved word (#18279)". The newest list. */
export const RESERVED_WORDS: ReadonlySet<string> = lowerCased(["field", ...RESERVED_WORDS_7_1]);

/** OAG's isReservedWord for a lower-cased reserved list (the release's, releases.ts `reservedWords`): case-insensitive. */
export function isReservedWord(name: string, reserved: ReadonlySet<string>): boolean {
  return reserved.has(name.toLowerCase());
}
