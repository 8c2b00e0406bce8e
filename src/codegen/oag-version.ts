// `-p oagVersion` (the CLI, a config or openapitools.json entry's additionalProperties, the
// programmatic API alike): the OpenAPI Generator release whose docs to reproduce. Checked once,
// before anything is read or written (generate.ts generateFiles), so that every release table
// (release-table.ts behaviourOf, atLeast) only ever sees a release.

import { atLeast, DEFAULT_OAG_VERSION } from "./release-table.js";
import { OaswrightError } from "../model/diagnostics.js";

/** The oldest release whose docs oaswright reproduces: the first row of every release table. */
export const OLDEST_OAG_VERSION = "5.0.0";

/** X.Y.Z with an optional pre-release suffix, as OAG has published them (`7.21.0-SNAPSHOT`, `5.0.0-beta2`, `7.0.0-beta`). */
const RELEASE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)?$/;

export interface CheckedOagVersion {
  /** The release asked for (absent: none was, the docs are DEFAULT_OAG_VERSION's). */
  readonly oagVersion?: string;
  /** Said when the release is newer than the newest oaswright knows. */
  readonly warning?: string;
}

/**
 * The `oagVersion` additional property, checked: absent is fine; a release from 5.0.0 on is taken
 * (newer than DEFAULT_OAG_VERSION with a warning); anything else throws an OaswrightError naming the
 * option, the value and what is accepted.
 */
export function checkOagVersion(value: unknown): CheckedOagVersion {
  if (value === undefined) return {};
  const shown = typeof value === "string" ? JSON.stringify(value) : `${JSON.stringify(value) ?? String(value)} (a ${typeof value}, not a string)`;
  if (typeof value !== "string" || !RELEASE.test(value)) {
    throw new OaswrightError(
      `option oagVersion (-p oagVersion=...): ${shown} is not an OpenAPI Generator release; give X.Y.Z, optionally with a pre-release suffix (7.21.0-SNAPSHOT, 5.0.0-beta2), from ${OLDEST_OAG_VERSION} to ${DEFAULT_OAG_VERSION}`,
      [],
    );
  }
  if (!atLeast(value, OLDEST_OAG_VERSION)) {
    throw new OaswrightError(`option oagVersion (-p oagVersion=...): ${shown} is older than ${OLDEST_OAG_VERSION}, the oldest OpenAPI Generator release whose docs oaswright reproduces`, []);
  }
  if (atLeast(value, DEFAULT_OAG_VERSION) && !atLeast(DEFAULT_OAG_VERSION, value)) {
    return {
      oagVersion: value,
      warning: `option oagVersion: ${value} is newer than ${DEFAULT_OAG_VERSION}, the newest OpenAPI Generator release oaswright knows: the docs follow ${DEFAULT_OAG_VERSION} and the later changes oaswright knows of; .openapi-generator/VERSION says ${value}`,
    };
  }
  return { oagVersion: value };
}
