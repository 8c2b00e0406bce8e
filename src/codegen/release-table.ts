// The shape of every generator's release table (src/generators/*/releases.ts): what OpenAPI
// Generator's docs do differently by release, one row per change, oldest first.

/**
 * The OpenAPI Generator release whose output oaswright reproduces when `-p oagVersion` is not given
 * (written to .openapi-generator/VERSION): the newest `since` of the release tables (the generators'
 * src/generators/<name>/releases.ts and the parse's tables, NORMALIZER_ROWS among them), whose rows
 * all apply when `oagVersion` is absent; a behaviour that ends after it is read at it
 * (src/parse/inline-normalizer.ts normalizerRules). test/cli/workflow-files.test.ts checks the tables.
 *
 * 7.25.0 (released by 2026-08-24: christianhelle/apiclientcodegen#1656 moves to it that day; Spring
 * outputs of 7.25.0-SNAPSHOT are dated 2026-07-26 to 2026-08-16) is the newest release whose changes
 * could be read here, from its pull requests (#24585, the row ending keepScalarOneOf); no OAG source
 * past the mirror's 7.14.0-SNAPSHOT is readable. 7.26.0 is out too (generated files of
 * 7.27.0-SNAPSHOT exist), but no change of it was found: the python docs of a 7.26.0-SNAPSHOT
 * (apollo4labs/gspns-api 3262fb7f, September 2026) that were compared equal ours of 7.25.0.
 */
export const DEFAULT_OAG_VERSION = "7.25.0";

export interface ReleaseRow<T> {
  /** The first release with the change (a snapshot of that release counts as it). */
  readonly since: string;
  /** The OAG commit that made the change, or the published outputs it was read from. */
  readonly source: string;
  readonly change: Partial<T>;
  /**
   * A pre-release of `since` (`6.0.0-SNAPSHOT`, `6.0.0-beta`) reads as the release before it: the
   * change came after the pre-releases that published outputs show (absent: a pre-release counts as
   * its release, as everywhere else).
   */
  readonly notInPrereleases?: true;
}

/** The behaviour of `oagVersion`: the first release's, with every row up to it applied (absent: the newest). */
export function behaviourOf<T>(first: T, rows: readonly ReleaseRow<T>[], oagVersion: string | undefined): T {
  // Asked once per doc line in places (a model property, a parameter): computed once per release.
  let byVersion = computed.get(rows) as Map<T, Map<string | undefined, T>> | undefined;
  if (byVersion === undefined) computed.set(rows, (byVersion = new Map()));
  let forFirst = byVersion.get(first);
  if (forFirst === undefined) byVersion.set(first, (forFirst = new Map()));
  const known = forFirst.get(oagVersion);
  if (known !== undefined) return known;
  let out = first;
  for (const row of rows) if (reaches(oagVersion, row)) out = { ...out, ...row.change };
  Object.freeze(out);
  forFirst.set(oagVersion, out);
  return out;
}

/** behaviourOf's answers: release table -> first release's behaviour -> oagVersion -> behaviour. */
const computed = new WeakMap<object, Map<unknown, Map<string | undefined, unknown>>>();

/** Whether release `oagVersion` (absent: the newest) has `row`'s change. */
function reaches(oagVersion: string | undefined, row: ReleaseRow<unknown>): boolean {
  if (!atLeast(oagVersion, row.since)) return false;
  return row.notInPrereleases !== true || oagVersion === undefined || !(oagVersion.includes("-") && atLeast(row.since, oagVersion));
}

/**
 * True when the release to reproduce is `version` or newer (absent: the newest, so true); a
 * pre-release counts as its release (`7.14.0-SNAPSHOT` as 7.14.0). The one release comparison of
 * the code base: every release check reads a table through behaviourOf, or asks this.
 */
export function atLeast(oagVersion: string | undefined, version: string): boolean {
  if (oagVersion === undefined) return true;
  const parse = (v: string) => v.replace(/-.*$/, "").split(".").map((n) => Number.parseInt(n, 10) || 0);
  const a = parse(oagVersion);
  const b = parse(version);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}
