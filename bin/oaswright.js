#!/usr/bin/env node
// Entry point of the oaswright command. `npm run build` (run automatically by `npm ci` / `npm
// install` through the prepare script) compiles the TypeScript sources to dist/ and bundles the
// command line into dist/bundle/ (scripts/build-bundle.mjs), which loads faster than dist/cli/.
import { main } from "../dist/bundle/main.js";

process.exitCode = await main(process.argv.slice(2));
