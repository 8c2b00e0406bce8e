// A reader for the plain kind of YAML most specs are written in, so that a small spec does not
// have to load and warm up the `yaml` library (most of a petstore-sized run's time): block
// mappings and sequences, plain, quoted and block scalars, one-line flow collections, comments.
// Anything else (anchors, aliases, tags, multi-line quoted or flow text, explicit keys, tabs,
// directives, several documents, CR line ends, indentation it does not expect, whatever is not
// valid YAML) makes it give up, and the `yaml` library reads the text instead, so a spec reads the
// same either way: the result has the library's values (core schema: the same tests for null,
// booleans, integers and floats), key order, duplicate keys and number sources, which
// test/parse/yaml-simple.test.ts checks against the library on every YAML file of fixtures/.

/** What the reader gives back; `mapping` values are JS Maps with typed keys, as yaml's toJS({ mapAsMap }). */
export interface SimpleYaml {
  readonly value: unknown;
  /** Integral numbers written as float literals, by pointer (see number-literals.ts). */
  readonly literals: Map<string, string>;
  /** A key written twice in one mapping: its key (as a string), the pointer, the offsets of both. */
  readonly duplicates: { key: string; pointer: string; offset: number; firstOffset: number }[];
}

class GiveUp extends Error {}

interface Line {
  /** Offset of the line's first character in the text. */
  offset: number;
  /** Spaces before the content. */
  indent: number;
  /** The content (after the indentation), comments included; "" for a blank line. */
  text: string;
  /** Blank, or only a comment: nothing for a mapping or sequence (a block scalar's text, though). */
  empty: boolean;
}

const FLOAT_TEXT = /[.eE]/;

/** The text as a JS value, or undefined when it uses anything this reader does not handle. */
export function readSimpleYaml(text: string): SimpleYaml | undefined {
  if (text.includes("\t") || text.includes("\r") || text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    return new Reader(text).read();
  } catch (err) {
    if (err instanceof GiveUp) return undefined;
    throw err;
  }
}

class Reader {
  private readonly lines: Line[] = [];
  private i = 0;
  /** Keys / indexes from the root to the node being read (for pointers of hits). */
  private readonly path: string[] = [];
  readonly literals = new Map<string, string>();
  readonly duplicates: SimpleYaml["duplicates"] = [];

  constructor(private readonly text: string) {
    let offset = 0;
    let first = true;
    while (offset <= text.length) {
      let end = text.indexOf("\n", offset);
      if (end === -1) end = text.length;
      const raw = text.slice(offset, end);
      let indent = 0;
      while (raw.charCodeAt(indent) === 32) indent++;
      const content = raw.slice(indent);
      if (content === "" || content.startsWith("#")) {
        // blank or comment: kept, since in a block scalar they are text
        this.lines.push({ offset, indent, text: content, empty: true });
      } else {
        if (first && indent === 0 && (content === "---" || content.startsWith("--- #"))) this.lines.push({ offset, indent, text: "", empty: true });
        else {
          if (indent === 0 && (content.startsWith("%") || content.startsWith("---") || content.startsWith("..."))) throw new GiveUp();
          this.lines.push({ offset, indent, text: content, empty: false });
        }
        first = false;
      }
      offset = end + 1;
    }
  }

  read(): SimpleYaml {
    this.skipBlank();
    if (this.i >= this.lines.length) throw new GiveUp(); // empty: the library says what that is
    const line = this.lines[this.i]!;
    if (line.indent !== 0 || isSeqItem(line.text)) throw new GiveUp();
    const value = this.mapping(0);
    this.skipBlank();
    if (this.i < this.lines.length) throw new GiveUp();
    return { value, literals: this.literals, duplicates: this.duplicates };
  }

  private skipBlank(): void {
    while (this.i < this.lines.length && this.lines[this.i]!.empty) this.i++;
  }

  /** The next line with content, without moving past it. */
  private peek(): Line | undefined {
    this.skipBlank();
    return this.lines[this.i];
  }

  pointer(): string {
    let p = "";
    for (const token of this.path) p += `/${escapeToken(token)}`;
    return p;
  }

  /** A block mapping whose keys are at `indent`, starting at the current line. */
  private mapping(indent: number): Map<unknown, unknown> {
    const out = new Map<unknown, unknown>();
    const first = new Map<string, number>();
    for (;;) {
      const line = this.peek();
      if (line === undefined || line.indent < indent) return out;
      if (line.indent > indent || isSeqItem(line.text)) throw new GiveUp();
      const { key, keyText, rest } = this.key(line);
      const keyOffset = line.offset + line.indent;
      const earlier = first.get(keyText);
      if (earlier !== undefined) {
        this.path.push(keyText);
        this.duplicates.push({ key: keyText, pointer: this.pointer(), offset: keyOffset, firstOffset: earlier });
        this.path.pop();
      } else first.set(keyText, keyOffset);
      this.path.push(keyText);
      out.set(key, this.valueAfterIndicator(rest, indent, true));
      this.path.pop();
    }
  }

  /** A block sequence whose `-` are at `indent`, starting at the current line. */
  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const line = this.peek();
      if (line === undefined || line.indent < indent) return out;
      if (line.indent > indent) throw new GiveUp();
      if (!isSeqItem(line.text)) return out; // a key of the mapping this sequence is the value of
      this.path.push(String(out.length));
      const rest = line.text.slice(1);
      const spaces = countSpaces(rest);
      const after = rest.slice(spaces);
      if (after === "" || after.startsWith("#")) {
        if (after !== "" && spaces === 0) throw new GiveUp();
        this.i++;
        out.push(this.nested(indent, false));
      } else if (isSeqItem(after)) {
        throw new GiveUp(); // "- - x"
      } else if (startsMappingEntry(after)) {
        // "- key: value": a mapping whose keys are at the column of `key`; read from this line on
        const column = indent + 1 + spaces;
        this.lines[this.i] = { offset: line.offset, indent: column, text: after, empty: false };
        out.push(this.mapping(column));
      } else {
        out.push(this.inlineValue(after, indent));
      }
      this.path.pop();
    }
  }

  /**
   * The value of a key (or of a `-` with nothing after it) whose own line ends with `rest`:
   * nothing (a nested block or null), a block scalar, or an inline value.
   */
  private valueAfterIndicator(rest: string, indent: number, inMapping: boolean): unknown {
    const spaces = countSpaces(rest);
    const after = rest.slice(spaces);
    if (after === "" || after.startsWith("#")) {
      if (after !== "" && spaces === 0) throw new GiveUp();
      this.i++;
      return this.nested(indent, inMapping);
    }
    if (spaces === 0) throw new GiveUp();
    return this.inlineValue(after, indent);
  }

  /** What follows a key or `-` with nothing after it on its line: a more indented block, or null. */
  private nested(indent: number, inMapping: boolean): unknown {
    const next = this.peek();
    if (next === undefined) return null;
    if (next.indent > indent) {
      if (isSeqItem(next.text)) return this.sequence(next.indent);
      if (startsMappingEntry(next.text)) return this.mapping(next.indent);
      // a scalar starting on the next line
      return this.inlineValue(next.text, indent);
    }
    // A sequence may sit at its key's own indentation.
    if (inMapping && next.indent === indent && isSeqItem(next.text)) return this.sequence(indent);
    return null;
  }

  /** A value that starts on the current line with `text` (after its key or `-`), in a block indented `indent`. */
  private inlineValue(text: string, indent: number): unknown {
    const c = text[0]!;
    if (c === "|" || c === ">") return this.blockScalar(text, indent);
    if (c === '"' || c === "'") return this.quotedValue(text, indent);
    if (c === "[" || c === "{") {
      const flow = new Flow(text, this);
      const value = flow.value();
      if (!isEnd(text, flow.pos)) throw new GiveUp();
      this.i++;
      return value;
    }
    if ("&*!?:%@`,]}#".includes(c)) throw new GiveUp();
    if (c === "-" && (text.length === 1 || text[1] === " ")) throw new GiveUp();
    // A plain scalar, maybe continued on more indented lines (folded: one line break is a space,
    // n blank lines are n line breaks).
    const first = plainOnLine(text);
    const commented = text.includes(" #");
    this.i++;
    let folded = first;
    let blanks = 0;
    let more = false;
    for (;;) {
      const next = this.lines[this.i];
      if (next === undefined) break;
      if (next.text === "") {
        blanks++;
        this.i++;
        continue;
      }
      if (next.empty || next.indent <= indent) break;
      if (commented || next.text.includes(" #")) throw new GiveUp();
      folded += (blanks === 0 ? " " : "\n".repeat(blanks)) + plainOnLine(next.text).trimEnd();
      blanks = 0;
      more = true;
      this.i++;
    }
    // blank lines after the scalar are nobody's: step back so that they are skipped as such
    this.i -= blanks;
    return more ? folded : this.typed(first.trimEnd());
  }

  /**
   * A quoted scalar that starts the current line's `text`, maybe going on over more lines (each
   * indented more than `indent`): line breaks fold as in plain scalars, an escaped one (`\`
   * at the end of a line) joins the lines.
   */
  private quotedValue(text: string, indent: number): string {
    const line = this.lines[this.i]!;
    const lineEnd = line.offset + line.indent + line.text.length;
    const start = lineEnd - text.length;
    const t = this.text;
    const q = t[start]!;
    let value = "";
    // value.length up to which trailing spaces came from escapes, and are kept when folding
    let kept = 0;
    let k = start + 1;
    for (;;) {
      const c = t[k];
      if (c === undefined) throw new GiveUp();
      if (c === q) {
        if (q === "'" && t[k + 1] === "'") {
          value += "'";
          k += 2;
          continue;
        }
        k++;
        break;
      }
      if (c === "\\" && q === '"') {
        if (t[k + 1] === "\n") {
          // an escaped line break: the next line's indentation goes too
          k += 2;
          const spaces = countSpaces(t.slice(k, k + 200));
          if (spaces <= indent || t[k + spaces] === "\n") throw new GiveUp();
          k += spaces;
          kept = value.length;
          continue;
        }
        const { text: unescaped, length } = escape(t, k);
        value += unescaped;
        kept = value.length;
        k += length;
        continue;
      }
      if (c === "\n") {
        let trimmed = value.length;
        while (trimmed > kept && value.charCodeAt(trimmed - 1) === 32) trimmed--;
        value = value.slice(0, trimmed);
        let breaks = 0;
        k++;
        for (;;) {
          const spaces = countSpaces(t.slice(k, k + 200));
          if (t[k + spaces] === "\n") {
            breaks++;
            k += spaces + 1;
            continue;
          }
          if (spaces <= indent || spaces >= 200) throw new GiveUp();
          k += spaces;
          break;
        }
        value += breaks === 0 ? " " : "\n".repeat(breaks);
        kept = value.length;
        continue;
      }
      value += c;
      k++;
    }
    // the line the scalar ends on; what follows it there must be nothing or a comment
    while (this.i + 1 < this.lines.length && this.lines[this.i + 1]!.offset <= k) this.i++;
    const end = this.lines[this.i]!;
    const endLine = t.slice(end.offset, end.offset + end.indent + end.text.length);
    if (!isEnd(endLine, k - end.offset)) throw new GiveUp();
    this.i++;
    return value;
  }

  /** A plain scalar's value under the core schema (what the library's tests give). */
  private typed(text: string): unknown {
    const value = resolvePlain(text);
    if (typeof value === "number" && FLOAT_TEXT.test(text) && Number.isInteger(value)) this.literals.set(this.pointer(), text);
    return value;
  }

  /** `|` or `>` block scalars with clip, strip or keep chomping; the header is the rest of the line. */
  private blockScalar(header: string, indent: number): string {
    const m = /^([|>])([-+]?)$/.exec(header);
    if (!m) throw new GiveUp();
    const folded = m[1] === ">";
    const chomp = m[2];
    this.i++;
    // Lines of the scalar: blank ones, and those indented more than the parent.
    const lines: Line[] = [];
    let j = this.i;
    let blockIndent = -1;
    for (; j < this.lines.length; j++) {
      const l = this.lines[j]!;
      if (l.text === "") {
        lines.push(l);
        continue;
      }
      if (blockIndent === -1) {
        if (l.text.startsWith("#") && l.indent <= indent) break;
        if (l.indent <= indent) break;
        blockIndent = l.indent;
      } else if (l.indent < blockIndent) break;
      lines.push(l);
    }
    // Trailing blank lines are not content lines of the scalar (only kept by "+").
    let end = lines.length;
    while (end > 0 && lines[end - 1]!.text === "") end--;
    const trailing = lines.length - end;
    if (blockIndent === -1) {
      // no content: "" (keep: the line breaks)
      this.i = j - trailing;
      if (chomp === "+") throw new GiveUp();
      return "";
    }
    const content: string[] = [];
    for (let k = 0; k < end; k++) {
      const l = lines[k]!;
      if (l.text === "") {
        // a blank line: spaces beyond the block's indentation would be content; leave those to the library
        if (l.indent > blockIndent) throw new GiveUp();
        content.push("");
      } else {
        const raw = this.text.slice(l.offset + blockIndent, l.offset + l.indent + l.text.length);
        content.push(raw);
      }
    }
    for (let k = end; k < lines.length; k++) if (lines[k]!.indent > blockIndent) throw new GiveUp();
    // A leading blank line indented more than the first content line is an error for YAML.
    let body: string;
    if (!folded) body = content.join("\n");
    else {
      if (content.some((c) => c.startsWith(" "))) throw new GiveUp();
      body = "";
      let blanks = 0;
      let started = false;
      for (const c of content) {
        if (c === "") {
          blanks++;
          continue;
        }
        if (started) body += blanks === 0 ? " " : "\n".repeat(blanks);
        else body += "\n".repeat(blanks);
        body += c;
        blanks = 0;
        started = true;
      }
    }
    this.i = j - trailing;
    if (chomp === "-") return body;
    if (chomp === "+") throw new GiveUp();
    return `${body}\n`;
  }

  // -------------------------------------------------------------------------------------------
  // Keys

  private key(line: Line): { key: unknown; keyText: string; rest: string } {
    const text = line.text;
    const c = text[0]!;
    if (c === '"' || c === "'") {
      const { value, end } = quoted(text, 0);
      if (text[end] !== ":") throw new GiveUp();
      return { key: value, keyText: value, rest: text.slice(end + 1) };
    }
    if (!/^(?:[^\s&*!?:%@`,[\]{}#|>'"<=~-]|-[^\s])/.test(text)) throw new GiveUp();
    const colon = keyEnd(text);
    if (colon === -1) throw new GiveUp();
    const raw = text.slice(0, colon);
    if (raw !== raw.trimEnd() || raw.includes(" #")) throw new GiveUp();
    const key = resolvePlain(raw);
    return { key, keyText: String(key), rest: text.slice(colon + 1) };
  }
}

/** `- ` or a lone `-`. */
function isSeqItem(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}

/** Whether inline text after `- ` is a mapping entry (`key: ...` / `"key": ...`). */
function startsMappingEntry(text: string): boolean {
  const c = text[0]!;
  if (c === '"' || c === "'") {
    let end: number;
    try {
      end = quoted(text, 0).end;
    } catch {
      return false; // not closed on this line: a quoted scalar going on over lines, no key
    }
    return text[end] === ":" && (end + 1 === text.length || text[end + 1] === " ");
  }
  if ("[{|>&*!?%@`#".includes(c)) return false;
  return keyEnd(text) !== -1;
}

/** Index of the `:` ending a plain key (followed by a space or the line's end), or -1. */
function keyEnd(text: string): number {
  for (let k = text.indexOf(":"); k !== -1; k = text.indexOf(":", k + 1)) {
    if (k + 1 === text.length || text[k + 1] === " ") {
      if (text.lastIndexOf(" #", k) !== -1) throw new GiveUp();
      return k;
    }
  }
  return -1;
}

/** The text of a plain scalar on one line: up to a comment, trailing spaces removed. */
function plainOnLine(text: string): string {
  const hash = text.indexOf(" #");
  const body = hash === -1 ? text : text.slice(0, hash);
  if (body.includes(": ") || body.endsWith(":")) throw new GiveUp();
  return hash === -1 ? body : body.trimEnd();
}

function countSpaces(text: string): number {
  let n = 0;
  while (text.charCodeAt(n) === 32) n++;
  return n;
}

/** Whether only spaces and maybe a comment follow `end`. */
function isEnd(text: string, end: number): boolean {
  const rest = text.slice(end);
  const spaces = countSpaces(rest);
  return spaces === rest.length || (spaces > 0 && rest[spaces] === "#");
}

/** A quoted scalar on one line starting at `start`; the index after its closing quote. */
function quoted(text: string, start: number): { value: string; end: number } {
  const q = text[start];
  if (q === "'") {
    let value = "";
    let k = start + 1;
    for (;;) {
      const close = text.indexOf("'", k);
      if (close === -1) throw new GiveUp();
      value += text.slice(k, close);
      if (text[close + 1] === "'") {
        value += "'";
        k = close + 2;
      } else return { value, end: close + 1 };
    }
  }
  let value = "";
  let k = start + 1;
  for (;;) {
    const c = text[k];
    if (c === undefined) throw new GiveUp();
    if (c === '"') return { value, end: k + 1 };
    if (c === "\\") {
      const { text: unescaped, length } = escape(text, k);
      value += unescaped;
      k += length;
    } else {
      value += c;
      k++;
    }
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  n: "\n",
  t: "\t",
  r: "\r",
  b: "\b",
  f: "\f",
  "0": "\0",
  " ": " ",
  a: "\x07",
  v: "\v",
  e: "\x1b",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The escape sequence at `k` (a backslash) in a double-quoted scalar: its text and length. */
function escape(text: string, k: number): { text: string; length: number } {
  const e = text[k + 1];
  if (e === undefined) throw new GiveUp();
  const simple = ESCAPES[e];
  if (simple !== undefined) return { text: simple, length: 2 };
  const digits = HEX_ESCAPES[e];
  if (digits !== undefined) {
    const hex = text.slice(k + 2, k + 2 + digits);
    if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) throw new GiveUp();
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) throw new GiveUp();
    return { text: String.fromCodePoint(code), length: 2 + digits };
  }
  throw new GiveUp();
}

/** The core schema's tests, in the library's order (null, bool, int: octal, decimal, hex; float: nan/inf, exponent, plain). */
export function resolvePlain(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === "t" || text[0] === "T";
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) return text.slice(-3).toLowerCase() === "nan" ? NaN : text[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

function escapeToken(token: string): string {
  return token.indexOf("~") === -1 && token.indexOf("/") === -1 ? token : token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** A one-line flow collection (`[a, "b", {c: 1}]`), nested ones included. */
class Flow {
  pos = 0;
  private readonly path: string[] = [];
  constructor(
    private readonly text: string,
    private readonly reader: { readonly literals: Map<string, string>; pointer(): string },
  ) {}

  value(): unknown {
    this.spaces();
    const c = this.text[this.pos];
    if (c === "[") return this.seq();
    if (c === "{") return this.map();
    if (c === '"' || c === "'") {
      const { value, end } = quoted(this.text, this.pos);
      this.pos = end;
      return value;
    }
    if (c === undefined || "&*!?:%@`,]}#|>-".includes(c)) {
      if (!(c === "-" && /[0-9.]/.test(this.text[this.pos + 1] ?? ""))) throw new GiveUp();
    }
    const start = this.pos;
    while (this.pos < this.text.length && !",[]{}".includes(this.text[this.pos]!) && !(this.text[this.pos] === ":" && " ,]}".includes(this.text[this.pos + 1] ?? " ")) && !(this.text[this.pos] === "#" && this.text[this.pos - 1] === " ")) this.pos++;
    const raw = this.text.slice(start, this.pos).trimEnd();
    if (raw === "" || raw.includes(": ")) throw new GiveUp();
    const value = resolvePlain(raw);
    if (typeof value === "number" && FLOAT_TEXT.test(raw) && Number.isInteger(value)) this.reader.literals.set(this.pointer(), raw);
    return value;
  }

  pointer(): string {
    let p = this.reader.pointer();
    for (const token of this.path) p += `/${escapeToken(token)}`;
    return p;
  }

  private spaces(): void {
    while (this.text[this.pos] === " ") this.pos++;
  }

  private seq(): unknown[] {
    this.pos++;
    const out: unknown[] = [];
    this.spaces();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return out;
    }
    for (;;) {
      this.path.push(String(out.length));
      const c = this.text[this.pos];
      if (c !== "[" && c !== "{" && c !== '"' && c !== "'") {
        // a plain item must not be a mapping entry ("[a: 1]")
        const rest = this.text.slice(this.pos);
        const colon = rest.search(/:(?:[ ,\]}]|$)/);
        const stop = rest.search(/[,\]]/);
        if (colon !== -1 && (stop === -1 || colon < stop)) throw new GiveUp();
      }
      out.push(this.value());
      this.path.pop();
      this.spaces();
      const d = this.text[this.pos];
      if (d === "]") {
        this.pos++;
        return out;
      }
      if (d !== ",") throw new GiveUp();
      this.pos++;
      this.spaces();
      if (this.text[this.pos] === "]") throw new GiveUp(); // trailing comma: leave it to the library
    }
  }

  private map(): Map<unknown, unknown> {
    this.pos++;
    const out = new Map<unknown, unknown>();
    const first = new Set<string>();
    this.spaces();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return out;
    }
    for (;;) {
      this.spaces();
      let key: unknown;
      const c = this.text[this.pos];
      if (c === '"' || c === "'") {
        const q = quoted(this.text, this.pos);
        key = q.value;
        this.pos = q.end;
        this.spaces();
        if (this.text[this.pos] !== ":") throw new GiveUp();
      } else {
        if (c === undefined || "&*!?:%@`,[]{}#|>-".includes(c)) throw new GiveUp();
        const start = this.pos;
        while (this.pos < this.text.length && !",[]{}#".includes(this.text[this.pos]!) && !(this.text[this.pos] === ":" && " ,]}".includes(this.text[this.pos + 1] ?? " "))) this.pos++;
        if (this.text[this.pos] !== ":") throw new GiveUp();
        const raw = this.text.slice(start, this.pos);
        if (raw !== raw.trimEnd() || raw === "") throw new GiveUp();
        key = resolvePlain(raw);
      }
      this.pos++; // the ":"
      if (this.text[this.pos] !== " ") throw new GiveUp();
      const keyText = String(key);
      this.path.push(keyText);
      if (first.has(keyText)) throw new GiveUp(); // a duplicate in a flow mapping: the library reports it
      first.add(keyText);
      this.spaces();
      const v = this.text[this.pos];
      if (v === "," || v === "}") throw new GiveUp(); // an empty value: leave it to the library
      out.set(key, this.value());
      this.path.pop();
      this.spaces();
      const d = this.text[this.pos];
      if (d === "}") {
        this.pos++;
        return out;
      }
      if (d !== ",") throw new GiveUp();
      this.pos++;
      this.spaces();
      if (this.text[this.pos] === "}") throw new GiveUp();
    }
  }
}
