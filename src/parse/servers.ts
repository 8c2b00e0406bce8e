// Raw servers -> IR. A spec read from a URL has its relative server URLs resolved against that
// URL, as OpenAPI Generator does.

import { childPointer } from "../model/diagnostics.js";
import type { Server, ServerVariable } from "../model/ir.js";
import type { BuildContext } from "./context.js";
import { asArray, asObject, asString, entriesOf } from "./raw.js";
import { opt } from "./schema.js";

export function buildServers(ctx: BuildContext, raw: unknown, pointer: string, urlBase: string | undefined): Server[] {
  const list = asArray(raw) ?? [];
  const out: Server[] = [];
  list.forEach((entry, i) => {
    const at = childPointer(pointer, i);
    const server = asObject(entry);
    const url = asString(server?.url);
    if (!server || url === undefined) {
      ctx.sink.error(at, "a server needs a url");
      return;
    }
    const variables: ServerVariable[] = entriesOf(server.variables).map(([name, v]) => {
      const variable = asObject(v) ?? {};
      const values = asArray(variable.enum)?.map(String);
      return {
        name,
        default: variable.default === undefined ? "" : String(variable.default),
        ...opt("enum", values),
        ...opt("description", asString(variable.description)),
      };
    });
    out.push({ url: resolveAgainst(url, urlBase), ...opt("description", asString(server.description)), variables, pointer: at });
  });
  return out;
}

function resolveAgainst(url: string, base: string | undefined): string {
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.includes("{")) return url;
  try {
    return new URL(url, base).href.replace(/\/$/, "");
  } catch {
    return url;
  }
}
