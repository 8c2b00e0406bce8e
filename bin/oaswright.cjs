#!/usr/bin/env node
// Entry point of the oaswright command. `npm run build` (run automatically by `npm ci` / `npm
// install` through the prepare script) compiles the TypeScript sources to dist/, bundles the command
// line into dist/bundle/oaswright.cjs (scripts/build-bundle.mjs) and writes the V8 code caches of
// the files a run loads (scripts/build-code-cache.mjs). The run's V8 flags are set first (their
// reasons: src/code-cache.cts RUN_FLAGS). CommonJS, like everything a run loads: Node's ES module
// loader is never started.
"use strict";
const { setRunFlags, loadCommonJs } = require("../dist/code-cache.cjs");

setRunFlags();
const { main } = loadCommonJs(require.resolve("../dist/bundle/oaswright.cjs"));
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
