#!/usr/bin/env node
// Entry point of the oaswright command. `npm run build` (run automatically by `npm ci` / `npm
// install` through the prepare script) compiles the TypeScript sources to dist/ and bundles the
// command line into dist/bundle/ (scripts/build-bundle.mjs), which loads faster than dist/cli/.
import { setFlagsFromString } from "node:v8";

// A run is one pass over large template, validator and generator functions, each hot for a moment.
// With V8's default budget most of them are recompiled by its optimizing compiler on background
// threads, which on GitHub's spec cost more CPU than the whole main thread saved (2 to 3.8 s of
// background CPU against 3 to 4 s of main thread, on 2 cores). A larger budget optimizes only what
// stays hot; it changes when code is optimized, never what it does. The heap is let grow by 40% past
// what a full collection leaves (V8's own factor goes up to 4x): on GitHub's spec the peak RSS was
// 249-251 MB for python and 225-254 MB for typescript, with it 232-243 and 222 MB, in no more time
// (3 runs each, idle). Set here, before the command's code runs: the programmatic API leaves the
// embedding process's settings alone.
setFlagsFromString("--interrupt-budget=1000000");
setFlagsFromString("--heap-growing-percent=40");

const { main } = await import("../dist/bundle/main.js");
process.exitCode = await main(process.argv.slice(2));
