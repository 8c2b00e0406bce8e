#!/usr/bin/env node
// Build step (npm run build, after tsc): bundles the command line into one CommonJS file,
// dist/bundle/oaswright.cjs, with esbuild, so that a run loads one file instead of ~100 modules of
// dist/ one by one. bin/oaswright.cjs loads it through src/code-cache.cts, with the V8 code cache
// scripts/build-code-cache.mjs writes beside it (V8 caches CommonJS code compiled through vm.Script
// on Node 20; it has no cache for ES modules before Node 22).
//
// - One file, generators included: with a code cache, code a run never calls costs next to nothing
//   (V8 compiles a function when it is first called), and without one only a quick pre-parse.
// - The `yaml` library and Handlebars' runtime are bundled (unchanged, the same packages and versions
//   from node_modules): src/parse/yaml-lib.ts and src/render/templates.ts load them with a require of
//   their own making, which esbuild cannot follow, so those calls become plain requires here. The
//   build fails if the calls are not found.
// - Packages a run needs only now and then stay outside, loaded from node_modules on first use:
//   swagger-parser (Swagger 2.0 conversion and the validator's fallback), ajv's pieces (the
//   precompiled validators require them), Handlebars' compiler (--template-dir templates).
// - src/code-cache.cts stays outside: the bin and the bundle must share its one instance.
// - Every module keeps its own `import.meta.url`: code that finds the package's files (templates/,
//   dist/templates/, dist/parse/openapi-validators/, package.json) relative to its own place in
//   dist/ finds them from the bundle just the same.
// The library entry (dist/index.js) is not bundled.
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const outdir = path.join(dist, "bundle");
export const BUNDLE = path.join(outdir, "oaswright.cjs");

/** Calls esbuild cannot follow, by the dist module that makes them, and the require each becomes. */
const REQUIRES = [
  { module: /[\\/]dist[\\/]render[\\/]templates\.js$/, call: 'requireHere("handlebars/runtime")', becomes: 'require("handlebars/runtime")' },
  { module: /[\\/]dist[\\/]parse[\\/]yaml-lib\.js$/, call: 'createRequire(import.meta.url)("yaml")', becomes: 'require("yaml")' },
];

/** Each dist module with its requires made plain and every `import.meta.url` made its own URL. */
const distModules = {
  name: "dist-modules",
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      let text = await readFile(args.path, "utf8");
      for (const r of REQUIRES.filter((r) => r.module.test(args.path))) {
        if (!text.includes(r.call)) throw new Error(`build-bundle: ${args.path} no longer has ${r.call}; update scripts/build-bundle.mjs`);
        text = text.replace(r.call, r.becomes);
      }
      return { contents: text.includes("import.meta.url") ? ownUrls(text, args.path) : text, loader: "js" };
    });
    // The code cache module, required from its place in dist/ (one instance for the bin and the bundle).
    b.onResolve({ filter: /[\\/]code-cache\.cjs$/ }, (args) => ({
      path: path.relative(outdir, path.resolve(args.resolveDir, args.path)).split(path.sep).join("/"),
      external: true,
    }));
  },
};

/**
 * `text` with every `import.meta.url` replaced by the URL of `file`, written relative to the
 * bundle's own URL (`__bundleUrl`, defined by the banner: a CommonJS file has no import.meta).
 */
function ownUrls(text, file) {
  const rel = path.relative(outdir, file).split(path.sep).join("/");
  return text.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel)}, __bundleUrl).href`);
}

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [path.join(dist, "cli", "main.js")],
  outfile: BUNDLE,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external: ["ajv", "ajv/*", "@apidevtools/*"],
  // import() of an external package becomes require() (see the check below).
  supported: { "dynamic-import": false },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [distModules],
  logLevel: "warning",
  legalComments: "none",
});
// The bundle is compiled through vm.Script, where an import() would need Node's experimental
// vm.USE_MAIN_CONTEXT_DEFAULT_LOADER: esbuild turns the external packages' import() into require().
if (/\bimport\(/.test(readFileSync(BUNDLE, "utf8"))) throw new Error(`build-bundle: ${BUNDLE} has a dynamic import()`);
// A quick check that the bundle loads (a broken bundle would otherwise show up only in a run).
const { loadCommonJs } = createRequire(import.meta.url)(path.join(dist, "code-cache.cjs"));
if (typeof loadCommonJs(BUNDLE).main !== "function") throw new Error(`build-bundle: ${BUNDLE} exports no main`);
