// --schema-mappings and --import-mappings as in OpenAPI Generator: a schema-mapped model is the
// user's own type. No file is generated for it, the code that uses it imports it (typescript: from
// the import mapping, or ../models/<Name>; python: from <package>.models.<module of the mapped
// name>), and it works on the wire. The user's class here is what users keep with
// .openapi-generator-ignore: for python a copy of the generated model under the mapped name.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../support/generate.js";
import { fileText as text } from "../support/generated-file.js";
import type { GeneratorOptions } from "../../src/generators/generator.js";
import { writeOutput, type GeneratedFile } from "../../src/render/write.js";
import { parseGenerateArgs } from "../../src/cli/options.js";
import { specWithEcho } from "../support/spec-with-echo.js";
import { runPython } from "../support/python.js";
import { formatDiagnostics, transpileToJs, typeCheck, writeClient } from "../generators/typescript/client-support.js";
import { run as runCli } from "../support/cli.js";

// POST /__respond makes the echo server answer with the body it is given: the Pet comes back.
const SPEC = `openapi: 3.0.3
info: { title: Mapped, version: "1" }
paths:
  /__respond:
    post:
      operationId: petBack
      tags: [pets]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Respond" } } }
      responses:
        "200":
          description: the pet it was given
          content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } }
  /orders:
    post:
      operationId: echoOrder
      tags: [pets]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Order" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/Echo" } } }
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: { type: string }
        born: { type: string, format: date-time }
    Order:
      type: object
      properties:
        id: { type: integer }
        pet: { $ref: "#/components/schemas/Pet" }
    Respond:
      type: object
      properties:
        status: { type: integer }
        contentType: { type: string }
        body: { $ref: "#/components/schemas/Pet" }
    Echo:
      type: object
      properties:
        method: { type: string }
        json: { $ref: "#/components/schemas/Order" }
`;

const fixture = specWithEcho("oaswright-schema-mappings-", SPEC);

async function generate(generator: string, options: Partial<GeneratorOptions>, additionalProperties: Record<string, string> = {}) {
  return generateInMemory(fixture.spec, generator, additionalProperties, { options });
}

const paths = (files: readonly GeneratedFile[]) => files.map((f) => f.path);

it("the options reach the generators from the command line", () => {
  const args = parseGenerateArgs(["-i", "s.yaml", "-g", "typescript", "--schema-mappings", "Pet=Pet", "--import-mappings", "Pet=../custom/pet"]);
  expect(args.options.schemaMappings).toEqual({ Pet: "Pet" });
  expect(args.options.importMappings).toEqual({ Pet: "../custom/pet" });
  expect(args.ignored).toEqual([]);
});

describe("typescript", () => {
  it("imports a schema-mapped model from its import mapping, generates none, compiles strict and passes it on the wire as is", async () => {
    const { files, warnings } = await generate("typescript", { schemaMappings: { Pet: "Pet" }, importMappings: { Pet: "../custom/pet" } });
    expect(warnings).toEqual([]);
    expect(paths(files)).not.toContain("models/Pet.ts");
    expect(text(files, "models/all.ts")).not.toMatch(/\bPet\b/);
    expect(text(files, "models/ObjectSerializer.ts")).not.toMatch(/^.*(import|export|"Pet": ).*\bPet\b/m);
    expect(text(files, "models/Order.ts")).toContain('import type { Pet } from "../custom/pet";');
    expect(text(files, "apis/PetsApi.ts")).toContain('import type { Pet } from "../custom/pet";');
    expect(text(files, "types/PromiseAPI.ts")).toContain('import type { Pet } from "../custom/pet";');

    // The user's type, kept beside the client.
    const client = [...files, { path: "custom/pet.ts", contents: "export interface Pet {\n  name: string;\n  born?: string;\n  nickname?: string;\n}\n" }];
    const dir = path.join(fixture.tmp, "ts-mapped");
    expect(formatDiagnostics(typeCheck(writeClient(dir, client)))).toBe("");
    transpileToJs(client, path.join(fixture.tmp, "ts-mapped-js"));
    const mod = await import(/* @vite-ignore */ pathToFileURL(path.join(fixture.tmp, "ts-mapped-js", "index.js")).href);
    const api = new mod.PetsApi(mod.createConfiguration({ baseServer: new mod.ServerConfiguration(fixture.echo.url) }));
    const pet = { name: "Rex", born: "2020-01-02T03:04:05Z", nickname: "R" };
    // The mapped type is the user's: its values are not converted (no Date), nothing is dropped.
    expect(await api.petBack({ status: 200, contentType: "application/json", body: pet })).toEqual(pet);
    const seen = await api.echoOrder({ id: 1, pet });
    expect(seen.json.pet).toEqual(pet);
  });

  it("without an import mapping imports the model from ../models/<Name>, the file the user keeps there", async () => {
    const { files } = await generate("typescript", { schemaMappings: { Pet: "Pet" } });
    expect(paths(files)).not.toContain("models/Pet.ts");
    expect(text(files, "models/Order.ts")).toContain('import type { Pet } from "./Pet";');
    expect(text(files, "apis/PetsApi.ts")).toContain('import type { Pet } from "../models/Pet";');
    const client = [...files, { path: "models/Pet.ts", contents: "export interface Pet {\n  name: string;\n}\n" }];
    expect(formatDiagnostics(typeCheck(writeClient(path.join(fixture.tmp, "ts-kept"), client)))).toBe("");
  });

  it("imports a --type-mappings target of the user's from its import mapping (a package name gets no file extension)", async () => {
    const { files } = await generate(
      "typescript",
      { typeMappings: { DateTime: "Instant" }, importMappings: { Instant: "../custom/instant" } },
      { importFileExtension: ".js" },
    );
    expect(text(files, "models/Pet.ts")).toContain('import type { Instant } from "../custom/instant.js";');
    expect(text(files, "models/Pet.ts")).toContain("declare born?: Instant;");
    const client = [...files, { path: "custom/instant.ts", contents: "export type Instant = string;\n" }];
    expect(formatDiagnostics(typeCheck(writeClient(path.join(fixture.tmp, "ts-instant"), client)))).toBe("");
    const pkg = await generate("typescript", { typeMappings: { DateTime: "Dayjs" }, importMappings: { Dayjs: "dayjs" } }, { importFileExtension: ".js" });
    expect(text(pkg.files, "models/Pet.ts")).toContain('import type { Dayjs } from "dayjs";');
  });
});

/** The generated model module of `className`, renamed to `mapped`: the user's customized copy. */
function renamedCopy(source: string, className: string, mapped: string): string {
  return source.replace(new RegExp(`\\b${className}\\b`, "g"), mapped);
}

describe("python", () => {
  it("names the mapped class, imports it from its module, generates no model or doc for it, and decodes into it", async () => {
    const { files } = await generate("python", { schemaMappings: { Pet: "MyPet" } }, { packageName: "mapped_client" });
    expect(paths(files)).not.toContain("mapped_client/models/pet.py");
    expect(paths(files)).not.toContain("mapped_client/models/my_pet.py");
    expect(paths(files)).not.toContain("docs/Pet.md");
    expect(paths(files)).not.toContain("docs/MyPet.md");
    expect(text(files, "README.md")).not.toContain("docs/Pet.md");
    expect(text(files, "mapped_client/models/__init__.py")).not.toMatch(/\bM?y?Pet\b/);
    expect(text(files, "mapped_client/models/order.py")).toContain("from mapped_client.models.my_pet import MyPet");
    expect(text(files, "docs/Order.md")).toContain("[**MyPet**](MyPet.md)");
    expect(text(files, "docs/PetsApi.md")).toContain("[**MyPet**](MyPet.md)");

    const plain = await generate("python", {}, { packageName: "mapped_client" });
    const dir = path.join(fixture.tmp, "py");
    writeOutput(dir, [...files, { path: "mapped_client/models/my_pet.py", contents: renamedCopy(text(plain.files, "mapped_client/models/pet.py"), "Pet", "MyPet") }]);
    const script = [
      "import os",
      "from mapped_client import ApiClient, Configuration, PetsApi, Order, Respond",
      "from mapped_client.models.my_pet import MyPet",
      "api = PetsApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
      "pet = api.pet_back(Respond(status=200, content_type='application/json', body=MyPet(name='Rex')))",
      "assert isinstance(pet, MyPet), type(pet)",
      "seen = api.echo_order(Order(id=1, pet=MyPet(name='Rex')))",
      "assert isinstance(seen.var_json.pet, MyPet), type(seen.var_json.pet)",
      "print(pet.name, seen.var_json.pet.name)",
    ].join("\n");
    const r = await runPython({ cwd: dir, args: ["-c", script], env: { ECHO_URL: fixture.echo.url } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe("Rex Rex");
  });

  it("python-prior: the same, with its model package", async () => {
    const { files } = await generate("python-prior", { schemaMappings: { Pet: "MyPet" } }, { packageName: "mapped_client" });
    expect(paths(files)).not.toContain("mapped_client/model/pet.py");
    expect(paths(files)).not.toContain("docs/Pet.md");
    expect(text(files, "mapped_client/models/__init__.py")).not.toMatch(/^from .*import M?y?Pet$/m);
    expect(text(files, "mapped_client/model/order.py")).toContain("from mapped_client.model.my_pet import MyPet");

    const plain = await generate("python-prior", {}, { packageName: "mapped_client" });
    const dir = path.join(fixture.tmp, "py-prior");
    writeOutput(dir, [...files, { path: "mapped_client/model/my_pet.py", contents: renamedCopy(text(plain.files, "mapped_client/model/pet.py"), "Pet", "MyPet") }]);
    const script = [
      "import os",
      "from mapped_client import ApiClient, Configuration",
      "from mapped_client.api.pets_api import PetsApi",
      "from mapped_client.model.order import Order",
      "from mapped_client.model.my_pet import MyPet",
      "api = PetsApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
      "seen = api.echo_order(Order(id=1, pet=MyPet(name='Rex')))",
      "assert isinstance(seen.json.pet, MyPet), type(seen.json.pet)",
      "print(seen.json.pet.name)",
    ].join("\n");
    const r = await runPython({ cwd: dir, args: ["-c", script], env: { ECHO_URL: fixture.echo.url } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe("Rex");
  });

  it("refuses a dotted python class name, and warns about a key that names no model", async () => {
    await expect(generate("python", { schemaMappings: { Pet: "my_lib.Pet" } })).rejects.toThrow(/--schema-mappings Pet=my_lib\.Pet: .* must be a class name/);
    const { warnings } = await generate("python", { schemaMappings: { Nope: "Nope" } });
    expect(warnings.map((w) => w.message)).toContain('--schema-mappings Nope: the spec has no schema named "Nope"; nothing is mapped');
  });

  it("the CLI says --import-mappings does nothing in python, and prints no stack for a bad mapping", async () => {
    const out = path.join(fixture.tmp, "cli-py");
    const ok = await runCli("generate", "-i", fixture.spec, "-g", "python", "-o", out, "--import-mappings", "Pet=x");
    expect(ok.code).toBe(0);
    expect(ok.err).toContain("--import-mappings has no effect in the python generator");
    const bad = await runCli("generate", "-i", fixture.spec, "-g", "python", "-o", path.join(fixture.tmp, "cli-bad"), "--schema-mappings", "Pet=a.b");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("--schema-mappings Pet=a.b");
    expect(bad.err).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(fixture.tmp, "cli-bad"))).toBe(false);
  });
});
