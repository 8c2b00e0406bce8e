// Raw servers -> IR. A spec read from a URL has its relative server URLs resolved against that
// URL, as OpenAPI Generator does.

import { childPointer } from "../model/diagnostics.js";
import type { Server, ServerVariable } from "../model/ir.js";
import { fieldText, specText, type BuildContext } from "./context.js";
import { asArray, asObject, entriesOf } from "./raw.js";
import { opt } from "./schema.js";

export function buildServers(ctx: BuildContext, raw: unknown, pointer: string, urlBase: string | undefined): Server[] {
  const list = asArray(raw) ?? [];
  const out: Server[] = [];
  list.forEach((entry, i) => {
    const at = childPointer(pointer, i);
    const server = asObject(entry);
    // OpenAPIDeserializer.getServer / getServerVariable read these with getString (a scalar's text,
    // context.ts fieldText), and each enum member that is a value with asText.
    const url = fieldText(ctx, server?.url, childPointer(at, "url"));
    if (!server || url === undefined) {
      ctx.sink.error(at, "a server needs a url");
      return;
    }
    const variables: ServerVariable[] = entriesOf(server.variables).map(([name, v]) => {
      const variable = asObject(v) ?? {};
      const vat = childPointer(childPointer(at, "variables"), name);
      const values = asArray(variable.enum)?.flatMap((member, j) => (member === null ? ["null"] : (fieldText(ctx, member, childPointer(childPointer(vat, "enum"), j)) ?? [])));
      return {
        name,
        default: fieldText(ctx, variable.default, childPointer(vat, "default")) ?? "",
        ...opt("enum", values),
        ...opt("description", specText(ctx, variable.description, childPointer(vat, "description"))),
      };
    });
    out.push({ url: resolveAgainst(url, urlBase), ...opt("description", specText(ctx, server.description, childPointer(at, "description"))), variables, pointer: at });
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
