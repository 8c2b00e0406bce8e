// Writes generated files to the output folder, all or nothing: every path is checked to stay
// inside the folder first, then the files go to a staging folder (inside the output folder when it
// exists, else beside it) and are moved into place. A failure before the move leaves the output
// folder as it was. File-system failures become one-line errors naming the path.
//
// A file whose bytes are already there (a regeneration, mostly) is not written again but touched
// after the move: its modification time says it was generated now, as a rewrite would (OpenAPI
// Generator rewrites every file; --minimal-update leaves such files alone instead). Its inode stays,
// so a regeneration frees and allocates none: on a file system that skips recently freed inodes when
// it allocates (ext4 without a journal), thousands of replaced files made the next run's creations
// scan past all of them. Which files those are, the plan finds (src/workflow/plan.ts,
// OutputPlan.inPlace) and the caller passes on as `inPlace`: the writer reads no file of the output
// folder. It only lists the folders holding them (src/render/folder-listing.ts) before anything is
// moved: one that is no longer a regular file there (gone, or replaced by a link or a folder since
// the plan) is written like any other. Without `inPlace` every file is written.

import { mkdirSync, mkdtempSync, renameSync, rmSync, rmdirSync, utimesSync, writeFileSync, statSync, readdirSync, type Dirent } from "node:fs";
import path from "node:path";
import { OaswrightError, type Diagnostic } from "../model/diagnostics.js";
import { FolderListing } from "./folder-listing.js";

export interface GeneratedFile {
  /** Relative to the output folder, `/`-separated. */
  readonly path: string;
  readonly contents: string | Uint8Array;
  /** What spec parts this code file implements, for the reach audit (src/codegen/reach.ts). */
  readonly covers?: Coverage;
  /** The API or model the file belongs to, for `--global-property` (src/codegen/select-files.ts); none: a supporting file. */
  readonly role?: FileRole;
  /**
   * How many times OAG writes this path in a run, the last one's contents kept: `.openapi-generator/FILES`
   * lists it that often (DefaultGenerator.generateFilesMetadata lists every write). Absent: once.
   */
  readonly writes?: number;
}

export interface FileRole {
  /** `webhook`, `webhookDoc`: a 3.1 document's webhooks, written as APIs (codegen/operations.ts ApiGroup.webhooks). */
  readonly kind: "api" | "apiDoc" | "model" | "modelDoc" | "webhook" | "webhookDoc";
  /** The names that select it (`--global-property models=Pet`), compared ignoring case. */
  readonly names: readonly string[];
}

export interface Coverage {
  /** Pointers of the operations whose calls the file holds. */
  readonly operations?: readonly string[];
  /** Operations whose call one part of the file holds: operation pointer -> the text of that part. */
  readonly operationParts?: ReadonlyMap<string, string>;
  /** Names of the named schemas whose properties the file maps. */
  readonly schemas?: readonly string[];
  /** Named schemas whose properties one part of the file maps: schema name -> the text of that part. */
  readonly schemaParts?: ReadonlyMap<string, string>;
}

/** Throws unless `rel` is a plain relative path that stays inside the output folder. */
export function checkOutputPath(rel: string): void {
  const bad =
    rel === "" ||
    rel.includes("\0") ||
    rel.includes("\\") ||
    path.posix.isAbsolute(rel) ||
    /^[A-Za-z]:/.test(rel) ||
    rel.split("/").some((seg) => seg === ".." || seg === "." || seg === "");
  if (bad) throw new Error(`refusing to write outside the output folder: ${JSON.stringify(rel)}`);
}

export interface WriteOptions {
  /** Paths to delete after the files are in place (--remove-stale), relative like GeneratedFile.path. */
  readonly remove?: readonly string[];
  /**
   * Paths of `files` whose bytes are already there as regular files (OutputPlan.inPlace): touched,
   * not written, while they still are regular files when the write starts. The bytes are not checked.
   */
  readonly inPlace?: Iterable<string>;
}

export function writeOutput(outDir: string, files: readonly GeneratedFile[], options: WriteOptions = {}): void {
  checkFiles(outDir, files, options);
  const target = path.resolve(outDir);
  try {
    const staged = stage(target);
    const inPlace: GeneratedFile[] = [];
    try {
      const stillInPlace = inPlaceCheck(target, staged.targetExists ? options.inPlace : undefined);
      // One file after the other: writeFileSync encodes a string straight into the file, where
      // the asynchronous writers first copy it into a Buffer on the main thread. Writing 16 at a
      // time that way cost more time than it saved on the 2-core machine of the benchmark.
      for (const f of files) {
        if (stillInPlace(f.path)) inPlace.push(f);
        else writeFileSync(staged.folderFor(f), f.contents);
      }
      staged.commit();
    } finally {
      staged.cleanUp();
    }
    const now = new Date();
    for (const f of inPlace) touch(path.join(target, ...f.path.split("/")), f.contents, now);
    for (const rel of options.remove ?? []) removeWithEmptyFolders(target, rel);
  } catch (err) {
    if (err instanceof OaswrightError) throw err;
    throw fileSystemError(outDir, err);
  }
}

/** Throws an OaswrightError listing every path that may not be written, before anything is. */
function checkFiles(outDir: string, files: readonly GeneratedFile[], options: WriteOptions): void {
  const problems: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    try {
      checkOutputPath(f.path);
    } catch (err) {
      problems.push({ level: "error", file: outDir, pointer: "", message: (err as Error).message });
    }
    const key = f.path.toLowerCase();
    const earlier = seen.get(key);
    if (earlier === f.path) {
      problems.push({ level: "error", file: outDir, pointer: "", message: `two generated files have the same path ${f.path} (two spec names map to one generated name)` });
    } else if (earlier !== undefined) {
      problems.push({ level: "error", file: outDir, pointer: "", message: `generated files ${earlier} and ${f.path} differ only in case (one would overwrite the other on a case-insensitive file system)` });
    }
    seen.set(key, earlier ?? f.path);
  }
  for (const rel of options.remove ?? []) checkOutputPath(rel);
  if (problems.length > 0) throw new OaswrightError(`nothing written to ${outDir}`, problems);
}

/** Whether a path the plan found in place is still a regular file in the output folder (its folder listed once). */
function inPlaceCheck(target: string, planned: Iterable<string> | undefined): (rel: string) => boolean {
  const paths = new Set(planned ?? []);
  if (paths.size === 0) return () => false;
  const listing = new FolderListing(target);
  return (rel) => paths.has(rel) && listing.isFile(rel);
}

/**
 * Sets a file's times as a rewrite would. Setting them needs the file's owner where rewriting needs
 * write access: then it is rewritten with its (same) bytes. Either failing leaves the right bytes,
 * so the run does not fail for a time stamp.
 */
function touch(file: string, contents: string | Uint8Array, now: Date): void {
  try {
    utimesSync(file, now, now);
  } catch {
    try {
      writeFileSync(file, contents);
    } catch {
      // the bytes are already the generated ones
    }
  }
}

interface Staging {
  /** Whether the output folder was there before this run. */
  readonly targetExists: boolean;
  /** Makes the folders of `f` in the staging folder (each once) and returns the path to write it to. */
  folderFor(f: GeneratedFile): string;
  /** Moves the staged files into the output folder. */
  commit(): void;
  /** Removes what is left of the staging folder. */
  cleanUp(): void;
}

function stage(target: string): Staging {
  const targetExists = isFolder(target, true);
  // Staged inside an existing output folder (so a read-only parent does not matter), else beside it.
  const stagingParent = targetExists ? target : path.dirname(target);
  makeFolder(stagingParent);
  // Made up front (with a name no other run uses), so that a generation without files still leaves
  // an (empty) output folder.
  const staging = mkdtempSync(path.join(stagingParent, targetExists ? ".oaswright-staging-" : `.${path.basename(target)}.oaswright-`));
  // Folders made in the staging folder, by their `/`-separated relative path ("" is the folder itself).
  const made = new Set<string>([""]);
  const makeRelative = (rel: string): void => {
    if (made.has(rel)) return;
    const slash = rel.lastIndexOf("/");
    makeRelative(slash === -1 ? "" : rel.slice(0, slash));
    mkdirSync(path.join(staging, ...rel.split("/")));
    made.add(rel);
  };
  return {
    targetExists,
    folderFor(f) {
      const slash = f.path.lastIndexOf("/");
      if (slash !== -1) makeRelative(f.path.slice(0, slash));
      return path.join(staging, ...f.path.split("/"));
    },
    commit() {
      if (!targetExists) renameSync(staging, target);
      else moveInto(staging, target);
    },
    cleanUp() {
      rmSync(staging, { recursive: true, force: true });
    },
  };
}

/** Whether `dir` is a folder; throws (ENOTDIR) when it exists and is not one, if `mustBeFolder`. */
function isFolder(dir: string, mustBeFolder: boolean): boolean {
  let stat;
  try {
    stat = statSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return false;
    throw err;
  }
  if (!stat.isDirectory() && mustBeFolder) throw Object.assign(new Error(`${dir} is not a folder`), { code: "ENOTDIR", path: dir });
  return stat.isDirectory();
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdirSync never returns where mkdir fails with
 * ENOENT under a parent that exists (`-o /proc/nope` spun at full CPU).
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !isFolder(d, true); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

function removeWithEmptyFolders(root: string, rel: string): void {
  const segments = rel.split("/");
  rmSync(path.join(root, ...segments), { force: true });
  for (let n = segments.length - 1; n > 0; n--) {
    const dir = path.join(root, ...segments.slice(0, n));
    try {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

/** A file-system failure as one line: the path, what went wrong, what to do. */
function fileSystemError(outDir: string, err: unknown): OaswrightError {
  const e = err as NodeJS.ErrnoException;
  // The staging folder is ours, not the user's: name the folder it was to be made in.
  const at = e.path === undefined ? outDir : /\.oaswright-/.test(path.basename(e.path)) ? path.dirname(e.path) : e.path;
  const fix = "choose another output folder (-o)";
  switch (e.code) {
    case "EACCES":
    case "EPERM":
      return new OaswrightError(`nothing written to ${outDir}: no permission to write in ${at}; make it writable or ${fix}`);
    case "EROFS":
      return new OaswrightError(`nothing written to ${outDir}: ${at} is on a read-only file system; ${fix}`);
    case "ENOTDIR":
    case "EEXIST":
      return new OaswrightError(`nothing written to ${outDir}: ${firstNonFolder(at)} is a file, not a folder; ${fix}`);
    case "ENOENT":
      return new OaswrightError(`nothing written to ${outDir}: cannot create ${outDir} (the file system there does not allow it); ${fix}`);
    case "ENOSPC":
    case "EDQUOT":
      return new OaswrightError(`nothing written to ${outDir}: no space left for ${at}; free some space or ${fix}`);
    default:
      return new OaswrightError(`nothing written to ${outDir}: ${e.code ?? "error"} at ${at} (${e.message}); ${fix}`);
  }
}

/** The first existing ancestor-or-self of `p` that is not a folder (else `p`). */
function firstNonFolder(p: string): string {
  const chain: string[] = [];
  for (let d = path.resolve(p); ; d = path.dirname(d)) {
    chain.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of chain) {
    try {
      if (!statSync(d).isDirectory()) return d;
    } catch {
      return p;
    }
  }
  return p;
}

/**
 * Moves the entries of `from` into `to`, replacing what is there: a folder that `to` does not have
 * moves as a whole (one rename); one it has is merged. `to` is listed once per merged folder
 * instead of each entry being looked up.
 */
function moveInto(from: string, to: string): void {
  const existing = new Map<string, Dirent>();
  for (const entry of readdirSync(to, { withFileTypes: true })) existing.set(entry.name, entry);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dest = path.join(to, entry.name);
    const there = existing.get(entry.name);
    // A symbolic link in the output folder is followed, as statSync did: a link to a folder is merged into.
    const thereIsFolder = there !== undefined && (there.isDirectory() || (there.isSymbolicLink() && isFolder(dest, false)));
    if (entry.isDirectory()) {
      if (there === undefined) renameSync(src, dest);
      else if (thereIsFolder) moveInto(src, dest);
      else {
        rmSync(dest, { force: true });
        renameSync(src, dest);
      }
    } else {
      if (thereIsFolder) rmSync(dest, { recursive: true, force: true });
      renameSync(src, dest);
    }
  }
}
