// One Handlebars environment per run: the generator's built-in templates, with any file of the
// same name in the user's --template-dir taking its place. Compiled strict (a missing field is an
// error), without HTML escaping (escaping is done per context in the view-models) and with only
// known helpers.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { OaswrightError } from "../model/diagnostics.js";
import { HELPERS } from "./helpers.js";

const BUILTIN_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "templates");

export class TemplateEnv {
  private readonly hbs = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();
  private readonly sources = new Map<string, { text: string; file: string; user: boolean }>();

  /**
   * @param generator folder under templates/
   * @param overrideDir the user's --template-dir, if any
   */
  constructor(generator: string, overrideDir?: string) {
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
      return template(view);
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
    try {
      return this.hbs.compile(source.text, { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: knownHelpers() });
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

function knownHelpers(): Record<string, boolean> {
  return Object.fromEntries(Object.keys(HELPERS).map((k) => [k, true]));
}
