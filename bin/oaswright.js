#!/usr/bin/env node
// Entry point of the oaswright command. `npm run build` (run automatically by `npm ci` / `npm
// install` through the prepare script) compiles the TypeScript sources to dist/, bundles the command
// line into dist/bundle/oaswright.cjs (scripts/build-bundle.mjs) and writes the V8 code caches of
// the files a run loads (scripts/build-code-cache.mjs). The run's V8 flags are set first (their
// reasons: src/code-cache.cts RUN_FLAGS).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { setRunFlags, loadCommonJs } = require("../dist/code-cache.cjs");
setRunFlags();
const { main } = loadCommonJs(require.resolve("../dist/bundle/oaswright.cjs"));
process.exitCode = await main(process.argv.slice(2));
