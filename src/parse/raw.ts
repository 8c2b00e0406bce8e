// Helpers for reading the raw (parsed but untyped) spec document safely: spec text is untrusted,
// so every access checks the shape instead of trusting a cast.

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

/** Own entries of an object in document order (JSON and YAML parsers keep insertion order). */
export function entriesOf(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
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
