// A --template-dir holding OpenAPI Generator's templates: oaswright's templates are Handlebars
// (`.hbs`) with their own names and views, so a `*.mustache` override would be silently unused.
// Say so, and name the templates that can be replaced.

import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { OaswrightError } from "../model/diagnostics.js";

const BUILTIN_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "templates");

/**
 * Throws when `dir` is not a folder, or holds `.mustache` files and no `.hbs` file; returns a
 * warning when it holds both (the `.mustache` ones are not read).
 */
export function checkTemplateDir(dir: string, generator: string): string[] {
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new OaswrightError(`--template-dir ${dir} is not a folder: give the folder that holds your .hbs templates`);
  const own = listFiles(dir);
  const mustache = own.filter((f) => f.endsWith(".mustache"));
  if (mustache.length === 0) return [];
  if (own.some((f) => f.endsWith(".hbs"))) {
    return [`--template-dir ${dir}: ${mustache.join(", ")} ${mustache.length === 1 ? "is an OpenAPI Generator template" : "are OpenAPI Generator templates"}, not read by oaswright (only .hbs files are)`];
  }
  const names = builtinTemplateNames(generator);
  throw new OaswrightError(
    `--template-dir ${dir} holds OpenAPI Generator templates (${mustache.slice(0, 3).join(", ")}${mustache.length > 3 ? ", ..." : ""}), which oaswright does not read: ` +
      `write Handlebars templates named like the ${generator} generator's own (${names.join(", ")}; see templates/${generator}/ in the package)`,
  );
}

/** The built-in template names of a generator, `/`-separated, with their `.hbs`. */
export function builtinTemplateNames(generator: string): string[] {
  return listFiles(path.join(BUILTIN_ROOT, generator)).filter((f) => f.endsWith(".hbs"));
}

function listFiles(dir: string, prefix = ""): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`));
    else out.push(`${prefix}${entry.name}`);
  }
  return out;
}
