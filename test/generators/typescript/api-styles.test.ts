// Application code written against OpenAPI Generator's typescript client surface, type-checked
// strict against our petstore client and then run (as CommonJS, loaded with require) against the
// echo server on 127.0.0.1: the positional Promise API (the default `PetApi`), the request-object
// API (useObjectParameters=true), the Observable API, the request factories and response
// processors, a custom HttpLibrary through wrapHttpLibrary, Promise and Observable middleware,
// the per-call options, the models' statics and enum values, and ObjectSerializer round trips.

import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../../src/render/write.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { CJS_STRICT_OPTIONS, formatDiagnostics, generateClient, requireClient, transpileToJs, typeCheck, writeClient } from "./client-support.js";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** What every application below shares: the deep imports OAG's layout offers, used as OAG's users do. */
const DEEP_IMPORTS = `
import { ObjectSerializer } from "./client/models/ObjectSerializer";
import { PetApiRequestFactory, PetApiResponseProcessor } from "./client/apis/PetApi";
import { BaseAPIRequestFactory, COLLECTION_FORMATS, RequiredError as BaseRequiredError } from "./client/apis/baseapi";
import { ApiException as DeepApiException } from "./client/apis/exception";
import { ObservablePetApi, ObservableStoreApi, ObservableUserApi } from "./client/types/ObservableAPI";
import { PromisePetApi, PromiseStoreApi, PromiseUserApi } from "./client/types/PromiseAPI";
import { ObjectPetApi, ObjectStoreApi, ObjectUserApi, type PetApiGetPetByIdRequest as ObjectGetPetByIdRequest } from "./client/types/ObjectParamAPI";
import { PromiseMiddlewareWrapper, type Middleware as ObservableMiddlewareType, type PromiseMiddleware } from "./client/middleware";
import { createConfiguration as deepCreate, mergeConfiguration, wrapOptions, type ConfigurationParameters, type StandardConfigurationOptions } from "./client/configuration";
import { isCodeInRange, canConsumeForm } from "./client/util";
import { Observable as StubObservable, from, of, map, mergeMap } from "./client/rxjsStub";
import { IsomorphicFetchHttpLibrary as DeepFetch } from "./client/http/isomorphic-fetch";
`;

/** The default client: `PetApi` is the positional Promise API. Every operation is called once. */
const POSITIONAL_APP = `
import * as petstore from "./client";
import {
    createConfiguration, PetApi, StoreApi, UserApi, Pet, Tag, Category, Order, User, ApiResponse, PetStatusEnum, OrderStatusEnum,
    ApiException, RequiredError, ServerConfiguration, server1, servers, wrapHttpLibrary, RequestContext, ResponseContext,
    SelfDecodingBody, HttpInfo, HttpMethod, IsomorphicFetchHttpLibrary, configureAuthMethods, ApiKeyAuthentication,
    PetstoreAuthAuthentication, Observable,
    type Configuration, type ConfigurationOptions, type PromiseConfigurationOptions, type Middleware, type ObservableMiddleware,
    type HttpFile, type HttpLibrary, type PromiseHttpLibrary, type ResponseBody, type SecurityAuthentication, type AuthMethods,
    type AuthMethodsConfiguration, type BaseServerConfiguration, type OAuth2Configuration, type ApiKeyConfiguration,
} from "./client";
${DEEP_IMPORTS}

export async function run(url: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const server: BaseServerConfiguration = new ServerConfiguration<{}>(url + "/v2", {});
    const auth: AuthMethodsConfiguration = { petstore_auth: { accessToken: "tok" } satisfies OAuth2Configuration, api_key: "key" satisfies ApiKeyConfiguration };
    const configuration: Configuration = createConfiguration({ baseServer: server, authMethods: auth });
    const petApi = new PetApi(configuration);
    const storeApi = new StoreApi(configuration);
    const userApi = new UserApi(configuration);

    const tag = new Tag();
    tag.id = 1;
    tag.name = "good";
    const category = new Category();
    category.name = "dogs";
    const pet = new Pet();
    pet.name = "rex";
    pet.photoUrls = ["p1"];
    pet.tags = [tag];
    pet.category = category;
    pet.status = PetStatusEnum.Available;

    const added: Pet = await petApi.addPet(pet);
    out["addPet"] = [added instanceof Pet, (added as any).method, (added as any).path, (added as any).json, (added as any).headers.authorization];
    const updated: HttpInfo<Pet> = await petApi.updatePetWithHttpInfo(pet);
    out["updatePet"] = [updated.httpStatusCode, (updated.data as any).method];
    const byStatus: Pet[] = await petApi.findPetsByStatus([PetStatusEnum.Available, "sold"]);
    out["findPetsByStatus"] = (byStatus as any).query;
    const byTags: Array<Pet> = await petApi.findPetsByTags(["a", "b"]);
    out["findPetsByTags"] = (byTags as any).query;
    const got: Pet = await petApi.getPetById(7);
    out["getPetById"] = [(got as any).path, (got as any).headers.api_key];
    await petApi.updatePetWithForm(7, "new name");
    await petApi.updatePetWithForm(7, undefined, "sold");
    const deleted = await petApi.deletePetWithHttpInfo(7, "del-key");
    out["deletePet"] = deleted.httpStatusCode;
    const file: HttpFile = { data: new Uint8Array([1, 2, 3]), name: "pet.png" };
    const uploaded: ApiResponse = await petApi.uploadFile(7, "meta", file);
    out["uploadFile"] = (uploaded as any).multipart.map((p: { name: string; filename: string | null }) => [p.name, p.filename]);
    const inventory: { [key: string]: number } = await storeApi.getInventory();
    out["getInventory"] = (inventory as any).path;
    const order = new Order();
    order.petId = 7;
    order.quantity = 2;
    order.shipDate = new Date("2024-01-02T03:04:05.000Z");
    order.status = OrderStatusEnum.Placed;
    const placed: Order = await storeApi.placeOrder(order);
    out["placeOrder"] = [(placed as any).json, placed instanceof Order];
    out["getOrderById"] = ((await storeApi.getOrderById(3)) as any).path;
    await storeApi.deleteOrder("3");
    const user = new User();
    user.username = "me";
    await userApi.createUser(user);
    await userApi.createUsersWithArrayInput([user]);
    await userApi.createUsersWithListInput([user]);
    out["loginUser"] = ((await userApi.loginUser("me", "p w")) as any).query;
    await userApi.logoutUser();
    out["getUserByName"] = ((await userApi.getUserByName("me")) as any).path;
    await userApi.updateUser("me", user);
    await userApi.deleteUser("me");

    // Errors: RequiredError for a missing argument, ApiException for an error status.
    try {
        await petApi.getPetById(null as unknown as number);
    } catch (e) {
        const err = e as RequiredError;
        out["required"] = [e instanceof RequiredError, e instanceof BaseRequiredError, err.api, err.method, err.field];
    }
    try {
        await petApi.getPetById(1, { baseServer: new ServerConfiguration<{}>(url + "/__status/404", {}) });
    } catch (e) {
        const err = e as ApiException<unknown>;
        out["apiException"] = [e instanceof ApiException, e instanceof DeepApiException, err.code, err.body, err.message.split("\\n")[1]];
    }

    // Per-call options: server, Promise middleware with merge strategies, auth, a custom HTTP library.
    const calls: string[] = [];
    const tracker = (label: string): Middleware => ({
        pre: async (ctx: RequestContext) => {
            calls.push(label + " pre");
            ctx.setHeaderParam("X-" + label, "1");
            return ctx;
        },
        post: async (rsp: ResponseContext) => {
            calls.push(label + " post");
            return rsp;
        },
    });
    const withMiddleware = new PetApi(createConfiguration({ baseServer: server, promiseMiddleware: [tracker("base")] }));
    const appended = (await withMiddleware.getPetById(1, { middleware: [tracker("call")], middlewareMergeStrategy: "append" })) as any;
    out["append"] = [calls.splice(0), appended.headers["x-base"], appended.headers["x-call"]];
    await withMiddleware.getPetById(1, { middleware: [tracker("call")], middlewareMergeStrategy: "prepend" });
    out["prepend"] = calls.splice(0);
    await withMiddleware.getPetById(1, { middleware: [tracker("call")] });
    out["replace"] = calls.splice(0);
    const perCallAuth: AuthMethods = configureAuthMethods({ api_key: "per-call" });
    const options: PromiseConfigurationOptions = { authMethods: perCallAuth };
    out["perCallAuth"] = ((await petApi.getPetById(1, options)) as any).headers.api_key;

    const seen: string[] = [];
    const mock: PromiseHttpLibrary = {
        async send(request: RequestContext): Promise<ResponseContext> {
            seen.push(request.getHttpMethod() + " " + request.getUrl());
            const body: ResponseBody = new SelfDecodingBody(Promise.resolve(new Blob([JSON.stringify({ name: "from mock", photoUrls: [] })])));
            return new ResponseContext(200, { "content-type": "application/json" }, body);
        },
    };
    const httpApi: HttpLibrary = wrapHttpLibrary(mock);
    const mocked: Pet = await petApi.getPetById(5, { httpApi });
    out["wrapHttpLibrary"] = [seen, mocked instanceof Pet, mocked.name];
    const viaConfig = new PetApi(createConfiguration({ baseServer: server, httpApi: wrapHttpLibrary({ send: (r) => new DeepFetch().send(r).toPromise() }) }));
    out["wrappedFetch"] = ((await viaConfig.getPetById(6)) as any).path;

    // The Observable API, with Observable middleware, and the request factory / response processor.
    const observableMiddleware: ObservableMiddleware = {
        pre: (ctx: RequestContext) => of(ctx).pipe(map((c: RequestContext) => { c.setHeaderParam("X-Observable", "yes"); return c; })),
        post: (rsp: ResponseContext) => from(Promise.resolve(rsp)),
    };
    const observableApi = new ObservablePetApi(createConfiguration({ baseServer: server, middleware: [observableMiddleware] }));
    const observed: Observable<Pet> = observableApi.getPetById(8);
    out["observable"] = ((await observed.toPromise()) as any).headers["x-observable"];
    const info: HttpInfo<Pet> = await observableApi.getPetByIdWithHttpInfo(9).toPromise();
    out["observableInfo"] = [info.httpStatusCode, (info.data as any).path];
    const factory = new PetApiRequestFactory(configuration);
    const request: RequestContext = await factory.findPetsByStatus(["pending"]);
    out["factory"] = [request.getHttpMethod() === HttpMethod.GET, request.getUrl(), request.getHeaders()["Authorization"]];
    const response: ResponseContext = await new IsomorphicFetchHttpLibrary().send(request).toPromise();
    const processed: HttpInfo<Pet[]> = await new PetApiResponseProcessor().findPetsByStatusWithHttpInfo(response);
    out["processor"] = (processed.data as any).query;
    const custom = new PromisePetApi(configuration, factory, new PetApiResponseProcessor());
    out["promiseWithFactory"] = ((await custom.getPetById(10)) as any).path;
    const objectApi = new ObjectPetApi(configuration);
    const param: ObjectGetPetByIdRequest = { petId: 11 };
    out["objectApi"] = ((await objectApi.getPetById(param)) as any).path;

    // Servers, auth classes, models' statics, ObjectSerializer.
    const defaults: BaseServerConfiguration[] = servers;
    out["servers"] = [defaults.length, servers[0] === server1];
    const apiKey: SecurityAuthentication = new ApiKeyAuthentication("k");
    const oauth = new PetstoreAuthAuthentication("t");
    out["authNames"] = [apiKey.getName(), oauth.getName()];
    out["statics"] = [Pet.discriminator, Pet.mapping, Pet.getAttributeTypeMap().map((a) => a.name + ":" + a.baseName + ":" + a.type), Pet.attributeTypeMap === Pet.getAttributeTypeMap()];
    const wire = ObjectSerializer.serialize(pet, "Pet", "");
    const back: Pet = ObjectSerializer.deserialize(JSON.parse(JSON.stringify(wire)), "Pet", "");
    out["roundTrip"] = [wire, back instanceof Pet, back.tags![0] instanceof Tag, back.category instanceof Category];
    const day = new Date(2018, 11, 2);
    out["dates"] = [ObjectSerializer.serialize(day, "Date", "date"), ObjectSerializer.serialize(new Date("2020-01-01T00:00:00.000Z"), "Date", "date-time"), ObjectSerializer.deserialize("2020-01-01T00:00:00.000Z", "Date", "date-time") instanceof Date];
    out["containers"] = [ObjectSerializer.serialize([order], "Array<Order>", ""), ObjectSerializer.deserialize({ a: { name: "x" } }, "{ [key: string]: Category; }", "").a instanceof Category];
    out["media"] = [
        ObjectSerializer.getPreferredMediaType([]),
        ObjectSerializer.getPreferredMediaType(["text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-8"]),
        ObjectSerializer.normalizeMediaType("Application/JSON; charset=UTF-8"),
        ObjectSerializer.stringify({ a: 1 }, "application/merge-patch+json"),
        ObjectSerializer.parse("[1]", "application/json"),
        ObjectSerializer.parse("plain", "text/html"),
        ObjectSerializer.findCorrectType({ name: "x" }, "Pet"),
    ];
    try {
        ObjectSerializer.getPreferredMediaType(["foo/bar"]);
    } catch (e) {
        out["mediaError"] = (e as Error).message;
    }

    // The rest of OAG's runtime surface.
    const wrapped: ObservableMiddlewareType = new PromiseMiddlewareWrapper(tracker("wrapped") as PromiseMiddleware);
    const merged = mergeConfiguration(configuration, wrapOptions({ middleware: [tracker("m")] }) as StandardConfigurationOptions);
    const params: ConfigurationParameters = { baseServer: server, middleware: [wrapped] };
    out["misc"] = [
        merged.middleware.length, deepCreate(params).middleware.length, COLLECTION_FORMATS.csv, isCodeInRange("4XX", 404), isCodeInRange("2XX", 404),
        canConsumeForm(["multipart/form-data"]), new BaseAPIRequestFactory(configuration) instanceof BaseAPIRequestFactory,
        await mergeMap((n: number) => of(n + 1))(1), await new StubObservable(Promise.resolve(2)).toPromise(),
        new ObservableStoreApi(configuration) instanceof ObservableStoreApi, new ObservableUserApi(configuration) instanceof ObservableUserApi,
        new PromiseStoreApi(configuration) instanceof PromiseStoreApi, new PromiseUserApi(configuration) instanceof PromiseUserApi,
        new ObjectStoreApi(configuration) instanceof ObjectStoreApi, new ObjectUserApi(configuration) instanceof ObjectUserApi,
        typeof petstore.createConfiguration,
    ];
    const opts: ConfigurationOptions = {};
    void opts;
    return out;
}
`;

/** useObjectParameters=true: `PetApi` takes request objects; the request interfaces are exported. */
const OBJECT_APP = `
import {
    createConfiguration, PetApi, StoreApi, UserApi, Pet, PetStatusEnum, ServerConfiguration, ApiException, RequiredError,
    type PetApiAddPetRequest, type PetApiDeletePetRequest, type PetApiFindPetsByStatusRequest, type PetApiFindPetsByTagsRequest,
    type PetApiGetPetByIdRequest, type PetApiUpdatePetRequest, type PetApiUpdatePetWithFormRequest, type PetApiUploadFileRequest,
    type StoreApiDeleteOrderRequest, type StoreApiGetInventoryRequest, type StoreApiGetOrderByIdRequest, type StoreApiPlaceOrderRequest,
    type UserApiCreateUserRequest, type UserApiCreateUsersWithArrayInputRequest, type UserApiCreateUsersWithListInputRequest,
    type UserApiDeleteUserRequest, type UserApiGetUserByNameRequest, type UserApiLoginUserRequest, type UserApiLogoutUserRequest,
    type UserApiUpdateUserRequest, type HttpInfo,
} from "./client";
${DEEP_IMPORTS}

export async function run(url: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const configuration = createConfiguration({ baseServer: new ServerConfiguration<{}>(url + "/v2", {}), authMethods: { api_key: "key" } });
    const petApi = new PetApi(configuration);
    const storeApi = new StoreApi(configuration);
    const userApi = new UserApi(configuration);
    const pet: Pet = Object.assign(new Pet(), { name: "rex", photoUrls: ["p"], status: PetStatusEnum.Pending });
    const add: PetApiAddPetRequest = { pet };
    out["addPet"] = ((await petApi.addPet(add)) as any).json;
    const update: PetApiUpdatePetRequest = { pet };
    out["updatePet"] = ((await petApi.updatePetWithHttpInfo(update)) as HttpInfo<Pet>).httpStatusCode;
    const status: PetApiFindPetsByStatusRequest = { status: ["available"] };
    out["findPetsByStatus"] = ((await petApi.findPetsByStatus(status)) as any).query;
    const tags: PetApiFindPetsByTagsRequest = { tags: ["t"] };
    out["findPetsByTags"] = ((await petApi.findPetsByTags(tags)) as any).query;
    const byId: PetApiGetPetByIdRequest = { petId: 4 };
    out["getPetById"] = ((await petApi.getPetById(byId)) as any).headers.api_key;
    const form: PetApiUpdatePetWithFormRequest = { petId: 4, status: "sold" };
    await petApi.updatePetWithForm(form);
    const del: PetApiDeletePetRequest = { petId: 4, apiKey: "k" };
    await petApi.deletePet(del);
    const upload: PetApiUploadFileRequest = { petId: 4, file: { data: new Uint8Array([9]), name: "a.bin" } };
    out["uploadFile"] = ((await petApi.uploadFile(upload)) as any).path;
    const inventory: StoreApiGetInventoryRequest = {};
    out["getInventory"] = ((await storeApi.getInventory(inventory)) as any).path;
    await storeApi.getInventory();
    const place: StoreApiPlaceOrderRequest = { order: { petId: 1 } };
    await storeApi.placeOrder(place);
    const getOrder: StoreApiGetOrderByIdRequest = { orderId: 2 };
    await storeApi.getOrderById(getOrder);
    const delOrder: StoreApiDeleteOrderRequest = { orderId: "2" };
    await storeApi.deleteOrder(delOrder);
    const create: UserApiCreateUserRequest = { user: { username: "u" } };
    await userApi.createUser(create);
    const arr: UserApiCreateUsersWithArrayInputRequest = { user: [{ username: "u" }] };
    await userApi.createUsersWithArrayInput(arr);
    const list: UserApiCreateUsersWithListInputRequest = { user: [{ username: "u" }] };
    await userApi.createUsersWithListInput(list);
    const login: UserApiLoginUserRequest = { username: "u", password: "p" };
    out["loginUser"] = ((await userApi.loginUser(login)) as any).query;
    const logout: UserApiLogoutUserRequest = {};
    await userApi.logoutUser(logout);
    const byName: UserApiGetUserByNameRequest = { username: "u" };
    await userApi.getUserByName(byName);
    const upd: UserApiUpdateUserRequest = { username: "u", user: { username: "v" } };
    await userApi.updateUser(upd);
    const delUser: UserApiDeleteUserRequest = { username: "u" };
    await userApi.deleteUser(delUser);
    try {
        await petApi.getPetById({} as PetApiGetPetByIdRequest);
    } catch (e) {
        out["required"] = [e instanceof RequiredError, (e as RequiredError).field];
    }
    try {
        await petApi.getPetById({ petId: 1 }, { baseServer: new ServerConfiguration<{}>(url + "/__status/500", {}) });
    } catch (e) {
        out["apiException"] = [e instanceof ApiException, (e as ApiException<unknown>).code];
    }
    // The positional and Observable classes are still there, by their own names.
    out["positional"] = ((await new PromisePetApi(configuration).getPetById(12)) as any).path;
    out["observable"] = ((await new ObservablePetApi(configuration).getPetById(13).toPromise()) as any).path;
    return out;
}
`;

/** useRxJS=true: `PetApi` is the Observable API on real rxjs Observables; Middleware is rxjs-based. */
const RXJS_APP = `
import { createConfiguration, PetApi, Pet, ServerConfiguration, type Middleware, type RequestContext, type ResponseContext, type HttpInfo } from "./client";
import { PromisePetApi } from "./client/types/PromiseAPI";
import { ObjectPetApi } from "./client/types/ObjectParamAPI";
import { firstValueFrom, of, map, type Observable } from "rxjs";

export async function run(url: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const middleware: Middleware = {
        pre: (ctx: RequestContext) => of(ctx).pipe(map((c) => { c.setHeaderParam("X-Rx", "pre"); return c; })),
        post: (rsp: ResponseContext) => of(rsp),
    };
    const configuration = createConfiguration({ baseServer: new ServerConfiguration<{}>(url + "/v2", {}), middleware: [middleware] });
    const api = new PetApi(configuration);
    const pet$: Observable<Pet> = api.getPetById(3);
    const pet = await firstValueFrom(pet$);
    out["observable"] = [pet instanceof Pet, (pet as any).path, (pet as any).headers["x-rx"]];
    out["subscribe"] = await new Promise((resolve, reject) => api.getPetByIdWithHttpInfo(4).subscribe({ next: (info: HttpInfo<Pet>) => resolve(info.httpStatusCode), error: reject }));
    out["promise"] = ((await new PromisePetApi(configuration).getPetById(5)) as any).path;
    out["object"] = ((await firstValueFrom(new ObjectPetApi(configuration).getPetById({ petId: 6 }))) as any).path;
    return out;
}
`;

const fixture = folderWithEcho("oaswright-api-styles-");
const apps: Record<string, { run(url: string): Promise<Record<string, unknown>> }> = {};

/** Writes `app.ts` beside `client/` (the generated package). */
function withApp(files: readonly GeneratedFile[], app: string): GeneratedFile[] {
  return [...files.map((f) => ({ ...f, path: `client/${f.path}` })), { path: "app.ts", contents: app }];
}

beforeAll(async () => {
  const variants = [
    ["positional", {}, POSITIONAL_APP],
    ["object", { useObjectParameters: "true" }, OBJECT_APP],
    ["rxjs", { useRxJS: "true" }, RXJS_APP],
  ] as const;
  const roots: string[] = [];
  for (const [name, props, app] of variants) {
    const files = withApp(await generateClient("petstore.yaml", { npmName: "ts-petstore-client", ...props }), app);
    const src = path.join(fixture.tmp, name, "src");
    roots.push(...writeClient(src, files));
    fs.writeFileSync(path.join(src, "package.json"), '{ "type": "commonjs" }\n');
    transpileToJs(files, path.join(fixture.tmp, name, "js"));
    // useRxJS clients import rxjs (the project's devDependency), as an installed package would.
    fs.mkdirSync(path.join(fixture.tmp, name, "node_modules"));
    fs.symlinkSync(path.join(PROJECT, "node_modules", "rxjs"), path.join(fixture.tmp, name, "node_modules", "rxjs"), "dir");
    apps[name] = createRequire(path.join(fixture.tmp, name, "js", "package.json"))("./app.js");
  }
  const diagnostics = typeCheck(roots, CJS_STRICT_OPTIONS);
  if (diagnostics.length > 0) throw new Error(formatDiagnostics(diagnostics));
}, 120_000);

describe("positional Promise API (default)", () => {
  let out: Record<string, unknown>;
  beforeAll(async () => {
    out = await apps["positional"]!.run(fixture.echo.url);
  });

  it("every operation goes over the wire with its positional arguments", () => {
    expect(out["addPet"]).toEqual([
      true,
      "POST",
      "/v2/pet",
      { name: "rex", photoUrls: ["p1"], tags: [{ id: 1, name: "good" }], category: { name: "dogs" }, status: "available" },
      "Bearer tok",
    ]);
    expect(out["updatePet"]).toEqual([200, "PUT"]);
    expect(out["findPetsByStatus"]).toBe("status=available,sold");
    expect(out["findPetsByTags"]).toBe("tags=a,b");
    expect(out["getPetById"]).toEqual(["/v2/pet/7", "key"]);
    expect(out["deletePet"]).toBe(200);
    expect(out["uploadFile"]).toEqual([["additionalMetadata", null], ["file", "pet.png"]]);
    expect(out["getInventory"]).toBe("/v2/store/inventory");
    expect(out["placeOrder"]).toEqual([{ petId: 7, quantity: 2, shipDate: "2024-01-02T03:04:05.000Z", status: "placed" }, true]);
    expect(out["getOrderById"]).toBe("/v2/store/order/3");
    expect(out["loginUser"]).toBe("username=me&password=p%20w");
    expect(out["getUserByName"]).toBe("/v2/user/me");
  });

  it("RequiredError and ApiException", () => {
    expect(out["required"]).toEqual([true, true, "PetApi", "getPetById", "petId"]);
    // The spec declares the 404 without content: OAG's processor throws with an undefined body too.
    expect(out["apiException"]).toEqual([true, true, 404, undefined, "Message: Pet not found"]);
  });

  it("per-call options: middleware merge strategies, auth, a custom HttpLibrary through wrapHttpLibrary", () => {
    expect(out["append"]).toEqual([["base pre", "call pre", "call post", "base post"], "1", "1"]);
    expect(out["prepend"]).toEqual(["call pre", "base pre", "base post", "call post"]);
    expect(out["replace"]).toEqual(["call pre", "call post"]);
    expect(out["perCallAuth"]).toBe("per-call");
    expect(out["wrapHttpLibrary"]).toEqual([["GET " + fixture.echo.url + "/v2/pet/5"], true, "from mock"]);
    expect(out["wrappedFetch"]).toBe("/v2/pet/6");
  });

  it("the Observable API, Observable middleware, request factories and response processors", () => {
    expect(out["observable"]).toBe("yes");
    expect(out["observableInfo"]).toEqual([200, "/v2/pet/9"]);
    expect(out["factory"]).toEqual([true, `${fixture.echo.url}/v2/pet/findByStatus?status=pending`, "Bearer tok"]);
    expect(out["processor"]).toBe("status=pending");
    expect(out["promiseWithFactory"]).toBe("/v2/pet/10");
    expect(out["objectApi"]).toBe("/v2/pet/11");
  });

  it("servers, auth classes, the models' statics", () => {
    expect(out["servers"]).toEqual([1, true]);
    expect(out["authNames"]).toEqual(["api_key", "petstore_auth"]);
    expect(out["statics"]).toEqual([
      undefined,
      undefined,
      ["id:id:number", "category:category:Category", "name:name:string", "photoUrls:photoUrls:Array<string>", "tags:tags:Array<Tag>", "status:status:PetStatusEnum"],
      true,
    ]);
  });

  it("ObjectSerializer: model round trips, dates, containers, media types", () => {
    expect(out["roundTrip"]).toEqual([{ name: "rex", photoUrls: ["p1"], tags: [{ id: 1, name: "good" }], category: { name: "dogs" }, status: "available" }, true, true, true]);
    expect(out["dates"]).toEqual(["2018-12-02", "2020-01-01T00:00:00.000Z", true]);
    expect(out["containers"]).toEqual([[{ petId: 7, quantity: 2, shipDate: "2024-01-02T03:04:05.000Z", status: "placed" }], true]);
    expect(out["media"]).toEqual(["application/json", "application/json", "application/json", '{"a":1}', [1], "plain", "Pet"]);
    expect(out["mediaError"]).toBe("None of the given media types are supported: foo/bar");
  });

  it("the rest of the runtime: merged options, wrappers, util, the rxjs stub, every API class", () => {
    expect(out["misc"]).toEqual([1, 1, ",", true, false, true, true, 2, 2, true, true, true, true, true, true, "function"]);
  });
});

describe("Observable API on rxjs (useRxJS=true)", () => {
  it("PetApi answers rxjs Observables; the Promise and request-object classes still answer Promises", async () => {
    expect(await apps["rxjs"]!.run(fixture.echo.url)).toEqual({ observable: [true, "/v2/pet/3", "pre"], subscribe: 200, promise: "/v2/pet/5", object: "/v2/pet/6" });
  });
});

describe("platform=node", () => {
  it("a downloaded file is a named Blob with its bytes as `data` (a Buffer), as OAG's Node client's", async () => {
    const dir = path.join(fixture.tmp, "node-echo");
    transpileToJs(await generateClient("echo_api.yaml", { platform: "node" }), dir);
    const E = requireClient(dir);
    const file = await new E.BodyApi(E.createConfiguration({ baseServer: new E.ServerConfiguration(fixture.echo.url, {}) })).testBinaryGif();
    expect(file).toBeInstanceOf(Blob);
    expect(Buffer.isBuffer(file.data)).toBe(true);
    expect(JSON.parse(file.data.toString("utf8"))).toMatchObject({ method: "POST", path: "/binary/gif" });
    expect(Buffer.from(await file.arrayBuffer()).equals(file.data)).toBe(true);
  });
});

describe("request-object API (useObjectParameters=true)", () => {
  it("every operation takes its request object; errors as in the positional API", async () => {
    const out = await apps["object"]!.run(fixture.echo.url);
    expect(out).toEqual({
      addPet: { name: "rex", photoUrls: ["p"], status: "pending" },
      updatePet: 200,
      findPetsByStatus: "status=available",
      findPetsByTags: "tags=t",
      getPetById: "key",
      uploadFile: "/v2/pet/4/uploadImage",
      getInventory: "/v2/store/inventory",
      loginUser: "username=u&password=p",
      required: [true, "petId"],
      apiException: [true, 500],
      positional: "/v2/pet/12",
      observable: "/v2/pet/13",
    });
  });
});
