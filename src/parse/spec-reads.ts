// Specs read once for several generations in one process: `oaswright batch` (and `generate` over an
// openapitools.json) often runs two or three generators on one spec. The file's reading and parsing
// and the OpenAPI schema check do not depend on the generator, and on a large spec they are a third of
// a run, so each entry's parse takes them from here.
//
// Sharing is sound because nothing after the load writes to the loaded document or its tables: the
// 2.0 converter builds a new document, the inline planner copies a node before its first change
// (inline-normalizer.ts Planner.own), the IR builder only reads. test/parse/spec-reads.test.ts runs
// the three generators on frozen documents to keep it so.

import { DiagnosticSink, type Diagnostic } from "../model/diagnostics.js";
import { loadSpec, type LoadedSpec, type LoadOptions } from "./load.js";
import { validateDocument } from "./validate.js";

export type CheckLevel = "error" | "warning";

/** Loads and schema checks, each done once per spec and load options, kept while `uses` say a later run wants them. */
export class SpecReads {
  readonly #loads = new Map<string, Promise<LoadedSpec>>();
  readonly #checks = new Map<string, Promise<readonly Diagnostic[]>>();
  readonly #uses: Map<string, number> | undefined;

  /**
   * @param uses how many runs will read each location. A location's reads are dropped after its last
   *   run, so a batch over many specs holds one document at a time. Without it everything is kept.
   */
  constructor(uses?: ReadonlyMap<string, number>) {
    this.#uses = uses && new Map(uses);
  }

  /** The spec at `location` as loadSpec reads it with `options`; a failure is the same failure each time. */
  load(location: string, options: LoadOptions): Promise<LoadedSpec> {
    const key = loadKey(location, options);
    let loaded = this.#loads.get(key);
    if (loaded === undefined) this.#loads.set(key, (loaded = loadSpec(location, options)));
    return loaded;
  }

  /** The schema check's findings for `loaded` (this object's own load), reported at `level`. */
  check(loaded: LoadedSpec, options: LoadOptions, level: CheckLevel): Promise<readonly Diagnostic[]> {
    const key = `${loadKey(loaded.location, options)}\u0000${level}`;
    let found = this.#checks.get(key);
    if (found === undefined) this.#checks.set(key, (found = findings(loaded, level)));
    return found;
  }

  /** A run of `location` is over: after the last one its reads are let go. */
  done(location: string): void {
    if (this.#uses === undefined) return;
    const left = (this.#uses.get(location) ?? 0) - 1;
    this.#uses.set(location, left);
    if (left > 0) return;
    const prefix = `${location}\u0000`;
    for (const table of [this.#loads, this.#checks]) for (const key of [...table.keys()]) if (key.startsWith(prefix)) table.delete(key);
  }
}

async function findings(loaded: LoadedSpec, level: CheckLevel): Promise<readonly Diagnostic[]> {
  const sink = new DiagnosticSink(loaded.location);
  await validateDocument(loaded.root, sink, level, loaded.indexKeyObjects);
  return sink.items;
}

function loadKey(location: string, options: LoadOptions): string {
  return `${location}\u0000${JSON.stringify(options, Object.keys(options).sort())}`;
}
