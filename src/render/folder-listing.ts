// What an output folder holds at generated paths, found by listing each folder once (one readdir
// with file types) instead of asking the file system about every path: a regeneration asks about
// thousands of files in a handful of folders. The plan (src/workflow/plan.ts) uses it to find the
// files whose bytes are already there, and the writer (src/render/write.ts) to check them again
// before it leaves them in place.

import { readdirSync, type Dirent } from "node:fs";
import path from "node:path";

export class FolderListing {
  /** Each folder's entries by name, by `/`-separated relative path ("" is the root); undefined: not listable. */
  private readonly listings = new Map<string, ReadonlyMap<string, Dirent> | undefined>();

  constructor(private readonly root: string) {}

  /**
   * Whether `rel` (a path that checkOutputPath accepts) is a regular file in its folder's listing:
   * not a link, not a folder, not missing. A folder that cannot be listed (not there, not a folder,
   * unreadable) holds none.
   */
  isFile(rel: string): boolean {
    const slash = rel.lastIndexOf("/");
    return this.listing(slash === -1 ? "" : rel.slice(0, slash))?.get(rel.slice(slash + 1))?.isFile() === true;
  }

  private listing(folder: string): ReadonlyMap<string, Dirent> | undefined {
    if (this.listings.has(folder)) return this.listings.get(folder);
    let entries: Map<string, Dirent> | undefined;
    try {
      const dir = path.join(this.root, ...(folder === "" ? [] : folder.split("/")));
      entries = new Map(readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, e]));
    } catch {
      entries = undefined;
    }
    this.listings.set(folder, entries);
    return entries;
  }
}
