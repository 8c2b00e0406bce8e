// Java's HashSet<String> iteration order, for the places where OpenAPI Generator joins a HashSet
// into output (e.g. the TypeScript return-type union). Reproduces String.hashCode, HashMap's hash
// spreading, table growth and bucket order (insertion order within a bucket; no treeification
// below 8 per bucket, which small sets never reach).

export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** The order a `new HashSet<String>()` filled with `items` (in this order) iterates in. */
export function javaHashSetOrder(items: readonly string[]): string[] {
  if (items.length <= 1) return [...items]; // most sets asked for (annotations, imports) hold one name or none
  const unique: string[] = [];
  for (const item of items) if (!unique.includes(item)) unique.push(item);
  let capacity = 16;
  while (unique.length > capacity * 0.75) capacity *= 2;
  const buckets = new Map<number, string[]>();
  for (const item of unique) {
    const h = javaStringHash(item);
    const index = (h ^ (h >>> 16)) & (capacity - 1);
    buckets.set(index, [...(buckets.get(index) ?? []), item]);
  }
  return [...buckets.keys()].sort((a, b) => a - b).flatMap((k) => buckets.get(k)!);
}
