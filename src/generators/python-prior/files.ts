// Which view goes to which path: the python-prior layout (`<pkg>/api/<tag>_api.py`,
// `<pkg>/apis/__init__.py`, `<pkg>/model/<model>.py`, `<pkg>/models/__init__.py`,
// `<pkg>/model_utils.py`, configuration, api_client, exceptions, rest, setup.py, ...).

import type { ApiGroup } from "../../codegen/operations.js";
import type { TemplateEnv } from "../../render/templates.js";
import type { Coverage, FileRole, GeneratedFile } from "../../render/write.js";
import { apiRole, modelRole } from "../../codegen/select-files.js";
import { operationsCoverage } from "../../codegen/reach.js";
import { pyDocstring, pyString } from "../python/runtime/escape.js";
import { buildApiModuleView, buildConfigurationView, buildModelModuleView, type ClientContext } from "./client-views.js";

export interface ClientOptions {
  readonly projectName: string;
  readonly packageVersion: string;
  readonly packageUrl: string | undefined;
  readonly recursionLimit: string | undefined;
}

export function buildClientFiles(groups: readonly ApiGroup[], ctx: ClientContext, templates: TemplateEnv, options: ClientOptions): GeneratedFile[] {
  const pkg = ctx.packageName;
  const dir = pkg.split(".").join("/");
  const files: GeneratedFile[] = [];
  const emit = (path: string, template: string, view: object, covers?: Coverage, role?: FileRole) =>
    files.push({ path, contents: templates.render(`client/${template}`, view), ...(covers ? { covers } : {}), ...(role ? { role } : {}) });
  const hasSigning = ctx.model.securitySchemes.some((s) => s.type === "http" && s.scheme === "signature");
  const base = { title: ctx.title, packageName: pkg };

  for (const group of groups) {
    // The reach audit searches each operation's own `_Endpoint(...)` (up to the next one), not the
    // whole module, which holds all of a tag's operations.
    const view = buildApiModuleView(group, ctx);
    const contents = templates.render("client/api.py", view);
    const covers = operationsCoverage(contents, group.operations.map((o, k) => [o.op.pointer, `self.${view.operations[k]!.operationId}_endpoint = _Endpoint(\n`] as const));
    files.push({ path: `${dir}/api/${ctx.names.groupModule(group)}.py`, contents, covers, role: apiRole("api", group) });
  }
  const models = ctx.models.all();
  for (const info of models) emit(`${dir}/model/${info.fileName}.py`, "model.py", buildModelModuleView(info, ctx), { schemas: [info.named.name] }, modelRole("model", info.named.name, info.className));

  const firstApi = groups[0]?.className ?? "DefaultApi";
  const firstApiModule = groups[0] !== undefined ? ctx.names.groupModule(groups[0]) : ctx.names.apiModule(firstApi);
  emit(`${dir}/api/__init__.py`, "api_init.py", { ...base, firstApi });
  emit(`${dir}/apis/__init__.py`, "apis_init.py", {
    ...base,
    firstApi,
    firstApiModule,
    apis: groups.map((g) => ({ module: ctx.names.groupModule(g), className: g.className })),
  });
  emit(`${dir}/model/__init__.py`, "model_init.py", base);
  emit(`${dir}/models/__init__.py`, "models_init.py", { ...base, models: models.map((m) => ({ module: m.fileName, className: m.className })) });
  emit(`${dir}/__init__.py`, "package_init.py", {
    ...base,
    versionLiteral: pyString(options.packageVersion),
    hasSigning,
    recursionLimit: options.recursionLimit !== undefined && /^\d+$/.test(options.recursionLimit) ? options.recursionLimit : null,
  });
  // A dotted package name (a.b.c) needs an __init__.py in every parent.
  const parts = pkg.split(".");
  for (let i = 1; i < parts.length; i++) files.push({ path: `${parts.slice(0, i).join("/")}/__init__.py`, contents: "" });

  emit(`${dir}/model_utils.py`, "model_utils.py", base);
  emit(`${dir}/exceptions.py`, "exceptions.py", base);
  emit(`${dir}/rest.py`, "rest.py", base);
  emit(`${dir}/api_client.py`, "api_client.py", { ...base, userAgentLiteral: pyString(`OpenAPI-Generator/${options.packageVersion}/python`) });
  emit(`${dir}/configuration.py`, "configuration.py", buildConfigurationView(ctx, options.packageVersion));
  if (hasSigning) emit(`${dir}/signing.py`, "signing.py", base);

  const description = ctx.model.info.title;
  emit("setup.py", "setup.py", {
    ...base,
    hasSigning,
    projectNameLiteral: pyString(options.projectName),
    versionLiteral: pyString(options.packageVersion),
    descriptionLiteral: pyString(description),
    titleLiteral: pyString(ctx.model.info.title),
    urlLiteral: pyString(options.packageUrl ?? ""),
    longDescriptionLiteral: pyString(ctx.model.info.description ?? ""),
  });
  emit("requirements.txt", "requirements.txt", base);
  emit("test-requirements.txt", "test-requirements.txt", base);
  emit("setup.cfg", "setup.cfg", base);
  emit("tox.ini", "tox.ini", base);
  emit(".gitignore", "gitignore", base);
  emit("test/__init__.py", "test_init.py", base);
  return files;
}

/** The API title as module docstrings show it. */
export function docstringTitle(title: string): string {
  return pyDocstring(title.replace(/\r?\n/g, " "));
}
