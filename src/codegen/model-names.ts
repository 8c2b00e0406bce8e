// Which name each named schema's model gets, so that no two models share a name or a file.
//
// Spec names that differ only in case or punctuation (`foo_bar`, `FooBar`, `foo-bar`) meet after a
// target's casing. OAG then writes one file over the other; we keep every model: in IR order, a
// model whose name (or file, compared case-insensitively: file systems may ignore case) is taken
// gets the smallest numeric suffix 2, 3, ... that frees both, and the rename is reported.

import { own } from "../model/own.js";
import type { ApiModel, NamedSchema, Pointer, Schema } from "../model/ir.js";
import { isModelSchema } from "./model-kinds.js";

export interface ModelRename {
  readonly schemaName: string;
  /** The name the target would give it. */
  readonly from: string;
  /** The name it gets. */
  readonly to: string;
  readonly pointer: Pointer;
  /** The schema that took `from` first (undefined when a reserved name took it). */
  readonly takenBy?: string;
}

export interface ModelNamePlan {
  /** Schema name -> final model name, for every schema of the model. */
  readonly names: ReadonlyMap<string, string>;
  readonly renamed: readonly ModelRename[];
}

export interface ModelNameOptions {
  /**
   * The file (or module) a final model name is written to, e.g. `underscore(name)`; compared
   * case-insensitively. Default: the name itself.
   */
  readonly fileKey?: (finalName: string, schemaName: string) => string;
  /** Names (and file keys) the target uses itself; compared case-insensitively. */
  readonly reserved?: ReadonlySet<string>;
  /** Schema names whose model name is given by the user (`--model-name-mappings`): never renamed. */
  readonly fixed?: (schemaName: string) => boolean;
  /**
   * Schemas that become a model (a class and a file) in the target. The others (a named `string`
   * or array the target writes as the type it stands for) keep their computed name and take none:
   * a model never gets a suffix for them. Default: every schema.
   */
  readonly claims?: (schema: NamedSchema) => boolean;
}

/**
 * What a target's names class builds when it is given the model (no model, no plan: the unit tests
 * name single schemas): the plan, with the user's `--model-name-mappings` never renamed.
 */
export function planTargetModelNames(
  model: ApiModel | undefined,
  modelName: (schemaName: string) => string,
  mappings: Readonly<Record<string, string>>,
  target: Omit<ModelNameOptions, "fixed"> = {},
): ModelNamePlan | undefined {
  return model ? planModelNames(model, modelName, { ...target, fixed: (n) => own(mappings, n) !== undefined }) : undefined;
}

/** Plans the model names of `model.schemas` in IR order; deterministic. */
export function planModelNames(model: ApiModel, modelName: (schemaName: string) => string, options: ModelNameOptions = {}): ModelNamePlan {
  const fileKey = options.fileKey ?? ((name: string) => name);
  /** Lower-cased name or file key -> the schema that holds it ("" for reserved). */
  const taken = new Map<string, string>();
  for (const r of options.reserved ?? []) taken.set(r.toLowerCase(), "");
  const names = new Map<string, string>();
  const renamed: ModelRename[] = [];
  /** Lower-cased base name -> the next suffix to try, so many clashes on one name stay linear. */
  const nextSuffix = new Map<string, number>();
  const holder = (name: string, schemaName: string): string | undefined =>
    taken.get(name.toLowerCase()) ?? taken.get(fileKey(name, schemaName).toLowerCase());

  // Mapped names are the user's choice: they keep them, and take them first.
  const fixed = model.schemas.filter((s) => options.fixed?.(s.name) === true);
  for (const s of fixed) {
    const name = modelName(s.name);
    names.set(s.name, name);
    taken.set(name.toLowerCase(), s.name);
    taken.set(fileKey(name, s.name).toLowerCase(), s.name);
  }
  for (const s of model.schemas) {
    if (names.has(s.name)) continue;
    if (options.claims?.(s) === false) {
      names.set(s.name, modelName(s.name));
      continue;
    }
    const from = modelName(s.name);
    let to = from;
    const takenBy = holder(from, s.name);
    if (takenBy !== undefined) {
      let i = nextSuffix.get(from.toLowerCase()) ?? 2;
      while (holder(`${from}${i}`, s.name) !== undefined) i++;
      nextSuffix.set(from.toLowerCase(), i + 1);
      to = `${from}${i}`;
      renamed.push({ schemaName: s.name, from, to, pointer: s.pointer, ...(takenBy !== "" ? { takenBy } : {}) });
    }
    names.set(s.name, to);
    taken.set(to.toLowerCase(), s.name);
    taken.set(fileKey(to, s.name).toLowerCase(), s.name);
  }
  return { names, renamed };
}

/** The warning for one rename: `model "foo-bar" is named FooBar2: FooBar is taken by "foo_bar"`. */
export function renameMessage(r: ModelRename): string {
  const by = r.takenBy !== undefined ? `taken by ${JSON.stringify(r.takenBy)}` : "reserved by the generated code";
  return `model ${JSON.stringify(r.schemaName)} is named ${r.to}: ${r.from} is ${by}`;
}

/**
 * The schemas whose model OAG's docs show when several share one class name (`FlowOperation_union`,
 * an inline schema, and the component `FlowOperationUnion`, both `FlowOperationUnion`): the code
 * keeps every model (planModelNames gives the later ones a suffix, with a warning), the docs are
 * OAG's, which have one doc per class name, in the README's model list once and linked from the
 * other docs under that name.
 *
 * Which one, from DefaultGenerator.generateModels (7.x, and the same since 5.0): the processed models
 * go into `new TreeMap<>((o1, o2) -> ObjectUtils.compare(config.toModelName(o1), config.toModelName(o2)))`,
 * in the order of the document's schemas (`components.schemas`, a LinkedHashMap: the spec's
 * components, then the InlineModelResolver's models as it adds them; the IR keeps that order). Two
 * names with one class name compare equal, and TreeMap.put then keeps the first key and replaces the
 * value: the doc (file named after the class either way) is written from the LAST schema put. A
 * schema is put unless generateModels skips it first (`x-internal`, a schema mapping, form-only, a
 * free-form object, a map or array alias: the caller leaves those out of `schemas`); a primitive
 * alias (a `string` without enum) is put too, and skipped only when the files are written
 * (`m.isAlias`), so a primitive alias that comes last leaves the class with no doc and out of the
 * README at all.
 *
 * `schemas`: the candidates in IR order; `className`: the target's toModelName without our clash
 * suffixes; `isModel`: which schemas the target writes a model for (a primitive alias that is one,
 * python-prior's ModelSimple with validations, counts as a model). Returns the schema names whose model docs OAG writes; a schema alone on its class name is
 * always in it.
 */
export function oagDocumentedModels(
  schemas: readonly NamedSchema[],
  className: (schemaName: string) => string,
  /** Whether the target writes a model for the schema (default: isModelSchema). */
  isModel: (s: NamedSchema) => boolean = (s) => isModelSchema(s.schema),
): Set<string> {
  const last = new Map<string, NamedSchema>();
  for (const s of schemas) {
    if (isModel(s) || isPrimitiveAlias(s.schema)) last.set(className(s.name), s);
  }
  return new Set([...last.values()].filter(isModel).map((s) => s.name));
}

function isPrimitiveAlias(schema: Schema): boolean {
  return (schema.kind === "string" || schema.kind === "integer" || schema.kind === "number" || schema.kind === "boolean") && !isModelSchema(schema);
}
