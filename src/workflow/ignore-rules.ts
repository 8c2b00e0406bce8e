// `.openapi-generator-ignore`: which generated files a run leaves alone. The rules are OpenAPI
// Generator's, including its departures from .gitignore (read from ignore/CodegenIgnoreProcessor
// and ignore/rules/*): a pattern is matched against the whole path relative to the output folder,
// so `docs/*.md` and `README.md` only match at the top; `**` crosses folders; a line ending in `/`
// matches that folder and everything under it; `!` re-includes a file, but not one whose folder
// is excluded unless the `!` rule names a folder too; a lone `*` matches top-level files without
// an extension.

/** One token of a line (IgnoreLineParser.Token). */
type PartKind = "matchAll" | "matchAny" | "escapedBang" | "escapedSpace" | "delim" | "negate" | "text" | "dirMarker" | "rooted" | "comment";

interface Part {
  readonly kind: PartKind;
  readonly text: string;
}

type Rule =
  | { readonly kind: "glob"; readonly negated: boolean; readonly regex: RegExp }
  | { readonly kind: "directory"; readonly negated: boolean; readonly dir: RegExp; readonly contents: RegExp }
  | { readonly kind: "topLevelName"; readonly negated: boolean; readonly name: string; readonly extension: string }
  | { readonly kind: "never"; readonly negated: boolean };

export class IgnoreRules {
  private readonly exclusions: Rule[] = [];
  private readonly inclusions: Rule[] = [];

  /** `text`: the ignore file's contents; none means every file is allowed. */
  constructor(text?: string) {
    if (text === undefined) return;
    for (const line of text.split(/\r\n|\r|\n/)) {
      if (line === "") continue;
      const rule = parseRule(line);
      if (rule === undefined) continue;
      (rule.negated ? this.inclusions : this.exclusions).push(rule);
    }
  }

  /** `rel`: a `/`-separated path relative to the output folder. CodegenIgnoreProcessor.allowsFile. */
  allows(rel: string): boolean {
    let excluded = false;
    let folderExcluded = false;
    for (const rule of this.exclusions) {
      if (!matches(rule, rel)) continue;
      excluded = true;
      if (rule.kind === "directory") folderExcluded = true;
    }
    if (!excluded) return true;
    // A file under an excluded folder comes back only through a `!folder/` rule.
    return this.inclusions.some((rule) => matches(rule, rel) && (rule.kind === "directory" || !folderExcluded));
  }
}

function matches(rule: Rule, rel: string): boolean {
  switch (rule.kind) {
    case "glob":
      return rule.regex.test(rel);
    case "directory":
      return rule.contents.test(rel) || rule.dir.test(rel);
    case "topLevelName":
      return matchesTopLevelName(rule.name, rule.extension, rel);
    case "never":
      return false;
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/** Rule.create: the kind of rule a line makes; undefined for comments and blank lines. */
function parseRule(line: string): Rule | undefined {
  if (line === "." || line === "!." || line.startsWith("..")) return { kind: "never", negated: line.startsWith("!") };
  let parts: Part[];
  try {
    parts = tokenize(line);
  } catch {
    return { kind: "never", negated: false };
  }
  if (parts.length === 0) return undefined;
  if (parts[0]!.kind === "comment") return undefined;
  const negated = parts[0]!.kind === "negate";
  const pattern = parts.filter((p) => p.kind !== "negate" && p.kind !== "rooted" && p.kind !== "comment").map((p) => p.text).join("");
  if (parts.length === 1 && parts[0]!.kind === "matchAny") {
    // RootedFileRule, made only for a lone `*`: name and extension split at the last dot.
    const dot = line.lastIndexOf(".");
    return { kind: "topLevelName", negated, name: line.slice(line.startsWith("/") ? 1 : 0, dot > 0 ? dot : line.length), extension: line.slice(dot > 0 ? dot + 1 : line.length) };
  }
  if (parts.length > 1 && parts[parts.length - 1]!.kind === "dirMarker") {
    const base = pattern.endsWith("/") ? pattern : `${pattern}/`;
    return { kind: "directory", negated, dir: globRegex(base), contents: globRegex(`${base}**`) };
  }
  return { kind: "glob", negated, regex: globRegex(pattern) };
}

/** IgnoreLineParser.parse, including its quirks (text before `**` is not flushed first). */
function tokenize(line: string): Part[] {
  const parts: Part[] = [];
  let text = "";
  const chars = [...line];
  for (let i = 0; i < chars.length; i++) {
    let c = chars[i]!;
    const next = chars[i + 1];
    if (i === 0) {
      if (c === "#") return [{ kind: "comment", text: "" }];
      if (c === "!") {
        if (chars.length === 1) throw new Error("negation with no pattern");
        parts.push({ kind: "negate", text: "!" });
        continue;
      }
      if (c === "\\" && next === "#") {
        c = "#";
        i++;
        text += c;
        continue;
      }
    }
    if (c === "*") {
      if (next === "*") {
        if (i + 2 < chars.length - 1 && chars[i + 2] === "*") throw new Error("*** is invalid");
        parts.push({ kind: "matchAll", text: "**" });
        i++;
        continue;
      }
      if (text !== "") parts.push({ kind: "text", text });
      text = "";
      parts.push({ kind: "matchAny", text: "*" });
      continue;
    }
    if (i === 0 && c === "/") {
      parts.push({ kind: "rooted", text: "/" });
      continue;
    }
    if (c === "\\" && (next === " " || next === "!")) {
      parts.push(next === " " ? { kind: "escapedSpace", text: "\\ " } : { kind: "escapedBang", text: "\\!" });
      i++;
      continue;
    }
    if (c === "/") {
      if (i !== chars.length - 1) {
        if (text !== "") parts.push({ kind: "text", text });
        text = "";
        parts.push({ kind: "delim", text: "/" });
        if (next === "/") i++;
      } else {
        parts.push({ kind: "text", text });
        text = "";
        parts.push({ kind: "dirMarker", text: "/" });
      }
      continue;
    }
    text += c;
  }
  if (text !== "") parts.push({ kind: "text", text: text.trim() });
  return parts;
}

/** A glob as java.nio's PathMatcher reads it ("glob:" syntax), matched against the whole path. */
function globRegex(glob: string): RegExp {
  let out = "";
  let inGroup = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "\\") {
      const next = glob[i + 1];
      if (next !== undefined) {
        out += escapeRegex(next);
        i++;
      }
      continue;
    }
    if (c === "*") {
      if (glob[i + 1] === "*") {
        out += ".*";
        i++;
      } else out += "[^/]*";
      continue;
    }
    if (c === "?") {
      out += "[^/]";
      continue;
    }
    if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close < 0) {
        out += "\\[";
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negate = body.startsWith("!");
      if (negate) body = body.slice(1);
      out += `(?![/])[${negate ? "^" : ""}${body.replace(/[\\\]^]/g, "\\$&")}]`;
      i = close;
      continue;
    }
    if (c === "{" && !inGroup) {
      out += "(?:";
      inGroup = true;
      continue;
    }
    if (c === "}" && inGroup) {
      out += ")";
      inGroup = false;
      continue;
    }
    if (c === "," && inGroup) {
      out += "|";
      continue;
    }
    out += escapeRegex(c);
  }
  if (inGroup) out += ")";
  return new RegExp(`^${out}$`, "s");
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** RootedFileRule.matches: a top-level path whose name and extension fit the rule's. */
function matchesTopLevelName(name: string, extension: string, rel: string): boolean {
  if (rel.lastIndexOf("/") > 0) return false;
  const dot = rel.lastIndexOf(".");
  const fileName = rel.slice(0, dot > 0 ? dot : rel.length);
  const fileExtension = rel.slice(dot > 0 ? dot + 1 : rel.length);
  const extensionMatches = extension === fileExtension || extension === "*";
  if (extensionMatches && name.includes("*")) {
    return new RegExp(`^${name.split("*").map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*?")}$`, "s").test(fileName);
  }
  return extensionMatches && name === fileName;
}
