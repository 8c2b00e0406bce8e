// A 3.1 document's `webhooks`, as OpenAPI Generator writes them from 7.2.0 (9eb5882f94, #17174;
// src/codegen/webhooks.ts): DefaultGenerator.generateWebhooks runs after generateApis and renders each
// webhook tag (`default` for an untagged webhook) through the API templates, operations sorted by
// operationId, the webhook's name printed where a path is; an API doc and an API file per tag, under
// the file names a path tag gets, so a tag that is also a path tag writes over that API's doc (and
// FILES lists the doc twice: generateFilesMetadata lists every write). The supporting files iterate
// `apiInfo` only: no README row, no package export. The webhooks go to the generator's
// postProcessWebhooksWithModels, a no-op in python and typescript: no `x-py-example-import` lines in
// the python example, and the typescript return type is DefaultCodegen's (the method response's type),
// not TypeScriptClientCodegen's union of the 2xx responses. `--global-property webhooks=<tags>` selects
// them as `apis` selects APIs (any of apis/models/supportingFiles/webhooks given turns the others off).
// Expected texts are derived from the templates: a webhook doc is the doc of the same operation under
// `paths` without what postProcessOperationsWithModels adds.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMPTY_OPTIONS, generateFiles, planFor, type GenerateRequest } from "../../../src/generate.js";
import { writeOutput } from "../../../src/render/write.js";
import { specFiles } from "../../support/spec-files.js";
import { ITEM_ADDED_WEBHOOKS } from "../../support/webhooks-spec.js";
import { expectMypyStrict, runWithPackage } from "../../support/python-package.js";
import { typecheck } from "../../robustness/support.js";

const COMPONENTS = `components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: { type: string }
        tag: { type: string }
`;

// The operation newPet: a webhook in HOOKS, a path item in AS_PATH.
const NEW_PET = `    post:
      tags: [Webhooks]
      operationId: newPet
      summary: A pet was added
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Pet" }
      responses:
        "200": { description: Return a 200 status to say the data was received }
`;

// newPet (tag Webhooks), petGone (tag pet, shared with the path /pets), ping (untagged: `default`),
// orderPaid (tag Webhooks, no operationId: OAG derives `orderPaidPost` from the name and the method).
const HOOKS = `openapi: 3.1.0
info: { title: Hooks, version: "1" }
servers: [{ url: "https://api.example.com/v1" }]
tags:
  - { name: pet, description: Pets }
  - { name: Webhooks, description: Events we send }
paths:
  /pets:
    get:
      tags: [pet]
      operationId: listPets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { type: array, items: { $ref: "#/components/schemas/Pet" } }
webhooks:
  orderPaid:
    post:
      tags: [Webhooks]
      requestBody:
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Pet" }
      responses:
        "204": { description: acknowledged }
  newPet:
${NEW_PET}  petGone:
    delete:
      tags: [pet]
      operationId: petGone
      requestBody:
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Pet" }
      responses:
        "204": { description: acknowledged }
  ping:
    post:
      operationId: ping
      responses:
        "200":
          description: pong
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Pet" }
${COMPONENTS}`;

// The webhook newPet as a path operation (the path `newPet` as the webhook's name prints): its doc is
// the webhook doc's, plus what postProcessOperationsWithModels adds.
const AS_PATH = `openapi: 3.1.0
info: { title: Hooks, version: "1" }
servers: [{ url: "https://api.example.com/v1" }]
tags:
  - { name: Webhooks, description: Events we send }
paths:
  newPet:
${NEW_PET}${COMPONENTS}`;

// A 3.0 document has no webhooks to swagger-parser (OpenAPIDeserializer reads them for 3.1 only).
const HOOKS_30 = `openapi: 3.0.3
info: { title: Hooks, version: "1" }
paths:
  /pets:
    get:
      tags: [pet]
      operationId: listPets
      responses:
        "204": { description: none }
${ITEM_ADDED_WEBHOOKS}`;

// An inline object body: a model (ItemAddedRequest) from 7.11.0, when the inline resolver flattens
// webhooks (093a51ee21, #20165); before, no model: DefaultCodegen.fromRequestBody hands the object to
// addBodyModelSchema without a name, which makes the parameter UNKNOWN_BASE_TYPE.
const INLINE = HOOKS_30.replace("openapi: 3.0.3", "openapi: 3.1.0");

const specs = specFiles("oaswright-webhooks-", { "hooks.yaml": HOOKS, "as-path.yaml": AS_PATH, "hooks30.yaml": HOOKS_30, "inline.yaml": INLINE });

function request(spec: string, generator: string, oagVersion: string, globalProperties: Record<string, string> = {}): GenerateRequest {
  const packageName = generator === "python" ? { packageName: "hooks" } : {};
  return { input: specs.path(spec), generator, validate: "off", options: { ...EMPTY_OPTIONS, globalProperties, additionalProperties: { ...packageName, oagVersion } } };
}

async function run(spec: string, generator: string, oagVersion: string, globalProperties: Record<string, string> = {}) {
  const result = await generateFiles(request(spec, generator, oagVersion, globalProperties));
  const byPath = new Map(result.files.map((f) => [f.path, String(f.contents)]));
  return { result, byPath, paths: [...byPath.keys()], text: (p: string) => byPath.get(p) ?? `(no ${p})` };
}

const apiDocs = (paths: readonly string[]) => paths.filter((p) => /Api\.md$/.test(p)).sort();

describe("python: webhooks as API docs and modules (7.2.0 on)", () => {
  it("one doc and one module per webhook tag; a path tag's doc is written over, its module stays the path API's", async () => {
    const { paths, text, result } = await run("hooks.yaml", "python", "7.13.0");
    expect(apiDocs(paths)).toEqual(["docs/DefaultApi.md", "docs/PetApi.md", "docs/WebhooksApi.md"]);
    // operations sorted by operationId; the webhook's name where the path is; OAG's derived operationId
    expect(text("docs/WebhooksApi.md")).toContain(
      "[**new_pet**](WebhooksApi.md#new_pet) | **POST** newPet | A pet was added\n[**order_paid_post**](WebhooksApi.md#order_paid_post) | **POST** orderPaid | \n",
    );
    expect(text("docs/PetApi.md")).toContain("[**pet_gone**](PetApi.md#pet_gone) | **DELETE** petGone | \n");
    expect(text("docs/PetApi.md")).not.toContain("list_pets");
    expect(text("docs/DefaultApi.md")).toContain("> Pet ping()\n");
    // the README and the package list the paths' APIs only
    expect(text("README.md")).toContain("*PetApi* | [**list_pets**](docs/PetApi.md#list_pets) | **GET** /pets | \n");
    expect(text("README.md")).not.toMatch(/WebhooksApi|DefaultApi|pet_gone/);
    expect(text("hooks/__init__.py")).not.toMatch(/WebhooksApi|DefaultApi/);
    expect(text("hooks/api/__init__.py")).not.toMatch(/webhooks_api|default_api/);
    expect(paths).toEqual(expect.arrayContaining(["hooks/api/webhooks_api.py", "hooks/api/default_api.py", "hooks/api/pet_api.py"]));
    expect(text("hooks/api/pet_api.py")).toContain("def list_pets(");
    expect(text("hooks/api/pet_api.py")).not.toContain("def pet_gone(");
    expect(text("hooks/api/webhooks_api.py")).toContain("def new_pet(");
    expect(result.warnings.map((w) => w.message)).toContain(
      "webhooks are requests the API sends, not calls a client makes: written as OpenAPI Generator writes them, as API classes and docs (WebhooksApi, DefaultApi, PetApi) that the package does not export",
    );
  });

  it("the doc is the path operation's doc without the example's model imports (no postProcessOperationsWithModels)", async () => {
    const hooks = await run("hooks.yaml", "python", "7.13.0");
    const asPath = await run("as-path.yaml", "python", "7.13.0");
    const pathDoc = asPath.text("docs/WebhooksApi.md");
    expect(pathDoc).toContain("import hooks\nfrom hooks.models.pet import Pet\nfrom hooks.rest import ApiException\n");
    const newPet = (doc: string) => doc.slice(doc.indexOf("# **new_pet**"), doc.indexOf("# **order_paid_post**") < 0 ? undefined : doc.indexOf("# **order_paid_post**")).trimEnd();
    expect(newPet(hooks.text("docs/WebhooksApi.md"))).toBe(newPet(pathDoc).replace("from hooks.models.pet import Pet\n", ""));
  });

  it("FILES lists a doc written twice twice", async () => {
    const req = request("hooks.yaml", "python", "7.13.0");
    const result = await generateFiles(req);
    const plan = planFor(req, path.join(specs.tmp, "out-files"), result);
    const files = String(plan.write.find((f) => f.path === ".openapi-generator/FILES")?.contents).split("\n");
    expect(files.filter((l) => l.endsWith("Api.md"))).toEqual(["docs/DefaultApi.md", "docs/PetApi.md", "docs/PetApi.md", "docs/WebhooksApi.md"]);
  });

  it("7.1.0 writes none, and says so", async () => {
    const { paths, text, result } = await run("hooks.yaml", "python", "7.1.0");
    expect(apiDocs(paths)).toEqual(["docs/PetApi.md"]);
    expect(text("docs/PetApi.md")).toContain("list_pets");
    expect(paths).not.toContain("hooks/api/webhooks_api.py");
    expect(result.warnings.map((w) => w.message)).toContain(
      "webhooks are requests the API sends, not calls a client makes: not generated (OpenAPI Generator writes them as APIs from 7.2.0 on, not in 7.1.0)",
    );
  });

  it("--global-property webhooks selects webhook tags, and turns off what is not given", async () => {
    // webhooks=false alone: webhooks on but filtered to a tag named `false`, everything else off.
    expect((await run("hooks.yaml", "python", "7.13.0", { webhooks: "false" })).paths).toEqual([]);
    // umaaas-python's config: every kind on, no webhook tag named `false`.
    const all = await run("hooks.yaml", "python", "7.13.0", { webhooks: "false", apis: "", models: "", supportingFiles: "" });
    expect(apiDocs(all.paths)).toEqual(["docs/PetApi.md"]);
    expect(all.text("docs/PetApi.md")).toContain("list_pets");
    const only = await run("hooks.yaml", "python", "7.13.0", { webhooks: "Webhooks" });
    expect(only.paths.sort()).toEqual(["docs/WebhooksApi.md", "hooks/api/webhooks_api.py"]);
    const none = await run("hooks.yaml", "python", "7.13.0", { webhooks: "Nope" });
    expect(none.paths).toEqual([]);
    expect(none.result.warnings.map((w) => w.message)).toContain('--global-property webhooks: no webhook tag is named "nope"');
    // the paths' APIs alone: the path tag's own doc
    const apis = await run("hooks.yaml", "python", "7.13.0", { apis: "" });
    expect(apiDocs(apis.paths)).toEqual(["docs/PetApi.md"]);
    expect(apis.text("docs/PetApi.md")).toContain("list_pets");
    // apiDocs=false leaves the webhooks' docs out too (generateWebhooks asks generateApiDocumentation)
    expect(apiDocs((await run("hooks.yaml", "python", "7.13.0", { apiDocs: "false" })).paths)).toEqual([]);
  });

  it("a 3.0 document's webhooks are not read: no doc, no model hoisted from them", async () => {
    const { paths, result } = await run("hooks30.yaml", "python", "7.13.0");
    expect(paths.filter((p) => p.startsWith("docs/")).sort()).toEqual(["docs/PetApi.md"]);
    expect(result.warnings.map((w) => w.message)).toContain("webhooks are an OpenAPI 3.1 field: a 3.0 document's are not read (OpenAPI Generator ignores them too)");
  });

  it("an inline object body is UNKNOWN_BASE_TYPE before 7.11.0, a model from then", async () => {
    const before = await run("inline.yaml", "python", "7.10.0");
    expect(before.paths.filter((p) => p.startsWith("docs/")).sort()).toEqual(["docs/DefaultApi.md", "docs/PetApi.md"]);
    expect(before.text("docs/DefaultApi.md")).toContain("> item_added(unknown_base_type=unknown_base_type)\n");
    expect(before.text("docs/DefaultApi.md")).toContain(" **unknown_base_type** | [**UNKNOWN_BASE_TYPE**](UNKNOWN_BASE_TYPE.md)|  | [optional] \n");
    const after = await run("inline.yaml", "python", "7.11.0");
    expect(after.paths.filter((p) => p.startsWith("docs/")).sort()).toEqual(["docs/DefaultApi.md", "docs/ItemAddedRequest.md", "docs/PetApi.md"]);
    expect(after.text("docs/DefaultApi.md")).toContain(" **item_added_request** | [**ItemAddedRequest**](ItemAddedRequest.md)|  | [optional] \n");
  });

  it("the package with its webhook modules imports and passes mypy --strict", async () => {
    const { result } = await run("hooks.yaml", "python", "7.13.0");
    const dir = path.join(specs.tmp, "py");
    const script = ["import hooks", "from hooks.api.webhooks_api import WebhooksApi", "from hooks.api.default_api import DefaultApi", "api = WebhooksApi(hooks.ApiClient())", "assert callable(api.new_pet) and callable(api.order_paid_post)", "assert callable(DefaultApi().ping)", "print('ok')", ""].join("\n");
    const r = await runWithPackage(dir, result.files, "use_hooks.py", script);
    expect(r.stdout).toContain("ok");
    await expectMypyStrict(dir, ["hooks", "use_hooks.py"]);
  }, 300_000);
});

describe("typescript: webhooks as API docs and API files (7.2.0 on)", () => {
  it("the return type is DefaultCodegen's, not the 2xx union; files as python's; the client type-checks strict", async () => {
    const { paths, text } = await run("hooks.yaml", "typescript", "7.13.0");
    expect(apiDocs(paths)).toEqual(["DefaultApi.md", "PetApi.md", "WebhooksApi.md"]);
    expect(text("WebhooksApi.md")).toContain("[**newPet**](WebhooksApi.md#newPet) | **POST** newPet | A pet was added\n[**orderPaidPost**](WebhooksApi.md#orderPaidPost) | **POST** orderPaid | \n");
    // a bodiless 200: no returnType (the typescript union would be `void`)
    expect(text("WebhooksApi.md")).toContain("> newPet(pet)\n");
    expect(text("WebhooksApi.md")).toContain("### Return type\n\nvoid (empty response body)\n");
    expect(text("DefaultApi.md")).toContain("> Pet ping()\n");
    expect(text("PetApi.md")).toContain("> petGone()\n");
    expect(paths).toEqual(expect.arrayContaining(["apis/WebhooksApi.ts", "apis/DefaultApi.ts", "apis/PetApi.ts"]));
    expect(text("apis/PetApi.ts")).toContain("listPets");
    expect(text("index.ts")).not.toMatch(/WebhooksApi|DefaultApi/);
    expect(text("types/PromiseAPI.ts")).not.toMatch(/WebhooksApi|DefaultApi/);

    const asPath = await run("as-path.yaml", "typescript", "7.13.0");
    // the same operation under `paths`: TypeScriptClientCodegen's union of the 2xx types, `void`
    expect(asPath.text("WebhooksApi.md")).toContain("> void newPet(pet)\n");
    const section = (doc: string) => doc.slice(doc.indexOf("# **newPet**"), doc.indexOf("# **orderPaidPost**") < 0 ? undefined : doc.indexOf("# **orderPaidPost**")).trimEnd();
    expect(section(text("WebhooksApi.md"))).toBe(section(asPath.text("WebhooksApi.md")).replace("> void newPet(pet)", "> newPet(pet)").replace("**void**", "void (empty response body)"));

    const dir = path.join(specs.tmp, "ts");
    const { result } = await run("hooks.yaml", "typescript", "7.13.0");
    writeOutput(dir, result.files);
    expect(typecheck(dir)).toEqual([]);
  });

  it("an inline object body before 7.11.0: UNKNOWN_BASE_TYPE in the doc; the client type-checks strict", async () => {
    const { text, result } = await run("inline.yaml", "typescript", "7.10.0");
    expect(text("DefaultApi.md")).toContain(" **UNKNOWN_BASE_TYPE** | **UNKNOWN_BASE_TYPE**|  |\n");
    const dir = path.join(specs.tmp, "ts-inline");
    writeOutput(dir, result.files);
    expect(typecheck(dir)).toEqual([]);
  });

  it("7.1.0 writes none", async () => {
    const { paths } = await run("hooks.yaml", "typescript", "7.1.0");
    expect(apiDocs(paths)).toEqual(["PetApi.md"]);
    expect(paths).not.toContain("apis/WebhooksApi.ts");
  });
});
