// What a run does to an output folder that may hold an earlier run and the user's own edits, as
// OpenAPI Generator decides it (DefaultGenerator.processTemplateToFile, generateSupportingFiles,
// TemplateManager.writeToFile):
//
//   ignored     a path `.openapi-generator-ignore` excludes is never written, created or listed
//   skipped     --skip-overwrite: a file that exists is left as it is, and still listed in FILES
//   unchanged   --minimal-update: a file whose bytes are already there is not touched (mtime kept)
//   stale       --remove-stale (oaswright's): files the previous FILES listed that this run does
//               not write; never an ignored one, the ignore file or anything outside the folder
//
// The plan only reads the disk; src/render/write.ts applies it, all or nothing.
//
// It also finds the files of `write` whose bytes are already there as regular files (`inPlace`):
// the writer touches those instead of writing them again (why: the header of src/render/write.ts).
// With `compare` on they come from the comparison made anyway; off, each folder is listed once and
// only the regular files in it are read.

import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { OaswrightError } from "../model/diagnostics.js";
import { FolderListing } from "../render/folder-listing.js";
import { checkOutputPath, type GeneratedFile } from "../render/write.js";
import { DEFAULT_IGNORE_FILE } from "./default-ignore.js";
import { IgnoreRules } from "./ignore-rules.js";
import { FILES_FILE, IGNORE_FILE, VERSION_FILE, filesFileText, parseFilesFile, versionFileText } from "./metadata.js";

export interface WorkflowOptions {
  readonly skipOverwrite?: boolean;
  readonly minimalUpdate?: boolean;
  readonly removeStale?: boolean;
  /** --ignore-file-override: an ignore file used instead of the output folder's own. */
  readonly ignoreFileOverride?: string;
  /** The OpenAPI Generator release written to VERSION (`-p oagVersion`). */
  readonly oagVersion?: string;
  /** --global-property: metadata is a supporting file, written only when supporting files are. */
  readonly globalProperties?: Readonly<Record<string, string>>;
  /**
   * Whether to read the folder's files to list `changes` (--check, the API). Off, `changes` stays
   * empty unless --minimal-update compares, and only the regular files at generated paths are read,
   * to find `inPlace`.
   */
  readonly compare?: boolean;
  /**
   * Whether to find `inPlace` when `compare` is off (default on); off for a run that writes
   * nothing (--dry-run): a big client is not read for nothing.
   */
  readonly findInPlace?: boolean;
}

export type ChangeKind = "new" | "changed" | "stale";

export interface OutputPlan {
  /** Files whose bytes go to disk. */
  readonly write: readonly GeneratedFile[];
  /**
   * Paths of `write`, in its order, whose bytes are already there as a regular file (not a link,
   * not a folder): writeOutput's `inPlace`.
   */
  readonly inPlace: readonly string[];
  /** Paths to delete (--remove-stale). */
  readonly remove: readonly string[];
  readonly ignored: readonly string[];
  readonly skipped: readonly string[];
  readonly unchanged: readonly string[];
  /** What would differ on disk after the run, in path order (--check); empty unless `compare`. */
  readonly changes: readonly { readonly path: string; readonly kind: ChangeKind }[];
  /** Things the user should hear about (warnings). */
  readonly notes: readonly string[];
}

export function planOutput(outDir: string, generated: readonly GeneratedFile[], options: WorkflowOptions = {}): OutputPlan {
  const root = path.resolve(outDir);
  const notes: string[] = [];
  const rules = new IgnoreRules(readIgnoreText(root, options.ignoreFileOverride));
  const files: GeneratedFile[] = [...generated];

  const supporting = supportingFileSelection(options.globalProperties ?? {});
  if (supporting !== "none") {
    // generateSupportingFiles: the ignore file when there is none, then VERSION; FILES last.
    if (readFile(root, IGNORE_FILE) === undefined && (supporting === "all" || supporting.has(IGNORE_FILE))) {
      files.push({ path: IGNORE_FILE, contents: DEFAULT_IGNORE_FILE });
    }
  }

  const write: GeneratedFile[] = [];
  const inPlace: string[] = [];
  const listing = new FolderListing(root);
  const ignored: string[] = [];
  const skipped: string[] = [];
  const unchanged: string[] = [];
  const listed: string[] = [];
  const changes: { path: string; kind: ChangeKind }[] = [];
  const compare = options.compare !== false || options.minimalUpdate === true;
  const consider = (file: GeneratedFile, obeysIgnore: boolean): void => {
    if (obeysIgnore && !rules.allows(file.path)) {
      ignored.push(file.path);
      return;
    }
    for (let n = file.writes ?? 1; n > 0; n--) listed.push(file.path);
    const inside = safePath(file.path);
    if (options.skipOverwrite && inside && isFileOrLink(path.join(root, ...file.path.split("/")))) {
      skipped.push(file.path);
      return;
    }
    if (!compare) {
      write.push(file);
      if (options.findInPlace !== false && inside && listing.isFile(file.path) && holdsBytes(root, file)) inPlace.push(file.path);
      return;
    }
    const existing = inside ? readFile(root, file.path) : undefined;
    const same = existing !== undefined && Buffer.compare(existing, Buffer.from(file.contents)) === 0;
    if (!same) changes.push({ path: file.path, kind: existing === undefined ? "new" : "changed" });
    if (same && options.minimalUpdate) unchanged.push(file.path);
    else {
      write.push(file);
      // Read through a link as well (a link to the same bytes is unchanged), but only a regular file stays.
      if (same && listing.isFile(file.path)) inPlace.push(file.path);
    }
  };
  for (const file of files) consider(file, true);
  if (supporting !== "none") {
    // Metadata is written by the template manager directly: ignore rules do not apply to it.
    consider({ path: VERSION_FILE, contents: versionFileText(options.oagVersion) }, false);
    consider({ path: FILES_FILE, contents: filesFileText(listed) }, false);
  }

  const remove: string[] = [];
  if (options.removeStale) {
    if (supporting !== "all") {
      notes.push("--remove-stale removes nothing in a run that selects files with --global-property (it would delete what the run left out)");
    } else {
      const previous = readFile(root, FILES_FILE);
      const now = new Set(listed);
      for (const rel of previous === undefined ? [] : parseFilesFile(previous.toString("utf8"))) {
        if (now.has(rel) || rel === IGNORE_FILE || rel === VERSION_FILE || rel === FILES_FILE) continue;
        if (!safePath(rel)) {
          notes.push(`--remove-stale: ${FILES_FILE} lists ${JSON.stringify(rel)}, which is not inside the output folder; left alone`);
          continue;
        }
        if (!rules.allows(rel) || !isFileOrLink(path.join(root, ...rel.split("/")))) continue;
        remove.push(rel);
        changes.push({ path: rel, kind: "stale" });
      }
    }
  }
  changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { write, inPlace, remove, ignored, skipped, unchanged, changes, notes };
}

/** Which supporting files a `--global-property` selection generates (as src/codegen/select-files.ts reads it). */
function supportingFileSelection(properties: Readonly<Record<string, string>>): "all" | "none" | Set<string> {
  const selectors = ["apis", "models", "supportingFiles", "webhooks"].filter((k) => Object.hasOwn(properties, k));
  if (selectors.length === 0) return "all";
  if (!selectors.includes("supportingFiles")) return "none";
  const value = properties.supportingFiles?.trim() ?? "";
  if (value === "" || value.toLowerCase() === "true") return "all";
  return new Set(value.split(":").map((n) => n.trim()));
}

/** DefaultGenerator's ignore processor: the override when given, else the folder's own file. */
function readIgnoreText(root: string, override: string | undefined): string | undefined {
  if (override !== undefined) {
    try {
      return readFileSync(override, "utf8");
    } catch (err) {
      throw new OaswrightError(`cannot read the ignore file ${override} given to --ignore-file-override (${reason(err)}): fix the path or leave the option out`);
    }
  }
  return readFile(root, IGNORE_FILE)?.toString("utf8");
}

function safePath(rel: string): boolean {
  try {
    checkOutputPath(rel);
    return true;
  } catch {
    return false;
  }
}

/** The bytes of a file in the output folder; undefined when there is no file there. */
function readFile(root: string, rel: string): Buffer | undefined {
  const file = path.join(root, ...rel.split("/"));
  try {
    return readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return undefined;
    throw new OaswrightError(`cannot read ${file} (${reason(err)}): make it readable or choose another output folder`);
  }
}

/**
 * Whether the output folder's file at `file.path` holds exactly the bytes `file` would be written
 * as; false when it cannot be read (the writer then writes it, or reports why it cannot).
 */
function holdsBytes(root: string, file: GeneratedFile): boolean {
  let there: Buffer;
  try {
    there = readFileSync(path.join(root, ...file.path.split("/")));
  } catch {
    return false;
  }
  if (typeof file.contents !== "string") return there.equals(file.contents);
  // A string is written as UTF-8; one with an unpaired surrogate decodes back differently and is
  // written again, which is only slower.
  return there.length === Buffer.byteLength(file.contents) && there.toString("utf8") === file.contents;
}

function isFileOrLink(file: string): boolean {
  try {
    const stat = lstatSync(file);
    return stat.isFile() || stat.isSymbolicLink();
  } catch {
    return false;
  }
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    default:
      return e.code ?? e.message;
  }
}
