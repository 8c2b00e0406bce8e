// The example string OpenAPI Generator (OAG) writes into its docs for a `type: string` schema
// with a `pattern`, reproduced byte for byte.
//
// What OAG does (TypeScriptClientCodegen.toExampleValueRecursive, and the same code in the
// python (5.x) / python-prior (6.x) generators), for every example separately:
//   1. strip ECMAScript-style delimiters with a Java regex, `^/?(.+?)/?(.?)$`, and treat the
//      second group as flags (case-insensitive if it contains `i`). The lazy first group makes
//      that second group swallow the pattern's last character whatever it is: `^[a-f]{64}$`
//      loses its `$`, `.+` becomes `.`, `[0-9]{12}` becomes `[0-9]{12` (and fails), `^hi`
//      becomes a case-insensitive `^h`. The python generator changed this to `^/?(.+?)/?(i?)$`
//      (OAG PR #13164, merged August 2022, so taken to apply from 6.1.0 on; the 6.6.0 docs
//      confirm it). TypeScript dropped the step altogether in ffaf173db1 (#14180, December 2022,
//      so 6.3.0): from then on RgxGen gets the pattern as it is. Without a match (e.g. a line
//      break inside the pattern) the pattern is used as is;
//   2. `new RgxGen(isolated)`, with RgxGenOption.CASE_INSENSITIVE when the flags say so;
//   3. `rgxGen.generate(new Random(18))`: a fresh Random seeded with 18 per example.
// The RgxGen release comes with OAG, read from `rxgen.version` in its root pom.xml at each release
// commit: 1.3 up to 6.2.1 (5.4.0 4a36be7002 to 6.2.1 b0ce532bdc), 1.4 from 6.3.0 (bfcb3864a7,
// #13881, 2022-11-03; the 6.3.0 release commit 8f2676c5c2 to 7.13.0 4b805ff6b7 have 1.4; the 7.12.0
// and 7.14.0-SNAPSHOT docs match 1.3/1.4 and not 2.0, whose output differs). 1.3 and 1.4 generate
// identically except that only 1.4 parses `\uNNNN`.
//
// The doc then shows the string quoted without any escaping: TypeScript's and python-prior's
// ensureQuotes() wrap it in double quotes (backticks / triple quotes if it contains a line
// break) and leave it alone if it already starts and ends with a quote character. That quoting
// is the caller's job: this function returns the raw generated string.

import { JavaRandom } from "./java-random.js";
import { generateFromTree } from "./regex-generate.js";
import { parseRegex, type ParseOptions } from "./regex-parse.js";
import { RgxGenError, UnsupportedPatternError } from "./pattern-errors.js";
import { behaviourOf, type ReleaseRow } from "../codegen/release-table.js";

export { RgxGenError, UnsupportedPatternError } from "./pattern-errors.js";

/** Which OAG generator wrote the example: their pattern pre-processing differs (see above). */
export type ExampleGenerator = "typescript" | "python-prior";

export interface ExampleFromPatternOptions {
  /** The OAG release, e.g. "7.12.0" or "7.14.0-SNAPSHOT"; undefined means the newest. */
  oagVersion?: string;
  /** Default "typescript". "python-prior" also covers OAG 5.x's `python` (its ancestor). */
  generator?: ExampleGenerator;
}

/** OAG's seed: "this seed makes it so if we have [a-z] we pick a". */
const OAG_SEED = 18;

/**
 * The raw example string OAG generates for `pattern`.
 * @throws UnsupportedPatternError when the result cannot be reproduced with certainty, including
 *   RgxGenError when RgxGen itself fails on the pattern (OAG then writes no example at all).
 */
export function exampleFromPattern(pattern: string, options: ExampleFromPatternOptions = {}): string {
  try {
    if (isJavaBlank(pattern)) {
      // StringUtils.isNotBlank(pattern) guards the RgxGen branch; OAG uses another example.
      throw new UnsupportedPatternError("blank pattern (OAG does not use RgxGen for it)");
    }
    const rules = patternRules(options.oagVersion);
    if (options.generator === "python-prior" && rules.pythonCutsSample) {
      // OAG's `python` before 5.1.1 (ae099330b9, #9131) gave RgxGen the pattern as written and cut
      // the generated sample with `^/?(.+?)/?.?$` instead: `/[a-z]/i` gives "a", and `^[A-Z].*`
      // loses the last character of its random tail. No match (an empty sample) is "".
      const tree = parseRegex(pattern, { unicodeEscapes: rules.unicodeEscapes });
      return matchDelimiters(generateFromTree(tree, new JavaRandom(OAG_SEED), { caseInsensitive: false }), false)?.body ?? "";
    }
    const { isolated, caseInsensitive } = isolatePattern(pattern, options);
    const tree = parseRegex(isolated, { unicodeEscapes: rules.unicodeEscapes });
    return generateFromTree(tree, new JavaRandom(OAG_SEED), { caseInsensitive });
  } catch (error) {
    if (error instanceof RgxGenError && error.pattern === undefined) throw new RgxGenError(error.detail, pattern);
    if (error instanceof UnsupportedPatternError && error.pattern === undefined) {
      throw new UnsupportedPatternError(error.construct, pattern);
    }
    throw error;
  }
}

/** A release's pattern handling (see above), per generator where they differ. */
export interface PatternRules {
  /** python-prior (OAG 5.x `python`): RgxGen gets the pattern as written, the sample is cut with `^/?(.+?)/?.?$`. */
  readonly pythonCutsSample: boolean;
  /** python-prior: the flag group of the delimiter regex is `(i?)` rather than `(.?)`. */
  readonly pythonFlagsOnlyI: boolean;
  /** typescript: RgxGen gets the pattern as it is (no delimiter step). */
  readonly typescriptPatternAsIs: boolean;
  /** RgxGen's reading of `\uNNNN`: 1.3 reads `\u` as a letter, 1.4 parses the escape. */
  readonly unicodeEscapes: ParseOptions["unicodeEscapes"];
}

/** 5.0.0: RgxGen 1.3 (c2005ca96e, #8139), python's sample cut, the `(.?)` flag group. */
const FIRST_RULES: PatternRules = { pythonCutsSample: true, pythonFlagsOnlyI: false, typescriptPatternAsIs: false, unicodeEscapes: false };

export const PATTERN_ROWS: readonly ReleaseRow<PatternRules>[] = [
  { since: "5.1.1", source: "ae099330b9 Feature fixed, samples regenerated (#9131), after the 5.1.0 release commit e023eaa821, before the 5.1.1 one 560bf7e080", change: { pythonCutsSample: false } },
  { since: "6.1.0", source: "7e5ee2142c Fixed regular expression in python client codegen that was removing any trailing chars instead of only expected ones (#13164, 2022-08-16), after the 6.0.1 release commit 9e412edb64, before the 6.1.0 one 43dbb5ff9c (the 6.6.0 docs confirm it)", change: { pythonFlagsOnlyI: true } },
  { since: "6.3.0", source: "RgxGen 1.4: bfcb3864a7 Update project dependencies (#13881, 2022-11-03) sets `rxgen.version` 1.4, after the 6.2.1 release commit b0ce532bdc (1.3), before the 6.3.0 one 8f2676c5c2 (1.4)", change: { unicodeEscapes: true } },
  { since: "6.3.0", source: "ffaf173db1 Fixed typescript codegen pattern compiler (#14180, 2022-12-05), before the 6.3.0 release commit 8f2676c5c2", change: { typescriptPatternAsIs: true } },
];

/** The pattern handling of release `oagVersion` (absent: the newest). */
export function patternRules(oagVersion: string | undefined): PatternRules {
  return behaviourOf(FIRST_RULES, PATTERN_ROWS, oagVersion);
}

/** Step 1 above: OAG's delimiter/flag extraction, with Java regex semantics. */
export function isolatePattern(pattern: string, options: ExampleFromPatternOptions = {}): { isolated: string; caseInsensitive: boolean } {
  // TypeScriptClientCodegen hands the pattern to RgxGen as it is since ffaf173db1 "Fixed typescript
  // codegen pattern compiler" (#14180, 2022-12-05, so 6.3.0).
  const rules = patternRules(options.oagVersion);
  if ((options.generator ?? "typescript") === "typescript" && rules.typescriptPatternAsIs) {
    return { isolated: pattern, caseInsensitive: false };
  }
  const flagsAreOnlyI = options.generator === "python-prior" && rules.pythonFlagsOnlyI;
  const m = matchDelimiters(pattern, flagsAreOnlyI);
  if (m === null) return { isolated: pattern, caseInsensitive: false };
  return { isolated: m.body, caseInsensitive: m.flags.includes("i") };
}

/** Java's `.`: anything but a line terminator (\n, \r, U+0085, U+2028, U+2029). */
function isLineTerminator(c: string | undefined): boolean {
  return c === "\n" || c === "\r" || c === "\u0085" || c === "\u2028" || c === "\u2029";
}

/** Java's `$` without MULTILINE: end of input, or before one final line terminator. */
function javaDollar(s: string, i: number): boolean {
  if (i === s.length) return true;
  if (i === s.length - 2) return s[i] === "\r" && s[i + 1] === "\n";
  if (i === s.length - 1) return isLineTerminator(s[i]) && !(s[i] === "\n" && s[i - 1] === "\r");
  return false;
}

/**
 * `Pattern.compile("^/?(.+?)/?(.?)$").matcher(s).find()` (or `(i?)` for the flag group),
 * following Java's backtracking order: greedy `/?`, lazy body, greedy `/?`, greedy flag.
 */
function matchDelimiters(s: string, flagsAreOnlyI: boolean): { body: string; flags: string } | null {
  const flagOk = (c: string | undefined): boolean => (flagsAreOnlyI ? c === "i" : c !== undefined && !isLineTerminator(c));
  for (const start of s[0] === "/" ? [1, 0] : [0]) {
    for (let end = start + 1; end <= s.length && !isLineTerminator(s[end - 1]); end++) {
      for (const slash of s[end] === "/" ? [1, 0] : [0]) {
        const at = end + slash;
        for (const flagLength of flagOk(s[at]) ? [1, 0] : [0]) {
          if (javaDollar(s, at + flagLength)) {
            return { body: s.substring(start, end), flags: s.substring(at, at + flagLength) };
          }
        }
      }
    }
  }
  return null;
}

/** commons-lang StringUtils.isBlank: empty or only Character.isWhitespace characters. */
function isJavaBlank(s: string): boolean {
  return /^[\t\n\u000b\f\r\u001c-\u001f \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]*$/.test(s);
}
