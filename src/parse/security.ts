// Raw security schemes and requirements -> IR.

import { childPointer } from "../model/diagnostics.js";
import type { JsonValue, OAuthFlow, SecurityRequirement, SecurityScheme } from "../model/ir.js";
import { fieldText, resolveObject, type BuildContext } from "./context.js";
import { asArray, asObject, asString, entriesOf, extensionsOf } from "./raw.js";
import { opt } from "./schema.js";

const FLOW_NAMES = ["implicit", "password", "clientCredentials", "authorizationCode"] as const;

export function buildSecuritySchemes(ctx: BuildContext): SecurityScheme[] {
  const out: SecurityScheme[] = [];
  const container = "/components/securitySchemes";
  for (const [name, value] of entriesOf(asObject(ctx.root.components)?.securitySchemes)) {
    const resolved = resolveObject(ctx, value, childPointer(container, name));
    if (!resolved) continue;
    const raw = resolved.node;
    const base = {
      name,
      ...opt("description", fieldText(ctx, raw.description, childPointer(resolved.pointer, "description"))),
      pointer: resolved.pointer,
      extensions: extensionsOf(raw) as Record<string, JsonValue>,
    };
    const type = asString(raw.type);
    switch (type) {
      case "apiKey": {
        const where = asString(raw.in);
        const paramName = fieldText(ctx, raw.name, childPointer(resolved.pointer, "name"));
        if ((where !== "header" && where !== "query" && where !== "cookie") || !paramName) {
          ctx.sink.error(resolved.pointer, `apiKey scheme ${JSON.stringify(name)} needs "name" and an "in" of header, query or cookie`);
          continue;
        }
        out.push({ ...base, type, in: where, paramName });
        break;
      }
      case "http":
        out.push({ ...base, type, scheme: (asString(raw.scheme) ?? "basic").toLowerCase(), ...opt("bearerFormat", asString(raw.bearerFormat)) });
        break;
      case "oauth2": {
        const flows: OAuthFlow[] = [];
        const rawFlows = asObject(raw.flows) ?? {};
        for (const flow of FLOW_NAMES) {
          const f = asObject(rawFlows[flow]);
          if (!f) continue;
          flows.push({
            flow,
            ...opt("authorizationUrl", asString(f.authorizationUrl)),
            ...opt("tokenUrl", asString(f.tokenUrl)),
            ...opt("refreshUrl", asString(f.refreshUrl)),
            scopes: entriesOf(f.scopes).map(([scope, text]) => [scope, typeof text === "string" ? text : ""] as const),
          });
        }
        out.push({ ...base, type, flows });
        break;
      }
      case "openIdConnect":
        out.push({ ...base, type, openIdConnectUrl: asString(raw.openIdConnectUrl) ?? "" });
        break;
      case "mutualTLS":
        out.push({ ...base, type });
        break;
      default:
        ctx.sink.error(childPointer(resolved.pointer, "type"), `unknown security scheme type ${JSON.stringify(type)}`);
    }
  }
  return out;
}

export function buildSecurityRequirements(ctx: BuildContext, raw: unknown, pointer: string): SecurityRequirement[] {
  const list = asArray(raw);
  if (!list) {
    ctx.sink.error(pointer, "security must be a list of requirements");
    return [];
  }
  const known = new Set(entriesOf(asObject(ctx.root.components)?.securitySchemes).map(([name]) => name));
  return list.map((entry, i) => {
    const named = entriesOf(entry);
    const schemes = named.flatMap(([name, scopes]) => {
      if (!known.has(name)) {
        ctx.sink.warning(childPointer(childPointer(pointer, i), name), `security scheme ${JSON.stringify(name)} is not defined; ignored`);
        return [];
      }
      const list = (asArray(scopes) ?? []).filter((s): s is string => typeof s === "string");
      return [[name, list] as const];
    });
    return named.length > 0 && schemes.length === 0 ? { schemes, onlyUndefined: true as const } : { schemes };
  });
}
