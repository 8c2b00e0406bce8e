// platform=deno output run in Deno itself (the `deno` npm package, a devDependency): the client and
// an application using it are type-checked by `deno check` (Deno's own strict TypeScript), then the
// application runs in Deno against the echo server on 127.0.0.1 and prints what it got; this file
// compares that. Covers what differs in Deno: `.ts` import specifiers, Deno's fetch, File and
// FormData, and node:http through Deno's Node compatibility for a GET with a body.

import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { generateClient, writeClient } from "./client-support.js";

const run = promisify(execFile);

const APP = `
import * as W from "./client/index.ts";

const url = Deno.args[0] ?? "";
const config = W.createConfiguration({
    baseServer: new W.ServerConfiguration<{}>(url, {}),
    authMethods: { api_key_header: "k1", bearer: "t1" },
});
const out: Record<string, unknown> = {};

const query: W.Reflection = await new W.ParamsApi(config).queryParams({ tags: ["a", "b"], ids: [1, 2], flag: true, since: new Date(Date.UTC(2020, 0, 2)) });
out["query"] = [query.method, query.path, query.query, query.headers?.["x-api-key"]];

const path: W.Reflection = await new W.ParamsApi(config).pathParams({ id: "a/b c", list: [1, 2], obj: { xCoord: 1, yCoord: 2 }, label: ["x"], matrix: ["m"] });
out["path"] = path.path;

const bodies = new W.BodiesApi(config);
const upload = await bodies.multipartBody({ file: new File([new Uint8Array([0, 1, 255])], "a.bin", { type: "application/x-a" }), note: "hi", meta: { xCoord: 1, yCoord: 2 } });
out["multipart"] = (upload.multipart ?? []).map((p) => [p.name, p.filename, p.contentType, p.base64]);

const get = await bodies.getWithBody({ stamp: { atTime: new Date("2020-01-02T03:04:05.000Z") } });
out["getWithBody"] = [get.method, get.contentType, get.json];

const bearer = await new W.AuthApi(config).authBearer();
out["bearer"] = bearer.headers?.["authorization"];

try {
    await new W.ResponsesApi(config).status({ code: 404 });
    out["status"] = "resolved";
} catch (e) {
    out["status"] = [e instanceof W.ApiException, (e as W.ApiException<unknown>).code];
}

const file = await new W.ResponsesApi(config).download({ n: 3 });
out["download"] = [file instanceof Blob, file.name, [...new Uint8Array(await file.arrayBuffer())]];

console.log(JSON.stringify(out));
`;

const deno = (): string => {
  // The npm package's launcher finds the binary of this platform's @deno/* package.
  return createRequire(import.meta.url).resolve("deno/bin.cjs");
};

const fixture = folderWithEcho("oaswright-deno-");

beforeAll(async () => {
  const files = [
    ...(await generateClient("wire.yaml", { platform: "deno", useObjectParameters: "true" })).map((f) => ({ ...f, path: `client/${f.path}` })),
    { path: "app.ts", contents: APP },
  ];
  writeClient(fixture.tmp, files);
}, 60_000);

/** Runs the deno CLI in the app folder, with its own cache folder and no config file lookup. */
function denoRun(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const env = { ...process.env, DENO_DIR: path.join(fixture.tmp, ".deno"), NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" };
  return run(process.execPath, [deno(), ...args], { cwd: fixture.tmp, env, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 });
}

describe("platform=deno: the client in Deno", () => {
  it("type-checks with deno check (client and application)", async () => {
    const { stderr } = await denoRun(["check", "--no-config", "--no-lock", "app.ts"]);
    expect(stderr).not.toMatch(/error/i);
  }, 120_000);

  it("runs against the echo server: parameters, auth, multipart with a File, a GET with a body, errors, downloads", async () => {
    const { stdout } = await denoRun(["run", "--no-config", "--no-lock", "--no-check", "--allow-net=127.0.0.1", "app.ts", fixture.echo.url]);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out["query"]).toEqual(["GET", "/query", "tags=a&tags=b&ids=1,2&since=2020-01-02T00%3A00%3A00.000Z&flag=true", "k1"]);
    expect(out["path"]).toBe("/params/a%2Fb%20c/1,2/x_coord=1,y_coord=2/.x/;matrix=m");
    expect(out["multipart"]).toEqual([
      ["file", "a.bin", "application/x-a", Buffer.from([0, 1, 255]).toString("base64")],
      ["meta", null, "application/json", Buffer.from('{"x_coord":1,"y_coord":2}').toString("base64")],
      ["note", null, null, Buffer.from("hi").toString("base64")],
    ]);
    // fetch refuses a GET with a body: the client sends it through Deno's node:http.
    expect(out["getWithBody"]).toEqual(["GET", "application/json", { at_time: "2020-01-02T03:04:05.000Z" }]);
    expect(out["bearer"]).toBe("Bearer t1");
    expect(out["status"]).toEqual([true, 404]);
    expect(out["download"]).toEqual([true, "data.bin", [0, 1, 2]]);
  }, 120_000);
});
