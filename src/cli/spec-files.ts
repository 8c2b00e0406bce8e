// The local files a spec is made of: the spec and every file its `$ref`s reach, transitively.
// `--watch` watches them. URLs are not watched.

import { readFileSync } from "node:fs";
import path from "node:path";
import { yamlLib } from "../parse/yaml-lib.js";

const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;

export function specFiles(spec: string): string[] {
  if (URL_PATTERN.test(spec)) return [];
  const found = new Set<string>();
  const visit = (file: string): void => {
    if (found.has(file)) return;
    found.add(file);
    let doc: unknown;
    try {
      doc = yamlLib().parse(readFileSync(file, "utf8"), { maxAliasCount: -1, uniqueKeys: false });
    } catch {
      return; // watched anyway: a fix to a broken file triggers the next run
    }
    for (const ref of refsIn(doc)) {
      const target = ref.split("#")[0]!;
      if (target === "" || URL_PATTERN.test(target)) continue;
      visit(path.resolve(path.dirname(file), decodeURIComponent(target)));
    }
  };
  visit(path.resolve(spec));
  return [...found];
}

function refsIn(node: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) stack.push(...n);
    else if (n !== null && typeof n === "object") {
      for (const [k, v] of Object.entries(n)) {
        if (k === "$ref" && typeof v === "string") out.push(v);
        else stack.push(v);
      }
    }
  }
  return out;
}
