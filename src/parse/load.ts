// Reads a spec from a file or an http(s) URL and parses it as JSON or YAML. Every failure becomes
// an OaswrightError naming the file and, where there is one, the line.

import { Buffer, isUtf8 } from "node:buffer";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { OaswrightError, childPointer, type Diagnostic } from "../model/diagnostics.js";
import { ExternalRefError, hasExternalRefs, importExternalRefs } from "./external-refs.js";
import { scanJson, textForJsonParse, yamlNumberLiterals, type JsonScan, type NumberLiterals } from "./number-literals.js";
import { SourceMap } from "./source-map.js";
import { multiByteRuns } from "./utf8-bytes.js";
import { defineKey, isObject, storedKey, type RawObject } from "./raw.js";
import { yamlLib } from "./yaml-lib.js";
import { mayHoldYaml11Booleans, mayHoldYaml11Numbers, yaml11Scalars, type Yaml11Booleans, type Yaml11Keys, type Yaml11Numbers } from "./yaml11.js";

export interface LoadedSpec {
  /** The location as the user gave it (path or URL). */
  readonly location: string;
  /** Absolute file path or the URL: what relative `$ref`s and servers resolve against. */
  readonly base: string;
  readonly isUrl: boolean;
  readonly root: RawObject;
  readonly sourceMap: SourceMap;
  /** Problems of the text that still let it be read (duplicate YAML keys). */
  readonly warnings: readonly Diagnostic[];
  /** Integral numbers the text writes as floating-point literals (`10.0`), by pointer. */
  readonly numberLiterals: NumberLiterals;
  /** Plain YAML scalars YAML 1.1 reads as booleans (`off`), by pointer (see yaml11.ts). */
  readonly yaml11Booleans: Yaml11Booleans;
  /** Plain YAML scalars YAML 1.1 reads as other numbers (`0755`), by pointer (LoadOptions.yaml11Numbers). */
  readonly yaml11Numbers: Yaml11Numbers;
  /** Plain YAML keys YAML 1.1 reads as booleans (`on:`), by their member's pointer (LoadOptions.yaml11Keys). */
  readonly yaml11Keys: Yaml11Keys;
  /**
   * The pointers of the objects that have index-like keys (stored with raw.ts INDEX_KEY_PREFIX),
   * where the JSON scan found them; absent for YAML and for documents with external refs.
   */
  readonly indexKeyObjects?: readonly string[];
}

/** What the loader learns from the text beside the document (see LoadedSpec). */
interface Scanned {
  found: NumberLiterals;
  yaml11Booleans?: Yaml11Booleans;
  yaml11Numbers?: Yaml11Numbers;
  yaml11Keys?: Yaml11Keys;
  indexKeyObjects?: readonly string[];
}

const URL_PATTERN = /^https?:\/\//i;
const FETCH_TIMEOUT_MS = 60_000;

export interface LoadOptions {
  /**
   * Read every YAML alias as its anchor's name (`description: *Text` is the string `Text`), as the
   * OpenAPI Generator releases before 6.0.0 did: their swagger-parser (2.0.24 to 2.0.29) read a
   * document with Jackson's YAML mapper alone (OpenAPIV3Parser.readContents: `mapper.readTree`),
   * whose YAMLParser hands an alias on as a string holding the anchor's name (`Event.ID.Alias`:
   * `alias.getAnchor()`). swagger-parser 2.0.31 (ba4642a7) reads through SnakeYAML first, which
   * resolves aliases; OAG moved to it in d86b4849b0 (2022-03-27, released in 6.0.0).
   * go-email-validator's 5.0.1-SNAPSHOT docs print `ResultTypeDescription` for a parameter's
   * `description: *ResultTypeDescription` (conformance case emailvalidator-python-prior).
   */
  readonly yamlAliasesAsAnchorNames?: boolean;
  /**
   * Record the plain scalars SnakeYAML's YAML 1.1 resolver reads as other numbers than YAML 1.2
   * (yaml11.ts yaml11Number, yaml11Scalars): OAG 6.0.0 and later (swagger-parser 2.0.31's CustomResolver).
   */
  readonly yaml11Numbers?: boolean;
  /** Record the plain keys SnakeYAML reads as booleans (yaml11.ts Yaml11Keys): OAG 6.0.0 and later. */
  readonly yaml11Keys?: boolean;
}

export async function loadSpec(location: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const isUrl = URL_PATTERN.test(location);
  const base = isUrl ? location : path.resolve(location);
  const bytes = isUrl ? await fetchBytes(location) : readBytes(location);
  const warnings: Diagnostic[] = [];
  const literals: Scanned = { found: new Map() };
  // UTF-8 JSON (most large specs) is read without decoding it into a JavaScript string: see
  // readJsonBytes. Anything else, and JSON that turns out not to be, is decoded and read as text.
  const json = readJsonBytes(bytes, location, warnings, literals);
  const text = json?.text ?? decodeUtf8(bytes, location);
  const sourceMap = json?.sourceMap ?? new SourceMap(text);
  const root = json !== undefined ? json.value : parseText(text, location, sourceMap, warnings, literals, options);
  if (root === null || root === undefined) throw failure(location, "", "the document is empty");
  if (!isObject(root)) {
    throw failure(location, "", `the document is not an OpenAPI object: expected a mapping at the top level, found ${describeValue(root)}`);
  }
  // A `$ref` not starting with "#" points to another file or URL. In JSON text it can be spotted
  // without walking the tree (a 13 MB spec walks in ~200 ms); a hit is confirmed by the walk.
  const mayHaveExternal = text.trimStart().startsWith("{") ? /"\$ref"\s*:\s*"(?!#)/.test(text) : true;
  const external = mayHaveExternal && (typeof root.openapi === "string" ? hasExternalRefs(root) : hasExternalRef(root));
  const input = { base, location, isUrl, root, sourceMap };
  const bundled = !external ? root : typeof root.openapi === "string" ? await importExternalSchemas(input) : await bundleExternalRefs(input);
  const scanned: Scanned = bundled === root ? literals : { found: new Map() };
  return { location, base, isUrl, root: bundled, sourceMap, warnings, numberLiterals: scanned.found, yaml11Booleans: scanned.yaml11Booleans ?? new Map(), yaml11Numbers: scanned.yaml11Numbers ?? new Map(), yaml11Keys: scanned.yaml11Keys ?? new Map(), ...(scanned.indexKeyObjects ? { indexKeyObjects: scanned.indexKeyObjects } : {}) };
}

// Files are read synchronously: the first fs/promises read of a run sets up Node's FileHandle
// machinery (several ms of a small spec's run), and a large file reads faster in one call.
function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, not a spec file" : code === "EACCES" ? "permission denied" : String((err as Error).message);
    throw failure(file, "", `cannot read the spec: ${reason}`);
  }
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  let response: globalThis.Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: "follow" });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw failure(url, "", `cannot fetch the spec: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
  }
  if (!response.ok) throw failure(url, "", `cannot fetch the spec: HTTP ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * UTF-8 JSON read from its bytes: the text is a one-byte string holding one character per byte
 * (latin1), which is half the memory of the decoded text when the spec has a single character
 * beyond Latin-1 (V8 then stores every character in two bytes), costs no decoding, and is quicker
 * to scan and to JSON.parse. Everything JSON's syntax and the scans look at is ASCII, which UTF-8
 * leaves as it is; the few other characters are inside strings and reach JSON.parse as `\u`
 * escapes (textForJsonParse), and offsets count bytes (SourceMap turns them into line and column).
 * Undefined when the bytes are not UTF-8 JSON (UTF-16, YAML, invalid): the caller reads the text.
 */
function readJsonBytes(bytes: Uint8Array, file: string, warnings: Diagnostic[], literals: Scanned): { text: string; sourceMap: SourceMap; value: unknown } | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  let start = bom;
  while (start < buffer.length && (buffer[start] === 0x20 || buffer[start] === 0x0a || buffer[start] === 0x0d || buffer[start] === 0x09)) start++;
  if (buffer[start] !== 0x7b /* { */ && buffer[start] !== 0x5b /* [ */) return undefined;
  if (!isUtf8(buffer)) return undefined;
  const text = buffer.toString("latin1", bom);
  const multiByte = multiByteRuns(buffer, bom).map((offset) => offset - bom);
  const utf8Bytes = multiByte.length > 0;
  const sourceMap = new SourceMap(text, { utf8Bytes });
  const scan = scanJson(text, { utf8Bytes });
  let value: unknown;
  try {
    value = JSON.parse(textForJsonParse(text, scan.indexKeys, multiByte));
  } catch {
    return undefined;
  }
  keepJsonScan(scan, file, sourceMap, warnings, literals);
  return { text, sourceMap, value };
}

/** What the JSON scan found beside the document, once JSON.parse has read it: see LoadedSpec. */
function keepJsonScan(scan: JsonScan, file: string, sourceMap: SourceMap, warnings: Diagnostic[], literals: Scanned): void {
  sourceMap.knownJson = true;
  sourceMap.members = scan.members;
  literals.found = scan.literals;
  literals.indexKeyObjects = scan.indexKeyObjects;
  for (const d of scan.duplicates) {
    const earlier = sourceMap.positionAtOffset(d.firstOffset).line;
    warnings.push({ level: "warning", file, pointer: d.pointer, message: `duplicate key: this value replaces the one at line ${earlier}`, position: sourceMap.positionAtOffset(d.offset) });
  }
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  // YAML and JSON may also be UTF-16 (Windows tools write it with a byte order mark).
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw failure(file, "", `the file starts with a ${utf16.toUpperCase()} byte order mark but is not valid ${utf16.toUpperCase()}`);
    }
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const lines = before.split("\n");
    throw new OaswrightError(`invalid spec ${file}`, [
      {
        level: "error",
        file,
        pointer: "",
        message: `the file is not valid UTF-8 (first bad byte at offset ${offset})`,
        position: { line: lines.length, column: lines[lines.length - 1]!.length + 1 },
      },
    ]);
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return i;
}

function parseText(text: string, file: string, sourceMap: SourceMap, warnings: Diagnostic[], literals: Scanned, options: LoadOptions = {}): unknown {
  const parseYaml = (yaml: string) => parseYamlText(yaml, file, sourceMap, warnings, literals, options);
  const trimmed = text.trimStart();
  if (trimmed === "") throw failure(file, "", "the document is empty");
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      // One scan of the text finds what JSON.parse loses (number literals, duplicate keys) and
      // where the index-like keys are, whose order the parse would not keep.
      const scan = scanJson(text);
      const value = JSON.parse(textForJsonParse(text, scan.indexKeys)) as unknown;
      keepJsonScan(scan, file, sourceMap, warnings, literals);
      return value;
    } catch (err) {
      // Not JSON after all? YAML flow mappings also start with "{": let YAML have a go, and
      // report the JSON error if that fails too.
      // Newer V8s append "(line 5 column 48)": the position is reported on its own.
      const message = (jsonErrorOfOriginal(text) ?? (err as Error).message).replace(/ \(line \d+ column \d+\)$/, "");
      try {
        return parseYaml(text);
      } catch {
        const at = /position (\d+)/.exec(message);
        const position = at ? sourceMap.positionAtOffset(Number(at[1])) : undefined;
        throw new OaswrightError(`invalid spec ${file}`, [
          { level: "error", file, pointer: "", message: `invalid JSON: ${message.replace(/^JSON\.parse: /, "")}`, ...(position ? { position } : {}) },
        ]);
      }
    }
  }
  try {
    return parseYaml(text);
  } catch (err) {
    if (err instanceof yamlLib().YAMLParseError) {
      const pos = err.linePos?.[0];
      throw new OaswrightError(`invalid spec ${file}`, [
        {
          level: "error",
          file,
          pointer: "",
          message: `invalid YAML: ${err.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`,
          ...(pos ? { position: { line: pos.line, column: pos.col } } : {}),
        },
      ]);
    }
    throw failure(file, "", `invalid YAML: ${(err as Error).message}`);
  }
}

/**
 * The error JSON.parse gives for the text as written: the loader parses a rewritten
 * text, whose offsets are shifted by every integer-like key before the error.
 */
function jsonErrorOfOriginal(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/** YAML -> plain objects in document order (integer-like keys stored as for JSON; anchors shared). */
function parseYamlText(text: string, file: string, sourceMap: SourceMap, warnings: Diagnostic[], literals: Scanned, options: LoadOptions): unknown {
  let doc = yamlLib().parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
  if (doc.errors.length > 0) {
    const reindented = indentQuotedContinuations(text);
    const again = reindented === undefined ? undefined : yamlLib().parseDocument(reindented, { uniqueKeys: false, keepSourceTokens: false });
    if (again === undefined || again.errors.length > 0) throw doc.errors[0];
    doc = again;
    sourceMap.readFrom(reindented!);
  }
  // The source map places warnings in this document unless it is about to change (aliases replaced).
  if (options.yamlAliasesAsAnchorNames) aliasesAsAnchorNames(doc);
  else sourceMap.useYamlDocument(doc);
  literals.found = yamlNumberLiterals(doc.contents, doc);
  const booleans = mayHoldYaml11Booleans(text);
  const numbers = options.yaml11Numbers === true && mayHoldYaml11Numbers(text);
  if (booleans || numbers) {
    const found = yaml11Scalars(doc.contents, doc, { booleans, numbers, keys: booleans && options.yaml11Keys === true });
    literals.yaml11Booleans = found.booleans;
    literals.yaml11Numbers = found.numbers;
    literals.yaml11Keys = found.keys;
  }
  warnings.push(...duplicateKeys(doc.contents, file, sourceMap));
  const toJS = () => doc.toJS({ mapAsMap: true, maxAliasCount: 10_000 }) as unknown;
  let js: unknown;
  try {
    js = toJS();
  } catch (err) {
    // The library resolves aliases only here; a spec without a dangling one pays nothing for it.
    if (!(err instanceof ReferenceError)) throw err;
    sourceMap.useYamlDocument(undefined);
    warnings.push(...readUndefinedAliasesAsText(doc, file, sourceMap));
    js = toJS();
  }
  const seen = new Map<unknown, unknown>();
  const convert = (value: unknown): unknown => {
    if (value instanceof Map) {
      const hit = seen.get(value);
      if (hit) return hit;
      const out: Record<string, unknown> = {};
      seen.set(value, out);
      for (const [k, v] of value) defineKey(out, storedKey(String(k)), convert(v));
      return out;
    }
    if (Array.isArray(value)) {
      const hit = seen.get(value);
      if (hit) return hit;
      const out: unknown[] = [];
      seen.set(value, out);
      for (const v of value) out.push(convert(v));
      return out;
    }
    if (value instanceof Date) return value.toISOString();
    return value;
  };
  return convert(js);
}

/**
 * SnakeYAML, which swagger-parser reads YAML with, checks no indentation inside flow context: it
 * accepts a multi-line quoted scalar or a multi-line flow collection whose continuation lines are
 * indented only as far as the key that holds it:
 *
 *     description: 'Use these operations.
 *
 *     | Operation | Method |'
 *     enum: ["rolling_restart","create_cluster",
 *     "backup"]
 *
 * The `yaml` library wants them indented further ("Missing closing 'quote", "Flow sequence in
 * block collection must be sufficiently indented"). This gives the text with each such line
 * indented one column past the key, or undefined when there is none: a quoted scalar folds its
 * lines and drops their leading white space, and white space between flow items is no content, so
 * the value does not change, and no other line moves (a key inside a flow collection on such a line
 * moves right by the columns added). Only a value that opens on a `key:` line (after an optional
 * `- `) is followed; the loader tries this text only when the original fails to parse.
 */
export function indentQuotedContinuations(text: string): string | undefined {
  const lines = text.split("\n");
  let changed = false;
  let open: { state: FlowState; keyColumn: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (open) {
      const indent = line.length - line.trimStart().length;
      if (line.trim() !== "" && indent <= open.keyColumn) {
        lines[i] = " ".repeat(open.keyColumn + 1 - indent) + line;
        changed = true;
      }
      const state = scanFlow(line, 0, open.state);
      open = state.quote === undefined && state.depth === 0 ? undefined : { state, keyColumn: open.keyColumn };
      continue;
    }
    const m = /^(\s*(?:-\s+)?)([^\s#'"\-?:,[\]{}&*!|>%@`][^#]*?):[ \t]+(['"[{])/.exec(line);
    if (!m) continue;
    const opener = m[3]!;
    const state = opener === "[" || opener === "{" ? scanFlow(line, m[0].length, { depth: 1 }) : scanFlow(line, m[0].length, { depth: 0, quote: opener });
    if (state.quote !== undefined || state.depth > 0) open = { state, keyColumn: m[1]!.length };
  }
  return changed ? lines.join("\n") : undefined;
}

/** Inside a flow value: the open `[`/`{` count and the quote of a quoted scalar open at the line end. */
interface FlowState {
  readonly depth: number;
  readonly quote?: string;
}

/** The flow state after the line from `from` on (a `#` after white space outside quotes starts a comment). */
function scanFlow(line: string, from: number, state: FlowState): FlowState {
  let depth = state.depth;
  let quote = state.quote;
  let i = from;
  while (i < line.length) {
    if (quote !== undefined) {
      const close = closingQuote(line, i, quote);
      if (close === -1) return { depth, quote };
      quote = undefined;
      i = close + 1;
      if (depth === 0) return { depth };
      continue;
    }
    const c = line[i]!;
    if (c === "'" || c === '"') quote = c;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) return { depth };
    } else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]!))) break;
    i++;
  }
  return { depth, ...(quote !== undefined ? { quote } : {}) };
}

/** Where a quoted scalar that is open at `from` closes on this line, or -1 (`''` and `\"` are escapes). */
function closingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === "\\") {
      i++;
      continue;
    }
    if (c !== quote) continue;
    if (quote === "'" && line[i + 1] === "'") {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** Every alias replaced by a plain string scalar of its anchor's name (LoadOptions.yamlAliasesAsAnchorNames). */
function aliasesAsAnchorNames(doc: import("yaml").Document): void {
  const { visit, Scalar } = yamlLib();
  visit(doc, {
    Alias(_key, node) {
      const scalar = new Scalar(node.source);
      if (node.range) scalar.range = node.range;
      return scalar;
    },
  });
}

/**
 * An alias that names no anchor before it (`example: ******`, a masked password) is read as the text
 * written there, with a warning, instead of failing the whole document. OpenAPI Generator reads such
 * a spec: swagger-parser's `DeserializationUtils.readYamlTree` catches SnakeYAML's failure and reads
 * the text again with Jackson's YAML parser, which passes an alias on as a string
 * (`YAMLParser.nextToken`, `Event.ID.Alias`). What OAG then holds is the text as written: its
 * nodejs-express-server output of AaronNGray/MailInABox-OpenAPI re-serializes the spec's unquoted
 * `example: ******` as `'******'`, and its typescript docs there print `key: "******"` (conformance
 * case mailinabox-typescript).
 */
function readUndefinedAliasesAsText(doc: import("yaml").Document, file: string, sourceMap: SourceMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { visit, Scalar, isPair, isScalar, isSeq } = yamlLib();
  const pointerOf = (path: readonly unknown[], node: unknown): string => {
    let pointer = "";
    const chain = [...path, node];
    chain.forEach((step, i) => {
      if (isPair(step)) pointer = childPointer(pointer, isScalar(step.key) ? String(step.key.value) : String(step.key));
      else if (isSeq(step)) pointer = childPointer(pointer, String(step.items.indexOf(chain[i + 1] as never)));
    });
    return pointer;
  };
  visit(doc, {
    Alias(_key, node, path) {
      if (node.resolve(doc) !== undefined) return undefined;
      const written = `*${node.source}`;
      const offset = node.range?.[0];
      out.push({
        level: "warning",
        file,
        pointer: pointerOf(path, node),
        message: `${written} is an alias of no anchor defined before it: read as the text ${JSON.stringify(written)} (quote it to say so)`,
        ...(offset !== undefined ? { position: sourceMap.positionAtOffset(offset) } : {}),
      });
      const scalar = new Scalar(written);
      if (node.range) scalar.range = node.range;
      return scalar;
    },
  });
  return out;
}

/**
 * A key written twice in one YAML mapping: the later value wins and the earlier one is lost, so
 * hand-edited specs that repeat a path or a schema name are told which one was kept.
 */
function duplicateKeys(root: unknown, file: string, sourceMap: SourceMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { isMap, isScalar, isSeq } = yamlLib();
  const visit = (node: unknown, at: string): void => {
    if (isMap(node)) {
      const first = new Map<string, number | undefined>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const offset = (pair.key as { range?: [number, number, number] } | null)?.range?.[0];
        const pointer = childPointer(at, key);
        if (first.has(key) && key !== "<<") {
          const earlier = first.get(key);
          const where = earlier === undefined ? "" : ` at line ${sourceMap.positionAtOffset(earlier).line}`;
          out.push({
            level: "warning",
            file,
            pointer,
            message: `duplicate key ${JSON.stringify(key)}: this value replaces the one${where}`,
            ...(offset !== undefined ? { position: sourceMap.positionAtOffset(offset) } : {}),
          });
        } else first.set(key, offset);
        visit(pair.value, pointer);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, `${at}/${i}`));
    }
  };
  visit(root, "");
  return out;
}

function hasExternalRef(node: unknown): boolean {
  return externalRefs(node, 1).length > 0;
}

/** `$ref`s to other files or URLs, with their JSON pointers (at most `limit`). */
function externalRefs(node: unknown, limit = Infinity): { pointer: string; ref: string }[] {
  const out: { pointer: string; ref: string }[] = [];
  const stack: [unknown, string][] = [[node, ""]];
  while (stack.length > 0 && out.length < limit) {
    const [current, at] = stack.pop()!;
    if (Array.isArray(current)) {
      current.forEach((item, i) => {
        if (typeof item === "object" && item !== null) stack.push([item, `${at}/${i}`]);
      });
    } else if (isObject(current)) {
      for (const [key, value] of Object.entries(current)) {
        if (key === "$ref" && typeof value === "string" && !value.startsWith("#")) out.push({ pointer: childPointer(at, key), ref: value });
        else if (typeof value === "object" && value !== null) stack.push([value, childPointer(at, key)]);
      }
    }
  }
  return out;
}

interface BundleInput {
  readonly base: string;
  readonly location: string;
  readonly isUrl: boolean;
  readonly root: RawObject;
  readonly sourceMap: SourceMap;
}

/** Pulls `$ref`s to other files or URLs into the document, leaving only internal refs. */
/** OpenAPI 3.x: schemas in other files become named schemas (see external-refs.ts). */
async function importExternalSchemas(input: BundleInput): Promise<RawObject> {
  const load = async (doc: string): Promise<RawObject> => {
    const remote = /^[a-z][a-z0-9+.-]*:/i.test(doc) && !doc.startsWith("file:");
    let bytes: Uint8Array;
    if (remote) bytes = await fetchBytes(doc);
    else {
      const file = doc.startsWith("file:") ? fileURLToPath(doc) : doc;
      try {
        bytes = readFileSync(file);
      } catch (err) {
        throw new Error((err as NodeJS.ErrnoException).code === "ENOENT" ? `no such file ${file}` : (err as Error).message);
      }
    }
    const text = decodeUtf8(bytes, doc);
    const value = parseText(text, doc, new SourceMap(text), [], { found: new Map() });
    if (!isObject(value)) throw new Error(`${doc} is not a mapping`);
    return value;
  };
  try {
    return await importExternalRefs(input.root, input.base, load);
  } catch (err) {
    if (!(err instanceof ExternalRefError)) throw err;
    const diagnostics: Diagnostic[] = err.problems.map((p) => {
      const position = p.pointer === "" ? undefined : input.sourceMap.positionOf(p.pointer);
      return { level: "error", file: input.location, pointer: p.pointer, message: `cannot resolve the external $ref ${JSON.stringify(p.ref)}: ${p.reason}`, ...(position ? { position } : {}) };
    });
    throw new OaswrightError(`invalid spec ${input.location}`, diagnostics);
  }
}

async function bundleExternalRefs(input: BundleInput): Promise<RawObject> {
  try {
    const { default: SwaggerParser } = await import("@apidevtools/swagger-parser");
    return (await SwaggerParser.bundle(input.base)) as unknown as RawObject;
  } catch (err) {
    const reason = firstLine((err as Error).message);
    // Name the $ref(s) of this document whose file the failure is about, with their line.
    const culprits = externalRefs(input.root).flatMap(({ pointer, ref }) => {
      const file = ref.split("#")[0]!;
      if (file === "") return [];
      const resolved = input.isUrl || /^[a-z][a-z0-9+.-]*:/i.test(file) ? safeUrl(file, input.base) : path.resolve(path.dirname(input.base), safeDecodeUri(file));
      return resolved !== undefined && reason.includes(resolved) ? [{ pointer, ref, resolved }] : [];
    });
    if (culprits.length === 0) throw failure(input.location, "", `cannot resolve an external $ref: ${reason}`);
    const diagnostics: Diagnostic[] = culprits
      .sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0))
      .map(({ pointer, ref, resolved }) => {
        const position = input.sourceMap.positionOf(pointer);
        const why = reason.includes("ENOENT") ? `no such file ${resolved}` : reason;
        return { level: "error", file: input.location, pointer, message: `cannot resolve the external $ref ${JSON.stringify(ref)}: ${why}`, ...(position ? { position } : {}) };
      });
    throw new OaswrightError(`invalid spec ${input.location}`, diagnostics);
  }
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function safeUrl(ref: string, base: string): string | undefined {
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

function firstLine(text: string): string {
  return text.split("\n")[0]!;
}

function failure(file: string, pointer: string, message: string): OaswrightError {
  const diagnostic: Diagnostic = { level: "error", file, pointer, message };
  return new OaswrightError(`${file}: ${message}`, [diagnostic]);
}
