// OpenAPI Generator's metadata files in the output folder: `.openapi-generator/VERSION` (the
// release that wrote the folder) and `.openapi-generator/FILES` (what the last run wrote).

export const IGNORE_FILE = ".openapi-generator-ignore";
export const VERSION_FILE = ".openapi-generator/VERSION";
export const FILES_FILE = ".openapi-generator/FILES";

/**
 * The OpenAPI Generator release whose output oaswright reproduces when `-p oagVersion` is not given:
 * the newest release in the generators' release tables (src/generators/<name>/releases.ts, whose rows all
 * apply when `oagVersion` is absent). Keep it the newest `since` of those tables and of the inline
 * planner's release checks (src/parse/inline-normalizer.ts); test/cli/workflow-files.test.ts checks the tables.
 */
export const DEFAULT_OAG_VERSION = "7.24.0";

/** DefaultGenerator.generateVersionMetadata: the release and a newline. */
export function versionFileText(oagVersion: string | undefined): string {
  return `${oagVersion ?? DEFAULT_OAG_VERSION}\n`;
}

/**
 * DefaultGenerator.generateFilesMetadata: the run's files, `/`-separated, sorted by UTF-16 code
 * units (Java's case-sensitive compareTo), one per line; VERSION is left out, FILES is not in it.
 */
export function filesFileText(paths: readonly string[]): string {
  const listed = paths.filter((p) => p !== VERSION_FILE && p !== FILES_FILE);
  listed.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return listed.map((p) => `${p}\n`).join("");
}

/** The paths a FILES file lists (blank lines and stray whitespace dropped). */
export function parseFilesFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}
