// Low-level pieces of RgxGen's parser: its CharIterator (a cursor over UTF-16 code units, with
// RgxGen's own escape-aware search) and the Integer.parseInt it relies on for numbers.

import { RgxGenError, UnsupportedPatternError } from "./pattern-errors.js";

/** Java's Integer.parseInt(s, radix); non-ASCII digits (which Java accepts) are refused. */
export function javaParseInt(s: string, radix: number, what: string): number {
  if (/[^\x00-\x7f]/.test(s)) throw new UnsupportedPatternError(`non-ASCII digits in ${what}`);
  const m = /^[+-]?([0-9a-z]+)$/i.exec(s);
  const digits = m?.[1];
  if (digits === undefined || [...digits].some((d) => parseInt(d, 36) >= radix)) {
    throw new RgxGenError(`NumberFormatException for ${JSON.stringify(s)} (${what})`);
  }
  const value = (s.startsWith("-") ? -1 : 1) * parseInt(digits, radix);
  if (value < -0x80000000 || value > 0x7fffffff) {
    throw new RgxGenError(`NumberFormatException (int overflow) for ${JSON.stringify(s)} (${what})`);
  }
  return value;
}

/** Port of RgxGen's CharIterator: a cursor over UTF-16 code units; peek() past the ends is NUL. */
export class CharIterator {
  pos = 0;
  constructor(readonly value: string) {}
  hasNext(): boolean {
    return this.pos < this.value.length;
  }
  skip(n = 1): void {
    this.pos += n;
  }
  peek(offset = 0): string {
    const p = this.pos + offset;
    return p < 0 || p >= this.value.length ? "\0" : this.value[p]!;
  }
  next(): string {
    if (this.pos >= this.value.length) throw new RgxGenError("pattern ends inside an escape or construct");
    return this.value[this.pos++]!;
  }
  nextN(length: number): string {
    const upTo = Math.min(this.pos + length, this.value.length);
    const s = this.value.substring(this.pos, upTo);
    this.pos = upTo;
    return s;
  }
  prevPos(): number {
    return this.pos - 1;
  }
  remaining(): number {
    return this.value.length - this.pos;
  }
  takeWhile(test: (c: string) => boolean): string {
    const start = this.pos;
    while (this.hasNext()) {
      if (!test(this.next())) {
        this.pos--;
        break;
      }
    }
    return this.value.substring(start, this.pos);
  }
  /**
   * Text up to the next unescaped `stop` (an odd run of backslashes before it escapes it),
   * moving past it. A missing `stop` either fails (`mustExist`) or takes the rest of the text.
   */
  nextUntil(stop: string, mustExist: boolean): string {
    const start = this.pos;
    for (;;) {
      const at = this.value.indexOf(stop, this.pos);
      if (at !== -1 && at + stop.length > this.value.length) {
        this.pos = this.value.length;
        return this.value.substring(start);
      }
      if (at === -1) {
        if (mustExist) throw new RgxGenError(`missing ${JSON.stringify(stop)}`);
        this.pos = this.value.length;
        return this.value.substring(start);
      }
      let backslashes = 1;
      while (this.value[at - backslashes] === "\\") backslashes++;
      if (backslashes % 2 !== 0) {
        this.pos = at + stop.length;
        return this.value.substring(start, at);
      }
      this.pos = at + 1;
    }
  }
}
