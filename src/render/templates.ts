// One Handlebars environment per run: the generator's built-in templates, with any file of the
// same name in the user's --template-dir taking its place. Compiled strict (a missing field is an
// error), without HTML escaping (escaping is done per context in the view-models) and with only
// known helpers.
//
// The built-in templates are precompiled by the build (scripts/build-templates.mjs writes
// dist/templates/<generator>.cjs), so a run loads only Handlebars' runtime; Handlebars' compiler is
// loaded only for a template whose precompiled form is missing or older than its source (each is
// checked by a hash of its text) and for the user's --template-dir templates.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type Handlebars from "handlebars";
import { loadCommonJs } from "../code-cache.cjs";
import { OaswrightError } from "../model/diagnostics.js";
import { HELPERS } from "./helpers.js";

const BUILTIN_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "templates");
const requireHere = createRequire(import.meta.url);
// Through the package root, so that it holds from dist/render/ and, in the tests, from src/render/.
const PRECOMPILED_ROOT = fileURLToPath(new URL("../../dist/templates/", import.meta.url));
const HandlebarsRuntime = requireHere("handlebars/runtime") as typeof Handlebars;

/** The options every template is compiled with, at build time and at run time. */
export function compileOptions(): PrecompileOptions {
  return { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((k) => [k, true])) };
}

type PrecompileOptions = Parameters<typeof Handlebars.precompile>[1];
type TemplateSpec = ReturnType<typeof Handlebars.precompile>;
/** dist/templates/<generator>.cjs: template name -> hash of its source and its precompiled form. */
export type PrecompiledTemplates = Record<string, { readonly hash: string; readonly spec: TemplateSpec }>;

/**
 * The hash that ties a precompiled template to its source text: the length and two 32-bit
 * multiplicative hashes of the UTF-16 units (FNV-1a, and the same with another multiplier). It only
 * tells an edited template from the one the build saw, so it needs no cryptographic strength;
 * computing it here spares a run loading node:crypto (~6 ms of a small spec's run).
 */
export function templateHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x9e3779b1);
  }
  return `${text.length.toString(16)}-${(a >>> 0).toString(16)}-${(b >>> 0).toString(16)}`;
}

/**
 * The JavaScript text of a template's precompiled form (Handlebars' compiler, loaded on first use),
 * its source locations made once (hoistLocations).
 */
export function precompileTemplate(text: string): string {
  return hoistLocations((requireHere("handlebars") as typeof Handlebars).precompile(text, compileOptions()) as unknown as string);
}

/**
 * A strict template passes the source location of every lookup to Handlebars' `container.strict`
 * as an object literal written in place (`{"start":{"line":8,"column":5},"end":{...}}`), so each
 * lookup of each render made three objects (GitHub's spec: millions), read only to report a field
 * the view lacks. Each location becomes an element of one list made when the template loads; the
 * same objects reach `strict`, so an error names the same place. Inside the template's own strings
 * a `"` is escaped, so the pattern matches only code.
 */
export function hoistLocations(spec: string): string {
  const locations: string[] = [];
  const code = spec.replace(LOCATION, (literal) => `loc[${locations.push(literal) - 1}]`);
  return locations.length === 0 ? spec : `(function () { var loc = [${locations.join(", ")}]; return ${code}; })()`;
}

/** A location as Handlebars' compiler writes it for a template without `srcName` (codeGen safeJsonLiteral). */
const LOCATION = /\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g;

function loadPrecompiled(generator: string): PrecompiledTemplates {
  try {
    return loadCommonJs(path.join(PRECOMPILED_ROOT, `${generator}.cjs`)) as PrecompiledTemplates;
  } catch {
    return {}; // not built (a checkout without `npm run build`): every template is compiled from its source
  }
}

export class TemplateEnv {
  private readonly hbs = HandlebarsRuntime.create();
  private readonly precompiled: PrecompiledTemplates;
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();
  private readonly sources = new Map<string, { text: string; file: string; user: boolean }>();

  /**
   * @param generator folder under templates/
   * @param overrideDir the user's --template-dir, if any
   */
  constructor(generator: string, overrideDir?: string) {
    this.precompiled = loadPrecompiled(generator);
    for (const [name, helper] of Object.entries(HELPERS)) this.hbs.registerHelper(name, helper);
    const builtin = path.join(BUILTIN_ROOT, generator);
    this.load(builtin, false);
    if (overrideDir !== undefined) {
      if (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory()) {
        throw new OaswrightError(`template dir ${overrideDir} does not exist`, [
          { level: "error", file: overrideDir, pointer: "", message: "--template-dir is not a directory" },
        ]);
      }
      this.load(overrideDir, true);
    }
    for (const [name, source] of this.sources) {
      if (name.startsWith("partials/")) this.hbs.registerPartial(name.slice("partials/".length), this.compile(name, source));
    }
  }

  has(name: string): boolean {
    return this.sources.has(name);
  }

  render(name: string, view: object): string {
    let template = this.compiled.get(name);
    if (!template) {
      const source = this.sources.get(name);
      if (!source) throw new Error(`no template ${name}`);
      template = this.compile(name, source);
      this.compiled.set(name, template);
    }
    try {
      const out = template(view);
      // Handlebars builds the text by concatenation: V8 holds it as a tree of pieces until something
      // reads a character, which makes it one flat string and the pieces garbage. Reading one now
      // lets them die young instead of being copied by every garbage collection until the file is
      // written (GitHub's spec: scavenges ~360 -> ~290 ms, peak RSS 214 -> 195 MB typescript,
      // 238 -> 205 MB python; same output).
      out.charCodeAt(0);
      return out;
    } catch (err) {
      const source = this.sources.get(name);
      if (err instanceof OaswrightError) throw err;
      const message = `template ${source?.file ?? name}: ${oneLine(err)}`;
      // A user's template that does not fit the view is the user's to fix; a built-in one is a bug.
      if (source?.user) throw new OaswrightError(`${message}; fix it, or remove it from --template-dir to use the built-in one`);
      throw new Error(message);
    }
  }

  private compile(name: string, source: { text: string; file: string; user: boolean }): Handlebars.TemplateDelegate {
    const built = source.user ? undefined : this.precompiled[name];
    if (built !== undefined && built.hash === templateHash(source.text)) return this.hbs.template(built.spec);
    try {
      // Handlebars' own way to load a precompiled template: its text is a JavaScript object literal.
      return this.hbs.template(new Function(`return ${precompileTemplate(source.text)};`)() as TemplateSpec);
    } catch (err) {
      throw new OaswrightError(`template ${source.file}: ${oneLine(err)}${source.user ? "; fix it, or remove it from --template-dir to use the built-in one" : ""}`);
    }
  }

  private load(dir: string, user: boolean, prefix = ""): void {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) this.load(full, user, `${prefix}${entry.name}/`);
      else if (entry.name.endsWith(".hbs")) {
        this.sources.set(`${prefix}${entry.name.slice(0, -4)}`, { text: readFileSync(full, "utf8"), file: full, user });
      }
    }
  }
}

/** Handlebars' parse errors span lines (message, source line, caret, expectation): keep the first and last. */
function oneLine(err: unknown): string {
  const lines = (err as Error).message.split("\n").filter((l) => l.trim() !== "");
  return lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : (lines[0] ?? "");
}
