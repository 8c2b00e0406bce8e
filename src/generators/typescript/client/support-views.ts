// Views of the generated files that are not APIs or models: servers.ts, auth/auth.ts, index.ts,
// package.json and tsconfig.json.

import { camelize } from "../../../naming/case.js";
import { sanitizeName } from "../../../naming/sanitize.js";
import type { ApiGroup } from "../../../codegen/operations.js";
import type { ApiModel, SecurityScheme, Server } from "../../../model/ir.js";
import { apiMethodNames } from "./api-views.js";
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
  return { header, apiKeys, basics, tokens, methods };
}

export interface IndexView {
  readonly header: string;
  readonly authValues: string;
  readonly serverValues: string;
  readonly apis: readonly { readonly className: string; readonly requestTypes: string }[];
}

export function buildIndexView(ctx: { groups: readonly ApiGroup[]; requestTypes: ReadonlyMap<string, readonly string[]>; auth: AuthView; servers: ServersView; header: string }): IndexView {
  return {
    header: ctx.header,
    authValues: ["configureAuthMethods", ...ctx.auth.methods.map((m) => m.className)].join(", "),
    serverValues: ["ServerConfiguration", ...ctx.servers.servers.map((s) => s.name), "servers", "operationServers"].join(", "),
    apis: ctx.groups.map((g) => ({ className: g.className, requestTypes: (ctx.requestTypes.get(g.className) ?? []).join(", ") })),
  };
}

export interface PackageOptions {
  readonly npmName: string | undefined;
  readonly npmVersion: string | undefined;
  readonly npmRepository: string | undefined;
}

/** package.json: ESM, built with tsc, no runtime dependencies. */
export function renderPackageJson(model: ApiModel, options: PackageOptions): string {
  const pkg: Record<string, unknown> = {
    name: options.npmName ?? "openapi-client",
    version: options.npmVersion ?? (model.info.version !== "" ? model.info.version : "1.0.0"),
    description: `OpenAPI client for ${model.info.title}`,
    type: "module",
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } },
    files: ["dist"],
    scripts: { build: "tsc", prepare: "npm run build" },
    engines: { node: ">=18" },
    devDependencies: { typescript: "^5.9.3" },
  };
  if (model.info.license?.name !== undefined) pkg["license"] = model.info.license.identifier ?? model.info.license.name;
  if (options.npmRepository !== undefined) pkg["publishConfig"] = { registry: options.npmRepository };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
