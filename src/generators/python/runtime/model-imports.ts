// Import planning for the model modules. A model module imports the models its fields use; when
// two modules need each other (a cycle in that graph), the imports that close the cycle go to
// the bottom of the module, after the class, followed by `Model.model_rebuild(...)`, so every
// module in a cycle has defined its class before another one asks for it. A base class cannot
// wait: inheritance edges always stay on top.

import { PythonImports } from "../types.js";
import type { LocalNames } from "./local-names.js";

/** Collects imports, keeping `from <pkg>.models.<m> import <Model>` apart from the others. */
export class ModuleImports extends PythonImports {
  /** Model class -> its module path. */
  readonly models = new Map<string, string>();

  /** `localNames`: what the module calls a support name (./local-names.ts); models keep theirs. */
  constructor(
    private readonly modelsPackage: string,
    localNames?: LocalNames,
  ) {
    super(localNames && ((name) => localNames.local(name)));
  }

  override add(module: string, name: string): string {
    if (!module.startsWith(`${this.modelsPackage}.`)) return super.add(module, name);
    this.models.set(name, module);
    return name;
  }

  /** Every import line: the non-model ones, then the model ones not listed in `deferred`. */
  topLines(self: string, deferred: ReadonlySet<string> = new Set()): string[] {
    const models = [...this.models]
      .filter(([name]) => name !== self && !deferred.has(name))
      .sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, module]) => `from ${module} import ${name}`);
    return [...this.lines(), ...models];
  }

  /** The model imports listed in `deferred`. */
  deferredLines(self: string, deferred: ReadonlySet<string>): string[] {
    return [...this.models]
      .filter(([name]) => name !== self && deferred.has(name))
      .sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, module]) => `from ${module} import ${name}`);
  }
}

export interface ModelEdges {
  /** Models this one's fields (or union members) use. */
  readonly uses: ReadonlySet<string>;
  /** Its base class, if it inherits from a model. */
  readonly base?: string;
}

/**
 * For each model, the used models whose import must be deferred: those in the same strongly
 * connected component of the import graph (Tarjan's algorithm, iterative).
 */
export function planDeferredImports(graph: ReadonlyMap<string, ModelEdges>): Map<string, Set<string>> {
  const component = stronglyConnectedComponents(graph);
  const out = new Map<string, Set<string>>();
  for (const [name, edges] of graph) {
    const deferred = new Set<string>();
    for (const used of edges.uses) {
      if (used !== name && used !== edges.base && component.get(used) === component.get(name)) deferred.add(used);
    }
    out.set(name, deferred);
  }
  return out;
}

function stronglyConnectedComponents(graph: ReadonlyMap<string, ModelEdges>): Map<string, number> {
  const successors = (n: string): string[] => {
    const e = graph.get(n);
    if (!e) return [];
    return [...e.uses, ...(e.base !== undefined ? [e.base] : [])].filter((m) => graph.has(m));
  };
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number; succ: string[] }[] = [];
    const enter = (node: string) => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: 0, succ: successors(node) });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.succ.length) {
        const m = frame.succ[frame.next++]!;
        if (!index.has(m)) enter(m);
        else if (onStack.has(m)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(m)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]!.node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        for (;;) {
          const m = stack.pop()!;
          onStack.delete(m);
          component.set(m, components);
          if (m === frame.node) break;
        }
        components++;
      }
    }
  }
  return component;
}
