// Helpers for reading the raw (parsed but untyped) spec document safely: spec text is untrusted,
// so every access checks the shape instead of trusting a cast.

import { pointerTokens } from "../model/diagnostics.js";

export type RawObject = Record<string, unknown>;

export function isObject(value: unknown): value is RawObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown): RawObject | undefined {
  return isObject(value) ? value : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function asBoolean(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

export function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/**
 * JavaScript objects enumerate integer-like keys ("200", "404") first, in numeric order, whatever
 * order the document wrote them in; response tables must keep the spec's order. So the loader
 * stores such keys with this prefix, and every reader goes through `entriesOf` / `specKey`.
 */
export const INDEX_KEY_PREFIX = "\u0000";

const INDEX_LIKE = /^(?:0|[1-9]\d{0,9})$/;

/** The key as stored in a raw object for a key as written in the spec. */
export function storedKey(key: string): string {
  return INDEX_LIKE.test(key) ? INDEX_KEY_PREFIX + key : key;
}

/** The key as written in the spec for a key as stored in a raw object. */
export function specKey(key: string): string {
  return key.charCodeAt(0) === 0 ? key.slice(1) : key;
}

/** Own entries of an object in document order, with the spec's keys. */
export function entriesOf(value: unknown): [string, unknown][] {
  if (!isObject(value)) return [];
  return Object.entries(value).map(([k, v]) => [specKey(k), v]);
}

/** A copy with spec keys (document order lost for integer-like keys): for tools that read keys. */
export function withSpecKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSpecKeys);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) defineKey(out, specKey(k), withSpecKeys(v));
  return out;
}

/**
 * withSpecKeys for readers that do not change what they are given (the schema check): the value
 * itself where nothing below it has a stored key, else a copy of the objects on the way to those
 * keys, sharing every other node with the document. On a large spec that is a few thousand
 * objects (the response tables and what holds them) instead of all of them.
 */
export function withSpecKeysShared(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const mapped = withSpecKeysShared(item);
      if (mapped !== item) (out ??= value.slice())[i] = mapped;
    }
    return out ?? value;
  }
  const keys = Object.keys(value);
  let changed = false;
  const mapped: unknown[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const item = (value as RawObject)[key];
    const m = (mapped[i] = withSpecKeysShared(item));
    if (m !== item || key.charCodeAt(0) === 0) changed = true;
  }
  if (!changed) return value;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) defineKey(out, specKey(keys[i]!), mapped[i]);
  return out;
}

/**
 * withSpecKeysShared when the objects that have stored keys are known (the JSON scan lists them,
 * number-literals.ts indexKeyObjects): only the objects on the way to them are copied, without
 * walking the rest of the document.
 */
export function withSpecKeysAt(root: RawObject, pointers: readonly string[]): unknown {
  if (pointers.length === 0) return root;
  const copies = new Map<object, Record<string, unknown> | unknown[]>();
  const copyOf = (node: object): Record<string, unknown> | unknown[] => {
    let copy = copies.get(node);
    if (copy !== undefined) return copy;
    if (Array.isArray(node)) copy = node.slice();
    else {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(node)) defineKey(out, specKey(k), (node as RawObject)[k]);
      copy = out;
    }
    copies.set(node, copy);
    return copy;
  };
  const top = copyOf(root);
  for (const pointer of pointers) {
    let node: object = root;
    let copy = top;
    for (const token of pointerTokens(pointer)) {
      const child: unknown = Array.isArray(node) ? node[Number(token)] : (node as RawObject)[storedKey(token)];
      if (typeof child !== "object" || child === null) break;
      const childCopy = copyOf(child);
      if (Array.isArray(copy)) copy[Number(token)] = childCopy;
      else defineKey(copy, token, childCopy);
      node = child;
      copy = childCopy;
    }
  }
  return top;
}

/** Sets a key as data (a spec key `__proto__` stays a key, not the prototype). */
export function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * swagger-parser's OpenAPIDeserializer.inferTypeFromArray, the type of an untyped 3.0 `enum`: its
 * loop looks at the first value only (`an.get(0)` on every turn), so a boolean or number first value
 * gives `boolean` or `number`, anything else (a string, null) and an empty enum `string`.
 */
export function enumInferredType(values: readonly unknown[]): string {
  const first = values[0];
  if (typeof first === "boolean") return "boolean";
  if (typeof first === "number") return "number";
  return "string";
}

/** The `x-*` keys of a node. */
export function extensionsOf(node: RawObject): Record<string, never> | Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(node)) {
    if (key.startsWith("x-")) (out ??= {})[key] = node[key];
  }
  return out ?? EMPTY;
}

const EMPTY: Record<string, never> = Object.freeze({}) as Record<string, never>;
