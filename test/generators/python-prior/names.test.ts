// python-prior naming rules (OpenAPI Generator 6.6's PythonLegacyClientCodegen), as given/want tables.

import { describe, expect, it } from "vitest";
import { EMPTY_OPTIONS } from "../../../src/generate.js";
import { PythonPriorNames } from "../../../src/generators/python-prior/names.js";

const names = new PythonPriorNames(EMPTY_OPTIONS);

describe("python-prior names", () => {
  it.each([
    ["Pet_category", "PetCategory"],
    ["200_response", "Model200Response"],
    ["Return", "ModelReturn"],
    ["_special_model.name_", "SpecialModelName"],
    ["_foo_get_default_response", "FooGetDefaultResponse"],
    ["hasOnlyReadOnly", "HasOnlyReadOnly"],
    ["HTTPValidationError", "HTTPValidationError"],
    ["UNKNOWN_BASE_TYPE", "UNKNOWNBASETYPE"],
  ])("model %s -> %s", (given, want) => expect(names.modelName(given)).toBe(want));

  it.each([
    ["Pet_category", "pet_category"],
    ["200_response", "model200_response"],
    ["HTTPValidationError", "http_validation_error"],
    ["CreateJob201Response", "create_job201_response"],
    ["UNKNOWN_BASE_TYPE", "unknownbasetype"],
  ])("model module %s -> %s", (given, want) => expect(names.modelModule(given)).toBe(want));

  it.each([
    ["petId", "pet_id"],
    ["class", "_class"],
    ["property", "_property"],
    ["123Number", "_123_number"],
    ["123-list", "_123_list"],
    ["date", "date"],
    ["float", "float"],
    ["self", "_self"],
    ["None", "_none"],
    ["ATT_NAME", "att_name"],
    ["_type", "type"],
    ["weird key\"\\", "weird_key_"],
  ])("property %s -> %s", (given, want) => expect(names.varName(given)).toBe(want));

  it.each([
    ["callback", "param_callback"],
    ["item-id", "item_id"],
    ["UNKNOWN_BASE_TYPE", "unknown_base_type"],
  ])("parameter %s -> %s", (given, want) => expect(names.paramName(given)).toBe(want));

  it.each([
    ["getPetById", "get_pet_by_id"],
    ["123TestSpecialTags", "call_123_test_special_tags"],
    ["return", "call_return"],
    ["fakeHealthGet", "fake_health_get"],
  ])("operation %s -> %s", (given, want) => expect(names.operationId(given)).toBe(want));

  it.each([
    ["fake_classname_tags 123#$%^", "FakeClassnameTags123Api", "fake_classname_tags123_api"],
    ["pet", "PetApi", "pet_api"],
    ["", "DefaultApi", "default_api"],
  ])("API of tag %j -> %s in %s", (tag, cls, module) => {
    const className = names.apiClassName(names.sanitizeTag(tag));
    expect(className).toBe(cls);
    expect(names.apiModule(className)).toBe(module);
  });

  it.each([
    ["available", "AVAILABLE"],
    ["single quoted", "SINGLE_QUOTED"],
    ["", "EMPTY"],
    ["-efg", "-EFG"],
  ])("enum member %j -> %s", (given, want) => expect(names.enumVarName(given)).toBe(want));
});
