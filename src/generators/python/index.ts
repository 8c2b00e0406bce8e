// The `python` generator: OpenAPI Generator's pydantic v2 `python` client (7.x): its package
// layout, docs (docs/<Tag>Api.md, docs/<Model>.md, README.md) and project files. The package
// code (configuration.py, api_client.py, rest.py, api/*.py, models/*.py) comes from ./runtime
// through `buildPythonCodeFiles`.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { basePathOf } from "../../codegen/base-path.js";
import { renameMessage } from "../../codegen/model-names.js";
import { apiDocWrites, buildApiGroupsWithDocs, groupOptionsOf } from "../../codegen/operations.js";
import { webhookGroupsOf } from "../../codegen/webhooks.js";
import { responseHeaderDescriptions } from "../../codegen/response-headers.js";
import type { ApiModel } from "../../model/ir.js";
import type { FileRole, GeneratedFile } from "../../render/write.js";
import { apiRole, modelRole, skipFormModel } from "../../codegen/select-files.js";
import { COMMON_OPTIONS, type GenerateContext, type Generator, type GeneratorOptions } from "../generator.js";
import { buildApiDocView } from "./api-doc-views.js";
import type { PythonDocContext } from "./doc-context.js";
import { PythonExamples } from "./examples.js";
import { apiDocPath, modelDocPath, PROJECT_FILES, pythonLayout } from "./files.js";
import { buildModelDocView } from "./model-doc-views.js";
import { oagDocsModel } from "../../codegen/oag-docs-model.js";
import { buildDocModels, buildModels } from "./models.js";
import { PythonNames } from "./names.js";
import { booleanOption, stringOption } from "../option-values.js";
import { own } from "../../model/own.js";
import { buildProjectView, hasHttpSignature, readmeRequirements } from "./project-view.js";
import { pythonDocRelease } from "./releases.js";
import { buildReadmeView } from "./readme-view.js";
import { pyString } from "./runtime/escape.js";
import { buildPythonCodeFiles } from "./runtime/index.js";
import { PythonTypes } from "./types.js";

const MAP_NUMBER_TO = ["Union[StrictFloat, StrictInt]", "StrictFloat", "float"];
// PythonClientCodegen supportedLibraries (httpx: OAG 7.14).
const LIBRARIES = ["urllib3", "asyncio", "tornado", "httpx"];

export const pythonGenerator: Generator = {
  name: "python",
  description: "Python client on pydantic v2 and urllib3 (OpenAPI Generator's python layout and docs)",
  options: [
    ...COMMON_OPTIONS,
    { name: "hideGenerationTimestamp", description: "false writes the build date into the README", default: "true" },
    { name: "packageName", description: "python package name (snake_case; dots nest packages)", default: "openapi_client" },
    { name: "projectName", description: "python project name in setup.py and pyproject.toml", default: "packageName with _ -> -" },
    { name: "packageVersion", description: "python package version", default: "1.0.0" },
    { name: "packageUrl", description: "python package URL" },
    { name: "generateSourceCodeOnly", description: "write only the package (docs and README inside it), no project files", default: "false" },
    { name: "library", description: "HTTP library: urllib3, asyncio (aiohttp, async), httpx (async) or tornado (deprecated, async; requires tornado >= 6.0; OpenAPI Generator's requirements ask for tornado < 5)", default: "urllib3" },
    { name: "mapNumberTo", description: "Python type of `number`: Union[StrictFloat, StrictInt], StrictFloat or float", default: "Union[StrictFloat, StrictInt]" },
    { name: "useOneOfDiscriminatorLookup", description: "oneOf wrappers with a discriminator always pick the member by its mapping (what true does in OpenAPI Generator); false changes nothing", default: "false" },
    { name: "disallowAdditionalPropertiesIfNotPresent", description: "a schema without additionalProperties allows none", default: "true" },
    { name: "datetimeFormat", description: "Configuration.datetime_format: strftime format of date-time query parameters", default: "%Y-%m-%dT%H:%M:%S.%f%z" },
    { name: "dateFormat", description: "Configuration.date_format: strftime format of date query parameters", default: "%Y-%m-%d" },
    { name: "recursionLimit", description: "the package calls sys.setrecursionlimit(N) when imported" },
    { name: "setEnsureAsciiToFalse", description: "request JSON is always UTF-8 without \\u escapes (what true does in OpenAPI Generator); false changes nothing", default: "false" },
    { name: "gitHost", description: "git host in git_push.sh", default: "github.com" },
    { name: "gitUserId", description: "git user in git_push.sh and the README", default: "GIT_USER_ID" },
    { name: "gitRepoId", description: "git repository in git_push.sh and the README", default: "GIT_REPO_ID" },
    { name: "releaseNote", description: "commit message of git_push.sh", default: "Minor update" },
    { name: "infoEmail", description: "author email of the README, setup.py and pyproject.toml when the spec's info.contact has none", default: "team@openapitools.org in setup.py and pyproject.toml" },
    { name: "removeEnumValuePrefix", description: "the docs name an enum default's member after its value less the common prefix of the enum's values (OpenAPI Generator's default: true before 7.11.0, false since)" },
    { name: "modelNamePrefix", description: "prefix of every model name" },
    { name: "modelNameSuffix", description: "suffix of every model name" },
  ],
  inlineOptions: (options) => ({
    refactorAllOfInlineSchemas: false,
    resolveInlineEnums: false,
    skipSchemaReuse: false,
    nameMappings: {},
    ...(stringOption(options, "oagVersion") !== undefined ? { oagVersion: stringOption(options, "oagVersion")! } : {}),
  }),
  wireLiteral: pyString,
  generate(model: ApiModel, options: GeneratorOptions, ctx: GenerateContext): GeneratedFile[] {
    const settings = readSettings(options, ctx);
    const release = pythonDocRelease(settings.oagVersion);
    const layout = pythonLayout(settings.packageName, settings.sourceOnly);
    const names = new PythonNames(options, model);
    for (const r of names.modelPlan!.renamed) ctx.warn(r.pointer, renameMessage(r));
    const types = new PythonTypes(model, names, options.typeMappings, release);
    // The docs name models as OAG does: schemas that share a class name (`FlowOperation_union` and
    // `FlowOperationUnion`) share it there too, where the code gives the later ones a suffix
    // (buildDocModels: which one OAG documents).
    // Without a renamed clash (the usual case) the two namings agree and the code's are used.
    const clashes = names.modelPlan!.renamed.length > 0;
    const docNames = clashes ? new PythonNames(options) : names;
    // The docs name properties as OAG's parser does (a YAML key `on` is `true`; oag-docs-model.ts).
    const docModel = oagDocsModel(model, { absentItemsAsString: release.absentItemsAsString && model.source.openapiVersion === "3.0" });
    // The docs' types follow the release's normalizer (PythonTypes.oagVersion: NORMALIZE_31SPEC, 3.1
    // documents only); the client's do not. Otherwise the two agree and the code's are used.
    const ownDocTypes = clashes || docModel !== model || model.source.openapiVersion === "3.1";
    const docTypes = ownDocTypes ? new PythonTypes(docModel, docNames, options.typeMappings, release, settings.oagVersion) : types;
    const docs: PythonDocContext = {
      model: docModel,
      names: docNames,
      types: docTypes,
      examples: new PythonExamples(docTypes, settings.packageName, release.singleQuotesEscaped),
      packageName: settings.packageName,
      basePath: basePathOf(model.servers),
      oagVersion: settings.oagVersion,
      // PythonClientCodegen: asyncio and httpx set `async` (the docs await); tornado does not.
      async: settings.library === "asyncio" || settings.library === "httpx",
      headerDescriptions: responseHeaderDescriptions(model),
      ...(own(options.additionalProperties, "removeEnumValuePrefix") !== undefined ? { removeEnumValuePrefix: booleanOption(options, "removeEnumValuePrefix", true) } : {}),
    };
    // OAG's names for the operations' parameters too (a body is named after its model's class:
    // `thing_kind`, typed ThingKind2 in the code when that model was renamed), in the docs and the code.
    // The docs (API docs, README) describe OAG's groups, where two tags with one class name
    // (`File links`, `File Links`) are two; the client has one API per class name.
    const { groups, docGroups, ...webhookSets } = buildApiGroupsWithDocs(model, docNames, { ...groupOptionsOf(options.additionalProperties), formRefBodyAsBody: !release.refFormBodyFields, operationIdsUniqueInRun: release.operationIdsUniqueInRun, mapFormFieldsSkipped: release.mapFormFieldsSkipped }, docModel);
    // A 3.1 document's webhooks: API docs and modules as the paths' (codegen/webhooks.ts), from 7.2.0.
    const webhooks = webhookGroupsOf(model, webhookSets, settings.oagVersion, ctx);
    // The client keeps a model for a schema a form body's properties reach (7.0.0's visitor, release row
    // formIntoProperties, drops it from OAG's docs and client while a kept model still imports it).
    const skipForms = skipFormModel(options.globalProperties);
    const models = buildModels(model, names, options.schemaMappings, skipForms && { formIntoProperties: false });
    const docModels = buildDocModels(docModel, docNames, options.schemaMappings, skipForms && { formIntoProperties: release.formIntoProperties });

    const files: GeneratedFile[] = [];
    const add = (path: string, contents: string, role?: FileRole) => files.push({ path, contents, ...(role ? { role } : {}) });
    const apiDocs = new Set<string>();
    // Every write, a webhook tag's doc after (and over) a path tag's of the same name: generate.ts keeps the last.
    const apiDocFiles: GeneratedFile[] = [];
    for (const { stem, group } of apiDocWrites([...docGroups, ...webhooks.docGroups], docNames, release.uniqueApiDocNames)) {
      apiDocs.add(apiDocPath(layout, stem));
      apiDocFiles.push({ path: apiDocPath(layout, stem), contents: ctx.templates.render("api-doc", buildApiDocView(group, docs)), role: apiRole("apiDoc", group) });
    }
    // A model whose class is also an API's (a schema `FlowApi` beside the tag `Flow`) shares its doc
    // file: DefaultGenerator writes the models first and the APIs over them, so the API doc stays.
    for (const m of docModels) {
      if (apiDocs.has(modelDocPath(layout, m.className))) continue;
      add(modelDocPath(layout, m.className), ctx.templates.render("model-doc", buildModelDocView(m, docs)), modelRole("modelDoc", m.named.name, m.className));
    }
    add(
      layout.readmePath,
      ctx.templates.render(
        layout.sourceOnly ? "readme-source-only" : "readme",
        buildReadmeView(docGroups, docModels, docs, {
          projectName: settings.projectName,
          generatorVersion: oaswrightVersion(),
          buildPackage: "oaswright python generator",
          packageVersion: settings.packageVersion,
          buildDate: settings.hideGenerationTimestamp ? null : buildDate(),
          docPath: layout.docDir,
          sourceOnly: layout.sourceOnly,
          gitUserId: settings.gitUserId,
          gitHost: settings.gitHost,
          gitRepoId: settings.gitRepoId,
          pythonVersion: release.languageVersion,
          requirements: readmeRequirements(settings.library, hasHttpSignature(model), settings.oagVersion),
          ...(settings.infoEmail !== undefined ? { infoEmail: settings.infoEmail } : {}),
        }),
      ),
    );

    for (const dir of layout.parentPackageDirs) add(`${dir}/__init__.py`, "");
    add(`${layout.testDir}/__init__.py`, "");
    if (layout.projectFiles) {
      const project = buildProjectView(model, layout, settings);
      for (const [template, path] of PROJECT_FILES) add(path, ctx.templates.render(template, project));
      add(`${layout.packagePath}/py.typed`, "");
    }
    files.push(
      ...buildPythonCodeFiles({
        model,
        options,
        names,
        types,
        apiGroups: groups,
        webhookGroups: webhooks.groups,
        models,
        packageName: layout.packageName,
        packagePath: layout.packagePath,
        templates: ctx.templates,
        warn: (pointer, message) => ctx.warn(pointer, message),
      }),
    );
    return [...dedupe(files), ...apiDocFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

interface PythonSettings {
  readonly packageName: string;
  readonly projectName: string;
  readonly packageVersion: string;
  readonly packageUrl?: string;
  readonly sourceOnly: boolean;
  readonly hideGenerationTimestamp: boolean;
  readonly library: string;
  readonly oagVersion: string | undefined;
  readonly gitHost: string;
  readonly gitUserId: string;
  readonly gitRepoId: string;
  readonly releaseNote: string;
  /** The `infoEmail` option (README author, setup.py/pyproject author email) where the spec has no contact email. */
  readonly infoEmail?: string;
}

function readSettings(options: GeneratorOptions, ctx: GenerateContext): PythonSettings {
  const packageName = stringOption(options, "packageName") ?? "openapi_client";
  const library = stringOption(options, "library") ?? "urllib3";
  if (!LIBRARIES.includes(library)) ctx.warn("", `unknown library ${JSON.stringify(library)}; using urllib3`);
  const mapNumberTo = stringOption(options, "mapNumberTo");
  if (mapNumberTo !== undefined && !MAP_NUMBER_TO.includes(mapNumberTo)) {
    ctx.warn("", `mapNumberTo must be one of ${MAP_NUMBER_TO.join(", ")}; got ${JSON.stringify(mapNumberTo)}`);
  }
  const packageUrl = stringOption(options, "packageUrl");
  const infoEmail = stringOption(options, "infoEmail");
  return {
    packageName,
    projectName: stringOption(options, "projectName") ?? packageName.replace(/_/g, "-"),
    packageVersion: stringOption(options, "packageVersion") ?? "1.0.0",
    ...(packageUrl !== undefined ? { packageUrl } : {}),
    sourceOnly: booleanOption(options, "generateSourceCodeOnly", false),
    hideGenerationTimestamp: booleanOption(options, "hideGenerationTimestamp", true),
    library: LIBRARIES.includes(library) ? library : "urllib3",
    oagVersion: stringOption(options, "oagVersion"),
    gitHost: stringOption(options, "gitHost") ?? "github.com",
    gitUserId: stringOption(options, "gitUserId") ?? "GIT_USER_ID",
    gitRepoId: stringOption(options, "gitRepoId") ?? "GIT_REPO_ID",
    releaseNote: stringOption(options, "releaseNote") ?? "Minor update",
    ...(infoEmail !== undefined ? { infoEmail } : {}),
  };
}

/** `oaswright <version>` from our package.json (dist/generators/python -> the project root). */
function oaswrightVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "package.json"), "utf8")) as { version?: string };
    return `oaswright ${pkg.version ?? "unknown"}`;
  } catch {
    return "oaswright";
  }
}

/** The README's build date (only when hideGenerationTimestamp=false); SOURCE_DATE_EPOCH pins it. */
function buildDate(): string {
  const epoch = process.env["SOURCE_DATE_EPOCH"];
  const date = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString();
}

/** The code helper may write a file this generator writes too (e.g. an `__init__.py`): its copy wins. */
function dedupe(files: GeneratedFile[]): GeneratedFile[] {
  const byPath = new Map<string, GeneratedFile>();
  for (const f of files) byPath.set(f.path, f);
  return [...byPath.values()];
}
