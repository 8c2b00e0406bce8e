// What a 3.1 array schema keeps through NORMALIZE_31SPEC (NormalizerRules.arrayKept31):
// processNormalize31Spec (4b7a808a9f #16495, 7.0.1) replaces a 3.1 array by a new ArraySchema that
// copies xml and items only, from dc047b4e91 (#17427, 7.2.0) description, default and more too, and
// never readOnly, so python's model docs print no `[readonly]` (umaaas 7.13.0's
// PlatformCurrencyConfig.umaProviderRequiredUserFields, as OAG 7.13.0 built from source writes it);
// openproject's published 7.21.0-SNAPSHOT docs print it (the release between is inferred). 3.0
// arrays and a `$ref`'s own readOnly are untouched; before 7.0.1 nothing was replaced.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec = (openapi: string): string => `openapi: ${openapi}
info: { title: Arrays, version: "1" }
paths:
  /configs:
    get:
      operationId: listConfigs
      parameters:
        - { name: tags, in: query, schema: { type: array, items: { type: string }, default: [a] } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Config" }
components:
  schemas:
    Kind:
      type: string
      enum: [NAME, BIRTH]
    Fields:
      type: array
      readOnly: true
      items: { $ref: "#/components/schemas/Kind" }
    Config:
      type: object
      properties:
        fields:
          type: array
          items: { $ref: "#/components/schemas/Kind" }
          readOnly: true
        labels:
          type: array
          items: { type: string }
          readOnly: true
        aliased: { $ref: "#/components/schemas/Fields" }
        code: { type: string, readOnly: true }
        names:
          type: array
          items: { type: string }
          description: The names.
          default: [x, y]
`;

const specs = specFiles("oaswright-array-readonly-31-", { "spec31.yaml": spec("3.1.0"), "spec30.yaml": spec("3.0.3") });

async function doc(file: string, oagVersion: string, path = "docs/Config.md"): Promise<string> {
  const { files } = await generateInMemory(specs.path(file), "python", { packageName: "arrays", oagVersion });
  return String(files.find((f) => f.path === path)?.contents);
}
const configDoc = (file: string, oagVersion: string) => doc(file, oagVersion);

describe("python docs: a 3.1 array property's readOnly", () => {
  for (const release of ["7.0.1", "7.13.0", "7.20.0"]) {
    it(`is lost with the normalizer's new ArraySchema (${release})`, async () => {
      const doc = await configDoc("spec31.yaml", release);
      expect(doc).toContain("**fields** | [**List[Kind]**](Kind.md) |  | [optional] \n");
      expect(doc).toContain("**labels** | **List[str]** |  | [optional] \n");
      expect(doc).toContain("**aliased** | [**List[Kind]**](Kind.md) |  | [optional] \n");
      expect(doc).toContain("**code** | **str** |  | [optional] [readonly] \n");
    });
  }

  for (const release of ["7.0.0", "7.21.0-SNAPSHOT", "7.24.0"]) {
    it(`is printed where the release keeps it (${release})`, async () => {
      const doc = await configDoc("spec31.yaml", release);
      expect(doc).toContain("**fields** | [**List[Kind]**](Kind.md) |  | [optional] [readonly] \n");
      expect(doc).toContain("**labels** | **List[str]** |  | [optional] [readonly] \n");
    });
  }

  it("is printed for a 3.0 array", async () => {
    const doc = await configDoc("spec30.yaml", "7.13.0");
    expect(doc).toContain("**fields** | [**List[Kind]**](Kind.md) |  | [optional] [readonly] \n");
    expect(doc).toContain("**labels** | **List[str]** |  | [optional] [readonly] \n");
  });

  it("loses description and default before 7.2.0 (dc047b4e91)", async () => {
    const before = await configDoc("spec31.yaml", "7.1.0");
    expect(before).toContain("**names** | **List[str]** |  | [optional] \n");
    const api = await doc("spec31.yaml", "7.1.0", "docs/DefaultApi.md");
    expect(api).toContain(" **tags** | [**List[str]**](str.md)|  | [optional] \n");
    const after = await configDoc("spec31.yaml", "7.2.0");
    expect(after).toContain("**names** | **List[str]** | The names. | [optional] [default to [x, y]]\n");
    expect(await doc("spec31.yaml", "7.2.0", "docs/DefaultApi.md")).toContain(" **tags** | [**List[str]**](str.md)|  | [optional] [default to [&quot;a&quot;]]\n");
    // 7.0.0 had no replacement
    expect(await configDoc("spec31.yaml", "7.0.0")).toContain("**names** | **List[str]** | The names. | [optional] [default to [x, y]]\n");
  });
});

// uniqueItems (5ed2283e01, 7.5.0) and nullable (2d57255817, 7.9.0) on the new ArraySchema: python's
// docs print `List[...]` for a uniqueItems array in every 7.x release (AbstractPythonCodegen.arrayType
// leaves its `Set` commented out; typeMapping `set` -> `List`), so only nullable shows, in an item:
// `List[Optional[List[str]]]` from 7.9.0 (optionalItems since 7.3.0), `List[List[str]]` before. A
// map's value is not stored back before 7.24.0 and keeps the nullable processNormalize31Spec sets on
// it. The client's annotations keep `Optional` (a pydantic List accepts what a Set would).
const nested = (openapi: string): string => {
  const nullableArray = openapi === "3.1.0" ? 'type: [array, "null"]' : "type: array, nullable: true";
  return `openapi: ${openapi}
info: { title: Arrays, version: "1" }
paths: {}
components:
  schemas:
    Grid:
      type: object
      properties:
        rows:
          type: array
          items: { ${nullableArray}, items: { type: string } }
        sets:
          type: array
          items: { type: array, uniqueItems: true, items: { type: string } }
        byKey:
          type: object
          additionalProperties: { ${nullableArray}, items: { type: string } }
`;
};
const nestedSpecs = specFiles("oaswright-array-nullable-31-", { "spec31.yaml": nested("3.1.0"), "spec30.yaml": nested("3.0.3") });

async function gridFiles(file: string, oagVersion: string): Promise<Map<string, string>> {
  const { files } = await generateInMemory(nestedSpecs.path(file), "python", { packageName: "arrays", oagVersion });
  return new Map(files.map((f) => [f.path, String(f.contents)]));
}

describe("python docs: a 3.1 array item's nullable and uniqueItems", () => {
  it("loses a nullable item's Optional before 7.9.0 (2d57255817), not a map value's", async () => {
    const before = (await gridFiles("spec31.yaml", "7.8.0")).get("docs/Grid.md")!;
    expect(before).toContain("**rows** | **List[List[str]]** |  | [optional] \n");
    expect(before).toContain("**by_key** | **Dict[str, Optional[List[str]]]** |  | [optional] \n");
    const after = (await gridFiles("spec31.yaml", "7.9.0")).get("docs/Grid.md")!;
    expect(after).toContain("**rows** | **List[Optional[List[str]]]** |  | [optional] \n");
    expect(after).toContain("**by_key** | **Dict[str, Optional[List[str]]]** |  | [optional] \n");
  });

  it("prints List for uniqueItems on both sides of 7.5.0 (5ed2283e01)", async () => {
    for (const release of ["7.4.0", "7.5.0"]) {
      expect((await gridFiles("spec31.yaml", release)).get("docs/Grid.md")).toContain("**sets** | **List[List[str]]** |  | [optional] \n");
    }
  });

  it("leaves 3.0 arrays and the client's annotations alone", async () => {
    expect((await gridFiles("spec30.yaml", "7.8.0")).get("docs/Grid.md")).toContain("**rows** | **List[Optional[List[str]]]** |  | [optional] \n");
    const model = (await gridFiles("spec31.yaml", "7.8.0")).get("arrays/models/grid.py")!;
    expect(model).toContain("rows: Optional[List[Optional[List[StrictStr]]]] = None\n");
  });
});
