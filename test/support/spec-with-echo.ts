// A spec written to a temporary folder and the echo server, both for the tests of one file:
//
//   const fixture = specWithEcho("oaswright-mappings-", SPEC);
//   ... generateFiles({ input: fixture.spec, ... }) ... fixture.echo.url ... fixture.tmp
//
// Registers its own beforeAll/afterAll; the fields are set once beforeAll has run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startEchoServer, type EchoServer } from "./echo-server.js";

export interface SpecWithEcho {
  /** The temporary folder (removed after the file's tests). */
  readonly tmp: string;
  /** The spec's path, `<tmp>/spec.yaml`. */
  readonly spec: string;
  readonly echo: EchoServer;
}

export function specWithEcho(prefix: string, specText: string): SpecWithEcho {
  const fixture = {} as { tmp: string; spec: string; echo: EchoServer };
  beforeAll(async () => {
    fixture.tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    fixture.spec = path.join(fixture.tmp, "spec.yaml");
    fs.writeFileSync(fixture.spec, specText);
    fixture.echo = await startEchoServer();
  });
  afterAll(async () => {
    await fixture.echo?.close();
    if (fixture.tmp) fs.rmSync(fixture.tmp, { recursive: true, force: true });
  });
  return fixture;
}
