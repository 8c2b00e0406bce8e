// The python-prior clients generated for the three golden specs compile, import and work: run in
// the Debian root's Python 3.13 (urllib3 2, python-dateutil) against the reflecting echo server
// on 127.0.0.1. Fails (never skips) when the Python root is missing.

import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeOutput } from "../../../src/render/write.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { generateFromArgs } from "../../support/generate.js";
import { GOLDEN_ROOT, goldenCases } from "../../support/golden.js";
import { runPython } from "../../support/python.js";

const PACKAGES: Readonly<Record<string, string>> = {
  ecotaxa: "ecotaxa_py_client",
  "python-prior-petstore": "petstore_api",
  "python-prior-x-auth-id-alias": "x_auth_id_alias",
};

const fixture = folderWithEcho("oaswright-pp-runtime-");
const outDirs = new Map<string, string>();

beforeAll(async () => {
  for (const c of goldenCases("python-prior")) {
    const spec = path.join(GOLDEN_ROOT, c.dir, c.spec);
    const { files } = await generateFromArgs(["-i", spec, "-g", "python-prior", ...c.args, ...(c.oagVersion ? [`--additional-properties=oagVersion=${c.oagVersion}`] : [])]);
    const out = path.join(fixture.tmp, c.name);
    writeOutput(out, files);
    outDirs.set(c.name, out);
  }
}, 120_000);

async function python(caseName: string, code: string) {
  const cwd = outDirs.get(caseName)!;
  writeFileSync(path.join(cwd, "check_script.py"), code);
  return runPython({ cwd, args: ["check_script.py"], timeoutMs: 180_000 });
}

describe("python-prior clients compile and import", () => {
  for (const [caseName, pkg] of Object.entries(PACKAGES)) {
    it(caseName, async () => {
      const r = await python(
        caseName,
        [
          "import compileall, sys",
          `assert compileall.compile_dir(${JSON.stringify(pkg)}, quiet=1, force=True), 'compile failed'`,
          `import ${pkg}`,
          `from ${pkg}.apis import *`,
          `from ${pkg}.models import *`,
          `from ${pkg} import Configuration, ApiClient, ApiException`,
          // every model class exposes its type table, every API class builds its endpoints
          `import ${pkg}.models as models, ${pkg}.apis as apis`,
          "n = 0",
          "for name in dir(models):",
          "    cls = getattr(models, name)",
          "    if isinstance(cls, type) and hasattr(cls, 'openapi_types'):",
          "        assert isinstance(cls.openapi_types, dict), name",
          "        cls.discriminator; cls.additional_properties_type",
          "        n += 1",
          "with ApiClient(Configuration(host='http://127.0.0.1:1')) as client:",
          "    for name in dir(apis):",
          "        cls = getattr(apis, name)",
          "        if isinstance(cls, type) and name.endswith('Api'):",
          "            cls(client)",
          "print('models', n)",
        ].join("\n"),
      );
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^models \d+\n$/);
    }, 200_000);
  }
});

describe("python-prior petstore client on the wire", () => {
  it("sends path, query, header and form parameters, JSON bodies and API keys, and raises ApiException", async () => {
    const r = await python(
      "python-prior-petstore",
      `
import json, datetime
import petstore_api
from petstore_api.api import pet_api, fake_api, store_api, user_api
from petstore_api.model.pet import Pet
from petstore_api.model.category import Category
from petstore_api.model.tag import Tag
from petstore_api.model.user import User

def reflect(resp):
    return json.loads(resp.data)

conf = petstore_api.Configuration(host=${JSON.stringify(fixture.echo.url)} + "/v2")
conf.api_key['api_key'] = 'KEY-123'
conf.api_key_prefix['api_key'] = 'Token'
conf.access_token = 'ACCESS'
out = {}
with petstore_api.ApiClient(conf) as client:
    pets = pet_api.PetApi(client)
    # JSON body from a model (spec names on the wire), oauth token
    pet = Pet(name='doggie', photo_urls=['u1'], id=7, category=Category(id=1, name='dogs'),
              tags=[Tag(id=2, name='good')], status='available')
    r = reflect(pets.add_pet(pet, _preload_content=False))
    out['add_pet'] = {k: r[k] for k in ('method', 'path', 'contentType', 'json')}
    out['add_pet_auth'] = r['headers'].get('authorization')
    # path parameter, API key in a header (with prefix)
    r = reflect(pets.get_pet_by_id(42, _preload_content=False))
    out['get_pet'] = [r['method'], r['path'], r['headers'].get('api_key')]
    # async_req: a thread pool result
    out['async'] = reflect(pets.get_pet_by_id(43, async_req=True, _preload_content=False).get(timeout=30))['path']
    # array query parameter (form, not exploded: csv)
    r = reflect(pets.find_pets_by_status(['available', 'sold'], _preload_content=False))
    out['find'] = r['queryParams']
    # header and query enum parameters
    fake = fake_api.FakeApi(client)
    r = reflect(fake.test_enum_parameters(enum_header_string='-efg', enum_query_string_array=['$', '>'],
                                          enum_query_integer=-2, _preload_content=False))
    out['enum'] = [r['headers'].get('enum_header_string'), r['queryParams']]
    # form-urlencoded body
    r = reflect(pets.update_pet_with_form(5, name='rex', status='sold', _preload_content=False))
    out['form'] = [r['path'], r['contentType'], r['form']]
    # multipart body with a file
    with open('upload.txt', 'wb') as f:
        f.write(b'file-content')
    r = reflect(fake.upload_file(open('upload.txt', 'rb'), additional_metadata='meta', _preload_content=False))
    out['multipart'] = [(p['name'], p.get('filename'), p.get('text')) for p in r['multipart']]
    # collection formats: pipes, ssv, csv, multi
    r = reflect(fake.test_query_parameter_collection_format(['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h'], ['i', 'j'],
                                                             _preload_content=False))
    out['collection'] = r['query']
    # API key in the query string
    r = reflect(store_api.StoreApi(client).get_inventory(_preload_content=False))
    out['inventory_key'] = r['headers'].get('api_key')
    # a response deserialized into the declared type: the reflection is a JSON object
    health = fake.fake_health_get()
    out['health'] = [type(health).__name__, health['method'], health['path']]
    # a response that does not fit the declared type ({str: (int,)}) is refused
    try:
        store_api.StoreApi(client).get_inventory()
    except petstore_api.ApiTypeError as e:
        out['response_type_error'] = str(e).split(' at ')[0]
    # argument type checking
    try:
        pets.get_pet_by_id('not-an-int')
    except petstore_api.ApiTypeError as e:
        out['type_error'] = str(e)
    try:
        pets.find_pets_by_status(['bogus'])
    except petstore_api.ApiValueError as e:
        out['value_error'] = str(e)
    # user api: query parameters, response headers through _return_http_data_only=False
    r = user_api.UserApi(client).login_user('bob', 'secret', _preload_content=False)
    out['login'] = reflect(r)['queryParams']

# an error status raises ApiException with status and body
conf404 = petstore_api.Configuration(host=${JSON.stringify(fixture.echo.url)} + "/__status/404")
with petstore_api.ApiClient(conf404) as client:
    try:
        pet_api.PetApi(client).get_pet_by_id(1)
    except petstore_api.ApiException as e:
        out['error'] = [type(e).__name__, e.status, json.loads(e.body)]
print(json.dumps(out, sort_keys=True))
`,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.add_pet).toEqual({
      method: "POST",
      path: "/v2/pet",
      contentType: "application/json",
      json: { name: "doggie", photoUrls: ["u1"], id: 7, category: { id: 1, name: "dogs" }, tags: [{ id: 2, name: "good" }], status: "available" },
    });
    expect(out.add_pet_auth).toBe("Bearer ACCESS");
    expect(out.get_pet).toEqual(["GET", "/v2/pet/42", "Token KEY-123"]);
    expect(out.async).toBe("/v2/pet/43");
    expect(out.find).toEqual([["status", "available,sold"]]);
    expect(out.enum).toEqual([
      "-efg",
      [
        ["enum_query_string_array", "$"],
        ["enum_query_string_array", ">"],
        ["enum_query_integer", "-2"],
      ],
    ]);
    expect(out.form).toEqual([
      "/v2/pet/5",
      "application/x-www-form-urlencoded",
      [
        ["name", "rex"],
        ["status", "sold"],
      ],
    ]);
    expect(out.multipart).toEqual([
      ["additionalMetadata", null, "meta"],
      ["file", "upload.txt", "file-content"],
    ]);
    expect(out.collection).toBe("pipe=a&pipe=b&ioutil=c%2Cd&http=e+f&url=g%2Ch&context=i&context=j");
    expect(out.inventory_key).toBe("Token KEY-123");
    expect(out.health).toEqual(["HealthCheckResult", "GET", "/v2/fake/health"]);
    expect(out.response_type_error).toMatch(/^Invalid type for variable '\w+'\. Required value type is int and passed type was \w+$/);
    expect(out.type_error).toBe("Invalid type for variable 'pet_id'. Required value type is int and passed type was str at ['pet_id']");
    expect(out.value_error).toBe("Invalid values for `status` [bogus], must be a subset of [available, pending, sold]");
    expect(out.login).toEqual([
      ["username", "bob"],
      ["password", "secret"],
    ]);
    expect(out.error).toEqual(["NotFoundException", 404, { code: 404, message: "status 404" }]);
  }, 200_000);
});

describe("python-prior x-auth-id-alias client on the wire", () => {
  it("puts API keys in the header and the query, the query key through its alias", async () => {
    const r = await python(
      "python-prior-x-auth-id-alias",
      `
import json
import x_auth_id_alias
from x_auth_id_alias.api import usage_api
conf = x_auth_id_alias.Configuration(host=${JSON.stringify(fixture.echo.url)})
conf.api_key['api_key'] = 'SECRET'
with x_auth_id_alias.ApiClient(conf) as client:
    api = usage_api.UsageApi(client)
    both = api.both_keys()
    query = api.key_in_query()
print(json.dumps({'type': type(both).__name__, 'path': both['path'], 'header': both['headers'].get('x-api-key'),
                  'query': both['queryParams'], 'query_only': [query['queryParams'], query['headers'].get('x-api-key')]}))
`,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      type: "dict",
      path: "/both",
      header: "SECRET",
      query: [["api_key", "SECRET"]],
      query_only: [[["api_key", "SECRET"]], null],
    });
  }, 200_000);
});
