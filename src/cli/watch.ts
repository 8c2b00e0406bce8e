// `generate --watch`: run, then run again whenever the spec or a file it `$ref`s changes, until
// the signal aborts (Ctrl-C in the CLI). A failing run is reported and the watch goes on.

import { statSync } from "node:fs";
import { specFiles } from "./spec-files.js";

export interface WatchIo {
  err(text: string): void;
}

/**
 * Polled: fs.watch misses editors that replace files by renaming, and fs.watchFile takes its first
 * snapshot asynchronously, so an edit made just after a run could go unseen. Here the stamps are
 * taken before each run, so an edit made during a run starts the next one.
 */
const POLL_MS = 100;
/** Saves often come as several writes: wait until they settle. */
const SETTLE_MS = 150;

export async function watchSpec(spec: string, run: () => Promise<number>, io: WatchIo, signal: AbortSignal): Promise<number> {
  let snapshot = takeSnapshot(spec, new Map());
  let code = await run();
  snapshot = takeSnapshot(spec, snapshot);
  if (!signal.aborted) io.err(`oaswright: watching ${snapshot.size} file${snapshot.size === 1 ? "" : "s"} (Ctrl-C to stop)`);
  let busy = false;
  let changedSince = 0;
  const timer = setInterval(() => {
    if (busy || signal.aborted) return;
    const changed = [...snapshot].find(([file, stamp]) => stampOf(file) !== stamp)?.[0];
    if (changed === undefined) {
      changedSince = 0;
      return;
    }
    if (changedSince === 0) changedSince = Date.now();
    if (Date.now() - changedSince < SETTLE_MS) return;
    changedSince = 0;
    busy = true;
    io.err(`oaswright: ${changed} changed, generating again`);
    const before = new Map([...snapshot].map(([f]) => [f, stampOf(f)]));
    void run()
      .then((c) => {
        code = c;
      })
      .finally(() => {
        // Files the spec now $refs are stamped as they are; known ones keep their pre-run stamp.
        snapshot = takeSnapshot(spec, before);
        busy = false;
      });
  }, POLL_MS);
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
  clearInterval(timer);
  while (busy) await new Promise((r) => setTimeout(r, 20));
  return code;
}

/** Each file of the spec with its modification stamp: from `known` when there, else taken now. */
function takeSnapshot(spec: string, known: ReadonlyMap<string, string>): Map<string, string> {
  return new Map(specFiles(spec).map((f) => [f, known.get(f) ?? stampOf(f)]));
}

function stampOf(file: string): string {
  try {
    const s = statSync(file);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return "missing";
  }
}
