// The generators oaswright knows, by `-g` name.

import type { Generator } from "./generator.js";

const registry = new Map<string, () => Promise<Generator>>([
  ["typescript", async () => (await import("./typescript/index.js")).typescriptGenerator],
  ["python", async () => (await import("./python/index.js")).pythonGenerator],
  ["python-prior", async () => (await import("./python-prior/index.js")).pythonPriorGenerator],
]);

export function generatorNames(): string[] {
  return [...registry.keys()].sort();
}

export async function loadGenerator(name: string): Promise<Generator | undefined> {
  const factory = registry.get(name);
  return factory ? factory() : undefined;
}
