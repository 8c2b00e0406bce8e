// The python generator's reserved words by release (releases.ts `reservedWords`, reserved-words.ts):
// OAG 7.0.x used PythonClientCodegen's own list (schema, base64, json, date, property and the
// keywords), ce4b2fe7bd (7.1.0) AbstractPythonCodegen's with the API locals and `float`, 2a39b29684
// (7.5.0) adds `field`. So a property or parameter named `float` is `float` in 7.0.x's docs and in its
// client's method signatures (OAG's 7.0.x pydantic v1 client has it too: the application code of that
// release passes `float=`); our pydantic v2 model keeps the field `var_float`, aliased `float`
// (runtime/model-views.ts MODEL_ATTRIBUTES: the class body names the type `float`), with a warning.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMPTY_OPTIONS } from "../../../src/generate.js";
import { generateInMemory } from "../../support/generate.js";
import { fileText as text } from "../../support/generated-file.js";
import { PythonNames } from "../../../src/generators/python/names.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { expectMypyStrict, runWithPackage } from "../../support/python-package.js";

const SPEC = `openapi: 3.0.3
info: { title: Reserved, version: "1" }
paths:
  /readings:
    post:
      operationId: measure
      tags: [readings]
      parameters:
        - { name: float, in: query, schema: { type: number } }
        - { name: all_params, in: query, schema: { type: string } }
        - { name: field, in: query, schema: { type: string } }
      requestBody:
        content: { application/json: { schema: { $ref: "#/components/schemas/Reading" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/Seen" } } }
components:
  schemas:
    Reading:
      type: object
      properties:
        float: { type: number, format: float }
        double: { type: number, format: double }
        field: { type: string }
    Seen:
      type: object
      properties:
        queryParams: { type: array, items: { type: array, items: { type: string } } }
        json: { $ref: "#/components/schemas/Reading" }
`;

const fixture = specWithEcho("oaswright-reserved-words-py-", SPEC);

async function generate(oagVersion: string) {
  return generateInMemory(fixture.spec, "python", { packageName: "rw_client", oagVersion });
}

const names = (oagVersion: string) => new PythonNames({ ...EMPTY_OPTIONS, additionalProperties: { oagVersion } });

describe("python: reserved words by release", () => {
  it.each([
    // release, float, all_params, field (property and parameter), operation `float`, model `field`
    ["7.0.0", "float", "all_params", "field", "float", "Field"],
    ["7.0.1", "float", "all_params", "field", "float", "Field"],
    ["7.1.0", "var_float", "var_all_params", "field", "call_float", "Field"],
    ["7.4.0", "var_float", "var_all_params", "field", "call_float", "Field"],
    ["7.5.0", "var_float", "var_all_params", "var_field", "call_float", "ModelField"],
    ["7.13.0", "var_float", "var_all_params", "var_field", "call_float", "ModelField"],
  ])("%s names", (release, float, allParams, field, operation, model) => {
    const n = names(release);
    expect(n.varName("float")).toBe(float);
    expect(n.paramName("float")).toBe(float);
    expect(n.paramName("all_params")).toBe(allParams);
    expect(n.varName("field")).toBe(field);
    expect(n.operationId("float")).toBe(operation);
    expect(n.modelName("field")).toBe(model);
    // in every 7.x list
    expect(n.varName("date")).toBe("var_date");
    expect(n.varName("json")).toBe("var_json");
  });

  it("docs: 7.0.1 prints `float` (OAG's 7.0.x samples: FormatTest.md, FakeApi.md), 7.1.0 `var_float`", async () => {
    const old = (await generate("7.0.1")).files;
    const model = text(old, "docs/Reading.md");
    expect(model).toContain("**float** | **float** |  | [optional] \n");
    expect(model).toContain("**field** | **str** |  | [optional] \n");
    const api = text(old, "docs/ReadingsApi.md");
    expect(api).toContain("> Seen measure(float=float, all_params=all_params, field=field, reading=reading)\n");
    expect(api).toContain("    float = 3.4 # float |  (optional)\n");
    expect(api).toContain(" **float** | **float**|  | [optional] \n");

    const newer = (await generate("7.1.0")).files;
    expect(text(newer, "docs/Reading.md")).toContain("**var_float** | **float** |  | [optional] \n");
    expect(text(newer, "docs/ReadingsApi.md")).toContain("> Seen measure(var_float=var_float, var_all_params=var_all_params, field=field, reading=reading)\n");
    expect(text((await generate("7.5.0")).files, "docs/ReadingsApi.md")).toContain("> Seen measure(var_float=var_float, var_all_params=var_all_params, var_field=var_field, reading=reading)\n");
  });

  it("code (7.0.1): `float=` as OAG 7.0.x's callers pass it; the model field var_float aliased `float`; mypy --strict", async () => {
    const { files, warnings } = await generate("7.0.1");
    expect(warnings.map((d) => d.message)).toContain('property "float" of Reading is called var_float in Python: the model needs float itself');
    const api = text(files, "rw_client/api/readings_api.py");
    expect(api).toMatch(/def measure\(\n\s+self,\n\s+float: /);
    const model = text(files, "rw_client/models/reading.py");
    expect(model).toContain('var_float: Optional[Union[StrictFloat, StrictInt]] = Field(default=None, alias="float")');
    const dir = path.join(fixture.tmp, "py701");
    const script = [
      "import os",
      "from rw_client import ApiClient, Configuration, Reading, ReadingsApi",
      "api = ReadingsApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
      "seen = api.measure(float=1.5, all_params='a', field='f', reading=Reading(float=2.5, double=3.5, field='g'))",
      "assert seen.query_params == [['float', '1.5'], ['all_params', 'a'], ['field', 'f']], seen.query_params",
      "got = seen.var_json",
      "assert got is not None and got.var_float == 2.5 and got.double == 3.5 and got.field == 'g', got",
      "assert Reading.from_dict({'float': 4.5}) == Reading(float=4.5)",
      "print(got.to_json())",
    ].join("\n");
    const r = await runWithPackage(dir, files, "reserved.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain('{"float": 2.5, "double": 3.5, "field": "g"}');
    await expectMypyStrict(dir, ["rw_client", "reserved.py"]);
  }, 300_000);
});
