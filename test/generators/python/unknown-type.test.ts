// A `type` OpenAPI does not define (`type: ref`), as OAG's python docs show it (found with the
// opensilex corpus case, python 7.14.0): DefaultCodegen.getPrimitiveType returns the type as written
// and AbstractPythonCodegen.getTypeDeclaration names it with toModelName, so the docs type the field
// `Ref`, link `Ref.md`, construct `<pkg>.Ref()` and import `from <pkg>.models.ref import Ref`
// (PydanticType reads a non-primitive type as a model). The generated client reads the value as any
// value and sends it: checked against the echo server.

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { runWithPackage } from "../../support/python-package.js";

const SPEC = `openapi: 3.0.1
info: { title: t, version: "1" }
paths:
  /devices/import:
    post:
      operationId: importCsv
      tags: [devices]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [description, file]
              properties:
                description: { type: ref, description: CSV import settings }
                file: { type: string, format: binary, description: Device file }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Report" }
components:
  schemas:
    Report:
      type: object
      properties:
        settings: { type: ref }
        count: { type: integer }
`;

const fixture = specWithEcho("oaswright-unknown-type-", SPEC);
let files: Map<string, string>;
beforeAll(async () => {
  files = new Map((await generateFromArgs(["-i", fixture.spec, "-g", "python", "--additional-properties=packageName=silex,oagVersion=7.14.0"])).texts);
  const out = path.join(fixture.tmp, "out");
  for (const [p, text] of files) {
    mkdirSync(path.dirname(path.join(out, p)), { recursive: true });
    writeFileSync(path.join(out, p), text);
  }
});

describe("python: a type OpenAPI does not define (OAG 7.14)", () => {
  it("is named, linked, constructed and imported as a model in the API doc", () => {
    const doc = files.get("docs/DevicesApi.md")!;
    expect(doc).toContain("from silex.models.ref import Ref\nfrom silex.models.report import Report\nfrom silex.rest import ApiException\n");
    expect(doc).toContain("    description = silex.Ref() # Ref | CSV import settings\n");
    expect(doc).toContain(" **description** | [**Ref**](Ref.md)| CSV import settings | \n");
    expect(doc).toContain(" **file** | **bytearray**| Device file | \n");
  });

  it("types a model property by that name", () => {
    expect(files.get("docs/Report.md")).toContain("**settings** | [**Ref**](Ref.md) |  | [optional] ");
    expect(files.has("docs/Ref.md")).toBe(false);
  });

  it("leaves the class out of the client, which sends the value as given", async () => {
    const code = [...files].filter(([p]) => p.endsWith(".py")).map(([, t]) => t).join("\n");
    expect(code).not.toMatch(/\bRef\b/);
    const script = [
      "import json, os, silex",
      "conf = silex.Configuration(host=os.environ['ECHO_URL'])",
      "with silex.ApiClient(conf) as client:",
      "    api = silex.DevicesApi(client)",
      "    raw = api.import_csv_without_preload_content(description='sep=;', file=('d.csv', b'a;b'))",
      "    seen = json.loads(raw.data)",
      "print(sorted((p['name'], p.get('text')) for p in seen['multipart']))",
    ].join("\n") + "\n";
    const r = await runWithPackage(path.join(fixture.tmp, "out"), [], "check.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout.trim()).toBe("[('description', 'sep=;'), ('file', 'a;b')]");
  });
});
