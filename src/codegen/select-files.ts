// `--global-property` file selection, as OpenAPI Generator does it. Generators tag the files that
// belong to one API or one model (GeneratedFile.role); everything else is a supporting file.
//
//   apis, models, supportingFiles,  once any of them is given, only the given kinds are generated;
//   webhooks                        a value lists names (`models=Pet:Order`), empty or `true` all
//                                   (DefaultGenerator.configureGeneratorProperties: a key given with
//                                   any value, `false` too, turns its kind on and the others off;
//                                   `webhooks` from 7.2.0, 9eb5882f94 #17174, names webhook tags:
//                                   `webhooks=false` alone writes nothing, as in OAG)
//   apiDocs, modelDocs              `false` leaves the docs of the generated APIs/models out
//                                   (apiDocs the webhooks' docs too: generateWebhooks asks generateApiDocumentation)
//   apiTests, modelTests            accepted: oaswright writes no test stubs
//
//   skipFormModel                   `false`: schemas used only by form bodies get models too (skipFormModel)
//
// Other keys change nothing and are reported. Files the selection leaves out are not written, and
// files already in the output folder stay, so a run with `models` adds models to an existing client.

import type { ApiGroup } from "./operations.js";
import type { FileRole, GeneratedFile } from "../render/write.js";

/** The role of an API's file; a webhook group's (ApiGroup.webhooks) is selected by `webhooks`, not `apis`. */
export function apiRole(kind: "api" | "apiDoc", group: ApiGroup): FileRole {
  const names = [group.key, group.tag, group.className];
  if (group.webhooks === true) return { kind: kind === "api" ? "webhook" : "webhookDoc", names };
  return { kind, names };
}

export function modelRole(kind: "model" | "modelDoc", ...names: string[]): FileRole {
  return { kind, names };
}

const SELECTORS = ["apis", "models", "supportingFiles", "webhooks"] as const;
const DOC_SWITCHES = ["apiDocs", "modelDocs", "apiTests", "modelTests"] as const;
/** Global properties a generator reads itself. */
const GENERATOR_KEYS = ["skipFormModel"] as const;

/**
 * DefaultGenerator.generateModels' skipFormModel: the global property (Boolean.valueOf, so anything
 * but `true` is false), default true: schemas used only by form request bodies get no model.
 */
export function skipFormModel(properties: Readonly<Record<string, string>> | undefined): boolean {
  const value = properties !== undefined && Object.hasOwn(properties, "skipFormModel") ? properties.skipFormModel : undefined;
  return value === undefined ? true : value.trim().toLowerCase() === "true";
}

export interface Selection {
  readonly files: GeneratedFile[];
  /** Keys that select nothing in oaswright, and names that match no API or model. */
  readonly notes: string[];
}

export function selectFiles(files: readonly GeneratedFile[], properties: Readonly<Record<string, string>>): Selection {
  const notes: string[] = [];
  for (const key of Object.keys(properties)) {
    if (!(SELECTORS as readonly string[]).includes(key) && !(DOC_SWITCHES as readonly string[]).includes(key) && !(GENERATOR_KEYS as readonly string[]).includes(key)) {
      notes.push(`--global-property ${key} changes nothing in oaswright`);
    }
  }
  const given = SELECTORS.filter((k) => Object.hasOwn(properties, k));
  if (given.length === 0 && !DOC_SWITCHES.some((k) => isFalse(properties[k]))) return { files: [...files], notes };

  /** undefined: the kind is not generated; null: all of it; else the names asked for (lower-cased). */
  const wanted = (key: (typeof SELECTORS)[number]): Set<string> | null | undefined => {
    if (given.length > 0 && !given.includes(key)) return undefined;
    const value = properties[key]?.trim() ?? "";
    if (value === "" || value.toLowerCase() === "true") return null;
    return new Set(value.split(":").map((n) => n.trim().toLowerCase()).filter((n) => n !== ""));
  };
  const apis = wanted("apis");
  const models = wanted("models");
  const supporting = wanted("supportingFiles");
  const webhooks = wanted("webhooks");
  const matched = new Set<string>();

  const keep = (f: GeneratedFile): boolean => {
    const role = f.role;
    if (role === undefined) return supporting === null || (supporting instanceof Set && supporting.has(f.path.split("/").pop()!.toLowerCase()));
    const key = role.kind === "api" || role.kind === "apiDoc" ? "apis" : role.kind === "webhook" || role.kind === "webhookDoc" ? "webhooks" : "models";
    const chosen = key === "apis" ? apis : key === "webhooks" ? webhooks : models;
    if (chosen === undefined) return false;
    if (((role.kind === "apiDoc" || role.kind === "webhookDoc") && isFalse(properties.apiDocs)) || (role.kind === "modelDoc" && isFalse(properties.modelDocs))) return false;
    if (chosen === null) return true;
    const hit = role.names.find((n) => chosen.has(n.toLowerCase()));
    if (hit !== undefined) matched.add(`${key}\u0000${hit.toLowerCase()}`);
    return hit !== undefined;
  };
  const out = files.filter(keep);
  const what = { apis: "API", models: "model", webhooks: "webhook tag" } as const;
  for (const [key, set] of [["apis", apis], ["models", models], ["webhooks", webhooks]] as const) {
    if (!(set instanceof Set)) continue;
    for (const name of set) if (!matched.has(`${key}\u0000${name}`)) notes.push(`--global-property ${key}: no ${what[key]} is named ${JSON.stringify(name)}`);
  }
  return { files: out, notes };
}

function isFalse(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === "false";
}
