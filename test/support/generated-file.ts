// The text of one generated file, for tests that read a generation's output in memory.

/** The contents of the file at `path` (as UTF-8 text); throws when the generation wrote none there. */
export function fileText(files: readonly { path: string; contents: string | Uint8Array }[], path: string): string {
  const f = files.find((x) => x.path === path);
  if (f === undefined) throw new Error(`no generated file ${path}`);
  return typeof f.contents === "string" ? f.contents : Buffer.from(f.contents).toString("utf8");
}

/** The contents of the file at `path`, or undefined when the generation wrote none there (for tests that check a file is absent). */
export function fileTextOrUndefined(files: readonly { path: string; contents: string | Uint8Array }[], path: string): string | undefined {
  return files.some((x) => x.path === path) ? fileText(files, path) : undefined;
}
