// How the python-prior generator names things: models and their modules, properties,
// parameters, operations, API classes and modules, enum members. OpenAPI Generator 6.6's
// PythonPriorClientCodegen / PythonLegacyClientCodegen rules, reproduced.

import { camelize, underscore } from "../../naming/case.js";
import { sanitizeName } from "../../naming/sanitize.js";
import type { CodegenNaming } from "../../codegen/operations.js";
import type { GeneratorOptions } from "../generator.js";
import { stringOption } from "../option-values.js";
import { own } from "../../model/own.js";
import type { ApiModel } from "../../model/ir.js";
import { PythonFamilyNames } from "../../naming/python-family.js";
import { planTargetModelNames, type ModelNamePlan } from "../../codegen/model-names.js";
import { pythonPriorDocRelease, type PythonPriorDocRelease } from "./releases.js";

/**
 * Reserved words, matched case-insensitively: Python keywords and the local names of the
 * generated endpoint code. A reserved name gets a `_` prefix (`_class`, `_return`); python
 * (pydantic) differs here (`var_` prefix, and it also reserves `date`, `float`, `json`, ...).
 */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  // local variable names used in API methods (endpoints)
  "all_params", "resource_path", "path_params", "query_params", "header_params", "form_params", "local_var_files",
  "body_params", "auth_settings",
  // @property
  "property",
  // python keywords (and a few builtins the old generator reserved)
  "and", "del", "from", "not", "while", "as", "elif", "global", "or", "with", "assert", "else", "if", "pass", "yield",
  "break", "except", "import", "print", "class", "exec", "in", "raise", "continue", "finally", "is", "return", "def",
  "for", "lambda", "try", "self", "nonlocal", "none", "true", "false", "async", "await",
]);

export function isReserved(name: string): boolean {
  return RESERVED_WORDS.has(name.toLowerCase());
}

export class PythonPriorNames extends PythonFamilyNames implements CodegenNaming {
  /** The model names of `model`'s schemas, clashes of names or modules renamed (src/codegen/model-names.ts). */
  readonly modelPlan: ModelNamePlan | undefined;

  /** The release's behaviours (`-p oagVersion`), for the API module names. */
  private readonly release: PythonPriorDocRelease;

  /** With a model, every model name comes from its plan: no two models share a class or a module. */
  constructor(options: GeneratorOptions, model?: ApiModel) {
    super(options);
    this.release = pythonPriorDocRelease(stringOption(options, "oagVersion"));
    // AbstractPythonCodegen.toModelName: a model-name mapping, then a schema mapping, names the class.
    this.modelPlan = planTargetModelNames(model, (n) => this.computeModelName(n), { ...options.schemaMappings, ...options.modelNameMappings }, {
      fileKey: (name) => underscore(name.replace(/\./g, "_")),
    });
  }

  /**
   * The module of an API group: before 6.0.0 from its sanitized tag, `underscore(tag + "_api")`
   * (releases.ts apiModuleFromTag, AbstractPythonCodegen.toApiFilename before dce8b80af7), else
   * from its class name. The docs import it, so the client's module has the same name.
   */
  groupModule(group: { readonly key: string; readonly className: string }): string {
    if (this.release.apiModuleFromTag && group.key.length > 0) return underscore(`${group.key}_api`);
    return this.apiModule(group.className);
  }

  protected isReserved(name: string): boolean {
    return isReserved(name);
  }

  /** `Pet_category` -> `PetCategory`; `200_response` -> `Model200Response`; `Return` -> `ModelReturn`. */
  modelName(schemaName: string): string {
    return this.modelPlan?.names.get(schemaName) ?? this.computeModelName(schemaName);
  }

  /**
   * The model name OAG derives from a name, planless: also applied to class names (which are
   * already model names, so it returns them unchanged), where the plan's schema keys do not apply.
   */
  classModelName(name: string): string {
    return this.computeModelName(name);
  }

  private computeModelName(schemaName: string): string {
    const mapped = own(this.options.modelNameMappings, schemaName) ?? own(this.options.schemaMappings ?? {}, schemaName);
    if (mapped !== undefined) return mapped;
    let name = sanitizeName(schemaName).replace(/\$/g, "");
    if (isReserved(name)) name = `model_${name}`;
    if (/^\d/.test(name)) name = `model_${name}`;
    const prefix = stringOption(this.options, "modelNamePrefix");
    const suffix = stringOption(this.options, "modelNameSuffix");
    if (prefix) name = `${prefix}_${name}`;
    if (suffix) name = `${name}_${suffix}`;
    return camelize(name);
  }

  /** The model's module under `<pkg>/model/`: `create_job201_response`. */
  modelModule(schemaName: string): string {
    return underscore(this.modelName(schemaName).replace(/\./g, "_"));
  }

  /** The module of a model given its class name (OAG's toModelFilename(toModelName(name))). */
  moduleForClass(className: string): string {
    return underscore(this.classModelName(className).replace(/\./g, "_"));
  }

  /** Properties: `petId` -> `pet_id`; reserved words and leading digits get a `_` prefix. */
  varName(specName: string): string {
    const mapped = own(this.options.nameMappings, specName);
    if (mapped !== undefined) return mapped;
    let name = sanitizeName(specName).replace(/\$/g, "");
    if (/^[A-Z_]*$/.test(name)) name = name.toLowerCase();
    name = underscore(name).replace(/^_*/, "");
    if (isReserved(name) || /^\d/.test(name)) name = `_${name}`;
    return name;
  }

  /** Enum member keys in `allowed_values`: upper case, whitespace runs as `_`; `""` -> `EMPTY`. */
  enumVarName(value: string): string {
    if (value.length === 0) return "EMPTY";
    return value.replace(/\s+/g, "_").toUpperCase();
  }
}

