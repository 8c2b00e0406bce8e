// The verdict on one call: Prism's request violations, what the request carried against what was
// passed, Prism's response against the spec (when Prism made invalid data the call is "not judged"),
// and whether the client decoded the response.

import { CRASHED, type Recorded } from "./mock-server.js";
import type { PlannedArg, PlannedCall } from "./plan.js";
import { sanitizedXmlName, XmlReader } from "../support/xml-reader.js";
import { joinPointer, splitPointer, type Json, type JsonObject, type SpecDoc } from "./spec-doc.js";
import { styleMismatches } from "./style-check.js";
import { BINARY_MARK, FILE_TEXT } from "./values.js";

export type Verdict = { readonly status: "ok" } | { readonly status: "failed"; readonly message: string } | { readonly status: "not judged"; readonly reason: string };

export function judgeCall(spec: SpecDoc, call: PlannedCall, clientError: string | undefined, records: readonly Recorded[]): Verdict {
  if (call.notJudged) return { status: "not judged", reason: call.notJudged };
  const rec = records[0];
  if (!rec) return { status: "failed", message: clientError ? `nothing sent; the client threw ${clientError}` : "nothing sent" };
  if (/[#?]/.test(call.path)) {
    // AWS's pseudo paths (`/{Bucket}#cors`, `/{Bucket}?website`): Prism matches the path key
    // literally, so it routes the request elsewhere or nowhere. What was sent is still checked.
    const sent = [...call.args.map((a) => (isXmlBody(call, a) ? undefined : checkArg(a, rec, call.mediaType))), checkXmlBody(spec, call, rec)].filter((m): m is string => m !== undefined);
    if (sent.length > 0) return { status: "failed", message: `request: ${sent.join("; ")}` };
    return { status: "not judged", reason: "Prism cannot route a path key holding a fragment or a query (it matches the key literally); the request itself was checked" };
  }
  if (rec.status === CRASHED) {
    // Prism died on this request, sent alone. Its style deserializers throw a plain Error on a
    // malformed parameter (a label value without its "."): the client's fault. A TypeError is a bug
    // of Prism's own, and it refuses objects in space/pipe-delimited styles, which OAS 3.x allows:
    // then the parameters are checked here against their OAS styles instead.
    const crash = rec.responseBody.toString("utf8");
    if (/^Error: /.test(crash) && !/only applicable to array parameter/.test(crash)) return { status: "failed", message: `Prism crashed on the request: ${crash}` };
    const sent = styleMismatches(call, new URL(rec.url, "http://127.0.0.1"), rec.headers);
    if (sent.length > 0) return { status: "failed", message: `request: ${sent.join("; ")}` };
    return { status: "not judged", reason: `Prism crashed (its own limit; the parameters were checked against their styles): ${crash}` };
  }
  if (rec.status === 599) return { status: "not judged", reason: `Prism did not answer: ${rec.responseBody.toString("utf8")}` };
  const prismLimit = prismOwnError(rec);
  if (prismLimit) return { status: "not judged", reason: `Prism: ${prismLimit}` };
  const violations = prismViolations(rec);
  if (violations && /multipart\//.test(String(rec.headers["content-type"] ?? "")) && violations.split("; ").filter((v) => v !== "Invalid request").every((v) => /must be (object|array)(,null)?$|^Reserved characters used in request body$/.test(v))) {
    // Prism reads every multipart part as text: a JSON part or repeated file parts never validate.
    // It also applies `allowReserved` to multipart parts, which OAS 3.x limits to
    // application/x-www-form-urlencoded, so a JSON part (with its ',') is refused.
    return { status: "not judged", reason: `Prism cannot decode object or array multipart parts: ${violations}` };
  }
  if (violations && isXml(call.mediaType) && violations.split("; ").filter((v) => v !== "Invalid request").every((v) => /^Request body must be (object|array)$/.test(v))) {
    // Prism parses no XML: it validates an XML body's text against the schema as a string, and
    // refuses it. The judge validates instead: the document is parsed strictly and read back by
    // the spec's `xml` objects (OAS "XML Object"), and must equal the argument; the other
    // arguments must be carried; and the client must raise for Prism's refusal, as for any 4xx.
    // Such a call is ok on its request and on the client's handling of the answer it got; no 2xx
    // response was decoded.
    const sent = [...call.args.map((a) => (isXmlBody(call, a) ? undefined : checkArg(a, rec, call.mediaType, spec))), checkXmlBody(spec, call, rec)].filter((m): m is string => m !== undefined);
    if (sent.length > 0) return { status: "failed", message: `request: ${sent.join("; ")}` };
    return clientError ? { status: "ok" } : { status: "failed", message: `the client returned normally on Prism's refusal (status ${rec.status})` };
  }
  if (violations) return { status: "failed", message: `Prism: ${violations}` };
  const mismatches = [...call.args.map((a) => (isXmlBody(call, a) ? undefined : checkArg(a, rec, call.mediaType, spec))), checkXmlBody(spec, call, rec)].filter((m): m is string => m !== undefined);
  if (mismatches.length > 0) return { status: "failed", message: `request: ${mismatches.join("; ")}` };
  const invalid = checkResponse(spec, call, rec);
  if (rec.status < 200 || rec.status >= 300) {
    // Prism answers with a declared error response when the operation declares no success (or
    // with the 1xx/3xx the operation declares): the clients, as OAG's, raise for every status
    // outside 2xx.
    if (invalid !== undefined && invalid.startsWith("status")) return { status: "failed", message: `status ${rec.status}: ${rec.responseBody.toString("utf8").slice(0, 300)}` };
    return clientError ? { status: "ok" } : { status: "failed", message: `the client returned normally on status ${rec.status}` };
  }
  if (invalid) return { status: "not judged", reason: `Prism's response is not valid for the spec: ${invalid}` };
  if (clientError) return { status: "failed", message: `client: ${clientError}` };
  return { status: "ok" };
}

function prismViolations(rec: Recorded): string | undefined {
  const header = rec.responseHeaders["sl-violations"];
  if (typeof header === "string") {
    try {
      const list = violationList(header);
      // Prism also lists its own response's problems here: only the request's are the client's.
      const errors = list.filter((v) => v.severity === "Error" && v.location?.[0] === "request");
      if (errors.length > 0) return errors.map((v) => v.message).join("; ");
    } catch {
      return header;
    }
  }
  const type = String(rec.responseHeaders["content-type"] ?? "");
  if (type.includes("problem+json")) {
    try {
      const body = JSON.parse(rec.responseBody.toString("utf8")) as { type?: string; title?: string; validation?: { message?: string }[] };
      // Request problems only; NO_RESPONSE_DEFINED and the like are Prism's own limits (see judgeCall).
      if (/#(UNPROCESSABLE_ENTITY|UNAUTHORIZED|NOT_ACCEPTABLE|UNSUPPORTED_MEDIA_TYPE|NOT_FOUND|NO_PATH_MATCHED_ERROR|NO_METHOD_MATCHED_ERROR)$/.test(body.type ?? "")) return [body.title, ...(body.validation ?? []).map((v) => v.message)].join("; ");
    } catch {
      // not Prism's
    }
  }
  return undefined;
}

type Violation = { severity?: string; message?: string; location?: string[] };

/**
 * Prism's `sl-violations` list. Past 8 KB Prism cuts the JSON text and prefixes "Too many
 * violations! " (prism-http-server's addViolationHeader); its list holds the request's violations
 * before the response's, so the entries that survive the cut are read, and when they reach the
 * response's, no request violation was cut off.
 */
export function violationList(header: string): Violation[] {
  const cut = /^Too many violations! /.exec(header);
  if (!cut) return JSON.parse(header) as Violation[];
  const text = header.slice(cut[0].length);
  for (let end = text.lastIndexOf("},{"); end > 0; end = text.lastIndexOf("},{", end - 1)) {
    try {
      const list = JSON.parse(`${text.slice(0, end + 1)}]`) as Violation[];
      if (list.some((v) => v.location?.[0] === "response") || list.some((v) => v.severity === "Error" && v.location?.[0] === "request")) return list;
      break;
    } catch {
      // the cut fell inside a string holding "},{": try the boundary before
    }
  }
  throw new Error("a cut violation list with no entry that tells");
}

function prismOwnError(rec: Recorded): string | undefined {
  if (!String(rec.responseHeaders["content-type"] ?? "").includes("problem+json")) return undefined;
  try {
    const body = JSON.parse(rec.responseBody.toString("utf8")) as { type?: string; title?: string };
    if (/#(NO_RESPONSE_DEFINED|NO_SERVER_MATCHED_ERROR|UNKNOWN)$/.test(body.type ?? "") || /cannot serialise|serializ/i.test(body.title ?? "")) return body.title;
  } catch {
    // not Prism's
  }
  return undefined;
}

/** Property name -> the defaults (as JSON text) declared for it anywhere under the schema at `pointer`. */
function declaredDefaults(spec: SpecDoc, pointer: string | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (pointer === undefined) return out;
  const seen = new Set<Json>();
  const walk = (node: Json | undefined, depth: number): void => {
    const s = spec.deref(node);
    if (!s || typeof s !== "object" || Array.isArray(s) || seen.has(s) || depth > 40) return;
    seen.add(s);
    const props = s.properties;
    if (props && typeof props === "object" && !Array.isArray(props)) {
      for (const [name, p] of Object.entries(props)) {
        const prop = spec.deref(p);
        if (prop && typeof prop === "object" && !Array.isArray(prop) && "default" in prop) {
          const set = out.get(name) ?? new Set<string>();
          set.add(JSON.stringify(prop.default));
          out.set(name, set);
        }
        walk(p, depth + 1);
      }
    }
    for (const key of ["allOf", "oneOf", "anyOf"]) if (Array.isArray(s[key])) for (const m of s[key] as Json[]) walk(m, depth + 1);
    for (const key of ["items", "additionalProperties"]) if (s[key] && typeof s[key] === "object") walk(s[key], depth + 1);
  };
  walk(spec.at(pointer), 0);
  return out;
}

function isXml(mediaType: string | undefined): boolean {
  return /[/+]xml\s*(;|$)/i.test(mediaType ?? "");
}

/** A structured body under an XML media type (checkXmlBody judges it). */
function isXmlBody(call: PlannedCall, arg: PlannedArg): boolean {
  return arg.kind === "body" && isXml(call.mediaType) && arg.value !== null && typeof arg.value === "object";
}

/**
 * Why a structured body declared as XML does not carry the argument: the document must be
 * well-formed (a strict, namespace-aware parser), its root element must be named as the OAS says
 * (the body schema's `xml.name`, else its component name; for an inline schema of one object
 * property, AWS's form, that property's element; another inline schema's root has no name to
 * check), and reading it back by the spec's `xml` objects (test/support/xml-reader.ts) must give
 * the argument. Compared as XML can carry it: scalars as their text (a number or boolean as JSON
 * spells it, date-times as instants), element names sanitized as the clients document it, nulls
 * and empty unwrapped arrays (which write nothing) as absent.
 */
function checkXmlBody(spec: SpecDoc, call: PlannedCall, rec: Recorded): string | undefined {
  const body = call.args.find((a) => isXmlBody(call, a));
  if (!body) return undefined;
  const sent = rec.body.toString("utf8");
  const schema = body.schemaPointer !== undefined ? (spec.at(body.schemaPointer) as { [key: string]: unknown } | undefined) : undefined;
  if (schema === undefined) return /^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_][^>]*>/.test(sent) ? undefined : `body declared ${call.mediaType} is not XML: ${sent.slice(0, 120)}`;
  const reader = new XmlReader(spec.doc, { instants: false });
  const resolved = reader.resolve(schema);
  let rootKey: string | undefined;
  let rootName: string | undefined = resolved.xml.name as string | undefined;
  if (rootName === undefined && typeof schema.$ref === "string") rootName = splitPointer(schema.$ref).pop();
  if (rootName === undefined) {
    const props = [...reader.properties(resolved.schema)];
    const only = props.length === 1 && resolved.schema.additionalProperties === undefined ? reader.resolve(props[0]![1]) : undefined;
    if (only !== undefined && only.xml.attribute !== true && (only.schema.type === "object" || reader.properties(only.schema).size > 0)) {
      rootKey = props[0]![0];
      rootName = (only.xml.name as string | undefined) ?? rootKey;
    }
  }
  let reading;
  try {
    reading = reader.read(sent, schema, rootKey);
  } catch (e) {
    return `body declared ${call.mediaType}: ${(e as Error).message.split("\n")[0]}`;
  }
  if (rootName !== undefined && reading.root.name !== sanitizedXmlName(rootName)) return `XML root element <${reading.root.name}> instead of <${sanitizedXmlName(rootName)}>`;
  if (reading.problems.length > 0) return `XML body: ${reading.problems.join("; ")}`;
  const diff = wireDiff(asXmlCarries(body.value), asXmlCarries(reading.value as Json), "XML body");
  return diff;
}

/** A value as XML carries it (see checkXmlBody). */
function asXmlCarries(value: Json): Json {
  if (value === null) return null;
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(asXmlCarries);
  if (typeof value === "object") {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null || (Array.isArray(v) && v.length === 0)) continue;
      out[sanitizedXmlName(k)] = asXmlCarries(v);
    }
    return out;
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

const text = (v: Json) => (typeof v === "string" ? v : JSON.stringify(v));

function leaves(v: Json): string[] {
  if (Array.isArray(v)) return v.flatMap(leaves);
  if (v && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => [k, ...leaves(x)]);
  return v === null ? [] : [text(v)];
}

function checkArg(arg: PlannedArg, rec: Recorded, mediaType: string | undefined, spec?: SpecDoc): string | undefined {
  // A binary (file) parameter carries the file's content, which the drivers fill with FILE_TEXT.
  const a = arg.kind !== "body" && arg.kind !== "form" && arg.value === BINARY_MARK ? { ...arg, value: FILE_TEXT } : arg;
  const url = new URL(rec.url, "http://127.0.0.1");
  switch (a.kind) {
    case "path": {
      const path = safeDecode(url.pathname);
      const missing = leaves(a.value).filter((l) => !carries(path, l));
      return missing.length > 0 ? `path parameter ${a.wire}: ${missing.map((m) => JSON.stringify(m)).join(", ")} not in ${JSON.stringify(path)}` : undefined;
    }
    case "query": {
      const query = safeDecode(url.search.replace(/\+/g, " "));
      const missing = leaves(a.value).filter((l) => !carries(query, l));
      if (a.value !== null && typeof a.value !== "object" && !url.searchParams.getAll(a.wire).some((x) => carries(x, text(a.value)))) {
        return `query parameter ${a.wire}=${text(a.value)} not in ${JSON.stringify(url.search)}`;
      }
      return missing.length > 0 ? `query parameter ${a.wire}: ${missing.map((m) => JSON.stringify(m)).join(", ")} not in ${JSON.stringify(query)}` : undefined;
    }
    case "header": {
      const value = rec.headers[a.wire.toLowerCase()];
      if (value === undefined) return `header ${a.wire} not sent`;
      const sent = Array.isArray(value) ? value.join(",") : value;
      const missing = leaves(a.value).filter((l) => !carries(sent, l));
      return missing.length > 0 ? `header ${a.wire}: ${missing.join(", ")} not in ${JSON.stringify(sent)}` : undefined;
    }
    case "cookie": {
      const cookie = safeDecode(String(rec.headers.cookie ?? ""));
      // An exploded object cookie sends its properties as cookies of their own.
      const sent = cookie.includes(`${a.wire}=`) || (a.value !== null && typeof a.value === "object" && leaves(a.value).every((l) => carries(cookie, l)));
      return sent ? undefined : `cookie ${a.wire} not in ${JSON.stringify(cookie)}`;
    }
    case "form": {
      const body = rec.body.toString("latin1");
      if ((mediaType ?? "").includes("multipart")) return body.includes(`name="${a.wire}"`) ? undefined : `multipart part ${a.wire} not sent`;
      return new URLSearchParams(body).has(a.wire) ? undefined : `form field ${a.wire} not in ${JSON.stringify(body.slice(0, 200))}`;
    }
    case "body": {
      const type = String(rec.headers["content-type"] ?? "");
      if (/json/i.test(mediaType ?? "")) {
        if (!/json/i.test(type)) return `body sent as ${JSON.stringify(type)}, not ${mediaType}`;
        let sent: Json;
        try {
          sent = JSON.parse(rec.body.toString("utf8")) as Json;
        } catch {
          return `body is not JSON: ${rec.body.toString("utf8").slice(0, 200)}`;
        }
        // A property the caller left out may arrive with its declared default: OAS defines the
        // default as the value the server assumes when the property is absent, so both mean the same
        // (the python client, as OAG's, writes a model's defaults).
        const defaults = spec ? declaredDefaults(spec, a.schemaPointer) : new Map<string, Set<string>>();
        const diff = wireDiff(a.value, sent, "body", (key, value) => defaults.get(key)?.has(JSON.stringify(value)) === true);
        return diff ? `body ${diff}` : undefined;
      }
      if (a.value === BINARY_MARK) return rec.body.toString("utf8").includes(FILE_TEXT) ? undefined : "file bytes not sent";
      return rec.body.length > 0 || a.value === "" ? undefined : "no body sent";
    }
  }
}

const DATE_TIME_IN_TEXT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?/g;

/** Whether `text` carries `leaf` (a date-time as any spelling of the same instant). */
function carries(text: string, leaf: string): boolean {
  if (text.includes(leaf)) return true;
  if (!DATE_TIME.test(leaf)) return false;
  return [...text.matchAll(DATE_TIME_IN_TEXT)].some((m) => Date.parse(m[0]) === Date.parse(leaf));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** The first difference between a value and what went over the wire (date-times compared as instants). */
export function wireDiff(expected: Json, actual: Json, at: string, allowAdded: boolean | ((key: string, value: Json) => boolean) = false): string | undefined {
  if (typeof expected === "string" && typeof actual === "string") {
    if (expected === actual) return undefined;
    if (DATE_TIME.test(expected) && DATE_TIME.test(actual) && Date.parse(expected) === Date.parse(actual)) return undefined;
    return `${at}: ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: ${JSON.stringify(actual)} instead of an array`;
    if (expected.length !== actual.length) return `${at}: ${actual.length} items instead of ${expected.length} (${JSON.stringify(actual).slice(0, 200)})`;
    for (let i = 0; i < expected.length; i++) {
      const d = wireDiff(expected[i]!, actual[i]!, `${at}[${i}]`, allowAdded);
      if (d) return d;
    }
    return undefined;
  }
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object" || Array.isArray(actual)) return `${at}: ${JSON.stringify(actual)} instead of an object`;
    for (const k of Object.keys(expected)) {
      if (!(k in actual)) return `${at}.${k} missing`;
      const d = wireDiff(expected[k]!, (actual as JsonObject)[k]!, `${at}.${k}`, allowAdded);
      if (d) return d;
    }
    if (allowAdded !== true) {
      for (const k of Object.keys(actual)) {
        if (!(k in expected) && !(typeof allowAdded === "function" && allowAdded(k, (actual as JsonObject)[k]!))) return `${at}.${k} added (${JSON.stringify(actual[k])})`;
      }
    }
    return undefined;
  }
  if (typeof expected === "number" && typeof actual === "number" && expected === actual) return undefined;
  return expected === actual ? undefined : `${at}: ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`;
}

/** Why Prism's response is not valid for the spec, or undefined. */
function checkResponse(spec: SpecDoc, call: PlannedCall, rec: Recorded): string | undefined {
  const responsesPointer = joinPointer(call.operationPointer, "responses");
  const responses = spec.at(responsesPointer);
  if (!responses || typeof responses !== "object" || Array.isArray(responses)) return undefined;
  const code = String(rec.status);
  const key = [code, `${code[0]}XX`, `${code[0]}xx`, "default"].find((k) => k in responses);
  if (!key) return `status ${code} is not declared`;
  let pointer = joinPointer(responsesPointer, key);
  for (let node = spec.at(pointer), i = 0; node && typeof node === "object" && !Array.isArray(node) && typeof node.$ref === "string" && i < 10; i++) {
    pointer = node.$ref;
    node = spec.at(pointer);
  }
  const response = spec.at(pointer);
  const content = response && typeof response === "object" && !Array.isArray(response) ? response.content : undefined;
  if (!content || typeof content !== "object" || Array.isArray(content)) return undefined;
  const type = String(rec.responseHeaders["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (!/json/.test(type) || rec.responseBody.length === 0) return undefined;
  const media = Object.keys(content).find((m) => m.toLowerCase() === type) ?? Object.keys(content).find((m) => /json/i.test(m) || m === "*/*");
  if (!media) return undefined;
  const schema = (content[media] as JsonObject | undefined)?.schema;
  if (schema === undefined) return undefined;
  let body: Json;
  try {
    body = JSON.parse(rec.responseBody.toString("utf8")) as Json;
  } catch {
    return "the JSON body does not parse";
  }
  return spec.check(body, joinPointer(pointer, "content", media, "schema"), "response");
}
