// The code of the python (pydantic v2) client: the package's support modules (configuration,
// api_client, rest, exceptions, api_response), one module per API group and per model, and the
// `__init__.py` files that export them. The docs and the repository files are the python
// generator's other half (../index.ts); this half writes everything that is imported.

import type { ApiGroup } from "../../../codegen/operations.js";
import type { ApiModel } from "../../../model/ir.js";
import type { TemplateEnv } from "../../../render/templates.js";
import type { Coverage, FileRole, GeneratedFile } from "../../../render/write.js";
import { apiRole, modelRole } from "../../../codegen/select-files.js";
import { operationsCoverage } from "../../../codegen/reach.js";
import type { GeneratorOptions } from "../../generator.js";
import { mappedSchemas } from "../../../codegen/type-mappings.js";
import { buildModels, type PythonModel } from "../models.js";
import type { PythonNames } from "../names.js";
import { booleanOption, stringOption } from "../../option-values.js";
import type { PythonTypes } from "../types.js";
import { buildApiModuleView, isSupportedScheme } from "./api-views.js";
import { pyIdentifier, pyModulePath, pyString } from "./escape.js";
import { planDeferredImports, type ModelEdges } from "./model-imports.js";
import { modelKind, planModel, planModelInheritance, type ModelCodeContext } from "./model-views.js";
import { LocalNames } from "./local-names.js";
import { buildConfigurationView, fileHeader } from "./support-views.js";
import { httpLibraryView } from "./http-library.js";
import { hasHttpSignature } from "../project-view.js";

export interface PythonCodeInput {
  readonly model: ApiModel;
  readonly options: GeneratorOptions;
  readonly names: PythonNames;
  readonly types: PythonTypes;
  /** The operations grouped into API classes (codegen's buildApiGroups with these names). */
  readonly apiGroups: readonly ApiGroup[];
  /**
   * A 3.1 document's webhooks grouped as APIs (codegen/webhooks.ts): modules of their own, which the
   * package does not export (OAG's `__init__` templates iterate `apiInfo`, the paths' APIs, only).
   * A module of a path API's name stays the path API's (OAG writes the webhooks' over it, a module that
   * no longer holds the API the package imports from it).
   */
  readonly webhookGroups?: readonly ApiGroup[];
  /** The models to write (models.ts buildModels); computed when absent. */
  readonly models?: readonly PythonModel[];
  /** Dotted (`libica.openapi.v3`). */
  readonly packageName: string;
  /** `packageName` with dots as slashes (`libica/openapi/v3`). */
  readonly packagePath: string;
  readonly templates: TemplateEnv;
  warn(pointer: string, message: string): void;
}

/** The exception classes exceptions.py defines, exported by the package. */
const EXCEPTIONS = [
  "OpenApiException", "ApiTypeError", "ApiValueError", "ApiKeyError", "ApiAttributeError", "ApiException",
  "BadRequestException", "UnauthorizedException", "ForbiddenException", "NotFoundException", "ConflictException",
  "UnprocessableEntityException", "ServiceException",
];

export function buildPythonCodeFiles(input: PythonCodeInput): GeneratedFile[] {
  const { model, options, names, types, templates } = input;
  const packageName = pyModulePath(input.packageName);
  const packagePath = input.packagePath;
  const packageVersion = stringOption(options, "packageVersion") ?? "1.0.0";
  const header = fileHeader(model);
  const models = input.models ?? buildModels(model, names);
  const modelsPackage = `${packageName}.models`;
  const bySchemaName = new Map(models.map((m) => [m.named.name, m]));
  // `--schema-mappings`: the user's classes stand where the models would (OAG's models call their
  // to_dict/from_dict), imported from <pkg>.models.<module of the mapped name>.
  const external = [...mappedSchemas(model, options.schemaMappings)].map((n) => names.modelName(n)).sort();
  const localNames = new LocalNames([...models.map((m) => m.className), ...external]);
  const baseCtx: Omit<ModelCodeContext, "inheritance"> = {
    model,
    names,
    types,
    modelsPackage,
    modelClasses: new Set([...models.map((m) => m.className), ...external]),
    localNames,
    enumClasses: new Set(models.filter((m) => modelKind(m.named.schema) === "enum").map((m) => m.className)),
    packageName,
    mapNumberTo: stringOption(options, "mapNumberTo") ?? "Union[StrictFloat, StrictInt]",
    disallowAdditionalPropertiesIfNotPresent: booleanOption(options, "disallowAdditionalPropertiesIfNotPresent", true),
    bySchemaName,
    warn: input.warn,
  };
  const ctx: ModelCodeContext = { ...baseCtx, inheritance: planModelInheritance(models, baseCtx) };
  const http = httpLibraryView(stringOption(options, "library") ?? "urllib3");
  const signing = hasHttpSignature(model);
  // The classes the package exports itself, as python/__init__package.mustache binds them (after the
  // API classes, before the models). HttpSigningConfiguration comes after the exceptions (the docs'
  // examples write `<package>.HttpSigningConfiguration(...)`).
  const supportExports: Export[] = [
    { module: `${packageName}.api_client`, name: "ApiClient" },
    { module: `${packageName}.api_response`, name: "ApiResponse" },
    { module: `${packageName}.configuration`, name: "Configuration" },
    ...EXCEPTIONS.map((name) => ({ module: `${packageName}.exceptions`, name })),
    ...(signing ? [{ module: `${packageName}.signing`, name: "HttpSigningConfiguration" }] : []),
  ];
  // A model may be named like one of them (the python petstore's `ApiResponse`): it keeps its name, as
  // in OAG's docs and package, and nothing the client runs is shadowed (topLevelExports, local-names.ts).
  const supportModules = new Map(supportExports.map((e) => [e.name, e.module]));
  for (const m of models) {
    const module = supportModules.get(m.className);
    if (module === undefined) continue;
    const runtime = `${module}.${m.className}`;
    input.warn(m.named.pointer, PACKAGE_BINDS_RUNTIME.has(m.className)
      ? `model ${m.className} is ${modelsPackage}.${m.className}, not ${packageName}.${m.className}: that stays the package's own class (${runtime}), which the docs' examples call`
      : `model ${m.className} is exported as ${packageName}.${m.className}, as OpenAPI Generator's package exports it; the package's own class is ${runtime}`);
  }
  for (const scheme of model.securitySchemes) {
    if (!isSupportedScheme(scheme)) {
      input.warn(scheme.pointer, `security scheme ${scheme.name} (${scheme.type}${scheme.type === "http" ? ` ${scheme.scheme}` : ""}) is not supported by the python client: no credentials are sent for it`);
    }
  }

  const files: GeneratedFile[] = [];
  const emit = (path: string, template: string, view: object, covers?: Coverage, role?: FileRole) =>
    files.push({ path, contents: templates.render(template, view), ...(covers ? { covers } : {}), ...(role ? { role } : {}) });
  const pkg = (file: string) => `${packagePath}/${file}`;

  // Parent packages of a dotted package name are plain packages too.
  const parts = packagePath.split("/");
  for (let i = 1; i < parts.length; i++) emit(`${parts.slice(0, i).join("/")}/__init__.py`, "runtime/namespace_init.py", {});

  const support = { header, packageName, http };
  emit(pkg("exceptions.py"), "runtime/exceptions.py", support);
  emit(pkg("api_response.py"), "runtime/api_response.py", support);
  emit(pkg("rest.py"), http.restTemplate, support);
  emit(pkg("py.typed"), "runtime/py.typed", {});
  emit(pkg("configuration.py"), "runtime/configuration.py", buildConfigurationView(model, {
      header,
      packageName,
      packageVersion,
      http,
      datetimeFormat: stringOption(options, "datetimeFormat") ?? "%Y-%m-%dT%H:%M:%S.%f%z",
      dateFormat: stringOption(options, "dateFormat") ?? "%Y-%m-%d",
    }));
  // PythonClientCodegen.processOpts: signing.py only when the spec has an HTTP signature scheme.
  if (signing) emit(pkg("signing.py"), "runtime/signing.py", support);
  emit(pkg("api_client.py"), "runtime/api_client.py", {
    ...support,
    userAgent: pyString(stringOption(options, "httpUserAgent") ?? `OpenAPI-Generator/${packageVersion}/python`),
    externalModels: external.map((name) => ({ name: pyString(name), module: pyString(`${modelsPackage}.${names.modelModule(name)}`) })),
  });

  // Models, with the imports that close a cycle moved to the bottom of their modules.
  const plans = models.map((m) => planModel(m, ctx, header));
  const graph = new Map<string, ModelEdges>(plans.map((p) => [p.model.className, { uses: p.uses, ...(p.base !== undefined ? { base: p.base } : {}) }]));
  const deferred = planDeferredImports(graph);
  for (const [name, edges] of graph) {
    if (edges.base !== undefined && deferred.get(edges.base)?.has(name)) {
      input.warn(bySchemaName.get(name)?.named.pointer ?? "", `model ${name} inherits from ${edges.base}, which uses it: importing ${name} first fails`);
    }
  }
  for (const plan of plans) {
    const { template, view } = plan.render(deferred.get(plan.model.className) ?? new Set());
    emit(pkg(`models/${plan.model.module}.py`), template, view, { schemas: [plan.model.named.name] }, modelRole("model", plan.model.named.name, plan.model.className));
  }

  const apiView = (group: ApiGroup) => {
    // A tag may start with a digit (`123 numbers` -> `123NumbersApi`): not a Python name.
    const className = pyIdentifier(group.className);
    const module = pyIdentifier(names.apiModule(group.className));
    if (className !== group.className) input.warn("", `API class ${group.className} is called ${className} in Python`);
    return { className, module, group, view: buildApiModuleView(group, className, ctx, header, http) };
  };
  const apiViews = input.apiGroups.map(apiView);
  const pathModules = new Set(apiViews.map((a) => a.module.toLowerCase()));
  const webhookViews = (input.webhookGroups ?? []).filter((g) => !pathModules.has(pyIdentifier(names.apiModule(g.className)).toLowerCase())).map(apiView);
  for (const api of [...apiViews, ...webhookViews]) {
    // The reach audit searches each operation's own methods (from its `def <name>(` to the next
    // operation's), not the whole module, which holds all of a tag's operations.
    const contents = templates.render("runtime/api.py", api.view);
    const covers = operationsCoverage(contents, api.group.operations.map((o, k) => [o.op.pointer, `def ${api.view.operations[k]!.name}(\n        self,\n`] as const));
    files.push({ path: pkg(`api/${api.module}.py`), contents, covers, role: apiRole("api", api.group) });
  }

  const apiExports = apiViews.map((a) => ({ module: `${packageName}.api.${a.module}`, name: a.className }));
  const modelExports = models.map((m) => ({ module: `${modelsPackage}.${m.module}`, name: m.className }));
  emit(pkg("api/__init__.py"), "runtime/init.py", reexports(header, apiExports, input.warn));
  emit(pkg("models/__init__.py"), "runtime/init.py", reexports(header, modelExports, input.warn));
  const topExports = topLevelExports(apiExports, supportExports, modelExports);
  // __init__package.mustache: -p recursionLimit=N calls sys.setrecursionlimit(N) on import.
  const recursionLimit = stringOption(options, "recursionLimit");
  if (recursionLimit !== undefined && !/^\d+$/.test(recursionLimit)) input.warn("", `recursionLimit ${JSON.stringify(recursionLimit)} is not a whole number: ignored`);
  emit(pkg("__init__.py"), "runtime/init.py", {
    ...reexports(header, topExports, input.warn),
    version: pyString(packageVersion),
    recursionLimit: recursionLimit !== undefined && /^\d+$/.test(recursionLimit) ? recursionLimit : null,
  });
  return files;
}

/**
 * The package's own classes that keep the package-level name when a model is named like them: the
 * ones the docs' examples call through the package (`<pkg>.Configuration(host=...)`,
 * `<pkg>.ApiClient(configuration)`, `<pkg>.HttpSigningConfiguration(...)`, partials/example-*.hbs).
 */
const PACKAGE_BINDS_RUNTIME: ReadonlySet<string> = new Set(["ApiClient", "Configuration", "HttpSigningConfiguration"]);

/**
 * The package's exports, as OAG's `__init__package.mustache` binds them: the API classes, the
 * support classes, then the models, each a later `from ... import` of the same name rebinding it, so
 * a model named like a support class (`ApiResponse`, `ApiException`) is what `<pkg>.ApiResponse`
 * names, as OAG's users import it. The support class stays in its module (`<pkg>.api_response`),
 * where the API modules and api_client.py import it from (under a private alias in a module that
 * also imports the model: local-names.ts), so nothing the client runs is shadowed. Where OAG's
 * rebinding breaks its own docs (a model `Configuration` would make the documented
 * `<pkg>.Configuration(host=...)` build the model), the support class keeps the name
 * (PACKAGE_BINDS_RUNTIME) and the model is `<pkg>.models.Configuration`. An API class keeps its
 * name over a model for the same reason (`<pkg>.PetApi(api_client)`). Each name is imported once
 * (mypy rejects a rebinding import).
 */
function topLevelExports(apis: readonly Export[], support: readonly Export[], models: readonly Export[]): Export[] {
  const modelNames = new Set(models.map((m) => m.name));
  const kept = support.filter((s) => PACKAGE_BINDS_RUNTIME.has(s.name) || !modelNames.has(s.name));
  const keptNames = new Set(kept.map((s) => s.name));
  return [...apis, ...kept, ...models.filter((m) => !keptNames.has(m.name))];
}

interface Export {
  readonly module: string;
  readonly name: string;
}

/**
 * `from m import X as X` lines and `__all__`; a name exported twice keeps its first module. An
 * empty `__all__` is annotated (mypy --strict cannot infer its type); a full one is not, because
 * importing a submodule binds its name in the package, so a model module `list.py` would make
 * `list[str]` subscript a module.
 */
function reexports(header: string, exports: readonly { module: string; name: string }[], warn: (pointer: string, message: string) => void): object {
  const seen = new Map<string, string>();
  const imports: string[] = [];
  for (const { module, name } of exports) {
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      if (earlier !== module) warn("", `${module}.${name} is not exported from the package: ${earlier} exports that name`);
      continue;
    }
    seen.set(name, module);
    imports.push(`from ${module} import ${name} as ${name}`);
  }
  return { header, version: null, imports, names: [...seen.keys()].map(pyString) };
}
