// Stoplight Prism (the validating mock) started on 127.0.0.1 for one spec, behind a small recording
// proxy of our own: the test sees exactly what each request carried and what Prism answered,
// including Prism's request violations (the `sl-violations` header when the spec declares an error
// response Prism can use, else its own `application/problem+json` 4xx with a `validation` list).
//
// A client marks which call comes next with `GET /__mark/<n>` (a plain request, not through the
// client); every request after it is recorded under that mark.

import fs from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const PRISM = path.join(ROOT, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
/** Answers a request Prism throws on, instead of letting Prism die (prism-guard.cjs). */
const GUARD = path.join(ROOT, "test", "prism", "prism-guard.cjs");

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

interface PrismProcess {
  readonly child: ChildProcess;
  readonly port: number;
  log(): string;
}

/** 60 s, and 30 s more per MB of spec. */
function startLimitMs(specFile: string): number {
  return 60_000 + Math.ceil(fs.statSync(specFile).size / 1_000_000) * 30_000;
}

async function startPrism(specFile: string): Promise<PrismProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--require", GUARD, PRISM, "mock", specFile, "-h", "127.0.0.1", "-p", String(port)], { stdio: ["ignore", "pipe", "pipe"], detached: false });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  await new Promise<void>((resolve, reject) => {
    // Prism reads and dereferences the whole spec before it listens (GitHub's 13 MB spec: ~30 s
    // on a loaded machine; Stripe's recursive one did not start within 150 s). A Prism that does
    // not start in time is stopped, not left running.
    const limit = startLimitMs(specFile);
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Prism did not start within ${limit / 1000} s:\n${log.slice(-2000)}`));
    }, limit);
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
  /** Requests Prism crashed on (each also recorded with status CRASHED under its call's mark). */
  readonly crashes: readonly string[];
  /** Why Prism exited while serving (prism-guard.cjs should keep it alive), or undefined. */
  died(): string | undefined;
  close(): Promise<void>;
}

/** The status prism-guard.cjs answers a request with when Prism threw on it. */
export const CRASHED = 598;

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly rawHeaders: string[];
  readonly body: Buffer;
}

/**
 * One Prism for a spec. Prism throws out of its parameter deserializers on some requests (a
 * label-style path value without its "."); prism-guard.cjs answers such a request with status
 * CRASHED and keeps Prism alive. Should Prism exit all the same, every later request gets 599 and
 * `died()` says why, which the suite reports as an error of the spec's run.
 */
class PrismHost {
  private prism!: PrismProcess;
  readonly crashes: string[] = [];

  constructor(private readonly specFile: string) {}

  async start(): Promise<void> {
    this.prism = await startPrism(this.specFile);
  }

  log = (): string => this.prism.log();

  /** Why Prism exited while serving, or undefined while it runs. */
  died(): string | undefined {
    const child = this.prism.child;
    if (child.exitCode === null && child.signalCode === null) return undefined;
    return `Prism exited (${child.exitCode ?? child.signalCode}): ${crashLine(this.prism.log()) ?? this.prism.log().slice(-500)}`;
  }

  async forward(method: string, url: string, headers: http.IncomingHttpHeaders, body: Buffer): Promise<Answer> {
    const port = this.prism.port;
    try {
      const answer = await new Promise<Answer>((resolve, reject) => {
        const upstream = http.request({ host: "127.0.0.1", port, method, path: url, headers: { ...headers, host: `127.0.0.1:${port}` } }, (up) => {
          const out: Buffer[] = [];
          up.on("data", (c: Buffer) => out.push(c));
          up.on("end", () => resolve({ status: up.statusCode ?? 0, headers: up.headers, rawHeaders: up.rawHeaders, body: Buffer.concat(out) }));
          up.on("error", reject);
        });
        upstream.on("error", reject);
        upstream.end(body);
      });
      if (answer.status !== CRASHED || answer.headers["x-oaswright-prism-crash"] === undefined) return answer;
      const why = answer.body.toString("utf8");
      this.crashes.push(`${method} ${url}: ${why}`);
      return errorAnswer(CRASHED, why);
    } catch (e) {
      return errorAnswer(599, String(e));
    }
  }

  async close(): Promise<void> {
    const child = this.prism.child;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  }
}

function errorAnswer(status: number, message: string): Answer {
  return { status, headers: {}, rawHeaders: [], body: Buffer.from(message) };
}

/** The error Prism died with, from its log ("Error: Label serialization style requires ..."). */
function crashLine(log: string): string | undefined {
  const lines = [...log.matchAll(/^(?:\w*Error|TypeError|RangeError): .*$/gm)];
  return lines.at(-1)?.[0];
}

export async function startMock(specFile: string): Promise<MockServers> {
  const host = new PrismHost(specFile);
  await host.start();
  const proxies: MockServer[] = [];
  return {
    proxy: async () => {
      const p = await startProxy(host);
      proxies.push(p);
      return p;
    },
    crashes: host.crashes,
    died: () => host.died(),
    close: async () => {
      for (const p of proxies) await p.close();
      await host.close();
    },
  };
}

async function startProxy(host: PrismHost): Promise<MockServer> {
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
      void host.forward(req.method ?? "GET", url, req.headers, body).then((answer) => {
        record.status = answer.status;
        record.responseHeaders = answer.headers;
        record.responseBody = answer.body;
        if (answer.status === 599 || answer.status === CRASHED) res.writeHead(502).end(answer.body);
        else res.writeHead(answer.status, answer.rawHeaders).end(answer.body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    records,
    mark: (id) => (current = id),
    log: host.log,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
