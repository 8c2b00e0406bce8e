// python-prior models named like the support classes its modules import by their bare name
// (`ApiClient`, `OpenApiModel`, `ModelNormal`, `ApiAttributeError`). The models keep their names
// (OAG's docs); OAG's API modules import the model `ApiClient` after the support class and build
// the model as their default client, and a model module's lazy_import() puts a model `OpenApiModel`
// into the globals its `super(OpenApiModel, cls)` reads. Ours imports the support class under a
// private alias in such a run (src/generators/python-prior/client-views.ts supportView). Run
// against the echo server.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { runWithPackage } from "../../support/python-package.js";

// The echo server answers with a reflection of the request ({method, path, json, ...}).
const SPEC = `openapi: 3.0.3
info: { title: Clashes, version: "1" }
servers: [{ url: "http://localhost" }]
paths:
  /things:
    post:
      operationId: postThing
      tags: [things]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/ApiClient" } } }
      responses:
        "200":
          description: the reflection
          content: { application/json: { schema: { $ref: "#/components/schemas/ApiAttributeError" } } }
    put:
      operationId: putThing
      tags: [things]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/ModelNormal" } } }
      responses:
        "200":
          description: the reflection
          content: { application/json: { schema: { $ref: "#/components/schemas/Reflection" } } }
components:
  schemas:
    ApiClient:
      type: object
      properties:
        host: { type: string }
    ApiAttributeError:
      type: object
      properties:
        method: { type: string }
        path: { type: string }
    ModelNormal:
      type: object
      properties:
        a: { type: string }
    OpenApiModel:
      type: object
      properties:
        a: { type: string }
    Reflection:
      type: object
      properties:
        method: { type: string }
        json: { $ref: "#/components/schemas/OpenApiModel" }
`;

const fixture = specWithEcho("oaswright-pp-package-classes-", SPEC);

describe("python-prior: models named like the support classes", () => {
  it("keep their names in the docs; the client builds its own ApiClient and reads the models", async () => {
    const { files } = await generateInMemory(fixture.spec, "python-prior");
    const paths = files.map((f) => f.path);
    for (const name of ["ApiClient", "ApiAttributeError", "ModelNormal", "OpenApiModel"]) expect(paths).toContain(`docs/${name}.md`);
    const api = String(files.find((f) => f.path === "openapi_client/api/things_api.py")?.contents);
    expect(api).toContain("from openapi_client.api_client import ApiClient as _ApiClient, Endpoint as _Endpoint\n");

    const dir = path.join(fixture.tmp, "pp");
    const script = [
      "import os",
      "import openapi_client",
      "from openapi_client.api.things_api import ThingsApi",
      "from openapi_client.model.api_client import ApiClient as ApiClientModel",
      "from openapi_client.model.api_attribute_error import ApiAttributeError",
      "from openapi_client.model.model_normal import ModelNormal",
      "from openapi_client.model.open_api_model import OpenApiModel",
      "from openapi_client.model.reflection import Reflection",
      "assert isinstance(ThingsApi().api_client, openapi_client.api_client.ApiClient)",
      "config = openapi_client.Configuration(host=os.environ['ECHO_URL'])",
      "config.discard_unknown_keys = True",
      "api = ThingsApi(openapi_client.ApiClient(config))",
      "got = api.post_thing(ApiClientModel(host='h'))",
      "assert isinstance(got, ApiAttributeError) and got.method == 'POST' and got.path == '/things', got",
      "back = api.put_thing(ModelNormal(a='x'))",
      "assert isinstance(back, Reflection) and back.method == 'PUT', back",
      "assert isinstance(back.json, OpenApiModel) and back.json.a == 'x', back",
      "assert OpenApiModel(a='y').a == 'y'",
      "print('ok')",
    ].join("\n");
    const r = await runWithPackage(dir, files, "use_clash.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain("ok");
  }, 120_000);
});
