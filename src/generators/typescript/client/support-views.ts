// Views of the generated files that are not APIs or models: servers.ts, auth/auth.ts, index.ts,
// package.json and tsconfig.json.

import { camelize } from "../../../naming/case.js";
import { sanitizeName } from "../../../naming/sanitize.js";
import type { ApiGroup } from "../../../codegen/operations.js";
import type { ApiModel, SecurityScheme, Server } from "../../../model/ir.js";
import { apiMethodNames, type ApiFileView } from "./api-views.js";
import type { ClientOptions } from "./client-options.js";
import { commentText, isIdentifier, jsDoc, propertyKey, tsString } from "./escape.js";

export interface ServersView {
  readonly header: string;
  readonly servers: readonly { readonly doc: string; readonly name: string; readonly construction: string }[];
  readonly serverList: string;
  /** `"PetApi.addPet": [new ServerConfiguration(...)]` for operations that declare their own servers. */
  readonly operationServers: readonly string[];
}

/** `new ServerConfiguration<{ "port": "80" | "443" }>("https://{host}:{port}", { "port": "443" })`. */
function serverConstruction(s: Server): string {
  const vars = s.variables;
  const variablesType =
    vars.length === 0
      ? "{}"
      : `{ ${vars.map((v) => `${tsString(v.name)}: ${v.enum && v.enum.length > 0 ? [...new Set([...v.enum, v.default])].map(tsString).join(" | ") : "string"}`).join("; ")} }`;
  const defaults = vars.length === 0 ? "{}" : `{ ${vars.map((v) => `${tsString(v.name)}: ${tsString(v.default)}`).join(", ")} }`;
  return `new ServerConfiguration<${variablesType}>(${tsString(s.url)}, ${defaults})`;
}

export function buildServersView(model: ApiModel, groups: readonly ApiGroup[], header: string): ServersView {
  const servers = model.servers.map((s, i) => ({ doc: jsDoc("", [s.description]), name: `server${i + 1}`, construction: serverConstruction(s) }));
  const operationServers: string[] = [];
  for (const g of groups) {
    const methods = apiMethodNames(g);
    for (const op of g.operations) {
      const own = op.op.servers;
      if (own === undefined || own.length === 0) continue;
      operationServers.push(`    ${tsString(`${g.className}.${methods.get(op)!}`)}: [${own.map(serverConstruction).join(", ")}],`);
    }
  }
  return { header, servers, serverList: servers.map((s) => s.name).join(", "), operationServers };
}

export interface AuthView {
  readonly header: string;
  readonly apiKeys: readonly { readonly className: string; readonly name: string; readonly nameComment: string; readonly where: string; readonly paramComment: string; readonly setter: string; readonly paramName: string }[];
  readonly basics: readonly { readonly className: string; readonly name: string; readonly nameComment: string }[];
  readonly tokens: readonly { readonly className: string; readonly name: string; readonly nameComment: string; readonly what: string; readonly configType: string }[];
  readonly methods: readonly { readonly key: string; readonly name: string; readonly className: string; readonly configType: string; readonly local: string }[];
  /** The helpers basic and token auth use are written only when used (noUnusedLocals). */
  readonly hasBasics: boolean;
  readonly hasTokens: boolean;
}

/** The schemes the client can apply; others (digest, signature, mutual TLS) go through `default`. */
export function supportedSchemes(model: ApiModel): SecurityScheme[] {
  return model.securitySchemes.filter(
    (s) => s.type === "apiKey" || (s.type === "http" && (s.scheme === "basic" || s.scheme === "bearer")) || s.type === "oauth2" || s.type === "openIdConnect",
  );
}

export function buildAuthView(model: ApiModel, header: string): AuthView {
  const apiKeys: AuthView["apiKeys"][number][] = [];
  const basics: AuthView["basics"][number][] = [];
  const tokens: AuthView["tokens"][number][] = [];
  const methods: AuthView["methods"][number][] = [];
  const usedClasses = new Set<string>(["SecurityAuthentication", "TokenProvider", "HttpBasicConfiguration", "HttpBearerConfiguration", "OAuth2Configuration", "AuthMethods", "AuthMethodsConfiguration"]);
  const schemes = [...supportedSchemes(model)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  schemes.forEach((s, i) => {
    const base = `${camelize(sanitizeName(s.name)) || "Scheme"}Authentication`;
    let className = isIdentifier(base) ? base : `Scheme${base}`;
    for (let n = 2; usedClasses.has(className); n++) className = `${base}${n}`;
    usedClasses.add(className);
    const name = tsString(s.name);
    const nameComment = commentText(s.name);
    let configType: string;
    if (s.type === "apiKey") {
      apiKeys.push({
        className,
        name,
        nameComment,
        where: s.in,
        paramComment: commentText(s.paramName).replace(/`/g, "'"),
        setter: s.in === "header" ? "setHeaderParam" : s.in === "query" ? "appendQueryParam" : "addCookie",
        paramName: tsString(s.paramName),
      });
      configType = "string";
    } else if (s.type === "http" && s.scheme === "basic") {
      basics.push({ className, name, nameComment });
      configType = "HttpBasicConfiguration";
    } else {
      configType = s.type === "http" ? "HttpBearerConfiguration" : "OAuth2Configuration";
      tokens.push({ className, name, nameComment, what: s.type === "http" ? "HTTP bearer authentication" : s.type === "oauth2" ? "OAuth2 access token" : "OpenID Connect access token", configType });
    }
    methods.push({ key: propertyKey(s.name), name, className, configType, local: `scheme${i}` });
  });
  return { header, apiKeys, basics, tokens, methods, hasBasics: basics.length > 0, hasTokens: tokens.length > 0 };
}

export interface IndexView {
  readonly header: string;
  readonly authValues: string;
  readonly serverValues: string;
  readonly middlewareExport: string;
  readonly observableExport: string;
  readonly apiExport: string;
  readonly inversifyExport: string;
}

/** index.mustache: which API style `PetApi` is, by useObjectParameters and useRxJS. */
export function buildIndexView(ctx: { apis: readonly ApiFileView[]; auth: AuthView; servers: ServersView; header: string; options: ClientOptions }): IndexView {
  const { apis, options } = ctx;
  const ext = options.importFileExtension;
  let apiExport: string;
  if (options.useObjectParameters) {
    const names = apis.flatMap((a) => [...a.requests.map((r) => `type ${r.name}`), `Object${a.className} as ${a.className}`]);
    apiExport = `export { ${names.join(", ")} } from "./types/ObjectParamAPI${ext}";`;
  } else {
    const style = options.useRxJS ? "Observable" : "Promise";
    apiExport = `export { ${apis.map((a) => `${style}${a.className} as ${a.className}`).join(", ")} } from "./types/${style}API${ext}";`;
  }
  // index.mustache (useInversify): the services, and the API's abstract class as Abstract<Tag>Api.
  let inversifyExport = "";
  if (options.useInversify) {
    const [style, module] = options.useObjectParameters ? ["Object", "ObjectParamAPI"] : options.useRxJS ? ["Observable", "ObservableAPI"] : ["Promise", "PromiseAPI"];
    inversifyExport = [
      `export * from "./services/index${ext}";`,
      ...(apis.length > 0 ? [`export { ${apis.map((a) => `Abstract${style}${a.className} as Abstract${a.className}`).join(", ")} } from "./services/${module}${ext}";`] : []),
    ].join("\n");
  }
  return {
    header: ctx.header,
    inversifyExport,
    authValues: ["configureAuthMethods", ...ctx.auth.methods.map((m) => m.className)].join(", "),
    serverValues: ["ServerConfiguration", ...ctx.servers.servers.map((s) => s.name), "servers", "operationServers"].join(", "),
    middlewareExport: options.useRxJS
      ? `export type { Middleware } from "./middleware${ext}";`
      : `export type { PromiseMiddleware as Middleware, Middleware as ObservableMiddleware } from "./middleware${ext}";`,
    observableExport: options.useRxJS ? "" : `export { Observable } from "./rxjsStub${ext}";`,
    apiExport,
  };
}

/** package.mustache: CommonJS unless supportsES6; no runtime dependencies but rxjs, jquery or inversify where the options ask for them. */
export function renderPackageJson(model: ApiModel, options: ClientOptions): string {
  const name = options.npmName ?? "openapi-client";
  const esm = options.supportsES6;
  const pkg: Record<string, unknown> = {
    name,
    version: options.npmVersion ?? (model.info.version !== "" ? model.info.version : "1.0.0"),
    description: `OpenAPI client for ${name}`,
    keywords: ["fetch", "typescript", "openapi-client", "openapi-generator"],
    main: "./dist/index.js",
    type: esm ? "module" : "commonjs",
    ...(esm ? { module: "./dist/index.js" } : {}),
    exports: { ".": { types: "./dist/index.d.ts", [esm ? "import" : "require"]: "./dist/index.js" } },
    files: ["dist"],
    typings: "./dist/index.d.ts",
    scripts: { build: "tsc", prepare: "npm run build" },
    // package.mustache: jquery and its types with framework=jquery, rxjs with useRxJS, inversify
    // with useInversify, Node's type declarations with platform=node (types only: the client
    // reads received bytes as Buffers there).
    ...(options.useRxJS || options.useInversify || options.framework === "jquery" || options.platform === "node"
      ? {
          dependencies: {
            ...(options.platform === "node" ? { "@types/node": "*" } : {}),
            ...(options.framework === "jquery" ? { "@types/jquery": "^3.3.29", jquery: "^3.4.1" } : {}),
            ...(options.useRxJS ? { rxjs: "^6.4.0 || ^7.0.0" } : {}),
            ...(options.useInversify ? { inversify: "^6.0.1" } : {}),
          },
        }
      : {}),
    devDependencies: { typescript: "^5.9.3" },
  };
  if (model.info.license?.name !== undefined) pkg["license"] = model.info.license.identifier ?? model.info.license.name;
  if (options.npmRepository !== undefined) pkg["publishConfig"] = { registry: options.npmRepository };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * tsconfig.mustache: tsc builds dist/ as CommonJS (ES modules with supportsES6), strict, with
 * declarations. Targets ES2020 (OAG: es5) and the DOM library, whose fetch types the client uses.
 */
export function renderTsconfig(options: ClientOptions): string {
  const esm = options.supportsES6;
  const config = {
    compilerOptions: {
      strict: true,
      target: "ES2020",
      module: esm ? "ES2020" : "CommonJS",
      moduleResolution: esm ? "Bundler" : "Node10",
      lib: ["ES2020", "DOM", "DOM.Iterable"],
      types: [],
      declaration: true,
      noImplicitReturns: true,
      noFallthroughCasesInSwitch: true,
      noImplicitOverride: true,
      noPropertyAccessFromIndexSignature: true,
      noUncheckedIndexedAccess: true,
      removeComments: true,
      sourceMap: true,
      skipLibCheck: true,
      outDir: "./dist",
      // tsconfig.mustache: InversifyJS's decorators.
      ...(options.useInversify ? { experimentalDecorators: true } : {}),
      ...(options.importFileExtension === ".ts" ? { allowImportingTsExtensions: true, noEmit: true } : {}),
    },
    exclude: ["dist", "node_modules"],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
