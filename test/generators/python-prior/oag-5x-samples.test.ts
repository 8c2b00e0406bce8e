// python-prior docs of the 5.x releases as OAG's own samples show them (samples/openapi3/client/
// petstore/python and samples/client/petstore/python at the release commits, rerun with
// scripts/oag-samples.mjs); each rule cites the OAG source it was read from in the code.
//
// - Before 5.2.0 (6cc270633b) the `any string name` row: DefaultCodegen.fromModel asks
//   getAdditionalProperties for a composition, a map and a free-form object only, never for an object
//   with properties and no keyword; the Type cell is `**{{additionalPropertiesType}}**`, unlinked.
// - Before 6.0.0 (dce8b80af7) an API module is named from the sanitized tag, not the class.
// - Swagger 2.0: a schema's minimum prints with trailing zeros stripped; `type: file` items print
//   `null` (from 5.3.0); an explicit `additionalProperties: {}` is typed as a map.
// - Before 5.3.0 (d4b8ff60a1) an array form field's example is its items', and a composition's is
//   the discriminator's first object model or the bare call.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { writeOutput } from "../../../src/render/write.js";
import { runPython } from "../../support/python.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-prior-5x-", {
  "spec.yaml": `openapi: 3.0.1
info: { title: t, version: "1" }
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Drawing" }
components:
  schemas:
    Animal:
      type: object
      required: [className]
      properties:
        className: { type: string }
    Cat:
      allOf:
        - $ref: "#/components/schemas/Animal"
        - type: object
          properties:
            declawed: { type: boolean }
    Closed:
      allOf:
        - $ref: "#/components/schemas/Animal"
      additionalProperties: false
    Free:
      type: object
      minProperties: 1
    Color: { type: string, enum: [red, blue] }
    Triangle:
      type: object
      required: [shapeType, triangleType]
      properties:
        shapeType: { type: string }
        triangleType: { type: string }
    Square:
      type: object
      required: [shapeType, side]
      properties:
        shapeType: { type: string }
        side: { type: integer }
    Shape:
      oneOf:
        - $ref: "#/components/schemas/Triangle"
        - $ref: "#/components/schemas/Square"
      discriminator:
        propertyName: shapeType
    Drawing:
      type: object
      properties:
        name: { type: string }
      additionalProperties:
        $ref: "#/components/schemas/Animal"
`,
});

/** python-prior's files for `input` at a release, by path (package `pets`, no validation). */
async function generated(input: string, oagVersion: string, extra: string[] = []): Promise<Map<string, string>> {
  return new Map((await generateFromArgs(["-i", input, "-g", "python-prior", "--additional-properties=packageName=pets", `--additional-properties=oagVersion=${oagVersion}`, ...extra])).texts);
}

const docs = (oagVersion: string, extra: string[] = []) => generated(specs.path("spec.yaml"), oagVersion, extra);

const tagSpec = specFiles("oaswright-prior-5x-tag-", {
  "spec.yaml": `openapi: 3.0.1
info: { title: t, version: "1" }
paths:
  /tags:
    get:
      tags: ["fake_classname_tags 123#$%^"]
      operationId: listTags
      responses:
        "200": { description: ok }
`,
});

describe("python-prior API module names", () => {
  async function generate(oagVersion: string) {
    const input = tagSpec.path("spec.yaml");
    return (await generateFromArgs(["-i", input, "-g", "python-prior", "--additional-properties=packageName=pets", `--additional-properties=oagVersion=${oagVersion}`])).files;
  }

  it("before 6.0.0 the module is the tag's (fake_classname_tags_123_api), from 6.0.0 the class's; the docs import it and the client imports and calls it", async () => {
    for (const [version, module] of [["5.4.0", "fake_classname_tags_123_api"], ["6.0.0", "fake_classname_tags123_api"]] as const) {
      const files = await generate(version);
      const paths = files.map((f) => f.path);
      expect(paths).toContain(`pets/api/${module}.py`);
      const doc = String(files.find((f) => f.path === "docs/FakeClassnameTags123Api.md")?.contents);
      expect(doc).toContain(`from pets.api import ${module}\n`);
      expect(doc).toContain(`api_instance = ${module}.FakeClassnameTags123Api(api_client)`);
      const root = mkdtempSync(path.join(tmpdir(), "oaswright-prior-5x-tag-rt-"));
      try {
        writeOutput(root, files);
        writeFileSync(path.join(root, "check_script.py"), `import pets\nfrom pets.api import ${module}\nfrom pets.apis import FakeClassnameTags123Api\nassert ${module}.FakeClassnameTags123Api is FakeClassnameTags123Api\nprint(callable(FakeClassnameTags123Api().list_tags))\n`);
        const r = await runPython({ cwd: root, args: ["check_script.py"], timeoutMs: 120_000 });
        expect(r.stderr).toBe("");
        expect(r.stdout.trim()).toBe("True");
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  }, 150_000);
});

describe("python-prior README 5.0.0: the large-document solutions", () => {
  it("are both `Solution 1:` in 5.0.0, numbered from 5.0.1 (cd2a0db1ce)", async () => {
    const count = (readme: string | undefined, line: string) => (readme ?? "").split("\n").filter((l) => l === line).length;
    const v500 = (await docs("5.0.0")).get("README.md");
    expect(count(v500, "Solution 1:")).toBe(2);
    expect(count(v500, "Solution 2:")).toBe(0);
    const v510 = (await docs("5.0.1")).get("README.md");
    expect([count(v510, "Solution 1:"), count(v510, "Solution 2:")]).toEqual([1, 1]);
  });
});

describe("python-prior model docs 5.0.0: oneOf-only required properties", () => {
  it("are required with the default nulltype.Null in 5.0.0 (addNullDefaultToOneOfAnyOfReqProps), optional from 5.1.0 (2553d056dc)", async () => {
    const old = (await docs("5.0.0")).get("docs/Shape.md")!;
    expect(old).toContain("**shape_type** | **str** |  | \n**triangle_type** | **str** |  | defaults to nulltype.Null\n**side** | **int** |  | defaults to nulltype.Null\n");
    expect(old).not.toContain("[optional]  \n");
    const later = (await docs("5.1.0")).get("docs/Shape.md")!;
    expect(later).toContain("**triangle_type** | **str** |  | [optional] \n");
    expect(later).not.toContain("nulltype");
  });
});

const ANY_ROW = "**any string name** | **bool, date, datetime, dict, float, int, list, str, none_type** | any string name can be used but the value must be the correct type | [optional]";

describe("python-prior model docs before 5.3.0: the any string name row", () => {
  it("5.2.x with disallowAdditionalPropertiesIfNotPresent=true: an enum (setAddProps on every model) has no row either", async () => {
    const d = await docs("5.2.1", ["--additional-properties=disallowAdditionalPropertiesIfNotPresent=true"]);
    expect(d.get("docs/Color.md")).not.toContain("any string name");
    expect(d.get("docs/Animal.md")).not.toContain("any string name");
  });

  it("5.1.1: compositions and free-form objects get the row, an object with properties and no keyword none; the cell is unlinked", async () => {
    const d = await docs("5.1.1");
    expect(d.get("docs/Cat.md")).toContain(ANY_ROW);
    expect(d.get("docs/Free.md")).toContain(ANY_ROW);
    expect(d.get("docs/Animal.md")).not.toContain("any string name");
    expect(d.get("docs/Closed.md")).not.toContain("any string name");
    expect(d.get("docs/Drawing.md")).toContain("**any string name** | **Animal** | any string name");
  });

  it("5.1.1 with disallowAdditionalPropertiesIfNotPresent=true: a composition without the keyword has none", async () => {
    const d = await docs("5.1.1", ["--additional-properties=disallowAdditionalPropertiesIfNotPresent=true"]);
    expect(d.get("docs/Cat.md")).not.toContain("any string name");
    expect(d.get("docs/Free.md")).not.toContain("any string name");
    expect(d.get("docs/Drawing.md")).toContain("**any string name** | **Animal** | any string name");
  });

  it("5.2.0: every object model without the keyword gets the row, and a model value is linked", async () => {
    const d = await docs("5.2.0");
    expect(d.get("docs/Animal.md")).toContain(ANY_ROW);
    expect(d.get("docs/Color.md")).toContain(ANY_ROW);
    expect(d.get("docs/Drawing.md")).toContain("**any string name** | [**Animal**](Animal.md) | any string name");
  });
});

const swagger2 = specFiles("oaswright-prior-5x-20-", {
  "spec.yaml": `swagger: "2.0"
info: { title: t, version: "1" }
paths:
  /numbers:
    post:
      operationId: postNumber
      parameters:
        - { name: body, in: body, schema: { $ref: "#/definitions/NumberWithValidations" } }
        - { name: count, in: query, type: number, minimum: 10 }
      responses:
        "200": { description: ok }
  /forms:
    post:
      operationId: postForm
      consumes: [application/x-www-form-urlencoded]
      parameters:
        - { name: size, in: formData, type: number, minimum: 20 }
      responses:
        "200": { description: ok }
  /uploads:
    post:
      operationId: upload
      consumes: [multipart/form-data]
      parameters:
        - { name: file, in: formData, type: file }
        - { name: files, in: formData, type: array, items: { type: file } }
      responses:
        "200": { description: ok }
  /halves:
    post:
      operationId: postHalf
      parameters:
        - { name: body, in: body, schema: { $ref: "#/definitions/Half" } }
      responses:
        "200": { description: ok }
definitions:
  NumberWithValidations: { type: number, minimum: 10, maximum: 20 }
  Half: { type: number, minimum: 1.50 }
  Maps:
    type: object
    properties:
      map_map_anytype:
        type: object
        additionalProperties:
          type: object
          additionalProperties: {}
      map_anytype:
        type: object
        additionalProperties: {}
      free: { type: object }
`,
});

describe("python-prior examples of a Swagger 2.0 minimum", () => {
  it("a schema's minimum is printed with its trailing zeros stripped, a parameter's as written (5.x to 6.6 samples: NumberWithValidations(1E+1))", async () => {
    const api = (await generated(swagger2.path("spec.yaml"), "6.6.0")).get("docs/DefaultApi.md");
    expect(api).toContain("body = NumberWithValidations(1E+1) # NumberWithValidations |");
    expect(api).toContain("body = Half(1.5) # Half |");
    expect(api).toContain("count = 10 # float |");
    expect(api).toContain("size = 20 # float |");
  });

  it("an explicit `additionalProperties: {}` is a `type: object` schema there, typed as a map; an absent one is any type (getTypeString's v2 cases)", async () => {
    const doc = (await generated(swagger2.path("spec.yaml"), "6.6.0")).get("docs/Maps.md");
    expect(doc).toContain("**map_map_anytype** | **{str: ({str: (bool, date, datetime, dict, float, int, list, str, none_type,)},)}** |");
    expect(doc).toContain("**map_anytype** | **{str: (bool, date, datetime, dict, float, int, list, str, none_type,)}** |");
    expect(doc).toContain("**free** | **bool, date, datetime, dict, float, int, list, str, none_type** |");
  });

  it("an array form field of files: from 5.3.0 the item example null, unindented (type file is no branch of toExampleValueRecursive); before, the items are the whole example, a Java null the template prints as nothing; the file field itself opens a file", async () => {
    for (const [version, files] of [["6.6.0", "[\nnull,\n    ]"], ["5.3.0", "[\nnull,\n    ]"], ["5.2.1", ""]] as const) {
      const api = (await generated(swagger2.path("spec.yaml"), version)).get("docs/DefaultApi.md");
      expect(api).toContain("file = open('/path/to/file', 'rb') # file_type |");
      expect(api, version).toContain(`    files = ${files} # [file_type] |`);
    }
  });
});

const forms = specFiles("oaswright-prior-5x-forms-", {
  "spec.yaml": `openapi: 3.0.1
info: { title: t, version: "1" }
paths:
  /forms:
    post:
      operationId: postForm
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                tags: { type: array, items: { type: string, enum: [">", "$"], default: "$" } }
                uploads: { type: array, items: { type: string, format: binary } }
      responses:
        "200": { description: ok }
  /mammals:
    post:
      operationId: postMammal
      requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/Mammal" } } } }
      responses:
        "200": { description: ok }
  /numbers:
    post:
      operationId: postNumber
      requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/Either" } } } }
      parameters:
        - { name: raw, in: query, schema: { type: array } }
      responses:
        "200": { description: ok }
components:
  schemas:
    Mammal:
      oneOf:
        - $ref: "#/components/schemas/zebra"
        - $ref: "#/components/schemas/whale"
        - $ref: "#/components/schemas/Pig"
      discriminator: { propertyName: className }
    whale:
      type: object
      required: [className]
      properties:
        hasBaleen: { type: boolean }
        className: { type: string }
    zebra:
      type: object
      required: [className]
      properties:
        className: { type: string }
    Pig:
      oneOf:
        - $ref: "#/components/schemas/zebra"
      discriminator: { propertyName: className }
    Either:
      oneOf:
        - { type: number }
        - { type: string }
`,
});

describe("python-prior examples before 5.3.0 (d4b8ff60a1)", () => {
  const api = async (version: string) => String((await generated(forms.path("spec.yaml"), version)).get("docs/DefaultApi.md"));

  it("an array form field's example is its items' (fromRequestBodyToFormParameters passed the items to fromFormProperty); from 5.3.0 a list", async () => {
    const before = await api("5.2.1");
    expect(before).toContain(`    tags = "$" # [str] |`);
    expect(before).toContain(`    uploads = open('/path/to/file', 'rb') # [file_type] |`);
    const after = await api("5.3.0");
    expect(after).toContain(`    tags = [\n        "$",\n    ] # [str] |`);
    expect(after).toContain(`    uploads = [\n        open('/path/to/file', 'rb'),\n    ] # [file_type] |`);
  });

  it("a composition with a discriminator shows the first object model by mapping name, its discriminator set to that name; one without, the bare call; from 5.3.0 None", async () => {
    const before = await api("5.2.1");
    // mapped models by mapping name (Java's order: "Pig" < "whale" < "zebra"); Pig is no object
    expect(before).toContain(`    mammal = Mammal(\n        has_baleen=True,\n        class_name="whale",\n    ) # Mammal |`);
    expect(before).toContain(`    either = Either() # Either |`);
    const after = await api("5.3.0");
    expect(after).toContain(`    mammal = Mammal(None) # Mammal |`);
    expect(after).toContain(`    either = Either(None) # Either |`);
  });

  it("a type toExampleValueRecursive does not handle (a 3.0 array without items) is a Java null as the whole example: nothing is printed", async () => {
    for (const version of ["5.2.1", "6.6.0"]) expect(await api(version), version).toContain(`    raw =  # list |`);
  });
});

const freeForm = specFiles("oaswright-prior-5x-free-form-", {
  "v2.yaml": `swagger: "2.0"
info: { title: t, version: "1" }
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200": { description: ok, schema: { $ref: "#/definitions/Things" } }
definitions:
  Things:
    type: object
    properties:
      anytype_1: { type: object }
      anytype_2: {}
      map_map_anytype: { type: object, additionalProperties: { type: object, additionalProperties: { type: object } } }
`,
  "v3.yaml": `openapi: 3.0.1
info: { title: t, version: "1" }
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Things" } } } }
components:
  schemas:
    Things:
      type: object
      properties:
        open: { type: object }
        empty_map: { type: object, additionalProperties: false }
`,
});

describe("python-prior type strings before 5.2.0 (6cc270633b)", () => {
  const things = (file: string, version: string, extra: string[] = []) => generated(freeForm.path(file), version, extra);

  it("docs: a free-form object without additional properties has no none_type; the client's types keep it", async () => {
    const disallow = ["--additional-properties=disallowAdditionalPropertiesIfNotPresent=true"];
    const v2 = await things("v2.yaml", "5.1.1", disallow);
    const doc = v2.get("docs/Things.md")!;
    expect(doc).toContain("**anytype_1** | **bool, date, datetime, dict, float, int, list, str** |");
    expect(doc).toContain("**anytype_2** | **bool, date, datetime, dict, float, int, list, str** |");
    expect(doc).toContain("**map_map_anytype** | **{str: ({str: (bool, date, datetime, dict, float, int, list, str,)},)}** |");
    expect(v2.get("pets/model/things.py")).toContain('"anytype_1": (bool, date, datetime, dict, float, int, list, str, none_type,),');
    expect((await things("v2.yaml", "5.2.0", disallow)).get("docs/Things.md")).toContain("**anytype_1** | **bool, date, datetime, dict, float, int, list, str, none_type** |");
    const v3 = (await things("v3.yaml", "5.1.0")).get("docs/Things.md")!;
    expect(v3).toContain("**open** | **{str: (bool, date, datetime, dict, float, int, list, str, none_type)}** |");
    expect(v3).toContain("**empty_map** | **bool, date, datetime, dict, float, int, list, str** |");
  });
});
