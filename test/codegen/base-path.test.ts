// OAG's basePath ("All URIs are relative to", the python client's default host): DefaultGenerator
// with URLPathUtils.getServerURL, extractUrl, sanitizeUrl, getHost and isRelativeUrl.

import { describe, expect, it } from "vitest";
import { basePathOf } from "../../src/codegen/base-path.js";
import type { Server, ServerVariable } from "../../src/model/ir.js";

const server = (url: string, variables: ServerVariable[] = []): Server => ({ url, variables, pointer: "/servers/0" });

describe("basePathOf", () => {
  it("is localhost without servers or with a blank URL", () => {
    expect(basePathOf([])).toBe("http://localhost");
    expect(basePathOf([server("")])).toBe("http://localhost");
    expect(basePathOf([server("/")])).toBe("http://localhost");
  });

  it("keeps a plain relative path as written (isRelativeUrl), and puts any other relative URL on localhost", () => {
    expect(basePathOf([server("/api/v1")])).toBe("/api/v1");
    expect(basePathOf([server("/api/v1/")])).toBe("http://localhost/api/v1");
    expect(basePathOf([server("/api-v1")])).toBe("http://localhost/api-v1");
    expect(basePathOf([server("//example.com/v1")])).toBe("http://example.com/v1");
  });

  it("replaces variables by their default, else their first enum value, and undeclared ones by nothing", () => {
    const vars: ServerVariable[] = [{ name: "region", default: "eu" }, { name: "stage", default: "", enum: ["prod", "dev"] }];
    expect(basePathOf([server("https://{region}.example.com/{stage}/", vars)])).toBe("https://eu.example.com/prod");
    // `https://{endpoint}` with no `endpoint` variable: `https://` is not scheme://something, so
    // sanitizeUrl puts `http://` before it and one trailing slash goes (OAG 7.12.0's iiot-openapi docs)
    expect(basePathOf([server("https://{endpoint}")])).toBe("http://https:/");
    expect(basePathOf([server("{host}/v2")])).toBe("http://localhost/v2");
  });

  it("adds http:// to a URL without a scheme and lower-cases the scheme as java.net.URL does", () => {
    expect(basePathOf([server("api.example.com/v1")])).toBe("http://api.example.com/v1");
    expect(basePathOf([server("HTTPS://api.example.com")])).toBe("https://api.example.com");
  });

  it("falls back to localhost where java.net.URL refuses the URL (no handler for the scheme, a port that is not a number)", () => {
    expect(basePathOf([server("wss://stream.example.com")])).toBe("http://localhost");
    expect(basePathOf([server("https://example.com:port/v1")])).toBe("http://localhost");
    expect(basePathOf([server("https://example.com:8443/v1")])).toBe("https://example.com:8443/v1");
    expect(basePathOf([server("https://[::1]:8443/v1")])).toBe("https://[::1]:8443/v1");
  });
});
