// The "All URIs are relative to" URL OpenAPI Generator computes from the first server.

import type { Server } from "../model/ir.js";

/** First server with its variables set to their defaults, without a trailing slash. */
export function basePathOf(servers: readonly Server[]): string {
  const server = servers[0];
  if (!server) return "http://localhost";
  let url = server.url;
  for (const v of server.variables) url = url.split(`{${v.name}}`).join(v.default);
  if (url === "/" || url === "") return "http://localhost";
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    // A relative server: OAG keeps the path alone when it is a plain path, else localhost + it.
    url = /^(\/[\w\d]+)+$/.test(url.replace(/\/$/, "")) ? url : `http://localhost${url.startsWith("/") ? "" : "/"}${url}`;
  }
  return url.replace(/\/$/, "");
}
