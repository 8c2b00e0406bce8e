// A one-line progress display for long runs, redrawn in place on a terminal. Silent when stderr is
// not a terminal (CI logs, pipes), so scripts see only the summary line.

export interface ProgressSink {
  /** Replaces the progress line; an empty text clears it. */
  show(text: string): void;
}

/** A terminal line on `stream` when it is a TTY, else nothing. */
export function terminalProgress(stream: NodeJS.WriteStream): ProgressSink | undefined {
  if (!stream.isTTY) return undefined;
  let shown = false;
  return {
    show(text) {
      if (text === "" && !shown) return;
      // \r goes back to the line start, ESC[K clears the rest of it.
      stream.write(`\r\x1b[K${text}`);
      shown = text !== "";
    },
  };
}

/** Runs `steps` in order, naming each on the progress line with the time since the start. */
export class Progress {
  private readonly started = Date.now();

  constructor(private readonly sink: ProgressSink | undefined) {}

  step(label: string): void {
    if (!this.sink) return;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    this.sink.show(`oaswright: ${label} (${seconds} s)`);
  }

  done(): void {
    this.sink?.show("");
  }
}
