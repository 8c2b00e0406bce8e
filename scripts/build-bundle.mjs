#!/usr/bin/env node
// Build step (npm run build, after tsc): bundles the command line into dist/bundle/ with esbuild,
// so that a run loads a handful of files instead of ~100 modules of dist/ one by one (module
// resolution and loading were a large part of a small spec's run). bin/oaswright.js runs it.
//
// - Split at the dynamic imports: each generator is its own chunk, loaded only when asked for.
// - Packages (yaml, ajv, swagger-parser, Handlebars' compiler) stay outside, loaded from
//   node_modules as before, and only when the run needs them; Handlebars' runtime, which every
//   run needs, is bundled.
// - Every module keeps its own `import.meta.url`: code that finds the package's files (templates/,
//   dist/templates/, dist/parse/openapi-validators/, package.json) relative to its own place in
//   dist/ finds them from the bundle just the same.
// The library entry (dist/index.js) is not bundled.
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const outdir = path.join(dist, "bundle");

/** Rewrites `import.meta.url` in each dist module to that module's own URL, relative to the bundle. */
const ownImportMetaUrl = {
  name: "own-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      return { contents: text.includes("import.meta.url") ? ownUrls(text, args.path) : text, loader: "js" };
    });
  },
};

/**
 * Handlebars' runtime (needed by every run that writes files; ~20 CommonJS files) goes into the
 * bundle: src/render/templates.ts loads it with a require of its own making, which esbuild cannot
 * follow, so that call becomes a plain require here. The build fails if the call is not found.
 */
const RUNTIME_REQUIRE = 'requireHere("handlebars/runtime")';
const bundleHandlebarsRuntime = {
  name: "bundle-handlebars-runtime",
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]render[\\/]templates\.js$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!text.includes(RUNTIME_REQUIRE)) throw new Error(`build-bundle: ${args.path} no longer has ${RUNTIME_REQUIRE}; update scripts/build-bundle.mjs`);
      return { contents: ownUrls(text.replace(RUNTIME_REQUIRE, 'require("handlebars/runtime")'), args.path), loader: "js" };
    });
  },
};

/**
 * The `yaml` library (~70 CommonJS files: resolving, reading and compiling them one by one was a
 * good part of reading a small YAML spec) is bundled on its own into dist/bundle/yaml.cjs, one
 * file that src/parse/yaml-lib.ts still requires only on first use. The library itself is
 * unchanged (same package, same version from node_modules). The build fails if that require
 * changes.
 */
const YAML_REQUIRE = 'createRequire(import.meta.url)("yaml")';
const YAML_BUNDLE = "yaml.cjs";
const requireBundledYaml = {
  name: "require-bundled-yaml",
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]parse[\\/]yaml-lib\.js$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!text.includes(YAML_REQUIRE)) throw new Error(`build-bundle: ${args.path} no longer has ${YAML_REQUIRE}; update scripts/build-bundle.mjs`);
      // Relative to the bundle module itself (import.meta.url as esbuild leaves it: dist/bundle/*.js).
      return { contents: text.replace(YAML_REQUIRE, `createRequire(import.meta.url)(${JSON.stringify(`./${YAML_BUNDLE}`)})`), loader: "js" };
    });
  },
};

/** `text` with every `import.meta.url` replaced by the URL of `file` (see above). */
function ownUrls(text, file) {
  const rel = path.relative(outdir, file).split(path.sep).join("/");
  return text.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel)}, import.meta.url).href`);
}

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: path.join(dist, "cli", "main.js") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // The packages the code imports stay outside (those it loads through createRequire, yaml and
  // Handlebars' compiler, are outside anyway: esbuild does not follow such requires).
  external: ["yaml", "ajv", "ajv/*", "@apidevtools/*"],
  chunkNames: "chunk-[hash]",
  plugins: [bundleHandlebarsRuntime, requireBundledYaml, ownImportMetaUrl],
  logLevel: "warning",
  legalComments: "none",
});
await build({
  entryPoints: [createRequire(import.meta.url).resolve("yaml")],
  outfile: path.join(outdir, YAML_BUNDLE),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  logLevel: "warning",
  legalComments: "none",
});
// A quick check that the entry loads (a broken bundle would otherwise show up only in a run).
await import(pathToFileURL(path.join(outdir, "main.js")).href);
if (createRequire(import.meta.url)(path.join(outdir, YAML_BUNDLE)).parse("a: [1]").a[0] !== 1) throw new Error(`build-bundle: ${YAML_BUNDLE} does not parse YAML`);
