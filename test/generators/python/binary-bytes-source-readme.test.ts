// Two python doc rules shown by the corpus case openproject-python (7.21.0-SNAPSHOT):
// - binary content is typed `bytes` from 7.21.0 (release row `binaryAsBytes`, #22988), `bytearray` before;
// - the source-only README (generateSourceCodeOnly, README_onlypackage.mustache) is titled by
//   `{{{projectName}}}`, which PythonClientCodegen.processOpts defaults to packageName with `_` -> `-`,
//   and names it again in "connect and interact with"; its pydantic requirement is `>= 2.11` from
//   7.21.0 (release row `pydanticFloor`, 7.17.0 prints `>= 2`).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const SPEC = `openapi: 3.0.3
info: { title: Uploads, version: "1" }
paths:
  /files:
    post:
      operationId: uploadFile
      tags: [files]
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                file: { type: string, format: binary }
                note: { type: string }
      responses:
        "204": { description: stored }
  /raw:
    get:
      operationId: getRaw
      tags: [files]
      responses:
        "200":
          description: the file
          content: { application/octet-stream: { schema: { type: string, format: binary } } }
`;

const specs = specFiles("oaswright-binary-bytes-", { "spec.yaml": SPEC });

async function generate(additionalProperties: Record<string, string>): Promise<(p: string) => string> {
  const { files } = await generateInMemory(specs.path("spec.yaml"), "python", additionalProperties, { validate: "warning" });
  return (p: string) => {
    const f = files.find((x) => x.path === p);
    if (f === undefined) throw new Error(`no ${p} among ${files.map((x) => x.path).join(", ")}`);
    return String(f.contents);
  };
}

describe("python docs: binary content by release", () => {
  it("7.20.0 types it bytearray", async () => {
    const api = (await generate({ packageName: "uploads", oagVersion: "7.20.0" }))("docs/FilesApi.md");
    expect(api).toContain("    file = None # bytearray |  (optional)\n");
    expect(api).toContain(" **file** | **bytearray**|  | [optional] \n");
    expect(api).toContain("\n**bytearray**\n");
  });

  it("7.21.0 and its snapshots type it bytes", async () => {
    for (const v of ["7.21.0-SNAPSHOT", "7.21.0", "7.24.0"]) {
      const api = (await generate({ packageName: "uploads", oagVersion: v }))("docs/FilesApi.md");
      expect(api, v).toContain("    file = None # bytes |  (optional)\n");
      expect(api, v).toContain(" **file** | **bytes**|  | [optional] \n");
      expect(api, v).toContain("\n**bytes**\n");
      expect(api, v).not.toContain("bytearray");
    }
  });
});

describe("python source-only README title", () => {
  it("is the project name: the package name with _ -> -", async () => {
    const text = await generate({ packageName: "auto_slopp.open_project.api_client", generateSourceCodeOnly: "true" });
    const readme = text("auto_slopp/open_project/api_client_README.md");
    expect(readme.split("\n")[0]).toBe("# auto-slopp.open-project.api-client");
    expect(readme).toContain("The `auto_slopp.open_project.api_client` package is automatically generated");
    expect(readme).toContain("to use this library to connect and interact with auto-slopp.open-project.api-client,\n");
  });

  it("lists pydantic >= 2 before 7.21.0 and >= 2.11 from it, as the project files do", async () => {
    const old = await generate({ packageName: "my_pkg", generateSourceCodeOnly: "true", oagVersion: "7.17.0" });
    expect(old("my_pkg_README.md")).toContain("\n* pydantic >= 2\n");
    const now = await generate({ packageName: "my_pkg", generateSourceCodeOnly: "true", oagVersion: "7.21.0-SNAPSHOT" });
    expect(now("my_pkg_README.md")).toContain("\n* pydantic >= 2.11\n");
    const project = await generate({ packageName: "my_pkg", oagVersion: "7.21.0" });
    expect(project("requirements.txt")).toContain("pydantic >= 2.11\n");
  });

  it("is projectName when given", async () => {
    const text = await generate({ packageName: "my_pkg", projectName: "My Project", generateSourceCodeOnly: "true" });
    expect(text("my_pkg_README.md").split("\n")[0]).toBe("# My Project");
  });
});
