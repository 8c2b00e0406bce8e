#!/usr/bin/env node
// The public conformance corpus (fixtures/conformance): generates every case and compares its docs
// with the OpenAPI Generator output the project published, through the golden harness
// (test/support/golden.ts, loaded with vite so the comparison exists once). Prints one line per case,
// `same/total` Markdown files, and the total as the last line.
//
//   npm run conformance [-- --verbose] [-- --case NAME ...]

import path from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const verbose = argv.includes("--verbose") || argv.includes("-v");
const only = argv.flatMap((a, i) => (argv[i - 1] === "--case" ? [a] : []));

const server = await createServer({
  root,
  configFile: false,
  // src/code-cache.cts is TypeScript too (as in vitest.config.ts): Vite transforms only .ts, .mts and JSX by default.
  oxc: { include: /\.(m?ts|cts|[jt]sx)$/ },
  logLevel: "error",
  appType: "custom",
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let same = 0;
let total = 0;
let whole = 0;
let count = 0;
try {
  const golden = await server.ssrLoadModule("/test/support/golden.ts");
  const cases = golden.goldenCases(undefined, golden.CONFORMANCE_ROOT).filter((c) => only.length === 0 || only.includes(c.name));
  const width = Math.max(...cases.map((c) => c.name.length));
  for (const c of cases) {
    let line;
    try {
      const r = await golden.runGoldenCase(c, golden.CONFORMANCE_ROOT);
      const n = r.identical.length + r.differing.length + r.missing.length;
      same += r.identical.length;
      total += n;
      count++;
      if (r.identical.length === n && r.extra.length === 0) whole++;
      const extra = r.extra.length > 0 ? ` (+${r.extra.length} extra)` : "";
      line = `${c.name.padEnd(width)}  ${c.generator.padEnd(12)} ${String(c.oagVersion ?? "").padEnd(8)} ${r.identical.length}/${n}${extra}`;
      if (verbose) {
        const problems = golden.describeProblems(r);
        if (problems) line += "\n" + problems.replace(/^/gm, "    ");
      }
    } catch (e) {
      const files = golden.expectedDocs(c, golden.CONFORMANCE_ROOT).length;
      total += files;
      count++;
      line = `${c.name.padEnd(width)}  ${c.generator.padEnd(12)} ${String(c.oagVersion ?? "").padEnd(8)} 0/${files} generation failed: ${String(e?.message ?? e).split("\n")[0]}`;
    }
    console.log(line);
  }
} finally {
  await server.close();
}
console.log(`total: ${same}/${total} files identical, ${whole}/${count} cases whole`);
