// OpenAPI 3.1: which places swagger-parser (2.1.22, OpenAPI31Traverser) gives one schema object, and
// the array items OpenAPI Generator then reads as nullable because its normalizer made that object
// nullable elsewhere (src/parse/shared-instances.ts). The expected sharing below was observed by
// running swagger-parser 2.1.22 (swagger-core 2.2.21) on this spec: identity of the parsed
// objects at each place. From OAG 7.14.0 (swagger-parser 2.1.28) an IdsTraverser pass runs first
// at the first `$ref`: observed with OAG built from source (b3935922cd, 7.14.0-SNAPSHOT) with
// swagger-parser 2.1.22 and with 2.1.28 on this spec, places and docs (the sixteenth session's
// oagrun16 report).

import { describe, expect, it } from "vitest";
import { specFiles } from "../support/spec-files.js";
import YAML from "yaml";
import { generateInMemory } from "../support/generate.js";
import { placesAfterTraversal, sharedInstanceFacts, sharedNullablePointers } from "../../src/parse/shared-instances.js";

const spec = (version: string) => `openapi: ${version}
info: { title: Shared, version: "1" }
paths:
  /users/{user_id}:
    get:
      operationId: getUser
      parameters:
        - { name: user_id, in: path, required: true, schema: { type: string, format: uuid } }
      responses:
        "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/User" } } } }
  /schedules:
    get:
      operationId: getSchedules
      parameters:
        - { name: ids, in: query, schema: { type: array, items: { type: string, format: uuid }, default: [] } }
        - { name: counts, in: query, schema: { type: array, items: { type: integer } } }
      responses:
        "200": { description: OK, content: { application/json: { schema: { type: array, items: { type: integer } } } } }
  /schedules/history:
    get:
      operationId: getSchedulesHistory
      parameters:
        - { name: ids, in: query, schema: { type: array, items: { type: string, format: uuid }, default: [] } }
      responses:
        "200": { description: OK }
  /observatories:
    get:
      operationId: getObservatories
      parameters:
        - { name: owner, in: query, schema: { anyOf: [ { type: string, format: uuid }, { type: "null" } ] } }
        - { name: limit, in: query, schema: { anyOf: [ { type: integer }, { type: "null" } ] } }
      responses:
        "200": { description: OK }
components:
  schemas:
    User:
      type: object
      properties:
        id: { type: string, format: uuid }
        tags: { type: array, items: { type: string }, default: [] }
        note: { type: [string, "null"], default: null }
`;

/** sharedInstanceFacts of a spec's text. */
const facts = (text: string, oagVersion: string | undefined, prior: boolean) => sharedInstanceFacts(YAML.parse(text), oagVersion, prior);

const P = {
  userIdParam: "/paths/~1users~1{user_id}/get/parameters/0/schema",
  userId: "/components/schemas/User/properties/id",
  idsItems: "/paths/~1schedules/get/parameters/0/schema/items",
  historyIds: "/paths/~1schedules~1history/get/parameters/0/schema",
  historyIdsItems: "/paths/~1schedules~1history/get/parameters/0/schema/items",
  ownerMember: "/paths/~1observatories/get/parameters/0/schema/anyOf/0",
  countsItems: "/paths/~1schedules/get/parameters/1/schema/items",
  countsSchema: "/paths/~1schedules/get/parameters/1/schema",
  responseSchema: "/paths/~1schedules/get/responses/200/content/application~1json/schema",
  responseItems: "/paths/~1schedules/get/responses/200/content/application~1json/schema/items",
  limitMember: "/paths/~1observatories/get/parameters/1/schema/anyOf/0",
};

describe("swagger-parser's shared objects (3.1)", () => {
  const places = placesAfterTraversal(YAML.parse(spec("3.1.0")));
  const same = (a: string, b: string) => places.get(a) !== undefined && places.get(a) === places.get(b);

  it("a value met before is the copy made of the first: later equal places share it", () => {
    // the first `{type: string, format: uuid}` (user_id) keeps its own object; the later ones get its copy
    expect(same(P.userId, P.idsItems)).toBe(true);
    expect(same(P.idsItems, P.ownerMember)).toBe(true);
    expect(same(P.userIdParam, P.idsItems)).toBe(false);
  });

  it("an equal parameter is a copy of the whole parameter, with objects of its own", () => {
    expect(same(P.historyIdsItems, P.idsItems)).toBe(false);
    expect(same(P.historyIdsItems, P.ownerMember)).toBe(false);
  });

  it("an equal array schema is shared whole; its items are the copy's, not the first occurrence's", () => {
    expect(same(P.countsSchema, P.responseSchema)).toBe(false); // the first keeps its own object
    expect(same(P.countsItems, P.responseItems)).toBe(false);
    expect(same(P.responseItems, P.limitMember)).toBe(false); // inside a copy: not the registered copy of `{type: integer}`
  });

  it("7.14.0 (swagger-parser 2.1.28): after the IdsTraverser pass the later equal parameter holds the shared items", () => {
    // the pass runs at getUser's response `$ref`, before the main traversal reaches /schedules
    const at = (version: string) => placesAfterTraversal(YAML.parse(spec("3.1.0")), version);
    const [before, after] = [at("7.13.0"), at("7.14.0")];
    expect(before.get(P.historyIdsItems)).not.toBe(before.get(P.idsItems));
    expect(after.get(P.historyIdsItems)).toBe(after.get(P.idsItems));
    expect(after.get(P.idsItems)).toBe(after.get(P.ownerMember));
    expect(after.get(P.userIdParam)).not.toBe(after.get(P.idsItems));
  });

  it("a component whose `default: null` changed its hash stays itself (not replaced by its copy)", () => {
    // User is read afresh for the response `$ref`; its properties then become copies (`note`'s
    // NullNode default a plain null), so User is not found again when components are traversed.
    expect(same(P.userId, P.ownerMember)).toBe(true);
  });
});

// openvip's shape (checked with OAG built with swagger-parser 2.1.28 as above): the IdsTraverser pass,
// run at the 409's `$ref`, traverses a media type's schema without storing what it gets back.
const streamSpec = `openapi: 3.1.0
info: { title: Streams, version: "1" }
paths:
  /agents/{agent_id}/messages:
    get:
      operationId: getMessages
      parameters:
        - { name: agent_id, in: path, required: true, schema: { type: string } }
      responses:
        "200": { description: OK, content: { text/event-stream: { schema: { type: string }, example: "data: a" } } }
        "409": { description: Conflict, content: { application/json: { schema: { $ref: "#/components/schemas/Error" } } } }
  /status/stream:
    get:
      operationId: getStatusStream
      responses:
        "200": { description: OK, content: { text/event-stream: { schema: { type: string }, example: "data: b" } } }
components:
  schemas:
    Error: { type: object, properties: { message: { type: string } } }
`;

describe("swagger-parser 2.1.28's IdsTraverser pass (OAG 7.14.0 and later)", () => {
  it("leaves a media type's schema in its place: the main traversal then gives it the first copy", () => {
    const places = placesAfterTraversal(YAML.parse(streamSpec), "7.14.0");
    const schema = (path: string) => places.get(`/paths/${path}/get/responses/200/content/text~1event-stream/schema`);
    expect(schema("~1status~1stream")).toBe(schema("~1agents~1{agent_id}~1messages"));
    expect(schema("~1status~1stream")).not.toBe(places.get("/paths/~1agents~1{agent_id}~1messages/get/parameters/0/schema"));
  });
});

describe("array items OAG reads as nullable through a shared object", () => {
  it("7.x, 3.1: the items holding the object an `anyOf: [X, null]` made nullable", () => {
    const pointers = sharedNullablePointers(YAML.parse(spec("3.1.0")), "7.13.0", false);
    expect([...pointers]).toEqual([P.idsItems]);
  });

  it("7.14.0 and later: the later equal parameter's items too (swagger-parser 2.1.28's IdsTraverser pass)", () => {
    expect([...sharedNullablePointers(YAML.parse(spec("3.1.0")), "7.14.0", false)].sort()).toEqual([P.idsItems, P.historyIdsItems].sort());
    expect([...sharedNullablePointers(YAML.parse(spec("3.1.0")), "7.14.0-SNAPSHOT", false)].sort()).toEqual([P.idsItems, P.historyIdsItems].sort());
  });

  it("not before 7.0 (no normalizer), not for 3.0 (no OpenAPI31Traverser)", () => {
    expect(sharedNullablePointers(YAML.parse(spec("3.1.0")), "6.6.0", false).size).toBe(0);
    expect(sharedNullablePointers(YAML.parse(spec("3.1.0")), undefined, true).size).toBe(0);
    expect(sharedNullablePointers(YAML.parse(spec("3.0.3")), "7.14.0", false).size).toBe(0);
  });
});

// romm's shape: array responses made unique by their titles, whose items are the copy of the
// first `{type: integer}`, which a later `anyOf: [{type: integer}, {type: null}]` holds too (the
// sharing observed with swagger-parser 2.1.22 as above).
const tsSpec = `openapi: 3.1.0
info: { title: Shared, version: "1" }
paths:
  /items/{id}:
    get:
      operationId: getItem
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
      responses:
        "200": { description: OK }
  /items/delete:
    post:
      operationId: deleteItems
      responses:
        "200": { description: OK, content: { application/json: { schema: { type: array, items: { type: integer }, title: Deleted } } } }
  /items:
    get:
      operationId: listItems
      parameters:
        - { name: limit, in: query, schema: { anyOf: [ { type: integer }, { type: "null" } ] } }
      responses:
        "200": { description: OK, content: { application/json: { schema: { type: array, items: { type: integer }, title: Listed } } } }
`;

describe("the docs", () => {
  const specs = specFiles("oaswright-shared-", { "spec31.yaml": spec("3.1.0"), "spec30.yaml": spec("3.0.3"), "ts31.yaml": tsSpec });

  async function generate(file: string, generator: string, oagVersion: string) {
    return (await generateInMemory(specs.path(file), generator, { packageName: "shared", npmName: "shared", oagVersion })).text;
  }

  it("python 7.13: `List[Optional[str]]` for getSchedules' ids, `List[str]` for the copied parameter of getSchedulesHistory", async () => {
    const doc = (await generate("spec31.yaml", "python", "7.13.0"))("docs/DefaultApi.md");
    expect(doc).toContain("ids = [] # List[Optional[str]] |  (optional) (default to [])");
    expect(doc).toContain(" **ids** | [**List[Optional[str]]**](str.md)|  | [optional] [default to []]");
    expect(doc).toContain("ids = [] # List[str] |  (optional) (default to [])");
    expect(doc).toContain("counts = [56] # List[int] |  (optional)");
  });

  it("python 7.14: `List[Optional[str]]` for getSchedulesHistory's ids too, as OAG built with swagger-parser 2.1.28 prints", async () => {
    const doc = (await generate("spec31.yaml", "python", "7.14.0"))("docs/DefaultApi.md");
    const count = (text: string) => doc.split(text).length - 1;
    expect(count("ids = [] # List[Optional[str]] |  (optional) (default to [])")).toBe(2);
    expect(count(" **ids** | [**List[Optional[str]]**](str.md)|  | [optional] [default to []]")).toBe(2);
    expect(doc).not.toContain("# List[str] |");
  });

  it("typescript: `Array<number | null>` for the responses whose items are the shared copy", async () => {
    const places = placesAfterTraversal(YAML.parse(tsSpec));
    const items = (p: string) => places.get(`/paths/${p}/responses/200/content/application~1json/schema/items`);
    expect(items("~1items~1delete/post")).toBe(items("~1items/get"));
    expect(items("~1items~1delete/post")).toBe(places.get("/paths/~1items/get/parameters/0/schema/anyOf/0"));
    const doc = (await generate("ts31.yaml", "typescript", "7.13.0"))("DefaultApi.md");
    expect(doc).toContain("> Array<number | null> deleteItems()");
    expect(doc).toContain("> Array<number | null> listItems()");
    // 6.x has no normalizer: the spec's reading
    const doc6 = (await generate("ts31.yaml", "typescript", "6.6.0"))("DefaultApi.md");
    expect(doc6).toContain("> Array<number> deleteItems()");
  });

  it("python 3.0: the spec's reading", async () => {
    const doc = (await generate("spec30.yaml", "python", "7.14.0"))("docs/DefaultApi.md");
    expect(doc).not.toContain("Optional[str]]");
  });
});

// A component an operation `$ref`s is read afresh and traversed; when components are traversed after
// the paths, the component's place gets the deep copy (a Json31 round trip) registered for it, whose
// array `default` is a Java List: OAG's python docs print `[ADMIN, EDITOR]` where the JsonNode
// swagger-parser read prints `["ADMIN","EDITOR"]` (surveyengine-python, 7.20.0: CreateFeatureRequest).
const defaultsSpec = (version: string) => `openapi: ${version}
info: { title: Defaults, version: "1" }
paths:
  /features:
    post:
      operationId: createFeature
      requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/CreateFeature" } } } }
      responses:
        "200": { description: OK }
components:
  schemas:
    CreateFeature:
      type: object
      properties:
        roles: { type: array, items: { type: string }, default: [ADMIN, EDITOR] }
    Unused:
      type: object
      properties:
        roles: { type: array, items: { type: string }, default: [VIEWER] }
`;

describe("array defaults OAG holds as a copy's Java List", () => {
  const roles = "/components/schemas/CreateFeature/properties/roles";
  const specs = specFiles("oaswright-copied-defaults-", { "d31.yaml": defaultsSpec("3.1.0"), "d30.yaml": defaultsSpec("3.0.3") });

  it("7.x, 3.1: the properties of a component an operation references, not of one nothing references", () => {
    expect([...facts(defaultsSpec("3.1.0"), "7.20.0", false).copiedDefaults]).toEqual([roles]);
  });

  it("not for 3.0 (no OpenAPI31Traverser), not before 6.2 (swagger-parser 2.0.31 has none)", () => {
    expect(facts(defaultsSpec("3.0.3"), "7.20.0", false).copiedDefaults.size).toBe(0);
    expect(facts(defaultsSpec("3.1.0"), "6.1.0", false).copiedDefaults.size).toBe(0);
    expect(facts(defaultsSpec("3.1.0"), "6.6.0", false).copiedDefaults).toEqual(facts(defaultsSpec("3.1.0"), "7.20.0", false).copiedDefaults);
  });

  it("python docs: Java's toString for the copy, JSON for the rest", async () => {
    const docs = async (file: string) => {
      return (await generateInMemory(specs.path(file), "python", { packageName: "defaults", oagVersion: "7.20.0" })).text;
    };
    const d31 = await docs("d31.yaml");
    expect(d31("docs/CreateFeature.md")).toContain("[optional] [default to [ADMIN, EDITOR]]");
    expect(d31("docs/Unused.md")).toContain('[optional] [default to ["VIEWER"]]');
    const d30 = await docs("d30.yaml");
    expect(d30("docs/CreateFeature.md")).toContain('[optional] [default to ["ADMIN","EDITOR"]]');
  });

  // PythonPriorClientCodegen.toDefaultValue (6.6.0 7f8b853f50): `defaultObject.toString()`, a Java
  // List's `[ADMIN, EDITOR]` in the copy (6.2.0 on), the ArrayNode's JSON otherwise.
  it("python-prior docs: Java's toString for the copy from 6.2.0, JSON for the rest", async () => {
    const docs = async (file: string, oagVersion: string) => {
      return (await generateInMemory(specs.path(file), "python-prior", { packageName: "defaults", oagVersion })).text;
    };
    const d66 = await docs("d31.yaml", "6.6.0");
    expect(d66("docs/CreateFeature.md")).toMatch(/^\*\*roles\*\* \|.*if omitted the server will use the default value of \[ADMIN, EDITOR\]$/m);
    expect(d66("docs/Unused.md")).toMatch(/^\*\*roles\*\* \|.*if omitted the server will use the default value of \["VIEWER"\]$/m);
    const d61 = await docs("d31.yaml", "6.1.0");
    expect(d61("docs/CreateFeature.md")).toMatch(/^\*\*roles\*\* \|.*if omitted the server will use the default value of \["ADMIN","EDITOR"\]$/m);
  });
});

// The same copy holds a list `example` as a Java List: TypeScriptClientCodegen.toExampleValueRecursive
// prints an Iterable example of an array of non-model items with its toString, `[123, 456]` for
// `['123', '456']` (infusionsoft/keap-sdk, typescript 7.13.0, fixtures/conformance/keap-typescript:
// ApplyRemoveTagRequest's contact_ids), where the original's ArrayNode prints `["123","456"]`;
// getObjectExample falls back to the default, a List in the copy as well.
const examplesSpec = (version: string) => `openapi: ${version}
info: { title: Examples, version: "1" }
paths:
  /tags:
    post:
      operationId: applyTag
      requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/ApplyTag" } } } }
      responses:
        "200": { description: OK }
components:
  schemas:
    ApplyTag:
      type: object
      properties:
        contact_ids: { type: array, items: { type: string }, example: ["123", "456"] }
        scores: { type: array, items: { type: integer }, example: [1, 2] }
        labels: { type: array, items: { type: string }, default: [red, blue] }
    Unused:
      type: object
      properties:
        contact_ids: { type: array, items: { type: string }, example: ["789"] }
`;

describe("array examples OAG holds as a copy's Java List", () => {
  const base = "/components/schemas/ApplyTag/properties";
  const specs = specFiles("oaswright-copied-examples-", { "e31.yaml": examplesSpec("3.1.0"), "e30.yaml": examplesSpec("3.0.3") });

  it("7.x, 3.1: the list examples of a component an operation references, not of one nothing references", () => {
    expect([...facts(examplesSpec("3.1.0"), "7.13.0", false).copiedExamples]).toEqual([`${base}/contact_ids/example`, `${base}/scores/example`]);
    expect(facts(examplesSpec("3.0.3"), "7.13.0", false).copiedExamples.size).toBe(0);
    // swagger-parser 2.1 (OAG 6.2.0 on) makes the copies; 6.1.0's 2.0.31 has no OpenAPI31Traverser
    expect([...facts(examplesSpec("3.1.0"), "6.2.0", false).copiedExamples]).toEqual([`${base}/contact_ids/example`, `${base}/scores/example`]);
    expect(facts(examplesSpec("3.1.0"), "6.1.0", false).copiedExamples.size).toBe(0);
  });

  it("typescript docs: Java's toString for the copy's example and default, JSON for 3.0", async () => {
    const doc = async (file: string) => (await generateInMemory(specs.path(file), "typescript", { oagVersion: "7.13.0" })).text("DefaultApi.md");
    const d31 = await doc("e31.yaml");
    expect(d31).toContain("    contactIds: [123, 456],\n");
    expect(d31).toContain("    scores: [1, 2],\n");
    expect(d31).toContain("    labels: [red, blue],\n");
    const d30 = await doc("e30.yaml");
    expect(d30).toContain('    contactIds: ["123","456"],\n');
    expect(d30).toContain("    scores: [1,2],\n");
    expect(d30).toContain('    labels: ["red","blue"],\n');
  });
});

// The copy holds every list or object example as a Java List/LinkedHashMap, a parameter's, a media
// type's and an Example object's `value` included (a parameter or request body written as a `$ref` to
// a component, or equal to one met before, is a copy): AbstractPythonCodegen.setParameterExampleValue
// and DefaultCodegen's request-body one print `getExample().toString()`, TypeScriptClientCodegen's
// toExampleValueRecursive `objExample.toString()` for a string and an Iterable (a List) for an
// array of non-model items. OAG 7.13.0, read at 4b805ff6b7; OpenAPI31Traverser (deepcopy) unchanged
// from swagger-parser 2.1.1 to 2.1.22.
const copiedValuesSpec = (version: string) => `openapi: ${version}
info: { title: Copies, version: "1" }
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - $ref: "#/components/parameters/Ids"
        - $ref: "#/components/parameters/Sel"
        - $ref: "#/components/parameters/Kinds"
        - name: states
          in: query
          schema: { type: array, items: { type: string }, default: [open, closed] }
        - name: filter
          in: query
          schema: { type: string }
          example: { state: open, limit: 5 }
        - name: tags
          in: query
          schema: { type: array, items: { type: string }, example: [x, y] }
      responses:
        "200": { description: OK }
    post:
      operationId: createItem
      requestBody: { $ref: "#/components/requestBodies/Item" }
      responses:
        "200": { description: OK }
  /other:
    get:
      operationId: listOther
      parameters:
        - name: filter
          in: query
          schema: { type: string }
          example: { state: open, limit: 5 }
        - name: tags
          in: query
          schema: { type: array, items: { type: string }, example: [x, y] }
      responses:
        "200": { description: OK }
components:
  parameters:
    Ids:
      name: ids
      in: query
      schema: { type: array, items: { type: integer } }
      example: [1, 2.50]
    Sel:
      name: sel
      in: query
      schema: { type: string }
      examples:
        one: { value: { a: 1, b: [2, 3.0] } }
    Kinds:
      name: kinds
      in: query
      schema: { type: array, items: { type: string }, default: [a, b] }
  requestBodies:
    Item:
      content:
        application/json:
          schema: { $ref: "#/components/schemas/Item" }
          example: { name: a, size: 71.0, tags: [p, q] }
  schemas:
    Item:
      type: object
      properties:
        name: { type: string }
        size: { type: number }
`;

describe("list and object examples OAG holds as a copy's Java collections", () => {
  const specs = specFiles("oaswright-copied-values-", { "v31.yaml": copiedValuesSpec("3.1.0"), "v30.yaml": copiedValuesSpec("3.0.3") });
  const doc = async (file: string, generator: "python" | "typescript", oagVersion: string) =>
    (await generateInMemory(specs.path(file), generator, { oagVersion })).text(generator === "python" ? "docs/DefaultApi.md" : "DefaultApi.md");

  it("the facts: example values in copies (components, the second equal parameter), not in the originals", () => {
    expect([...facts(copiedValuesSpec("3.1.0"), "7.13.0", false).copiedExamples].sort()).toEqual([
      "/components/parameters/Ids/example",
      "/components/parameters/Sel/examples/one/value",
      "/components/requestBodies/Item/content/application~1json/example",
      "/paths/~1other/get/parameters/0/example",
      "/paths/~1other/get/parameters/1/schema/example",
    ]);
    expect(facts(copiedValuesSpec("3.0.3"), "7.13.0", false).copiedExamples.size).toBe(0);
    // python-prior's 6.x (REFACTOR_ALLOF_INLINE_SCHEMAS, no oagVersion: read as 6.6.0) from 6.2.0, not 6.1.0
    expect(facts(copiedValuesSpec("3.1.0"), undefined, true).copiedExamples.size).toBe(5);
    expect(facts(copiedValuesSpec("3.1.0"), "6.1.0", true).copiedExamples.size).toBe(0);
    // and none of the facts the normalizer's releases (7.0.0 on) give
    expect(facts(copiedValuesSpec("3.1.0"), "6.6.0", true).nullable.size).toBe(0);
  });

  it("6.x: typescript and python-prior print the copies' toString from 6.2.0 (swagger-parser 2.1.1), JSON at 6.1.0", async () => {
    // PythonClientCodegen (python-prior's 6.x) and TypeScriptClientCodegen at the 6.6.0 release commit
    // 7f8b853f50: setParameterExampleValue hands the Object to toExampleValueRecursive, which prints
    // objExample.toString() (an Iterable as it is for an array)
    const ppDoc = async (v: string) => (await generateInMemory(specs.path("v31.yaml"), "python-prior", { oagVersion: v })).text("docs/DefaultApi.md");
    const p62 = await ppDoc("6.2.0");
    expect(p62).toContain("    ids = [1, 2.5] # [int] |  (optional)\n");
    expect(p62).toContain('    sel = "{a=1, b=[2, 3.0]}" # str |  (optional)\n');
    expect(p62).toContain('    filter = "{state=open, limit=5}" # str |  (optional)\n');
    expect(p62).toContain("    tags = [x, y] # [str] |  (optional)\n");
    const p61 = await ppDoc("6.1.0");
    expect(p61).toContain("    ids = [1,2.5] # [int] |  (optional)\n");
    expect(p61).not.toContain("{state=open");
    const t62 = await doc("v31.yaml", "typescript", "6.2.0");
    expect(t62).toContain("  ids: [1, 2.5],\n");
    expect(t62).toContain('  filter: "{state=open, limit=5}",\n');
    const t61 = await doc("v31.yaml", "typescript", "6.1.0");
    expect(t61).toContain("  ids: [1,2.5],\n");
    expect(t61).not.toContain("{state=open");
  });

  it("python docs: toString of the copies' List/LinkedHashMap, JSON for the originals and for 3.0", async () => {
    const d31 = await doc("v31.yaml", "python", "7.13.0");
    expect(d31).toContain("    item = {name=a, size=71.0, tags=[p, q]} # Item |  (optional)\n");
    expect(d31).toContain("    ids = [[1, 2.5]] # List[int] |  (optional)\n");
    expect(d31).toContain("    sel = '{a=1, b=[2, 3.0]}' # str |  (optional)\n");
    expect(d31).toContain("    filter = '{state=open, limit=5}' # str |  (optional)\n");
    expect(d31).toContain("    tags = ['[x, y]'] # List[str] |  (optional)\n");
    // a copy's list default too (AbstractPythonCodegen.toDefaultValue: p.getDefault().toString()),
    // in the example (setParameterExampleValue takes the default) and the parameter table
    expect(d31).toContain("    kinds = [a, b] # List[str] |  (optional) (default to [a, b])\n");
    expect(d31).toContain(" **kinds** | [**List[str]**](str.md)|  | [optional] [default to [a, b]]\n");
    expect(d31).toContain('    states = ["open","closed"] # List[str] |  (optional) (default to ["open","closed"])\n');
    // listItems' own parameters are the originals: the JsonNode's JSON
    expect(d31).toContain(`    filter = '{\\"state\\":\\"open\\",\\"limit\\":5}' # str |  (optional)\n`);
    expect(d31).toContain(`    tags = ['[\\"x\\",\\"y\\"]'] # List[str] |  (optional)\n`);
    const d30 = await doc("v30.yaml", "python", "7.13.0");
    expect(d30).toContain('    item = {"name":"a","size":71.0,"tags":["p","q"]} # Item |  (optional)\n');
    expect(d30).toContain("    ids = [[1,2.5]] # List[int] |  (optional)\n");
    expect(d30).not.toContain("{state=open");
  });

  it("typescript docs: toString of the copies' List/LinkedHashMap, JSON for the originals and for 3.0", async () => {
    const d31 = await doc("v31.yaml", "typescript", "7.13.0");
    expect(d31).toContain("  ids: [1, 2.5],\n");
    expect(d31).toContain('  sel: "{a=1, b=[2, 3.0]}",\n');
    expect(d31).toContain('  filter: "{state=open, limit=5}",\n');
    expect(d31).toContain("  tags: [x, y],\n");
    expect(d31).toContain('  filter: "{"state":"open","limit":5}",\n');
    expect(d31).toContain('  tags: ["x","y"],\n');
    const d30 = await doc("v30.yaml", "typescript", "7.13.0");
    expect(d30).toContain("  ids: [1,2.5],\n");
    expect(d30).toContain('  sel: "{"a":1,"b":[2,3.0]}",\n');
    expect(d30).not.toContain("{state=open");
  });
});

// A deep copy is a Json31 round trip: Schema31Mixin writes `properties` before `required` and
// swagger-models' Schema.setRequired then keeps only the names of `properties`. Seen in OAG's output:
// langchain-ai/agent-protocol (python 7.13.0-SNAPSHOT, fixtures/conformance/agentprotocol-python)
// prints Run's `metadata`, which only its `$ref` member declares, `[optional]`.
const requiredSpec = (version: string) => `openapi: ${version}
info: { title: Required, version: "1" }
paths:
  /runs:
    post:
      operationId: createRun
      requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/Run" } } } }
      responses:
        "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/Run" } } } }
components:
  schemas:
    Base:
      type: object
      properties:
        metadata: { type: object }
        label: { type: string }
    Run:
      allOf:
        - $ref: "#/components/schemas/Base"
        - type: object
          properties:
            run_id: { type: string }
          required: [run_id, metadata]
    Unused:
      allOf:
        - $ref: "#/components/schemas/Base"
        - type: object
          properties:
            key: { type: string }
          required: [key, metadata]
    Marked:
      allOf:
        - $ref: "#/components/schemas/Base"
        - required: [metadata]
`;

describe("`required` names a 3.1 copy loses (Json31 round trip)", () => {
  const member = "/components/schemas/Run/allOf/1";
  const specs = specFiles("oaswright-copied-required-", { "r31.yaml": requiredSpec("3.1.0"), "r30.yaml": requiredSpec("3.0.3") });

  it("7.x, 3.1: the allOf member of a component an operation references, not of one nothing references", () => {
    expect([...facts(requiredSpec("3.1.0"), "7.13.0", false).copiedRequired]).toEqual([member]);
  });

  it("not for 3.0 (no OpenAPI31Traverser), not before 7.0", () => {
    expect(facts(requiredSpec("3.0.3"), "7.13.0", false).copiedRequired.size).toBe(0);
    expect(facts(requiredSpec("3.1.0"), "6.6.0", false).copiedRequired.size).toBe(0);
  });

  it("python docs: the copy's undeclared name is optional, the original's and a 3.0 spec's required", async () => {
    const docs = async (file: string) => {
      return (await generateInMemory(specs.path(file), "python", { packageName: "runs", oagVersion: "7.13.0" })).text;
    };
    const row = (doc: string, name: string) => doc.split("\n").find((l) => l.startsWith(`**${name}**`));
    const d31 = await docs("r31.yaml");
    expect(row(d31("docs/Run.md"), "metadata")).toBe("**metadata** | **object** |  | [optional] ");
    expect(row(d31("docs/Run.md"), "run_id")).toBe("**run_id** | **str** |  | ");
    expect(row(d31("docs/Unused.md"), "metadata")).toBe("**metadata** | **object** |  | ");
    // a member without properties keeps every name (7.13: before the metadata-only allOf move)
    expect(row(d31("docs/Marked.md"), "metadata")).toBe("**metadata** | **object** |  | ");
    const d30 = await docs("r30.yaml");
    expect(row(d30("docs/Run.md"), "metadata")).toBe("**metadata** | **object** |  | ");
  });

  it("the client keeps the spec's `required`", async () => {
    const run = (await generateInMemory(specs.path("r31.yaml"), "python", { packageName: "runs", oagVersion: "7.13.0" })).text("runs/models/run.py");
    expect(run).toMatch(/^ {4}metadata: Dict\[str, Any\]$/m);
  });
});
