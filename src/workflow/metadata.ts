// OpenAPI Generator's metadata files in the output folder: `.openapi-generator/VERSION` (the
// release that wrote the folder) and `.openapi-generator/FILES` (what the last run wrote).

import { DEFAULT_OAG_VERSION } from "../codegen/release-table.js";

export const IGNORE_FILE = ".openapi-generator-ignore";
export const VERSION_FILE = ".openapi-generator/VERSION";
export const FILES_FILE = ".openapi-generator/FILES";

export { DEFAULT_OAG_VERSION };

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
