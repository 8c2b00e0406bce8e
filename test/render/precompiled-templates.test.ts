// The build precompiles every built-in template (scripts/build-templates.mjs) and a run uses the
// precompiled form only while its hash matches the template's text (src/render/templates.ts); a
// mismatch falls back to compiling with Handlebars' compiler at run time, which gives the same
// output but costs a small spec's run a good part of its time. These tests keep the two in step.

import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { templateHash } from "../../src/render/templates.js";

const ROOT = path.resolve(__dirname, "../..");
const requireHere = createRequire(import.meta.url);

function templatesUnder(dir: string, prefix = ""): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e): [string, string][] =>
    e.isDirectory() ? templatesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith(".hbs") ? [[`${prefix}${e.name.slice(0, -4)}`, path.join(dir, e.name)]] : [],
  );
}

const generators = readdirSync(path.join(ROOT, "templates"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe("precompiled templates", () => {
  it.each(generators)("%s: every template's precompiled form was built from its current text", (generator) => {
    const built = requireHere(path.join(ROOT, "dist/templates", `${generator}.cjs`)) as Record<string, { hash: string }>;
    const sources = templatesUnder(path.join(ROOT, "templates", generator));
    expect(sources.length).toBeGreaterThan(0);
    for (const [name, file] of sources) expect(built[name]?.hash, `${generator}/${name}`).toBe(templateHash(readFileSync(file, "utf8")));
    expect(Object.keys(built).sort()).toEqual(sources.map(([name]) => name).sort());
  });

  it("tells edited texts apart", () => {
    const text = readFileSync(path.join(ROOT, "templates", generators[0]!, templatesUnder(path.join(ROOT, "templates", generators[0]!))[0]![0] + ".hbs"), "utf8");
    const edits = [text + " ", " " + text, text.replace(/\w/, (c) => (c === "a" ? "b" : "a")), text.slice(0, -1), `${text.slice(0, 10)}\n${text.slice(10)}`];
    const hashes = new Set([text, ...edits].map(templateHash));
    expect(hashes.size).toBe(edits.length + 1);
  });
});
