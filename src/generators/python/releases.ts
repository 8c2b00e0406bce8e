// What OpenAPI Generator's python generator writes differently in its docs, release by release.
// One row per change, oldest first; a release reproduces every row up to it (`-p oagVersion`,
// absent: the newest). Each row cites the OAG commit, or where the change is newer than the
// readable source, the published outputs that show it. Code asks a field, never a version.

import { behaviourOf, type ReleaseRow } from "../../codegen/release-table.js";

export interface PythonDocRelease {
  /** README: the `- Generator version:` line. */
  readonly generatorVersionLine: boolean;
  /** README "Requirements.": `Python <this>` (PythonClientCodegen.generatorLanguageVersion). */
  readonly languageVersion: string;
  /**
   * API docs: summary and notes each in a section of their own, the notes as written (unescapedNotes).
   * Before, the summary line is printed even when empty and the notes are escapeText'ed.
   */
  readonly summaryNotesSections: boolean;
  /** Model docs: an enum lists its members (before: an empty properties table, no example). */
  readonly enumMembersListed: boolean;
}

const FIRST: PythonDocRelease = { generatorVersionLine: false, languageVersion: "3.7+", summaryNotesSections: false, enumMembersListed: false };

const ROWS: readonly ReleaseRow<PythonDocRelease>[] = [
  { since: "7.4.0", source: "cf2435f335 Add support for controlling output of OpenAPI Generator version (#17952)", change: { generatorVersionLine: true } },
  { since: "7.7.0", source: "8783ad8a18 [Python] List enum members in docs (#18804)", change: { enumMembersListed: true } },
  { since: "7.10.0", source: "02847e9323 Update minimum supported version of python in docs to 3.8+ (#20118)", change: { languageVersion: "3.8+" } },
  { since: "7.12.0", source: "890c37fd77 fix: display of markdown in notes section (#20534)", change: { summaryNotesSections: true } },
  { since: "7.13.0", source: "73b6b7084f Drop python 3.8 support (#20909)", change: { languageVersion: "3.9+" } },
];

/** The python docs' behaviour of an OpenAPI Generator release. */
export function pythonDocRelease(oagVersion: string | undefined): PythonDocRelease {
  return behaviourOf(FIRST, ROWS, oagVersion);
}
