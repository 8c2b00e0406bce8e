// openapi-generator-cli's `glob` entries: the spec files a pattern matches, as its glob library
// reads patterns (`*` and `?` within a name, `**` across folders including none, `{a,b}`, `[...]`).
// Relative to the openapitools.json folder; folders named node_modules or starting with a dot are
// not searched unless the pattern names them.

import { readdirSync } from "node:fs";
import path from "node:path";

export function expandGlob(dir: string, pattern: string): string[] {
  const normalized = pattern.replace(/\\/g, "/");
  const absolute = path.posix.isAbsolute(normalized);
  const parts = normalized.split("/");
  // The fixed folders before the first part with a wildcard.
  let fixed = 0;
  while (fixed < parts.length - 1 && !/[*?[{]/.test(parts[fixed]!)) fixed++;
  const base = path.resolve(absolute ? "/" : dir, ...parts.slice(0, fixed));
  const rest = parts.slice(fixed).join("/");
  const regex = globToRegex(rest);
  const found: string[] = [];
  const walk = (folder: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const relPath = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if ((e.name === "node_modules" || e.name.startsWith(".")) && !rest.includes(e.name)) continue;
        walk(path.join(folder, e.name), relPath);
      } else if (regex.test(relPath)) {
        found.push(path.join(base, ...relPath.split("/")));
      }
    }
  };
  walk(base, "");
  return found.sort();
}

function globToRegex(glob: string): RegExp {
  let out = "";
  let group = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      // `**/` is any number of folders, none included; a trailing `**` is anything.
      if (glob[i + 2] === "/") {
        out += "(?:[^/]*/)*";
        i += 2;
      } else {
        out += ".*";
        i += 1;
      }
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "{") {
      out += "(?:";
      group++;
    } else if (c === "}" && group > 0) {
      out += ")";
      group--;
    } else if (c === "," && group > 0) out += "|";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close < 0) out += "\\[";
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        out += `[${body}]`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
}
