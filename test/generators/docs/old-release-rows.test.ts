// OAG 5.x/6.x doc rules found with the emailvalidator (go-email-validator, OAG 5.0.1-SNAPSHOT `python`,
// today's python-prior) and bearmint (typescript 6.2.0) corpus cases, each on both sides of its release:
// - YAML aliases read as their anchor's name before 6.0.0 (swagger-parser before 2.0.31 read the
//   document with Jackson's YAML mapper alone);
// - auth methods sorted by name before 6.4.0 (DefaultCodegen.fromSecurity, until 68b944e6e6), python-prior and typescript;
// - blank lines before the docs' tables from 5.1.0 (f5151de9fc);
// - the `any string name` row of a model without `additionalProperties` from 5.2.0 (6cc270633b, after the 5.1.1
//   release commit: the bjr corpus case, 5.1.1-SNAPSHOT, has no row);
// - 3.0 number/integer defaults and examples read by type (swagger-parser getBigDecimal/getInteger,
//   swagger-core NumberSchema/IntegerSchema.cast), and a `5.0` default printed `5.0`;
// - the typescript README's usage section from 6.3.0 (a31b5b119e) and its closing ticks from 6.4.0 (e13a4e143b);
// - typescript API docs from 5.2.1 (74e28a7709) and the README's framework line without its trailing
//   space from 5.3.0 (0204bf4ae2), found with the nanorpc corpus case (5.0.1).

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-prior50-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
security:
  - Zeta: []
  - Alpha: []
  - Mid: []
components:
  securitySchemes:
    Zeta: { type: apiKey, in: header, name: X-Zeta }
    Alpha: { type: apiKey, in: header, name: X-Alpha }
    Mid: { type: apiKey, in: header, name: X-Mid }
  schemas:
    Mode:
      type: string
      description: &ModeText The mode to run in.
      enum: [fast, slow]
    Job:
      type: object
      properties:
        timeout:
          type: number
          default: &Timeout 5.0
          example: *Timeout
        retries:
          type: integer
          default: 5.0
          example: many
        mode:
          $ref: "#/components/schemas/Mode"
    Free:
      type: object
      additionalProperties: true
      properties:
        id: { type: string }
paths:
  /jobs:
    post:
      operationId: runJob
      tags: [jobs]
      parameters:
        - name: mode
          in: query
          description: *ModeText
          schema: { $ref: "#/components/schemas/Mode" }
      requestBody:
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Job" }
      responses:
        "200":
          description: done
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Free" }
`,
  "relative.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
servers: [{ url: /api/session }]
paths:
  /status:
    get:
      operationId: getStatus
      tags: [status]
      responses: { "204": { description: none } }
`,
});

async function docs(oagVersion: string): Promise<(file: string) => string> {
  return (await generateFromArgs(["-i", specs.path("spec.yaml"), "-g", "python-prior", `--additional-properties=oagVersion=${oagVersion}`])).text;
}

describe("python-prior docs of OAG 5.0.x against later releases", () => {
  it("YAML aliases are the anchor's name before 6.0.0, the anchored value from 6.0.0", async () => {
    expect((await docs("5.0.1"))("docs/JobsApi.md")).toContain(" **mode** | **Mode**| ModeText | [optional]");
    expect((await docs("5.4.0"))("docs/JobsApi.md")).toContain(" **mode** | **Mode**| ModeText | [optional]");
    expect((await docs("6.0.0"))("docs/JobsApi.md")).toContain(" **mode** | **Mode**| The mode to run in. | [optional]");
  });

  it("auth methods are sorted by name before 6.4.0 and in the spec's order from 6.4.0", async () => {
    expect((await docs("6.3.0"))("docs/JobsApi.md")).toContain("[Alpha](../README.md#Alpha), [Mid](../README.md#Mid), [Zeta](../README.md#Zeta)");
    expect((await docs("6.4.0"))("docs/JobsApi.md")).toContain("[Zeta](../README.md#Zeta), [Alpha](../README.md#Alpha), [Mid](../README.md#Mid)");
    const readme = (await docs("5.0.1"))("README.md");
    expect(readme.indexOf("## Alpha")).toBeLessThan(readme.indexOf("## Mid"));
    expect(readme.indexOf("## Mid")).toBeLessThan(readme.indexOf("## Zeta"));
  });

  it("a blank line before the tables from 5.1.0", async () => {
    expect((await docs("5.0.1"))("docs/Job.md")).toMatch(/^# Job\n\n## Properties\n/);
    expect((await docs("5.1.0"))("docs/Job.md")).toMatch(/^# Job\n\n\n## Properties\n/);
    expect((await docs("5.0.1"))("docs/JobsApi.md")).toContain("```\n\n### Parameters\n");
    expect((await docs("5.1.0"))("docs/JobsApi.md")).toContain("```\n\n\n### Parameters\n");
    expect((await docs("5.0.1"))("docs/JobsApi.md")).toContain(" - **Accept**: application/json\n\n### HTTP response details\n");
    expect((await docs("5.1.0"))("docs/JobsApi.md")).toContain(" - **Accept**: application/json\n\n\n### HTTP response details\n");
  });

  it("the `any string name` row only for a model that declares additionalProperties before 5.2.0", async () => {
    const row = "**any string name** |";
    expect((await docs("5.1.0"))("docs/Job.md")).not.toContain(row);
    expect((await docs("5.1.0"))("docs/Mode.md")).not.toContain(row);
    expect((await docs("5.1.0"))("docs/Free.md")).toContain(row);
    expect((await docs("5.1.1"))("docs/Job.md")).not.toContain(row);
    expect((await docs("5.1.1"))("docs/Free.md")).toContain(row);
    expect((await docs("5.2.0"))("docs/Job.md")).toContain(row);
    expect((await docs("5.2.0"))("docs/Mode.md")).toContain(row);
  });

  it("3.0 number and integer defaults and examples are read by type; a `5.0` default prints 5.0", async () => {
    // 5.0.1: `example: *Timeout` is the text `Timeout`, no number: no example; the default shows.
    const old = await docs("5.0.1");
    expect(old("docs/Job.md")).toContain("**timeout** | **float** |  | [optional]  if omitted the server will use the default value of 5.0");
    // `default: 5.0` on an integer is no int for Jackson: no default
    expect(old("docs/Job.md")).toContain("**retries** | **int** |  | [optional] \n");
    expect(old("docs/JobsApi.md")).toContain("timeout=5.0,");
    expect(old("docs/JobsApi.md")).not.toContain("many");
    expect((await docs("6.6.0"))("docs/JobsApi.md")).toContain("timeout=5.0,");
  });
});

describe("typescript docs by release", () => {
  async function tsDoc(oagVersion: string, file: string): Promise<string> {
    return (await generateFromArgs(["-i", specs.path("spec.yaml"), "-g", "typescript", `--additional-properties=oagVersion=${oagVersion}`])).text(file);
  }
  const apiDoc = (oagVersion: string) => tsDoc(oagVersion, "JobsApi.md");
  it("README: no usage section before 6.3.0, its install block unclosed until 6.4.0", async () => {
    const [v62, v63, v64] = [await tsDoc("6.2.0", "README.md"), await tsDoc("6.3.0", "README.md"), await tsDoc("6.4.0", "README.md")];
    expect(v62).toContain("\nnavigate to the folder of your consuming project");
    expect(v62.endsWith("npm install PATH_TO_GENERATED_PACKAGE --save\n")).toBe(true);
    expect(v63).toContain("\nNavigate to the folder");
    expect(v63).toContain("npm install PATH_TO_GENERATED_PACKAGE --save\n\n### Usage\n");
    expect(v63.endsWith("api.addPet(p);\n\n```")).toBe(true);
    expect(v64).toContain("npm install PATH_TO_GENERATED_PACKAGE --save\n```\n\n### Usage\n");
    expect(v64.endsWith("api.addPet(p);\n\n```\n")).toBe(true);
  });
  it("no API docs before 5.2.1 (74e28a7709), the README's framework line ending in a space before 5.3.0 (0204bf4ae2)", async () => {
    const files = async (oagVersion: string) => {
      return (await generateFromArgs(["-i", specs.path("spec.yaml"), "-g", "typescript", `--additional-properties=oagVersion=${oagVersion}`])).files;
    };
    const [v520, v521] = [await files("5.2.0"), await files("5.2.1")];
    expect(v520.filter((f) => f.path.endsWith(".md")).map((f) => f.path)).toEqual(["README.md"]);
    expect(v521.map((f) => f.path)).toContain("JobsApi.md");
    expect(await tsDoc("5.2.1", "README.md")).toContain("\nThis generator creates TypeScript/JavaScript client that utilizes fetch-api. \n");
    expect(await tsDoc("5.3.0", "README.md")).toContain("\nThis generator creates TypeScript/JavaScript client that utilizes fetch-api.\n");
  });
  it("are sorted by name before 6.4.0 (DefaultCodegen.fromSecurity), in Java hash order after", async () => {
    expect(await apiDoc("6.3.0")).toContain("[Alpha](README.md#Alpha), [Mid](README.md#Mid), [Zeta](README.md#Zeta)");
    expect(await apiDoc("7.5.0")).not.toContain("[Alpha](README.md#Alpha), [Mid](README.md#Mid), [Zeta](README.md#Zeta)");
  });
});

describe("python-prior and typescript: a relative server path, and the README's first operation without parameters", () => {
  async function gen(generator: string, oagVersion: string, file: string): Promise<string> {
    return (await generateFromArgs(["-i", specs.path("relative.yaml"), "-g", generator, `--additional-properties=oagVersion=${oagVersion}`])).text(file);
  }
  it("goes on localhost before 5.3.1 (URLPathUtils.isRelativeUrl, 0bb4f186ec)", async () => {
    expect(await gen("python-prior", "5.3.0", "docs/StatusApi.md")).toContain("All URIs are relative to *http://localhost/api/session*");
    expect(await gen("python-prior", "5.3.1", "docs/StatusApi.md")).toContain("All URIs are relative to */api/session*");
    expect(await gen("typescript", "5.3.0", "StatusApi.md")).toContain("All URIs are relative to *http://localhost/api/session*");
    expect(await gen("typescript", "5.3.1", "StatusApi.md")).toContain("All URIs are relative to */api/session*");
  });
  it("leaves the parameter line's indentation alone before 6.0 (README_common.mustache)", async () => {
    expect(await gen("python-prior", "5.4.0", "README.md")).toContain("api_instance = status_api.StatusApi(api_client)\n    \n    try:\n");
    expect(await gen("python-prior", "6.0.0", "README.md")).toContain("api_instance = status_api.StatusApi(api_client)\n\n    try:\n");
  });
});
