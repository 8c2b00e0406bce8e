// Maps JSON pointers back to line:column in the spec text. Built lazily, only when there is a
// problem to report: parsing a 13 MB JSON spec a second time with positions costs far more than
// JSON.parse, and a spec without problems never needs it.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { SourcePosition } from "../model/diagnostics.js";
import { pointerTokens } from "../model/diagnostics.js";

export class SourceMap {
  private doc?: ReturnType<typeof parseDocument>;
  private lines?: LineCounter;

  constructor(private readonly text: string) {}

  /** The position of the node at `pointer`, or of its nearest ancestor that exists. */
  positionOf(pointer: string): SourcePosition | undefined {
    if (!this.doc) {
      this.lines = new LineCounter();
      this.doc = parseDocument(this.text, { lineCounter: this.lines, keepSourceTokens: false, uniqueKeys: false });
    }
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
    const target = (keyNode ?? node) as Node | undefined;
    const offset = target?.range?.[0];
    if (offset === undefined || !this.lines) return undefined;
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** Line:column of a character offset. */
  positionAtOffset(offset: number): SourcePosition {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < this.text.length; i++) {
      if (this.text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  }
}
