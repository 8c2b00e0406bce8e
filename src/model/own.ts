// Spec text is used as keys (model names, parameter names, formats). A plain `record[key]` on an
// object literal finds inherited members for keys like `constructor` or `__proto__`; `own` reads
// only the record's own entries.

export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
