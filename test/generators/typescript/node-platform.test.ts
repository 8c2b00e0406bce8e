// platform=node specifics of OAG's Node client that application code uses: a multipart body built
// with the form-data package (`requestContext.setBody(formData)`), RequestContext's
// setAgent/getAgent (requests with an agent go through node:http(s) and use it), and response bytes
// as a Buffer. The application is type-checked strict against the generated client, then run
// against the echo server on 127.0.0.1 (and an https server with a self-signed certificate). The form-data package is not a dependency of oaswright: the
// application declares a class with the same members as form-data's FormData declaration
// (getBuffer, getHeaders(userHeaders?)) and builds the multipart bytes itself.

import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import type { Duplex } from "node:stream";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { CJS_STRICT_OPTIONS, formatDiagnostics, generateClient, transpileToJs, typeCheck, writeClient } from "./client-support.js";

const APP = `
import * as petstore from "./client";
import { RequestContext, HttpMethod, IsomorphicFetchHttpLibrary, type RequestBody, type ResponseContext } from "./client";

/** The members of the form-data package's FormData that the client reads (its .d.ts has these). */
class FormDataLike {
    private readonly boundary = "----oaswright-boundary-7";
    private readonly parts: string[] = [];
    append(name: string, value: string, filename?: string): void {
        const disposition = filename === undefined ? \`form-data; name="\${name}"\` : \`form-data; name="\${name}"; filename="\${filename}"\`;
        const type = filename === undefined ? "" : "Content-Type: application/octet-stream\\r\\n";
        this.parts.push(\`--\${this.boundary}\\r\\nContent-Disposition: \${disposition}\\r\\n\${type}\\r\\n\${value}\\r\\n\`);
    }
    getHeaders(userHeaders?: { [key: string]: any }): { [key: string]: any } {
        return { ...userHeaders, "content-type": "multipart/form-data; boundary=" + this.boundary };
    }
    getBuffer(): Uint8Array {
        return new TextEncoder().encode(this.parts.join("") + \`--\${this.boundary}--\\r\\n\`);
    }
}

export async function run(url: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const lib: petstore.HttpLibrary = new IsomorphicFetchHttpLibrary();

    const form = new FormDataLike();
    form.append("test", "test2");
    form.append("testFile", "abc", "fileName.json");
    const body: RequestBody = form;
    const ctx = new RequestContext(url + "/post", HttpMethod.POST);
    ctx.setHeaderParam("X-Test-Token", "Test-Token");
    ctx.setHeaderParam("Content-Type", "application/json");
    ctx.addCookie("test-cookie", "cookie-value");
    ctx.setBody(body);
    const resp: ResponseContext = await lib.send(ctx).toPromise();
    const echoed = JSON.parse(await resp.body.text());
    out["form"] = [resp.httpStatusCode, echoed.headers["x-test-token"], echoed.cookies["test-cookie"], echoed.contentType,
        echoed.multipart.map((p: { name: string; filename: string | null; text?: string }) => [p.name, p.filename])];

    const raw = await (await lib.send(new RequestContext(url + "/bytes", HttpMethod.GET)).toPromise()).body.binary();
    out["binary"] = [raw instanceof Uint8Array, raw.constructor.name, JSON.parse(new TextDecoder().decode(raw)).path];
    // Typed as OAG's Node client types it: a Buffer, with Buffer's own methods.
    const typed: Buffer = raw;
    out["bufferTyped"] = typed.toString("base64") === Buffer.from(raw).toString("base64");
    const self = new petstore.SelfDecodingBody(Promise.resolve(new TextEncoder().encode("hi")));
    out["selfDecoding"] = await self.text();
    const selfBytes: Buffer = await self.binary();
    out["selfBuffer"] = Buffer.isBuffer(selfBytes) && selfBytes.toString("utf8") === "hi";

    const agent = { destroy(): void {} };
    const withAgent = new RequestContext(url + "/get", HttpMethod.GET);
    out["noAgent"] = withAgent.getAgent() === undefined;
    withAgent.setAgent(agent);
    out["getAgent"] = withAgent.getAgent() === agent;
    return out;
}

/** Requests through an http.Agent the test observes, as applications set one: on a RequestContext, and in a middleware. */
export async function runAgent(url: string, agent: petstore.HttpAgent): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const lib = new IsomorphicFetchHttpLibrary();
    const reflect = async (ctx: RequestContext) => {
        ctx.setAgent(agent);
        const resp = await lib.send(ctx).toPromise();
        return [resp.httpStatusCode, JSON.parse(await resp.body.text())];
    };

    const get = new RequestContext(url + "/get", HttpMethod.GET);
    get.setQueryParam("q", "a b");
    get.setHeaderParam("X-Test-Token", "Test-Token");
    get.addCookie("c", "1");
    const [getStatus, got] = await reflect(get);
    out["get"] = [getStatus, got.method, got.path, got.query, got.headers["x-test-token"], got.cookies["c"]];

    const post = new RequestContext(url + "/post", HttpMethod.POST);
    post.setHeaderParam("Content-Type", "application/json");
    post.setBody(JSON.stringify({ name: "Grüße" }));
    const [, posted] = await reflect(post);
    out["post"] = [posted.method, posted.contentType, posted.json, posted.headers["content-length"]];

    const upload = new FormData();
    upload.append("additionalMetadata", "meta");
    upload.append("file", new Blob([new Uint8Array([0, 1, 2, 255])], { type: "image/png" }), "pet.png");
    const multipart = new RequestContext(url + "/upload", HttpMethod.POST);
    multipart.setBody(upload);
    const [, uploaded] = await reflect(multipart);
    out["multipart"] = uploaded.multipart.map((p: { name: string; filename: string | null; contentType: string | null; base64: string }) => [p.name, p.filename, p.contentType, p.base64]);

    const form = new FormDataLike();
    form.append("test", "test2");
    const nodeForm = new RequestContext(url + "/nodeform", HttpMethod.PUT);
    nodeForm.setBody(form);
    const [, formed] = await reflect(nodeForm);
    out["nodeForm"] = [formed.method, formed.contentType, formed.multipart.map((p: { name: string; text?: string }) => [p.name, p.text])];

    const getWithBody = new RequestContext(url + "/getbody", HttpMethod.GET);
    getWithBody.setHeaderParam("Content-Type", "text/plain");
    getWithBody.setBody("in a GET");
    const [, gotBody] = await reflect(getWithBody);
    out["getWithBody"] = [gotBody.method, gotBody.bodyText];

    const redirect = new RequestContext(url + "/__respond", HttpMethod.POST);
    redirect.setHeaderParam("Content-Type", "application/json");
    redirect.setHeaderParam("Authorization", "Bearer same-origin");
    redirect.setBody(JSON.stringify({ status: 303, headers: { location: "/after?r=1" } }));
    const [redirectStatus, after] = await reflect(redirect);
    out["redirect"] = [redirectStatus, after.method, after.path, after.query, after.headers["authorization"], after.contentType];

    const status = new RequestContext(url + "/__status/404", HttpMethod.DELETE);
    const [missing, body] = await reflect(status);
    out["status"] = [missing, body];

    // Through the API: OAG's applications set the agent in a middleware.
    const config = petstore.createConfiguration({
        baseServer: new petstore.ServerConfiguration<{}>(url, {}),
        promiseMiddleware: [{ pre: async (c: RequestContext) => { c.setAgent(agent); return c; }, post: async (r: ResponseContext) => r }],
    });
    const info = await new petstore.PetApi(config).getPetByIdWithHttpInfo(7);
    await new petstore.PetApi(config).deletePet(7, "key");
    out["api"] = info.httpStatusCode;
    return out;
}

/** A GET through an agent to a server that compresses as asked; the body as the client gives it. */
export async function runCompressed(url: string, agent: petstore.HttpAgent, acceptEncoding?: string): Promise<unknown> {
    const ctx = new RequestContext(url, HttpMethod.GET);
    ctx.setAgent(agent);
    if (acceptEncoding !== undefined) ctx.setHeaderParam("Accept-Encoding", acceptEncoding);
    const resp = await new IsomorphicFetchHttpLibrary().send(ctx).toPromise();
    return [resp.httpStatusCode, resp.headers["content-encoding"], await resp.body.text()];
}

/** A GET over https; with an agent if given. */
export async function runHttps(url: string, agent: petstore.HttpAgent | undefined): Promise<unknown> {
    const ctx = new RequestContext(url + "/secure", HttpMethod.GET);
    if (agent !== undefined) ctx.setAgent(agent);
    try {
        const resp = await new IsomorphicFetchHttpLibrary().send(ctx).toPromise();
        return [resp.httpStatusCode, await resp.body.text()];
    } catch (e) {
        const cause = (e as { cause?: { code?: string } }).cause;
        return ["failed", cause?.code ?? (e as { code?: string }).code];
    }
}
`;

const fixture = folderWithEcho("oaswright-node-platform-");
let app: {
  run(url: string): Promise<Record<string, unknown>>;
  runAgent(url: string, agent: http.Agent): Promise<Record<string, unknown>>;
  runHttps(url: string, agent: https.Agent | undefined): Promise<unknown>;
  runCompressed(url: string, agent: http.Agent, acceptEncoding?: string): Promise<unknown>;
};

/** A keep-alive agent that records the connections it opens and the requests it carries. */
class RecordingAgent extends http.Agent {
  connections = 0;
  requests: string[] = [];
  constructor() {
    super({ keepAlive: true, maxSockets: 1 });
  }
  override createConnection(...args: Parameters<http.Agent["createConnection"]>): Duplex | null | undefined {
    this.connections++;
    return super.createConnection(...args);
  }
}
// Node calls addRequest once per request that uses the agent (not in @types/node's declaration).
const addRequest = (http.Agent.prototype as unknown as { addRequest: (req: http.ClientRequest, options: unknown) => void }).addRequest;
(RecordingAgent.prototype as unknown as { addRequest: (req: http.ClientRequest, options: unknown) => void }).addRequest = function (this: RecordingAgent, req, options) {
  this.requests.push(`${req.method} ${req.path}`);
  return addRequest.call(this, req, options);
};

beforeAll(async () => {
  const files = [
    ...(await generateClient("petstore.yaml", { platform: "node", npmName: "ts-petstore-client" })).map((f) => ({ ...f, path: `client/${f.path}` })),
    { path: "app.ts", contents: APP },
  ];
  const src = path.join(fixture.tmp, "src");
  const roots = writeClient(src, files);
  fs.writeFileSync(path.join(src, "package.json"), '{ "type": "commonjs" }\n');
  const diagnostics = typeCheck(roots, CJS_STRICT_OPTIONS);
  if (diagnostics.length > 0) throw new Error(formatDiagnostics(diagnostics));
  transpileToJs(files, path.join(fixture.tmp, "js"));
  app = createRequire(path.join(fixture.tmp, "js", "package.json"))("./app.js");
}, 120_000);

describe("platform=node: OAG's Node request surface", () => {
  it("sends a form-data package FormData as multipart with its own Content-Type; keeps the agent it is given", async () => {
    const out = await app.run(fixture.echo.url);
    expect(out["form"]).toEqual([200, "Test-Token", "cookie-value", "multipart/form-data; boundary=----oaswright-boundary-7", [["test", null], ["testFile", "fileName.json"]]]);
    // OAG's Node ResponseBody.binary() gives a Buffer.
    expect(out["binary"]).toEqual([true, "Buffer", "/bytes"]);
    expect(out["bufferTyped"]).toBe(true);
    expect(out["selfDecoding"]).toBe("hi");
    expect(out["selfBuffer"]).toBe(true);
    expect(out["noAgent"]).toBe(true);
    expect(out["getAgent"]).toBe(true);
  });

  it("sends requests that carry an http.Agent through that agent (one keep-alive connection), bodies and redirects as fetch sends them", async () => {
    const agent = new RecordingAgent();
    try {
      const out = await app.runAgent(fixture.echo.url, agent);
      expect(out["get"]).toEqual([200, "GET", "/get", "q=a%20b", "Test-Token", "1"]);
      expect(out["post"]).toEqual(["POST", "application/json", { name: "Grüße" }, String(Buffer.byteLength('{"name":"Grüße"}'))]);
      // fetch's multipart encoding (a Blob part with its file name and type), sent by node:http.
      expect(out["multipart"]).toEqual([
        ["additionalMetadata", null, null, Buffer.from("meta").toString("base64")],
        ["file", "pet.png", "image/png", Buffer.from([0, 1, 2, 255]).toString("base64")],
      ]);
      expect(out["nodeForm"]).toEqual(["PUT", "multipart/form-data; boundary=----oaswright-boundary-7", [["test", "test2"]]]);
      expect(out["getWithBody"]).toEqual(["GET", "in a GET"]);
      // 303 after a POST: a GET to the new location, same origin keeps Authorization, no body type.
      expect(out["redirect"]).toEqual([200, "GET", "/after", "r=1", "Bearer same-origin", null]);
      expect(out["status"]).toEqual([404, { code: 404, message: "status 404" }]);
      expect(out["api"]).toBe(200);
      expect(agent.requests).toEqual([
        "GET /get?q=a%20b",
        "POST /post",
        "POST /upload",
        "PUT /nodeform",
        "GET /getbody",
        "POST /__respond",
        "GET /after?r=1",
        "DELETE /__status/404",
        "GET /pet/7",
        "DELETE /pet/7",
      ]);
      expect(agent.connections).toBe(1);
    } finally {
      agent.destroy();
    }
  });

  it("asks for and decodes compressed responses as fetch does (gzip, deflate with and without zlib header, br)", async () => {
    // Answers the path's encoding ("/gzip", "/deflate", "/deflate-raw", "/br") when the request accepts it.
    const server = http.createServer((req, res) => {
      const accepted = String(req.headers["accept-encoding"] ?? "");
      const text = JSON.stringify({ accepted, text: "Grüße ".repeat(50) });
      const coding = (req.url ?? "").slice(1);
      const name = coding === "deflate-raw" ? "deflate" : coding;
      if (!accepted.split(",").map((c) => c.trim()).includes(name)) {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(text);
      }
      const body =
        coding === "gzip" ? zlib.gzipSync(text) : coding === "deflate" ? zlib.deflateSync(text) : coding === "deflate-raw" ? zlib.deflateRawSync(text) : zlib.brotliCompressSync(text);
      res.writeHead(200, { "content-type": "application/json", "content-encoding": name });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const agent = new RecordingAgent();
    const expected = (coding: string | undefined, accepted: string) => [200, coding, JSON.stringify({ accepted, text: "Grüße ".repeat(50) })];
    try {
      expect(await app.runCompressed(`${url}/gzip`, agent)).toEqual(expected("gzip", "gzip, deflate, br"));
      expect(await app.runCompressed(`${url}/deflate`, agent)).toEqual(expected("deflate", "gzip, deflate, br"));
      expect(await app.runCompressed(`${url}/deflate-raw`, agent)).toEqual(expected("deflate", "gzip, deflate, br"));
      expect(await app.runCompressed(`${url}/br`, agent)).toEqual(expected("br", "gzip, deflate, br"));
      // The caller's own Accept-Encoding is sent as given.
      expect(await app.runCompressed(`${url}/gzip`, agent, "identity")).toEqual(expected(undefined, "identity"));
      expect(agent.requests).toEqual(["GET /gzip", "GET /deflate", "GET /deflate-raw", "GET /br", "GET /gzip"]);
    } finally {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("uses an https.Agent's CA: a self-signed server is reached through the agent and refused without it", async () => {
    const tls = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "fixtures", "typescript", "tls");
    const cert = fs.readFileSync(path.join(tls, "localhost-cert.pem"));
    const server = https.createServer({ cert, key: fs.readFileSync(path.join(tls, "localhost-key.pem")) }, (req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(`${req.method} ${req.url} over TLS`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const agent = new https.Agent({ ca: cert });
    try {
      expect(await app.runHttps(url, agent)).toEqual([200, "GET /secure over TLS"]);
      expect(await app.runHttps(url, undefined)).toEqual(["failed", "DEPTH_ZERO_SELF_SIGNED_CERT"]);
    } finally {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
