// Loaded into Prism's process (`node --require`): Prism throws out of its parameter deserializers on
// some requests (a label-style path value without its ".", an object in a pipe-delimited query),
// outside any handler, and the process dies with every request in flight. Here the error is answered
// instead, to the request that caused it, and Prism goes on serving.
//
// Which request: Prism validates a request in the microtasks that follow its "request" event, and
// Node reports an unhandled rejection (or an uncaught exception) before the next I/O event, so the
// request that threw is the last one that arrived. It gets status 598 and the error's first line,
// with the header x-oaswright-prism-crash, which the recording proxy (mock-server.ts) reads.
"use strict";
const http = require("node:http");

let last;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, _request, response) {
  if (event === "request") last = response;
  return emit.apply(this, arguments);
};

function answer(error) {
  const line = String(error && error.stack ? error.stack.split("\n")[0] : error);
  process.stderr.write(`oaswright-prism-guard: ${line}\n`);
  if (last && !last.headersSent && !last.writableEnded) {
    last.writeHead(598, { "content-type": "text/plain; charset=utf-8", "x-oaswright-prism-crash": "1" });
    last.end(line);
  }
}

process.on("uncaughtException", answer);
process.on("unhandledRejection", answer);
