// Parses a pattern the way RgxGen 1.3/1.4 (com.github.curiousoddman.rgxgen, DefaultTreeBuilder)
// does, into the node tree its generator walks. RgxGen is not a regex engine: it has its own
// dialect, and the example OpenAPI Generator writes follows that dialect, so this parser mirrors
// RgxGen's decisions rather than ECMAScript's or Java's. Notable consequences, all deliberate:
//   - `^` and `$` generate nothing (and must sit next to a pattern edge, `|`, `(`/`)` or a
//     quantifier, else RgxGen rejects the pattern);
//   - `\n`, `\t`, `\r`, `\A`, ... are the literal letters; `\b` and `\B` are dropped;
//   - `(?=x)` and `(?<=x)` generate `x`; `(?!x)`/`(?<!x)` become a `not` node (RgxGen's NotSymbol),
//     which the generator refuses only when it reaches it (UnsupportedPattern): a choice that picks
//     another alternative still reproduces RgxGen;
//   - an unclosed `(` is accepted, a stray `)` is an error, `{` must be a valid quantifier;
//   - `[]` is an empty class (its first `]` closes it) and a later pick from it fails;
//   - `\uNNNN` is an escape only from RgxGen 1.4 on (1.3 reads it as the letter `u`).
// Errors RgxGen raises become RgxGenError; things we cannot mirror become UnsupportedPatternError.

import { CharIterator, javaParseInt } from "./regex-cursor.js";
import { symbolsOf, type SymbolSetSpec } from "./regex-symbols.js";
import { RgxGenError, UnsupportedPatternError } from "./pattern-errors.js";

export type RegexNode =
  | { kind: "final"; value: string }
  | { kind: "set"; set: SymbolSetSpec }
  | { kind: "choice"; options: RegexNode[] }
  | { kind: "sequence"; items: RegexNode[] }
  /** `max` -1 means unbounded (RgxGen substitutes its INFINITE_PATTERN_REPETITION, 100). */
  | { kind: "repeat"; node: RegexNode; min: number; max: number }
  | { kind: "group"; index: number; node: RegexNode }
  | { kind: "groupRef"; index: number }
  /** A negative lookaround, `(?!x)`/`(?<!x)` (RgxGen's NotSymbol): generates something that does not match x. */
  | { kind: "not"; node: RegexNode };

export interface ParseOptions {
  /** RgxGen 1.4 parses `\uNNNN`; 1.3 does not. */
  unicodeEscapes: boolean;
}

const ASCII_DIGITS = codes("0", "9");
const WHITESPACES = ["\r", "\f", "\u000b", " ", "\t", "\n"].map((c) => c.charCodeAt(0));
const WORD_RANGES: Array<[number, number]> = [
  [0x61, 0x7a], // a-z
  [0x41, 0x5a], // A-Z
  [0x30, 0x39], // 0-9
];

function codes(from: string, to: string): number[] {
  const out: number[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.push(c);
  return out;
}

/** RgxGen's SymbolSet constructor: explicit symbols first, then every range expanded in order. */
function makeSet(positive: boolean, symbols: number[], ranges: Array<[number, number]>): SymbolSetSpec {
  const modification = [...symbols];
  for (const [from, to] of ranges) {
    // `new ArrayList<>(to - from + 1)`: `[b-a]` is merely empty, `[z-a]` throws.
    if (to - from + 1 < 0) throw new RgxGenError(`reversed range ${String.fromCharCode(from)}-${String.fromCharCode(to)}`);
    for (let c = from; c <= to; c++) modification.push(c);
  }
  return { positive, modification };
}

/** A mutable string, standing in for the StringBuilder RgxGen threads through its parser. */
interface Text {
  s: string;
}

type GroupType = "capture" | "nonCapture" | "lookahead" | "lookbehind" | "negative";

/** Parses `pattern` into RgxGen's node tree. */
export function parseRegex(pattern: string, options: ParseOptions): RegexNode {
  return new TreeBuilder(pattern, options).build();
}

class TreeBuilder {
  private readonly it: CharIterator;
  private nextGroupIndex = 1;

  constructor(
    pattern: string,
    private readonly options: ParseOptions,
  ) {
    this.it = new CharIterator(pattern);
  }

  build(): RegexNode {
    const node = this.parseGroup("nonCapture");
    if (this.it.hasNext()) throw new RgxGenError("expression was not fully parsed (unbalanced ')')");
    return node;
  }

  private flush(sb: Text, nodes: RegexNode[]): void {
    if (sb.s.length !== 0) {
      nodes.push({ kind: "final", value: sb.s });
      sb.s = "";
    }
  }

  /** Called with the cursor just past `(`; consumes `?:`, `?=`, `?<=`, ... */
  private groupType(): GroupType {
    if (this.it.peek() !== "?") return "capture";
    let skip = 2;
    let type: GroupType;
    switch (this.it.peek(1)) {
      case "<": {
        skip = 3;
        const third = this.it.peek(2);
        if (third === "!") type = "negative";
        else if (third === "=") type = "lookbehind";
        else throw new RgxGenError("unexpected symbol after '(?<' (named groups are not supported)");
        break;
      }
      case "=":
        type = "lookahead";
        break;
      case ":":
        type = "nonCapture";
        break;
      case "!":
        type = "negative";
        break;
      default:
        throw new RgxGenError("unexpected symbol after '(?' (inline flags are not supported)");
    }
    this.it.skip(skip);
    return type;
  }

  private endGroup(
    sb: Text,
    nodes: RegexNode[],
    isChoice: boolean,
    choices: RegexNode[],
    captureIndex: number | null,
    type: GroupType,
  ): RegexNode {
    if (sb.s.length === 0 && nodes.length === 0)
      nodes.push({ kind: "final", value: "" }); // `(a|)`
    else this.flush(sb, nodes);
    if (isChoice) {
      choices.push(this.sequenceOrNot(nodes, choices, false, null));
      nodes.length = 0;
    }
    const node = this.sequenceOrNot(nodes, choices, isChoice, captureIndex);
    // RgxGen wraps the group in a NotSymbol (DefaultTreeBuilder.handleGroupEnd, 1.4 dfd27c9).
    if (type === "negative") return { kind: "not", node };
    return node;
  }

  /** `^` and `$` generate nothing, but RgxGen rejects them next to most characters. */
  private checkAnchor(anchor: string): void {
    const neighbour = this.it.peek(anchor === "^" ? -2 : 0);
    if ("+*{?\0\n\r|".includes(neighbour)) return;
    if (neighbour === "(" && anchor === "^") return;
    if (neighbour === ")" && anchor === "$") return;
    throw new RgxGenError(`'${anchor}' next to ${JSON.stringify(neighbour)}: pattern does not match anything`);
  }

  private parseGroup(type: GroupType): RegexNode {
    const captureIndex = type === "capture" ? this.nextGroupIndex++ : null;
    const choices: RegexNode[] = [];
    const nodes: RegexNode[] = [];
    const sb: Text = { s: "" };
    let isChoice = false;
    while (this.it.hasNext()) {
      const c = this.it.next();
      switch (c) {
        case "^":
        case "$":
          this.checkAnchor(c);
          break;
        case "[":
          this.flush(sb, nodes);
          nodes.push(this.squareBrackets());
          break;
        case "(": {
          this.flush(sb, nodes);
          nodes.push(this.parseGroup(this.groupType()));
          break;
        }
        case "|":
          if (sb.s.length === 0 && nodes.length === 0) {
            choices.push({ kind: "final", value: "" }); // `(|a)`
          } else {
            this.flush(sb, nodes);
            choices.push(this.sequenceOrNot(nodes, choices, false, null));
            nodes.length = 0;
          }
          isChoice = true;
          break;
        case ")":
          return this.endGroup(sb, nodes, isChoice, choices, captureIndex, type);
        case "{":
        case "*":
        case "?":
        case "+":
          this.repeatCharacter(nodes, sb, c);
          break;
        case ".":
          this.flush(sb, nodes);
          nodes.push({ kind: "set", set: makeSet(true, codes(" ", "~"), []) });
          break;
        case "\\":
          this.escape(sb, nodes, true);
          break;
        default:
          sb.s += c;
      }
    }
    return this.endGroup(sb, nodes, isChoice, choices, captureIndex, type);
  }

  /** A quantifier applies to the last node, or to the last literal character only. */
  private repeatCharacter(nodes: RegexNode[], sb: Text, c: string): void {
    let target: RegexNode;
    if (sb.s.length === 0) {
      const last = nodes.pop();
      if (last === undefined) {
        const previous = this.it.peek(-2);
        throw new RgxGenError(previous === "^" || previous === "$" ? `token ${previous} is not quantifiable` : "cannot repeat nothing");
      }
      target = last;
    } else {
      target = { kind: "final", value: sb.s[sb.s.length - 1]! };
      sb.s = sb.s.slice(0, -1);
      this.flush(sb, nodes);
    }
    nodes.push(this.repeat(c, target));
  }

  private repeat(c: string, node: RegexNode): RegexNode {
    if (c === "*") return { kind: "repeat", node, min: 0, max: -1 };
    if (c === "?") return { kind: "repeat", node, min: 0, max: 1 };
    if (c === "+") return { kind: "repeat", node, min: 1, max: -1 };
    // `{n}`, `{n,}`, `{n,m}`; bounds go through Integer.parseInt, signs included. RgxGen marks
    // "no comma seen" with min == -1, so an explicit lower bound of -1 reads as `{m}`.
    let digits = "";
    let min = -1;
    while (this.it.hasNext()) {
      const ch = this.it.next();
      if (ch === ",") {
        min = javaParseInt(digits, 10, "repetition lower bound");
        digits = "";
      } else if (ch === "}") {
        if (min === -1) {
          const n = javaParseInt(digits, 10, "repetition count");
          return { kind: "repeat", node, min: n, max: n };
        }
        if (digits.length === 0) return { kind: "repeat", node, min, max: -1 };
        return { kind: "repeat", node, min, max: javaParseInt(digits, 10, "repetition upper bound") };
      } else if (ch === "\\") {
        throw new RgxGenError("escape character inside curly repetition");
      } else {
        digits += ch;
      }
    }
    throw new RgxGenError("unbalanced '{' - missing '}'");
  }

  /**
   * After a backslash: either adds a node (`\d`, `\s`, `\w` and negations, group references)
   * or appends literal text to `sb`.
   */
  private escape(sb: Text, nodes: RegexNode[], groupRefAllowed: boolean): void {
    const c = this.it.next();
    switch (c) {
      case "d":
      case "D":
        this.flush(sb, nodes);
        nodes.push({ kind: "set", set: makeSet(c === "d", ASCII_DIGITS, []) });
        return;
      case "s":
      case "S":
        this.flush(sb, nodes);
        nodes.push({ kind: "set", set: makeSet(c === "s", WHITESPACES, []) });
        return;
      case "w":
      case "W":
        this.flush(sb, nodes);
        nodes.push({ kind: "set", set: makeSet(c === "w", [0x5f], WORD_RANGES) });
        return;
      case "x": {
        // \xNN or \x{N...}; (char) truncates to 16 bits.
        let hex: string;
        if (this.it.peek() === "{") {
          this.it.skip();
          hex = this.it.nextUntil("}", true);
        } else {
          hex = this.it.nextN(2);
        }
        sb.s += String.fromCharCode(javaParseInt(hex, 16, "\\x escape") & 0xffff);
        return;
      }
      case "u":
        if (this.options.unicodeEscapes) sb.s += String.fromCharCode(javaParseInt(this.it.nextN(4), 16, "\\u escape") & 0xffff);
        else sb.s += c;
        return;
      case "Q":
        sb.s += this.it.nextUntil("\\E", false);
        return;
      case "E":
      case "b":
      case "B":
        return;
      default:
        if (c >= "1" && c <= "9") {
          this.flush(sb, nodes);
          if (!groupRefAllowed) throw new RgxGenError("group reference inside a character class");
          const more = this.it.takeWhile((d) => {
            if (d >= "0" && d <= "9") return true;
            if (/\p{Nd}/u.test(d)) throw new UnsupportedPatternError("non-ASCII digits in a group reference");
            return false;
          });
          nodes.push({ kind: "groupRef", index: javaParseInt(c + more, 10, "group reference") });
          return;
        }
        sb.s += c;
    }
  }

  /** Called with the cursor just past `[`. */
  private squareBrackets(): RegexNode {
    let positive = true;
    if (this.it.peek() === "^") {
      this.it.skip();
      positive = false;
    }
    const characters: Text = { s: "" };
    const ranges: Array<[number, number]> = [];
    const nested: SymbolSetSpec[] = [];
    let rangeStarted = false;
    while (this.it.hasNext()) {
      const c = this.it.next();
      switch (c) {
        case "]": {
          const symbols: number[] = [];
          for (let i = 0; i < characters.s.length; i++) symbols.push(characters.s.charCodeAt(i));
          for (const set of nested) symbols.push(...symbolsOf(set));
          return { kind: "set", set: makeSet(positive, symbols, ranges) };
        }
        case "-":
          if (this.it.peek() === "]" || this.it.peek(-2) === "[") characters.s += "-";
          else rangeStarted = true;
          break;
        case "\\": {
          const sb: Text = { s: "" };
          const found: RegexNode[] = [];
          this.escape(sb, found, false);
          characters.s += sb.s;
          const set = found[0]?.kind === "set" ? found[0].set : undefined;
          if (rangeStarted) {
            if (set !== undefined) throw new RgxGenError("cannot make a range with a shorthand escape sequence");
            this.closeRange(characters, ranges);
          } else if (set !== undefined) {
            nested.push(set);
          }
          rangeStarted = false;
          break;
        }
        default:
          characters.s += c;
          if (rangeStarted) {
            this.closeRange(characters, ranges);
            rangeStarted = false;
          }
      }
    }
    throw new RgxGenError("unexpected end of expression: missing ']'");
  }

  /** The two characters before the cursor become a range; with fewer, the `-` was literal. */
  private closeRange(characters: Text, ranges: Array<[number, number]>): void {
    if (characters.s.length < 2) {
      characters.s += "-";
      return;
    }
    const from = characters.s.charCodeAt(characters.s.length - 2);
    const to = characters.s.charCodeAt(characters.s.length - 1);
    characters.s = characters.s.slice(0, -2);
    ranges.push([from, to]);
  }

  private sequenceOrNot(nodes: RegexNode[], choices: RegexNode[], isChoice: boolean, captureIndex: number | null): RegexNode {
    let node: RegexNode;
    if (nodes.length === 1) node = nodes[0]!;
    else if (isChoice) {
      if (choices.length === 0) throw new RgxGenError("empty nodes");
      node = { kind: "choice", options: [...choices] };
    } else {
      if (nodes.length === 0) throw new RgxGenError("empty nodes");
      node = { kind: "sequence", items: [...nodes] };
    }
    return captureIndex === null ? node : { kind: "group", index: captureIndex, node };
  }
}
