// What OpenAPI Generator's typescript generator writes differently in its docs, release by release.
// One row per change, oldest first; a release reproduces every row up to it (`-p oagVersion`,
// absent: the newest). Each row cites the OAG commit or the published outputs it was read from.
// Code asks a field, never a version.

import { behaviourOf, type ReleaseRow } from "../../codegen/release-table.js";

export interface TypeScriptDocRelease {
  /**
   * API docs: the example imports `createConfiguration` and the API class by name, awaits the call
   * and names the argument `request`. Before, it goes through `{{moduleName}}.` and a `body` promise.
   */
  readonly namedImportExample: boolean;
  /**
   * Examples: a property whose `allOf` holds one typed, non-object schema is that schema
   * (InlineModelResolver.flattenProperties: "allOf schema used by the property ... replaced by its
   * only item (a type)"), so it gets that schema's example. Before, it was an untyped composition.
   */
  readonly singleTypeAllOfInlined: boolean;
  /**
   * Examples: in an `allOf` of several schemas none of which needs a model, the members that are
   * metadata only (a lone `description`: ModelUtils.isMetadataOnlySchema, whose name is the
   * reverse of its answer) are dropped when one typed member is left, so singleTypeAllOfInlined
   * applies (`allOf: [{type: file}, {description}]` prints the bare `null` of an unknown type).
   */
  readonly metadataAllOfMembersDropped: boolean;
  /**
   * Examples: an untyped composition is "any type" (`name: null`; the bare example comes only from
   * singleTypeAllOfInlined). Before, DefaultCodegen.isAnyTypeSchema answered false for a
   * ComposedSchema, so toExampleValueRecursive took its composed branch: the first oneOf member's
   * example, else nothing after the prefix (`file: ,`).
   */
  readonly untypedCompositionAnyType: boolean;
  /** escapeText turns `'` into `\'` (AbstractTypeScriptClientCodegen.escapeText); before, DefaultCodegen's left it. */
  readonly escapeSingleQuote: boolean;
  /**
   * API docs: a boolean parameter's default is printed (`defaults to true`). Before,
   * TypeScriptClientCodegen.toDefaultValue returned `undefined` for every boolean schema; the
   * AbstractTypeScriptClientCodegen one it inherits since prints the default (atlas 6.4.0).
   */
  readonly booleanDefaults: boolean;
  /**
   * API docs: a `format: date`/`date-time` parameter's default is printed as the Java value
   * swagger-parser decoded (`defaults to Mon Feb 03 00:00:00 UTC 2020`, `2020-01-01T10:00Z`; doc-views.ts
   * temporalDefault). Before, TypeScriptClientCodegen.toDefaultValue returned `undefined` for them.
   */
  readonly temporalDefaults: boolean;
  /**
   * Examples see the type of a 3.1 object with properties or a map. Before, ModelUtils.isAnyType was
   * `$ref == null && getType() == null`; swagger-parser keeps a 3.1 type in `types`, and the
   * NORMALIZE_31SPEC rule (on for 3.1 documents since 4b7a808a9f, 7.0.1) copies it to `type` only
   * for arrays and schemas without properties or an additionalProperties schema
   * (OpenAPINormalizer.normalizeSchema sends those to normalizeProperties/normalizeMapSchema), so
   * toExampleValueRecursive printed `null` for them.
   */
  readonly examplesRead31Types: boolean;
  /** API docs' Authorization line sorted by scheme name (DefaultCodegen.fromSecurity sorted its list). */
  readonly authMethodsSortedByName: boolean;
  /** README: "Navigate ..." and the `### Usage` section (before: "navigate ...", the file ends after the install lines). */
  readonly readmeUsageSection: boolean;
  /** README: the code block before `### Usage` closed and the file ending in a newline. */
  readonly readmeUsageTicks: boolean;
  /** A plain relative server path (`/api/v1`) is the base path as written (URLPathUtils.isRelativeUrl); before, it went on localhost. */
  readonly relativeBasePath: boolean;
  /**
   * API docs read a 3.1 response `$ref` to a component as written: the description beside it, no
   * headers, no media types for the Accept line (src/codegen/doc-responses.ts). From swagger-parser
   * 2.1 (3.1 documents dereferenced by OpenAPI31Traverser) until fromOperation dereferenced responses.
   */
  readonly responseRefsAsWritten31: boolean;
  /** An API doc (`<Api>.md`) per API class (TypeScriptClientCodegen's apiDocTemplateFiles); before, README.md is the only Markdown file. */
  readonly apiDocs: boolean;
  /** README: the "utilizes {{framework}}. " line ends in a space (README.mustache before the mustache linting). */
  readonly readmeFrameworkTrailingSpace: boolean;
  /**
   * The folder of the API docs (`<Tag>Api.md`) in the output: the output root before, `docs/` after
   * (and so in `.openapi-generator/FILES`). Their links (`README.md#...`) and the README are unchanged.
   */
  readonly apiDocFolder: "" | "docs/";
  /**
   * A form or multipart request body given by `$ref` (components.requestBodies) is form fields (before:
   * one body parameter typed by its schema; codegen/operations.ts GroupOptions.formRefBodyAsBody). It
   * changes the client's signature as OAG's; the client sends that body's properties as the form's fields.
   */
  readonly refFormBodyFields: boolean;
  /** A 3.0 array written without `items` has string items (`Array<string>`; codegen/oag-docs-model.ts OagDocsOptions). Before: unchanged, not checked against a release. */
  readonly absentItemsAsString: boolean;
  /**
   * An API doc's file name is made unique ignoring case among the groups' keys (codegen/operations.ts
   * apiDocFiles: `Pet0Api.md` for `Pet` after `PET`); before, such groups share one file, the later
   * written over the earlier.
   */
  readonly uniqueApiDocNames: boolean;
  /**
   * An operationId met before in the run (an operation under its second tag) becomes `<id>_0`
   * (codegen/operations.ts GroupOptions.operationIdsUniqueInRun): 7.9.0 and 7.10.0 only.
   */
  readonly operationIdsUniqueInRun: boolean;
  /**
   * Operation names (toOperationId): a camelized name that is a reserved word or starts with a digit
   * gets `_` (AbstractTypeScriptClientCodegen.toSafeIdentifier: `_123testSpecialTags`). Before,
   * TypeScriptClientCodegen's own toOperationId escaped only an id that was itself a reserved word,
   * and the docs printed `123testSpecialTags` (the client names its method `_123testSpecialTags`
   * in every release).
   */
  readonly safeOperationIds: boolean;
  /**
   * A form field that is an array takes its items' default (DefaultCodegen.fromFormProperty:
   * `codegenParameter.defaultValue = arrayInnerProperty.getDefaultValue()`): `defaults to '$'`.
   * Before, the array property's own, which typescript prints as `undefined`.
   */
  readonly formArrayItemsDefault: boolean;
  /**
   * Swagger 2.0: a response schema whose `type` swagger-models' PropertyBuilder does not know gives
   * the response no schema (IR Response.unknownSchemaType20; swagger-parser before 2.1.9 converted
   * response schemas through Response.getSchema(), a Property).
   */
  readonly responseSchemaAsProperty20: boolean;
  /**
   * A path/query/header/cookie parameter of no type (`schema: {}`) is no primitive: DefaultCodegen.fromParameter's
   * isAnyType branch sets no isPrimitiveType (its string, boolean, number and integer branches do),
   * so api_doc.mustache prints the type bold (`**any**`), not `[**any**]`, beside its default.
   */
  readonly anyTypeParamNotPrimitive: boolean;
  /**
   * Names (properties, parameters, models, tags, operations, enum members) turn a `:` into `_`
   * (naming/sanitize.ts SanitizeOptions.colon, DefaultCodegen.sanitizeName): `filter:kind` ->
   * `filterKind`. Before, the `:` is dropped (`filterkind`).
   */
  readonly colonInNames: boolean;
  /**
   * Docs: a form body's map property (additionalProperties a schema or `true`) is no form parameter
   * (codegen/operations.ts GroupOptions.mapFormFieldsSkipped); the client keeps it.
   */
  readonly mapFormFieldsSkipped: boolean;
}

const FIRST: TypeScriptDocRelease = { namedImportExample: false, singleTypeAllOfInlined: false, metadataAllOfMembersDropped: false, untypedCompositionAnyType: false, escapeSingleQuote: false, booleanDefaults: false, temporalDefaults: false, examplesRead31Types: false, authMethodsSortedByName: true, readmeUsageSection: false, readmeUsageTicks: false, relativeBasePath: false, responseRefsAsWritten31: false, apiDocs: false, readmeFrameworkTrailingSpace: true, apiDocFolder: "", refFormBodyFields: false, absentItemsAsString: false, uniqueApiDocNames: false, safeOperationIds: false, formArrayItemsDefault: false, responseSchemaAsProperty20: true, operationIdsUniqueInRun: false, anyTypeParamNotPrimitive: false, colonInNames: false, mapFormFieldsSkipped: true };

export const TYPESCRIPT_DOC_ROWS: readonly ReleaseRow<TypeScriptDocRelease>[] = [
  { since: "5.2.1", source: "74e28a7709 [typescript] FIX: Generate documentation and examples #9413 (#9857), after the 5.2.0 release commit 90f7bcd909 (its first version, 624b6a7a85, was reverted before 5.2.0 by 0dcae66e0c; nanorpc 5.0.1 has README.md only)", change: { apiDocs: true } },
  { since: "5.3.0", source: "d4b8ff60a1 [Java] Fixes schema class type booleans for composed schemas (#10334): TypeScriptClientCodegen.toExampleValueRecursive asks ModelUtils.isAnyType instead of isAnyTypeSchema; OAG's 5.2.1 composed-schemas sample prints `file: ,`, 5.3.0's `file: null`", change: { untypedCompositionAnyType: true } },
  { since: "5.3.0", source: "d4b8ff60a1 [Java] Fixes schema class type booleans for composed schemas (#10334): DefaultCodegen.fromParameter's isAnyType branch (\"any schema with no type set\") sets no isPrimitiveType, after the 5.2.1 release commit 8403e59aa0 (read from the source; no published output checked)", change: { anyTypeParamNotPrimitive: true } },
  { since: "5.3.0", source: "d4b8ff60a1 [Java] Fixes schema class type booleans for composed schemas (#10334): fromFormProperty sets an array form field's default from its items, after the 5.2.1 release commit 8403e59aa0 and before the 5.3.0 release commit bb124e1178", change: { formArrayItemsDefault: true } },
  { since: "5.3.0", source: "0204bf4ae2 Squashed commit of NathanBaulch's mustache-linting branch (README.mustache loses the trailing space), after the 5.2.1 release commit 8403e59aa0", change: { readmeFrameworkTrailingSpace: false } },
  { since: "5.3.1", source: "0bb4f186ec #10056 Fix relative url as basePath (#10057), after the 5.3.0 release commit bb124e1178", change: { relativeBasePath: true } },
  { since: "6.0.0", source: "8330e16d66 Better inline model resolver to handle inline schema in array item (#12104): InlineModelResolver.flattenProperties replaces a property's one-item allOf of a type by the item; before the 6.0.0 release commit 69f79fb789", change: { singleTypeAllOfInlined: true } },
  { since: "6.2.0", source: "43375b9392 Upgrades swagger parser to 2.1.1, allows ingestion of 3.1.0 specs (#13133), after the 6.1.0 release commit 43dbb5ff9c", change: { responseRefsAsWritten31: true } },
  { since: "6.3.0", source: "a31b5b119e Documentation of Configuration/ConfigurationParameter for consolidated TypeScript generator (#10283), before the 6.3.0 release commit 8f2676c5c2 (bearmint 6.2.0 has neither)", change: { readmeUsageSection: true } },
  { since: "6.4.0", source: "e13a4e143b Added missing end code block ticks (#14630), after the 6.3.0 release commit 8f2676c5c2", change: { readmeUsageTicks: true } },
  { since: "6.4.0", source: "68b944e6e6 Preserve order of securitySchemes (#14536), before the 6.4.0 release commit 93df0ff444", change: { authMethodsSortedByName: false } },
  { since: "6.6.0", source: "a5bc7f107d [typescript] Make TypeScriptClientCodegen extend AbstractTypeScriptClientCodegen (#15096), after the 6.5.0 release commit 7417432a54", change: { escapeSingleQuote: true, booleanDefaults: true, temporalDefaults: true, safeOperationIds: true } },
  { since: "7.0.0", source: "e4bf068a88 Update swagger parser to 2.1.14 (#15644), after the 6.6.0 release commit 7f8b853f50 and before the 7.0.0 one c37fa8a4e8: swagger-parser fd3bc709 (2.1.9, #1552) converts a 2.0 response's schema as the Model it read (getResponseSchema), not as a Property (hangoff 5.4.0: a response `type: word` prints `void` and no Accept type)", change: { responseSchemaAsProperty20: false } },
  { since: "7.0.1", source: "75ac4a2f58 Fix selection of unnecessary form parameter models (#16418): DefaultCodegen.fromRequestBodyToFormParameters keeps map properties; after the 7.0.0 release commit c37fa8a4e8, before 7.0.1's 875c3ecd3c", change: { mapFormFieldsSkipped: false } },
  { since: "7.5.0", source: "d88023f833 fix ref to request bodies in form content type (#18216): fromOperation resolves the `$ref` request body before getContentType; after the 7.4.0 release commit 2abcb4f7f0", change: { refFormBodyFields: true } },
  { since: "7.5.0", source: "2168851e8a Better array handling in 3.1 spec (#18313): ModelUtils.isArraySchema accepts a 3.0 schema of type array without items and getSchemaItems gives it a StringSchema (AbstractTypeScriptClientCodegen.getTypeDeclaration, TypeScriptClientCodegen's examples); before the 7.5.0 release commit cce4139af6", change: { absentItemsAsString: true } },
  { since: "7.6.0", source: "9929d35166 [refactor] Use getType in ModelUtils (#18577): isAnyType reads ModelUtils.getType (3.1 `types`); after the 7.5.0 release commit cce4139af6 (livepeer 7.5.0: a JSON body of a 3.1 object model prints `null`)", change: { examplesRead31Types: true } },
  { since: "7.9.0", source: "1b247e75a9 feat(typescript): improve docs generation (#19699)", change: { namedImportExample: true } },
  { since: "7.9.0", source: "28ae69dafd [windows] Fixed missing output (#19715): DefaultCodegen.apiDocFilename asks uniqueCaseInsensitiveString, before the 7.9.0 release commit 4145000dfe", change: { uniqueApiDocNames: true } },
  { since: "7.9.0", source: "28ae69dafd [windows] Fixed missing output (#19715): DefaultCodegen.addOperationToGroup's seenOperationIds, before the 7.9.0 release commit 4145000dfe (OAG's own 7.9.0 sample csharp/generichost/latest/Tags documents GetApiKeysId_0 under its second tag)", change: { operationIdsUniqueInRun: true } },
  { since: "7.10.0", source: "537737730b better handling of api response (fromOperation: ModelUtils.getReferencedApiResponse), after the 7.9.0 release commit 4145000dfe (atlasdata 7.5.0: the 3.1 sibling description)", change: { responseRefsAsWritten31: false } },
  { since: "7.10.0", source: "54920ff106 [csharp][generichost] Better handling of duplicate operation ids (#19913) removes seenOperationIds, before the 7.10.0 release commit 12dfe8fe74 (\"prepare 7.10.0 release\"; e2c458b9ea \"Prepare 7.10.0\" is the 7.10.0-SNAPSHOT bump after 7.9.0)", change: { operationIdsUniqueInRun: false } },
  { since: "7.11.0", source: "4b5dfc430e DefaultCodegen.sanitizeName turns `:` into `_` (#20391, fixes #20390), after the 7.10.0 release commit 12dfe8fe74 and before the 7.11.0 one a7240eeefe (OAG 7.13.0 run from source: `filterKind`, `aB`)", change: { colonInNames: true } },
  // Replaces a row read from the golden cases (osparc 7.12.0 against composed-schemas 7.14-SNAPSHOT)
  // that made every untyped composition print the bare example from 7.13.0: OAG 7.13.0 run here
  // prints `config: null,` for a oneOf property; only the reduced allOf changed.
  { since: "7.13.0", source: "35ba0414fb [rust] Fix for allOf multi model with only metadata fields (#20892): InlineModelResolver.gatherInlineModels keeps the members ModelUtils.isMetadataOnlySchema accepts; before the 7.13.0 release commit 4b805ff6b7 (OAG 7.13.0 run here: `allOf: [{type: file}, {description}]` prints a bare `null,`, `allOf: [{type: string}, {description}]` `f2: \"f2_example\",`)", change: { metadataAllOfMembersDropped: true } },
  // The commit is past the readable source (the mirror ends at 7.14-SNAPSHOT; the stored
  // TypeScriptClientCodegen still writes the API docs to the output root, DefaultCodegen.apiDocFileFolder).
  // The release is read from published outputs of the `typescript` generator with OAG's templates:
  // 7.16.0 writes `<Tag>Api.md` at the root (IBM/gdsc-sdk 7016b51a, 2025-12-23, 42 API docs);
  // 7.17.0 writes them to `docs/` (interserver/mailbaby-api-samples 861ac7fa, 2025-10-29, and
  // 135288b1), as a 7.17.0-SNAPSHOT of 2025-10-21 does (manticoresoftware/manticoresearch-typescript
  // 13c6bd73), and 7.20.0 (mailbaby b88d7852), 7.22.0 (bellanov/openapi-template e743e08c, the
  // corpus case bellanov-typescript) and 7.23.0 (thoughtspot/rest-api-sdk 5e9878a1). The docs' own
  // text is unchanged (their `README.md` links stay as they were) and the README lists no API docs.
  { since: "7.17.0", source: "published outputs: 7.16.0 root (IBM/gdsc-sdk 7016b51a), 7.17.0 docs/ (interserver/mailbaby-api-samples 861ac7fa), 7.17.0-SNAPSHOT docs/ (manticoresearch-typescript 13c6bd73), 7.22.0 docs/ (bellanov/openapi-template e743e08c)", change: { apiDocFolder: "docs/" } },
];

/** The typescript docs' behaviour of an OpenAPI Generator release. */
export function typescriptDocRelease(oagVersion: string | undefined): TypeScriptDocRelease {
  return behaviourOf(FIRST, TYPESCRIPT_DOC_ROWS, oagVersion);
}
