// `format: uuid` in the python client: the code types it `UUID` (uuid.UUID, as OpenAPI Generator's
// AbstractPythonCodegen does since its UUID change), sends it as the uuid's text (path, query, JSON
// body) and reads a uuid from a response as a UUID again; the package type-checks under
// `mypy --strict`. The docs follow the release: `UUID` and `UUID('...')` examples from 7.19
// (src/generators/python/releases.ts `uuidType`), `str` before.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { fileText as text } from "../../support/generated-file.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { expectMypyStrict, runWithPackage } from "../../support/python-package.js";

const SPEC = `openapi: 3.0.3
info: { title: Ids, version: "1" }
paths:
  /things/{thingId}:
    put:
      operationId: putThing
      tags: [things]
      parameters:
        - { name: thingId, in: path, required: true, schema: { type: string, format: uuid } }
        - { name: related, in: query, required: false, schema: { type: array, items: { type: string, format: uuid } } }
        - { name: owner, in: query, required: false, schema: { type: string, format: uuid }, example: 0b9b3c3e-3f0a-4c7e-9d4c-2a8e5b1f6d70 }
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Thing" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/Echo" } } }
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: { type: string, format: uuid }
        parents: { type: array, items: { type: string, format: uuid } }
        byName: { type: object, additionalProperties: { type: string, format: uuid } }
    Echo:
      type: object
      properties:
        path: { type: string }
        queryParams: { type: array, items: { type: array, items: { type: string } } }
        json: { $ref: "#/components/schemas/Thing" }
`;

const fixture = specWithEcho("oaswright-uuid-", SPEC);

async function generate(oagVersion?: string) {
  const additionalProperties: Record<string, string> = { packageName: "ids_client", ...(oagVersion ? { oagVersion } : {}) };
  return (await generateInMemory(fixture.spec, "python", additionalProperties)).files;
}

describe("python: format uuid", () => {
  it("docs: UUID and UUID('...') examples from 7.19, str before", async () => {
    const newest = await generate();
    expect(text(newest, "docs/Thing.md")).toContain("**id** | **UUID** |  | \n**parents** | **List[UUID]** |  | [optional] \n**by_name** | **Dict[str, UUID]** |  | [optional] \n");
    const api = text(newest, "docs/ThingsApi.md");
    expect(api).toContain("    thing_id = UUID('38400000-8cf0-11bd-b23e-10b96e4ef00d') # UUID | \n");
    // isUuid is not set for a list: UUID is a language primitive with no example rule, so None.
    expect(api).toContain("    related = None # List[UUID] |  (optional)\n");
    expect(api).toContain("    owner = UUID('0b9b3c3e-3f0a-4c7e-9d4c-2a8e5b1f6d70') # UUID |  (optional)\n");
    expect(api).toContain(" **thing_id** | **UUID**|  | \n");

    const older = await generate("7.17.0");
    expect(text(older, "docs/Thing.md")).toContain("**id** | **str** |  | \n**parents** | **List[str]** |  | [optional] \n");
    const olderApi = text(older, "docs/ThingsApi.md");
    expect(olderApi).toContain("    thing_id = 'thing_id_example' # str | \n");
    expect(olderApi).toContain("    related = ['related_example'] # List[str] |  (optional)\n");
    expect(olderApi).toContain("    owner = '0b9b3c3e-3f0a-4c7e-9d4c-2a8e5b1f6d70' # str |  (optional)\n");
  });

  it("code: typed UUID, type-checks strict, sends the uuid's text and reads UUIDs back", async () => {
    for (const oagVersion of [undefined, "7.17.0"]) {
      const files = await generate(oagVersion);
      const model = text(files, "ids_client/models/thing.py");
      expect(model).toContain("from uuid import UUID\n");
      expect(model).toMatch(/\n {4}id: UUID\n/);
      expect(model).toMatch(/\n {4}parents: Optional\[List\[UUID\]\] = None\n/);
    }
    const files = await generate();
    const dir = path.join(fixture.tmp, "py");
    const script = [
      "import os",
      "from typing import Dict, List",
      "from uuid import UUID",
      "from ids_client import ApiClient, Configuration, ThingsApi, Thing",
      "a = UUID('12345678-1234-5678-1234-567812345678')",
      "b = UUID('87654321-4321-8765-4321-876543218765')",
      "api = ThingsApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
      "seen = api.put_thing(a, Thing(id=b, parents=[a, b], byName={'x': a}), related=[a, b], owner=b)",
      "assert seen.path == '/things/' + str(a), seen.path",
      "pairs: List[List[str]] = seen.var_query_params or []",
      "assert ['owner', str(b)] in pairs, pairs",
      "assert sum(1 for p in pairs if p[0] == 'related') >= 1, pairs",
      "body = seen.var_json",
      "assert body is not None",
      "assert isinstance(body.id, UUID) and body.id == b, body.id",
      "parents: List[UUID] = body.parents or []",
      "assert parents == [a, b], parents",
      "names: Dict[str, UUID] = body.by_name or {}",
      "assert names == {'x': a}, names",
      "print('ok', body.to_json())",
    ].join("\n");
    const r = await runWithPackage(dir, files, "roundtrip_uuid.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain(`"id": "87654321-4321-8765-4321-876543218765"`);
    await expectMypyStrict(dir, ["ids_client", "roundtrip_uuid.py"]);
  }, 300_000);
});
