// The `typescript` generator: OpenAPI Generator's typescript layout and docs, with a
// zero-dependency fetch client (see ./client for the code files).

import { isUnknownBaseTypeBody, unionBodyName } from "./doc-views.js";
import { typescriptDocRelease } from "./releases.js";
import { responseHeaderDescriptions } from "../../codegen/response-headers.js";
import { renameMessage } from "../../codegen/model-names.js";
import { apiDocWrites, buildApiGroupsWithDocs, groupOptionsOf, type CodegenNaming } from "../../codegen/operations.js";
import { webhookGroupsOf } from "../../codegen/webhooks.js";
import { apiRole } from "../../codegen/select-files.js";
import type { ApiModel, Schema } from "../../model/ir.js";
import { oagDocsModel } from "../../codegen/oag-docs-model.js";
import type { GeneratedFile } from "../../render/write.js";
import { COMMON_OPTIONS, NO_TIMESTAMP_OPTION, type GenerateContext, type Generator, type GeneratorOptions } from "../generator.js";
import { tsString } from "./client/escape.js";
import { readClientOptions } from "./client/client-options.js";
import { buildClientFiles } from "./client/files.js";
import { buildApiDocView } from "./doc-views.js";
import { TypeScriptExamples } from "./examples.js";
import { TypeScriptNames } from "./names.js";
import { stringOption } from "../option-values.js";
import { TypeScriptTypes } from "./types.js";
import { mappedSchemas } from "../../codegen/type-mappings.js";

export const typescriptGenerator: Generator = {
  name: "typescript",
  description: "TypeScript client on native fetch, zero runtime dependencies (OpenAPI Generator's typescript layout and docs)",
  options: [
    ...COMMON_OPTIONS,
    NO_TIMESTAMP_OPTION,
    { name: "npmName", description: "package name in package.json and the README" },
    { name: "npmVersion", description: "package version (default: the spec's info.version)" },
    { name: "npmRepository", description: "private npm registry URL for package.json" },
    { name: "projectName", description: "the package imported in doc examples" },
    { name: "moduleName", description: "the prefix of API doc headings" },
    { name: "platform", description: "browser, node or deno. node: ResponseBody.binary() and downloaded files give Buffers (the package depends on @types/node for their type, as OAG's does), RequestContext.setBody takes a form-data package FormData, RequestContext.setAgent takes an http.Agent/https.Agent (proxy, keep-alive, custom CA) used for that request; deno: imports `.ts` files, no package.json/tsconfig.json", default: "browser" },
    { name: "framework", description: "fetch-api (the platform's fetch) or jquery (jQuery.ajax, for browsers: http/jquery.ts with JQueryHttpLibrary, the package depends on jquery and @types/jquery; not with platform=deno)", default: "fetch-api" },
    { name: "supportsES6", description: "an ES module package (`type: module`) instead of CommonJS", default: "false" },
    { name: "useObjectParameters", description: "`PetApi` takes one request object per call (types/ObjectParamAPI.ts) instead of positional parameters", default: "false" },
    { name: "useRxJS", description: "the Observable API uses rxjs (a dependency) instead of the bundled rxjsStub.ts", default: "false" },
    { name: "useInversify", description: "InversifyJS decorators and service identifiers (services/*.ts, Abstract<Tag>Api, ApiServiceBinder; a dependency on inversify); not with platform=deno", default: "false" },
    { name: "importFileExtension", description: "ending of relative imports: `.js` or `.mjs` for Node ES modules (default: none; `.ts` for deno)" },
    { name: "enumPropertyNaming", description: "enum member names: PascalCase, camelCase, UPPERCASE, snake_case or original", default: "PascalCase" },
    { name: "modelPropertyNaming", description: "model property names: camelCase, PascalCase, snake_case or original", default: "camelCase" },
    { name: "paramNaming", description: "parameter names: camelCase, PascalCase, snake_case or original", default: "camelCase" },
    { name: "gitHost", description: "git host in git_push.sh", default: "github.com" },
    { name: "gitUserId", description: "git user in git_push.sh", default: "GIT_USER_ID" },
    { name: "gitRepoId", description: "git repository in git_push.sh", default: "GIT_REPO_ID" },
    { name: "releaseNote", description: "commit message of git_push.sh", default: "Minor update" },
    { name: "artifactId", description: "read by OpenAPI Generator's Java generators only; its typescript generator ignores it, and so does oaswright" },
    { name: "modelNamePrefix", description: "prefix of every model name" },
    { name: "modelNameSuffix", description: "suffix of every model name" },
  ],
  inlineOptions: () => ({ refactorAllOfInlineSchemas: false, resolveInlineEnums: false, skipSchemaReuse: false, nameMappings: {} }),
  wireLiteral: tsString,
  generate(model: ApiModel, options: GeneratorOptions, ctx: GenerateContext): GeneratedFile[] {
    const framework = stringOption(options, "framework") ?? "fetch-api";
    if (framework !== "fetch-api" && framework !== "jquery") ctx.warn("", `framework ${JSON.stringify(framework)} is not generated; the client uses fetch (framework=fetch-api)`);
    else if (framework === "jquery" && readClientOptions(options).platform === "deno") ctx.warn("", "framework \"jquery\" is not generated for platform=deno (jQuery needs a DOM); the client uses fetch");
    const names = new TypeScriptNames(options, model);
    for (const r of names.modelPlan!.renamed) ctx.warn(r.pointer, renameMessage(r));
    const types = new TypeScriptTypes(model, names, options.typeMappings, options.importMappings);
    // The docs name models as OAG does: schemas that share a class name share it there too, where
    // the code gives the later ones a suffix (src/codegen/model-names.ts; OAG writes one model per
    // class name). Without a renamed clash (the usual case) the two namings agree.
    const clashes = names.modelPlan!.renamed.length > 0;
    const docNames = clashes ? new TypeScriptNames(options) : names;
    // The docs name properties as OAG's parser does (a YAML key `on` is `true`; oag-docs-model.ts).
    const docModel = oagDocsModel(model, { absentItemsAsString: typescriptDocRelease(stringOption(options, "oagVersion")).absentItemsAsString && model.source.openapiVersion === "3.0" });
    // The docs' types follow the release's normalizer (TypeScriptTypes.oagVersion: NORMALIZE_31SPEC,
    // 3.1 documents only); the client's do not. Otherwise the two agree and the code's are used.
    const ownDocTypes = clashes || docModel !== model || model.source.openapiVersion === "3.1";
    const docTypes = ownDocTypes ? new TypeScriptTypes(docModel, docNames, options.typeMappings, options.importMappings, stringOption(options, "oagVersion")) : types;
    const examples = new TypeScriptExamples(docModel, docNames, stringOption(options, "oagVersion"));
    const docContext = {
      model: docModel,
      names: docNames,
      types: docTypes,
      examples,
      moduleName: stringOption(options, "moduleName") ?? "",
      projectName: stringOption(options, "projectName") ?? "",
      release: typescriptDocRelease(stringOption(options, "oagVersion")),
      oagVersion: stringOption(options, "oagVersion"),
      headerDescriptions: responseHeaderDescriptions(model),
    };
    const files: GeneratedFile[] = [];
    // OAG's names for the parameters too (a body is named after its model's class as OAG names it),
    // in the docs and the code.
    // DefaultCodegen.addBodyModelSchema (6f7d2792c7): a body schema that is no model but whose property
    // type is a union of model types (`complexType` holding " | ") is named after that text:
    // `PetByAge | PetByType` -> `petByAgePetByType`. Only an inline oneOf/anyOf body of models that
    // the inline resolver left in place reaches it (5.x's, before #12104; from 6.0.0 it is a model).
    const bodyNaming: CodegenNaming = {
      sanitizeTag: (t) => docNames.sanitizeTag(t),
      apiClassName: (t) => docNames.apiClassName(t),
      operationId: (id) => docNames.operationId(id),
      paramName: (n) => docNames.paramName(n),
      modelName: (n) => docNames.modelName(n),
      bodyBaseName: (s: Schema): string | undefined => unionBodyName(s, docTypes),
      // a oneOf/anyOf of models whose type is a union is named and typed by it, not UNKNOWN_BASE_TYPE
      unknownBaseTypeBody: (s: Schema): boolean => isUnknownBaseTypeBody(s, docTypes),
    };
    // The docs describe OAG's groups (two tags with one class name are two docs there); the client
    // has one API per class name.
    const { groups, docGroups, ...webhookSets } = buildApiGroupsWithDocs(model, bodyNaming, { ...groupOptionsOf(options.additionalProperties), formRefBodyAsBody: !docContext.release.refFormBodyFields, operationIdsUniqueInRun: docContext.release.operationIdsUniqueInRun, mapFormFieldsSkipped: docContext.release.mapFormFieldsSkipped }, docModel);
    // A 3.1 document's webhooks: API docs and API files as the paths' (codegen/webhooks.ts), from 7.2.0.
    const webhooks = webhookGroupsOf(model, webhookSets, docContext.oagVersion, ctx);
    if (docContext.release.apiDocs) {
      // Every write, a webhook tag's doc after (and over) a path tag's of the same name: generate.ts keeps the last.
      for (const { stem, group } of apiDocWrites([...docGroups, ...webhooks.docGroups], docNames, docContext.release.uniqueApiDocNames)) {
        files.push({ path: `${docContext.release.apiDocFolder}${stem}.md`, contents: ctx.templates.render("api-doc", buildApiDocView(group, docContext)), role: apiRole("apiDoc", group) });
      }
    }
    const npmName = stringOption(options, "npmName");
    // TypeScriptClientCodegen.processOpts: README.md (with package.json and tsconfig.json) for every
    // platform but deno.
    if (readClientOptions(options).platform !== "deno") {
      files.push({
        path: "README.md",
        contents: ctx.templates.render("readme", {
          npmName: npmName ?? "",
          npmVersion: npmName !== undefined ? (stringOption(options, "npmVersion") ?? (model.info.version || "1.0.0")) : "",
          framework: stringOption(options, "framework") ?? "fetch-api",
          frameworkTrailingSpace: docContext.release.readmeFrameworkTrailingSpace,
          usageSection: docContext.release.readmeUsageSection,
          usageTicks: docContext.release.readmeUsageTicks,
        }),
      });
    }
    files.push(
      ...buildClientFiles({
        model,
        names,
        types,
        groups,
        webhookGroups: webhooks.groups,
        templates: ctx.templates,
        options: readClientOptions(options),
        mapped: mappedSchemas(model, options.schemaMappings),
      }),
    );
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};
