// Names for inline schemas: which anonymous schemas become named models, and what they are called.
//
// OpenAPI Generator hoists inline object/composed schemas to named models (its
// InlineModelResolver) and every doc and client it writes uses those names, so all our
// generators share one plan that reproduces that naming. The plan is computed over the raw
// (3.x-shaped) document without mutating it: it maps raw schema objects, by identity, to the
// name they are hoisted to; the IR builder then emits a RefSchema wherever it meets one.
//
// STUB: hoists nothing yet (contract only).

import type { DiagnosticSink } from "../model/diagnostics.js";
import type { RawObject } from "./raw.js";

export interface InlineOptions {
  /** OAG 6.x extracted inline allOf members of component schemas (`Cat_allOf`); 7.x does not. */
  readonly refactorAllOfInlineSchemas: boolean;
  /** Hoist inline enums to models too (OAG's RESOLVE_INLINE_ENUMS). */
  readonly resolveInlineEnums: boolean;
  /** Do not reuse a structurally identical earlier inline schema (OAG's SKIP_SCHEMA_REUSE). */
  readonly skipSchemaReuse: boolean;
  /** `--inline-schema-name-mappings`: computed inline name -> chosen name. */
  readonly nameMappings: Readonly<Record<string, string>>;
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
  /** The new models, in the order they were named. */
  readonly schemas: readonly HoistedSchema[];
}

/**
 * @param root the raw document, OpenAPI 3.x shaped (2.0 is converted before this)
 */
export function planInlineSchemas(root: RawObject, options: InlineOptions, sink: DiagnosticSink): InlinePlan {
  void root;
  void options;
  void sink;
  return { hoisted: new Map(), substitutes: new Map(), schemas: [] };
}
