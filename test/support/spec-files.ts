// Spec texts written to a temporary folder, for the tests of one file:
//
//   const specs = specFiles("oaswright-refsib-", { "spec30.yaml": spec("3.0.3"), "spec31.yaml": spec("3.1.0") });
//   ... generateFiles({ input: specs.path("spec30.yaml"), ... })
//
// Registers its own beforeAll/afterAll: the files exist while the file's tests run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

export interface SpecFiles {
  /** The temporary folder (removed after the file's tests). */
  readonly tmp: string;
  /** The path of one of the files written. */
  path(name: string): string;
}

export function specFiles(prefix: string, files: Readonly<Record<string, string>>): SpecFiles {
  let tmp = "";
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(tmp, name), text);
  });
  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });
  return {
    get tmp() {
      return tmp;
    },
    path: (name) => {
      if (!(name in files)) throw new Error(`specFiles: no file ${name}`);
      return path.join(tmp, name);
    },
  };
}
