// Writes the README's option tables ("Generator options") from the generators' own option lists, so
// the README says what the code does. `--check` only reports whether the README is current (the test
// test/cli/readme-options.test.ts runs it). Needs the build (dist/).

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generatorNames, loadGenerator } from "../dist/generators/index.js";

const README = fileURLToPath(new URL("../README.md", import.meta.url));

const cell = (text) => String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");

export async function currentReadme(text) {
  let out = text;
  for (const name of generatorNames()) {
    const generator = await loadGenerator(name);
    const rows = generator.options.map((o) => `| \`${o.name}\` | ${o.default !== undefined && o.default !== "" ? `\`${cell(o.default)}\`` : ""} | ${cell(o.description)} |`);
    const table = ["| option | default | what it does |", "| --- | --- | --- |", ...rows].join("\n");
    const heading = `#### \`${name}\`\n\n`;
    const start = out.indexOf(heading);
    if (start < 0) throw new Error(`README.md has no section ${heading.trim()}`);
    const tableStart = start + heading.length;
    const end = out.indexOf("\n\n", tableStart);
    out = out.slice(0, tableStart) + table + out.slice(end < 0 ? out.length : end);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = readFileSync(README, "utf8");
  const next = await currentReadme(text);
  if (process.argv.includes("--check")) {
    if (next !== text) {
      console.error("README.md's option tables differ from the generators' options: run node scripts/readme-options.mjs");
      process.exit(1);
    }
  } else if (next !== text) writeFileSync(README, next);
}
