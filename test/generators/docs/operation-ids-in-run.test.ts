// OAG 7.9.0 made an operationId unique over the whole run, not only within its API
// (DefaultCodegen.addOperationToGroup's seenOperationIds, 28ae69dafd #19715, removed again by
// 54920ff106 #19913 before the 7.10.0 release commit 12dfe8fe74): an operation under a second tag is `<id>_0` there, under a third
// `<id>_1`. operationId names the docs and the python methods; the typescript methods keep OAG's
// nickname (`getPet`) while ObjectParamAPI's request type takes the suffix (`StoreApiGetPet0Request`).

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { specFiles } from "../../support/spec-files.js";
import { formatDiagnostics, requireClient, transpileToJs, typeCheck, writeClient } from "../typescript/client-support.js";

const SPEC = `openapi: 3.0.3
info: { title: Tags, version: "1" }
paths:
  /pets/{id}:
    get:
      operationId: getPet
      tags: [pet, store, user]
      parameters: [{ name: id, in: path, required: true, schema: { type: integer } }]
      responses: { "200": { description: ok, content: { text/plain: { schema: { type: string } } } } }
  /pets:
    get: { operationId: listPets, tags: [pet], responses: { "204": { description: ok } } }
  /inventory:
    get: { operationId: getInventory, tags: [store], responses: { "204": { description: ok } } }
`;

const specs = specFiles("oaswright-ids-in-run-", { "spec.yaml": SPEC });

async function generate(generator: string, oagVersion: string): Promise<Map<string, string>> {
  return new Map((await generateInMemory(specs.path("spec.yaml"), generator, { packageName: "tags", oagVersion }, { validate: "warning" })).texts);
}

/** The operations an API doc's method table lists. */
const methodsOf = (doc: string) => [...doc.matchAll(/^\[\*\*(\w+)\*\*\]/gm)].map((m) => m[1]!);

describe("python", () => {
  it("7.9.0: the docs, the README and the client name the second and third tag's operation get_pet_0, get_pet_1", async () => {
    for (const v of ["7.9.0"]) {
      const files = await generate("python", v);
      expect(methodsOf(files.get("docs/PetApi.md")!)).toEqual(["get_pet", "list_pets"]);
      expect(methodsOf(files.get("docs/StoreApi.md")!)).toEqual(["get_inventory", "get_pet_0"]);
      expect(methodsOf(files.get("docs/UserApi.md")!)).toEqual(["get_pet_1"]);
      expect(files.get("docs/StoreApi.md")).toContain("# **get_pet_0**\n> str get_pet_0(id)\n");
      expect(files.get("README.md")).toContain("*StoreApi* | [**get_pet_0**](docs/StoreApi.md#get_pet_0) | **GET** /pets/{id} |");
      expect(files.get("tags/api/store_api.py")).toContain("    def get_pet_0(\n");
      expect(files.get("tags/api/user_api.py")).toContain("    def get_pet_1(\n");
      expect(files.get("tags/api/pet_api.py")).toContain("    def get_pet(\n");
    }
  });

  it("7.8.0, 7.10.0 and 7.11.0: every API names it get_pet", async () => {
    for (const v of ["7.8.0", "7.10.0", "7.11.0"]) {
      const files = await generate("python", v);
      expect(methodsOf(files.get("docs/StoreApi.md")!)).toEqual(["get_inventory", "get_pet"]);
      expect(methodsOf(files.get("docs/UserApi.md")!)).toEqual(["get_pet"]);
      expect(files.get("tags/api/store_api.py")).toContain("    def get_pet(\n");
    }
  });
});

describe("typescript", () => {
  const fixture = folderWithEcho("oaswright-ids-in-run-");
  it("7.9.0: the docs say getPet_0 and StoreApiGetPet0Request; the client's method stays getPet, compiles and calls", async () => {
    const files = await generate("typescript", "7.9.0");
    const store = files.get("StoreApi.md")!;
    expect(methodsOf(store)).toEqual(["getInventory", "getPet_0"]);
    expect(store).toContain("import type { StoreApiGetPet0Request } from '';");
    expect(store).toContain("const data = await apiInstance.getPet_0(request);");
    expect(methodsOf(files.get("UserApi.md")!)).toEqual(["getPet_1"]);
    expect(methodsOf(files.get("PetApi.md")!)).toEqual(["getPet", "listPets"]);
    const objectApi = files.get("types/ObjectParamAPI.ts")!;
    expect(objectApi).toContain("export interface StoreApiGetPet0Request {");
    expect(objectApi).toContain("public getPet(param: StoreApiGetPet0Request, options?: $ConfigurationOptions)");
    expect(objectApi).toContain("export interface UserApiGetPet1Request {");
    expect(objectApi).toContain("export interface PetApiGetPetRequest {");

    const generated = [...files].map(([p, contents]) => ({ path: p, contents }));
    const roots = writeClient(path.join(fixture.tmp, "src"), generated);
    const usage = path.join(fixture.tmp, "src", "usage.ts");
    fs.writeFileSync(usage, [
      'import { createConfiguration, ServerConfiguration } from "./index";',
      'import { ObjectStoreApi, ObjectUserApi, type StoreApiGetPet0Request } from "./types/ObjectParamAPI";',
      "export async function call(url: string): Promise<string[]> {",
      "  const config = createConfiguration({ baseServer: new ServerConfiguration(url, {}) });",
      "  const request: StoreApiGetPet0Request = { id: 7 };",
      "  return [await new ObjectStoreApi(config).getPet(request), await new ObjectUserApi(config).getPet({ id: 8 })];",
      "}",
    ].join("\n"));
    expect(formatDiagnostics(typeCheck([...roots, usage]))).toBe("");

    transpileToJs(generated, path.join(fixture.tmp, "js"));
    const C = requireClient(path.join(fixture.tmp, "js"));
    const config = C.createConfiguration({ baseServer: new C.ServerConfiguration(fixture.echo.url) });
    const reflected = JSON.parse(await new C.StoreApi(config).getPet(7)) as { method: string; path: string };
    expect([reflected.method, reflected.path]).toEqual(["GET", "/pets/7"]);
    expect(typeof new C.StoreApi(config).getPet_0).toBe("undefined");
  });

  it("7.10.0 and 7.11.0: getPet everywhere, StoreApiGetPetRequest", async () => {
    for (const v of ["7.10.0", "7.11.0"]) {
      const files = await generate("typescript", v);
      expect(methodsOf(files.get("StoreApi.md")!), v).toEqual(["getInventory", "getPet"]);
      expect(files.get("types/ObjectParamAPI.ts"), v).toContain("export interface StoreApiGetPetRequest {");
    }
  });
});
