// `generate --watch`: run, then run again whenever the spec or a file it `$ref`s changes, until
// the signal aborts (Ctrl-C in the CLI). A failing run is reported and the watch goes on.

import { unwatchFile, watchFile } from "node:fs";
import { specFiles } from "./spec-files.js";

export interface WatchIo {
  err(text: string): void;
}

/** Polling interval: fs.watch misses editors that replace files by renaming. */
const POLL_MS = 200;
/** Saves often come as several writes: wait until they settle. */
const SETTLE_MS = 150;

export async function watchSpec(spec: string, run: () => Promise<number>, io: WatchIo, signal: AbortSignal): Promise<number> {
  let code = await run();
  let watched: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const rewatch = (): void => {
    for (const f of watched) unwatchFile(f);
    watched = specFiles(spec);
    for (const f of watched) {
      watchFile(f, { interval: POLL_MS, persistent: true }, (now, before) => {
        if (now.mtimeMs === before.mtimeMs && now.size === before.size) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          running = running.then(async () => {
            if (signal.aborted) return;
            io.err(`oaswright: ${f} changed, generating again`);
            code = await run();
            rewatch();
          });
        }, SETTLE_MS);
      });
    }
    if (!signal.aborted) io.err(`oaswright: watching ${watched.length} file${watched.length === 1 ? "" : "s"} (Ctrl-C to stop)`);
  };
  rewatch();
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
  clearTimeout(timer);
  for (const f of watched) unwatchFile(f);
  await running;
  return code;
}
