// Three rules found by comparing OAG's own typescript samples with ours (bin/configs
// typescript-consolidated-explode-query and typescript-encode-decode, OAG 7.13.0):
// - an operation id whose camelized name starts with a digit gets `_` (AbstractTypeScriptClientCodegen
//   toOperationId -> toSafeIdentifier, inherited from 6.6.0, a5bc7f107d; before, TypeScriptClientCodegen's
//   own left `123testSpecialTags`): the docs and the client both name the method `_123testSpecialTags`;
// - an array form field takes its items' default (DefaultCodegen.fromFormProperty, from 5.3.0,
//   d4b8ff60a1): `defaults to '$'`;
// - an array body is named after its innermost item's model, through maps too (updateRequestBodyForArray
//   walks CodegenProperty.items, which updatePropertyForMap sets to the map's value): `complexObject`.
// - an inline oneOf/anyOf body of models that stays inline (5.x) is named after its union type
//   (DefaultCodegen.addBodyModelSchema, complexType holding " | "): `catDog`;
// - an untyped composition is any type in examples from 5.3.0 (d4b8ff60a1), before its composed
//   branch printed nothing after the prefix (`file: ,`);
// - an empty operation description is no description before 6.0.0 (OAG's 5.x samples; swagger-parser
//   2.0.26 -> 2.0.31 in 6.0.0, read from the samples, not from the source).
// The client is compiled and run against the echo server on 127.0.0.1.

import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import type { GeneratedFile } from "../../../src/render/write.js";
import type { Reflection } from "../../support/echo-server.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { specFiles } from "../../support/spec-files.js";
import { requireClient, transpileToJs } from "./client-support.js";

const specs = specFiles("oaswright-ts-sample-names-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
servers: [{ url: "http://localhost/v1" }]
paths:
  /special:
    patch:
      tags: [fake]
      operationId: 123_test_@#$%_special_tags
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Thing" } } }
      responses:
        "200": { description: ok, content: { text/plain: { schema: { type: string } } } }
  /form:
    post:
      tags: [fake]
      operationId: sendForm
      description: ""
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                marks:
                  description: Form array of enum
                  type: array
                  items: { type: string, default: $, enum: [">", $] }
                plain:
                  type: array
                  items: { type: string }
      responses:
        "200": { description: ok, content: { text/plain: { schema: { type: string } } } }
  /maps:
    post:
      tags: [fake]
      operationId: sendMaps
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: array
              items: { type: object, additionalProperties: { $ref: "#/components/schemas/Thing" } }
      responses:
        "200": { description: ok, content: { text/plain: { schema: { type: string } } } }
  /strings:
    post:
      tags: [fake]
      operationId: sendStringMaps
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: array
              items: { type: object, additionalProperties: { type: string } }
      responses:
        "200": { description: ok, content: { text/plain: { schema: { type: string } } } }
  /pets:
    patch:
      tags: [fake]
      operationId: patchPets
      requestBody:
        content:
          application/json:
            schema:
              oneOf:
                - $ref: "#/components/schemas/Cat"
                - $ref: "#/components/schemas/Dog"
                - description: Any kind of pet
      responses:
        "200": { description: ok, content: { text/plain: { schema: { type: string } } } }
components:
  schemas:
    Cat: { type: object, properties: { purrs: { type: boolean } } }
    Dog: { type: object, properties: { barks: { type: boolean } } }
    Thing:
      type: object
      properties:
        name: { type: string }
`,
});

const composed = specFiles("oaswright-ts-sample-composed-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /file:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                file:
                  allOf:
                    - type: file
                    - description: The file to upload
      responses:
        "200": { description: ok }
`,
});

async function generate(oagVersion: string | undefined): Promise<readonly GeneratedFile[]> {
  const extra = oagVersion === undefined ? [] : [`--additional-properties=oagVersion=${oagVersion}`];
  return (await generateFromArgs(["-i", specs.path("spec.yaml"), "-g", "typescript", ...extra])).files;
}

function text(files: readonly GeneratedFile[], suffix: string): string {
  const file = files.find((f) => f.path.endsWith(suffix));
  if (!file) throw new Error(`no ${suffix}`);
  return typeof file.contents === "string" ? file.contents : Buffer.from(file.contents).toString("utf8");
}

describe("typescript API docs: names and defaults read from OAG's samples", () => {
  it("escapes an operation name starting with a digit from 6.6.0, in the docs as in the client", async () => {
    for (const version of ["6.6.0", "7.13.0", undefined]) {
      const files = await generate(version);
      const doc = text(files, "FakeApi.md");
      expect(doc).toContain("[**_123testSpecialTags**](FakeApi.md#_123testSpecialTags) | **PATCH** /special | \n");
      expect(doc).toContain("# **_123testSpecialTags**\n");
      // The request type is `FakeApi123testSpecialTagsRequest` (camelize drops the `_`), in OAG's docs and our client.
      expect(doc).not.toMatch(/[^_i]123testSpecialTags/);
      if (version !== "6.6.0") expect(doc).toContain("const request: FakeApi123testSpecialTagsRequest = {\n");
      expect(text(files, "types/ObjectParamAPI.ts")).toContain("export interface FakeApi123testSpecialTagsRequest {");
      expect(text(files, "apis/FakeApi.ts")).toContain("public async _123testSpecialTags(");
    }
    const old = text(await generate("6.5.0"), "FakeApi.md");
    expect(old).toContain("[**123testSpecialTags**](FakeApi.md#123testSpecialTags) | **PATCH** /special | \n");
  });

  it("gives an array form field its items' default from 5.3.0", async () => {
    for (const version of ["5.3.0", "7.13.0", undefined]) {
      const doc = text(await generate(version), "FakeApi.md");
      expect(doc).toContain(" **marks** | **Array<&#39;&gt;&#39; &#124; &#39;$&#39;>** | Form array of enum | (optional) defaults to '$'\n");
      expect(doc).toMatch(/ \*\*plain\*\* \| .* \| \(optional\) defaults to undefined\n/);
    }
    expect(text(await generate("5.2.1"), "FakeApi.md")).toContain("| Form array of enum | (optional) defaults to undefined\n");
  });

  it("reads an empty operation description as none before 6.0.0 (OAG's 5.x samples print no notes)", async () => {
    const notes = (doc: string) => doc.slice(doc.indexOf("# **sendForm**"), doc.indexOf("### Example", doc.indexOf("# **sendForm**")));
    expect(notes(text(await generate("5.3.0"), "FakeApi.md"))).toBe("# **sendForm**\n> string sendForm()\n\n\n");
    expect(notes(text(await generate("6.0.0"), "FakeApi.md"))).toBe("# **sendForm**\n> string sendForm()\n\n\n\n");
  });

  it("names an inline oneOf body of models after their union while it stays inline (5.x), after its model from 6.0.0", async () => {
    const old = text(await generate("5.4.0"), "FakeApi.md");
    expect(old).toContain("> string patchPets()\n");
    expect(old).toContain(" **catDog** | **Cat | Dog**|  |\n");
    const now = text(await generate("6.0.0"), "FakeApi.md");
    expect(now).toContain(" **patchPetsRequest** | **PatchPetsRequest**|  |\n");
  });

  it("prints an untyped composition's example as any type's (`null`) from 5.3.0; before, the composed branch's empty example (OAG's composed-schemas sample)", async () => {
    const spec = composed.path("spec.yaml");
    const doc = async (oagVersion: string) => {
      return text((await generateFromArgs(["-i", spec, "-g", "typescript", `--additional-properties=oagVersion=${oagVersion}`])).files, "DefaultApi.md");
    };
    expect(await doc("5.2.1")).toContain("\n    file: ,\n");
    expect(await doc("5.3.0")).toContain("\n    file: null,\n");
  });

  it("names an array body after the model inside its maps, else request_body", async () => {
    const files = await generate(undefined);
    const doc = text(files, "FakeApi.md");
    expect(doc).toContain("> string sendMaps(thing)\n");
    expect(doc).toContain(" **thing** | **Array<{ [key: string]: Thing; }>**|  |\n");
    expect(doc).toContain("> string sendStringMaps(requestBody)\n");
  });
});

describe("typescript client: the names the docs print, on the wire", () => {
  const fixture = folderWithEcho("oaswright-sample-names-");
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the compiled client is loaded untyped
  let C: any;

  beforeAll(async () => {
    transpileToJs(await generate(undefined), path.join(fixture.tmp, "client"));
    C = requireClient(path.join(fixture.tmp, "client"));
  });

  const api = () => new C.FakeApi(C.createConfiguration({ baseServer: new C.ServerConfiguration(`${fixture.echo.url}/v1`) }));

  it("calls _123testSpecialTags and sends the array of maps named as the docs name it", async () => {
    const special = JSON.parse(await api()._123testSpecialTags({ name: "a" })) as Reflection;
    expect(special).toMatchObject({ method: "PATCH", path: "/v1/special", json: { name: "a" } });
    const maps = JSON.parse(await api().sendMaps([{ first: { name: "x" } }, {}])) as Reflection;
    expect(maps).toMatchObject({ method: "POST", path: "/v1/maps", json: [{ first: { name: "x" } }, {}] });
    const form = JSON.parse(await api().sendForm(["$", ">"])) as Reflection;
    expect(form.form).toEqual([["marks", "$"], ["marks", ">"]]);
  });
});
