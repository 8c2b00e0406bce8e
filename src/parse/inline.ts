// Names for inline schemas: which anonymous schemas become named models, and what they are called.
//
// OpenAPI Generator hoists inline object/composed schemas to named models (its
// InlineModelResolver) and every doc and client it writes uses those names, so all our
// generators share one plan that reproduces that naming. The plan is computed over the raw
// (3.x-shaped) document without mutating it: it maps raw schema objects, by identity, to the
// name they are hoisted to; the IR builder then emits a RefSchema wherever it meets one.
//
// How: OAG's resolver works by rewriting its parsed document in place (an inline schema is
// moved to components and its slot gets a `$ref`), and every later decision (reuse of an
// identical schema, the uniqueness of names, what is still inline when components are visited)
// depends on the rewrites done before it. So the planner replays what OAG does before code
// generation, and reports every rewrite in terms of the raw nodes. It copies nothing of the
// document for that: it holds the document's own objects and keeps what it changes apart (a
// node's state is the document's object until the planner first changes it, then a copy of that
// node alone: `view`/`own`, and the Handle type in inline-normalizer.ts). On GitHub's spec it
// copies 1,940 of the document's ~90,600 objects that way. The releases:
// - 7.x (7.12 to 7.17, the golden data's releases): the OpenAPI Normalizer's default rules
//   (src/parse/inline-normalizer.ts), then InlineModelResolver.flatten;
// - 6.x (python-prior): no normalizer; inline allOf members become `<Model>_allOf` models;
// - 5.x: as 6.x, but in operations only inline objects with properties become models.
// Which one: `oagVersion`, see `profileFor`. What differs is listed at `Profile`.
//
// Names (src/parse/inline-names.ts): `<operationId>_request`, `<operationId>_<code>_response`,
// `<operationId>_<param>_parameter` (without an operationId: path + `_` + verb), then for what
// is inside: `<name>_<property>`, `_inner` (array items), `_value` (map values), `_oneOf`,
// `_anyOf`, `_allOf` (6.x), `_not`; a schema's title instead when it has one; sanitized, made
// unique with `_1`, `_2`... An inline schema identical to one hoisted before reuses its name.

// Visiting order (as OAG): paths in document order; per path item its own parameters (7.x),
// then its operations in swagger-models' readOperationsMap order (get, put, post, delete,
// patch, head, options, trace) followed by their callbacks' operations; per operation the
// request body, the parameters, the responses. Then webhooks (7.x), then components.schemas in
// document order followed by the models hoisted so far, then components.responses (7.10+). A
// `$ref` response is not followed from the operation (OAG's flattenResponses reads its content).

import { narrowingAlternatives } from "./narrowing.js";
import { childPointer, pointerTokens } from "../model/diagnostics.js";
import type { DiagnosticSink } from "../model/diagnostics.js";
import { NameTable, signatureOf, type NumberLiteralOf, type SignatureRules } from "./inline-names.js";
import type { NumberLiterals } from "./number-literals.js";
import { Normalizer, normalizerRules, copyMetadata, entriesOf, isHandle, isList, isNode, nonEmptyList, nonEmptyMap, type Handle, type ListHandle, type Node, type NormalizerHost } from "./inline-normalizer.js";
import { resolvePointer } from "./context.js";
import { behaviourOf, type ReleaseRow } from "../codegen/release-table.js";
import { storedKey, type RawObject } from "./raw.js";
import { beanTypeOf } from "./null-type.js";
import { own as ownValue } from "../model/own.js";

export interface InlineOptions {
  /**
   * OAG 6.x extracted inline allOf members of component schemas (`Cat_allOf`); 7.x does not
   * unless told to (REFACTOR_ALLOF_INLINE_SCHEMAS). Without `oagVersion`, true means "as 6.x".
   */
  readonly refactorAllOfInlineSchemas: boolean;
  /** Hoist inline enums to models too (OAG's RESOLVE_INLINE_ENUMS). */
  readonly resolveInlineEnums: boolean;
  /** Do not reuse a structurally identical earlier inline schema (OAG's SKIP_SCHEMA_REUSE). */
  readonly skipSchemaReuse: boolean;
  /** `--inline-schema-name-mappings`: computed inline name -> chosen name. */
  readonly nameMappings: Readonly<Record<string, string>>;
  /**
   * The OpenAPI Generator release to reproduce, e.g. `7.12.0` (releases differ in details, see
   * the Normalizer below); absent: the newest supported (DEFAULT_OAG_VERSION, 7.25).
   */
  readonly oagVersion?: string;
  /**
   * OAG's generateAliasAsModel (`--generate-alias-as-model`, `-p generateAliasAsModel=true`): named
   * array and map schemas become models (ModelUtils.isGenerateAliasAsModel; a schema can also ask
   * for it with `x-generate-alias-as-model: true`).
   */
  readonly generateAliasAsModel?: boolean;
}

export const DEFAULT_INLINE_OPTIONS: InlineOptions = {
  refactorAllOfInlineSchemas: false,
  resolveInlineEnums: false,
  skipSchemaReuse: false,
  nameMappings: {},
};

export interface HoistedSchema {
  /** The model name (spec-level raw name, e.g. `createJob_request`, `Pet_category`). */
  readonly name: string;
  /** The raw schema object that becomes the model's body. */
  readonly raw: RawObject;
  /** JSON pointer of the place it was first found. */
  readonly pointer: string;
}

export interface InlinePlan {
  /** Raw inline schema object (by identity) -> the model name it was hoisted to. */
  readonly hoisted: ReadonlyMap<object, string>;
  /**
   * Raw schema objects (by identity) to read as another raw schema, e.g. a property
   * `allOf: [{type: string}]` read as its only member.
   */
  readonly substitutes: ReadonlyMap<object, RawObject>;
  /** Raw allOf schemas (by identity) read as this rewrite: metadata-only members moved up (7.14+). */
  readonly rewrites: ReadonlyMap<object, RawObject>;
  /** The new models, in the order they were named. */
  readonly schemas: readonly HoistedSchema[];
}

/**
 * @param root the raw document, OpenAPI 3.x shaped (2.0 is converted before this)
 */
export function planInlineSchemas(root: RawObject, options: InlineOptions, sink: DiagnosticSink, numberLiterals?: NumberLiterals): InlinePlan {
  return new Planner(root, options, sink, numberLiterals).run();
}

// ---------------------------------------------------------------------------------------------
// Releases, and how the planner sees a schema

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;
const SCHEMAS_REF = "#/components/schemas/";

/**
 * What differs between the OAG releases we reproduce, by release in PROFILE_ROWS (5.0.0 is
 * FIRST_PROFILE).
 */
export interface Profile {
  /** The default OpenAPI Normalizer rules run first (7.x). */
  readonly normalize: boolean;
  /** Inline allOf members become `<Model>_allOf` models (6.x, or REFACTOR_ALLOF_INLINE_SCHEMAS). */
  readonly refactorAllOf: boolean;
  /**
   * gatherInlineModels names a map value after the map's title, not its own: `schema.getTitle()`
   * until 875fdb50bd (#19173, 7.8.0) made it `inner.getTitle()`.
   */
  readonly mapValueTitleFromParent: boolean;
  /**
   * A path item's own (path-level) parameters are flattened, their models named
   * `<path>_<name>_parameter` (9579122945, #19460, 7.9.0: flattenPaths calls flattenParameters with
   * `path.getParameters()`; before, only the operations' parameters).
   */
  readonly flattenPathParameters: boolean;
  /** The 3.1 `webhooks` path items are flattened like `paths` (093a51ee21, #20165, 7.11.0: flattenWebhooks). */
  readonly flattenWebhooks: boolean;
  /**
   * e38ea578f8 (#14887, 6.5.0): flattenComponents gathers a component with only anyOf or only
   * oneOf (gatherInlineModels, `<Model>_anyOf`... for members that need a model) instead of
   * flattenComposedChildren, and flattenComposedChildren gathers inside each member model it
   * builds. Before, a composed component's members with properties or an enum became models and
   * nothing inside them was asked (5.x's and 6.0's flattenProperties ran from modelFromProperty).
   */
  readonly gatherComposedChildren: boolean;
  /** The inline schemas of components.responses become models (7.10+, cbc64e86d3). */
  readonly flattenComponentResponses: boolean;
  /**
   * flattenProperties also hoists composed properties, array items and map values (6d93b0ec83,
   * #17138, and 0401c46147, #17141, both first in 7.2.0); before, only `ObjectSchema`s with
   * properties (and such items and map values).
   */
  readonly flattenComposedProperties: boolean;
  /**
   * flattenProperties leaves a property that is an allOf of one member and nothing else composed
   * (no properties) to the codegen (dccb147055, #17683, 7.3.0); before, #17141 hoisted it like any
   * composed property.
   */
  readonly keepSingleAllOfProperty: boolean;
  /**
   * flattenProperties asks ModelUtils.isObjectSchema (by type, properties not needed) instead of
   * `instanceof ObjectSchema` with properties (b4c315ebce, first in 7.5.0).
   */
  readonly objectByModelUtils: boolean;
  /**
   * 5.x: in operations only inline objects with properties become models, named
   * `inline_object`, `inline_response_<code>` or after the parameter (approximation: only the
   * hoisting rule is verified, on the ecotaxa golden case; components are treated as in 6.x).
   */
  readonly operationObjectsOnly: boolean;
  /**
   * Before 8330e16d66 (#12104, 2022-04-20, in 6.0.0): flattenComponents runs flattenProperties
   * over a plain model's properties (not gatherInlineModels), so array items and map values are
   * named `<Model>_<property>` (no `_inner`/`_value`) and the items of a top-level array model
   * stay inline (its ArraySchema branch sat behind `model instanceof Schema`, always true); an
   * operation's hoisted model has its properties flattened the same way (modelFromProperty).
   */
  readonly flattenPropertiesOnly: boolean;
  /**
   * A 3.0 (or converted 2.0) `$ref` response is in the operation's place when the resolver is done:
   * swagger-parser's OperationProcessor loads every `$ref` response up to 2.1.22; 2.1.23 made it
   * depend on ParseOptions.resolveResponses (default false). OAG 7.14.0 took that parser without
   * setting the option (issue #21588: `InlineObject` models instead of `<op>_<code>_response`);
   * #21568 sets it again, in 7.15.0. False: the response is left to flattenComponentResponses.
   */
  readonly resolveResponses: boolean;
  /**
   * modelFromProperty's `model.setType(object.getType())` keeps a 3.1 schema's type. Up to the
   * readable source (May 2025) a 3.1 schema answered getType() with null, so a hoisted property model
   * of a 3.1 document had no type and no reuse with an equal schema hoisted as it is
   * (makeSchemaInComponents), whose Json keeps it. A 7.21.0-SNAPSHOT output (MelvinKl/Auto-slopp
   * 14b2542, corpus case openproject-python) reuses one for the other (StorageFilesModel `_links` ->
   * StorageFileModelAllOfLinks): the change is past the readable source (likely the swagger-core
   * that OAG moved to); the release is read from that output and may be earlier.
   */
  readonly modelType31: boolean;
  /**
   * isModelNeeded's special case for an allOf of one member that only adds flags: a schema with
   * nothing but `allOf` and these flags set to true (Java `equals` against a ComposedSchema holding
   * only them) is its member, which a `$ref` member never needs a model for. f6be1d07bc (#13303,
   * 6.2.0): readOnly alone; 71a7a822f4 (#13850, 6.3.0): readOnly or nullable. Any other keyword
   * (a description) breaks the equality, and the member is then resolved and asked.
   */
  readonly singleAllOfFlags: readonly ("readOnly" | "nullable")[];
  /**
   * isModelNeeded for an allOf whose one member is a `$ref` (and nothing else composed): `resolved`
   * asks the referenced schema (6.x: a description beside `allOf: [$ref: Model]` hoists a model);
   * `unlessFlagged` takes the `$ref` as it is (no model) unless readOnly or nullable is true, whose
   * branch comes first (7258b3c171, #16096, 7.0.0: an `else if`); `always` takes the `$ref` in every
   * case (5bc7aa3cd6, #18945, 7.7.0).
   */
  readonly singleAllOfRef: "resolved" | "unlessFlagged" | "always";
  /**
   * matchGenerated's second lookup, by the structural signature (`description`, `type` and
   * `example` left out at every level), after the exact one fails: #23856 (InlineModelResolver
   * generatedStructuralSignature, merged 2026-05-23, first in 7.23.0) for every schema; #24192
   * (merged 2026-07, first in 7.24.0; a 7.24.0-SNAPSHOT reads as 7.23) for titled schemas only.
   * "none" before 7.23.0.
   */
  readonly structuralReuse: "none" | "all" | "titled";
}

/** A schema's signatures for InlineModelResolver.matchGenerated: the exact one, and the structural one once asked for. */
interface Signature {
  readonly exact: string;
  structural?: string;
}

/**
 * 5.0.0, the oldest release reproduced (InlineModelResolver before #12104). 5.x has no
 * isModelNeeded (#12104 added it with gatherInlineModels): flattenProperties hoists only
 * `ObjectSchema`s with properties and flattenComposedChildren gathers nothing (until e38ea578f8,
 * gatherComposedChildren), so a single-member allOf with readOnly or nullable is never asked about
 * and never hoisted; singleAllOfFlags is 6.0's empty list, before #13303 and #13850.
 */
const FIRST_PROFILE: Profile = {
  normalize: false,
  refactorAllOf: true,
  mapValueTitleFromParent: true,
  flattenPathParameters: false,
  flattenWebhooks: false,
  gatherComposedChildren: false,
  flattenComponentResponses: false,
  flattenComposedProperties: false,
  keepSingleAllOfProperty: false,
  objectByModelUtils: false,
  operationObjectsOnly: true,
  flattenPropertiesOnly: true,
  resolveResponses: true,
  modelType31: false,
  singleAllOfFlags: [],
  singleAllOfRef: "resolved",
  structuralReuse: "none",
};

/**
 * The inline planner by release, read with behaviourOf (release-table.ts); the release commits are
 * `v7.X.0 release` / `prepare 7.X.0 release` in OAG's history. Without `oagVersion` (profileFor)
 * every row applies, unless the options describe python-prior's 6.x.
 */
export const PROFILE_ROWS: readonly ReleaseRow<Profile>[] = [
  { since: "6.0.0", source: "8330e16d66 Better inline model resolver to handle inline schema in array item (#12104, 2022-04-20), after the 6.0.0 beta release commit 914b539eea, before the 6.0.0 one 69f79fb789 (iij-dpf's 6.0.0-SNAPSHOT output names items without `_inner`)", change: { operationObjectsOnly: false, flattenPropertiesOnly: false }, notInPrereleases: true },
  { since: "6.2.0", source: "f6be1d07bc Do not generate new models for readonly schema references (#13303), before the 6.2.0 release commit 24f476a381", change: { singleAllOfFlags: ["readOnly"] } },
  { since: "6.3.0", source: "71a7a822f4 Nullable subschemas (#13850), before the 6.3.0 release commit 8f2676c5c2", change: { singleAllOfFlags: ["readOnly", "nullable"] } },
  { since: "6.5.0", source: "e38ea578f8 Better support of inline allOf/anyOf/oneOf schemas (#14887), before the 6.5.0 release commit 7417432a54", change: { gatherComposedChildren: true } },
  { since: "7.0.0", source: "c5a1dbecfb [openapi-normalizer] enable some rules by default (#15501), before the 7.0.0 release commit c37fa8a4e8", change: { normalize: true } },
  { since: "7.0.0", source: "6788f43af0 Better handling of Inline schema (#15682): inline allOf members stay inline unless REFACTOR_ALLOF_INLINE_SCHEMAS, before the 7.0.0 release commit c37fa8a4e8", change: { refactorAllOf: false } },
  { since: "7.0.0", source: "7258b3c171 Fix allOf with a single $ref (#16096), before the 7.0.0 release commit c37fa8a4e8", change: { singleAllOfRef: "unlessFlagged" } },
  { since: "7.2.0", source: "6d93b0ec83 Fix handling of composed schema in inline model resolver (#17138) and 0401c46147 Fix missing objects when defining inline anyOf, or oneOf (#17141): flattenProperties hoists composed properties, items and map values, before the 7.2.0 release commit fe638d0093", change: { flattenComposedProperties: true } },
  { since: "7.3.0", source: "dccb147055 Fix allOf with a single item in inline model resolver (#17683): flattenProperties skips an allOf of one item, before the 7.3.0 release commit d617b46c86", change: { keepSingleAllOfProperty: true } },
  { since: "7.5.0", source: "b4c315ebce use model utils check instead of instanceof: flattenProperties asks ModelUtils.isObjectSchema, before the 7.5.0 release commit cce4139af6", change: { objectByModelUtils: true } },
  { since: "7.7.0", source: "5bc7aa3cd6 (#18945): isModelNeeded takes a lone `$ref` allOf member as it is, before the 7.7.0 release commit 4eaac3d152", change: { singleAllOfRef: "always" } },
  { since: "7.8.0", source: "875fdb50bd Fix issue #18574 (#19173): gatherInlineModels names a map value after its own title, before the 7.8.0 release commit 6bdc452f92", change: { mapValueTitleFromParent: false } },
  { since: "7.9.0", source: "9579122945 Better handling of parameters in inline model resolver (#19460): flattenPaths flattens path-level parameters, before the 7.9.0 release commit 4145000dfe", change: { flattenPathParameters: true } },
  { since: "7.10.0", source: "cbc64e86d3 Update inline model resolver to flatten responses (#19992), before the 7.10.0 release commit 12dfe8fe74", change: { flattenComponentResponses: true } },
  { since: "7.11.0", source: "093a51ee21 Resolve inline schemas in webhooks (#20165): flattenWebhooks, before the 7.11.0 release commit a7240eeefe", change: { flattenWebhooks: true } },
  { since: "7.14.0", source: "swagger-parser 2.1.23's ParseOptions.resolveResponses (default false), taken by 7.14.0 without setting it (issue #21588)", change: { resolveResponses: false } },
  { since: "7.15.0", source: "#21568 sets resolveResponses again", change: { resolveResponses: true } },
  { since: "7.21.0", source: "read from a 7.21.0-SNAPSHOT output (MelvinKl/Auto-slopp 14b2542, corpus case openproject-python): a hoisted 3.1 property model keeps its type (Profile.modelType31); the change is past the readable source", change: { modelType31: true } },
  { since: "7.23.0", source: "#23856 InlineModelResolver generatedStructuralSignature (merged 2026-05-23)", change: { structuralReuse: "all" } },
  // A 7.24.0-SNAPSHOT is older than #24192 as far as published outputs show: nativebpm/sdk 980833d
  // (7.24.0-SNAPSHOT of 2026-06-11, corpus case nativebpm-python) gives three untitled inline
  // responses that differ in an `example` only one model (ResolveIncident200Response). #24192 was
  // opened on 2026-07-03 (after #24007 of 2026-06-12, which reported the 7.23 reuse, was closed).
  { since: "7.24.0", source: "#24192 (opened 2026-07-03, merged 2026-07): the structural signature for titled schemas only", change: { structuralReuse: "titled" }, notInPrereleases: true },
];

/** The newest 6.x release: what the options describe without `oagVersion` when they ask for 6.x's allOf models. */
/** The release a run with REFACTOR_ALLOF_INLINE_SCHEMAS and no `oagVersion` is read as (python-prior's newest). */
export const NEWEST_6X = "6.6.0";

/**
 * The release comes from `oagVersion`; without one, `refactorAllOfInlineSchemas` alone means 6.x
 * (what python-prior was generated with) and its absence the newest. With a 7.x version the flag is
 * OAG's REFACTOR_ALLOF_INLINE_SCHEMAS option.
 */
export function profileFor(options: Pick<InlineOptions, "oagVersion" | "refactorAllOfInlineSchemas">): Profile {
  if (options.oagVersion === undefined && options.refactorAllOfInlineSchemas) return behaviourOf(FIRST_PROFILE, PROFILE_ROWS, NEWEST_6X);
  const profile = behaviourOf(FIRST_PROFILE, PROFILE_ROWS, options.oagVersion);
  return options.refactorAllOfInlineSchemas && !profile.refactorAllOf ? { ...profile, refactorAllOf: true } : profile;
}

/** Whether the release runs OAG's OpenAPINormalizer with its default rules (the profile's `normalize`). */
export function normalizerRuns(options: Pick<InlineOptions, "oagVersion" | "refactorAllOfInlineSchemas">): boolean {
  return profileFor(options).normalize;
}

/** The last segment of a local `$ref`, unescaped (OAG's ModelUtils.getSimpleRef). */
function simpleRef(ref: string): string {
  let name = ref.slice(ref.lastIndexOf("/") + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it as written
  }
  return name.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * On a node the planner made (a `$ref` put in an inline schema's place, a model, a schema the
 * normalizer built): the document's object it stands for, or undefined. The document's own objects
 * never carry it.
 */
const ORIGIN = Symbol("origin");

interface Made {
  [ORIGIN]?: object;
}

/** The document's object a handle stands for: itself, or what a made node was made from. */
function rawOf(node: object): object | undefined {
  return ORIGIN in node ? (node as Made)[ORIGIN] : node;
}

/**
 * The literal of a number written as an integral float (`0.0`, src/parse/number-literals.ts) at a key
 * of a node, found through the document's object (signatureOf's NumberLiteralOf).
 */
function literalLookup(root: RawObject, literals: NumberLiterals | undefined): NumberLiteralOf | undefined {
  if (literals === undefined || literals.size === 0) return undefined;
  const byNode = new Map<object, Map<string, string>>();
  for (const [pointer, literal] of literals) {
    const slash = pointer.lastIndexOf("/");
    const node = resolvePointer(root, pointer.slice(0, slash));
    if (slash === -1 || !isNode(node)) continue;
    // The keys as stored (raw.ts storedKey), which is how the signature asks.
    const key = storedKey(pointerTokens(pointer.slice(slash))[0]!);
    let keys = byNode.get(node);
    if (keys === undefined) byNode.set(node, (keys = new Map()));
    keys.set(key, literal);
  }
  return (node, key) => byNode.get(rawOf(node) ?? node)?.get(key);
}

class Planner implements NormalizerHost {
  private readonly literalOf: NumberLiteralOf | undefined;
  readonly is31: boolean;
  readonly oagVersion: string | undefined;
  private readonly profile: Profile;
  /** The document, as the planner holds it (see `view`). */
  readonly doc: Handle;
  /**
   * The state of each node that differs from the document's object (a copy made when the planner
   * first changed it, or the object without the keys swagger-parser drops), and of each node the
   * planner made (itself). Every other node's state is the document's object. A Map, not a
   * WeakMap: the planner lives for one parse, and weak tables make each garbage collection slower.
   */
  private readonly states = new Map<object, object>();
  /** components.schemas as the planner sees them: the document's, then every model added. */
  readonly components = new Map<string, Handle>();
  private readonly originalComponents = new Set<string>();
  private readonly names: NameTable;
  private readonly signatures = new Map<string, string>();
  /** Structural signature -> model name (Profile.structuralReuse). */
  private readonly structuralSignatures = new Map<string, string>();
  /** Signatures write a 3.1 `$ref` with siblings as the normalizer's allOf (NormalizerRules.refSiblingsAllOf31; SignatureRules). */
  private readonly refSiblingsAllOf31: boolean;

  private readonly hoisted = new Map<object, string>();
  private readonly substitutes = new Map<object, RawObject>();
  private readonly rewrites = new Map<object, RawObject>();
  /** The new models in the order they were named, with the document's object each was found at (for its pointer). */
  private readonly added: { name: string; raw: RawObject; source: object | undefined }[] = [];
  /** Name -> index in `added`. */
  private readonly addedIndex = new Map<string, number>();
  /** Warnings about a node of the document, issued with its pointer when the plan is done. */
  private readonly warnings: { source: object | undefined; message: string }[] = [];

  constructor(
    private readonly root: RawObject,
    private readonly options: InlineOptions,
    private readonly sink: DiagnosticSink,
    numberLiterals?: NumberLiterals,
  ) {
    this.literalOf = literalLookup(root, numberLiterals);
    this.is31 = typeof root.openapi === "string" && root.openapi.startsWith("3.1");
    this.oagVersion = options.oagVersion;
    this.profile = profileFor(options);
    this.refSiblingsAllOf31 = normalizerRules(options.oagVersion).refSiblingsAllOf31;
    this.doc = root as unknown as Handle;
    for (const [name, schema] of entriesOf(this, this.componentMap("schemas"))) {
      if (!isHandle(schema)) continue;
      this.components.set(name, schema);
      this.originalComponents.add(name);
    }
    this.names = new NameTable(this.components.keys());
  }

  run(): InlinePlan {
    if (this.profile.normalize) new Normalizer(this).run();
    this.flattenPathItems(this.view(this.doc).paths);
    // swagger-parser reads `webhooks` of a 3.1 document only (OpenAPIDeserializer: result.isOpenapi31()).
    if (this.profile.flattenWebhooks && this.is31) this.flattenPathItems(this.view(this.doc).webhooks);
    this.flattenComponents();
    // InlineModelResolver.flattenComponentResponses (cbc64e86d3, 7.10.0): no name, so `inline_object`...
    if (this.profile.flattenComponentResponses) {
      for (const [, response] of entriesOf(this, this.componentMap("responses"))) {
        if (isHandle(response)) this.flattenContent(this.view(response).content, undefined);
      }
    }
    const pointers = firstPointers(this.root, [...this.added.map((a) => a.source), ...this.warnings.map((w) => w.source)]);
    const pointerOf = (source: object | undefined) => (source === undefined ? "" : (pointers.get(source) ?? ""));
    for (const w of this.warnings) this.sink.warning(pointerOf(w.source), w.message);
    const schemas = this.added.map(({ name, raw, source }): HoistedSchema => ({ name, raw, pointer: pointerOf(source) }));
    return { hoisted: this.hoisted, substitutes: this.substitutes, rewrites: this.rewrites, schemas };
  }

  // -------------------------------------------------------------------------------------------
  // Nodes: the document is never changed. A node's state is the document's object until the
  // planner changes it (own: a copy of that node alone, made once), minus what swagger-parser
  // drops: in 3.0 the siblings of a `$ref`, and alternatives that only narrow an object
  // (./narrowing.ts; the IR drops them too, so they are no models).

  view(node: Handle): Readonly<Node> {
    const state = this.states.get(node);
    if (state !== undefined) return state as Node;
    const object = node as unknown as Node;
    // (asked of every node each time it is read: most have neither a `$ref` nor alternatives)
    if (object.oneOf === undefined && object.anyOf === undefined && (this.is31 || object.$ref === undefined)) return object;
    const kept = this.dropped(object);
    if (kept === undefined) return object;
    this.states.set(node, kept);
    return kept;
  }

  viewList(list: ListHandle): readonly unknown[] {
    return (this.states.get(list) ?? list) as unknown[];
  }

  own(node: Handle): Node {
    const view = this.view(node);
    let state = this.states.get(node) as Node | undefined;
    if (state === undefined) this.states.set(node, (state = { ...view }));
    return state;
  }

  ownList(list: ListHandle): unknown[] {
    let state = this.states.get(list) as unknown[] | undefined;
    if (state === undefined) this.states.set(list, (state = [...(list as unknown as unknown[])]));
    return state;
  }

  made(node: Node, origin?: Handle): Handle {
    (node as Made)[ORIGIN] = origin === undefined ? undefined : rawOf(origin);
    this.states.set(node, node);
    return node as unknown as Handle;
  }

  madeList(list: unknown[]): ListHandle {
    this.states.set(list, list);
    return list as unknown as ListHandle;
  }

  /** The document's object without what swagger-parser drops of it, or undefined when that is nothing. */
  private dropped(object: Node): Node | undefined {
    if (!this.is31 && typeof object.$ref === "string") {
      for (const key in object) if (key !== "$ref" && Object.prototype.hasOwnProperty.call(object, key)) return { $ref: object.$ref };
      return undefined;
    }
    const skipped: readonly string[] = narrowingAlternatives(object);
    if (skipped.length === 0) return undefined;
    const kept: Node = {};
    for (const key of Object.keys(object)) if (!skipped.includes(key)) kept[key] = object[key];
    return kept;
  }

  /**
   * 3.1 schemas that NORMALIZE_31SPEC gave a 3.0-style single type (or replaced by a new 3.0
   * ArraySchema / empty schema): their getType() answers that type.
   */
  private readonly oas30Style = new Map<Handle, string | undefined>();

  isOas30Style(schema: Handle): boolean {
    return this.oas30Style.has(schema);
  }

  markOas30Style(schema: Handle, type: string | undefined): void {
    this.oas30Style.set(schema, type);
  }

  componentMap(kind: string): Handle | undefined {
    const components = this.view(this.doc).components;
    if (!isHandle(components)) return undefined;
    const map = this.view(components)[kind];
    return isHandle(map) ? map : undefined;
  }

  /** Follows `$ref`s of a non-schema object (path item, parameter, request body, response, callback). */
  deref(node: unknown, kind: string): Handle | undefined {
    let current = node;
    for (let hops = 0; hops < 20 && isHandle(current); hops++) {
      const ref = this.view(current).$ref;
      if (typeof ref !== "string") return current;
      current = ref.startsWith("#/") ? this.refTarget(ref) : undefined;
      if (current === undefined) {
        const map = this.componentMap(kind);
        current = map === undefined ? undefined : this.view(map)[simpleRef(ref)];
      }
    }
    return isHandle(current) && typeof this.view(current).$ref !== "string" ? current : undefined;
  }

  /**
   * What a local `$ref` of a non-schema object points at. The planner changes schemas only, never
   * which object sits at a components' parameter, response, ... , so a ref to one of those is
   * resolved once.
   */
  private refTarget(ref: string): unknown {
    const stable = /^#\/components\/(?:parameters|requestBodies|responses|headers|pathItems|callbacks)\/[^/]*$/.test(ref);
    if (stable && this.refTargets.has(ref)) return this.refTargets.get(ref);
    const target = resolvePointer(this.root, ref.slice(1), this.viewer);
    if (stable) this.refTargets.set(ref, target);
    return target;
  }

  private readonly refTargets = new Map<string, unknown>();

  /** `view` for resolvePointer, which meets lists too. */
  private readonly viewer = (node: object): unknown => (Array.isArray(node) ? this.viewList(node as unknown as ListHandle) : this.view(node as Handle));

  /** ModelUtils.getReferencedSchema: one `$ref` hop into components.schemas. */
  referencedSchema(schema: Handle): Handle {
    const ref = this.view(schema).$ref;
    if (typeof ref !== "string") return schema;
    return this.components.get(simpleRef(ref)) ?? schema;
  }

  // -------------------------------------------------------------------------------------------
  // What swagger-models and ModelUtils say about a schema

  /**
   * Schema.getType(). In 3.0 the parser's schema class implies a type (`items` -> array,
   * `additionalProperties` -> object), and an untyped `enum` gets one from its values
   * (OpenAPIDeserializer.getSchema with inferSchemaType, on by default: inferTypeFromArray);
   * a 3.1 schema keeps its types in `types` and answers null.
   */
  beanType(schema: Handle, state?: Readonly<Node>): string | undefined {
    if (this.oas30Style.size > 0 && this.oas30Style.has(schema)) return this.oas30Style.get(schema);
    if (this.is31) return undefined;
    return beanTypeOf(state ?? this.view(schema));
  }

  /** The one type of a schema (ModelUtils.getType, which knows 3.1's type lists). */
  typeName(schema: Handle): string | undefined {
    const t = this.view(schema).type;
    if (typeof t === "string") return t;
    if (Array.isArray(t) && t.length === 1 && typeof t[0] === "string") return t[0];
    return this.is31 ? undefined : this.beanType(schema);
  }

  isComposed(schema: Handle): boolean {
    return composed(this.view(schema));
  }

  isArray(schema: Handle): boolean {
    const state = this.view(schema);
    const t = state.type;
    if (t === "array" || (Array.isArray(t) && t.includes("array"))) return true;
    return !this.is31 && t === undefined && state.items !== undefined && !composed(state);
  }

  /** swagger-parser made a MapSchema: an `additionalProperties` other than false, nothing composed or array. */
  private isMapClass(schema: Handle): boolean {
    const state = this.view(schema);
    return !this.is31 && state.additionalProperties !== undefined && state.additionalProperties !== false && !composed(state) && state.items === undefined;
  }

  /** ModelUtils.isMapSchema. */
  isMap(schema: Handle): boolean {
    const ap = this.view(schema).additionalProperties;
    if (ap === false) return false;
    return this.isMapClass(schema) || isHandle(ap) || ap === true;
  }

  /** ModelUtils.isObjectSchema (7.x). */
  isObject(schema: Handle): boolean {
    const t = this.beanType(schema);
    return (t === "object" && !this.isMapClass(schema)) || (t === undefined && nonEmptyMap(this, this.view(schema).properties));
  }

  /** `instanceof ObjectSchema` (6.x's flattenProperties). */
  isObjectClass(schema: Handle): boolean {
    const state = this.view(schema);
    if (this.is31 || composed(state) || state.items !== undefined) return false;
    const ap = state.additionalProperties;
    return ap === false || (ap === undefined && state.type === "object");
  }

  private onlyOne(schema: Handle, key: "anyOf" | "oneOf"): boolean {
    const state = this.view(schema);
    const others = (["allOf", "anyOf", "oneOf"] as const).filter((k) => k !== key);
    return nonEmptyList(this, state[key]) && !nonEmptyMap(this, state.properties) && others.every((k) => !nonEmptyList(this, state[k]));
  }

  // -------------------------------------------------------------------------------------------
  // InlineModelResolver

  private flattenPathItems(items: unknown): void {
    for (const [pathname, rawItem] of entriesOf(this, items)) {
      if (pathname.startsWith("x-")) continue;
      const item = this.deref(rawItem, "pathItems");
      if (!item) continue;
      const operations = this.operationsOf(item);
      const all = [...operations];
      for (const [, operation] of operations) {
        for (const [key, rawCallback] of entriesOf(this, this.view(operation).callbacks)) {
          if (key.startsWith("x-")) continue;
          // swagger-parser leaves an internal `$ref` callback (and path item) unresolved: a Callback
          // (PathItem) holding only its $ref has no entries (operations), so OAG flattens nothing there.
          const callback = this.inline(rawCallback);
          for (const [expression, rawCallbackItem] of entriesOf(this, callback)) {
            if (expression.startsWith("x-")) continue;
            const callbackItem = this.inline(rawCallbackItem);
            if (callbackItem) all.push(...this.operationsOf(callbackItem));
          }
        }
      }
      if (this.profile.flattenPathParameters) this.flattenParameters(pathname, this.view(item).parameters, undefined);
      for (const [method, operation] of all) {
        const fallback = `${pathname}_${method}`;
        const id = this.view(operation).operationId;
        const operationId = typeof id === "string" ? id : undefined;
        const prefix = operationId ?? fallback;
        const body = this.deref(this.view(operation).requestBody, "requestBodies");
        const legacy = this.profile.operationObjectsOnly;
        if (body) this.flattenContent(this.view(body).content, legacy ? "inline_object" : `${prefix}_request`, pathname);
        this.flattenParameters(fallback, this.view(operation).parameters, operationId);
        for (const [code, rawResponse] of entriesOf(this, this.view(operation).responses)) {
          if (code.startsWith("x-")) continue;
          // flattenResponses reads the response's own content. In 3.0 swagger-parser has put a
          // `$ref` response's component in its place (Profile.resolveResponses), so its inline
          // schema is named after the first operation that uses it (`getMe_401_response`) and
          // later ones find the model. A 3.1 `$ref` response stays a reference (OpenAPI31Traverser):
          // content null, left to flattenComponentResponses.
          const inPlace = !this.is31 && this.profile.resolveResponses;
          const response = !isHandle(rawResponse) ? undefined : typeof this.view(rawResponse).$ref !== "string" ? rawResponse : inPlace ? this.deref(rawResponse, "responses") : undefined;
          if (response) this.flattenContent(this.view(response).content, legacy ? `inline_response_${code}` : `${prefix}_${code}_response`);
        }
      }
    }
  }

  operationsOf(item: Handle): [string, Handle][] {
    const state = this.view(item);
    const out: [string, Handle][] = [];
    for (const method of METHODS) {
      const operation = state[method];
      if (isHandle(operation)) out.push([method, operation]);
    }
    return out;
  }

  /** A node that is not a `$ref` (swagger-parser does not resolve internal callback refs). */
  private inline(value: unknown): Handle | undefined {
    return isHandle(value) && typeof this.view(value).$ref !== "string" ? value : undefined;
  }

  private flattenParameters(fallback: string, parameters: unknown, operationId: string | undefined): void {
    if (!isList(parameters)) return;
    for (const rawParameter of this.viewList(parameters)) {
      const parameter = this.deref(rawParameter, "parameters");
      if (!parameter) continue;
      const { schema, name: rawName } = this.view(parameter);
      if (!isHandle(schema)) continue;
      const paramName = rawName === undefined || rawName === null ? "null" : String(rawName);
      if (this.profile.operationObjectsOnly) {
        const properties = this.view(schema).properties;
        if (this.isObjectClass(schema) && nonEmptyMap(this, properties)) {
          // before #12104 flattenParameters flattens its properties under the path first
          if (this.profile.flattenPropertiesOnly) this.flattenProperties(properties, fallback.slice(0, fallback.lastIndexOf("_")));
          this.own(parameter).schema = this.makeSchemaInComponents(this.names.resolve(this.view(schema).title, paramName), schema);
        }
        continue;
      }
      const name = this.names.resolve(this.view(schema).title, `${operationId ?? fallback}_${paramName}_parameter`);
      this.gather(schema, name);
      if (this.isModelNeeded(schema)) this.own(parameter).schema = this.makeSchemaInComponents(name, schema);
    }
  }

  /**
   * @param bodyPath a request body's path: before #12104 (flattenPropertiesOnly) the properties of
   * a hoisted body are flattened under the path (flattenRequestBody), before the model is named;
   * a response's under its model's name, after (flattenResponses' modelFromProperty).
   */
  private flattenContent(content: unknown, name: string | undefined, bodyPath?: string): void {
    for (const [, media] of entriesOf(this, content)) {
      if (!isHandle(media)) continue;
      const schema = this.view(media).schema;
      if (!isHandle(schema)) continue;
      if (this.profile.operationObjectsOnly) {
        const properties = this.view(schema).properties;
        if (this.isObjectClass(schema) && nonEmptyMap(this, properties)) {
          const legacy = this.profile.flattenPropertiesOnly;
          if (legacy && bodyPath !== undefined) this.flattenProperties(properties, bodyPath);
          const schemaName = this.names.resolve(this.view(schema).title, name);
          if (legacy && bodyPath === undefined) this.flattenProperties(properties, schemaName);
          // 5.x flattenRequestBody adds the body object under its new name without looking for an
          // equal one (addGenerated, no matchGenerated); flattenResponses does look.
          this.own(media).schema = bodyPath !== undefined ? this.addSchemaInComponents(schemaName, schema) : this.makeSchemaInComponents(schemaName, schema);
        }
        continue;
      }
      const schemaName = this.names.resolve(this.view(schema).title, name);
      this.gather(schema, schemaName);
      if (this.isModelNeeded(schema)) this.own(media).schema = this.makeSchemaInComponents(schemaName, schema);
    }
  }

  private flattenComponents(): void {
    for (const name of [...this.components.keys()]) {
      const model = this.components.get(name);
      if (!model) continue;
      if (this.profile.gatherComposedChildren && (this.onlyOne(model, "anyOf") || this.onlyOne(model, "oneOf"))) {
        this.gather(model, name);
      } else if (this.isComposed(model)) {
        this.flattenComposedChildren(`${name}_allOf`, this.view(model).allOf, !this.profile.refactorAllOf);
        this.flattenComposedChildren(`${name}_anyOf`, this.view(model).anyOf, false);
        this.flattenComposedChildren(`${name}_oneOf`, this.view(model).oneOf, false);
      } else if (this.profile.flattenPropertiesOnly) {
        const properties = this.view(model).properties;
        if (isHandle(properties)) this.flattenProperties(properties, name);
      } else {
        this.gather(model, name);
      }
    }
  }

  /** Members of a component's allOf/anyOf/oneOf that have properties or an enum become models. */
  private flattenComposedChildren(key: string, children: unknown, skip: boolean): void {
    if (!nonEmptyList(this, children)) return;
    this.viewList(children).forEach((child, i) => {
      if (!isHandle(child)) return;
      const state = this.view(child);
      if (state.$ref !== undefined) return;
      if (!nonEmptyMap(this, state.properties) && !nonEmptyList(this, state.enum)) return;
      let name = this.names.resolve(state.title, key);
      const model = this.modelFromProperty(child, name);
      if (this.profile.gatherComposedChildren) this.gather(model.node, name);
      if (skip) return;
      const signature = this.signature(model.node);
      const existing = this.matchGenerated(signature, model.node);
      if (existing === undefined) name = this.addSchema(name, model.node, model.raw, child, signature);
      this.ownList(children)[i] = this.refTo(existing ?? name, undefined, this.view(child).required);
      this.recordHoist(child, existing ?? name);
    });
  }

  /** Hoists the inline schemas inside `schema`, replacing them with `$ref`s. */
  gather(schema: Handle, prefix: string): void {
    if (this.view(schema).$ref !== undefined || this.gathering.has(schema)) return; // (a cycle only YAML aliases can make)
    this.gathering.add(schema);
    try {
      this.gatherInner(schema, prefix);
    } finally {
      this.gathering.delete(schema);
    }
  }

  private readonly gathering = new Set<Handle>();

  private gatherInner(schema: Handle, prefix: string): void {
    const state = this.view(schema);
    const type = this.beanType(schema, state);
    if (type === undefined || type === "object") {
      const properties = state.properties;
      if (isHandle(properties)) {
        for (const [propName, prop] of Object.entries(this.view(properties))) {
          if (!isHandle(prop)) continue;
          const propState = this.view(prop);
          if (this.usesNoName(prop, propState)) continue;
          const name = this.names.resolve(propState.title, `${prefix}_${propName}`);
          this.gather(prop, name);
          if (this.isModelNeeded(prop)) {
            this.own(properties)[propName] = this.makeSchemaInComponents(name, prop);
          } else if (this.isComposed(prop)) {
            const allOf = this.view(prop).allOf;
            const members = isList(allOf) ? this.viewList(allOf) : [];
            if (members.length === 1 && isHandle(members[0])) {
              const memberType = this.beanType(members[0]);
              if (!(memberType === undefined || memberType === "object")) {
                // allOf with only 1 type (not a model): the property is read as that type.
                this.own(properties)[propName] = members[0];
                this.recordSubstitute(prop, members[0]);
              }
            }
          }
        }
      }
      const inner = this.view(schema).additionalProperties;
      if (isHandle(inner)) {
        const title = this.profile.mapValueTitleFromParent ? this.view(schema).title : this.view(inner).title;
        const name = this.names.resolve(title, `${prefix}_value`);
        this.gather(inner, name);
        if (this.isModelNeeded(inner)) this.own(schema).additionalProperties = this.makeSchemaInComponents(name, inner);
      }
    } else if (this.view(schema).properties !== undefined || this.view(schema).additionalProperties !== undefined) {
      // OAG logs "Illegal schema found with non-object type combined with properties" and stops.
      return;
    }
    if (this.isArray(schema)) {
      const items = this.view(schema).items;
      if (!isHandle(items)) return;
      const name = this.names.resolve(this.view(items).title, `${prefix}_inner`);
      this.gather(items, name);
      if (this.isModelNeeded(items)) this.own(schema).items = this.makeSchemaInComponents(name, items);
    }
    if (this.isComposed(schema)) {
      const allOf = this.view(schema).allOf;
      if (isList(allOf)) {
        this.viewList(allOf).forEach((inner, i) => {
          if (!isHandle(inner)) return;
          const name = this.names.resolve(this.view(inner).title, `${prefix}_allOf`);
          this.gather(inner, name);
          if (this.isModelNeeded(inner) && this.profile.refactorAllOf) this.ownList(allOf)[i] = this.makeSchemaInComponents(name, inner);
        });
      }
      for (const key of ["anyOf", "oneOf"] as const) {
        const members = this.view(schema)[key];
        if (!isList(members)) continue;
        this.viewList(members).forEach((inner, i) => {
          if (!isHandle(inner)) return;
          const name = this.names.resolve(this.view(inner).title, `${prefix}_${key}`);
          this.gather(inner, name);
          if (this.isModelNeeded(inner)) this.ownList(members)[i] = this.makeSchemaInComponents(name, inner);
        });
      }
    }
    const not = this.view(schema).not;
    if (isHandle(not)) {
      const name = this.names.resolve(this.view(schema).title, `${prefix}_not`);
      this.gather(not, name);
      if (this.isModelNeeded(not)) this.own(schema).not = this.makeSchemaInComponents(name, not);
    }
  }

  /**
   * True for a schema with nothing inside that gather could hoist and that is no model itself (a
   * 3.0 `$ref`, a string, ...): the name it would get is never used, so none is made (asking the
   * name table reserves nothing, so skipping the question changes no other name).
   */
  private usesNoName(schema: Handle, state: Readonly<Node>): boolean {
    return !isHandle(state.properties) && !isHandle(state.additionalProperties) && !isHandle(state.items) && !composed(state) && !isHandle(state.not) && !this.modelNeeded(schema, state, undefined);
  }

  /**
   * false when the schema can stay inline (a primitive, an object without properties, a container
   * of models, an allOf of non-models); true for objects with properties, oneOf/anyOf, allOf with
   * a model in it (and enums with resolveInlineEnums).
   */
  isModelNeeded(schema: Handle, visited?: Set<Handle>): boolean {
    return this.modelNeeded(schema, this.view(schema), visited);
  }

  /** isModelNeeded of a schema whose state the caller has read. */
  private modelNeeded(schema: Handle, state: Readonly<Node>, visited: Set<Handle> | undefined): boolean {
    if (visited !== undefined) {
      if (visited.has(schema)) return true; // circular (or met before in the same walk)
      visited.add(schema);
    }
    if (this.options.resolveInlineEnums && nonEmptyList(this, state.enum)) return true;
    const type = this.beanType(schema, state);
    if ((type === undefined || type === "object") && nonEmptyMap(this, state.properties)) return true;
    if (!composed(state)) return false;
    // Only a composition looks further: the set of schemas met is made for it alone.
    visited ??= new Set<Handle>([schema]);
    const allOf = isList(state.allOf) ? this.viewList(state.allOf) : undefined;
    if (allOf !== undefined && allOf.length === 1 && isHandle(allOf[0])) {
      const member = allOf[0];
      const flags = this.profile.singleAllOfFlags;
      const flagged = flags.some((f) => state[f] === true);
      // only allOf and the flags: the member itself (which a `$ref` is, needing no model)
      if (flagged && Object.keys(state).every((k) => k === "allOf" || (flags as readonly string[]).includes(k))) return this.isModelNeeded(member, visited);
      const memberRef = this.view(member).$ref;
      const ref = typeof memberRef === "string" && memberRef !== "";
      const rule = this.profile.singleAllOfRef;
      if (ref && (rule === "always" || (rule === "unlessFlagged" && !flagged))) return this.isModelNeeded(member, visited);
    }
    if (allOf !== undefined && allOf.length > 0) {
      return allOf.some((inner) => isHandle(inner) && this.isModelNeeded(this.referencedSchema(inner), visited));
    }
    return nonEmptyList(this, state.anyOf) || nonEmptyList(this, state.oneOf);
  }

  /** Moves the schema to components (or finds an identical one there) and returns the `$ref` to put in its place. */
  private makeSchemaInComponents(name: string, schema: Handle): Handle {
    const signature = this.signature(schema);
    const existing = this.matchGenerated(signature, schema);
    const target = existing ?? this.addSchema(name, schema, rawOf(schema) as RawObject | undefined, schema, signature);
    this.recordHoist(schema, target);
    return this.refTo(target, schema, undefined);
  }

  /** makeSchemaInComponents without the lookup: always a new model (registered for later lookups). */
  private addSchemaInComponents(name: string, schema: Handle): Handle {
    const target = this.addSchema(name, schema, rawOf(schema) as RawObject | undefined, schema);
    this.recordHoist(schema, target);
    return this.refTo(target, schema, undefined);
  }

  /** The schema's signature, when schemas are reused (computed once for the lookup and the addSchema after it). */
  private signature(schema: Handle): Signature | undefined {
    return this.options.skipSchemaReuse ? undefined : this.signatureOf(schema);
  }

  private signatureOf(schema: Handle): Signature {
    return { exact: signatureOf(schema, this.is31, this, this.literalOf, this.signatureRules()) };
  }

  /** The structural signature of `schema` (Profile.structuralReuse), computed once per Signature. */
  private structuralOf(signature: Signature, schema: Handle): string {
    return (signature.structural ??= signatureOf(schema, this.is31, this, this.literalOf, this.signatureRules(true)));
  }

  private signatureRules(structural = false): SignatureRules {
    return { refSiblingsAllOf: this.refSiblingsAllOf31, structural };
  }

  /** OAG's matchGenerated: the exact signature, then (Profile.structuralReuse) the structural one. */
  private matchGenerated(signature: Signature | undefined, schema: Handle): string | undefined {
    if (signature === undefined) return undefined;
    const exact = this.signatures.get(signature.exact);
    if (exact !== undefined || !this.structuralReuseFor(schema)) return exact;
    return this.structuralSignatures.get(this.structuralOf(signature, schema));
  }

  private structuralReuseFor(schema: Handle): boolean {
    const reuse = this.profile.structuralReuse;
    return reuse === "all" || (reuse === "titled" && typeof this.view(schema).title === "string");
  }

  /** OAG's addSchemas: applies the name mappings, registers the name and the signature. */
  private addSchema(name: string, schema: Handle, raw: RawObject | undefined, source: Handle, signature = this.signatureOf(schema)): string {
    const mapped = ownValue(this.options.nameMappings, name) ?? name;
    this.signatures.set(signature.exact, mapped);
    if (this.structuralReuseFor(schema)) this.structuralSignatures.set(this.structuralOf(signature, schema), mapped);
    this.components.set(mapped, schema);
    this.names.add(mapped);
    const at = rawOf(source);
    if (this.originalComponents.has(mapped)) {
      // Only a name mapping can get here (uniqueName avoids the document's names).
      this.warnings.push({
        source: at,
        message: `inline schema mapped to ${JSON.stringify(mapped)}, the name of a schema of the document: OpenAPI Generator would replace that schema; it is kept`,
      });
    } else if (raw === undefined) {
      this.warnings.push({ source: at, message: `inline schema ${JSON.stringify(mapped)} has no source in the document and is left out` });
    } else {
      const entry = { name: mapped, raw: this.nullsRemovedInPlace(schema, raw), source: at };
      const index = this.addedIndex.get(mapped);
      if (index !== undefined) this.added[index] = entry;
      else this.addedIndex.set(mapped, this.added.push(entry) - 1);
    }
    return mapped;
  }

  /**
   * The document's object of a model to add, with the null members that the normalizer removed
   * from its oneOf/anyOf list in place (processSimplifyOneOf/processSimplifyAnyOf's removeIf and
   * setNullable(true)) left out, where the normalizer's simplified result was not stored (7.0.0's
   * parameters and media types: inline-normalizer.ts storeOperationSchemas). The resolver hoists that
   * edited ComposedSchema: an `anyOf: [X, null]` with a title becomes a model of an anyOf of X alone
   * (OAG 7.0.0 InlineModelResolver.flattenParameters, release commit c37fa8a4e8), which the IR keeps
   * composed, where it would read the written `[X, null]` as X.
   */
  private nullsRemovedInPlace(schema: Handle, raw: RawObject): RawObject {
    let out = raw;
    for (const key of ["oneOf", "anyOf"] as const) {
      const list = this.view(schema)[key];
      const written = raw[key];
      if (!isList(list) || !Array.isArray(written)) continue;
      const kept = this.viewList(list);
      if (kept.length >= written.length) continue;
      // Only where every member left is one of the document's (a member the normalizer replaced by
      // a new schema has no object to write: the written list is kept, as before).
      const members = kept.map((member) => (isHandle(member) ? rawOf(member) : undefined));
      if (!members.every((m) => m !== undefined && written.includes(m))) continue;
      out = { ...out, [key]: members, nullable: true };
    }
    return out;
  }

  private recordHoist(schema: Handle, name: string): void {
    const raw = rawOf(schema);
    if (raw !== undefined) this.hoisted.set(raw, name);
  }

  recordSubstitute(schema: Handle, member: Handle): void {
    const raw = rawOf(schema);
    const rawMember = rawOf(member);
    if (raw !== undefined && rawMember !== undefined && raw !== rawMember && !Array.isArray(rawMember)) this.substitutes.set(raw, rawMember as RawObject);
  }

  recordMetadataMove(schema: Handle, kept: readonly Handle[], moved: readonly Handle[]): void {
    const raw = rawOf(schema);
    const rawKept = kept.map((m) => rawOf(m));
    const rawMoved = moved.map((m) => rawOf(m));
    if (raw === undefined || rawKept.some((m) => m === undefined) || rawMoved.some((m) => m === undefined)) return;
    const rewrite: RawObject = { ...(raw as RawObject), allOf: rawKept };
    for (const m of rawMoved) {
      copyMetadata(m as Node, rewrite);
      // copyMetadata drops `xml`, which OAG's docs never print; the clients write XML bodies by the
      // spec's meaning (`allOf: [$ref, {xml}]` decorates the reference), so the IR keeps it.
      if (rewrite.xml === undefined && (m as RawObject).xml !== undefined) rewrite.xml = (m as RawObject).xml;
    }
    this.rewrites.set(raw, rewrite);
  }

  /** `new Schema().$ref(name)`, with the vendor extensions of the schema it replaces, or a `required` list. */
  private refTo(name: string, extensionsFrom: Handle | undefined, required: unknown): Handle {
    const ref: Node = { $ref: `${SCHEMAS_REF}${name}` };
    if (required !== undefined) ref.required = required;
    if (extensionsFrom) for (const [key, value] of Object.entries(this.view(extensionsFrom))) if (key.startsWith("x-")) ref[key] = value;
    return this.made(ref);
  }

  // -------------------------------------------------------------------------------------------
  // modelFromProperty / flattenProperties (components' allOf/anyOf/oneOf members)

  /**
   * A new model made of some keywords of `object` (not its additionalProperties, items or
   * compositions); its properties are flattened first. Returns the model and, for the IR, the
   * same selection of the document's object.
   */
  private modelFromProperty(object: Handle, path: string): { node: Handle; raw: RawObject | undefined } {
    const typeless31 = this.is31 && !this.profile.modelType31;
    const node = pickModelKeywords(this.view(object), typeless31);
    const properties = this.view(object).properties;
    if (isHandle(properties)) {
      this.flattenProperties(properties, path);
      node.properties = properties;
    }
    const rawObject = rawOf(object);
    const raw = isNode(rawObject) ? pickModelKeywords(rawObject, typeless31) : undefined;
    if (raw && isNode(rawObject) && rawObject.properties !== undefined) raw.properties = rawObject.properties;
    return { node: this.made(node), raw };
  }

  private flattenProperties(properties: Handle, path: string): void {
    const updates: [string, Handle][] = [];
    for (const [key, property] of Object.entries(this.view(properties))) {
      if (!isHandle(property)) continue;
      const computed = `${path}_${key}`;
      if (!this.profile.flattenComposedProperties) {
        // 6.x
        if (this.isObjectClass(property) && nonEmptyMap(this, this.view(property).properties)) {
          updates.push([key, this.propertyModel(property, computed)]);
        } else if (this.isArray(property)) {
          this.containedAt(property, "items", path, computed);
        }
        if (this.isMap(property)) this.containedAt(property, "additionalProperties", path, computed);
        continue;
      }
      // 7.2.0-7.4.x: `instanceof ObjectSchema` with properties, as in 6.x (Profile.objectByModelUtils)
      const object = this.profile.objectByModelUtils ? this.isObject(property) : this.isObjectClass(property) && nonEmptyMap(this, this.view(property).properties);
      if (object) {
        updates.push([key, this.propertyModel(property, computed)]);
      } else if (this.isArray(property)) {
        this.containedAt(property, "items", path, computed);
      } else if (this.isMap(property)) {
        this.containedAt(property, "additionalProperties", path, computed);
      } else if (this.isComposed(property)) {
        const state = this.view(property);
        const allOf = isList(state.allOf) ? this.viewList(state.allOf) : undefined;
        const singleAllOf = allOf !== undefined && allOf.length === 1 && !nonEmptyList(this, state.oneOf) && !nonEmptyList(this, state.anyOf) && !nonEmptyMap(this, state.properties);
        if (singleAllOf && this.profile.keepSingleAllOfProperty) continue; // left to the codegen as is
        let name = this.names.resolve(state.title, computed);
        this.gather(property, name);
        name = this.addSchema(name, property, rawOf(property) as RawObject | undefined, property);
        this.recordHoist(property, name);
        updates.push([key, this.refTo(name, undefined, this.view(property).required)]);
      }
    }
    for (const [key, value] of updates) this.own(properties)[key] = value;
  }

  /** The array items or map value at `key` of a property, inside flattenProperties: replaced by a `$ref` when it becomes a model. */
  private containedAt(property: Handle, key: "items" | "additionalProperties", path: string, computed: string): void {
    const inner = this.view(property)[key];
    if (!isHandle(inner)) return;
    const replacement = this.containedModel(inner, path, computed);
    if (replacement) this.own(property)[key] = replacement;
  }

  /** An object property becomes a model of its own (reused when identical). */
  private propertyModel(property: Handle, computed: string): Handle {
    let name = this.names.resolve(this.view(property).title, computed);
    const model = this.modelFromProperty(property, name);
    const signature = this.signature(model.node);
    const existing = this.matchGenerated(signature, model.node);
    if (existing === undefined) name = this.addSchema(name, model.node, model.raw, property, signature);
    this.recordHoist(property, existing ?? name);
    return this.refTo(existing ?? name, undefined, this.view(property).required);
  }

  /** Array items / map values inside flattenProperties; returns the `$ref` to put in place, if any. */
  private containedModel(inner: Handle, path: string, computed: string): Handle | undefined {
    const isObject = this.profile.objectByModelUtils ? this.isObject(inner) : this.isObjectClass(inner);
    if (isObject) {
      const properties = this.view(inner).properties;
      if (!nonEmptyMap(this, properties)) return undefined;
      this.flattenProperties(properties, path);
      return this.propertyModel(inner, computed);
    }
    if (this.profile.flattenComposedProperties && this.isComposed(inner)) {
      let name = this.names.resolve(this.view(inner).title, computed);
      this.gather(inner, name);
      name = this.addSchema(name, inner, rawOf(inner) as RawObject | undefined, inner);
      this.recordHoist(inner, name);
      return this.refTo(name, undefined, this.view(inner).required);
    }
    return undefined;
  }
}

function composed(state: Readonly<Node>): boolean {
  return state.allOf !== undefined || state.anyOf !== undefined || state.oneOf !== undefined;
}

/**
 * The pointer of the first place in the document (a walk in key order) of each object asked for:
 * the pointer a hoisted schema or a warning is reported at. One walk for all, stopping once each
 * is found; pointers are written only for those.
 */
function firstPointers(root: object, wanted: readonly (object | undefined)[]): Map<object, string> {
  const targets = new Set<object>();
  for (const w of wanted) if (w !== undefined) targets.add(w);
  const found = new Map<object, string>();
  if (targets.size === 0) return found;
  // A document read from JSON is a tree: the walk goes without remembering what it has seen (a
  // third of its cost). Objects shared through YAML anchors are walked again at each place; a
  // cycle (a path 1,000 deep) or a walk past a million objects starts over, remembering.
  let budget = 0;
  let remaining = 0;
  const path: (string | number)[] = [];
  // Children that are no objects are skipped where they are met (most values of a document are
  // strings and numbers), without a call each.
  const walk = (node: object, seen: Set<object> | undefined): boolean => {
    if (seen !== undefined) {
      if (seen.has(node)) return false;
      seen.add(node);
    } else if (--budget < 0 || path.length > 1000) {
      throw SHARED;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (typeof child === "object" && child !== null && enter(child, i, seen)) return true;
      }
      return false;
    }
    if (targets.has(node) && !found.has(node)) {
      found.set(node, path.reduce<string>((pointer, key) => childPointer(pointer, key), ""));
      if (--remaining === 0) return true;
    }
    for (const key in node) {
      const child = (node as RawObject)[key];
      if (typeof child === "object" && child !== null && enter(child, key, seen)) return true;
    }
    return false;
  };
  /** Walks a child object or list; true when every target is found. */
  const enter = (child: object, key: string | number, seen: Set<object> | undefined): boolean => {
    path.push(key);
    const done = walk(child, seen);
    path.pop();
    return done;
  };
  try {
    budget = 10 * targets.size + 1_000_000;
    remaining = targets.size;
    walk(root, undefined);
  } catch (e) {
    if (e !== SHARED) throw e;
    found.clear();
    path.length = 0;
    remaining = targets.size;
    walk(root, new Set());
  }
  return found;
}

/** Thrown by firstPointers' walk when the document does not look like a tree. */
const SHARED = new Error("shared nodes");

/** The keywords InlineModelResolver.modelFromProperty copies into a new model. */
const MODEL_KEYWORDS = [
  "type",
  "format",
  "description",
  "xml",
  "required",
  "nullable",
  "enum",
  "discriminator",
  "writeOnly",
  "uniqueItems",
  "title",
  "readOnly",
  "pattern",
  "not",
  "minProperties",
  "minLength",
  "minItems",
  "minimum",
  "maxProperties",
  "maxLength",
  "maxItems",
  "maximum",
  "externalDocs",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "deprecated",
];

/** @param typeless31 a 3.1 schema whose getType() is null (Profile.modelType31 false) */
function pickModelKeywords(object: Readonly<Node>, typeless31: boolean): Node {
  const model: Node = {};
  for (const key of MODEL_KEYWORDS) {
    if (object[key] === undefined) continue;
    if (key === "type" && (typeless31 || typeof object.type !== "string")) continue; // a 3.1 schema answered getType() with null
    model[key] = object[key];
  }
  // The example is copied as its toString().
  if (object.example !== undefined && object.example !== null) {
    model.example = typeof object.example === "string" ? object.example : JSON.stringify(object.example);
  }
  for (const [key, value] of Object.entries(object)) if (key.startsWith("x-")) model[key] = value;
  return model;
}
