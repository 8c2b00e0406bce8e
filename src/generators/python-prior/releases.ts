// What OpenAPI Generator's python-prior generator (OAG 5.x and 6.x's `python`) writes differently
// in its docs, release by release. One row per change, oldest first; a release reproduces every
// row up to it (`-p oagVersion`, absent: the newest). Each row cites the OAG commit or the published
// outputs it was read from. Code asks a field, never a version.

import { behaviourOf, type ReleaseRow } from "../../codegen/release-table.js";

export interface PythonPriorDocRelease {
  /** API docs: a blank line between the auth bullets and the example, and after "### HTTP response details". */
  readonly jekyllBlankLines: boolean;
  /**
   * OAG 5.x: a composed body parameter typed `UNKNOWN_BASE_TYPE` (read from the golden ecotaxa
   * (5.3.0) against python-prior-petstore (6.6.0) outputs). (Example imports are in HashSet order
   * in every release: doc-views.ts.)
   */
  readonly before6: boolean;
  /** README "Requirements.": `Python <this>` (PythonClientCodegen.generatorLanguageVersion). */
  readonly languageVersion: string;
  /**
   * Examples: a schema without `type` is "any type" even with properties, items or a pattern, and its
   * example is `None` (toExampleValueRecursive asks ModelUtils.isAnyType: no `type`, no `$ref`).
   * Before, it asked DefaultCodegen.isAnyTypeSchema, which a schema with properties is not.
   */
  readonly untypedExampleNone: boolean;
  /**
   * API doc example: `ApiClient(configuration)` for an operation without auth too. Not OAG's: the
   * template (api_doc_example.mustache, 5.0 to 6.6, the 5.3.0 release bb124e1178 too) writes
   * `ApiClient()` there, as kalshi (5.2.0), argocd (5.2.1), disguise and ergo (5.3.0) show. The golden
   * ecotaxa docs (5.3.0) have `ApiClient(configuration)` because ecotaxa edited them (its commit
   * fbd4f2e replaced `ApiClient()` in the docs and in every api module, where `configuration` is
   * undefined, and the docs kept it through later regenerations). Kept only while that golden case,
   * which must stay identical, has no post action for the edit (test/golden/conformance.test.ts
   * GOLDEN_ECOTAXA_EDIT); ergo-python-prior shows the cost.
   */
  readonly configurationWithoutAuth: boolean;
  /** Model docs: arrays, enums and aliases get the `any string name` row too (setAddProps on every model). */
  readonly addPropsOnEveryModel: boolean;
  /** README example: only the first parameter line is indented (the others start at column 0). */
  readonly readmeFirstParamIndentOnly: boolean;
  /**
   * README "Documentation For Authorization": no anchors, ` All endpoints do not require authorization.`,
   * each scheme under `## <name>` after an empty `{{#last}}` line.
   */
  readonly legacyReadmeAuthSection: boolean;
  /** README "Notes for Large OpenAPI documents": the second solution is `Solution 2:` (before, `Solution 1:` twice). */
  readonly readmeSolutionsCounted: boolean;
  /**
   * A free-form object without additional properties (`additionalProperties: false`, or absent with
   * disallowAdditionalPropertiesIfNotPresent) is typed `bool, date, datetime, dict, float, int, list,
   * str` in the docs, none_type only when nullable (PythonPriorTypes.withoutAdditionalProperties).
   */
  readonly legacyFreeFormTypes: boolean;
  /**
   * Model docs: a blank line before `## Properties`; API docs: one more blank line before
   * `### Parameters` and before `### HTTP response details` (model_doc/api_doc.mustache).
   */
  readonly blankLinesBeforeTables: boolean;
  /**
   * Model docs: an object with properties and without an `additionalProperties` keyword gets the
   * `any string name` row, whose Type cell links a model (6cc270633b). Before, DefaultCodegen.fromModel
   * asked only compositions, maps and free-form objects (model-doc-views.ts legacyAdditionalProperties),
   * and model_doc.mustache printed `**{{additionalPropertiesType}}**`.
   */
  readonly addPropsWhenAbsent: boolean;
  /**
   * Auth methods (each operation's and the README's) sorted by scheme name: DefaultCodegen.fromSecurity
   * sorted its list until the order of the spec was kept.
   */
  readonly authMethodsSortedByName: boolean;
  /** A plain relative server path (`/api/v1`) is the base path as written (URLPathUtils.isRelativeUrl); before, it went on localhost. */
  readonly relativeBasePath: boolean;
  /**
   * A form or multipart request body given by `$ref` is form fields (7.5.0, d88023f833, #18216);
   * before, one body parameter typed by its schema (codegen/operations.ts formRefBodyAsBody). Every
   * python-prior release is older (the generator was removed in 3371e883ab, before 7.0.0).
   */
  readonly refFormBodyFields: boolean;
  /**
   * DefaultCodegen.fromProperty reads a property that is an allOf of one schema (ModelUtils.isAllOf:
   * no properties, oneOf or anyOf beside it) as that schema: its type, link and description (a bare
   * `$ref` has none), with nullable, readOnly and writeOnly put back from the allOf when it sets them
   * (70faa6b15c #14882 with a common attribute set, a4dd90c01d #15035 always, both before the 6.5.0
   * release commit 7417432a54; PythonClientCodegen, the newer python, was left out until 7.0.0,
   * python-prior never). Before, the composition was read as itself (any type).
   */
  readonly singleAllOfAsMember: boolean;
  /**
   * An array form field's example is its items' (`enum_form_string_array = "$"`, `files =
   * open('/path/to/file', 'rb')`): DefaultCodegen.fromRequestBodyToFormParameters passed the items
   * schema to fromFormProperty, whose python override computes the example from the schema it gets.
   * The type column still names the array (`[str]`).
   */
  readonly formArrayExampleFromItems: boolean;
  /**
   * An API module is named from the sanitized tag, `underscore(tag + "_api")` (AbstractPythonCodegen
   * toApiFilename/toApiVarName before dce8b80af7): `fake_classname_tags_123_api` for the tag
   * `fake_classname_tags 123#$%^`, where the class is FakeClassnameTags123Api. From 6.0.0 it is
   * `underscore(toApiName(tag))`, the class name's.
   */
  readonly apiModuleFromTag: boolean;
  /**
   * Model docs: a composition's properties required only by its oneOf/anyOf members stay required
   * with the default `nulltype.Null` (PythonClientCodegen.addNullDefaultToOneOfAnyOfReqProps, 5.0.0
   * d7d5e53f2b), listed among the required ones; later they are optional.
   */
  readonly oneOfRequiredNullDefault: boolean;
  /**
   * A composition without a declared `type` is typed as any type in the docs (types.ts DocTypeOptions
   * .compositionAsObject: before, `dict`).
   */
  readonly compositionAnyType: boolean;
}

const FIRST: PythonPriorDocRelease = { jekyllBlankLines: false, before6: true, languageVersion: ">= 3.6", untypedExampleNone: false, configurationWithoutAuth: false, addPropsOnEveryModel: true, readmeFirstParamIndentOnly: true, legacyReadmeAuthSection: true, readmeSolutionsCounted: false, legacyFreeFormTypes: true, blankLinesBeforeTables: false, addPropsWhenAbsent: false, authMethodsSortedByName: true, relativeBasePath: false, refFormBodyFields: false, singleAllOfAsMember: false, formArrayExampleFromItems: true, apiModuleFromTag: true, oneOfRequiredNullDefault: true, compositionAnyType: false };

export const PYTHON_PRIOR_DOC_ROWS: readonly ReleaseRow<PythonPriorDocRelease>[] = [
  { since: "5.0.1", source: "cd2a0db1ce Fix counting for large API solutions in generated Python README (#8403), after the 5.0.0 release commit d7d5e53f2b, in 5.0.1's c7fcb39a2d (README_common.mustache; emailvalidator 5.0.1-SNAPSHOT has it)", change: { readmeSolutionsCounted: true } },
  { since: "5.1.0", source: "2553d056dc Removes nulltype from python, updates samples (#8555), before the 5.1.0 release commit e023eaa821 (OAG's 5.0.0 python sample: Shape.md `quadrilateral_type` defaults to nulltype.Null; 5.1.0: [optional])", change: { oneOfRequiredNullDefault: false } },
  { since: "5.1.0", source: "f5151de9fc Add whitespace to SDK documentation where necessary (#8919), before the 5.1.0 release commit e023eaa821 (emailvalidator 5.0.1-SNAPSHOT has neither line)", change: { blankLinesBeforeTables: true } },
  { since: "5.2.0", source: "6cc270633b [python] Fixes additional_properties_type for models (#8802): PythonClientCodegen.getTypeString's `isFreeFormObject(p) && getAdditionalProperties(p) == null` case replaced by the v2/v3 any-type cases (OAG's python-oas2 samples 5.0.0-5.1.1: anytype_1 `bool, date, datetime, dict, float, int, list, str`; python 5.1.0: empty_map)", change: { legacyFreeFormTypes: false } },
  { since: "5.2.0", source: "6cc270633b [python] Fixes additional_properties_type for models (#8802), made on the 5.2.x branch (pom 5.2.0-SNAPSHOT): not in the 5.1.1 release commit 560bf7e080, in 5.2.0 90f7bcd909 (bjr 5.1.1-SNAPSHOT has no row)", change: { addPropsWhenAbsent: true } },
  { since: "5.3.0", source: "50acdcb4a3 Fix python generated markdown documentation for Jekyll (#10111)", change: { jekyllBlankLines: true } },
  { since: "5.3.0", source: "not OAG's: golden ecotaxa's own edit (ecotaxa/ecotaxa_py_client fbd4f2e), reproduced where the spec declares a security scheme so that golden case stays identical; OAG 5.3.0 writes ApiClient() (api_doc_example.mustache at bb124e1178: disguise, ergo)", change: { configurationWithoutAuth: true } },
  { since: "5.3.0", source: "638a2faa3d Updated model generation, addProps handling moved into type object and anyType handling (#10505)", change: { addPropsOnEveryModel: false } },
  { since: "5.3.0", source: "d4b8ff60a1 [Java] Fixes schema class type booleans for composed schemas (#10334)", change: { untypedExampleNone: true } },
  { since: "5.3.0", source: "d4b8ff60a1 [Java] Fixes schema class type booleans for composed schemas (#10334): PythonClientCodegen.getTypeString asks ModelUtils.isAnyType instead of isAnyTypeSchema (a plain Schema only), after the 5.2.1 release commit 8403e59aa0 (vigilant-guacamole's 5.3.0-SNAPSHOT of 2021-09-01, before the commit: `**status** | **dict**` for `allOf: [$ref: StatusEnum]` with readOnly)", change: { compositionAnyType: true } },
  { since: "5.3.0", source: "d4b8ff60a1 [Java] Fixes schema class type booleans for composed schemas (#10334): DefaultCodegen.fromRequestBodyToFormParameters hands an array form field to fromFormProperty whole instead of its items (the 5.2.1 release commit 8403e59aa0 passes getSchemaItems(arraySchema)); OAG's python samples: FakeApi.md enum_form_string_array `\"$\"` at 5.2.1, a list from 5.3.0", change: { formArrayExampleFromItems: false } },
  { since: "5.3.1", source: "0bb4f186ec #10056 Fix relative url as basePath (#10057), after the 5.3.0 release commit bb124e1178 (disguise 5.3.0: http://localhost/api/session)", change: { relativeBasePath: true } },
  { since: "5.4.0", source: "de036e211e Improves generator docs: stability + language version added (#11270)", change: { languageVersion: ">=3.6" } },
  { since: "6.0.0", source: "7ed7930bab fixed wrong intendation error (#11834)", change: { readmeFirstParamIndentOnly: false } },
  { since: "6.0.0", source: "golden ecotaxa (5.3.0) against python-prior-petstore (6.6.0)", change: { before6: false, configurationWithoutAuth: false } },
  { since: "6.0.0", source: "dce8b80af7 [Python] fix api file name & api var name (#11051), after the 5.4.0 release commit 4a36be7002 (OAG's 5.x python samples: petstore_api/api/fake_classname_tags_123_api.py; 6.x: fake_classname_tags123_api.py)", change: { apiModuleFromTag: false } },
  { since: "6.4.0", source: "68b944e6e6 Preserve order of securitySchemes (#14536), before the 6.4.0 release commit 93df0ff444", change: { authMethodsSortedByName: false } },
  { since: "6.5.0", source: "70faa6b15c better support of allOf with 1 sub-schema (#14882) and a4dd90c01d Better allOf handling in fromProperty (#15035), both before the 6.5.0 release commit 7417432a54 (testit 6.6.0: `[**LinkType**](LinkType.md)` for `allOf: [$ref: LinkType]` with a description)", change: { singleAllOfAsMember: true } },
  { since: "6.6.0", source: "c251202869 [Python] cleanup documentation (#15301)", change: { legacyReadmeAuthSection: false } },
];

/** The python-prior docs' behaviour of an OpenAPI Generator release. */
export function pythonPriorDocRelease(oagVersion: string | undefined): PythonPriorDocRelease {
  return behaviourOf(FIRST, PYTHON_PRIOR_DOC_ROWS, oagVersion);
}
