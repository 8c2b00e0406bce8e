// The build precompiles every built-in template (scripts/build-templates.mjs) and a run uses the
// precompiled form only while its hash matches the template's text (src/render/templates.ts); a
// mismatch falls back to compiling with Handlebars' compiler at run time, which gives the same
// output but costs a small spec's run a good part of its time. These tests keep the two in step.

import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileOptions, precompileTemplate, templateHash } from "../../src/render/templates.js";

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

describe("source locations of strict lookups (hoistLocations)", () => {
  const Handlebars = requireHere("handlebars") as typeof import("handlebars");
  const text = "{{#each items}}{{name}}: {{../title}}{{#if flag}} {{deep.value}}{{/if}}\n{{/each}}{{missing}}";

  it("are made once per template, not on every lookup", () => {
    const plain = Handlebars.precompile(text, compileOptions()) as unknown as string;
    expect(plain).toContain('{"start":{"line":1,');
    const hoisted = precompileTemplate(text);
    // every location is in the list made when the template loads, none is written at a lookup
    expect(hoisted.slice(hoisted.indexOf("return "))).not.toContain('{"start"');
    expect(hoisted.match(/loc\[\d+\]/g)?.length).toBe(plain.match(/\{"start":/g)?.length);
    for (const generator of generators) {
      expect(readFileSync(path.join(ROOT, "dist/templates", `${generator}.cjs`), "utf8"), generator).not.toMatch(/\(depth0, "[^"]*", \{"start"/);
    }
  });

  it("render and fail as the templates Handlebars writes", () => {
    const load = (spec: string) => Handlebars.create().template(new Function(`return ${spec};`)());
    const plain = load(Handlebars.precompile(text, compileOptions()) as unknown as string);
    const hoisted = load(precompileTemplate(text));
    const view = { title: "T", items: [{ name: "a", flag: true, deep: { value: 1 } }, { name: "b", flag: false }], missing: "!" };
    expect(hoisted(view)).toBe(plain(view));
    expect(hoisted(view)).toBe("a: T 1\nb: T\n!");
    const failure = (render: (v: object) => string) => {
      try {
        render({ title: "T", items: [] }); // no `missing`: strict mode throws with its location
      } catch (err) {
        return [(err as Error).message, (err as { lineNumber?: number }).lineNumber, (err as { column?: number }).column];
      }
      return undefined;
    };
    expect(failure(hoisted)).toEqual(failure(plain));
    expect(failure(hoisted)?.[0]).toContain('"missing" not defined');
  });
});
