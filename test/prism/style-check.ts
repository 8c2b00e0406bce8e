// A parameter as its OpenAPI style puts it on the wire (OAS 3.0.4 "Parameter Object", style values
// and their examples), for the requests Prism could not judge because it threw on them: TypeErrors in
// its path deserializers (label and matrix arrays, simple objects) and its refusal of objects in
// space- and pipe-delimited queries, which OAS 3 allows.
//
// Both sides are compared as lists of decoded tokens: the sent text is split on the style's
// delimiters where they appear unescaped, then each piece is percent-decoded, and the expected
// value is spelled the same way. A value's own delimiter characters must travel escaped, so a
// client that leaves them bare fails here, as a server would misread it.

import type { PlannedArg, PlannedCall } from "./plan.js";
import type { Json } from "./spec-doc.js";

/** Why each path/query/header parameter of the call was not sent as its style says; empty when all were. */
export function styleMismatches(call: PlannedCall, url: URL, headers: Readonly<Record<string, string | string[] | undefined>>): string[] {
  const out: string[] = [];
  const segments = pathSegments(call.path, url.pathname);
  const query = queryPairs(url.search);
  for (const arg of call.args) {
    const problem =
      arg.kind === "path" ? checkPath(arg, segments) : arg.kind === "query" ? checkQuery(arg, query) : arg.kind === "header" ? checkHeader(arg, headers) : undefined;
    if (problem) out.push(problem);
  }
  return out;
}

/** The raw (still encoded) text of each `{name}` of the path template in the sent path. */
function pathSegments(template: string, sentPath: string): Map<string, string> | undefined {
  const names: string[] = [];
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(m[1]!);
      return "([^/]*)";
    })
    .join("");
  // The server URL may add a base path before the template.
  const m = new RegExp(`${pattern}$`).exec(sentPath);
  if (!m) return undefined;
  return new Map(names.map((n, i) => [n, m[i + 1]!]));
}

function checkPath(arg: PlannedArg, segments: Map<string, string> | undefined): string | undefined {
  const raw = segments?.get(arg.wire);
  if (raw === undefined) return `path parameter ${arg.wire} not found in the sent path`;
  const style = arg.style ?? "simple";
  const explode = arg.explode ?? false;
  const { prefix, delimiters } = PATH_STYLES[style] ?? PATH_STYLES.simple!;
  const expected = prefix(arg.wire, explode) + spell(arg, explode, style);
  return compare(`path parameter ${arg.wire} (${style}${explode ? ", explode" : ""})`, expected, raw, delimiters);
}

const PATH_STYLES: Record<string, { prefix: (name: string, explode: boolean) => string; delimiters: RegExp }> = {
  simple: { prefix: () => "", delimiters: /[,=]/ },
  label: { prefix: () => ".", delimiters: /[.,=]/ },
  matrix: { prefix: () => "", delimiters: /[;,=]/ },
};

/** The value's text in its style, each token escaped as encodeURIComponent does, delimiters bare. */
function spell(arg: PlannedArg, explode: boolean, style: string): string {
  const v = arg.value;
  const e = (x: Json) => encodeURIComponent(token(x));
  const name = encodeURIComponent(arg.wire);
  if (Array.isArray(v)) {
    if (style === "matrix") return explode ? v.map((x) => `;${name}=${e(x)}`).join("") : `;${name}=${v.map(e).join(",")}`;
    if (style === "label") return v.map(e).join(explode ? "." : ",");
    return v.map(e).join(",");
  }
  if (v !== null && typeof v === "object") {
    const entries = Object.entries(v);
    if (style === "matrix") return explode ? entries.map(([k, x]) => `;${encodeURIComponent(k)}=${e(x)}`).join("") : `;${name}=${entries.map(([k, x]) => `${encodeURIComponent(k)},${e(x)}`).join(",")}`;
    const sep = style === "label" && explode ? "." : ",";
    return entries.map(([k, x]) => (explode ? `${encodeURIComponent(k)}=${e(x)}` : `${encodeURIComponent(k)},${e(x)}`)).join(sep);
  }
  if (style === "matrix") return `;${name}=${e(v)}`;
  return e(v);
}

function checkQuery(arg: PlannedArg, pairs: readonly (readonly [string, string])[]): string | undefined {
  const style = arg.style ?? "form";
  const explode = arg.explode ?? style === "form";
  const v = arg.value;
  const label = `query parameter ${arg.wire} (${style}${explode ? ", explode" : ""})`;
  const sentText = pairs.map(([k, x]) => `${k}=${x}`).join("&");
  if (style === "deepObject" && v !== null && typeof v === "object" && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) {
      const sent = pairs.find(([n]) => n === `${arg.wire}[${k}]`);
      if (!sent || !sameToken(token(x), formDecode(sent[1]))) return `${label}: ${arg.wire}[${k}]=${token(x)} not in ${JSON.stringify(sentText)}`;
    }
    return undefined;
  }
  if (explode && v !== null && typeof v === "object") {
    const expected = Array.isArray(v) ? v.map((x) => [arg.wire, token(x)] as const) : Object.entries(v).map(([k, x]) => [k, token(x)] as const);
    const missing = expected.filter(([k, x]) => !pairs.some(([n, s]) => n === k && sameToken(x, formDecode(s))));
    return missing.length > 0 ? `${label}: ${missing.map(([k, x]) => `${k}=${x}`).join("&")} not in ${JSON.stringify(sentText)}` : undefined;
  }
  const sent = pairs.filter(([n]) => n === arg.wire);
  if (sent.length !== 1) return `${label}: sent ${sent.length} times in ${JSON.stringify(sentText)}`;
  const delimiter = style === "spaceDelimited" ? /%20|\+| /i : style === "pipeDelimited" ? /%7C|\|/i : /,/;
  const join = style === "spaceDelimited" ? "%20" : style === "pipeDelimited" ? "|" : ",";
  const e = (x: Json) => encodeURIComponent(token(x));
  const expected = Array.isArray(v) ? v.map(e).join(join) : v !== null && typeof v === "object" ? Object.entries(v).map(([k, x]) => `${encodeURIComponent(k)}${join}${e(x)}`).join(join) : e(v);
  // Outside spaceDelimited a `+` is a space, as form encoding writes it.
  return compare(label, expected, style === "spaceDelimited" ? sent[0]![1] : sent[0]![1].replace(/\+/g, "%20"), delimiter);
}

function checkHeader(arg: PlannedArg, headers: Readonly<Record<string, string | string[] | undefined>>): string | undefined {
  const value = headers[arg.wire.toLowerCase()];
  if (value === undefined) return `header ${arg.wire} not sent`;
  const sent = Array.isArray(value) ? value.join(",") : value;
  const v = arg.value;
  const explode = arg.explode ?? false;
  // Header values are not percent-encoded: compare the tokens as they are.
  const expected = Array.isArray(v)
    ? v.map(token)
    : v !== null && typeof v === "object"
      ? Object.entries(v).flatMap(([k, x]) => (explode ? [`${k}=${token(x)}`] : [k, token(x)]))
      : [token(v)];
  const got = Array.isArray(v) || (v !== null && typeof v === "object") ? sent.split(",").map((s) => s.trim()) : [sent];
  return sameTokens(expected, got) ? undefined : `header ${arg.wire} (simple${explode ? ", explode" : ""}): expected ${JSON.stringify(expected.join(","))}, sent ${JSON.stringify(sent)}`;
}

function compare(label: string, expected: string, sent: string, delimiters: RegExp): string | undefined {
  // The delimiters stay in the lists (at odd places), so `.a.b` and `.a,b` differ.
  const split = (s: string) => s.split(new RegExp(`(${delimiters.source})`, "gi")).map((piece, i) => (i % 2 === 1 ? canonicalDelimiter(piece) : decode(piece)));
  return sameTokens(split(expected), split(sent)) ? undefined : `${label}: expected ${JSON.stringify(expected)}, sent ${JSON.stringify(sent)}`;
}

function canonicalDelimiter(d: string): string {
  const lower = d.toLowerCase();
  return lower === "%20" || lower === "+" ? " " : lower === "%7c" ? "|" : lower;
}

function sameTokens(expected: readonly string[], sent: readonly string[]): boolean {
  return expected.length === sent.length && expected.every((x, i) => sameToken(x, sent[i]!));
}

/** Equal text, the same number (`1` and `1.0`), or the same instant (date-times in other offsets). */
function sameToken(expected: string, sent: string): boolean {
  if (expected === sent) return true;
  if (expected !== "" && sent !== "" && !Number.isNaN(Number(expected)) && Number(expected) === Number(sent)) return true;
  const a = Date.parse(expected);
  return DATE_TIME.test(expected) && DATE_TIME.test(sent) && !Number.isNaN(a) && a === Date.parse(sent);
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function token(v: Json): string {
  if (v === null) return "";
  return typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function formDecode(s: string): string {
  return decode(s.replace(/\+/g, " "));
}

/** The query's name/value pairs, the names decoded and the values left as sent. */
function queryPairs(search: string): [string, string][] {
  return search
    .replace(/^\?/, "")
    .split("&")
    .filter((p) => p !== "")
    .map((p) => {
      const i = p.indexOf("=");
      const name = i < 0 ? p : p.slice(0, i);
      return [formDecode(name), i < 0 ? "" : p.slice(i + 1)];
    });
}
