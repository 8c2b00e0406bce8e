// Walks a parsed RgxGen tree and builds the string RgxGen's GenerationVisitor (or, with
// case-insensitivity on, GenerationVisitorCaseInsensitive) builds for the same java.util.Random.
// Every call to the random source below matches one in RgxGen, in the same order: that is what
// makes the output byte-identical.

import type { JavaRandom } from "./java-random.js";
import type { RegexNode } from "./regex-parse.js";
import { otherCase, symbolsCaseInsensitive, symbolsOf } from "./regex-symbols.js";
import { RgxGenError, UnsupportedPatternError } from "./pattern-errors.js";

export interface GenerateOptions {
  /** RgxGenOption.CASE_INSENSITIVE */
  caseInsensitive: boolean;
  /** RgxGenOption.INFINITE_PATTERN_REPETITION: the cap for `*`, `+` and `{n,}` (default 100). */
  infiniteRepetition?: number;
  /**
   * Give up beyond this many UTF-16 units. Java would keep going (a `{1000000000}` quantifier
   * just takes time and memory); we refuse instead of hanging.
   */
  maxLength?: number;
}

const DEFAULT_MAX_LENGTH = 5_000_000;

export function generateFromTree(root: RegexNode, random: JavaRandom, options: GenerateOptions): string {
  const infinite = options.infiniteRepetition ?? 100;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const groups = new Map<number, string>();
  // Pieces rather than one growing string: capturing a group then costs the group's own length
  // (a substring of a long concatenated string would flatten all of it, on every capture).
  const parts: string[] = [];
  let length = 0;

  const append = (s: string): void => {
    parts.push(s);
    length += s.length;
    if (length > maxLength) throw new UnsupportedPatternError(`example longer than ${maxLength} characters`);
  };

  /** java.util.Random.nextInt(bound), which throws for bound <= 0 (an empty class, `{5,-5}`...). */
  const pick = (bound: number): number => {
    if (bound <= 0) throw new RgxGenError(`Random.nextInt(${bound}): bound must be positive`);
    return random.nextInt(bound);
  };

  const visit = (node: RegexNode): void => {
    switch (node.kind) {
      case "set": {
        const symbols = options.caseInsensitive ? symbolsCaseInsensitive(node.set) : symbolsOf(node.set);
        append(String.fromCharCode(symbols[pick(symbols.length)]!));
        return;
      }
      case "choice":
        visit(node.options[pick(node.options.length)]!);
        return;
      case "final":
        append(options.caseInsensitive ? randomlyChangeCase(random, node.value) : node.value);
        return;
      case "repeat": {
        // Java int arithmetic throughout (the bounds come from Integer.parseInt and may be odd).
        const max = node.max === -1 ? infinite : node.max;
        const count = node.min >= max ? node.min : (node.min + pick((max + 1 - node.min) | 0)) | 0;
        for (let i = 0; i < count; i++) visit(node.node);
        return;
      }
      case "sequence":
        for (const item of node.items) visit(item);
        return;
      case "groupRef":
        append(groups.get(node.index) ?? "");
        return;
      case "not":
        // GenerationVisitor.visit(NotSymbol) hands the node to NotMatchingGenerationVisitor (random
        // symbols that do not match it, choices retried against java.util.regex): not ported.
        throw new UnsupportedPatternError("negative lookaround (?!...) / (?<!...) reached by the generator");
      case "group": {
        const start = parts.length;
        visit(node.node);
        groups.set(node.index, parts.slice(start).join(""));
        return;
      }
    }
  };

  visit(root);
  return parts.join("");
}

/**
 * RgxGen's Util.randomlyChangeCase: each cased character costs exactly one nextBoolean(), and
 * flips case when it is true.
 */
function randomlyChangeCase(random: JavaRandom, text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const twin = otherCase(c);
    out += String.fromCharCode(twin !== undefined && random.nextBoolean() ? twin : c);
  }
  return out;
}
