// RgxGen picks a character with `symbols[random.nextInt(symbols.length)]`, where `symbols` is
// `HashSet<Character>.toArray()`. The example string therefore depends on java.util.HashMap's
// iteration order, which this module reproduces: a Character hashes to its UTF-16 code, the
// bucket is `code & (capacity - 1)`, buckets are visited in index order and, within a bucket,
// entries keep insertion order (resizing splits buckets without reordering them). The capacity
// follows HashMap's rules: initial table size, doubling past 3/4 load, and the early resize that
// treeifyBin does for small tables. A bucket that would really be treeified (9+ colliding
// entries in a table of 64+) has a different order; that case is refused, not guessed.

import { UnsupportedPatternError } from "./pattern-errors.js";

const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;

/** HashMap.tableSizeFor: the next power of two >= n (minimum 1). */
function tableSizeFor(n: number): number {
  let cap = 1;
  while (cap < n) cap *= 2;
  return cap;
}

/** A java.util.HashSet<Character> reduced to what decides its iteration order. */
export class JavaCharHashSet {
  private table: number[][];
  private threshold: number;
  private count = 0;

  /**
   * `new HashSet<>(initialCapacity)`. Java allocates the table lazily at the first put with
   * capacity tableSizeFor(initialCapacity); allocating it now is equivalent for ordering.
   */
  constructor(initialCapacity: number) {
    const cap = tableSizeFor(Math.max(initialCapacity, 1));
    this.table = Array.from({ length: cap }, () => []);
    this.threshold = cap * 0.75;
  }

  /** `new HashSet<>(collection)`: capacity max(size / .75f + 1, 16), then addAll. */
  static copyOf(codes: Iterable<number>, size: number): JavaCharHashSet {
    const set = new JavaCharHashSet(Math.max(Math.floor(size / 0.75) + 1, 16));
    for (const c of codes) set.add(c);
    return set;
  }

  get size(): number {
    return this.count;
  }

  has(code: number): boolean {
    return this.bucket(code).includes(code);
  }

  /** HashMap.putVal for a new key, including the treeifyBin resize of small tables. */
  add(code: number): void {
    const bin = this.bucket(code);
    if (bin.includes(code)) return;
    bin.push(code);
    if (bin.length > TREEIFY_THRESHOLD) {
      if (this.table.length < MIN_TREEIFY_CAPACITY) {
        this.resize();
      } else {
        throw new UnsupportedPatternError("a character class whose Java HashSet would treeify a bucket (9+ colliding characters)");
      }
    }
    if (++this.count > this.threshold) this.resize();
  }

  /** HashMap.remove: unlinks the entry; the table never shrinks. */
  delete(code: number): void {
    const bin = this.bucket(code);
    const at = bin.indexOf(code);
    if (at >= 0) {
      bin.splice(at, 1);
      this.count--;
    }
  }

  /** Iteration order, i.e. what `toArray()` returns. */
  toArray(): number[] {
    const out: number[] = [];
    for (const bin of this.table) out.push(...bin);
    return out;
  }

  private bucket(code: number): number[] {
    return this.table[code & (this.table.length - 1)]!;
  }

  private resize(): void {
    const next: number[][] = Array.from({ length: this.table.length * 2 }, () => []);
    // Walking old buckets in order and appending keeps each new bucket's relative order,
    // exactly like HashMap's lo/hi split.
    for (const bin of this.table) {
      for (const c of bin) next[c & (next.length - 1)]!.push(c);
    }
    this.table = next;
    this.threshold *= 2;
  }
}
