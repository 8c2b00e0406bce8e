// framework=jquery: OpenAPI Generator's jQuery client surface (http/jquery.ts, JQueryHttpLibrary as
// the default library, jquery and @types/jquery as dependencies). An application is type-checked
// strict against the generated client (with jquery's own types), bundled with the real jquery
// package by esbuild, and run inside a jsdom page whose origin is the echo server on 127.0.0.1:
// jQuery.ajax sends through jsdom's XMLHttpRequest, which does real HTTP. jquery, @types/jquery
// and jsdom are devDependencies of oaswright. jsdom has no TextEncoder/TextDecoder (browsers do):
// the page gets Node's.

import fs from "node:fs";
import path from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { CJS_STRICT_OPTIONS, STRICT_OPTIONS, formatDiagnostics, generateClient, typeCheck, writeClient } from "./client-support.js";

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

const APP = `
import {
    createConfiguration, PetApi, Pet, ApiException, ServerConfiguration, RequestContext, HttpMethod, HttpException,
    JQueryHttpLibrary, type HttpLibrary, type JQueryAjax, type ResponseContext,
} from "./client";
import type { PromiseMiddleware } from "./client/middleware";
import { JQueryHttpLibrary as DeepJQuery } from "./client/http/jquery";

/** Records the body of every response the API layer receives (the echo server's reflection). */
class Recorder implements PromiseMiddleware {
    public readonly seen: unknown[] = [];
    public pre(context: RequestContext): Promise<RequestContext> {
        return Promise.resolve(context);
    }
    public async post(context: ResponseContext): Promise<ResponseContext> {
        this.seen.push(JSON.parse(await context.body.text()));
        return context;
    }
}

function readBlob(blob: Blob): Promise<number[]> {
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve([...new Uint8Array(reader.result as ArrayBuffer)]);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(blob);
    });
}

export async function run(url: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const recorder = new Recorder();
    // No httpApi: the default library of a jquery client is JQueryHttpLibrary.
    const configuration = createConfiguration({
        baseServer: new ServerConfiguration<{}>(url + "/v2", {}),
        promiseMiddleware: [recorder],
        authMethods: { api_key: "key", petstore_auth: { accessToken: "tok" } },
    });
    out["defaultLibrary"] = configuration.httpApi instanceof JQueryHttpLibrary && JQueryHttpLibrary === DeepJQuery;
    const petApi = new PetApi(configuration);

    const pet = new Pet();
    pet.name = "doggie";
    pet.photoUrls = ["a", "b"];
    const added: Pet = await petApi.addPet(pet);
    const r0 = recorder.seen[0] as any;
    out["addPet"] = [added instanceof Pet, r0.method, r0.path, r0.contentType, r0.json, r0.headers["authorization"], r0.headers["x-requested-with"], /jsdom/.test(r0.headers["user-agent"])];

    await petApi.findPetsByStatus(["available", "sold"]);
    const r1 = recorder.seen[1] as any;
    out["findPetsByStatus"] = [r1.method, r1.path, r1.query];

    const info = await petApi.getPetByIdWithHttpInfo(7);
    out["getPetById"] = [info.httpStatusCode, info.headers["content-type"], (recorder.seen[2] as any).headers["api_key"]];

    const file = { data: new Blob(["hello"], { type: "text/plain" }), name: "a.txt" };
    await petApi.uploadFile(3, "meta", file);
    const r3 = recorder.seen[3] as any;
    out["uploadFile"] = [r3.path, /^multipart\\/form-data; boundary=/.test(r3.contentType),
        r3.multipart.map((p: any) => [p.name, p.filename, p.text])];

    const failing = new PetApi(createConfiguration({ baseServer: new ServerConfiguration<{}>(url + "/__status/404", {}), authMethods: { api_key: "key" } }));
    try {
        await failing.getPetById(1);
        out["error"] = "resolved";
    } catch (e) {
        out["error"] = [e instanceof ApiException, (e as ApiException<unknown>).code];
    }

    // The library on its own, as custom code uses it.
    const lib: HttpLibrary = new JQueryHttpLibrary();
    const bytes = await lib.send(new RequestContext(url + "/__bytes/5", HttpMethod.GET)).toPromise();
    const blob = await bytes.body.binary();
    out["binary"] = [bytes.httpStatusCode, blob instanceof Blob, blob.type, await readBlob(blob), bytes.headers["content-disposition"]];

    const text = await lib.send(new RequestContext(url + "/__text/h%C3%A9llo", HttpMethod.GET)).toPromise();
    out["text"] = [text.httpStatusCode, await text.body.text()];

    const put = new RequestContext(url + "/raw", HttpMethod.PUT);
    put.setHeaderParam("X-Token", "T");
    put.setHeaderParam("Content-Type", "text/plain");
    put.setBody("plain body");
    const putEcho = JSON.parse(await (await lib.send(put).toPromise()).body.text());
    out["put"] = [putEcho.method, putEcho.headers["x-token"], putEcho.contentType, putEcho.bodyText];

    const cookie = new RequestContext(url + "/c", HttpMethod.GET);
    cookie.addCookie("a", "b");
    try {
        await lib.send(cookie).toPromise();
        out["cookie"] = "sent";
    } catch (e) {
        out["cookie"] = [e instanceof HttpException, /Cookie/.test((e as Error).message)];
    }

    const controller = new AbortController();
    const slow = new RequestContext(url + "/__delay/3000", HttpMethod.GET);
    slow.setSignal(controller.signal);
    const started = Date.now();
    setTimeout(() => controller.abort(new Error("stopped")), 50);
    try {
        await lib.send(slow).toPromise();
        out["abort"] = "resolved";
    } catch (e) {
        out["abort"] = [(e as Error).message, Date.now() - started < 2000];
    }

    // A jQuery of the application's own (here: one that counts the calls).
    let calls = 0;
    const base = (globalThis as any).__jquery as JQueryAjax;
    const counting: JQueryAjax = { ajaxSettings: base.ajaxSettings, ajax: (settings: { [option: string]: unknown }) => { calls++; return base.ajax(settings); } };
    const own = await new JQueryHttpLibrary(counting).send(new RequestContext(url + "/own", HttpMethod.GET)).toPromise();
    out["own"] = [own.httpStatusCode, calls];

    // A relative server URL is resolved against the page, as OAG's browser client resolves it.
    out["relative"] = new ServerConfiguration<{}>("/v2", {}).makeRequestContext("/pet/5?x=1", HttpMethod.GET).getUrl();
    return out;
}
`;

/** Exposes the bundled jquery to the app (as a page's own jQuery would be). */
const ENTRY = `
import * as jquery from "jquery";
(globalThis as any).__jquery = (jquery as any).default ?? jquery;
export { run } from "./app";
`;

const fixture = folderWithEcho("oaswright-jquery-");
let bundle: string;

beforeAll(async () => {
  const files = [
    ...(await generateClient("petstore.yaml", { framework: "jquery", npmName: "ts-petstore-client" })).map((f) => ({ ...f, path: `client/${f.path}` })),
    { path: "app.ts", contents: APP },
    { path: "entry.ts", contents: ENTRY },
  ];
  const src = path.join(fixture.tmp, "src");
  const roots = writeClient(src, files);
  fs.writeFileSync(path.join(src, "package.json"), '{ "type": "commonjs" }\n');
  // The client's imports of jquery resolve as in an application: node_modules/jquery and its types.
  fs.mkdirSync(path.join(fixture.tmp, "node_modules", "@types"), { recursive: true });
  for (const dep of ["jquery", "@types/jquery", "@types/sizzle"]) fs.symlinkSync(path.join(PROJECT, "node_modules", dep), path.join(fixture.tmp, "node_modules", dep), "dir");
  const diagnostics = typeCheck(roots.filter((r) => !r.endsWith("entry.ts")), CJS_STRICT_OPTIONS);
  if (diagnostics.length > 0) throw new Error(formatDiagnostics(diagnostics));
  const result = await build({ entryPoints: [path.join(src, "entry.ts")], bundle: true, format: "iife", globalName: "oaswrightApp", platform: "browser", target: "es2020", write: false, logLevel: "silent" });
  bundle = result.outputFiles[0]!.text;
}, 120_000);

describe("framework=jquery: the client on jQuery.ajax in a page", () => {
  it("generates OAG's jquery layout and dependencies", async () => {
    const files = await generateClient("petstore.yaml", { framework: "jquery", npmName: "ts-petstore-client" });
    const paths = files.map((f) => f.path);
    expect(paths).toContain("http/jquery.ts");
    expect(paths).not.toContain("http/isomorphic-fetch.ts");
    const pkg = JSON.parse(String(files.find((f) => f.path === "package.json")!.contents));
    expect(pkg.dependencies).toEqual({ "@types/jquery": "^3.3.29", jquery: "^3.4.1" });
    const index = String(files.find((f) => f.path === "index.ts")!.contents);
    expect(index).toMatch(/\bJQueryHttpLibrary\b/);
    expect(index).not.toMatch(/IsomorphicFetchHttpLibrary/);
    // deno has no DOM for jQuery: the fetch client, as without the option.
    const deno = (await generateClient("petstore.yaml", { framework: "jquery", platform: "deno" })).map((f) => f.path);
    expect(deno).toContain("http/isomorphic-fetch.ts");
    expect(deno).not.toContain("http/jquery.ts");
  });

  it("type-checks strict as an ES module package with rxjs too", async () => {
    const files = await generateClient("petstore.yaml", { framework: "jquery", supportsES6: "true", importFileExtension: ".js", useRxJS: "true" });
    const dir = path.join(fixture.tmp, "esm");
    const roots = writeClient(path.join(dir, "src"), files);
    fs.writeFileSync(path.join(dir, "src", "package.json"), '{ "type": "module" }\n');
    fs.mkdirSync(path.join(dir, "node_modules", "@types"), { recursive: true });
    for (const dep of ["jquery", "rxjs", "@types/jquery", "@types/sizzle"]) fs.symlinkSync(path.join(PROJECT, "node_modules", dep), path.join(dir, "node_modules", dep), "dir");
    const diagnostics = typeCheck(roots, STRICT_OPTIONS);
    expect(formatDiagnostics(diagnostics)).toBe("");
  });

  it("sends every kind of request through jQuery and jsdom's XMLHttpRequest to the echo server", async () => {
    const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { url: `${fixture.echo.url}/page.html`, runScripts: "outside-only" });
    try {
      Object.assign(dom.window, { TextDecoder, TextEncoder });
      dom.window.eval(bundle);
      const app = (dom.window as unknown as { oaswrightApp: { run(url: string): Promise<Record<string, unknown>> } }).oaswrightApp;
      // Plain data: compare in this realm.
      const out = JSON.parse(JSON.stringify(await app.run(fixture.echo.url))) as Record<string, unknown>;
      expect(out["defaultLibrary"]).toBe(true);
      // X-Requested-With: jQuery's mark on same-origin requests; the user agent is jsdom's XHR.
      expect(out["addPet"]).toEqual([true, "POST", "/v2/pet", "application/json", { name: "doggie", photoUrls: ["a", "b"] }, "Bearer tok", "XMLHttpRequest", true]);
      expect(out["findPetsByStatus"]).toEqual(["GET", "/v2/pet/findByStatus", "status=available,sold"]);
      expect(out["getPetById"]).toEqual([200, "application/json", "key"]);
      expect(out["uploadFile"]).toEqual(["/v2/pet/3/uploadImage", true, [["additionalMetadata", null, "meta"], ["file", "a.txt", "hello"]]]);
      expect(out["error"]).toEqual([true, 404]);
      expect(out["binary"]).toEqual([200, true, "application/octet-stream", [0, 1, 2, 3, 4], 'attachment; filename="data.bin"']);
      expect(out["text"]).toEqual([200, "héllo"]);
      expect(out["put"]).toEqual(["PUT", "T", "text/plain", "plain body"]);
      expect(out["cookie"]).toEqual([true, true]);
      expect(out["abort"]).toEqual(["stopped", true]);
      expect(out["own"]).toEqual([200, 1]);
      expect(out["relative"]).toBe(`${fixture.echo.url}/v2/pet/5?x=1`);
    } finally {
      dom.window.close();
    }
  });
});
