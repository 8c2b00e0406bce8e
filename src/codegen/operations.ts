// What OpenAPI Generator's DefaultGenerator/DefaultCodegen decide about operations that all three
// generators share: which API class an operation lands in, the order of APIs and operations, the
// final operationIds, the parameter list and its order, content types, responses and auth.
// Target-specific naming comes in through `CodegenNaming`; nothing here knows a language.

import { javaCompare } from "../naming/case.js";
import { javaHashSetOrder } from "../naming/java-hash.js";
import type { ApiModel, MediaType, Operation, Parameter, Property, RequestBody, Response, Schema, SecurityRequirement, SecurityScheme } from "../model/ir.js";
import { operationIdOrGenerated, operationIdPrefixRemoval, removeNonNameElementToCamelCase, removeOperationIdPrefix, type OperationIdPrefixRemoval } from "./operation-id.js";
import { namedSchema, resolveSchema } from "./schemas.js";
import { isMapSchema, isOagMapSchema, unaliasRef } from "./model-kinds.js";

export interface CodegenNaming {
  /** The API grouping key of a tag (OAG's sanitizeTag). */
  sanitizeTag(tag: string): string;
  /** `StudiesApi` from a sanitized tag. */
  apiClassName(sanitizedTag: string): string;
  /** The target's toOperationId (after OAG's common normalization). */
  operationId(normalized: string): string;
  /** The target's parameter name for a spec name. */
  paramName(specName: string): string;
  /** The target's model name for a schema name. */
  modelName(schemaName: string): string;
  /**
   * Optional: the body parameter's base name when the target decides it differently from
   * DefaultCodegen (python-prior names a body after any model class it references); undefined
   * falls back to the shared rule.
   */
  bodyBaseName?(schema: Schema): string | undefined;
  /**
   * Optional: whether DefaultCodegen.addBodyModelSchema finds no model for this inline body schema,
   * which then names and types the body UNKNOWN_BASE_TYPE (CodegenParam.unknownBaseType). Absent:
   * isUnnamedModelBody (7.x). typescript leaves out a oneOf/anyOf whose type is a union of model
   * types; python-prior decides by its release.
   */
  unknownBaseTypeBody?(schema: Schema): boolean;
}

export type ParamKind = "path" | "query" | "header" | "cookie" | "form" | "body";

export interface CodegenParam {
  readonly kind: ParamKind;
  /** The name in the spec (for a body: the derived base name, e.g. `Pet` or `body`). */
  readonly baseName: string;
  readonly paramName: string;
  /**
   * The name before ensureUniqueParams gave it a counter suffix (`id` for a second `id`, now `id2`),
   * set only when it did. OAG computes a parameter's example in fromParameter/fromRequestBody/
   * fromFormProperty, before DefaultCodegen.fromOperation makes the names unique, so an example
   * built from the name (`<name>_example`) keeps the first one.
   */
  readonly exampleName?: string;
  readonly required: boolean;
  /** Raw spec description. */
  readonly description?: string;
  readonly schema: Schema;
  readonly parameter?: Parameter;
  readonly formProperty?: Property;
  readonly mediaType?: MediaType;
  /**
   * A body parameter whose media type is a form (GroupOptions.formRefBodyAsBody): the fields the
   * spec declares, which the clients send from the body's properties when the Content-Type is that form.
   */
  readonly formFields?: readonly CodegenParam[];
  /**
   * A body DefaultCodegen.addBodyModelSchema finds no model for (CodegenNaming.unknownBaseTypeBody):
   * its base name, unless x-codegen-request-body-name gives one, and in the docs its type are
   * UNKNOWN_BASE_TYPE. The one place this is decided; the doc views read it.
   */
  readonly unknownBaseType?: true;
}

export interface CodegenOperation {
  readonly op: Operation;
  /** Final operationId in the target's naming, unique within its API (and, in 7.9-7.10, within the run). */
  readonly operationId: string;
  /**
   * The operationId before 7.9-7.10's run-wide suffix (GroupOptions.operationIdsUniqueInRun), made
   * unique within its API as operationId is: OAG's nickname, which names the typescript client's
   * methods. The same as operationId in every other release.
   */
  readonly nickname: string;
  /** Build order (form params, then path/query/header/cookie params, then body), before the required-first sort. */
  readonly paramsInBuildOrder: readonly CodegenParam[];
  /** allParams: required first (stable), as OAG's sortParamsByRequiredFlag. */
  readonly allParams: readonly CodegenParam[];
  readonly bodyParam?: CodegenParam;
  readonly formParams: readonly CodegenParam[];
  readonly consumes: readonly string[];
  readonly produces: readonly string[];
  /** Exact codes first, then ranges (`2XX`), then `default`; otherwise spec order. */
  readonly responses: readonly Response[];
  /** The smallest 2xx response, else `default`. */
  readonly methodResponse?: Response;
  /** In OAG's (Java HashMap) order; empty when the operation needs none. */
  readonly authMethods: readonly SecurityScheme[];
}

export interface ApiGroup {
  /** The grouping key (sanitized tag). */
  readonly key: string;
  /** The raw tag of the first operation in this group. */
  readonly tag: string;
  readonly className: string;
  readonly description?: string;
  readonly operations: readonly CodegenOperation[];
  /**
   * The group holds a 3.1 document's webhooks (ApiModel.webhooks): DefaultGenerator.generateWebhooks
   * (9eb5882f94, #17174, 7.2.0) renders it with the API templates, but hands it to the generator's
   * postProcessWebhooksWithModels, which python and typescript leave as DefaultCodegen's (a no-op),
   * not to their postProcessOperationsWithModels: what that method adds is missing from its docs.
   */
  readonly webhooks?: true;
}

export interface GroupOptions {
  /** OAG's sortParamsByRequiredFlag (default true). */
  readonly sortParamsByRequiredFlag?: boolean;
  /** Keep spec order instead of sorting operations by operationId. */
  readonly skipSortingOperations?: boolean;
  /** removeOperationIdPrefix and its delimiter and count (absent: OAG's defaults, nothing removed). */
  readonly operationIdPrefix?: OperationIdPrefixRemoval;
  /**
   * Before 7.5.0 (d88023f833, #18216) DefaultCodegen.fromOperation asked getContentType of the
   * request body as written: a `$ref` body has no content there, so it is never a form. Its first
   * media type's schema is then one body parameter (named and typed as any body), even when that
   * media type is a form or multipart; the form fields are not parameters.
   */
  readonly formRefBodyAsBody?: boolean;
  /**
   * OAG 7.9.0 and 7.10.0 (DefaultCodegen.addOperationToGroup with its `seenOperationIds`, from
   * 28ae69dafd "[windows] Fixed missing output" #19715 until 54920ff106 #19913): an operationId met
   * before anywhere in the run, as an operation under a second tag is, becomes `<id>_<n>` (n counted
   * per id over the run); operationId, and with it the docs and the python methods, take it; the
   * typescript methods keep the nickname.
   */
  readonly operationIdsUniqueInRun?: boolean;
  /**
   * Docs only, before 7.0.1: DefaultCodegen.fromRequestBodyToFormParameters skipped a form body's
   * property that ModelUtils.isMapSchema calls a map (`additionalProperties` a schema or `true`,
   * whatever else it has): "Map of form parameters not supported" (3c666a6d44, 2018; removed by
   * 75ac4a2f58 #16418, after the 7.0.0 release commit c37fa8a4e8, in 7.0.1's 875c3ecd3c). OAG's
   * clients of then had no argument for such a field; ours keep it (buildApiGroupsWithDocs gives
   * the option to the docs' groups only).
   */
  readonly mapFormFieldsSkipped?: boolean;
}

/** The grouping options the generator options set. */
export function groupOptionsOf(additionalProperties: Readonly<Record<string, string | boolean>>): GroupOptions {
  return { operationIdPrefix: operationIdPrefixRemoval(additionalProperties) };
}

/**
 * Groups operations into APIs by tag, ordered as OAG orders them: the client's APIs. Tags whose API
 * class names are equal ignoring case (`Pet`, `pet`) share one API, under the first one's key: OAG
 * keeps them apart and writes one API file over the other (and case-insensitive file systems would
 * anyway); the docs describe OAG's groups (buildApiGroupsWithDocs).
 */
export function buildApiGroups(model: ApiModel, naming: CodegenNaming, options: GroupOptions = {}): ApiGroup[] {
  return groupOperations(model, model.operations, naming, options, { shareByClassName: true });
}

/**
 * The client's APIs (buildApiGroups) and OAG's own groups, which the docs describe: one per
 * sanitized tag (DefaultGenerator.processPaths' TreeMap, DefaultCodegen.addOperationToGroup), so two
 * tags with one class name (`File links` and `File Links` in python, whose sanitizeTag keeps case)
 * are two groups there, each listed in the README and each written to an API doc (apiDocFiles).
 * Every operation of a doc group is also on the client's API of that class name. Without such tags
 * (the usual case) the two are the same array.
 * @param docModel the model the docs are written from, where OAG's parser names members otherwise
 *   (codegen/oag-docs-model.ts oagDocsModel); the client's groups always come from `model`
 */
export function buildApiGroupsWithDocs(model: ApiModel, naming: CodegenNaming, options: GroupOptions = {}, docModel: ApiModel = model): ApiGroupSets {
  // OAG's seenOperationIds (operationIdsUniqueInRun) is the codegen's: the webhooks, processed after
  // every path (DefaultGenerator.generate: generateApis, then generateWebhooks), continue its counters.
  const docSeen = options.operationIdsUniqueInRun === true ? new Map<string, number>() : undefined;
  const docGroups = groupOperations(docModel, docModel.operations, naming, options, { shareByClassName: false, seenIds: docSeen });
  const webhookDocGroups = groupOperations(docModel, docModel.webhooks ?? [], naming, options, { shareByClassName: false, seenIds: docSeen, webhooks: true });
  const classes = new Set(docGroups.map((g) => g.className.toLowerCase()));
  const webhookClasses = new Set(webhookDocGroups.map((g) => g.className.toLowerCase()));
  if (docModel === model && classes.size === docGroups.length && webhookClasses.size === webhookDocGroups.length && options.mapFormFieldsSkipped !== true) {
    return { groups: docGroups, docGroups, webhookGroups: webhookDocGroups, webhookDocGroups };
  }
  // The client's groups keep a form body's map property (mapFormFieldsSkipped is the docs' only).
  const clientOptions: GroupOptions = { ...options, mapFormFieldsSkipped: false };
  const seen = options.operationIdsUniqueInRun === true ? new Map<string, number>() : undefined;
  const groups = groupOperations(model, model.operations, naming, clientOptions, { shareByClassName: true, seenIds: seen });
  const webhookGroups = groupOperations(model, model.webhooks ?? [], naming, clientOptions, { shareByClassName: true, seenIds: seen, webhooks: true });
  return { groups, docGroups, webhookGroups, webhookDocGroups };
}

/** The API groups of a run: the paths' and the webhooks', each for the client and for the docs (buildApiGroupsWithDocs). */
export interface ApiGroupSets {
  readonly groups: ApiGroup[];
  readonly docGroups: ApiGroup[];
  /** ApiModel.webhooks grouped as `groups` (DefaultGenerator.processWebhooks: by tag, `default` without one). */
  readonly webhookGroups: ApiGroup[];
  readonly webhookDocGroups: ApiGroup[];
}

interface GroupingRun {
  /** One group per API class name (the client's), else per sanitized tag (OAG's). */
  readonly shareByClassName: boolean;
  /** operationIdsUniqueInRun: OAG's seenOperationIds, id -> its counter, shared by the run's paths and webhooks. */
  readonly seenIds?: Map<string, number>;
  /**
   * Webhooks (ApiGroup.webhooks): DefaultGenerator.generateWebhooks sorts them by operationId even
   * under skipSortingOperations, which only its generateApis reads.
   */
  readonly webhooks?: boolean;
}

function groupOperations(model: ApiModel, operations: readonly Operation[], naming: CodegenNaming, options: GroupOptions, run: GroupingRun): ApiGroup[] {
  const shareByClassName = run.shareByClassName;
  const groups = new Map<string, { tag: string; ops: CodegenOperation[] }>();
  /** Lower-cased API class name -> the key of the group that has it. */
  const keyOfClass = new Map<string, string>();
  const seenIds = options.operationIdsUniqueInRun === true ? (run.seenIds ?? new Map<string, number>()) : undefined;
  for (const op of operations) {
    const tags = op.tags.length > 0 ? op.tags : ["default"];
    for (const tag of tags) {
      const sanitized = naming.sanitizeTag(tag);
      let key = sanitized;
      if (shareByClassName) {
        const classKey = naming.apiClassName(sanitized).toLowerCase();
        key = keyOfClass.get(classKey) ?? sanitized;
        keyOfClass.set(classKey, key);
      }
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { tag, ops: [] }));
      // An operation whose tags land in one API twice (`[Tools, Tools]`, `[Pet, pet]`) is listed
      // twice, the second as `<id>_0`: DefaultGenerator.processOperation adds it once per tag
      // (addOperationToGroup).
      group.ops.push(buildOperation(model, op, naming, group.ops, options, seenIds));
    }
  }
  const out: ApiGroup[] = [];
  for (const key of [...groups.keys()].sort(javaCompare)) {
    const group = groups.get(key)!;
    const ops = options.skipSortingOperations && run.webhooks !== true ? group.ops : [...group.ops].sort((a, b) => javaCompare(a.operationId, b.operationId));
    const description = model.tags.find((t) => t.name === group.tag)?.description;
    out.push({ key, tag: group.tag, className: naming.apiClassName(key), ...(description !== undefined ? { description } : {}), operations: ops, ...(run.webhooks === true ? { webhooks: true as const } : {}) });
  }
  return out;
}

/** One API doc file: its name without folder or extension, and the group written there. */
export interface ApiDocFile {
  readonly stem: string;
  readonly group: ApiGroup;
}

/**
 * The API doc files DefaultGenerator.generateApis leaves of OAG's groups (buildApiGroupsWithDocs'
 * docGroups, in key order): apiDocWrites, the last write of each file kept.
 */
export function apiDocFiles(groups: readonly ApiGroup[], naming: Pick<CodegenNaming, "apiClassName">, uniqueIgnoringCase: boolean): ApiDocFile[] {
  const byStem = new Map<string, ApiGroup>();
  for (const { stem, group } of apiDocWrites(groups, naming, uniqueIgnoringCase)) {
    byStem.delete(stem);
    byStem.set(stem, group);
  }
  return [...byStem].map(([stem, group]) => ({ stem, group }));
}

/**
 * Every API doc DefaultGenerator writes for `groups`, in order (the paths' groups in key order, then
 * the webhooks' in theirs: generateApis, then generateWebhooks, both asking the codegen's one
 * apiDocFilename), named by toApiDocFilename, which is toApiName in python, python-prior and
 * typescript. With `uniqueIgnoringCase` (DefaultCodegen.apiDocFilename from 7.9.0, 28ae69dafd
 * "[windows] Fixed missing output" #19715) a key equal ignoring case to an earlier group's is first
 * made unique (uniqueCaseInsensitiveKeys): `File_links` after `File_Links` is written to
 * `FileLinks0Api.md`, whose title and links still say `FileLinksApi`; an equal key (a webhook tag
 * that is also a path tag) keeps its answer. Keys that differ otherwise but name one file
 * (`Work_Packages` after `WorkPackages`), and every such pair before 7.9.0, share it: the later
 * group's doc is written over the earlier one's (a file listed more than once here).
 */
export function apiDocWrites(groups: readonly ApiGroup[], naming: Pick<CodegenNaming, "apiClassName">, uniqueIgnoringCase: boolean): ApiDocFile[] {
  const keys = uniqueIgnoringCase ? uniqueCaseInsensitiveKeys(groups.map((g) => g.key)) : groups.map((g) => g.key);
  return groups.map((group, i) => ({ stem: uniqueIgnoringCase ? naming.apiClassName(keys[i]!) : group.className, group }));
}

/**
 * DefaultCodegen.uniqueCaseInsensitiveString over keys in the order they are asked for (from 7.9.0,
 * 28ae69dafd): a key already asked for keeps its answer; a key equal ignoring case (Locale.ROOT) to
 * an earlier answer becomes `<key>_0`, or the first `<key>_<n>` no answer equals ignoring case.
 */
export function uniqueCaseInsensitiveKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const answers = new Set<string>();
  return keys.map((key) => {
    const known = seen.get(key);
    if (known !== undefined) return known;
    let unique = key;
    if (answers.has(key.toLowerCase())) {
      let counter = 0;
      unique = `${key}_${counter}`;
      while (answers.has(unique.toLowerCase())) unique = `${key}_${++counter}`;
    }
    seen.set(key, unique);
    answers.add(unique.toLowerCase());
    return unique;
  });
}

function buildOperation(model: ApiModel, op: Operation, naming: CodegenNaming, siblings: readonly CodegenOperation[], options: GroupOptions, seenIds: Map<string, number> | undefined): CodegenOperation {
  // DefaultCodegen.getOrGenerateOperationId: the prefix goes before the camelizing.
  const raw = operationIdOrGenerated(op);
  const prefix = options.operationIdPrefix;
  const base = naming.operationId(
    prefix ? removeNonNameElementToCamelCase(removeOperationIdPrefix(raw, prefix), prefix.delimiter) : removeNonNameElementToCamelCase(raw),
  );
  // DefaultCodegen.addOperationToGroup: a duplicate within the API becomes `<id>_0`, `<id>_1`, ...
  const operationId = uniqueOperationId(base, siblings, seenIds);
  const nickname = seenIds === undefined ? operationId : uniqueOperationId(base, siblings, undefined, (other) => other.nickname);

  const formParams: CodegenParam[] = [];
  let bodyParam: CodegenParam | undefined;
  const consumes = consumesOf(op.requestBody);
  const body = op.requestBody;
  const bodyMedia = body?.contents[0];
  if (body && bodyMedia) {
    const contentType = bodyMedia.contentType.toLowerCase();
    const isForm = contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("multipart");
    if (isForm && body.viaRef === true && options.formRefBodyAsBody === true) {
      bodyParam = { ...bodyParamOf(model, op, body, bodyMedia, naming), formFields: formParamsOf(model, bodyMedia, naming) };
    } else if (isForm) {
      const fields = formParamsOf(model, bodyMedia, naming);
      formParams.push(...(options.mapFormFieldsSkipped === true ? fields.filter((f) => !isOagMapSchema(f.schema)) : fields));
    } else {
      bodyParam = bodyParamOf(model, op, body, bodyMedia, naming);
    }
  }
  const regular: CodegenParam[] = op.parameters.map((p) => ({
    kind: p.in,
    baseName: p.name,
    paramName: naming.paramName(p.name),
    required: p.required,
    ...(p.description !== undefined ? { description: p.description } : {}),
    schema: p.schema,
    parameter: p,
  }));
  const built = uniqueParamNames([...regular, ...formParams, ...(bodyParam ? [bodyParam] : [])]);
  const sort = options.sortParamsByRequiredFlag ?? true;
  const allParams = sort ? [...built].sort((a, b) => (a.required === b.required ? 0 : a.required ? -1 : 1)) : built;

  const responses = [...op.responses].sort((a, b) => responseRank(a.code) - responseRank(b.code));
  const methodResponse = findMethodResponse(op.responses);
  return {
    op,
    operationId,
    nickname,
    paramsInBuildOrder: built,
    allParams,
    ...(bodyParam ? { bodyParam: built.find((p) => p.kind === "body")! } : {}),
    formParams: built.filter((p) => p.kind === "form"),
    consumes,
    produces: producesOf(op.responses),
    responses,
    ...(methodResponse ? { methodResponse } : {}),
    authMethods: authMethodsOf(model, op),
  };
}

/**
 * DefaultCodegen.addOperationToGroup's uniqueName: with `seenIds` (7.9-7.10) an id the run has met
 * starts at `<id>_<counter of the id>`; then each sibling of the same name moves it to the next
 * `<id>_<counter>`. The id's counter is kept for the next time it comes.
 */
function uniqueOperationId(base: string, siblings: readonly CodegenOperation[], seenIds: Map<string, number> | undefined, nameOf: (op: CodegenOperation) => string = (op) => op.operationId): string {
  let unique = base;
  let counter = seenIds?.get(base) ?? 0;
  while (seenIds?.has(unique)) unique = `${base}_${counter++}`;
  for (const other of siblings) {
    if (nameOf(other) === unique) unique = `${base}_${counter++}`;
  }
  seenIds?.set(base, counter);
  return unique;
}

/**
 * The name a parameter's example is built from: the name before ensureUniqueParams gave it a counter
 * (CodegenParam.exampleName), since OAG computes the example first.
 */
export function exampleNameOf(param: CodegenParam): string {
  return param.exampleName ?? param.paramName;
}

/** OAG's ensureUniqueParams: a repeated name gets a counter suffix. */
function uniqueParamNames(params: CodegenParam[]): CodegenParam[] {
  const seen = new Set<string>();
  return params.map((p) => {
    let name = p.paramName;
    for (let i = 2; seen.has(name); i++) name = `${p.paramName}${i}`;
    seen.add(name);
    return name === p.paramName ? p : { ...p, paramName: name, exampleName: p.paramName };
  });
}

function responseRank(code: string): number {
  if (code === "default") return 2;
  return /^[1-5]XX$/i.test(code) ? 1 : 0;
}

export function findMethodResponse(responses: readonly Response[]): Response | undefined {
  let best: Response | undefined;
  for (const r of responses) {
    if (r.code.startsWith("2") || r.code === "default") {
      if (!best || javaCompare(best.code, r.code) > 0) best = r;
    }
  }
  return best;
}

function consumesOf(body: RequestBody | undefined): string[] {
  return body ? body.contents.map((m) => m.contentType) : [];
}

/** addProducesInfo: every response's media types, first seen first. */
export function producesOf(responses: readonly Response[]): string[] {
  const out: string[] = [];
  for (const r of responses) for (const m of r.contents) if (!out.includes(m.contentType)) out.push(m.contentType);
  return out;
}

function formParamsOf(model: ApiModel, media: MediaType, naming: CodegenNaming): CodegenParam[] {
  if (!media.schema) return [];
  return formProperties(model, media.schema, new Set()).map((prop) => ({
    kind: "form" as const,
    baseName: prop.name,
    paramName: naming.paramName(prop.name),
    required: prop.required,
    ...(prop.schema.description !== undefined ? { description: prop.schema.description } : {}),
    schema: prop.schema,
    formProperty: prop,
    mediaType: media,
  }));
}

/** The fields of a form body: its properties, and those of every allOf/oneOf/anyOf member (first name wins). */
function formProperties(model: ApiModel, body: Schema, seen: Set<Schema>): Property[] {
  const schema = resolveSchema(model, body);
  if (seen.has(schema) || (schema.kind !== "object" && schema.kind !== "composed")) return [];
  seen.add(schema);
  const own = schema.properties.map((p) => (schema.required.includes(p.name) && !p.required ? { ...p, required: true } : p));
  const members = schema.kind === "composed" ? [...schema.allOf, ...schema.oneOf, ...schema.anyOf] : [];
  const out: Property[] = [];
  for (const prop of [...own, ...members.flatMap((m) => formProperties(model, m, seen))]) {
    if (!out.some((p) => p.name === prop.name)) out.push(prop);
  }
  return out;
}

/** OAG's body parameter naming (fromRequestBody). */
function bodyParamOf(model: ApiModel, op: Operation, body: RequestBody, media: MediaType, naming: CodegenNaming): CodegenParam {
  const schema = media.schema ?? { pointer: media.pointer, nullable: false, readOnly: false, writeOnly: false, deprecated: false, extensions: {}, kind: "any" as const };
  const override = stringExtension(body.extensions["x-codegen-request-body-name"]) ?? stringExtension(op.extensions["x-codegen-request-body-name"]);
  // DefaultCodegen.fromRequestBody sends an untyped composition that is no model (no `$ref`: the
  // InlineModelResolver leaves an allOf of primitives inline, isModelNeeded) to addBodyModelSchema
  // with no name: no CodegenModel, so the parameter is named and typed after the "UNKNOWN_BASE_TYPE"
  // it defaults to (7.13.0 4b805ff6b7; oas-examples schema-types.json quirks_entirelyIncompatibleAllOf).
  const unknownBaseType = naming.unknownBaseTypeBody ? naming.unknownBaseTypeBody(schema) : isUnnamedModelBody(schema);
  let baseName: string;
  if (override !== undefined) baseName = override;
  else if (unknownBaseType) baseName = UNKNOWN_BASE_TYPE;
  else baseName = naming.bodyBaseName?.(schema) ?? bodyBaseName(model, schema, naming);
  return {
    kind: "body",
    baseName,
    paramName: naming.paramName(baseName),
    required: body.required,
    ...(body.description !== undefined ? { description: body.description } : {}),
    schema,
    mediaType: media,
    ...(unknownBaseType ? { unknownBaseType: true as const } : {}),
  };
}

function bodyBaseName(model: ApiModel, schema: Schema, naming: CodegenNaming): string {
  if (schema.kind === "ref") {
    // DefaultCodegen.fromRequestBody dereferences one level (ModelUtils.getReferencedSchema): a
    // schema that is itself only a `$ref` (an alias) is no object or composition there: `body`.
    if (namedSchema(model, schema.target)?.schema.kind === "ref") return "body";
    // A named object or composition gives its model name; a named enum, primitive or map does not.
    const target = resolveSchema(model, schema);
    if ((target.kind === "object" && target.properties.length > 0) || target.kind === "composed") return naming.modelName(schema.target);
    // generateAliasAsModel: updateRequestBodyForArray/ForMap call addBodyModelSchema with
    // forceSimpleRef, so the array or map model names the body as any model does.
    if (target.aliasAsModel === true) return naming.modelName(schema.target);
    if (target.kind !== "array") return isMapSchema(target) ? "request_body" : "body";
    return bodyBaseName(model, target, naming);
  }
  if (schema.kind === "composed" && schema.allOf.length === 1 && schema.oneOf.length === 0 && schema.anyOf.length === 0 && schema.allOf[0]!.kind === "ref") {
    return naming.modelName((schema.allOf[0] as Extract<Schema, { kind: "ref" }>).target);
  }
  if (schema.kind === "array") {
    // DefaultCodegen.updateRequestBodyForArray: the innermost item's complexType, else
    // `request_body`. Items are unaliased as ModelUtils.unaliasSchema does: a `$ref` to an array
    // or to a free-form object (`type: object, properties: {}`) or a primitive is no model. The walk
    // follows CodegenProperty.items, which updatePropertyForMap also sets to a map's value property
    // (every release since 5.0.0): an array of maps of ComplexObject is named `complexObject`.
    let items: Schema = unaliasRef(model, schema.items);
    for (;;) {
      if (items.kind === "array") items = unaliasRef(model, items.items);
      else if (isMapSchema(items) && items.additionalProperties !== true) items = unaliasRef(model, items.additionalProperties);
      else break;
    }
    if (items.kind === "ref") return naming.modelName(items.target);
    return "request_body";
  }
  return isMapSchema(schema) ? "request_body" : "body";
}

/** The name and type OAG gives a request body it finds no model for (DefaultCodegen.addBodyModelSchema). */
export const UNKNOWN_BASE_TYPE = "UNKNOWN_BASE_TYPE";

/**
 * A body schema DefaultCodegen.addBodyModelSchema gets without a model name: an inline composition
 * (allOf/oneOf/anyOf) without a `type`, other than fromRequestBody's single-member allOf, which
 * it unwraps; or an inline object with properties, which only a webhook's body is before 7.11.0
 * (the inline resolver left webhooks alone until flattenWebhooks, 093a51ee21 #20165; a path's is
 * always a model by then).
 */
export function isUnnamedModelBody(schema: Schema): boolean {
  if (schema.kind === "object" && schema.properties.length > 0 && !isMapSchema(schema)) return true;
  if (schema.kind !== "composed" || schema.declaredType !== undefined || schema.allOf.length + schema.oneOf.length + schema.anyOf.length === 0) return false;
  return !(schema.allOf.length === 1 && schema.oneOf.length === 0 && schema.anyOf.length === 0);
}

function stringExtension(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * The schemes an operation needs, in the order OAG lists them: DefaultGenerator collects them
 * into a HashMap keyed by scheme name, so they come out in Java hash order.
 */
export function authMethodsOf(model: ApiModel, op: Operation): SecurityScheme[] {
  const names: string[] = [];
  for (const r of effectiveSecurity(model, op)) for (const [name] of r.schemes) if (model.securitySchemes.some((s) => s.name === name)) names.push(name);
  return javaHashSetOrder(names).map((name) => model.securitySchemes.find((s) => s.name === name)!);
}

/**
 * The requirements an operation is generated with. DefaultGenerator.processOperations (the same since
 * before 5.0.0, read in the 7.14.0-SNAPSHOT): `security: []` means none; otherwise getAuthMethods maps
 * the operation's requirements to the defined schemes and, when that map is empty (no requirement names
 * a defined scheme: only undefined names, or only `{}`), the global requirements are taken instead.
 * The parse has dropped undefined names, so such a requirement arrives with no schemes.
 * (oapicf/openapi-openai c8069003, OAG 7.18.0: admin operations naming only undefined schemes list
 * the global ApiKeyAuth in their docs.) The docs and both clients read this.
 */
export function effectiveSecurity(model: ApiModel, op: Operation): readonly SecurityRequirement[] {
  if (op.security === undefined) return model.security ?? [];
  if (op.security.length === 0) return [];
  const namesDefined = (r: SecurityRequirement) => r.schemes.some(([name]) => model.securitySchemes.some((s) => s.name === name));
  return op.security.some(namesDefined) ? op.security : (model.security ?? []);
}
