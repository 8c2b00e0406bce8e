// platform=node specifics of OAG's Node client that application code uses: a multipart body built
// with the form-data package (`requestContext.setBody(formData)`), and RequestContext's
// setAgent/getAgent, and response bytes as a Buffer. The application is type-checked strict against the generated client, then run
// against the echo server on 127.0.0.1. The form-data package is not a dependency of oaswright: the
// application declares a class with the same members as form-data's FormData declaration
// (getBuffer, getHeaders(userHeaders?)) and builds the multipart bytes itself.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEchoServer, type EchoServer } from "../../support/echo-server.js";
import { CJS_STRICT_OPTIONS, formatDiagnostics, generateClient, tempDir, transpileToJs, typeCheck, writeClient } from "./client-support.js";

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
    const self = new petstore.SelfDecodingBody(Promise.resolve(new TextEncoder().encode("hi")));
    out["selfDecoding"] = await self.text();

    const agent = { destroy(): void {} };
    const withAgent = new RequestContext(url + "/get", HttpMethod.GET);
    out["noAgent"] = withAgent.getAgent() === undefined;
    withAgent.setAgent(agent);
    out["getAgent"] = withAgent.getAgent() === agent;
    try {
        await lib.send(withAgent).toPromise();
        out["agentSend"] = "sent";
    } catch (e) {
        out["agentSend"] = [e instanceof petstore.HttpException, String((e as Error).message).includes("http.Agent")];
    }
    return out;
}
`;

let echo: EchoServer;
let root: string;
let app: { run(url: string): Promise<Record<string, unknown>> };

beforeAll(async () => {
  echo = await startEchoServer();
  root = tempDir("node-platform");
  const files = [
    ...(await generateClient("petstore.yaml", { platform: "node", npmName: "ts-petstore-client" })).map((f) => ({ ...f, path: `client/${f.path}` })),
    { path: "app.ts", contents: APP },
  ];
  const src = path.join(root, "src");
  const roots = writeClient(src, files);
  fs.writeFileSync(path.join(src, "package.json"), '{ "type": "commonjs" }\n');
  const diagnostics = typeCheck(roots, CJS_STRICT_OPTIONS);
  if (diagnostics.length > 0) throw new Error(formatDiagnostics(diagnostics));
  transpileToJs(files, path.join(root, "js"));
  app = createRequire(path.join(root, "js", "package.json"))("./app.js");
}, 120_000);

afterAll(async () => {
  await echo?.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe("platform=node: OAG's Node request surface", () => {
  it("sends a form-data package FormData as multipart with its own Content-Type; refuses an http.Agent it cannot use", async () => {
    const out = await app.run(echo.url);
    expect(out["form"]).toEqual([200, "Test-Token", "cookie-value", "multipart/form-data; boundary=----oaswright-boundary-7", [["test", null], ["testFile", "fileName.json"]]]);
    // OAG's Node ResponseBody.binary() gives a Buffer.
    expect(out["binary"]).toEqual([true, "Buffer", "/bytes"]);
    expect(out["selfDecoding"]).toBe("hi");
    expect(out["noAgent"]).toBe(true);
    expect(out["getAgent"]).toBe(true);
    expect(out["agentSend"]).toEqual([true, true]);
  });
});
