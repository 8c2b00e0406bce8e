// What OAG's docs say of a property, the same in every generator: its description
// (DefaultCodegen.fromProperty, also for form fields through fromFormProperty) and the member that a
// oneOf/anyOf of one schema stands for (OpenAPINormalizer).

import { isModelSchema, unaliasRef } from "./model-kinds.js";
import { namedSchema } from "./schemas.js";
import type { ApiModel, Schema } from "../model/ir.js";
import { normalizerRules, type ArrayKeyword31 } from "../parse/inline-normalizer.js";

/**
 * A property's description as OAG's docs know it. Two kinds of schema lose theirs on the way
 * through OAG's pipeline: an inline object hoisted to a model (the property becomes a bare
 * `$ref`; the description moves into the model), and a 3.1 `anyOf`/`oneOf` of one schema and
 * `null`, which the normalizer replaces by that one member (the outer keywords are dropped).
 */
export function propertyDescription(model: ApiModel, schema: Schema, oagVersion: string | undefined): string | undefined {
  const lone = loneMember(schema, oagVersion);
  if (lone !== null) {
    const own = propertyDescription(model, lone, oagVersion);
    // #23361 (first in 7.22.0): simplyOneOfAnyOfWithOnlyOneNonNullSubSchema gives the member left
    // the parent's description when the member has none of its own (written beside it)
    if (lone.description === undefined && keepsParentDescription(oagVersion) && schema.description !== undefined) return schema.description;
    return own;
  }
  if (schema.kind === "ref") {
    // Only a hoisted schema that becomes a model takes the description along; one that is no
    // model (a free-form object) stays an inline property in OAG, description and all.
    const target = namedSchema(model, schema.target);
    if (target?.origin === "inline" && isModelSchema(target.schema)) return undefined;
  }
  // A oneOf/anyOf of null types only stays a composition in OAG (AnySchema.emptyComposition): its own description.
  if (schema.kind === "any" && schema.emptyComposition !== undefined) return schema.description;
  // `oneOf/anyOf: [X, null]` is stored as X by the normalizer: X's own description (a 3.1 sibling
  // of its `$ref` too), or, for a ref to a schema that is no model, that schema's.
  if (schema.collapsedMember !== undefined) {
    if (schema.collapsedMember.description !== undefined) return schema.collapsedMember.description;
    // #23361 (7.22.0): the member without a description of its own takes the parent's (the outer
    // keywords won the merge: `schema.description` is the parent's here)
    if (keepsParentDescription(oagVersion) && schema.description !== undefined) return schema.description;
    if (schema.kind !== "ref") return undefined;
    // A ref to a model stays a ref (unaliasRef returns it, outer keywords merged in): no description.
    const unaliased = unaliasRef(model, schema);
    return unaliased === schema ? undefined : unaliased.description;
  }
  if (isCollapsedNullableMember(schema)) return undefined;
  // NORMALIZE_31SPEC stores a new empty Schema in place of a 3.1 property written without `type`
  // (SchemaCommon.untyped31, set for the releases that have the rule): no description is left.
  if (schema.untyped31 === true) return undefined;
  // NORMALIZE_31SPEC's new ArraySchema before 7.2.0 kept no description (NormalizerRules.arrayKept31)
  if (arrayKeywordLost31(model, schema, "description", oagVersion)) return undefined;
  // DefaultCodegen.fromProperty: the description of the unaliased schema (a ref to a schema that is
  // no model reads as that schema), unless the ref carries its own (3.1 siblings).
  if (schema.description !== undefined || schema.kind !== "ref") return schema.description;
  const unaliased = unaliasRef(model, schema);
  return arrayKeywordLost31(model, unaliased, "description", oagVersion) ? undefined : unaliased.description;
}

/**
 * Whether OpenAPINormalizer's NORMALIZE_31SPEC replaced this 3.1 array schema by a new ArraySchema
 * without `keyword` (NormalizerRules.arrayKept31: no description or default before 7.2.0, no
 * uniqueItems before 7.5.0, no nullable before 7.9.0, no readOnly before 7.21.0). The normalizer
 * stores its result for properties, parameters, bodies, array items and component schemas; a
 * oneOf/anyOf member the IR collapsed is left to its own rules. A map's value is normalized but not
 * stored before 7.24.0 (NormalizerRules.storeMapValue; normalizeSchema's map branch ignores the
 * result), so it keeps every keyword, and `nullable` too: processNormalize31Spec sets it on the
 * schema it then replaces (OpenAPINormalizer at 2abcb4f7f0, 7.4.0, and 4145000dfe, 7.9.0).
 */
export function arrayKeywordLost31(model: ApiModel, schema: Schema, keyword: ArrayKeyword31, oagVersion: string | undefined): boolean {
  if (model.source.openapiVersion !== "3.1" || schema.kind !== "array") return false;
  const rules = normalizerRules(oagVersion);
  const kept = rules.arrayKept31;
  if (kept === "all" || kept.includes(keyword)) return false;
  if (!rules.storeMapValue && isMapValuePointer(schema.pointer)) return false;
  return schema.collapsedMember === undefined && !isCollapsedNullableMember(schema);
}

/** A schema written as a map's `additionalProperties` (not a property named so). */
function isMapValuePointer(pointer: string): boolean {
  return /\/additionalProperties$/.test(pointer) && !/\/properties\/additionalProperties$/.test(pointer);
}

/**
 * OpenAPI Generator #23361 "preserve parent description when simplifying nullable anyOf/oneOf": the
 * member that stands for a oneOf/anyOf of one schema (and nulls) takes the parent's description when
 * it has none (NormalizerRules.keepParentDescription, 7.22.0).
 */
function keepsParentDescription(oagVersion: string | undefined): boolean {
  return normalizerRules(oagVersion).keepParentDescription;
}

/**
 * The member OpenAPINormalizer stores in place of a property that is a oneOf/anyOf of one schema
 * and nothing else (processSimplifyOneOf/processSimplifyAnyOf, simplyOneOfAnyOfWithOnlyOneNonNullSubSchema):
 * the outer keywords, description too, are gone. A lone oneOf member only from 7.13 (#21043,
 * NormalizerRules.simplifyLoneOneOf); null members the IR has already dropped.
 */
export function loneMember(schema: Schema, oagVersion: string | undefined): Schema | null {
  if (schema.kind !== "composed" || schema.properties.length > 0 || schema.allOf.length > 0) return null;
  if (schema.anyOf.length === 1 && schema.oneOf.length === 0) return schema.anyOf[0]!;
  if (schema.oneOf.length === 1 && schema.anyOf.length === 0 && normalizerRules(oagVersion).simplifyLoneOneOf) return schema.oneOf[0]!;
  return null;
}

/**
 * Whether the `$ref` a oneOf/anyOf of one schema stands for (loneMember) leaves the normalizer with
 * keywords beside it, which OpenAPINormalizer.normalizeReferenceSchema (#22364, 7.18.0:
 * NormalizerRules.refSiblingsAllOf31) then wraps as `{keywords, allOf: [{$ref}]}`, an untyped
 * composition to the example writers (RefSchema.siblingsAllOf31), in 3.0 too:
 * simplyOneOfAnyOfWithOnlyOneNonNullSubSchema sets `nullable` on the member left when the parent is
 * nullable (the mirror's b3935922cd), and from 7.22.0 (#23361, keepParentDescription) gives it the
 * parent's description when it has none; SAP/cloud-sdk-java #1179 reports the 3.0 wrap of the
 * latter. The nullable case is read from oapicf/openapi-openai c8069003 (OAG 7.18.0, 3.0 spec,
 * docs/ChatApi.md `prediction: null` for `nullable: true, oneOf: [{$ref: PredictionContent}]`).
 */
export function loneRefGetsSiblings(parent: Schema, lone: Schema, oagVersion: string | undefined): boolean {
  if (lone.kind !== "ref" || lone.siblingType !== undefined) return false;
  const rules = normalizerRules(oagVersion);
  if (!rules.refSiblingsAllOf31) return false;
  return parent.nullable || (rules.keepParentDescription && lone.description === undefined && parent.description !== undefined);
}

/** The IR reads `anyOf: [X, {type: null}]` as X with the outer keywords; its pointer is X's. */
export function isCollapsedNullableMember(schema: Schema): boolean {
  return schema.nullable && schema.kind !== "composed" && /\/(anyOf|oneOf)\/\d+$/.test(schema.pointer);
}
