// Where JSON pointers are in a JSON text, found in one pass without building a tree. The YAML
// library can do this for JSON too (JSON is YAML), but on GitHub's 13 MB spec that costs seconds
// and a gigabyte; this scanner descends only into the members the pointers name and skips the
// rest, so placing every warning of a run costs one quick read of the text.

import { pointerTokens } from "../model/diagnostics.js";
import { closingQuote, jsonKey } from "./number-literals.js";

interface Trie {
  readonly children: Map<string, Trie>;
  /** Offset of the member's key (or of the array item, or of the root value), once seen. */
  offset?: number;
}

/**
 * For each pointer, the offset of the deepest part of it the text has: the member's key for an
 * object member, the value for an array item or the root. Undefined when the text is not JSON.
 */
export function jsonPointerOffsets(text: string, pointers: readonly string[], options: { readonly knownJson?: boolean; readonly utf8Bytes?: boolean } = {}): Map<string, number> | undefined {
  const paths = pointers.map((p) => pointerTokens(p));
  const root = trieOf(paths);
  try {
    // Text JSON.parse accepted need not be read past the last pointer found.
    const scanner = new Scanner(text, options.knownJson === true ? root.wanted : Infinity, options.utf8Bytes === true);
    const start = scanner.ws(text.charCodeAt(0) === 0xfeff ? 1 : 0);
    root.offset = start;
    scanner.ws(scanner.value(start, root));
  } catch (err) {
    if (!(err instanceof Done)) return undefined;
  }
  const out = new Map<string, number>();
  pointers.forEach((pointer, i) => out.set(pointer, deepestOffset(root, paths[i]!)));
  return out;
}

/**
 * jsonPointerOffsets inside one member of JSON text that JSON.parse accepted: `keyOffset` is the
 * `"` of the member's key, and each path lists the tokens below the member (none: the member's key
 * itself). Only the member's value is read.
 */
export function memberPointerOffsets(text: string, keyOffset: number, paths: readonly (readonly string[])[], utf8Bytes: boolean): number[] {
  const member = trieOf(paths);
  member.offset = keyOffset;
  const scanner = new Scanner(text, member.wanted, utf8Bytes);
  try {
    scanner.value(scanner.afterKey(keyOffset), member);
  } catch (err) {
    if (!(err instanceof Done)) throw err;
  }
  return paths.map((tokens) => deepestOffset(member, tokens));
}

/** The trie of the paths' tokens, with the number of its nodes below the root. */
function trieOf(paths: readonly (readonly string[])[]): Trie & { readonly wanted: number } {
  const root: Trie = { children: new Map() };
  let wanted = 0;
  for (const tokens of paths) {
    let node = root;
    for (const t of tokens) {
      let child = node.children.get(t);
      if (!child) {
        node.children.set(t, (child = { children: new Map() }));
        wanted++;
      }
      node = child;
    }
  }
  return Object.assign(root, { wanted });
}

/** The offset of the deepest node of `tokens` found below `root` (root's own when none is). */
function deepestOffset(root: Trie, tokens: readonly string[]): number {
  let node = root;
  let offset = root.offset!;
  for (const t of tokens) {
    const child = node.children.get(t);
    if (child?.offset === undefined) break;
    node = child;
    offset = child.offset;
  }
  return offset;
}

class NotJson extends Error {}
class Done extends Error {}

const QUOTE = 34;

class Scanner {
  constructor(
    private readonly text: string,
    /** Trie nodes whose offset is still to be found. */
    private wanted: number,
    /** The text is UTF-8 bytes, one character per byte (see SourceMap). */
    private readonly utf8Bytes: boolean,
  ) {}

  private found(node: Trie, offset: number): void {
    node.offset = offset;
    if (--this.wanted === 0) throw new Done();
  }

  /** Index of the first non-whitespace character at or after `i`. */
  ws(i: number): number {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return i;
    }
  }

  /** Index of the value of the member whose key's `"` is at `i`. */
  afterKey(i: number): number {
    return this.ws(this.expect(this.ws(this.string(i)), 58 /* : */));
  }

  private expect(i: number, code: number): number {
    if (this.text.charCodeAt(i) !== code) throw new NotJson();
    return i + 1;
  }

  /** Index after the string literal starting at `i`. */
  private string(i: number): number {
    i = this.expect(i, QUOTE);
    const end = closingQuote(this.text, i);
    if (end >= this.text.length) throw new NotJson();
    return end + 1;
  }

  /** Index after the value at `i`, recording the offsets of what `node` asks for inside it. */
  value(i: number, node: Trie | undefined): number {
    if (node === undefined || node.children.size === 0) return this.skip(i);
    const c = this.text.charCodeAt(i);
    if (c === 123 /* { */) return this.object(i, node);
    if (c === 91 /* [ */) return this.array(i, node);
    return this.skip(i);
  }

  private object(i: number, node: Trie): number {
    i = this.ws(i + 1);
    if (this.text.charCodeAt(i) === 125 /* } */) return i + 1;
    for (;;) {
      const keyStart = i;
      i = this.string(i);
      const key = jsonKey(this.text, keyStart + 1, i - 1, this.utf8Bytes);
      const child = node.children.get(key);
      if (child && child.offset === undefined) this.found(child, keyStart);
      i = this.ws(this.expect(this.ws(i), 58 /* : */));
      i = this.ws(this.value(i, child));
      const c = this.text.charCodeAt(i);
      if (c === 125) return i + 1;
      i = this.ws(this.expect(i, 44 /* , */));
    }
  }

  private array(i: number, node: Trie): number {
    i = this.ws(i + 1);
    if (this.text.charCodeAt(i) === 93 /* ] */) return i + 1;
    for (let index = 0; ; index++) {
      const child = node.children.get(String(index));
      if (child && child.offset === undefined) this.found(child, i);
      i = this.ws(this.value(i, child));
      const c = this.text.charCodeAt(i);
      if (c === 93) return i + 1;
      i = this.ws(this.expect(i, 44));
    }
  }

  /** Index after the value at `i`, not looking inside it. */
  private skip(i: number): number {
    const t = this.text;
    const first = t.charCodeAt(i);
    if (first === 123 || first === 91) return this.skipContainer(i);
    let depth = 0;
    for (;;) {
      const c = t.charCodeAt(i);
      if (Number.isNaN(c)) {
        if (depth === 0) return i; // a scalar ending the text
        throw new NotJson();
      }
      if (c === QUOTE) {
        i = this.string(i);
        if (depth === 0) return i;
        continue;
      }
      if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (depth === 0) return i; // the end of the enclosing container: a scalar ended here
        depth--;
        if (depth === 0) return i + 1;
      } else if (depth === 0 && (c === 44 || c === 32 || c === 10 || c === 13 || c === 9)) {
        return i; // the end of a scalar
      }
      i++;
    }
  }

  /**
   * Index after the object or array at `i`: from one bracket or quote to the next (a regular
   * expression finds it), not character by character; strings are skipped whole.
   */
  private skipContainer(i: number): number {
    const t = this.text;
    let depth = 0;
    for (;;) {
      PLAIN_RUN.lastIndex = i;
      PLAIN_RUN.test(t);
      i = PLAIN_RUN.lastIndex;
      const c = t.charCodeAt(i);
      if (Number.isNaN(c)) throw new NotJson();
      if (c === QUOTE) {
        i = this.string(i);
        continue;
      }
      i++;
      if (c === 123 || c === 91) depth++;
      else if (--depth === 0) return i;
    }
  }
}

/** A run of characters that neither open nor close a JSON container or string. */
const PLAIN_RUN = /[^"[\]{}]*/y;
