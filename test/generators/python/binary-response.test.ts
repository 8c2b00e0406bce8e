// Binary responses in the python client, by release: OAG's #22988 ("[PYTHON] switch from mutable
// bytearray to immutable bytes to avoid pydantic error", 7.21.0; release row `binaryAsBytes` in
// src/generators/python/releases.ts) types `format: binary` content `bytes` where it typed it
// `bytearray`. OAG's client returned urllib3's `bytes` under either annotation (api_client.mustache
// response_deserialize: `response_type == "bytearray"`, from 7.21.0 `in ("bytearray", "bytes")`,
// both `return_data = response_data.data`, as the 7.21.0-SNAPSHOT output of the corpus case
// openproject-python shows). Ours returns what the docs of the selected release say: `bytes` from
// 7.21.0, a `bytearray` before, annotated so (method return, ApiResponse[...], the response type
// map), type-checked with `mypy --strict` and read from the echo server on 127.0.0.1. A `format:
// byte` (base64) response and property follow the same row: the 7.24.0-SNAPSHOT output of the
// corpus case nativebpm-python prints `bytes` for `format: byte` properties (ByteArray).

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { fileText as text } from "../../support/generated-file.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { expectMypyStrict, runWithPackage } from "../../support/python-package.js";

// /__bytes/<n> answers application/octet-stream, n bytes (byte i = i % 256): test/support/echo-server.ts.
const SPEC = `openapi: 3.0.3
info: { title: Blobs, version: "1" }
paths:
  /__bytes/{n}:
    get:
      operationId: download
      tags: [blobs]
      parameters: [{ name: n, in: path, required: true, schema: { type: integer } }]
      responses:
        "200":
          description: the file
          content: { application/octet-stream: { schema: { type: string, format: binary } } }
  /__text/{text}:
    get:
      operationId: encoded
      tags: [blobs]
      parameters: [{ name: text, in: path, required: true, schema: { type: string } }]
      responses:
        "200":
          description: base64 text
          content: { text/plain: { schema: { type: string, format: byte } } }
components:
  schemas:
    Blob:
      type: object
      properties:
        data: { type: string, format: byte, description: base64 }
`;

const fixture = specWithEcho("oaswright-binary-response-", SPEC);

async function generate(oagVersion: string, packageName = "blobs") {
  const additionalProperties = { packageName, oagVersion };
  return (await generateInMemory(fixture.spec, "python", additionalProperties)).files;
}

const RELEASES = [
  ["7.20.0", "bytearray", "blobs_old"],
  ["7.21.0", "bytes", "blobs_new"],
] as const;

describe("python: binary responses follow the release's docs", () => {
  it.each(RELEASES)("%s: the docs and the client's annotations say %s", async (oagVersion, binary) => {
    const files = await generate(oagVersion);
    const doc = text(files, "docs/BlobsApi.md");
    expect(doc).toContain(`> ${binary} download(n)\n`);
    expect(doc).toContain(`### Return type\n\n**${binary}**\n`);
    expect(doc).toContain(`> ${binary} encoded(text)\n`);
    expect(text(files, "docs/Blob.md")).toContain(`**data** | **${binary}** | base64 | [optional] \n`);
    const api = text(files, "blobs/api/blobs_api.py");
    expect(api).toContain(`    ) -> ${binary}:\n`);
    expect(api).toContain(`    ) -> ApiResponse[${binary}]:\n`);
    expect(api).toContain(`        "200": ${binary},\n`);
    expect(api).not.toContain(`ApiResponse[${binary === "bytes" ? "bytearray" : "bytes"}]`);
  });

  it("returns that type from the echo server on 127.0.0.1 and type-checks strict (both releases)", async () => {
    const dir = path.join(fixture.tmp, "py");
    const scripts: string[] = [];
    for (const [oagVersion, binary, pkg] of RELEASES) {
      const script = `read_${pkg}.py`;
      scripts.push(script);
      const contents = [
        "import os",
        `from ${pkg} import ApiClient, BlobsApi, Configuration`,
        "api = BlobsApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
        `data: ${binary} = api.download(300)`,
        `assert type(data) is ${binary}, type(data)`,
        "assert len(data) == 300 and data[255] == 255 and data[256] == 0, data[:8]",
        "info = api.download_with_http_info(5)",
        `assert type(info.data) is ${binary} and info.data == bytes([0, 1, 2, 3, 4]), info.data`,
        `b64: ${binary} = api.encoded('YQ==')`,
        `assert type(b64) is ${binary} and b64 == b'YQ==', b64`,
        "print('ok', type(data).__name__)",
      ].join("\n");
      const r = await runWithPackage(dir, await generate(oagVersion, pkg), script, contents, { ECHO_URL: fixture.echo.url });
      expect(r.stdout).toContain(`ok ${binary}`);
    }
    await expectMypyStrict(dir, [...RELEASES.map((r) => r[2]), ...scripts]);
  }, 300_000);
});
