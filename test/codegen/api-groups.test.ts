import { describe, expect, it } from "vitest";
import { EMPTY_OPTIONS } from "../../src/generate.js";
import { buildApiGroups } from "../../src/codegen/operations.js";
import type { ApiModel, Operation } from "../../src/model/ir.js";
import { PythonNames } from "../../src/generators/python/names.js";
import { TypeScriptNames } from "../../src/generators/typescript/names.js";

function op(path: string, operationId: string, tags: readonly string[]): Operation {
  return { pointer: `#/paths/${path}/get`, path, method: "get", operationId, tags, deprecated: false, parameters: [], responses: [], security: undefined, extensions: {} };
}

function modelOf(operations: readonly Operation[]): ApiModel {
  return { operations, tags: [], schemas: [], securitySchemes: [], security: undefined } as unknown as ApiModel;
}

/** Each group as `key ClassName: operationIds`. */
function groupsOf(model: ApiModel, naming: PythonNames | TypeScriptNames): string[] {
  return buildApiGroups(model, naming).map((g) => `${g.key} ${g.className}: ${g.operations.map((o) => o.operationId).join(", ")}`);
}

describe("buildApiGroups: tags whose API classes differ only in case share one API", () => {
  const given = modelOf([op("/upper", "upperPet", ["Pet"]), op("/lower", "lowerPet", ["pet"]), op("/store", "getStore", ["store"]), op("/again", "lowerPet", ["PET"]), op("/both", "both", ["Pet", "pet"])]);

  it.each([
    ["python", new PythonNames(EMPTY_OPTIONS), ["Pet PetApi: both, lower_pet, lower_pet_0, upper_pet", "store StoreApi: get_store"]],
    ["typescript", new TypeScriptNames(EMPTY_OPTIONS), ["Pet PetApi: both, lowerPet, lowerPet_0, upperPet", "Store StoreApi: getStore"]],
  ])("%s", (_, naming, want) => {
    expect(groupsOf(given, naming)).toEqual(want);
  });
});
