// Deep freezing for tests that prove code only reads what it is given: a write to a frozen object
// throws in strict mode (every ES module), and a frozen Map's or Set's writers throw too.

/** Freezes `value` and everything it reaches (own properties, symbol keys, Map and Set members); returns it. */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value !== "object" || value === null || seen.has(value) || Object.isFrozen(value)) return value;
  seen.add(value);
  if (value instanceof Map || value instanceof Set) {
    for (const [k, v] of value.entries()) {
      deepFreeze(k, seen);
      deepFreeze(v, seen);
    }
    const refuse = () => {
      throw new TypeError(`a frozen ${value instanceof Map ? "Map" : "Set"} was written to`);
    };
    for (const writer of value instanceof Map ? ["set", "delete", "clear"] : ["add", "delete", "clear"]) {
      Object.defineProperty(value, writer, { value: refuse });
    }
  } else {
    for (const key of Reflect.ownKeys(value)) {
      const d = Object.getOwnPropertyDescriptor(value, key);
      if (d && "value" in d) deepFreeze(d.value, seen);
    }
  }
  return Object.freeze(value);
}
