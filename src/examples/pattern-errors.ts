// Errors raised while reproducing OpenAPI Generator's pattern examples. Both mean "there is no
// example string we can vouch for"; callers catch UnsupportedPatternError to cover both.

/** The pattern uses something whose RgxGen output we cannot reproduce byte for byte. */
export class UnsupportedPatternError extends Error {
  constructor(
    readonly construct: string,
    readonly pattern?: string,
  ) {
    super(`unsupported in pattern examples: ${construct}${pattern === undefined ? "" : ` (pattern ${JSON.stringify(pattern)})`}`);
    this.name = "UnsupportedPatternError";
  }
}

/**
 * RgxGen itself rejects the pattern (parse error, or an exception while generating, such as an
 * empty character class). OpenAPI Generator does not catch these, so it writes no example at all
 * (the generation run fails); there is nothing to reproduce.
 */
export class RgxGenError extends UnsupportedPatternError {
  constructor(
    readonly detail: string,
    pattern?: string,
  ) {
    super(`RgxGen rejects it: ${detail}`, pattern);
    this.name = "RgxGenError";
  }
}
