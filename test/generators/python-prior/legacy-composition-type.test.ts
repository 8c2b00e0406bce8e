// python-prior docs read off tomasgarzon/vigilant-guacamole's python (OAG 5.3.0-SNAPSHOT of
// 2021-09-01, python-prior; corpus case nucoro-python-prior, read as 5.2.1), a drf-spectacular spec:
//
// - before 5.3.0, a composition without a declared `type` is typed `dict` (`dict, none_type` when
//   nullable): PythonClientCodegen.getTypeString asked isAnyTypeSchema, true for a plain Schema only,
//   so a ComposedSchema went on to getSchemaType, whose getPrimitiveType ends in "object";
//   d4b8ff60a1 (#10334, 5.3.0) asks ModelUtils.isAnyType instead (AssetList.md `**status** | **dict**`
//   for `allOf: [$ref: Status6f6Enum]` with readOnly; ClientCreate.md `**title** | **dict, none_type**`
//   for a nullable oneOf of enums). Docs only: the client keeps accepting any value there.
// - every release: a query parameter that is an inline map links its value's type unless that is a
//   language primitive (fromParameter's map branch sets baseType to the value's dataType,
//   postProcessParameter clears primitives): `{type: object, additionalProperties: {}}` links
//   `bool, date, datetime, dict, float, int, list, str, none_type.md` (DocumentApi.md extra_data).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-prior-legacy-composition-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: Assets, version: "1" }
paths:
  /assets:
    get:
      tags: [Asset]
      operationId: listAssets
      parameters:
        - in: query
          name: extra_data
          description: Additional attributes
          schema: { type: object, additionalProperties: {}, nullable: true }
        - in: query
          name: labels
          schema: { type: object, additionalProperties: { type: string } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Asset" }
components:
  schemas:
    StatusEnum: { type: string, enum: [ACTIVE, CLOSED] }
    BlankEnum: { enum: [""] }
    Asset:
      type: object
      properties:
        status:
          allOf: [{ $ref: "#/components/schemas/StatusEnum" }]
          readOnly: true
        title:
          oneOf: [{ $ref: "#/components/schemas/StatusEnum" }, { $ref: "#/components/schemas/BlankEnum" }]
          nullable: true
        kind:
          type: string
          allOf: [{ $ref: "#/components/schemas/StatusEnum" }]
`,
});

async function files(oagVersion: string): Promise<(path: string) => string> {
  return (await generateInMemory(specs.path("spec.yaml"), "python-prior", { packageName: "assets", oagVersion })).text;
}

const rows = (doc: string, names: readonly string[]) => doc.split("\n").filter((l) => names.some((n) => l.startsWith(`**${n}**`) || l.startsWith(` **${n}**`)));

const ANY = "bool, date, datetime, dict, float, int, list, str, none_type";

describe("python-prior: untyped compositions and map parameters", () => {
  it("before 5.3.0 an untyped composition is `dict` in the model docs; the client accepts any value", async () => {
    const f = await files("5.2.1");
    expect(rows(f("docs/Asset.md"), ["status", "title", "kind"])).toEqual([
      "**status** | **dict** |  | [optional] [readonly] ",
      "**title** | **dict, none_type** |  | [optional] ",
      "**kind** | **str** |  | [optional] ",
    ]);
    expect(f("assets/model/asset.py")).toContain(`"status": (${ANY},),`);
  });

  it("from 5.3.0 it is any type", async () => {
    expect(rows((await files("5.3.0"))("docs/Asset.md"), ["status", "title"])).toEqual([
      `**status** | **${ANY}** |  | [optional] [readonly] `,
      `**title** | **${ANY}** |  | [optional] `,
    ]);
  });

  it("a map query parameter links its value's type unless a language primitive", async () => {
    for (const v of ["5.2.1", "6.6.0"]) {
      expect(rows((await files(v))("docs/AssetApi.md"), ["extra_data", "labels"])).toEqual([
        ` **extra_data** | [**{str: (${ANY})}, none_type**](${ANY}.md)| Additional attributes | [optional]`,
        " **labels** | **{str: (str,)}**|  | [optional]",
      ]);
    }
  });
});
