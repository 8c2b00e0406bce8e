// Writes generated files to the output folder, all or nothing: every path is checked to stay
// inside the folder first, then the files go to a staging folder beside it and are moved into
// place. A failure before the move leaves the output folder as it was.

import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync, statSync, readdirSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { OaswrightError, type Diagnostic } from "../model/diagnostics.js";

export interface GeneratedFile {
  /** Relative to the output folder, `/`-separated. */
  readonly path: string;
  readonly contents: string | Uint8Array;
  /** What spec parts this code file implements, for the reach audit (src/codegen/reach.ts). */
  readonly covers?: Coverage;
  /** The API or model the file belongs to, for `--global-property` (src/codegen/select-files.ts); none: a supporting file. */
  readonly role?: FileRole;
}

export interface FileRole {
  readonly kind: "api" | "apiDoc" | "model" | "modelDoc";
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

export function writeOutput(outDir: string, files: readonly GeneratedFile[]): void {
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
  if (problems.length > 0) throw new OaswrightError(`nothing written to ${outDir}`, problems);

  const target = path.resolve(outDir);
  if (existsSync(target) && !statSync(target).isDirectory()) {
    throw new OaswrightError(`nothing written: ${outDir} is not a directory`, [
      { level: "error", file: outDir, pointer: "", message: "the output path exists and is not a directory" },
    ]);
  }
  const parent = path.dirname(target);
  mkdirSync(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(target)}.oaswright-${randomBytes(6).toString("hex")}`);
  try {
    // Made up front, so that a generation without files still leaves an (empty) output folder.
    mkdirSync(staging, { recursive: true });
    for (const f of files) {
      const dest = path.join(staging, ...f.path.split("/"));
      mkdirSync(path.dirname(dest), { recursive: true });
      writeFileSync(dest, f.contents);
    }
    if (!existsSync(target)) {
      renameSync(staging, target);
      return;
    }
    moveInto(staging, target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dest = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (existsSync(dest) && !statSync(dest).isDirectory()) rmSync(dest, { force: true });
      mkdirSync(dest, { recursive: true });
      moveInto(src, dest);
    } else {
      if (existsSync(dest) && statSync(dest).isDirectory()) rmSync(dest, { recursive: true, force: true });
      renameSync(src, dest);
    }
  }
}
