// The `python-prior` generator: OpenAPI Generator 5.3–6.6's legacy python client layout and
// docs (`<pkg>/api/<tag>_api.py`, `<pkg>/model/<model>.py`, `model_utils.py`), with our own
// runtime on urllib3 and python-dateutil.

import { pythonPriorDocRelease } from "./releases.js";
import { oagDocumentedModels, renameMessage } from "../../codegen/model-names.js";
import { apiDocFiles, buildApiGroupsWithDocs, groupOptionsOf, type CodegenNaming } from "../../codegen/operations.js";
import type { ApiModel } from "../../model/ir.js";
import { oagDocsModel } from "../../codegen/oag-docs-model.js";
import type { GeneratedFile } from "../../render/write.js";
import { apiRole, modelRole, skipFormModel } from "../../codegen/select-files.js";
import { COMMON_OPTIONS, NO_TIMESTAMP_OPTION, type GenerateContext, type Generator, type GeneratorOptions } from "../generator.js";
import { buildApiDocView, buildReadmeView, unknownBaseTypeBody, type DocContext } from "./doc-views.js";
import { PythonPriorExamples } from "./examples.js";
import { pyString } from "../python/runtime/escape.js";
import { buildModelDocView } from "./model-doc-views.js";
import { clientFormOnlySchemas, docFormOnlySchemas, PythonPriorModels } from "./models.js";
import { mappedSchemas } from "../../codegen/type-mappings.js";
import { PythonPriorNames } from "./names.js";
import { stringOption } from "../option-values.js";
import { PythonPriorTypes } from "./types.js";
import { buildSupportView, type ClientContext } from "./client-views.js";
import { buildClientFiles, docstringTitle } from "./files.js";

export const pythonPriorGenerator: Generator = {
  name: "python-prior",
  description: "Python client in OpenAPI Generator 6.6's python-prior layout (urllib3, python-dateutil)",
  options: [
    ...COMMON_OPTIONS,
    NO_TIMESTAMP_OPTION,
    { name: "packageName", description: "python package name (snake_case)", default: "openapi_client" },
    { name: "projectName", description: "project name in setup.py (default: packageName with - for _)" },
    { name: "packageVersion", description: "package version", default: "1.0.0" },
    { name: "packageUrl", description: "package URL in setup.py" },
    { name: "gitHost", description: "git host in the README's install line", default: "github.com" },
    { name: "gitUserId", description: "git user in the README's install line", default: "GIT_USER_ID" },
    { name: "gitRepoId", description: "git repository in the README's install line", default: "GIT_REPO_ID" },
    { name: "recursionLimit", description: "sys.setrecursionlimit() applied on import" },
    { name: "initRequiredVars", description: "true: composed (allOf/oneOf/anyOf) models take their required properties without a default as positional arguments of `__init__` and `_from_openapi_data`, as normal models do (read-only ones only in `_from_openapi_data`), and fill in required properties' defaults; false: composed models take keyword arguments only", default: "false" },
    { name: "disallowAdditionalPropertiesIfNotPresent", description: "false: a schema without additionalProperties allows any (JSON Schema's meaning); true: it allows none (additional_properties_type None; unknown keys are refused unless Configuration.discard_unknown_keys). allOf members still get only the properties they declare, so compositions keep working (OpenAPI Generator's fail)", default: "false" },
    { name: "modelNamePrefix", description: "prefix of every model name" },
    { name: "modelNameSuffix", description: "suffix of every model name" },
    { name: "library", description: "urllib3 (the only one)", default: "urllib3" },
  ],
  inlineOptions: (options: GeneratorOptions) => {
    const oagVersion = stringOption(options, "oagVersion");
    // OAG 6.x extracted inline allOf members of component schemas as `<Model>_allOf` models.
    // PythonPriorClientCodegen: ModelUtils.setGenerateAliasAsModel(true), whatever the option says.
    return { refactorAllOfInlineSchemas: true, resolveInlineEnums: false, skipSchemaReuse: false, nameMappings: {}, generateAliasAsModel: true, ...(oagVersion !== undefined ? { oagVersion } : {}) };
  },
  wireLiteral: pyString,
  generate(model: ApiModel, options: GeneratorOptions, ctx: GenerateContext): GeneratedFile[] {
    const oagVersion = stringOption(options, "oagVersion");
    const release = pythonPriorDocRelease(oagVersion);
    // python-prior's generator left OAG with 7.0.0, before generateWebhooks (7.2.0, codegen/webhooks.ts).
    if ((model.webhooks ?? []).length > 0) ctx.warn("/webhooks", "webhooks are requests the API sends, not calls a client makes: not generated (OpenAPI Generator's python-prior writes nothing for them)");
    const names = new PythonPriorNames(options, model);
    for (const r of names.modelPlan!.renamed) ctx.warn(r.pointer, renameMessage(r));
    const types = new PythonPriorTypes(model, names);
    const disallowIfNotPresent = stringOption(options, "disallowAdditionalPropertiesIfNotPresent")?.toLowerCase() === "true";
    const mapped = mappedSchemas(model, options.schemaMappings);
    const skipForms = skipFormModel(options.globalProperties);
    const clientFormOnly = skipForms ? clientFormOnlySchemas(model) : new Set<string>();
    const models = new PythonPriorModels(model, names, types, mapped, disallowIfNotPresent, clientFormOnly);
    // The docs name models as OAG does: schemas that share a class name share it there too, where
    // the code gives the later ones a suffix, and one doc per class name is written (the python
    // generator's index.ts, src/codegen/model-names.ts oagDocumentedModels). Without a renamed
    // clash (the usual case) the two namings agree and the code's are used.
    const clashes = names.modelPlan!.renamed.length > 0;
    const docNames = clashes ? new PythonPriorNames(options) : names;
    // Before 5.2.0 the docs type free-form objects without additional properties apart (release row
    // legacyFreeFormTypes); the client keeps accepting what the spec allows.
    const legacyFreeForm = release.legacyFreeFormTypes;
    // The docs name properties as OAG's parser does (a YAML key `on` is `true`; oag-docs-model.ts).
    const docModel = oagDocsModel(model);
    // OAG's docs leave out the schemas its skipFormModel visitor finds (models.ts docFormOnlySchemas).
    const docFormOnly = skipForms ? docFormOnlySchemas(docModel) : new Set<string>();
    const sameFormOnly = docFormOnly.size === clientFormOnly.size && [...docFormOnly].every((n) => clientFormOnly.has(n));
    const ownDocs = clashes || legacyFreeForm || !release.compositionAnyType || docModel !== model || !sameFormOnly;
    const docTypeOptions = { ...(legacyFreeForm ? { legacyFreeForm: { disallowIfNotPresent } } : {}), compositionAsObject: !release.compositionAnyType };
    const docTypes = ownDocs ? new PythonPriorTypes(docModel, docNames, docTypeOptions) : types;
    const docModels = ownDocs ? new PythonPriorModels(docModel, docNames, docTypes, mapped, disallowIfNotPresent, docFormOnly) : models;
    const documented = oagDocumentedModels(
      docModel.schemas.filter((s) => !docFormOnly.has(s.name) && !mapped.has(s.name)),
      (n) => docNames.modelName(n),
      (s) => docModels.get(s.name) !== undefined,
    );
    const examples = new PythonPriorExamples(docModel, docNames, docTypes, docModels, oagVersion);
    const packageName = stringOption(options, "packageName") ?? "openapi_client";
    const apiPackage = stringOption(options, "apiPackage") ?? `${packageName}.api`;
    const docs: DocContext = { model: docModel, names: docNames, types: docTypes, examples, packageName, apiPackage, release };
    const naming: CodegenNaming = {
      sanitizeTag: (t) => names.sanitizeTag(t),
      apiClassName: (t) => names.apiClassName(t),
      operationId: (id) => names.operationId(id),
      paramName: (n) => names.paramName(n),
      // OAG's class names (the docs'), also for the code's parameters: a body is named after its
      // model's class as OAG names it, whatever the code calls that model.
      modelName: (n) => docNames.modelName(n),
      // A body referencing an object, composed or array model class is named after it (OAG's
      // forceSimpleRef); enum and primitive models stay `body`.
      // an inline composition OAG finds no model for, by release (doc-views.ts unknownBaseTypeBody)
      unknownBaseTypeBody: (s) => unknownBaseTypeBody(s, release),
      bodyBaseName: (s) => {
        const info = s.kind === "ref" ? docModels.get(s.target) : undefined;
        return info && (info.isArray || info.kind !== "simple") ? info.className : undefined;
      },
    };
    // The docs (API docs, README) describe OAG's groups, where two tags with one class name are two
    // (the later one's doc written over the earlier's: python-prior is older than 7.9.0's unique doc
    // names); the client has one API per class name. Every python-prior release is older than 7.0.1's
    // 75ac4a2f58, so the docs leave a form body's map properties out (GroupOptions.mapFormFieldsSkipped).
    const { groups, docGroups } = buildApiGroupsWithDocs(model, naming, { ...groupOptionsOf(options.additionalProperties), formRefBodyAsBody: !release.refFormBodyFields, mapFormFieldsSkipped: true }, docModel);
    const files: GeneratedFile[] = [];
    const docFiles = apiDocFiles(docGroups, naming, false);
    for (const { stem, group } of docFiles) {
      files.push({ path: `docs/${stem}.md`, contents: ctx.templates.render("api-doc", buildApiDocView(group, docs)), role: apiRole("apiDoc", group) });
    }
    const allModels = docModels.all().filter((m) => documented.has(m.named.name));
    // A model doc on the path of an API doc: DefaultGenerator writes the APIs after the models (the API doc stays).
    const apiDocs = new Set(docFiles.map((f) => `docs/${f.stem}.md`));
    for (const info of allModels) {
      if (apiDocs.has(`docs/${info.className}.md`)) continue;
      files.push({ path: `docs/${info.className}.md`, contents: ctx.templates.render("model-doc", buildModelDocView(info, docTypes, release, docModel)), role: modelRole("modelDoc", info.named.name, info.className) });
    }
    files.push({
      path: "README.md",
      contents: ctx.templates.render(
        "readme",
        buildReadmeView(
          docGroups,
          allModels.map((m) => m.className),
          docs,
          {
            projectName: stringOption(options, "projectName") ?? packageName.replace(/_/g, "-"),
            packageVersion: stringOption(options, "packageVersion") ?? "1.0.0",
            gitHost: stringOption(options, "gitHost") ?? "github.com",
            gitUserId: stringOption(options, "gitUserId") ?? "GIT_USER_ID",
            gitRepoId: stringOption(options, "gitRepoId") ?? "GIT_REPO_ID",
          },
        ),
      ),
    });
    // PythonPriorClientCodegen.processOpts: Boolean.valueOf(initRequiredVars), so only "true" in any case.
    const initRequiredVars = stringOption(options, "initRequiredVars")?.toLowerCase() === "true";
    const clientCtx: ClientContext = {
      model, names, types, models, packageName, title: docstringTitle(model.info.title), initRequiredVars,
      support: buildSupportView(models.all().map((m) => m.className)),
    };
    files.push(
      ...buildClientFiles(groups, clientCtx, ctx.templates, {
        projectName: stringOption(options, "projectName") ?? packageName.replace(/_/g, "-"),
        packageVersion: stringOption(options, "packageVersion") ?? "1.0.0",
        packageUrl: stringOption(options, "packageUrl"),
        recursionLimit: stringOption(options, "recursionLimit"),
      }),
    );
    return dropDuplicatePaths(files, ctx).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

/**
 * Two spec names can map to one class (`Foo_request` and `FooRequest`): OAG writes both files
 * and the last one wins; we keep the first (schemas in IR order) and say so.
 */
function dropDuplicatePaths(files: readonly GeneratedFile[], ctx: GenerateContext): GeneratedFile[] {
  const seen = new Set<string>();
  const out: GeneratedFile[] = [];
  for (const f of files) {
    const key = f.path.toLowerCase();
    if (seen.has(key)) {
      ctx.warn("", `two spec names map to the generated file ${f.path}; only the first is written`);
      continue;
    }
    seen.add(key);
    out.push(f);
  }
  return out;
}
