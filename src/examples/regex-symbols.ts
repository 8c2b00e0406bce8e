// The characters RgxGen's SymbolSet can produce, in the exact array order it picks from.
//
// A SymbolSet is POSITIVE (these characters) or NEGATIVE (printable ASCII, 32..126, minus these).
// Case-sensitive picks use `getSymbols()`; case-insensitive generation uses
// `getSymbolsCaseInsensitive()`, which RgxGen builds from a *different* starting point: for a
// POSITIVE set the base HashSet is still empty (getSymbols() was never called), so the result
// starts from a 16-slot table and each character is preceded by its other-case twin. Small
// case-insensitive sets therefore come out in bucket order, e.g. `[a]` gives ['A', 'a'].

import { JavaCharHashSet } from "./java-char-set.js";
import { UnsupportedPatternError } from "./pattern-errors.js";

export interface SymbolSetSpec {
  positive: boolean;
  /** RgxGen's `aModification`: the explicit symbols, then each range expanded, in order. */
  modification: number[];
}

const FIRST_PRINTABLE = 32;
const LAST_PRINTABLE = 126;
const PRINTABLE_COUNT = LAST_PRINTABLE - FIRST_PRINTABLE + 1;

function* printableAscii(): Generator<number> {
  for (let c = FIRST_PRINTABLE; c <= LAST_PRINTABLE; c++) yield c;
}

const cache = new WeakMap<SymbolSetSpec, number[]>();
const cacheCaseInsensitive = new WeakMap<SymbolSetSpec, number[]>();

/** SymbolSet.getSymbols() */
export function symbolsOf(spec: SymbolSetSpec): number[] {
  let symbols = cache.get(spec);
  if (symbols === undefined) {
    let set: JavaCharHashSet;
    if (spec.positive) {
      // new HashSet<>(ALL_SYMBOLS.length), then addAll(aModification).
      set = new JavaCharHashSet(PRINTABLE_COUNT);
      for (const c of spec.modification) set.add(c);
    } else {
      // new HashSet<>(asList(ALL_SYMBOLS)), then removeIf(aModification::contains).
      set = JavaCharHashSet.copyOf(printableAscii(), PRINTABLE_COUNT);
      for (const c of spec.modification) set.delete(c);
    }
    symbols = set.toArray();
    cache.set(spec, symbols);
  }
  return symbols;
}

/** SymbolSet.getSymbolsCaseInsensitive(), as reached by RgxGen's case-insensitive generator. */
export function symbolsCaseInsensitive(spec: SymbolSetSpec): number[] {
  let symbols = cacheCaseInsensitive.get(spec);
  if (symbols === undefined) {
    let set: JavaCharHashSet;
    if (spec.positive) {
      set = JavaCharHashSet.copyOf([], 0);
      for (const c of spec.modification) {
        const twin = otherCase(c);
        if (twin !== undefined) set.add(twin);
        set.add(c);
      }
    } else {
      set = JavaCharHashSet.copyOf(printableAscii(), PRINTABLE_COUNT);
      for (const c of spec.modification) {
        const twin = otherCase(c);
        if (twin !== undefined) set.delete(twin);
        set.delete(c);
      }
    }
    symbols = set.toArray();
    cacheCaseInsensitive.set(spec, symbols);
  }
  return symbols;
}

/**
 * Java's `Character.isUpperCase(c) ? toLowerCase(c) : isLowerCase(c) ? toUpperCase(c) : none`.
 * Only ASCII is mirrored: Java's Unicode case tables differ from JavaScript's in places and by
 * JDK version, so a non-ASCII cased character is refused rather than guessed.
 */
export function otherCase(c: number): number | undefined {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0x61 && c <= 0x7a) return c - 0x20;
  if (c < 0x80) return undefined;
  const s = String.fromCharCode(c);
  if (s.toUpperCase() !== s || s.toLowerCase() !== s || /[\p{Lowercase}\p{Uppercase}]/u.test(s)) {
    throw new UnsupportedPatternError(`case-insensitive generation of non-ASCII letter U+${c.toString(16).padStart(4, "0")}`);
  }
  return undefined;
}
