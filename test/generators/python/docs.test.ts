// The python generator's docs: naming, type text and example rules as given/want tables. The five
// golden cases are compared in test/golden/golden.test.ts; determinism in test/determinism.test.ts.

import { describe, expect, it } from "vitest";
import { EMPTY_OPTIONS } from "../../../src/generate.js";
import type { GeneratorOptions } from "../../../src/generators/generator.js";
import { PythonNames } from "../../../src/generators/python/names.js";
import { pydanticAnnotation, PythonImports, PythonTypes } from "../../../src/generators/python/types.js";
import { PythonExamples } from "../../../src/generators/python/examples.js";
import { pythonLayout } from "../../../src/generators/python/files.js";
import type { ApiModel, Schema } from "../../../src/model/ir.js";
import type { CodegenParam } from "../../../src/codegen/operations.js";

const options = (extra: Partial<GeneratorOptions> = {}): GeneratorOptions => ({ ...EMPTY_OPTIONS, ...extra });

describe("python naming", () => {
  const names = new PythonNames(
    options({ nameMappings: { _type: "underscore_type", type_: "type_with_underscore" }, modelNameMappings: { ApiResponse: "ModelApiResponse" } }),
  );

  it.each([
    ["createStudyJob", "create_study_job"],
    ["getPetById", "get_pet_by_id"],
    ["123Test@$%SpecialTags", "call_123_test_special_tags"],
    ["return", "call_return"],
    ["test/form/object/multipart", "test_form_object_multipart"],
    ["HTTPServerError", "http_server_error"],
  ])("operation %j -> %j", (given, want) => expect(names.operationId(given)).toBe(want));

  it.each([
    ["petId", "pet_id"],
    ["float", "var_float"],
    ["date", "var_date"],
    ["property", "var_property"],
    ["123Number", "var_123_number"],
    ["_type", "underscore_type"],
    ["type_", "type_with_underscore"],
    ["ATT_NAME", "att_name"],
    ["$special[property.name]", "special_property_name"],
    ["_snake_case", "snake_case"],
  ])("property %j -> %j", (given, want) => expect(names.varName(given)).toBe(want));

  it.each([
    ["callback", "param_callback"],
    ["query-1", "query_1"],
    ["float", "var_float"],
  ])("parameter %j -> %j", (given, want) => expect(names.paramName(given)).toBe(want));

  it.each([
    ["Pet", "Pet", "pet"],
    ["ApiResponse", "ModelApiResponse", "model_api_response"],
    ["200_response", "Model200Response", "model200_response"],
    ["Return", "ModelReturn", "model_return"],
    ["field", "ModelField", "model_field"],
    ["createJob_201_response", "CreateJob201Response", "create_job201_response"],
    ["_special_model.name_", "SpecialModelName", "special_model_name"],
    ["Hunting__Dog", "HuntingDog", "hunting_dog"],
  ])("model %j -> class %j in module %j", (given, className, module) => {
    expect(names.modelName(given)).toBe(className);
    expect(names.modelModule(names.modelName(given))).toBe(module);
  });

  it.each([
    ["pet", "PetApi", "pet_api"],
    ["fake_classname_tags 123#$%^", "FakeClassnameTags123Api", "fake_classname_tags123_api"],
    ["", "DefaultApi", "default_api"],
  ])("tag %j -> class %j in module %j", (tag, className, module) => {
    const cls = names.apiClassName(names.sanitizeTag(tag));
    expect(cls).toBe(className);
    expect(names.apiModule(cls)).toBe(module);
  });

  it.each([
    ["success", "SUCCESS"],
    ["-efg", "MINUS_EFG"],
    ["(xyz)", "LEFT_PARENTHESIS_XYZ_RIGHT_PARENTHESIS"],
    ["456", "ENUM_456"],
    ["123abc", "ENUM_123ABC"],
    ["_", "UNDERSCORE"],
    [" ", "SPACE"],
    ["", "EMPTY"],
    ["&", "AMPERSAND"],
    [">=", "GREATER_THAN_EQUAL"],
    ["this_is_!", "THIS_IS_EXCLAMATION"],
    ["import", "IMPORT"],
    [" hello world ", "HELLO_WORLD"],
    ["1.5", "ENUM_1_DOT_5"],
  ])("enum member %j -> %j", (given, want) => expect(names.enumMemberName(given)).toBe(want));

  it.each([
    ["0", "NUMBER_0"],
    ["-1", "NUMBER_MINUS_1"],
  ])("integer enum member %j -> %j", (given, want) => expect(names.numericEnumMemberName(given)).toBe(want));
});

// ---------------------------------------------------------------------------------------------
// Types and examples over a small hand-built model

const base = { pointer: "", nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {} };
const str = (extra: object = {}): Schema => ({ ...base, kind: "string", ...extra }) as Schema;
const int = (format?: string): Schema => ({ ...base, kind: "integer", exclusiveMinimum: false, exclusiveMaximum: false, ...(format ? { format } : {}) }) as Schema;
const num = (format?: string): Schema => ({ ...base, kind: "number", exclusiveMinimum: false, exclusiveMaximum: false, ...(format ? { format } : {}) }) as Schema;
const ref = (target: string): Schema => ({ ...base, kind: "ref", target });
const arr = (items: Schema): Schema => ({ ...base, kind: "array", items, uniqueItems: false });
const obj = (extra: object = {}): Schema => ({ ...base, kind: "object", properties: [], required: [], additionalProperties: undefined, ...extra }) as Schema;
const map = (values: Schema | true): Schema => obj({ additionalProperties: values });

const MODEL: ApiModel = {
  source: { location: "test.yaml", openapiVersion: "3.0", declaredVersion: "3.0.3" },
  info: { title: "t", version: "1" },
  servers: [],
  tags: [],
  operations: [],
  schemas: [
    { name: "Pet", origin: "component", pointer: "/components/schemas/Pet", schema: obj({ properties: [{ name: "id", schema: int("int64"), required: false }] }) },
    { name: "Status", origin: "component", pointer: "/components/schemas/Status", schema: str({ enum: ["a", "b"] }) },
    { name: "Name", origin: "component", pointer: "/components/schemas/Name", schema: str() },
  ],
  securitySchemes: [],
  security: undefined,
  extensions: {},
};

describe("python doc types", () => {
  const names = new PythonNames(EMPTY_OPTIONS);
  const types = new PythonTypes(MODEL, names);
  it.each<[string, Schema, string, string | null]>([
    ["string", str(), "str", null],
    ["uuid", str({ format: "uuid" }), "str", null],
    // a string whose format is a typeMapping key is typed by it (DefaultCodegen.getPrimitiveType)
    ["string, format double", str({ format: "double" }), "float", null],
    ["string, format long", str({ format: "long" }), "int", null],
    ["string, unknown format", str({ format: "latitude" }), "str", null],
    ["date", str({ format: "date" }), "date", null],
    ["date-time", str({ format: "date-time" }), "datetime", null],
    ["binary", str({ format: "binary" }), "bytearray", null],
    ["byte", str({ format: "byte" }), "bytearray", null],
    ["decimal", str({ format: "number" }), "decimal.Decimal", null],
    ["int64", int("int64"), "int", null],
    ["double", num("double"), "float", null],
    ["boolean", { ...base, kind: "boolean" }, "bool", null],
    ["any", { ...base, kind: "any" }, "object", null],
    ["free-form object", obj(), "object", null],
    ["model", ref("Pet"), "Pet", "Pet"],
    ["enum model", ref("Status"), "Status", "Status"],
    ["alias", ref("Name"), "str", null],
    ["list of str", arr(str()), "List[str]", null],
    ["list of models", arr(ref("Pet")), "List[Pet]", "Pet"],
    ["list of lists of models", arr(arr(ref("Pet"))), "List[List[Pet]]", null],
    ["nullable items", arr({ ...str(), nullable: true }), "List[Optional[str]]", null],
    ["map of int", map(int()), "Dict[str, int]", null],
    ["map of any", map(true), "Dict[str, object]", null],
    ["map of models", map(ref("Pet")), "Dict[str, Pet]", "Pet"],
  ])("%s -> %j (links to %j)", (_what, schema, dataType, link) => {
    expect(types.propertyCell(schema)).toEqual({ dataType, link });
  });
});

describe("pydantic annotations", () => {
  const names = new PythonNames(EMPTY_OPTIONS);
  const types = new PythonTypes(MODEL, names);
  const bounded = (extra: object): Schema => ({ ...int(), ...extra }) as Schema;
  it.each<[string, Schema, boolean, { description?: string; alias?: string }, string, string[]]>([
    ["string", str(), true, {}, "StrictStr", ["from pydantic import StrictStr"]],
    ["optional string", str(), false, {}, "Optional[StrictStr]", ["from pydantic import StrictStr", "from typing import Optional"]],
    ["nullable string", { ...str(), nullable: true }, true, {}, "Optional[StrictStr]", ["from pydantic import StrictStr", "from typing import Optional"]],
    ["bounded string", str({ maxLength: 5, minLength: 1 }), true, {}, "Annotated[str, Field(min_length=1, strict=True, max_length=5)]", ["from pydantic import Field", "from typing_extensions import Annotated"]],
    ["password", str({ format: "password" }), true, {}, "SecretStr", ["from pydantic import SecretStr"]],
    ["binary", str({ format: "binary" }), true, {}, "Union[StrictBytes, StrictStr, Tuple[StrictStr, StrictBytes]]", ["from pydantic import StrictBytes, StrictStr", "from typing import Tuple, Union"]],
    ["date-time", str({ format: "date-time" }), true, {}, "datetime", ["from datetime import datetime"]],
    ["bounded int", bounded({ minimum: 1, maximum: 10 }), true, {}, "Annotated[int, Field(le=10, strict=True, ge=1)]", ["from pydantic import Field", "from typing_extensions import Annotated"]],
    ["number", num(), true, {}, "Union[StrictFloat, StrictInt]", ["from pydantic import StrictFloat, StrictInt", "from typing import Union"]],
    ["model list with description", { ...arr(ref("Pet")), maxItems: 3 } as Schema, false, { description: 'a "b"' },
      'Annotated[Optional[Annotated[List[Pet], Field(max_length=3)]], Field(description="a \\"b\\"")]',
      ["from pkg.models.pet import Pet", "from pydantic import Field", "from typing import List, Optional", "from typing_extensions import Annotated"]],
    ["map with alias", map({ ...base, kind: "boolean" }), true, { alias: "$x" }, 'Annotated[Dict[str, StrictBool], Field(alias="$x")]',
      ["from pydantic import Field, StrictBool", "from typing import Dict", "from typing_extensions import Annotated"]],
    ["any", { ...base, kind: "any" }, true, {}, "Any", ["from typing import Any"]],
  ])("%s -> %s", (_what, schema, required, extra, want, wantImports) => {
    const imports = new PythonImports();
    expect(pydanticAnnotation(types, names, schema, { mapNumberTo: "Union[StrictFloat, StrictInt]", required, modelsPackage: "pkg.models", ...extra }, imports)).toBe(want);
    expect(imports.lines()).toEqual(wantImports);
  });
});

describe("python doc examples", () => {
  const names = new PythonNames(EMPTY_OPTIONS);
  const types = new PythonTypes(MODEL, names);
  const examples = new PythonExamples(types, "pkg");
  const param = (paramName: string, schema: Schema, kind: CodegenParam["kind"] = "query"): CodegenParam => ({
    kind,
    baseName: paramName,
    paramName,
    required: true,
    schema,
    ...(kind === "body" ? {} : { parameter: { pointer: "", name: paramName, in: "query", required: true, deprecated: false, style: "form", explode: true, allowReserved: false, schema, examples: [], extensions: {} } }),
  });
  it.each<[string, CodegenParam, string | null, string]>([
    ["string", param("pet_name", str()), null, "'pet_name_example'"],
    ["integer", param("n", int()), null, "56"],
    ["number", param("x", num()), null, "3.4"],
    ["boolean", param("b", { ...base, kind: "boolean" }), null, "True"],
    ["date", param("d", str({ format: "date" })), null, "'2013-10-20'"],
    ["date-time", param("t", str({ format: "date-time" })), null, "'2013-10-20T19:20:30+01:00'"],
    ["binary", param("file", str({ format: "binary" }), "form"), null, "None"],
    ["model", param("pet", ref("Pet"), "body"), null, "pkg.Pet()"],
    ["list of str", param("tags", arr(str())), null, "['tags_example']"],
    ["list of models", param("user", arr(ref("Pet")), "body"), null, "[pkg.Pet()]"],
    ["map of str", param("request_body", map(str()), "body"), null, "{'key': 'request_body_example'}"],
    ["free-form body", param("body", obj(), "body"), null, "None"],
    ["default wins", param("limit", int()), "20", "20"],
    ["spec example, quoted", param("id", str({ example: { value: "a'b" } })), null, "'a'b'"],
  ])("%s -> %s", (_what, p, defaultValue, want) => {
    expect(examples.forParam(p, p.schema, defaultValue)).toBe(want);
  });
});

describe("python layout", () => {
  it("puts a plain package at the root with docs/ and README.md", () => {
    expect(pythonLayout("petstore_api", false)).toEqual({
      packageName: "petstore_api",
      packagePath: "petstore_api",
      sourceOnly: false,
      docDir: "docs/",
      readmePath: "README.md",
      testDir: "test",
      parentPackageDirs: [],
      projectFiles: true,
    });
  });
  it("nests a dotted package and moves docs and README into it with generateSourceCodeOnly", () => {
    expect(pythonLayout("libica.openapi.v3", true)).toEqual({
      packageName: "libica.openapi.v3",
      packagePath: "libica/openapi/v3",
      sourceOnly: true,
      docDir: "libica/openapi/v3/docs/",
      readmePath: "libica/openapi/v3_README.md",
      testDir: "libica/openapi/v3/test",
      parentPackageDirs: ["libica", "libica/openapi"],
      projectFiles: false,
    });
  });
});
