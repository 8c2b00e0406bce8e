// The generated clients of echo_api, petstore and our wire spec (useObjectParameters=true: these
// tests call the request-object API; api-styles.test.ts runs the positional and Observable ones),
// compiled to CommonJS, loaded with require() and run against the real echo server on 127.0.0.1: what went over the wire (method, path, exact query
// string, headers, cookies, bodies, multipart parts and bytes) and what the client made of the
// answers (typed models, Dates, discriminated unions, files, ApiException, abort and timeout).

import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Reflection } from "../../support/echo-server.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { generateClient, requireClient, transpileToJs } from "./client-support.js";

/* eslint-disable @typescript-eslint/no-explicit-any -- the compiled clients are loaded untyped; compile.test.ts checks their types */
type Client = any;

const fixture = folderWithEcho("oaswright-wire-");
let E: Client; // echo_api
let P: Client; // petstore
let W: Client; // wire.yaml

beforeAll(async () => {
  for (const [name, spec] of [["echo", "echo_api.yaml"], ["petstore", "petstore.yaml"], ["wire", "wire.yaml"]] as const) {
    transpileToJs(await generateClient(spec, { useObjectParameters: "true" }), path.join(fixture.tmp, name));
  }
  [E, P, W] = ["echo", "petstore", "wire"].map((name) => requireClient(path.join(fixture.tmp, name)));
});

/** The echo server's reflection, from a text/plain-declared operation (the client returns the body text). */
function reflected(text: unknown): Reflection {
  expect(typeof text).toBe("string");
  return JSON.parse(text as string) as Reflection;
}

function bytes(n: number, seed = 0): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed) % 256);
}

function b64(data: Uint8Array): string {
  return Buffer.from(data).toString("base64");
}

describe("echo_api client on the wire", () => {
  const config = () => E.createConfiguration({ baseServer: new E.ServerConfiguration(fixture.echo.url) });

  it("path parameters: simple style, percent-encoded, enums", async () => {
    const api = new E.PathApi(config());
    const r = reflected(
      await api.testsPathStringPathStringIntegerPathIntegerEnumNonrefStringPathEnumRefStringPath({
        pathString: "a b/c?",
        pathInteger: 42,
        enumNonrefStringPath: "success",
        enumRefStringPath: E.StringEnumRef.Failure,
      }),
    );
    expect(r.method).toBe("GET");
    expect(r.path).toBe("/path/string/a%20b%2Fc%3F/integer/42/success/failure");
    expect(r.headers["accept"]).toBe("text/plain");
  });

  it("query parameters: form explode true/false, objects, deepObject, dates", async () => {
    const api = new E.QueryApi(config());
    expect(reflected(await api.testQueryIntegerBooleanString({ integerQuery: 3, booleanQuery: false, stringQuery: "x y" })).query).toBe(
      "integer_query=3&boolean_query=false&string_query=x%20y",
    );
    expect(
      reflected(await api.testQueryDatetimeDateString({ datetimeQuery: new Date("2013-10-20T19:20:30Z"), dateQuery: "2013-10-20", stringQuery: "s" })).query,
    ).toBe("datetime_query=2013-10-20T19%3A20%3A30.000Z&date_query=2013-10-20&string_query=s");
    expect(reflected(await api.testQueryStyleFormExplodeFalseArrayInteger({ queryObject: [1, 2, 3] })).query).toBe("query_object=1,2,3");
    expect(reflected(await api.testQueryStyleFormExplodeFalseArrayString({ queryObject: ["a", "b c"] })).query).toBe("query_object=a,b%20c");
    expect(reflected(await api.testQueryStyleFormExplodeTrueArrayString({ queryObject: { values: ["a", "b"] } })).query).toBe("values=a&values=b");
    const pet = { id: 1, name: "doggie", photoUrls: ["u1", "u2"], status: "sold" };
    expect(reflected(await api.testQueryStyleFormExplodeTrueObject({ queryObject: pet })).query).toBe("id=1&name=doggie&photoUrls=u1&photoUrls=u2&status=sold");
    expect(reflected(await api.testQueryStyleDeepObjectExplodeTrueObject({ queryObject: { ...pet, category: { id: 2, name: "Dogs" } } })).query).toBe(
      "query_object[id]=1&query_object[name]=doggie&query_object[photoUrls]=u1&query_object[photoUrls]=u2&query_object[status]=sold&query_object[category][id]=2&query_object[category][name]=Dogs",
    );
    expect(reflected(await api.testEnumRefString({ enumNonrefStringQuery: "unclassified", enumRefStringQuery: "success" })).query).toBe(
      "enum_nonref_string_query=unclassified&enum_ref_string_query=success",
    );
    expect(reflected(await api.testQueryStyleFormExplodeTrueObjectAllOf({ queryObject: { text: "t", outcomes: ["SUCCESS"], date: new Date(0) } })).query).toBe(
      "text=t&outcomes=SUCCESS&date=1970-01-01T00%3A00%3A00.000Z",
    );
  });

  it("header parameters", async () => {
    const api = new E.HeaderApi(config());
    const r = reflected(await api.testHeaderIntegerBooleanStringEnums({ integerHeader: 1, booleanHeader: true, stringHeader: "s", enumNonrefStringHeader: "failure", enumRefStringHeader: "success" }));
    expect([r.headers["integer_header"], r.headers["boolean_header"], r.headers["string_header"], r.headers["enum_nonref_string_header"], r.headers["enum_ref_string_header"]]).toEqual([
      "1",
      "true",
      "s",
      "failure",
      "success",
    ]);
  });

  it("form-urlencoded bodies, including the fields of a oneOf", async () => {
    const api = new E.FormApi(config());
    const r = reflected(await api.testFormIntegerBooleanString({ integerForm: 7, booleanForm: true, stringForm: "a&b c" }));
    expect(r.contentType).toBe("application/x-www-form-urlencoded");
    expect(r.bodyText).toBe("integer_form=7&boolean_form=true&string_form=a%26b%20c");
    expect(r.form).toEqual([["integer_form", "7"], ["boolean_form", "true"], ["string_form", "a&b c"]]);
    const oneOf = reflected(await api.testFormOneof({ form1: "f1", form2: 2, name: "n" }));
    expect(oneOf.form).toEqual([["form1", "f1"], ["form2", "2"], ["name", "n"]]);
  });

  it("multipart: a JSON part, a single file, an array of files", async () => {
    const form = new E.FormApi(config());
    const marker = reflected(await form.testFormObjectMultipart({ marker: { name: "m" } }));
    expect(marker.multipart).toHaveLength(1);
    expect(marker.multipart![0]).toMatchObject({ name: "marker", filename: null, contentType: "application/json", text: '{"name":"m"}' });

    const body = new E.BodyApi(config());
    const one = bytes(1000);
    const single = reflected(await body.testBodyMultipartFormdataSingleBinary({ myFile: new File([one], "one.bin", { type: "application/x-one" }) }));
    expect(single.multipart![0]).toMatchObject({ name: "my-file", filename: "one.bin", contentType: "application/x-one", size: 1000, base64: b64(one) });

    const two = bytes(300, 5);
    const many = reflected(await body.testBodyMultipartFormdataArrayOfBinary({ files: [{ data: Buffer.from(one), name: "/path/to/first.bin" }, new Blob([two])] }));
    expect(many.multipart!.map((p) => [p.name, p.filename, p.size, p.base64])).toEqual([
      ["files", "first.bin", 1000, b64(one)],
      ["files", "blob", 300, b64(two)],
    ]);
  });

  it("application/octet-stream bodies carry the bytes", async () => {
    const data = bytes(4096, 3);
    const r = reflected(await new E.BodyApi(config()).testBodyApplicationOctetstreamBinary({ body: { data, name: "x.bin" } }));
    expect(r.contentType).toBe("application/octet-stream");
    expect(r.bodyBase64).toBe(b64(data));
  });

  it("JSON bodies: models with wire names, allOf, free-form objects, enums", async () => {
    const api = new E.BodyApi(config());
    const pet = { id: 1, name: "doggie", category: { id: 2, name: "Dogs" }, photoUrls: ["u"], tags: [{ id: 3, name: "t" }], status: "available" };
    const r = reflected(await api.testEchoBodyPetResponseString({ pet }));
    expect(r.contentType).toBe("application/json");
    expect(r.json).toEqual(pet);
    expect(reflected(await api.testEchoBodyFreeFormObjectResponseString({ body: { any: ["thing", 1] } })).json).toEqual({ any: ["thing", 1] });
    expect(reflected(await api.testEchoBodyTagResponseString({ tag: { id: 1, name: "t" } })).json).toEqual({ id: 1, name: "t" });
    // These declare a JSON response: the echo server's reflection comes back as the declared model,
    // its unknown properties kept.
    const echoed = await api.testEchoBodyPet({ pet });
    expect(echoed).toBeInstanceOf(E.Pet);
    expect(echoed.method).toBe("POST");
    expect((await api.testEchoBodyAllOfPet({ pet })).json).toEqual(pet);
    expect(await api.testEchoBodyStringEnum({ body: "success" })).toMatchObject({ bodyText: '"success"' });
  });

  it("binary responses come back as a named Blob", async () => {
    const file = await new E.BodyApi(config()).testBinaryGif({});
    expect(file).toBeInstanceOf(Blob);
    expect(JSON.parse(await file.text())).toMatchObject({ method: "POST", path: "/binary/gif", headers: { accept: "image/gif" } });
  });

  it("HTTP basic and bearer auth", async () => {
    const auth = new E.AuthApi(
      E.createConfiguration({ baseServer: new E.ServerConfiguration(fixture.echo.url), authMethods: { http_auth: { username: "user", password: "pa:ss" }, http_bearer_auth: "tok" } }),
    );
    expect(reflected(await auth.testAuthHttpBasic({})).headers["authorization"]).toBe(`Basic ${Buffer.from("user:pa:ss").toString("base64")}`);
    expect(reflected(await auth.testAuthHttpBearer({})).headers["authorization"]).toBe("Bearer tok");
    const none = new E.AuthApi(config());
    expect(reflected(await none.testAuthHttpBasic({})).headers["authorization"]).toBeUndefined();
    // The authentication classes as OAG's constructors take them: (username, password), a TokenProvider.
    const perCall = E.configureAuthMethods({});
    perCall.http_auth = new E.HttpAuthAuthentication("u2", "p2");
    perCall.http_bearer_auth = new E.HttpBearerAuthAuthentication({ getToken: async () => "provided" });
    expect(reflected(await none.testAuthHttpBasic({}, { authMethods: perCall })).headers["authorization"]).toBe(`Basic ${Buffer.from("u2:p2").toString("base64")}`);
    expect(reflected(await none.testAuthHttpBearer({}, { authMethods: perCall })).headers["authorization"]).toBe("Bearer provided");
  });
});

describe("petstore client on the wire", () => {
  let tokens = 0;
  const config = () =>
    P.createConfiguration({
      baseServer: new P.ServerConfiguration(`${fixture.echo.url}/v2`),
      authMethods: { petstore_auth: { accessToken: "oauth-token" }, api_key: "store-key" },
    });

  it("addPet: JSON body, OAuth2 token, the reflection decoded as a Pet", async () => {
    const pet = await new P.PetApi(config()).addPet({ pet: { name: "rex", photoUrls: ["p"], tags: [{ id: 1, name: "good" }], status: "available" } });
    expect(pet).toBeInstanceOf(P.Pet);
    expect(pet).toMatchObject({ method: "POST", path: "/v2/pet", json: { name: "rex", photoUrls: ["p"], tags: [{ id: 1, name: "good" }], status: "available" } });
    expect(pet.headers.authorization).toBe("Bearer oauth-token");
    expect(pet.headers["content-type"]).toBe("application/json");
    expect(pet.headers.accept).toBe("application/json, application/xml");
  });

  it("findPetsByStatus: explode-false array; getPetById: api_key header; deletePet: header param", async () => {
    const api = new P.PetApi(config());
    const found = await api.findPetsByStatusWithHttpInfo({ status: ["available", "sold"] });
    expect(found.httpStatusCode).toBe(200);
    expect(found.data).toMatchObject({ path: "/v2/pet/findByStatus", query: "status=available,sold" });
    const byId = await api.getPetById({ petId: 12 });
    expect(byId).toMatchObject({ path: "/v2/pet/12", headers: { api_key: "store-key" } });
    const deleted = await api.deletePetWithHttpInfo({ petId: 5, apiKey: "del" });
    expect(deleted.httpStatusCode).toBe(200);
    expect(deleted.headers["x-echo-request-id"]).toMatch(/^\d+$/);
  });

  it("uploadFile: multipart with a text field and a file; updatePetWithForm: urlencoded", async () => {
    const api = new P.PetApi(config());
    const content = bytes(64);
    const upload = await api.uploadFile({ petId: 3, additionalMetadata: "meta", file: { data: content, name: "dog.png", type: "image/png" } });
    expect(upload.path).toBe("/v2/pet/3/uploadImage");
    expect(upload.multipart.map((p: any) => [p.name, p.filename, p.contentType, p.base64])).toEqual([
      ["additionalMetadata", null, null, Buffer.from("meta").toString("base64")],
      ["file", "dog.png", "image/png", b64(content)],
    ]);
    // updatePetWithForm declares no response body: data is undefined, the status is there.
    const form = await api.updatePetWithFormWithHttpInfo({ petId: 3, name: "n", status: "s" });
    expect(form.httpStatusCode).toBe(200);
  });

  it("loginUser: query params, a required-parameter check", async () => {
    const user = new P.UserApi(config());
    // Declared as a JSON string; the echo server answers its reflection, which the client parses.
    expect(await user.loginUser({ username: "me", password: "p w" })).toMatchObject({ path: "/v2/user/login", query: "username=me&password=p%20w" });
    await expect(user.loginUser({ username: "me" })).rejects.toMatchObject({ name: "RequiredError", field: "password" });
  });
});

describe("wire spec: parameters", () => {
  const server = () => {
    const s = new W.ServerConfiguration("http://127.0.0.1:{port}/{base}", { port: "1", base: "v1" });
    s.setVariables({ port: String(fixture.echo.port), base: "v2" });
    return s;
  };
  const api = () => new W.ParamsApi(W.createConfiguration({ baseServer: server() }));

  it("server variables: server1 has the spec's defaults, setVariables changes them", () => {
    expect(W.server1.getConfiguration()).toEqual({ port: "1", base: "v1" });
    expect(W.servers).toEqual([W.server1]);
    expect(server().getUrl()).toBe(`http://127.0.0.1:${fixture.echo.port}/v2`);
  });

  it("operation servers: used while the configuration has server1, overridden by any other baseServer", async () => {
    W.operationServers["ResponsesApi.elsewhere"][0].setVariables({ port: String(fixture.echo.port) });
    expect((await new W.ResponsesApi(W.createConfiguration()).elsewhere()).path).toBe("/other/elsewhere");
    expect((await new W.ResponsesApi(W.createConfiguration({ baseServer: server() })).elsewhere()).path).toBe("/v2/elsewhere");
  });

  it("path: simple with reserved characters, arrays, exploded objects, label, matrix", async () => {
    const r = await api().pathParams({ id: "a/b c", list: [1, 2], obj: { xCoord: 1, yCoord: 2 }, label: ["x", "y"], matrix: ["m", "n"] });
    expect(r.path).toBe("/v2/params/a%2Fb%20c/1,2/x_coord=1,y_coord=2/.x,y/;matrix=m;matrix=n");
  });

  it("query: every style, exactly", async () => {
    const r = await api().queryParams({
      tags: ["a", "b"],
      ids: [1, 2],
      point: { xCoord: 1, yCoord: 2 },
      flatPoint: { xCoord: 3, yCoord: 4 },
      deep: { name: "n", range: { xCoord: 5 }, colors: ["r", "g"] },
      space: ["s1", "s2"],
      pipe: ["p1", "p2"],
      since: new Date("2024-01-02T03:04:05.678Z"),
      day: "2024-01-02",
      mode: `it's "slow"`,
      oddName: "x y",
      raw: "a/b?c",
      json: { xCoord: 9 },
      flag: true,
    });
    expect(r.query).toBe(
      [
        "tags=a&tags=b",
        "ids=1,2",
        "x_coord=1&y_coord=2",
        "flatPoint=x_coord,3,y_coord,4",
        "deep[name]=n&deep[range][x_coord]=5&deep[colors]=r&deep[colors]=g",
        "space=s1%20s2",
        "pipe=p1|p2",
        "since=2024-01-02T03%3A04%3A05.678Z",
        "day=2024-01-02",
        "mode=it%27s%20%22slow%22",
        "odd%20name%26%3D=x%20y",
        "raw=a/b?c",
        "json=%7B%22x_coord%22%3A9%7D",
        "flag=true",
      ].join("&"),
    );
    expect((await api().queryParams({})).query).toBe("");
  });

  it("headers: numbers, arrays, objects (exploded or not), dates", async () => {
    const r = await api().headerValues({ xInt: 5, xList: ["a", "b"], xObj: { xCoord: 1, yCoord: 2 }, xObjExploded: { xCoord: 1, yCoord: 2 }, xWhen: new Date(0) });
    expect(r.headers).toMatchObject({ "x-int": "5", "x-list": "a,b", "x-obj": "x_coord,1,y_coord,2", "x-obj-exploded": "x_coord=1,y_coord=2", "x-when": "1970-01-01T00:00:00.000Z" });
  });

  it("cookies", async () => {
    const r = await api().cookieParams({ session: "s 1;", prefs: ["a", "b"], count: 3 });
    expect(r.cookies).toEqual({ session: "s%201%3B", prefs: "a,b", count: "3" });
  });

  it("path keys with a fragment or a query (AWS, issue 12): the fragment is not sent, the query not put into it; a path's own query is kept", async () => {
    const cors = await api().deleteCors({ name: "b 1", cors: true });
    expect([cors.method, cors.path, cors.query]).toEqual(["DELETE", "/v2/buckets/b%201", "cors=true"]);
    const website = await api().deleteWebsite({ name: "b", id: "x y" });
    expect([website.path, website.query]).toEqual(["/v2/buckets/b", "website&id=x%20y"]);
  });

  it("format binary parameters (issue 12): the file's bytes, percent-encoded in path, query and cookie, as they are in a header", async () => {
    const octets = Uint8Array.from([0x61, 0x20, 0x62, 0x2f, 0xff]);
    const file = new File([octets], "f.bin");
    const r = await api().binaryParams({ file, content: new Blob([octets]), xContent: new File([Buffer.from("a b/")], "h.txt"), crumb: file, blob: "aGk=" });
    expect([r.path, r.query, r.headers["x-content"], r.cookies.crumb]).toEqual(["/v2/octets/a%20b%2F%FF", "content=a%20b%2F%FF&blob=aGk%3D", "a b/", "a%20b%2F%FF"]);
  });
});

describe("wire spec: auth", () => {
  const everything = {
    api_key_header: "hkey",
    api_key_query: "qkey",
    api_key_cookie: "ckey",
    basic: { username: "ü", password: "p:w" },
    oauth: { accessToken: "oauth-token" },
    oidc: "oidc-token",
  };
  let provided = 0;
  const config = (authMethods: object) => W.createConfiguration({ baseServer: new W.ServerConfiguration(fixture.echo.url), authMethods });

  it("global security applies unless the operation says otherwise; security: [] sends none", async () => {
    const api = new W.AuthApi(config({ ...everything, bearer: { tokenProvider: { getToken: async () => `t${++provided}` } } }));
    expect((await api.authGlobal()).headers["x-api-key"]).toBe("hkey");
    const none = await api.authNone();
    expect(none.headers["x-api-key"]).toBeUndefined();
    expect(none.headers["authorization"]).toBeUndefined();
    const query = await api.authQuery();
    expect(query.query).toBe("api_key=qkey");
    expect(query.headers["x-api-key"]).toBeUndefined();
    expect((await api.authCookie()).cookies).toEqual({ SESSION_KEY: "ckey" });
    expect((await api.authBasic()).headers["authorization"]).toBe(`Basic ${Buffer.from("ü:p:w", "utf8").toString("base64")}`);
    expect((await api.authBearer()).headers["authorization"]).toBe("Bearer t1");
    expect((await api.authBearer()).headers["authorization"]).toBe("Bearer t2");
    expect((await api.authOauth()).headers["authorization"]).toBe("Bearer oauth-token");
    expect((await api.authOidc()).headers["authorization"]).toBe("Bearer oidc-token");
  });

  it("alternatives: the first whose schemes are all configured, applied together", async () => {
    const both = await new W.AuthApi(config({ api_key_query: "q", basic: { username: "u", password: "p" }, bearer: "b" })).authEither();
    expect(both.query).toBe("api_key=q");
    expect(both.headers["authorization"]).toBe(`Basic ${Buffer.from("u:p").toString("base64")}`);
    const second = await new W.AuthApi(config({ api_key_query: "q", bearer: "b" })).authEither();
    expect(second.query).toBe("");
    expect(second.headers["authorization"]).toBe("Bearer b");
  });

  it("a `default` authentication applies to every call; per-call auth replaces the configuration's", async () => {
    const custom = { getName: () => "custom", applySecurityAuthentication: (ctx: any) => ctx.setHeaderParam("X-Custom", "yes") };
    const api = new W.AuthApi(config({ default: custom }));
    expect((await api.authNone()).headers["x-custom"]).toBe("yes");
    // Per-call options are OAG's Partial<Configuration>: authentication objects, as configureAuthMethods makes them.
    expect((await api.authGlobal({}, { authMethods: W.configureAuthMethods({ api_key_header: "per-call" }) })).headers["x-api-key"]).toBe("per-call");
  });
});

describe("wire spec: bodies", () => {
  const api = () => new W.BodiesApi(W.createConfiguration({ baseServer: new W.ServerConfiguration(fixture.echo.url) }));

  it("vendor +json: wire names, ISO dates, nested maps and unions, readOnly left out, unknown properties kept", async () => {
    const r = await api().vendorJson({
      thing: {
        readOnlyId: 99,
        displayName: "thing",
        createdAt: new Date("2020-02-03T04:05:06.007Z"),
        birthday: "2000-01-01",
        nullableNote: null,
        kind: W.Kind.XLarge,
        shape: { shapeType: "circle", radiusMm: 2, drawnAt: new Date(0) },
        tagsByName: { a: { atTime: new Date(1000) } },
        history: [new Date(2000)],
        xRateLimit: 3,
        _1: 1,
        _1_2: 2,
        status: `it's "*/" \\ odd`,
        extra: { kept: true },
      },
    });
    expect(r.contentType).toBe("application/vnd.illumina.v3+json");
    expect(r.json).toEqual({
      display_name: "thing",
      created_at: "2020-02-03T04:05:06.007Z",
      birthday: "2000-01-01",
      nullable_note: null,
      kind: "x-large",
      shape: { shape_type: "circle", radius_mm: 2, drawn_at: "1970-01-01T00:00:00.000Z" },
      tags_by_name: { a: { at_time: "1970-01-01T00:00:01.000Z" } },
      history: ["1970-01-01T00:00:02.000Z"],
      "x-rate limit": 3,
      "+1": 1,
      "-1": 2,
      status: `it's "*/" \\ odd`,
      extra: { kept: true },
    });
  });

  it("oneOf body: the discriminator picks the member", async () => {
    expect((await api().unionBody({ shape: { shapeType: "square", sideMm: 3 } })).json).toEqual({ shape_type: "square", side_mm: 3 });
  });

  it("properties beside a oneOf: wire names and dates of both the own properties and the member", async () => {
    const body: W.LabeledShape = { labelText: "big", labeledAt: new Date(5000), shapeType: "square", sideMm: 4 };
    expect((await api().labeledBody({ labeledShape: body })).json).toEqual({ label_text: "big", labeled_at: "1970-01-01T00:00:05.000Z", shape_type: "square", side_mm: 4 });
  });

  it("form-urlencoded: arrays repeat, dates are ISO", async () => {
    const r = await api().formBody({ name: "n", count: 2, tags: ["a", "b"], when: new Date(0) });
    expect(r.form).toEqual([["name", "n"], ["count", "2"], ["tags", "a"], ["tags", "b"], ["when", "1970-01-01T00:00:00.000Z"]]);
  });

  it("multipart: files (Blob, File, {data, name}), JSON part, text parts, arrays, per-part content type", async () => {
    const a = bytes(2000, 1);
    const b = bytes(10, 2);
    const r = await api().multipartBody({
      file: new File([a], "a.bin", { type: "application/x-a" }),
      files: [{ data: Buffer.from(b), name: "C:\\dir\\b.txt" }, new Blob([a])],
      meta: { xCoord: 1, yCoord: 2 },
      note: "hi\r\nthere",
      labels: ["l1", "l2"],
      csv: "a,b",
    });
    expect(r.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(r.multipart.map((p: any) => [p.name, p.filename, p.contentType, p.size])).toEqual([
      ["file", "a.bin", "application/x-a", 2000],
      ["files", "b.txt", "application/octet-stream", 10],
      ["files", "blob", "application/octet-stream", 2000],
      ["meta", null, "application/json", 25],
      ["note", null, null, 9],
      ["labels", null, null, 2],
      ["labels", null, null, 2],
      ["csv", null, "text/csv", 3],
    ]);
    expect(r.multipart[0].base64).toBe(b64(a));
    expect(r.multipart[1].base64).toBe(b64(b));
    expect(r.multipart[3].text).toBe('{"x_coord":1,"y_coord":2}');
    expect(r.multipart[4].text).toBe("hi\r\nthere");
  });

  it("octet-stream and text bodies", async () => {
    const data = bytes(70000, 9);
    const bin = await api().binaryBody({ body: new Blob([data]) });
    expect([bin.method, bin.contentType, bin.bodyBase64]).toEqual(["PUT", "application/octet-stream", b64(data)]);
    const text = await api().textBody({ body: "plain ü" });
    expect([text.contentType, text.bodyText]).toEqual(["text/plain", "plain ü"]);
  });

  it("an object under an XML media type with no XML plan is refused with a clear error, not sent as JSON text (issue 12)", () => {
    // A structured XML body is written by its plan (test/xml/xml-bodies.test.ts); textBody is what is left
    // (a string schema under an XML media type), and an untyped (JavaScript) caller may still pass an object.
    const body = createRequire(path.join(fixture.tmp, "wire", "package.json"))("./runtime/body.js");
    expect(() => body.textBody({ x: 1 }, "text/xml")).toThrow("a text/xml body is sent as given: pass the XML document as a string");
    expect(body.textBody("<p/>", "application/xml")).toEqual({ body: "<p/>", contentType: "application/xml" });
    expect(body.textBody({ x: 1 }, "text/plain")).toEqual({ body: '{"x":1}', contentType: "text/plain" });
  });

  it("GET and HEAD with a body (issue 12): sent through node:http, not refused by fetch", async () => {
    const r = await api().getWithBody({ stamp: { atTime: new Date("2020-01-02T03:04:05.000Z") } });
    expect([r.method, r.path, r.contentType, r.json]).toEqual(["GET", "/bodies/get", "application/json", { at_time: "2020-01-02T03:04:05.000Z" }]);
    const head = await api().headWithBodyWithHttpInfo({ flag: true });
    expect(head.httpStatusCode).toBe(200);
    // A signal still aborts such a call.
    const controller = new AbortController();
    controller.abort();
    const aborted = await api()
      .getWithBody({ stamp: {} }, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(Error);
  });

  it("an Accept header parameter is sent as given, not replaced by the computed Accept (issue 12)", async () => {
    expect((await api().acceptParam({ accept: "text/event-stream" })).headers.accept).toBe("text/event-stream");
    expect((await api().acceptParam({})).headers.accept).toBe("application/json");
  });

  it("GET with a body where no node:http exists: a clear error instead of fetch's TypeError", async () => {
    const platform = globalThis.process as unknown as { getBuiltinModule: unknown };
    const saved = platform.getBuiltinModule;
    platform.getBuiltinModule = undefined;
    try {
      const e = await api()
        .getWithBody({ stamp: {} })
        .catch((err: unknown) => err);
      expect(String(e)).toContain("GET " + fixture.echo.url + "/bodies/get: the operation sends a request body with GET");
    } finally {
      platform.getBuiltinModule = saved;
    }
  });
});

describe("wire spec: responses", () => {
  const config = (extra: object = {}) => W.createConfiguration({ baseServer: new W.ServerConfiguration(fixture.echo.url), ...extra });
  const api = (extra: object = {}) => new W.ResponsesApi(config(extra));
  const thing = {
    read_only_id: 7,
    display_name: "t",
    created_at: "2021-05-06T07:08:09.010Z",
    shape: { shape_type: "circle", radius_mm: 1.5, drawn_at: "2021-01-01T00:00:00.000Z" },
    tags_by_name: { k: { at_time: "2022-01-01T00:00:00.000Z" } },
    history: ["2023-01-01T00:00:00.000Z"],
    "+1": 10,
    "-1": 20,
    future_field: { x: 1 },
  };

  it("JSON: a typed model with Dates, its union member by discriminator, maps, renamed and unknown properties", async () => {
    const info = await api().respondThingWithHttpInfo({ respondSpec: { status: 200, contentType: "application/json", body: thing, headers: { "X-Trace": "abc" } } });
    expect(info.httpStatusCode).toBe(200);
    expect(info.headers["x-trace"]).toBe("abc");
    const t = info.data;
    expect(t).toBeInstanceOf(W.Thing);
    expect(t.readOnlyId).toBe(7);
    expect(t.displayName).toBe("t");
    expect(t.createdAt).toEqual(new Date("2021-05-06T07:08:09.010Z"));
    expect(t.shape).toBeInstanceOf(W.Circle);
    expect(t.shape.radiusMm).toBe(1.5);
    expect(t.shape.drawnAt).toBeInstanceOf(Date);
    expect(t.tagsByName.k).toBeInstanceOf(W.Stamp);
    expect(t.tagsByName.k.atTime).toEqual(new Date("2022-01-01T00:00:00.000Z"));
    expect(t.history).toEqual([new Date("2023-01-01T00:00:00.000Z")]);
    expect([t._1, t._1_2]).toEqual([10, 20]);
    expect(t.future_field).toEqual({ x: 1 });
  });

  it("properties beside a oneOf are decoded with the member's", async () => {
    const body = { label_text: "l", labeled_at: "2020-01-01T00:00:00.000Z", shape_type: "circle", radius_mm: 2, drawn_at: "1970-01-01T00:00:00.000Z" };
    const shape = await api().respondLabeled({ respondSpec: { status: 200, contentType: "application/json", body } });
    expect(shape).toEqual({ labelText: "l", labeledAt: new Date("2020-01-01T00:00:00.000Z"), shapeType: "circle", radiusMm: 2, drawnAt: new Date(0) });
  });

  it("a server's `__proto__` key stays data: no prototype is replaced", async () => {
    const body = JSON.parse('{"display_name":"p","__proto__":{"polluted":true},"tags_by_name":{"__proto__":{"at_time":"2020-01-01T00:00:00.000Z"}}}');
    const t = await api().respondThing({ respondSpec: { status: 200, contentType: "application/json", body } });
    expect(Object.getPrototypeOf(t)).toBe(W.Thing.prototype);
    expect(t.polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(t, "__proto__")?.value).toEqual({ polluted: true });
    expect(Object.getPrototypeOf(t.tagsByName)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(t.tagsByName, "__proto__")?.value.atTime).toEqual(new Date("2020-01-01T00:00:00.000Z"));
  });

  it("arrays of a oneOf: each element decoded as its discriminated member", async () => {
    const shapes = await api().respondShapes({
      respondSpec: { contentType: "application/json", body: [{ shape_type: "square", side_mm: 1 }, { shape_type: "circle", radius_mm: 2, drawn_at: "2020-01-01T00:00:00.000Z" }] },
    });
    expect(shapes[0]).toBeInstanceOf(W.Square);
    expect(shapes[0].sideMm).toBe(1);
    expect(shapes[1]).toBeInstanceOf(W.Circle);
    expect(shapes[1].drawnAt).toEqual(new Date("2020-01-01T00:00:00.000Z"));
  });

  it("an allOf member that redefines a property types and decodes it as the later member says (issue 12)", async () => {
    const page = await api().respondTripPage({
      respondSpec: { contentType: "application/json", body: { total: 1, data: [{ departure_time: "2020-01-01T10:00:00.000Z" }] } },
    });
    expect(page.total).toBe(1);
    expect(page.data[0]).toBeInstanceOf(W.Trip);
    expect(page.data[0].departureTime).toEqual(new Date("2020-01-01T10:00:00.000Z"));
  });

  it("204: empty body, data undefined", async () => {
    const info = await api().respondThingWithHttpInfo({ respondSpec: { status: 204 } });
    expect([info.httpStatusCode, info.data]).toEqual([204, undefined]);
  });

  it("declared error responses: ApiException with the body decoded by the declared schema", async () => {
    const err = await api()
      .respondThing({ respondSpec: { status: 404, contentType: "application/json", body: { code: 4, message: "gone", occurred_at: "2020-01-01T00:00:00.000Z" }, headers: { "X-Why": "because" } } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(W.ApiException);
    expect(err.code).toBe(404);
    expect(err.body).toBeInstanceOf(W.Problem);
    expect(err.body.occurredAt).toEqual(new Date("2020-01-01T00:00:00.000Z"));
    expect(err.headers["x-why"]).toBe("because");
    expect(err.message).toContain("not */ found");

    const fallback = await api()
      .respondThing({ respondSpec: { status: 503, contentType: "application/problem+json", body: { code: 5, occurred_at: "2020-01-01T00:00:00.000Z" } } })
      .catch((e: unknown) => e);
    expect([fallback.code, fallback.body.code, fallback.body.occurredAt instanceof Date]).toEqual([503, 5, true]);
  });

  it("status codes: exact, 4XX range, undeclared", async () => {
    const statusOf = (code: number) => api().status({ code }).catch((e: unknown) => e);
    expect(await api().status({ code: 200 })).toMatchObject({ code: 200, message: "status 200" });
    const notFound = await statusOf(404);
    expect([notFound.code, notFound.body]).toEqual([404, expect.objectContaining({ code: 404, message: "status 404" })]);
    expect(notFound.body).toBeInstanceOf(W.Problem);
    const teapot = await statusOf(418);
    expect([teapot.code, teapot.body.message, teapot.message.split("\n")[1]]).toEqual([418, "status 418", "Message: client error"]);
    const unknown = await statusOf(502);
    expect(unknown).toBeInstanceOf(W.ApiException);
    // As OAG's client: an undeclared status's body is the response text, not decoded.
    expect(unknown.code).toBe(502);
    expect(typeof unknown.body).toBe("string");
    expect(JSON.parse(unknown.body)).toEqual({ code: 502, message: "status 502" });
    expect(unknown.message).toContain("Unknown API Status Code!");
  });

  it("an undeclared 2xx is decoded by its content type", async () => {
    const info = await api().respondTextWithHttpInfo({ respondSpec: { status: 202, contentType: "application/json", body: { accepted: true } } });
    expect([info.httpStatusCode, info.data]).toEqual([202, { accepted: true }]);
  });

  it("binary download and text responses", async () => {
    const file = await api().download({ n: 1000 });
    expect(file).toBeInstanceOf(Blob);
    expect(file.name).toBe("data.bin");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(Uint8Array.from({ length: 1000 }, (_, i) => i % 256));
    expect(await api().text({ text: "hello wörld/x" })).toBe("hello wörld/x");
    expect(await api().respondText({ respondSpec: { contentType: "text/plain", body: "just text" } })).toBe("just text");
  });

  it("a string declared under */* is the text as sent, or the JSON string unquoted (issue 12)", async () => {
    expect(await api().respondWildcardString({ respondSpec: { contentType: "text/plain", body: "bare words" } })).toBe("bare words");
    expect(await api().respondWildcardString({ respondSpec: { contentType: "application/json", body: '"quoted"' } })).toBe("quoted");
  });

  it("AbortSignal aborts a call", async () => {
    const controller = new AbortController();
    const call = api().delay({ ms: 5000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    const already = AbortSignal.abort(new Error("stop"));
    await expect(api().delay({ ms: 5000 }, { signal: already })).rejects.toThrow("stop");
  });

  it("timeouts per call and per configuration", async () => {
    const started = Date.now();
    await expect(api().delay({ ms: 5000 }, { timeout: 100 })).rejects.toMatchObject({ name: "TimeoutError" });
    await expect(api({ timeout: 100 }).delay({ ms: 5000 })).rejects.toMatchObject({ name: "TimeoutError" });
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await api({ timeout: 2000 }).delay({ ms: 10 })).path).toBe("/__delay/10");
  });

  it("middleware: pre changes the request, post sees the response, in onion order", async () => {
    const seen: string[] = [];
    const outer = {
      pre: async (ctx: any) => {
        seen.push("pre outer");
        ctx.setHeaderParam("X-Outer", "1");
        return ctx;
      },
      post: async (res: any) => {
        seen.push(`post outer ${res.httpStatusCode}`);
        return res;
      },
    };
    const inner = {
      pre: async (ctx: any) => {
        seen.push("pre inner");
        ctx.appendQueryParam("added", "by middleware");
        return ctx;
      },
      post: async (res: any) => {
        seen.push("post inner");
        return res;
      },
    };
    const r = await api({ promiseMiddleware: [outer, inner] }).delay({ ms: 1 });
    expect(r.headers["x-outer"]).toBe("1");
    expect(r.query).toBe("added=by%20middleware");
    expect(seen).toEqual(["pre outer", "pre inner", "post inner", "post outer 200"]);
  });
});
