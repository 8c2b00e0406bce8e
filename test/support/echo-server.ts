// A real HTTP echo server for runtime tests of generated clients (TypeScript and Python).
//
//   const server = await startEchoServer();   // 127.0.0.1, ephemeral port
//   await fetch(`${server.url}/pets?x=1`);     // -> JSON reflection of the request
//   await server.close();
//
// Every ordinary request is answered 200 with a JSON description of what arrived on the wire
// (see `Reflection`). Control paths let tests exercise responses:
//   /__status/<code>   answer <code> with {"code":<code>,"message":"status <code>"} (204/304: no body)
//   /__delay/<ms>      wait <ms> before answering with the reflection (abort/timeout tests)
//   /__bytes/<n>       application/octet-stream, n bytes (byte i = i % 256), attachment "data.bin"
//   /__text/<rest>     text/plain with the percent-decoded <rest> of the path
//   /__respond         JSON body {status, headers, body, contentType} answered exactly as given
// Every response carries an `X-Echo-Request-Id` header counting requests from 1.
// Dependency-free: node:http only.
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface EchoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface MultipartPart {
  name: string | null;
  filename: string | null;
  contentType: string | null;
  headers: Record<string, string>;
  size: number;
  text?: string; // present when the content is valid UTF-8
  base64: string; // always present: the raw bytes
}

export interface Reflection {
  method: string;
  path: string; // raw request path, still percent-encoded, without the query
  query: string; // raw query string without "?" ("" if none)
  queryParams: [string, string][]; // decoded pairs in wire order
  headers: Record<string, string>; // lower-cased names; repeats joined with ", "
  cookies: Record<string, string>;
  contentType: string | null;
  bodyBase64: string;
  bodyText?: string;
  json?: unknown;
  form?: [string, string][];
  multipart?: MultipartPart[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(buf: Buffer): string | undefined {
  try {
    return utf8.decode(buf);
  } catch {
    return undefined;
  }
}

/** Reads a parameter (e.g. boundary, name, filename) from a header value; handles quotes. */
function headerParam(value: string, param: string): string | null {
  const re = new RegExp(`(?:^|;)\\s*${param}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, "i");
  const m = re.exec(value);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : (m[2] ?? "");
}

/**
 * Parses a multipart/form-data body (RFC 7578 / RFC 2046). Binary safe: works on Buffers.
 * Layout: [preamble] "--B" CRLF headers CRLF CRLF content CRLF "--B" ... CRLF "--B--" [epilogue]
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delim = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(delim);
  if (pos < 0) return parts;
  for (;;) {
    pos += delim.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // "--": closing delimiter
    // Skip transport padding (spaces/tabs) and the CRLF that ends the delimiter line.
    while (body[pos] === 0x20 || body[pos] === 0x09) pos++;
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    else if (body[pos] === 0x0a) pos += 1; // tolerate bare LF
    // The part runs until the next CRLF--boundary.
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delim]), pos);
    if (next < 0) break; // truncated body: ignore the unterminated part
    const raw = body.subarray(pos, next);
    let headEnd = raw.indexOf("\r\n\r\n");
    let contentStart = headEnd + 4;
    if (headEnd < 0 && raw.subarray(0, 2).toString() === "\r\n") {
      headEnd = 0; // part without headers
      contentStart = 2;
    } else if (headEnd < 0) {
      headEnd = raw.length;
      contentStart = raw.length;
    }
    const headers: Record<string, string> = {};
    for (const line of raw.subarray(0, headEnd).toString("utf8").split("\r\n")) {
      const i = line.indexOf(":");
      if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    const content = raw.subarray(contentStart);
    const disposition = headers["content-disposition"] ?? "";
    const part: MultipartPart = {
      name: headerParam(disposition, "name"),
      filename: headerParam(disposition, "filename"),
      contentType: headers["content-type"] ?? null,
      headers,
      size: content.length,
      base64: content.toString("base64"),
    };
    const text = decodeUtf8(content);
    if (text !== undefined) part.text = text;
    parts.push(part);
    pos = next + 2; // now at the next delimiter
  }
  return parts;
}

function reflect(req: http.IncomingMessage, body: Buffer): Reflection {
  const target = req.url ?? "/";
  const q = target.indexOf("?");
  const path = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? "" : target.slice(q + 1);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(k === "set-cookie" ? "; " : ", ") : v;
  }
  const cookies: Record<string, string> = {};
  for (const piece of (headers["cookie"] ?? "").split(";")) {
    const i = piece.indexOf("=");
    if (i > 0) cookies[piece.slice(0, i).trim()] = piece.slice(i + 1).trim();
  }
  const contentType = headers["content-type"] ?? null;
  const out: Reflection = {
    method: req.method ?? "",
    path,
    query,
    queryParams: [...new URLSearchParams(query)],
    headers,
    cookies,
    contentType,
    bodyBase64: body.toString("base64"),
  };
  const text = decodeUtf8(body);
  if (text !== undefined) {
    out.bodyText = text;
    try {
      if (text.trim() !== "") out.json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
  }
  const mime = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (mime === "application/x-www-form-urlencoded" && text !== undefined) {
    out.form = [...new URLSearchParams(text)];
  }
  if (mime === "multipart/form-data") {
    const boundary = headerParam(contentType!, "boundary");
    if (boundary) out.multipart = parseMultipart(body, boundary);
  }
  return out;
}

export async function startEchoServer(): Promise<EchoServer> {
  let requestId = 0;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    res.setHeader("X-Echo-Request-Id", String(++requestId));
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      try {
        handle(req, res, Buffer.concat(chunks));
      } catch (err) {
        send(res, 500, "application/json", JSON.stringify({ code: 500, message: String(err) }));
      }
    });
  });

  function send(res: http.ServerResponse, status: number, contentType: string | null, body: string | Buffer) {
    if (res.headersSent || res.destroyed) return;
    if (contentType) res.setHeader("Content-Type", contentType);
    if (status === 204 || status === 304) {
      res.writeHead(status).end();
      return;
    }
    res.setHeader("Content-Length", Buffer.byteLength(body));
    res.writeHead(status).end(body);
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) {
    const path = (req.url ?? "/").split("?")[0]!;
    let m: RegExpExecArray | null;
    if ((m = /^\/__status\/(\d{3})(?:\/|$)/.exec(path))) {
      const code = Number(m[1]);
      send(res, code, "application/json", JSON.stringify({ code, message: `status ${code}` }));
    } else if ((m = /^\/__delay\/(\d+)(?:\/|$)/.exec(path))) {
      const reflection = JSON.stringify(reflect(req, body));
      const timer = setTimeout(() => {
        timers.delete(timer);
        send(res, 200, "application/json", reflection);
      }, Number(m[1]));
      timers.add(timer);
      // If the client gives up (abort/timeout), stop waiting for it.
      res.on("close", () => {
        clearTimeout(timer);
        timers.delete(timer);
      });
    } else if ((m = /^\/__bytes\/(\d+)(?:\/|$)/.exec(path))) {
      const n = Number(m[1]);
      const bytes = Buffer.alloc(n);
      for (let i = 0; i < n; i++) bytes[i] = i % 256;
      res.setHeader("Content-Disposition", 'attachment; filename="data.bin"');
      send(res, 200, "application/octet-stream", bytes);
    } else if (path.startsWith("/__text/")) {
      send(res, 200, "text/plain; charset=utf-8", decodeURIComponent(path.slice("/__text/".length)));
    } else if (path === "/__respond") {
      type Spec = { status?: number; headers?: Record<string, string | string[]>; body?: unknown; contentType?: string };
      const spec = JSON.parse(body.toString("utf8")) as Spec;
      for (const [k, v] of Object.entries(spec.headers ?? {})) res.setHeader(k, v);
      // A string body is sent raw; anything else (object, number) is sent as JSON.
      const out = spec.body == null ? "" : typeof spec.body === "string" ? spec.body : JSON.stringify(spec.body);
      send(res, spec.status ?? 200, spec.contentType ?? null, out);
    } else {
      send(res, 200, "application/json", JSON.stringify(reflect(req, body)));
    }
  }

  // Track sockets so close() can destroy keep-alive and pending (delayed) connections.
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        for (const s of sockets) s.destroy();
      }),
  };
}
