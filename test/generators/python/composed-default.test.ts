// A property or parameter written as a composition of no type with a default beside it
// (`{allOf: [{$ref: LicenseEnum}], default: Copyright}`, ecotaxa's ProjectModel.license, 3.0). OAG's
// DefaultCodegen.fromProperty reads an allOf of one schema as that schema but restores the composition
// before toDefaultValue ("restore original schema with default value", a4dd90c01d #15035, 6.5.0), and
// fromParameter passes the parameter's schema as written; AbstractPythonCodegen.toDefaultValue follows
// a `$ref` only and its type branches need a type, so the docs print no default (OAG 7.13.0 run from
// source on ecotaxa's spec, sixteenth session), whatever the release. A 3.1 `$ref` with siblings is
// such a composition from 7.18.0 (#22364), so even the referenced enum's own default is gone there.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const spec30 = `openapi: 3.0.3
info: { title: Lic, version: "1" }
paths:
  /projects:
    get:
      operationId: listProjects
      parameters:
        - name: lic
          in: query
          schema:
            allOf: [{ $ref: "#/components/schemas/LicenseEnum" }]
            default: Copyright
        - name: level
          in: query
          schema: { $ref: "#/components/schemas/Level" }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Project" }
components:
  schemas:
    LicenseEnum:
      type: string
      enum: [Copyright, CC0]
    Level:
      type: string
      enum: [low, high]
      default: high
    Project:
      type: object
      properties:
        license:
          allOf: [{ $ref: "#/components/schemas/LicenseEnum" }]
          default: Copyright
          description: Data licence.
        level_of:
          allOf: [{ $ref: "#/components/schemas/Level" }]
        level: { $ref: "#/components/schemas/Level" }
        name: { type: string, default: first }
`;

const spec31 = `openapi: 3.1.0
info: { title: Lic, version: "1" }
paths: {}
components:
  schemas:
    Level:
      type: string
      enum: [low, high]
      default: high
    Run:
      type: object
      properties:
        level: { $ref: "#/components/schemas/Level", default: low }
        plain: { $ref: "#/components/schemas/Level" }
`;

const specs = specFiles("oaswright-composed-default-", { "spec30.yaml": spec30, "spec31.yaml": spec31 });

async function doc(spec: string, path: string, oagVersion: string): Promise<string> {
  const { files } = await generateInMemory(specs.path(spec), "python", { packageName: "lic", oagVersion });
  return String(files.find((f) => f.path === path)?.contents);
}

describe("python docs: a composition's default", () => {
  for (const release of ["7.7.0", "7.13.0", "7.21.0"]) {
    it(`is not printed for a property (${release})`, async () => {
      const project = await doc("spec30.yaml", "docs/Project.md", release);
      expect(project).toContain("**license** | [**LicenseEnum**](LicenseEnum.md) | Data licence. | [optional] \n");
      expect(project).toContain("**level_of** | [**Level**](Level.md) |  | [optional] \n");
      // a plain `$ref` takes the referenced enum's default (a5a99585ef, 7.7.0)
      expect(project).toContain("**level** | [**Level**](Level.md) |  | [optional] [default to Level.HIGH]\n");
      expect(project).toContain("**name** | **str** |  | [optional] [default to 'first']\n");
    });
  }

  it("is not printed for a parameter", async () => {
    const api = await doc("spec30.yaml", "docs/DefaultApi.md", "7.13.0");
    expect(api).toContain(" **lic** | [**LicenseEnum**](.md)|  | [optional] \n");
    expect(api).toContain("    lic = lic.LicenseEnum() # LicenseEnum |  (optional)\n");
    expect(api).toContain(" **level** | [**Level**](.md)|  | [optional] [default to high]\n");
  });

  it("is gone for a 3.1 `$ref` with siblings from 7.18.0", async () => {
    const before = await doc("spec31.yaml", "docs/Run.md", "7.17.0");
    expect(before).toContain("**level** | [**Level**](Level.md) |  | [optional] [default to Level.HIGH]\n");
    const after = await doc("spec31.yaml", "docs/Run.md", "7.18.0");
    expect(after).toContain("**level** | [**Level**](Level.md) |  | [optional] \n");
    expect(after).toContain("**plain** | [**Level**](Level.md) |  | [optional] [default to Level.HIGH]\n");
  });
});
