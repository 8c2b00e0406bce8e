// Models named like the classes the python package exports itself (`ApiResponse`, `ApiException`,
// `Configuration`, `ApiClient`). OpenAPI Generator keeps the model names (its docs say
// `ApiResponse`, docs/ApiResponse.md) and its `__init__.py` imports the models last, so
// `<pkg>.ApiResponse` is the model; its API modules import the models first and the support classes
// after, so there a parameter typed by the model `ApiResponse` is validated against the support
// class and valid data is rejected. oaswright writes OAG's docs and names, and a client in which
// nothing the client runs is shadowed: the API modules import the support class under a private
// alias, `<pkg>.ApiResponse`/`<pkg>.ApiException` are the models (as OAG's users import them),
// `<pkg>.ApiClient`/`<pkg>.Configuration` stay the support classes the docs' examples call
// (src/generators/python/runtime/index.ts topLevelExports). Run against the echo server, the
// docs' own example included, and under mypy --strict.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { fileText as text } from "../../support/generated-file.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { expectMypyStrict, runWithPackage } from "../../support/python-package.js";

// The echo server answers with a reflection of the request ({method, path, query, json, ...}):
// ApiResponse reads it, with the body sent back as a Configuration; ApiException reads it too.
const SPEC = `openapi: 3.0.3
info: { title: Clashes, version: "1" }
servers: [{ url: "http://localhost" }]
paths:
  /things:
    get:
      operationId: getThing
      tags: [things]
      responses:
        "200":
          description: the reflection
          content: { application/json: { schema: { $ref: "#/components/schemas/ApiResponse" } } }
    post:
      operationId: postThing
      tags: [things]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Configuration" } } }
      responses:
        "200":
          description: the reflection
          content: { application/json: { schema: { $ref: "#/components/schemas/ApiResponse" } } }
    put:
      operationId: putThing
      tags: [things]
      parameters:
        - { name: mode, in: query, required: false, schema: { type: string } }
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/ApiResponse" } } }
      responses:
        "200":
          description: the reflection
          content: { application/json: { schema: { $ref: "#/components/schemas/ApiException" } } }
  /__status/{code}:
    get:
      operationId: failWith
      tags: [things]
      parameters:
        - { name: code, in: path, required: true, schema: { type: integer } }
      responses:
        "200":
          description: never
          content: { application/json: { schema: { $ref: "#/components/schemas/ApiClient" } } }
components:
  schemas:
    ApiResponse:
      type: object
      properties:
        method: { type: string }
        path: { type: string }
        json: { $ref: "#/components/schemas/Configuration" }
    ApiException:
      type: object
      properties:
        method: { type: string }
        query: { type: string }
    Configuration:
      type: object
      properties:
        host: { type: string }
        retries: { type: integer }
    ApiClient:
      type: object
      properties:
        code: { type: integer }
`;

const fixture = specWithEcho("oaswright-package-classes-", SPEC);

async function generate() {
  const result = await generateInMemory(fixture.spec, "python", { packageName: "clash_client" });
  return { files: result.files, warnings: result.warnings.map((w) => w.message) };
}

describe("python: models named like the package's own classes", () => {
  it("docs keep OAG's model names; the warnings say where each name is bound", async () => {
    const { files, warnings } = await generate();
    expect(warnings).toContain("model ApiResponse is exported as clash_client.ApiResponse, as OpenAPI Generator's package exports it; the package's own class is clash_client.api_response.ApiResponse");
    expect(warnings).toContain("model Configuration is clash_client.models.Configuration, not clash_client.Configuration: that stays the package's own class (clash_client.configuration.Configuration), which the docs' examples call");
    const paths = files.map((f) => f.path);
    for (const name of ["ApiResponse", "ApiException", "Configuration", "ApiClient"]) {
      expect(paths).toContain(`docs/${name}.md`);
      expect(paths).not.toContain(`docs/Model${name}.md`);
    }
    expect(text(files, "README.md")).toContain(" - [ApiResponse](docs/ApiResponse.md)\n");
    const api = text(files, "docs/ThingsApi.md");
    expect(api).toContain("> ApiResponse get_thing()\n");
    expect(api).toContain("> ApiException put_thing(api_response, mode=mode)\n");
    expect(api).toContain("from clash_client.models.api_response import ApiResponse\n");
  });

  it("code: the models work as parameters and results, the support classes stay usable; mypy --strict", async () => {
    const { files } = await generate();
    const init = text(files, "clash_client/__init__.py");
    expect(init).toContain("from clash_client.models.api_response import ApiResponse as ApiResponse\n");
    expect(init).not.toContain("from clash_client.api_response import ApiResponse");
    expect(init).toContain("from clash_client.configuration import Configuration as Configuration\n");
    expect(init).not.toContain("from clash_client.models.configuration import Configuration as Configuration");
    expect(text(files, "clash_client/api/things_api.py")).toContain("from clash_client.api_response import ApiResponse as _ApiResponse\n");

    const dir = path.join(fixture.tmp, "py");
    const script = [
      "import os",
      "import clash_client",
      "import clash_client.models",
      "from clash_client import ApiResponse, ApiException, ApiClient, Configuration, ThingsApi",
      "from clash_client.api_response import ApiResponse as RuntimeResponse",
      "from clash_client.rest import ApiException as RestException",
      "from clash_client.models.configuration import Configuration as ConfigurationModel",
      "from clash_client.models.api_client import ApiClient as ApiClientModel",
      "assert ApiResponse is clash_client.models.ApiResponse",
      "assert ApiException is clash_client.models.ApiException",
      "assert Configuration is clash_client.configuration.Configuration",
      "assert ApiClient is clash_client.api_client.ApiClient",
      "api = ThingsApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
      "got = api.get_thing()",
      "assert isinstance(got, ApiResponse), type(got)",
      "assert got.method == 'GET' and got.path == '/things', got",
      "sent = api.post_thing(ConfigurationModel(host='h', retries=3))",
      "assert isinstance(sent, ApiResponse) and sent.var_json is not None, sent",
      "assert isinstance(sent.var_json, ConfigurationModel) and sent.var_json.host == 'h' and sent.var_json.retries == 3, sent",
      "info = api.post_thing_with_http_info(ConfigurationModel(host='x', retries=1))",
      "assert isinstance(info, RuntimeResponse) and info.status_code == 200, info",
      "assert isinstance(info.data, ApiResponse), type(info.data)",
      "back = api.put_thing(ApiResponse(method='m', path='p'), mode='fast')",
      "assert isinstance(back, ApiException) and back.method == 'PUT' and back.query == 'mode=fast', back",
      "raw = api.put_thing_with_http_info(ApiResponse(method='m'))",
      "assert isinstance(raw, RuntimeResponse) and isinstance(raw.data, ApiException), raw",
      "try:",
      "    api.fail_with(404)",
      "    raise SystemExit('no exception')",
      "except RestException as e:",
      "    assert e.status == 404, e",
      "assert ApiClientModel(code=1).code == 1",
      "print('ok')",
    ].join("\n");
    const r = await runWithPackage(dir, files, "use_clash.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain("ok");

    // The docs' own examples, pointed at the echo server, run as written: get_thing's, and
    // put_thing's, which builds its body as `clash_client.ApiResponse()` (the model, as OAG binds
    // it). They catch every exception and print it, so their output is what is checked.
    const doc = text(files, "docs/ThingsApi.md");
    for (const op of ["get_thing", "put_thing"]) {
      const example = new RegExp(`# \\*\\*${op}\\*\\*[\\s\\S]*?\`\`\`python\n([\\s\\S]*?)\`\`\``).exec(doc)?.[1];
      expect(example, op).toBeDefined();
      const runnable = example!.replace('host = "http://localhost"', "host = os.environ['ECHO_URL']");
      expect(runnable).not.toBe(example);
      const ex = await runWithPackage(dir, [], `doc_${op}.py`, `import os\n${runnable}`, { ECHO_URL: fixture.echo.url });
      expect(ex.stdout, op).toContain(`The response of ThingsApi->${op}:`);
      expect(ex.stdout, op).not.toContain("Exception when calling");
      expect(ex.stdout, op).toContain(op === "get_thing" ? "ApiResponse(method='GET', path='/things'" : "ApiException(method='PUT'");
    }

    await expectMypyStrict(dir, ["clash_client", "use_clash.py"]);
  }, 300_000);
});
