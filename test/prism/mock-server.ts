// Stoplight Prism (the validating mock) started on 127.0.0.1 for one spec, behind a small recording
// proxy of our own: the test sees exactly what each request carried and what Prism answered,
// including Prism's request violations (the `sl-violations` header when the spec declares an error
// response Prism can use, else its own `application/problem+json` 4xx with a `validation` list).
//
// A client marks which call comes next with `GET /__mark/<n>` (a plain request, not through the
// client); every request after it is recorded under that mark.

import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const PRISM = path.join(ROOT, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");

export interface Recorded {
  readonly mark: string;
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
  status: number;
  responseHeaders: http.IncomingHttpHeaders;
  responseBody: Buffer;
}

export interface MockServer {
  /** The proxy's base URL (no trailing slash). */
  readonly url: string;
  readonly records: Recorded[];
  mark(id: string): void;
  /** Prism's log (for a failure's explanation). */
  log(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function startPrism(specFile: string): Promise<{ child: ChildProcess; port: number; log: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [PRISM, "mock", specFile, "-h", "127.0.0.1", "-p", String(port)], { stdio: ["ignore", "pipe", "pipe"], detached: false });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within 60 s:\n${log.slice(-2000)}`)), 60_000);
    const check = () => {
      if (/Prism is listening/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    child.stderr!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code}:\n${log.slice(-2000)}`));
    });
  });
  return { child, port, log: () => log };
}

export interface MockServers {
  /** A recording proxy of its own (one per client, so that concurrent clients never share a mark). */
  proxy(): Promise<MockServer>;
  close(): Promise<void>;
}

export async function startMock(specFile: string): Promise<MockServers> {
  const prism = await startPrism(specFile);
  const proxies: MockServer[] = [];
  return {
    proxy: async () => {
      const p = await startProxy(prism.port, prism.log);
      proxies.push(p);
      return p;
    },
    close: async () => {
      for (const p of proxies) await p.close();
      if (prism.child.exitCode === null) {
        const exited = new Promise<void>((resolve) => prism.child.once("exit", () => resolve()));
        prism.child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (prism.child.exitCode === null) prism.child.kill("SIGKILL");
      }
    },
  };
}

async function startProxy(prismPort: number, log: () => string): Promise<MockServer> {
  const prism = { port: prismPort };
  const records: Recorded[] = [];
  let current = "";
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = req.url ?? "/";
      if (url.startsWith("/__mark/")) {
        current = decodeURIComponent(url.slice("/__mark/".length));
        res.writeHead(204).end();
        return;
      }
      const body = Buffer.concat(chunks);
      const record: Recorded = { mark: current, method: req.method ?? "", url, headers: req.headers, body, status: 0, responseHeaders: {}, responseBody: Buffer.alloc(0) };
      records.push(record);
      const headers = { ...req.headers, host: `127.0.0.1:${prism.port}` };
      const upstream = http.request({ host: "127.0.0.1", port: prism.port, method: req.method, path: url, headers }, (up) => {
        const out: Buffer[] = [];
        up.on("data", (c: Buffer) => out.push(c));
        up.on("end", () => {
          record.status = up.statusCode ?? 0;
          record.responseHeaders = up.headers;
          record.responseBody = Buffer.concat(out);
          res.writeHead(record.status, up.rawHeaders);
          res.end(record.responseBody);
        });
      });
      upstream.on("error", (e) => {
        record.status = 599;
        record.responseBody = Buffer.from(String(e));
        res.writeHead(502).end(String(e));
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    records,
    mark: (id) => (current = id),
    log,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
