// A bit-exact port of java.util.Random (the legacy 48-bit linear congruential generator that
// every JDK still uses for `new Random(seed)`). OpenAPI Generator seeds one with 18 before asking
// RgxGen for a pattern example, so reproducing its docs means reproducing this sequence exactly.
//
// The 48-bit state is kept as two 24-bit halves in plain numbers: every intermediate product
// stays below 2^53, so double arithmetic is exact and no BigInt is needed on the hot path.

const TWO_24 = 0x1000000;
const MASK_24 = 0xffffff;
// The multiplier 0x5DEECE66D split into 24-bit halves.
const MULT_HI = 0x5de;
const MULT_LO = 0xece66d;
const ADDEND = 0xb;

export class JavaRandom {
  private hi = 0;
  private lo = 0;

  constructor(seed: number | bigint) {
    this.setSeed(seed);
  }

  /** Java's setSeed: the seed is XOR-scrambled with the multiplier and truncated to 48 bits. */
  setSeed(seed: number | bigint): void {
    let s = BigInt.asUintN(64, BigInt(seed));
    s = (s ^ 0x5deece66dn) & 0xffffffffffffn;
    this.hi = Number(s >> 24n);
    this.lo = Number(s & 0xffffffn);
  }

  /** Java's protected next(bits): advance the LCG and return its top `bits` bits as an int. */
  next(bits: number): number {
    // seed = (seed * 0x5DEECE66D + 0xB) mod 2^48, computed on 24-bit halves.
    const p = this.lo * MULT_LO + ADDEND;
    const newLo = p % TWO_24;
    const carry = Math.floor(p / TWO_24);
    const q = this.hi * MULT_LO + this.lo * MULT_HI + carry;
    this.hi = q % TWO_24;
    this.lo = newLo;
    // (int) (seed >>> (48 - bits)): the value is below 2^32, `| 0` gives Java's int wrap.
    const state = this.hi * TWO_24 + this.lo;
    return Math.floor(state / 2 ** (48 - bits)) | 0;
  }

  nextInt(): number;
  nextInt(bound: number): number;
  nextInt(bound?: number): number {
    if (bound === undefined) return this.next(32);
    if (!Number.isInteger(bound) || bound <= 0 || bound > 0x7fffffff) {
      // Java throws IllegalArgumentException("bound must be positive").
      throw new RangeError(`bound must be positive: ${bound}`);
    }
    let r = this.next(31);
    const m = bound - 1;
    if ((bound & m) === 0) {
      // Power of two: (int) ((bound * (long) r) >> 31), i.e. the top bits of r.
      return Math.floor((r * bound) / 0x80000000);
    }
    // Rejection loop: `u - r + m` overflowing int (going negative) marks the biased tail.
    for (let u = r; ((u - (r = u % bound) + m) | 0) < 0; u = this.next(31));
    return r;
  }

  nextBoolean(): boolean {
    return this.next(1) !== 0;
  }

  /** ((long) next(32) << 32) + next(32), as a signed 64-bit BigInt. */
  nextLong(): bigint {
    const high = BigInt(this.next(32));
    const low = BigInt(this.next(32));
    return BigInt.asIntN(64, (high << 32n) + low);
  }

  /** (((long) next(26) << 27) + next(27)) * 2^-53 */
  nextDouble(): number {
    const high = this.next(26);
    const low = this.next(27);
    return (high * 0x8000000 + low) / 2 ** 53;
  }

  /** next(24) / 2^24 */
  nextFloat(): number {
    return this.next(24) / TWO_24;
  }

  /** Fills `bytes` like Java: each next(32) supplies up to four bytes, low byte first. */
  nextBytes(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length;) {
      let rnd = this.next(32);
      for (let n = Math.min(bytes.length - i, 4); n-- > 0; rnd >>= 8) {
        bytes[i++] = rnd & 0xff;
      }
    }
  }

  /** The current 48-bit state (what Java keeps in its AtomicLong), for tests and debugging. */
  get seed(): bigint {
    return (BigInt(this.hi) << 24n) | BigInt(this.lo & MASK_24);
  }
}
