// Doc rules read from OAG's source while adding corpus cases: the typescript `'` escape by release
// (a5bc7f107d, 6.6.0), python-prior's required-argument separator (api_doc.mustache) and its
// `from {{apiPackage}} import` line.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";

const root = mkdtempSync(path.join(tmpdir(), "oaswright-doc-rows-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const spec = path.join(root, "spec.json");
writeFileSync(
  spec,
  JSON.stringify({
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {
      "/extract": {
        get: {
          operationId: "extractNews",
          tags: ["news"],
          summary: "Read a page's news",
          parameters: [
            { name: "url", in: "query", required: true, schema: { type: "string" } },
            { name: "analyze", in: "query", required: true, schema: { type: "boolean", default: false } },
          ],
          responses: { "204": { description: "done" } },
        },
      },
      "/only-default": {
        get: {
          operationId: "onlyDefault",
          tags: ["news"],
          parameters: [{ name: "analyze", in: "query", required: true, schema: { type: "boolean", default: false } }],
          responses: { "204": { description: "done" } },
        },
      },
    },
  }),
);

async function doc(generator: string, oagVersion: string, file: string, extra: readonly string[] = []): Promise<string> {
  return (await generateFromArgs(["-i", spec, "-g", generator, `--additional-properties=oagVersion=${oagVersion}`, ...extra])).text(file);
}

describe("typescript: single quotes in doc text", () => {
  it("are escaped from 6.6.0 (AbstractTypeScriptClientCodegen.escapeText)", async () => {
    // The summary cell is HTML-escaped after escapeText: `\'` becomes `\&#39;`.
    expect(await doc("typescript", "6.6.0", "NewsApi.md")).toContain("| Read a page\\&#39;s news");
    expect(await doc("typescript", "7.14.0", "NewsApi.md")).toContain("| Read a page\\&#39;s news");
  });
  it("are kept before 6.6.0", async () => {
    const text = await doc("typescript", "6.4.0", "NewsApi.md");
    expect(text).toContain("| Read a page&#39;s news");
    expect(text).not.toContain("\\&#39;");
  });
});

describe("python-prior: required arguments in the signature and the first example call", () => {
  for (const release of ["5.4.0", "6.2.1"]) {
    it(`keep the separator before a required parameter with a default (${release})`, async () => {
      const text = await doc("python-prior", release, "docs/NewsApi.md");
      expect(text).toContain("> extract_news(url, )");
      expect(text).toContain("api_instance.extract_news(url, )");
    });
    it(`call with no arguments when every required parameter has a default (${release})`, async () => {
      const text = await doc("python-prior", release, "docs/NewsApi.md");
      expect(text).toContain("> only_default()");
      expect(text).toContain("api_instance.only_default()");
    });
  }
});

describe("python-prior: the API import of the examples", () => {
  it("is <packageName>.api by default", async () => {
    expect(await doc("python-prior", "5.4.0", "docs/NewsApi.md")).toContain("from openapi_client.api import news_api");
    expect(await doc("python-prior", "5.4.0", "README.md")).toContain("from openapi_client.api import news_api");
  });
  it("prints --api-package as given (the templates read the additional property)", async () => {
    const extra = ["--api-package", "com.example.news"];
    expect(await doc("python-prior", "5.4.0", "docs/NewsApi.md", extra)).toContain("from com.example.news import news_api");
    expect(await doc("python-prior", "6.2.1", "README.md", extra)).toContain("from com.example.news import news_api");
  });
});
