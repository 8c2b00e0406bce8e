// Maps JSON pointers back to line:column in the spec text. Built lazily, only when there is a
// problem to report, and for many pointers at once (`positionsOf`): JSON text is scanned by
// ./json-offsets.ts in one pass; YAML (or JSON the scanner rejects) is parsed once with positions.

import type { Document, Node } from "yaml";
import type { SourcePosition } from "../model/diagnostics.js";
import { childPointer, pointerTokens } from "../model/diagnostics.js";
import { jsonPointerOffsets, memberPointerOffsets } from "./json-offsets.js";
import { MEMBER_DEPTH, type MemberStart } from "./number-literals.js";
import { decodeBytes, hasMultiByte } from "./utf8-bytes.js";
import { yamlLib } from "./yaml-lib.js";

export class SourceMap {
  private doc?: Document;
  /** Offsets where lines start. */
  private lineStarts?: number[];

  /** Set by the loader when JSON.parse read the text: pointer scans may stop once all are found. */
  knownJson = false;

  /**
   * Where the shallow members of JSON text that JSON.parse read start (number-literals.ts
   * JsonScan.members), set by the loader: a pointer is then looked for inside its member only.
   */
  members?: ReadonlyMap<string, MemberStart>;

  /**
   * @param text the spec's text; with `utf8Bytes`, UTF-8 bytes one character per byte (the loader's
   *   readJsonBytes): offsets count bytes, and columns count the decoded text's UTF-16 units.
   */
  constructor(
    private text: string,
    private readonly options: { readonly utf8Bytes?: boolean } = {},
  ) {}

  /**
   * The text the document was finally read from, when the loader had to re-indent it
   * (load.ts indentQuotedContinuations: only continuation lines of quoted scalars change, so every
   * key keeps its line and column).
   */
  readFrom(text: string): void {
    this.text = text;
    this.doc = undefined;
    this.lineStarts = undefined;
    this.members = undefined;
  }

  /**
   * The YAML document the loader parsed from this text, so that positions do not parse the text
   * again (a small spec's warnings took as long to place as the whole load); undefined when the
   * loader changes it: the text is then parsed again when needed.
   */
  useYamlDocument(doc: Document | undefined): void {
    this.doc = doc;
  }

  /** The position of the node at `pointer`, or of its nearest ancestor that exists. */
  positionOf(pointer: string): SourcePosition | undefined {
    return this.positionsOf([pointer]).get(pointer);
  }

  /** `positionOf` for many pointers, reading the text once. */
  positionsOf(pointers: readonly string[]): Map<string, SourcePosition | undefined> {
    const out = new Map<string, SourcePosition | undefined>();
    if (pointers.length === 0) return out;
    const utf8Bytes = this.options.utf8Bytes === true;
    if (this.knownJson && this.members !== undefined && this.members.size > 0) pointers = this.placeInMembers(pointers, out);
    if (pointers.length === 0) return out;
    const offsets = this.looksLikeJson() ? jsonPointerOffsets(this.text, pointers, { knownJson: this.knownJson, utf8Bytes }) : undefined;
    for (const pointer of pointers) {
      // Bytes are only ever JSON that JSON.parse read, which the scan reads too.
      const offset = offsets !== undefined ? offsets.get(pointer) : utf8Bytes ? undefined : this.yamlOffsetOf(pointer);
      out.set(pointer, offset === undefined ? undefined : this.positionAtOffset(offset));
    }
    return out;
  }

  /**
   * Places the pointers that lie in a recorded member (the deepest one) by reading that member's
   * value only, with the member's line as the count's start; returns the others.
   */
  private placeInMembers(pointers: readonly string[], out: Map<string, SourcePosition | undefined>): string[] {
    const members = this.members!;
    const groups = new Map<MemberStart, { pointers: string[]; paths: string[][] }>();
    const rest: string[] = [];
    for (const pointer of pointers) {
      const tokens = pointerTokens(pointer);
      const prefixes: string[] = [];
      let prefix = "";
      for (const t of tokens.slice(0, MEMBER_DEPTH)) prefixes.push((prefix = childPointer(prefix, t)));
      let depth = prefixes.length;
      let member: MemberStart | undefined;
      while (depth > 0 && (member = members.get(prefixes[depth - 1]!)) === undefined) depth--;
      if (member === undefined) {
        rest.push(pointer);
        continue;
      }
      let group = groups.get(member);
      if (!group) groups.set(member, (group = { pointers: [], paths: [] }));
      group.pointers.push(pointer);
      group.paths.push(tokens.slice(depth));
    }
    const utf8Bytes = this.options.utf8Bytes === true;
    for (const [member, group] of groups) {
      const offsets = memberPointerOffsets(this.text, member.offset, group.paths, utf8Bytes);
      group.pointers.forEach((pointer, i) => out.set(pointer, this.positionAtOffset(offsets[i]!, member)));
    }
    return rest;
  }

  private looksLikeJson(): boolean {
    const m = /^\uFEFF?\s*([[{])/.exec(this.text.slice(0, 1024));
    return m !== null;
  }

  private yamlOffsetOf(pointer: string): number | undefined {
    const { isMap, isScalar, isSeq, parseDocument } = yamlLib();
    if (!this.doc) this.doc = parseDocument(this.text, { keepSourceTokens: false, uniqueKeys: false });
    let node: unknown = this.doc.contents;
    let keyNode: unknown;
    for (const token of pointerTokens(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === token);
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)];
        if (item === undefined) break;
        keyNode = undefined;
        node = item;
      } else break;
    }
    return ((keyNode ?? node) as Node | undefined)?.range?.[0];
  }

  /** Line:column of a character offset; `from`, a place at or before it whose line is known, spares counting from the start. */
  positionAtOffset(offset: number, from?: MemberStart): SourcePosition {
    if (from !== undefined && from.offset <= offset) {
      let line = from.line;
      for (let i = this.text.indexOf("\n", from.offset); i !== -1 && i < offset; i = this.text.indexOf("\n", i + 1)) line++;
      return { line, column: this.columnOf(this.text.lastIndexOf("\n", offset - 1) + 1, offset) };
    }
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: this.columnOf(starts[lo]!, offset) };
  }

  /** The 1-based column of `offset` on the line starting at `lineStart`, in UTF-16 units of the decoded text. */
  private columnOf(lineStart: number, offset: number): number {
    const before = this.text.slice(lineStart, offset);
    return (this.options.utf8Bytes === true && hasMultiByte(before) ? decodeBytes(before).length : before.length) + 1;
  }
}
