// UTF-8 JSON read as bytes (src/parse/load.ts readJsonBytes): the text is a one-byte string holding
// one character per byte, in which every multi-byte character is a run of characters >= 0x80.

import { Buffer } from "node:buffer";

/**
 * Start and end offsets (pairs, in order) of each run of bytes >= 0x80 at or after `from`. Aligned
 * 32-bit words without a high bit (four ASCII bytes) are passed over a word at a time: a spec is
 * mostly ASCII, and a regular expression over the text looked at each character (~0.1 s on 13 MB).
 */
export function multiByteRuns(bytes: Uint8Array, from = 0): number[] {
  const runs: number[] = [];
  const n = bytes.length;
  const firstWord = from + ((4 - ((bytes.byteOffset + from) & 3)) & 3);
  const wordCount = n - firstWord >= 4 ? (n - firstWord) >> 2 : 0;
  const words = wordCount > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + firstWord, wordCount) : new Uint32Array(0);
  const wordsEnd = firstWord + words.length * 4;
  let i = from;
  while (i < n) {
    if (i >= firstWord && i < wordsEnd && ((i - firstWord) & 3) === 0) {
      let w = (i - firstWord) >> 2;
      while (w < words.length && (words[w]! & 0x80808080) === 0) w++;
      i = firstWord + w * 4;
      if (i >= n) break;
    }
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && bytes[i]! >= 0x80) i++;
    runs.push(start, i);
  }
  return runs;
}

/** The characters a run of UTF-8 bytes (viewed one character per byte) stands for. */
export function decodeBytes(text: string): string {
  return Buffer.from(text, "latin1").toString("utf8");
}

/** Whether a text of bytes viewed one character per byte has any byte >= 0x80. */
export function hasMultiByte(text: string): boolean {
  return /[\x80-\xff]/.test(text);
}
