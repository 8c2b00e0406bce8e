import { describe, expect, it } from "vitest";
import { EMPTY_OPTIONS } from "../../src/generate.js";
import { buildApiGroups, groupOptionsOf } from "../../src/codegen/operations.js";
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
    ["python", new PythonNames(EMPTY_OPTIONS), ["Pet PetApi: both, both_0, lower_pet, lower_pet_0, upper_pet", "store StoreApi: get_store"]],
    ["typescript", new TypeScriptNames(EMPTY_OPTIONS), ["Pet PetApi: both, both_0, lowerPet, lowerPet_0, upperPet", "Store StoreApi: getStore"]],
  ])("%s", (_, naming, want) => {
    expect(groupsOf(given, naming)).toEqual(want);
  });
});

describe("removeOperationIdPrefix (DefaultCodegen.getOrGenerateOperationId)", () => {
  const ids = ["Applications_GetById", "tenant_connections_create", "ping", "a.b.c", "trailing_"];
  const given = modelOf(ids.map((id, i) => op(`/p${i}`, id, ["t"])));
  const run = (props: Record<string, string | boolean>) =>
    buildApiGroups(given, new TypeScriptNames(EMPTY_OPTIONS), groupOptionsOf(props))[0]!.operations.map((o) => o.operationId);

  it("is off by default: the delimiter only splits words for camelizing", () => {
    expect(run({})).toEqual(["aBC", "applicationsGetById", "ping", "tenantConnectionsCreate", "trailing"]);
  });
  it("drops everything up to the first `_` (count 1), ids without one stay", () => {
    expect(run({ removeOperationIdPrefix: true })).toEqual(["aBC", "connectionsCreate", "getById", "ping", "trailing"]);
  });
  it("takes a count (-1: the last part only) and a delimiter, which also splits words", () => {
    expect(run({ removeOperationIdPrefix: "true", removeOperationIdPrefixCount: "-1" })).toEqual(["aBC", "create", "getById", "ping", "trailing"]);
    expect(run({ removeOperationIdPrefix: "true", removeOperationIdPrefixDelimiter: ".", removeOperationIdPrefixCount: "1" })).toEqual([
      "applicationsGetById", "bC", "ping", "tenantConnectionsCreate", "trailing",
    ]);
  });
});
