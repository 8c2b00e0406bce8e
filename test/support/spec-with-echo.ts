// A temporary folder and the echo server, for the tests of one file, with or without a spec written
// into the folder:
//
//   const fixture = specWithEcho("oaswright-mappings-", SPEC);
//   ... generateFiles({ input: fixture.spec, ... }) ... fixture.echo.url ... fixture.tmp
//
//   const fixture = folderWithEcho("oaswright-ppinit-");   // a generated client goes to fixture.tmp
//
// Each registers its own beforeAll/afterAll; the fields are set once beforeAll has run (so a
// beforeAll of the test file, registered after the call, can use them).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startEchoServer, type EchoServer } from "./echo-server.js";

export interface FolderWithEcho {
  /** The temporary folder (removed after the file's tests). */
  readonly tmp: string;
  readonly echo: EchoServer;
}

export interface SpecWithEcho extends FolderWithEcho {
  /** The spec's path, `<tmp>/spec.yaml`. */
  readonly spec: string;
}

export function folderWithEcho(prefix: string): FolderWithEcho {
  const fixture = {} as { tmp: string; echo: EchoServer };
  beforeAll(async () => {
    fixture.tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    fixture.echo = await startEchoServer();
  });
  afterAll(async () => {
    await fixture.echo?.close();
    if (fixture.tmp) fs.rmSync(fixture.tmp, { recursive: true, force: true });
  });
  return fixture;
}

export function specWithEcho(prefix: string, specText: string): SpecWithEcho {
  const folder = folderWithEcho(prefix);
  let spec = "";
  beforeAll(() => {
    spec = path.join(folder.tmp, "spec.yaml");
    fs.writeFileSync(spec, specText);
  });
  return {
    get tmp() {
      return folder.tmp;
    },
    get echo() {
      return folder.echo;
    },
    get spec() {
      return spec;
    },
  };
}
