// drf-spectacular's enum patterns, as OAG 7.x reads them (found with the libretime corpus case,
// python 7.11.0), docs and a round trip through the generated client:
// - an untyped `enum` gets the type of its first value (swagger-parser inferTypeFromArray): `BlankEnum`
//   (`enum: [""]`) is a string enum, not a null type, so `oneOf: [KindEnum, BlankEnum, NullEnum]`
//   stays a oneOf of two (an inline model `ShowKind`), and `NullEnum` (`enum: [null]`) is a model;
// - a oneOf/anyOf member that is an enum of null only is dropped and makes the property nullable
//   (OpenAPINormalizer SIMPLIFY_ONEOF_ANYOF with ModelUtils.isNullTypeSchema): `[RecordEnabledEnum,
//   NullEnum]` is `RecordEnabledEnum`;
// - a body of a model named `File` gets setParameterExampleValue's file example `'/path/to/file'`.

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { runWithPackage } from "../../support/python-package.js";
import { specFiles } from "../../support/spec-files.js";

const SPEC = `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /shows:
    post:
      operationId: createShow
      tags: [shows]
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/File" }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Show" }
components:
  schemas:
    Show:
      type: object
      properties:
        kind:
          nullable: true
          oneOf:
            - $ref: "#/components/schemas/KindEnum"
            - $ref: "#/components/schemas/BlankEnum"
            - $ref: "#/components/schemas/NullEnum"
        record_enabled:
          nullable: true
          minimum: -32768
          maximum: 32767
          oneOf:
            - $ref: "#/components/schemas/RecordEnabledEnum"
            - $ref: "#/components/schemas/NullEnum"
    File:
      type: object
      properties:
        name: { type: string }
    KindEnum: { type: string, enum: [static, dynamic] }
    RecordEnabledEnum: { type: integer, enum: [0, 1] }
    BlankEnum: { enum: [""] }
    NullEnum: { enum: [null] }
`;

const specs = specFiles("oaswright-drf-enums-", { "spec.yaml": SPEC });
let files: Map<string, string>;
beforeAll(async () => {
  files = new Map((await generateFromArgs(["-i", specs.path("spec.yaml"), "-g", "python", "--additional-properties=packageName=drf,oagVersion=7.11.0"])).texts);
  const out = path.join(specs.tmp, "out");
  for (const [p, text] of files) {
    mkdirSync(path.dirname(path.join(out, p)), { recursive: true });
    writeFileSync(path.join(out, p), text);
  }
});

describe("python: drf-spectacular enums (OAG 7.11)", () => {
  it("types the properties and lists the models as OAG does", () => {
    const show = files.get("docs/Show.md")!;
    expect(show).toContain("**kind** | [**ShowKind**](ShowKind.md) |  | [optional] ");
    expect(show).toContain("**record_enabled** | [**RecordEnabledEnum**](RecordEnabledEnum.md) |  | [optional] ");
    expect(files.get("docs/NullEnum.md")).toBe(
      "# NullEnum\n\n\n## Enum\n\n[[Back to Model list]](../README.md#documentation-for-models) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to README]](../README.md)\n\n\n",
    );
    expect(files.get("docs/BlankEnum.md")).toContain("* `EMPTY` (value: `''`)");
    expect(files.get("README.md")).toContain(" - [NullEnum](docs/NullEnum.md)\n");
  });

  it("gives a body of model File the file example", () => {
    expect(files.get("docs/ShowsApi.md")).toContain("    file = '/path/to/file' # File | ");
  });

  it("reads and writes those values in the generated client", async () => {
    const script = [
      "from drf.models.show import Show",
      "from drf.models.null_enum import NullEnum",
      "a = Show.from_dict({'kind': 'static', 'record_enabled': 1})",
      "b = Show.from_dict({'kind': '', 'record_enabled': None})",
      "c = Show.from_dict({'kind': None})",
      "print(a.to_json(), b.to_json(), c.to_json(), list(NullEnum))",
    ].join("\n") + "\n";
    const r = await runWithPackage(path.join(specs.tmp, "out"), [], "check.py", script);
    expect(r.stdout.trim()).toBe('{"kind": "static", "record_enabled": 1} {"kind": "", "record_enabled": null} {"kind": null} []');
  });
});
