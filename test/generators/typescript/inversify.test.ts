// useInversify=true: application code written against OAG's InversifyJS surface (ApiServiceBinder,
// the service identifiers of services/*.ts, Abstract<Tag>Api, the auth symbols), type-checked
// strict with experimentalDecorators against our petstore client, then run (CommonJS) against the
// echo server on 127.0.0.1 with inversify and reflect-metadata (devDependencies of oaswright, as
// an application installs them).

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../../src/render/write.js";
import { folderWithEcho } from "../../support/spec-with-echo.js";
import { CJS_STRICT_OPTIONS, formatDiagnostics, generateClient, transpileToJs, typeCheck, writeClient } from "./client-support.js";

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

const APP = `
import "reflect-metadata";
import { Container, injectable } from "inversify";
import * as petstore from "./client";
import {
    ApiServiceBinder, AbstractPetApi, AbstractStoreApi, AbstractUserApi, AbstractConfiguration, AbstractServerConfiguration,
    AbstractHttpLibrary, AbstractMiddleware, AbstractAuthMethod, AbstractTokenProvider, AuthApiKey, AuthUsername, AuthPassword,
    authMethodServices, PetApi, Pet, RequestContext, ResponseContext, HttpMethod, server1, type Configuration,
} from "./client";
import { PetApiRequestFactory } from "./client/apis/PetApi";
import { AbstractPetApiRequestFactory, AbstractPetApiResponseProcessor } from "./client/apis/PetApi.service";
import { AbstractPromisePetApi } from "./client/services/PromiseAPI";
import { AbstractObservablePetApi } from "./client/services/ObservableAPI";
import { AbstractObjectPetApi } from "./client/services/ObjectParamAPI";

@injectable()
class Recorder extends AbstractMiddleware {
    public static calls: string[] = [];
    public async pre(context: RequestContext): Promise<RequestContext> {
        Recorder.calls.push("pre " + context.getHttpMethod());
        context.setHeaderParam("X-Injected", "yes");
        return context;
    }
    public async post(context: ResponseContext): Promise<ResponseContext> {
        Recorder.calls.push("post " + context.httpStatusCode);
        return context;
    }
}

export async function run(url: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};

    // Defaults: only the configuration is bound (by the binder).
    const bare = new Container();
    new ApiServiceBinder(bare);
    const defaultApi = bare.resolve(PetApi);
    out["defaults"] = [defaultApi instanceof PetApi, bare.get<Configuration>(AbstractConfiguration).baseServer === server1];

    // A predefined server, then a URL; a request factory resolved from the container.
    const c1 = new Container();
    const b1 = new ApiServiceBinder(c1);
    const predefined = b1.bindServerConfigurationToPredefined(0);
    out["predefined"] = c1.get(AbstractServerConfiguration) === predefined && predefined === server1;
    const c2 = new Container();
    new ApiServiceBinder(c2).bindServerConfigurationToURL(url + "/v2");
    const factory = c2.resolve(PetApiRequestFactory);
    out["factoryUrl"] = (await factory.deletePet(42)).getUrl();

    // Everything bound: server, a Promise HTTP library, middleware, a predefined API key auth, all APIs.
    const c = new Container();
    const binder = new ApiServiceBinder(c);
    binder.bindServerConfigurationToURL(url + "/v2");
    const sent: string[] = [];
    binder.bindHttpLibrary.toConstantValue({
        async send(request: RequestContext): Promise<ResponseContext> {
            sent.push(request.getHttpMethod() + " " + request.getUrl());
            return new petstore.IsomorphicFetchHttpLibrary().send(request).toPromise();
        },
    });
    binder.bindMiddleware.to(Recorder);
    c.bind(AuthApiKey).toConstantValue("secret-key").whenTargetNamed("api_key");
    binder.bindAuthMethodToPredefined("api_key");
    binder.bindAllApiServices();
    const petApi = c.get<AbstractPetApi>(AbstractPetApi);
    out["singleton"] = [petApi instanceof PetApi, petApi === c.get(AbstractPetApi), c.get(AbstractStoreApi) instanceof petstore.StoreApi, c.get(AbstractUserApi) instanceof petstore.UserApi];
    const pet: Pet = await petApi.getPetById(7);
    const echoed = pet as unknown as { path: string; headers: Record<string, string> };
    out["call"] = [echoed.path, echoed.headers["api_key"], echoed.headers["x-injected"], sent.length, Recorder.calls];

    // An auth method bound directly, by its scheme name; names the spec does not have are dropped.
    const c3 = new Container();
    const b3 = new ApiServiceBinder(c3);
    b3.bindServerConfigurationToURL(url + "/v2");
    b3.bindAuthMethod.toConstantValue({ getName: () => "api_key", applySecurityAuthentication: (ctx: RequestContext) => ctx.setHeaderParam("api_key", "direct") });
    b3.bindAuthMethod.toConstantValue({ getName: () => "nope", applySecurityAuthentication: () => undefined });
    const conf = c3.get<Configuration>(AbstractConfiguration);
    out["authNames"] = Object.keys(conf.authMethods).sort();
    out["directAuth"] = (await c3.resolve(PetApiRequestFactory).getPetById(1)).getHeaders()["api_key"];

    // A request factory of one's own, bound to the service identifier the API classes ask for.
    const c4 = new Container();
    const b4 = new ApiServiceBinder(c4);
    b4.bindServerConfigurationToURL(url + "/v2");
    @injectable()
    class OtherFactory extends PetApiRequestFactory {
        public override async getPetById(petId: number, _options?: Configuration): Promise<RequestContext> {
            return super.getPetById(petId + 1000, _options);
        }
    }
    c4.bind(AbstractPetApiRequestFactory).to(OtherFactory);
    const custom = await c4.resolve(PetApi).getPetById(5);
    out["customFactory"] = (custom as unknown as { path: string }).path;

    // The identifiers exist as values, and the abstract API classes are what PetApi implements.
    const asAbstract: AbstractPromisePetApi = petApi;
    out["identifiers"] = [AbstractHttpLibrary, AbstractTokenProvider, AuthUsername, AuthPassword, AbstractPetApiResponseProcessor,
        AbstractObservablePetApi, AbstractObjectPetApi, asAbstract].every((x) => x !== undefined);
    out["authServices"] = Object.keys(authMethodServices).sort();
    out["symbols"] = [typeof AuthApiKey, String(AuthApiKey)];
    out["method"] = HttpMethod.GET;
    return out;
}
`;

const fixture = folderWithEcho("oaswright-inversify-");
let app: { run(url: string): Promise<Record<string, unknown>> };

beforeAll(async () => {
  const files: GeneratedFile[] = [
    ...(await generateClient("petstore.yaml", { npmName: "ts-petstore-client", platform: "node", useInversify: "true" })).map((f) => ({ ...f, path: `client/${f.path}` })),
    { path: "app.ts", contents: APP },
  ];
  const src = path.join(fixture.tmp, "src");
  const roots = writeClient(src, files);
  fs.writeFileSync(path.join(src, "package.json"), '{ "type": "commonjs" }\n');
  fs.mkdirSync(path.join(fixture.tmp, "node_modules"));
  for (const dep of ["inversify", "reflect-metadata"]) fs.symlinkSync(path.join(PROJECT, "node_modules", dep), path.join(fixture.tmp, "node_modules", dep), "dir");
  const diagnostics = typeCheck(roots, { ...CJS_STRICT_OPTIONS, experimentalDecorators: true });
  if (diagnostics.length > 0) throw new Error(formatDiagnostics(diagnostics));
  transpileToJs(files, path.join(fixture.tmp, "js"), "commonjs", { experimentalDecorators: true });
  app = createRequire(path.join(fixture.tmp, "js", "package.json"))("./app.js");
}, 120_000);

describe("useInversify=true: OAG's InversifyJS surface", () => {
  it("binds servers, HTTP library, middleware, auth and the API classes; resolves and calls them", async () => {
    const out = await app.run(fixture.echo.url);
    expect(out["defaults"]).toEqual([true, true]);
    expect(out["predefined"]).toBe(true);
    expect(out["factoryUrl"]).toBe(`${fixture.echo.url}/v2/pet/42`);
    expect(out["singleton"]).toEqual([true, true, true, true]);
    expect(out["call"]).toEqual(["/v2/pet/7", "secret-key", "yes", 1, ["pre GET", "post 200"]]);
    expect(out["authNames"]).toEqual(["api_key"]);
    expect(out["directAuth"]).toBe("direct");
    expect(out["customFactory"]).toBe("/v2/pet/1005");
    expect(out["identifiers"]).toBe(true);
    expect(out["authServices"]).toEqual(["api_key", "petstore_auth"]);
    expect(out["symbols"]).toEqual(["symbol", "Symbol(auth.api_key)"]);
  });

  it("writes OAG's files, the dependency and the decorator setting", async () => {
    const files = await generateClient("petstore.yaml", { npmName: "ts-petstore-client", useInversify: "true" });
    const paths = files.map((f) => f.path);
    for (const p of ["services/index.ts", "services/configuration.ts", "services/http.ts", "services/PromiseAPI.ts", "services/ObservableAPI.ts", "services/ObjectParamAPI.ts", "apis/PetApi.service.ts", "apis/StoreApi.service.ts", "apis/UserApi.service.ts"]) {
      expect(paths).toContain(p);
    }
    const pkg = JSON.parse(String(files.find((f) => f.path === "package.json")!.contents));
    expect(pkg.dependencies).toEqual({ inversify: "^6.0.1" });
    const tsconfig = JSON.parse(String(files.find((f) => f.path === "tsconfig.json")!.contents));
    expect(tsconfig.compilerOptions.experimentalDecorators).toBe(true);
    // deno takes no inversify (TypeScriptClientCodegen), and without the option nothing changes.
    const deno = await generateClient("petstore.yaml", { platform: "deno", useInversify: "true" });
    expect(deno.some((f) => f.path.startsWith("services/"))).toBe(false);
    const plain = await generateClient("petstore.yaml", {});
    expect(plain.some((f) => f.path.startsWith("services/") || f.path.endsWith(".service.ts"))).toBe(false);
    expect(plain.some((f) => String(f.contents).includes("inversify"))).toBe(false);
  });
});
