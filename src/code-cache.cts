// Loading the package's own CommonJS files (the command's bundle, the precompiled templates and
// schema validators) with a V8 code cache, so that a run does not parse and compile that code
// again: on a small spec, compiling ~1.5 MB of JavaScript was a sixth of the run after Node's start.
//
// The build (scripts/build-code-cache.mjs) loads these files through here, runs the command on a few
// specs in the same process and writes each file's cache beside it (<file>.v8cache): what V8
// compiled during those runs, bytecode of the functions they called included. V8 takes a cache only
// for the very same V8 version and flags (and source length); otherwise, or without a cache file, the
// file is compiled as usual and the run is as fast as it was without one. Nothing here writes a file
// at run time.
//
// CommonJS, and a module of its own outside the bundle: bin/oaswright.cjs loads the bundle through it,
// and the bundle's code loads the templates and validators through the same instance.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import "node:process";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import vm from "node:vm";

/**
 * The V8 flags of a run of the command, set by bin/oaswright.cjs before its code loads and by the
 * build before it compiles the caches (V8 takes a cache only under the flags it was made with).
 *
 * - `--interrupt-budget`: a run is one pass over large template, validator and generator functions,
 *   each hot for a moment. With V8's default budget most of them are recompiled by its optimizing
 *   compiler on background threads, which on GitHub's spec cost more CPU than the whole main thread
 *   saved (2 to 3.8 s of background CPU against 3 to 4 s of main thread, on 2 cores). A larger budget
 *   optimizes only what stays hot; it changes when code is optimized, never what it does.
 * - `--heap-growing-percent`: the heap may grow by 40% past what a full collection leaves (V8's own
 *   factor goes up to 4x): on GitHub's spec the peak RSS was 249-251 MB for python and 225-254 MB for
 *   typescript, with it 232-243 and 222 MB, in no more time.
 *
 * The programmatic API leaves the embedding process's settings alone.
 */
export const RUN_FLAGS: readonly string[] = ["--interrupt-budget=1000000", "--heap-growing-percent=40"];

/**
 * Sets RUN_FLAGS. Node compiles its own modules with a code cache made under V8's default flags,
 * which V8 refuses once the flags differ, so the Node modules every run loads are loaded first:
 * the standard streams (net or tty when they are pipes or terminals), util's parseArgs and
 * node:process.
 */
export function setRunFlags(): void {
  void process.stdout;
  void process.stderr;
  void parseArgs; // a getter that loads it
  for (const flag of RUN_FLAGS) setFlagsFromString(flag);
}

interface Loaded {
  readonly script: vm.Script;
  /** Whether V8 took the file's cache. */
  readonly cached: boolean;
  readonly exports: unknown;
}

/** Every file loaded here in this process, by absolute path. */
const loaded = new Map<string, Loaded>();

/** The cache file of `file`. */
export function cacheFileOf(file: string): string {
  return `${file}.v8cache`;
}

/**
 * `require(file)` for one of the package's CommonJS files that needs nothing but `require` and
 * `module.exports`, compiled with its code cache when V8 takes it. Loads each file once.
 */
export function loadCommonJs(file: string): unknown {
  const absolute = path.resolve(file);
  const known = loaded.get(absolute);
  if (known !== undefined) return known.exports;
  const source = readFileSync(absolute, "utf8");
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFileOf(absolute));
  } catch {
    cachedData = undefined;
  }
  // The same wrapper as Node's own CommonJS loader, on the first line, so that positions in stack
  // traces stay right from the second line on.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
    filename: absolute,
    ...(cachedData !== undefined ? { cachedData } : {}),
  });
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(absolute), module, absolute, path.dirname(absolute));
  loaded.set(absolute, { script, cached: cachedData !== undefined && !script.cachedDataRejected, exports: module.exports });
  return module.exports;
}

/** The files loaded through loadCommonJs so far, and whether each came with a cache V8 took. */
export function codeCacheState(): ReadonlyMap<string, boolean> {
  return new Map([...loaded].map(([file, { cached }]) => [file, cached]));
}

/**
 * For the build: writes the cache of every file loaded so far, with what V8 has compiled of it in
 * this process. Returns the cache files written.
 */
export function writeCodeCaches(): string[] {
  const written: string[] = [];
  for (const [file, { script }] of loaded) {
    writeFileSync(cacheFileOf(file), script.createCachedData());
    written.push(cacheFileOf(file));
  }
  return written;
}
