// Proves the echo server over real sockets on 127.0.0.1 with Node's native fetch/FormData.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMultipart, startEchoServer, type EchoServer, type Reflection } from "./echo-server.js";

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(async () => {
  await server.close();
});

async function echo(path: string, init?: RequestInit): Promise<Reflection> {
  const res = await fetch(server.url + path, init);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/json");
  return (await res.json()) as Reflection;
}

describe("echo server", () => {
  it("listens on 127.0.0.1 on an ephemeral port", () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it("reflects method, raw path, raw query and decoded query pairs in order", async () => {
    const r = await echo("/pets/a%2Fb%20c?tags=x&tags=y%20z&q=a+b&empty=&flag", { method: "DELETE" });
    expect(r.method).toBe("DELETE");
    expect(r.path).toBe("/pets/a%2Fb%20c");
    expect(r.query).toBe("tags=x&tags=y%20z&q=a+b&empty=&flag");
    expect(r.queryParams).toEqual([
      ["tags", "x"],
      ["tags", "y z"],
      ["q", "a b"],
      ["empty", ""],
      ["flag", ""],
    ]);
    expect(r.bodyBase64).toBe("");
    expect(r.json).toBeUndefined();
  });

  it("reflects headers (lower-cased) and parsed cookies", async () => {
    const r = await echo("/h", {
      headers: { "X-Api-Key": "secret", Cookie: "session=abc123; theme=dark", Accept: "application/json" },
    });
    expect(r.headers["x-api-key"]).toBe("secret");
    expect(r.headers["accept"]).toBe("application/json");
    expect(r.headers["host"]).toBe(`127.0.0.1:${server.port}`);
    expect(r.cookies).toEqual({ session: "abc123", theme: "dark" });
    expect(r.query).toBe("");
    expect(r.queryParams).toEqual([]);
  });

  it("reflects a JSON body", async () => {
    const payload = { id: 1, name: "Rex", tags: ["a", "ü"], nested: { ok: true } };
    const r = await echo("/pets", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
    });
    expect(r.contentType).toBe("application/json");
    expect(r.json).toEqual(payload);
    expect(r.bodyText).toBe(JSON.stringify(payload));
    expect(Buffer.from(r.bodyBase64, "base64").toString("utf8")).toBe(JSON.stringify(payload));
  });

  it("reflects a non-UTF-8 body as base64 only", async () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x41]);
    const r = await echo("/raw", { method: "PUT", headers: { "Content-Type": "application/octet-stream" }, body: bytes });
    expect(r.contentType).toBe("application/octet-stream");
    expect(Buffer.from(r.bodyBase64, "base64")).toEqual(bytes);
    expect(r.bodyText).toBeUndefined();
    expect(r.json).toBeUndefined();
  });

  it("reflects x-www-form-urlencoded pairs", async () => {
    const r = await echo("/form", { method: "POST", body: new URLSearchParams([["a", "1"], ["b", "x y&z"], ["a", "2"]]) });
    expect(r.contentType).toBe("application/x-www-form-urlencoded;charset=UTF-8");
    expect(r.form).toEqual([
      ["a", "1"],
      ["b", "x y&z"],
      ["a", "2"],
    ]);
  });

  it("parses multipart/form-data including binary files", async () => {
    const binary = new Uint8Array(300).map((_, i) => (i * 7) % 256);
    const fd = new FormData();
    fd.append("name", "Rex ü");
    fd.append("meta", new Blob([JSON.stringify({ a: 1 })], { type: "application/json" }));
    fd.append("file", new Blob([binary], { type: "image/png" }), "pic.png");
    fd.append("name", "second");
    const r = await echo("/upload", { method: "POST", body: fd });
    expect(r.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const parts = r.multipart!;
    expect(parts.map((p) => p.name)).toEqual(["name", "meta", "file", "name"]);
    expect(parts[0]).toMatchObject({ filename: null, contentType: null, text: "Rex ü" });
    expect(parts[1]).toMatchObject({ filename: "blob", contentType: "application/json", text: '{"a":1}' });
    expect(parts[2]).toMatchObject({ filename: "pic.png", contentType: "image/png", size: 300 });
    expect(parts[2]!.text).toBeUndefined();
    expect(new Uint8Array(Buffer.from(parts[2]!.base64, "base64"))).toEqual(binary);
    expect(parts[2]!.headers["content-disposition"]).toBe('form-data; name="file"; filename="pic.png"');
    expect(parts[3]!.text).toBe("second");
  });

  it("multipart parser handles preamble, quoted boundary, empty and CRLF-containing parts", () => {
    const b = "x-b:1";
    const body = Buffer.concat([
      Buffer.from(`preamble\r\n--${b}\r\nContent-Disposition: form-data; name="a"\r\n\r\nline1\r\nline2\r\n`),
      Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="empty"\r\n\r\n\r\n`),
      Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="bin"; filename="a \\"q\\".bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      Buffer.from([0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff]), // CRLF-- inside data that is not the boundary
      Buffer.from(`\r\n--${b}--\r\nepilogue`),
    ]);
    const parts = parseMultipart(body, b);
    expect(parts.map((p) => [p.name, p.size])).toEqual([
      ["a", 12],
      ["empty", 0],
      ["bin", 6],
    ]);
    expect(parts[0]!.text).toBe("line1\r\nline2");
    expect(parts[1]!.text).toBe("");
    expect(parts[2]!.filename).toBe('a "q".bin');
    expect(Buffer.from(parts[2]!.base64, "base64")).toEqual(Buffer.from([0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff]));
  });

  it("/__status/<code> answers that status with a JSON body; 204 and 304 have none", async () => {
    for (const code of [201, 400, 404, 418, 500, 503]) {
      const res = await fetch(`${server.url}/__status/${code}/anything?x=1`, { method: "POST", body: "ignored" });
      expect(res.status).toBe(code);
      expect(res.headers.get("content-type")).toBe("application/json");
      expect(await res.json()).toEqual({ code, message: `status ${code}` });
    }
    for (const code of [204, 304]) {
      const res = await fetch(`${server.url}/__status/${code}`);
      expect(res.status).toBe(code);
      expect(await res.text()).toBe("");
    }
  });

  it("/__delay/<ms> waits before answering, and aborting works", async () => {
    const t0 = Date.now();
    const r = await echo("/__delay/150?x=1");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    expect(r.path).toBe("/__delay/150");
    expect(r.queryParams).toEqual([["x", "1"]]);

    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 50);
    await expect(fetch(`${server.url}/__delay/5000`, { signal: ctrl.signal })).rejects.toThrow(/abort/i);
    await expect(fetch(`${server.url}/__delay/5000`, { signal: AbortSignal.timeout(50) })).rejects.toThrow(/timeout|abort/i);
  });

  it("close() does not hang on pending delayed requests or keep-alive sockets", async () => {
    const s = await startEchoServer();
    await fetch(`${s.url}/warm`).then((r) => r.text()); // leaves a keep-alive socket
    const pending = fetch(`${s.url}/__delay/60000`).then(
      () => "answered",
      () => "failed",
    );
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    await s.close();
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(await pending).toBe("failed");
  });

  it("/__bytes/<n> answers n deterministic bytes as an attachment", async () => {
    const res = await fetch(`${server.url}/__bytes/1000`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="data.bin"');
    const buf = new Uint8Array(await res.arrayBuffer());
    expect(buf.length).toBe(1000);
    expect(buf.every((b, i) => b === i % 256)).toBe(true);
    expect((await (await fetch(`${server.url}/__bytes/0`)).arrayBuffer()).byteLength).toBe(0);
  });

  it("/__text/<rest> answers text/plain with the decoded rest of the path", async () => {
    const res = await fetch(`${server.url}/__text/hello%20w%C3%B6rld/x?ignored=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toBe("hello wörld/x");
  });

  it("/__respond answers exactly the given status, headers, content type and raw body", async () => {
    const res = await fetch(`${server.url}/__respond`, {
      method: "POST",
      body: JSON.stringify({
        status: 422,
        headers: { "X-Rate-Limit": "10", "Set-Cookie": ["a=1", "b=2"] },
        contentType: "application/problem+json",
        body: '{"title":"bad"',
      }),
    });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.headers.get("x-rate-limit")).toBe("10");
    expect(res.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(await res.text()).toBe('{"title":"bad"'); // raw, even if not valid JSON

    const empty = await fetch(`${server.url}/__respond`, { method: "POST", body: JSON.stringify({ status: 204 }) });
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe("");
  });

  it("numbers requests with X-Echo-Request-Id", async () => {
    const a = Number((await fetch(`${server.url}/a`)).headers.get("x-echo-request-id"));
    const b = Number((await fetch(`${server.url}/__status/404`)).headers.get("x-echo-request-id"));
    const c = Number((await fetch(`${server.url}/__bytes/1`)).headers.get("x-echo-request-id"));
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a + 1);
    expect(c).toBe(b + 1);
  });

  it("reflects exactly what a raw node:http client sends (duplicate headers, chunked body)", async () => {
    const r = await new Promise<Reflection>((resolve, reject) => {
      const req = http.request(
        `${server.url}/raw/%7Bid%7D?a=%26&a=%3D`,
        { method: "PATCH", headers: { "X-Dup": ["1", "2"], "Content-Type": "text/plain" } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Reflection));
        },
      );
      req.on("error", reject);
      req.write("part1 ");
      req.end("part2");
    });
    expect(r.method).toBe("PATCH");
    expect(r.path).toBe("/raw/%7Bid%7D");
    expect(r.queryParams).toEqual([
      ["a", "&"],
      ["a", "="],
    ]);
    expect(r.headers["x-dup"]).toBe("1, 2");
    expect(r.headers["transfer-encoding"]).toBe("chunked");
    expect(r.bodyText).toBe("part1 part2");
    expect(r.json).toBeUndefined();
  });
});
