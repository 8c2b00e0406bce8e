// Runs the planned calls through a generated typescript client (compiled to JavaScript and imported
// into this process): `new <Api>(configuration).<method>({ ...request object })`, every argument
// converted from its wire form by the client's own ObjectSerializer.

import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { GeneratedFile } from "../../src/render/write.js";
import { transpileToJs } from "../generators/typescript/client-support.js";
import type { Credentials } from "./credentials.js";
import type { MockServer } from "./mock-server.js";
import type { PlannedCall } from "./plan.js";
import { BINARY_MARK } from "./values.js";
import type { Json } from "./spec-doc.js";

export interface CallOutcome {
  readonly id: string;
  /** undefined: the call returned; else the error's text. */
  readonly error?: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the compiled client is loaded untyped */
export async function runTypeScriptCalls(files: readonly GeneratedFile[], dir: string, calls: readonly PlannedCall[], mock: MockServer, credentials: Credentials): Promise<CallOutcome[]> {
  transpileToJs(files, dir);
  const client: any = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, "index.js")).href);
  const authMethods: Record<string, unknown> = {};
  for (const s of credentials.schemes) {
    if (s.type === "apiKey") authMethods[s.name] = credentials.apiKey;
    else if (s.type === "http" && s.scheme === "basic") authMethods[s.name] = { username: credentials.username, password: credentials.password };
    else if (s.type === "http") authMethods[s.name] = credentials.token;
    else authMethods[s.name] = { accessToken: credentials.token };
  }
  const config = client.createConfiguration({ baseServer: new client.ServerConfiguration(mock.url, {}), authMethods });
  const out: CallOutcome[] = [];
  for (const call of calls) {
    if (call.notJudged) continue;
    mock.mark(call.id);
    try {
      const Api = client[call.api];
      if (typeof Api !== "function") throw new Error(`index.ts exports no ${call.api}`);
      const api = new Api(config);
      // The method is the operationId, made an identifier (`123testSpecialTags` -> `_123testSpecialTags`).
      const plain = (n: string) => n.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
      const method = api[call.method] ?? api[Object.getOwnPropertyNames(Object.getPrototypeOf(api)).find((n) => plain(n) === plain(call.method)) ?? ""];
      if (typeof method !== "function") throw new Error(`${call.api} has no method ${call.method}`);
      const request: Record<string, unknown> = {};
      for (const a of call.args) request[a.name] = client.ObjectSerializer.deserialize(withFiles(a.value), a.typeInfo ?? "any");
      await method.call(api, request);
      out.push({ id: call.id });
    } catch (e) {
      const err = e as Error & { code?: number; body?: unknown };
      out.push({ id: call.id, error: `${err.name}: ${err.message}`.slice(0, 600) });
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

/** Binary marks become files (HttpFile: a Blob with a name). */
function withFiles(value: Json): unknown {
  if (value === BINARY_MARK) return new File([Buffer.from("hello oaswright")], "hello.txt", { type: "text/plain" });
  if (Array.isArray(value)) return value.map(withFiles);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withFiles(v)]));
  return value;
}
