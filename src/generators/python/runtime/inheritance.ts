// How a model typed by inheritance stays a sound subtype of its parent class when it redeclares
// one of the parent's properties.
//
// OAG's python generator (AbstractPythonCodegen.postProcessAllModels, python/model_generic.mustache)
// makes an allOf child with a discriminating parent a subclass of it and writes the child's own
// `vars` again in the class body, with the child's own types. pydantic lets a subclass re-annotate
// a field, but when the new type is not a subtype of the parent's (`links: UserLinks` over
// `links: AccountLinks`; `handle: Optional[str]` over `handle: str`), `mypy --strict` rejects the
// class ("Incompatible types in assignment ... base class ..."), and rightly: an `Account` that
// is a `User` would not hold what `Account` promises. Two rules keep the subclass (and with it the
// parent's discriminator dispatch, which returns subclasses) and make it sound, with the names and
// the wire of OAG:
//
// 1. Required and not-null are inherited. allOf means the value satisfies the parent's schema too,
//    so a property the parent requires (and does not allow null) stays required and not-null in
//    the child, whatever the child's redeclaration says. The child's wire is the spec's.
// 2. A type that is not a subtype widens the ancestor. When a child redeclares a property with a
//    type that is not a subtype of an ancestor's (two unrelated models, `int` over `str`), that
//    ancestor's field becomes `Union[<its own type>, <the descendants' types>]`, tried left to right,
//    its own type first: every value the ancestor accepted before still gets its own type (its
//    from_dict still converts with its own type), the child keeps its own type exactly, and the
//    child's field is a subtype of the ancestor's. The cost is the ancestor's static type: code
//    reading `account.links` must narrow with isinstance. Not inheriting instead would be sound as
//    well, but the parent's discriminator could then no longer return the child, and data read
//    through the parent would lose the child's properties.

import { namedSchema } from "../../../codegen/schemas.js";
import type { Schema } from "../../../model/ir.js";
import type { ModelVar, PythonModel } from "../models.js";
import { pydanticAnnotation } from "../types.js";
import { modelClassOf, simplifySchema, type CodeTypeContext } from "./code-types.js";
import { ModuleImports } from "./model-imports.js";

export interface InheritanceInput {
  readonly ctx: CodeTypeContext & { readonly mapNumberTo: string };
  /** The plain models (those that can be parents or children). */
  readonly models: readonly PythonModel[];
  /** The model a plain model inherits from, if any. */
  baseOf(m: PythonModel): PythonModel | undefined;
  /** The properties a model declares in its own class body. */
  ownVarsOf(m: PythonModel): readonly ModelVar[];
}

export interface InheritancePlan {
  /** Whether the field of `m` for property `name` is `Optional[...]` (rule 1). */
  optional(m: PythonModel, v: ModelVar): boolean;
  /** The descendants' types an own field of `m` is widened with (rule 2); empty for most. */
  widenedWith(m: PythonModel, name: string): readonly Schema[];
}

interface FieldType {
  /** The annotation without Optional, description or alias (what mypy compares). */
  readonly text: string;
  readonly schema: Schema;
}

export function planInheritance(input: InheritanceInput): InheritancePlan {
  const { ctx } = input;
  const byClass = new Map(input.models.map((m) => [m.className, m]));
  const scratch = new ModuleImports(ctx.modelsPackage, ctx.localNames);
  const typeCache = new Map<Schema, FieldType>();
  const fieldType = (v: ModelVar): FieldType => {
    let t = typeCache.get(v.schema);
    if (t === undefined) {
      const schema = simplifySchema(v.schema);
      t = { schema, text: pydanticAnnotation(ctx.types, ctx.names, schema, { mapNumberTo: ctx.mapNumberTo, required: true, optional: false, modelsPackage: ctx.modelsPackage }, scratch) };
      typeCache.set(v.schema, t);
    }
    return t;
  };
  // As pydanticAnnotation decides it.
  const ownOptional = (v: ModelVar): boolean => !v.required || ctx.types.mayBeNull(simplifySchema(v.schema));

  const ancestors = (m: PythonModel): PythonModel[] => {
    const out: PythonModel[] = [];
    for (let p = input.baseOf(m); p !== undefined && !out.includes(p) && p !== m; p = input.baseOf(p)) out.push(p);
    return out;
  };
  const isSubclass = (child: string, parent: string): boolean => {
    const m = byClass.get(child);
    return child === parent || (m !== undefined && ancestors(m).some((a) => a.className === parent));
  };
  const any = ctx.localNames.local("Any");
  const strings = new Set([ctx.localNames.local("StrictStr"), "str"]);
  const integers = new Set([ctx.localNames.local("StrictInt"), "int"]);
  /** Conservative: true only where mypy agrees (a false answer merely widens). */
  const isSubtype = (child: FieldType, parent: FieldType): boolean => {
    if (child.text === parent.text || child.text === any || parent.text === any) return true;
    const childModel = modelClassOf(ctx, child.schema);
    if (childModel === null || childModel !== child.text) return false;
    if (ctx.enumClasses.has(childModel)) {
      // `class Kind(str, Enum)` is a str to mypy (model_enum.py).
      const target = ctx.types.unalias(child.schema);
      const kind = target.kind === "ref" ? namedSchema(ctx.model, target.target)?.schema.kind : undefined;
      return (kind === "string" && strings.has(parent.text)) || (kind === "integer" && integers.has(parent.text));
    }
    const parentModel = modelClassOf(ctx, parent.schema);
    return parentModel !== null && parentModel === parent.text && isSubclass(childModel, parentModel);
  };

  const ownVars = new Map(input.models.map((m) => [m, new Map(input.ownVarsOf(m).map((v) => [v.name, v]))]));
  // Rule 1, memoized top-down: optional only if the own declaration and every ancestor's allow it.
  // Per model, then per property name (no key string made for each question: it is asked for
  // every field of every model, several times).
  const optionalMemo = new Map<PythonModel, Map<string, boolean>>();
  const optional = (m: PythonModel, v: ModelVar): boolean => {
    let memo = optionalMemo.get(m);
    if (memo === undefined) optionalMemo.set(m, (memo = new Map()));
    const known = memo.get(v.name);
    if (known !== undefined) return known;
    let result = ownOptional(v);
    memo.set(v.name, result); // a cycle guard; ancestors() stops at cycles anyway
    for (const a of ancestors(m)) {
      const av = ownVars.get(a)?.get(v.name);
      if (av !== undefined) {
        result = result && optional(a, av);
        break;
      }
    }
    memo.set(v.name, result);
    return result;
  };

  // Rule 2: every declaring ancestor whose own type a descendant's is not a subtype of.
  const widened = new Map<PythonModel, Map<string, FieldType[]>>();
  for (const m of input.models) {
    const chain = ancestors(m);
    if (chain.length === 0) continue;
    for (const v of ownVars.get(m)!.values()) {
      const own = fieldType(v);
      for (const a of chain) {
        const av = ownVars.get(a)?.get(v.name);
        if (av === undefined || isSubtype(own, fieldType(av))) continue;
        const byName = widened.get(a) ?? new Map<string, FieldType[]>();
        widened.set(a, byName);
        const list = byName.get(v.name) ?? [];
        if (!list.some((t) => t.text === own.text)) list.push(own);
        byName.set(v.name, list);
      }
    }
  }

  return {
    optional,
    widenedWith: (m, name) => (widened.get(m)?.get(name) ?? []).map((t) => t.schema),
  };
}
