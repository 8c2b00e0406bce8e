// The "All URIs are relative to" URL OpenAPI Generator computes from the first server
// (DefaultGenerator.configureGeneratorProperties with URLPathUtils.getServerURL/getHost/isRelativeUrl).

import type { Server } from "../model/ir.js";

const LOCAL_HOST = "http://localhost";

/** The protocols java.net.URL has a handler for; any other makes `new URL` throw (OAG then uses localhost). */
const JAVA_URL_PROTOCOLS: ReadonlySet<string> = new Set(["http", "https", "ftp", "file", "jar", "mailto"]);

/**
 * The first server's URL as OAG's `basePath`: a plain relative path (`/api/v1`, URLPathUtils.isRelativeUrl)
 * as written; any other URL with its variables replaced (URLPathUtils.extractUrl: the default, else
 * the first enum value, else empty; a `{name}` the server does not declare becomes empty too), a
 * scheme added where none is (sanitizeUrl: `//h` -> `http://h`, `/p` -> `http://localhost/p`, and
 * anything not `scheme://something` gets `http://`, so `https://{endpoint}` with no `endpoint`
 * variable reads `http://https://`), read as a java.net.URL (localhost when it is not one), and
 * one trailing slash removed (removeTrailingSlash).
 */
export function basePathOf(servers: readonly Server[], options: { readonly keepRelative?: boolean } = {}): string {
  const server = servers[0];
  if (!server) return LOCAL_HOST;
  // isRelativeUrl is asked from 5.3.1 (0bb4f186ec, #10057); before, a relative path went on localhost.
  if ((options.keepRelative ?? true) && /^(\/[\w\d]+)+$/.test(server.url)) return server.url;
  const url = serverUrl(server);
  return url.endsWith("/") ? url.slice(0, -1) : url;
}

/** URLPathUtils.getServerURL(server).toString(), sanitized again as getHost does. */
function serverUrl(server: Server): string {
  if (server.url.trim() === "") return LOCAL_HOST;
  const url = sanitizeUrl(extractUrl(server));
  const scheme = /^([^:/?#]+):/.exec(url);
  if (scheme === null || !JAVA_URL_PROTOCOLS.has(scheme[1]!.toLowerCase())) return LOCAL_HOST;
  // java.net.URL lower-cases the protocol; an authority's port must be digits (or empty).
  const rest = url.slice(scheme[0].length);
  const authority = rest.startsWith("//") ? /^[^/?#]*/.exec(rest.slice(2))![0] : "";
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  const port = hostPort.startsWith("[") ? hostPort.slice(hostPort.indexOf("]") + 1).replace(/^:/, "") : hostPort.includes(":") ? hostPort.slice(hostPort.indexOf(":") + 1) : "";
  if (!/^\d*$/.test(port)) return LOCAL_HOST;
  return sanitizeUrl(scheme[1]!.toLowerCase() + ":" + rest);
}

/** URLPathUtils.extractUrl: each `{name}` replaced by its value. */
function extractUrl(server: Server): string {
  return server.url.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = server.variables.find((x) => x.name === name);
    if (v === undefined) return "";
    // The IR reads a missing default as "" (an explicit "" with an enum is read as missing here).
    return v.default !== "" ? v.default : (v.enum?.[0] ?? "");
  });
}

/** URLPathUtils.sanitizeUrl. */
function sanitizeUrl(url: string): string {
  if (url.startsWith("//")) return "http:" + url;
  if (url.startsWith("/")) return LOCAL_HOST + url;
  if (!/^[a-zA-Z][0-9a-zA-Z.+-]+:\/\/.+$/.test(url)) return "http://" + url;
  return url;
}
