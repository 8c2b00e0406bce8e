// How the python (pydantic v2) generator names things: models and their modules, properties and
// parameters, operations, API classes and their modules, enum members. OpenAPI Generator's
// AbstractPythonCodegen / PythonClientCodegen (7.x) rules, reproduced.

import { camelize, underscore } from "../../naming/case.js";
import { sanitizeName } from "../../naming/sanitize.js";
import type { CodegenNaming } from "../../codegen/operations.js";
import type { GeneratorOptions } from "../generator.js";
import { stringOption } from "../option-values.js";
import { own } from "../../model/own.js";
import type { ApiModel } from "../../model/ir.js";
import { PythonFamilyNames } from "../../naming/python-family.js";
import { isModelSchema } from "../../codegen/model-kinds.js";
import { planTargetModelNames, type ModelNamePlan } from "../../codegen/model-names.js";
import { isReservedWord } from "./reserved-words.js";
import { pythonDocRelease } from "./releases.js";
import { inSingleQuotes } from "./examples.js";

/** Names of characters in enum values; python says `Dot` where others say `Period`. */
const SPECIAL_CHARACTER_NAMES: Readonly<Record<string, string>> = {
  $: "Dollar", "^": "Caret", "|": "Pipe", "=": "Equal", "*": "Star", "-": "Minus", "&": "Ampersand", "%": "Percent",
  "#": "Hash", "@": "At", "!": "Exclamation", "+": "Plus", ":": "Colon", ";": "Semicolon", ">": "Greater_Than",
  "<": "Less_Than", ".": "Dot", _: "Underscore", "?": "Question_Mark", ",": "Comma", "'": "Quote", '"': "Double_Quote",
  "/": "Slash", "\\": "Back_Slash", "(": "Left_Parenthesis", ")": "Right_Parenthesis", "{": "Left_Curly_Bracket",
  "}": "Right_Curly_Bracket", "[": "Left_Square_Bracket", "]": "Right_Square_Bracket", "~": "Tilde", "`": "Backtick",
};

export class PythonNames extends PythonFamilyNames implements CodegenNaming {
  private readonly modelNames = new Map<string, string>();

  /** The model names of `model`'s schemas, clashes of names or modules renamed (src/codegen/model-names.ts). */
  readonly modelPlan: ModelNamePlan | undefined;

  /** With a model, every model name comes from its plan: no two models share a class or a module. */
  constructor(options: GeneratorOptions, model?: ApiModel) {
    super(options);
    const release = pythonDocRelease(stringOption(options, "oagVersion"));
    this.reserved = release.reservedWords;
    this.colon = release.colonInNames;
    this.quotesEscaped = release.singleQuotesEscaped;
    // AbstractPythonCodegen.toModelName: a model-name mapping, then a schema mapping, names the class.
    this.modelPlan = planTargetModelNames(model, (n) => this.computeModelName(n), { ...options.schemaMappings, ...options.modelNameMappings }, {
      fileKey: (name) => this.modelModule(name),
      claims: (s) => isModelSchema(s.schema),
    });
  }

  /** The release's reserved words (releases.ts `reservedWords`). */
  private readonly reserved: ReadonlySet<string>;

  /** The release escapes `'` in single-quoted literals (releases.ts `singleQuotesEscaped`), enum values included. */
  private readonly quotesEscaped: boolean;

  /** The release turns `:` into `_` in names (releases.ts `colonInNames`). */
  private readonly colon: boolean;

  protected override sanitize(name: string): string {
    return sanitizeName(name, { colon: this.colon });
  }

  protected isReserved(name: string): boolean {
    return isReservedWord(name, this.reserved);
  }

  /** `Pet` -> `Pet`, `200_response` -> `Model200Response`, `return` -> `ModelReturn`, mappings first. */
  modelName(schemaName: string): string {
    return this.modelPlan?.names.get(schemaName) ?? this.computeModelName(schemaName);
  }

  private computeModelName(schemaName: string): string {
    const mapped = own(this.options.modelNameMappings, schemaName) ?? own(this.options.schemaMappings ?? {}, schemaName);
    if (mapped !== undefined) return mapped;
    let name = this.modelNames.get(schemaName);
    if (name === undefined) {
      name = pythonModelName(schemaName, stringOption(this.options, "modelNamePrefix"), stringOption(this.options, "modelNameSuffix"), this.reserved, this.colon);
      this.modelNames.set(schemaName, name);
    }
    return name;
  }

  /** The module of a model class: `CreateJob201Response` -> `create_job201_response`. */
  modelModule(modelName: string): string {
    return underscore(modelName.replace(/\./g, "_"));
  }

  /** Properties: sanitized snake_case, `var_` before reserved words and leading digits; mappings first. */
  varName(specName: string): string {
    const mapped = own(this.options.nameMappings, specName);
    if (mapped !== undefined) return mapped;
    return pythonVarName(specName, this.reserved, this.colon);
  }

  /** Parameters: like properties (name mappings included), `callback` -> `param_callback`. */
  /**
   * Enum member of a string enum value: `-efg` -> `MINUS_EFG`, `` -> `EMPTY`, `1abc` -> `ENUM_1ABC`.
   * AbstractPythonCodegen.postProcessModelsMap names an enum model's member from its value as
   * toEnumValue wrote it (`toEnumVariableName((String) enumVars.get("value"), "str")`, since
   * python-nextgen's 60e2d605c4), so from the escaped text: escapeText's `\` -> `\\` and `"` -> `\"`,
   * and from 7.10.0 `'` -> `\'` (escapeTextInSingleQuotes, 6bd3d53eee #19529): `it's loud` ->
   * `IT_BACK_SLASH_QUOTE_S_LOUD` (OAG 7.13.0 run here), `IT_QUOTE_S_LOUD` before 7.10.0.
   */
  enumMemberName(specValue: string): string {
    const value = inSingleQuotes(specValue, this.quotesEscaped);
    if (value.length === 0) return "EMPTY";
    if (value === " ") return "SPACE";
    if (value === "_") return "UNDERSCORE";
    let name: string;
    if (isReservedWord(value, this.reserved)) name = value.toUpperCase();
    else if ([...value].some((c) => SPECIAL_CHARACTER_NAMES[c] !== undefined)) {
      const spelled = [...value].map((c) => (c !== "_" && SPECIAL_CHARACTER_NAMES[c] !== undefined ? `${SPECIAL_CHARACTER_NAMES[c]}_` : c)).join("");
      name = underscore(spelled).toUpperCase();
    } else name = value.toUpperCase();
    name = name.replace(/ /g, "_").replace(/^_/, "").replace(/_$/, "");
    // Python's Enum reserves _sunder_ and __dunder__ names (`__proto__` would give `_PROTO_`).
    if (/^_.*_$/.test(name)) name = name.replace(/^_+|_+$/g, "") || "UNDERSCORE";
    if (/^\d/.test(name)) name = `ENUM_${name.toUpperCase()}`;
    return name;
  }

  /** Enum member of an integer enum value: `-1` -> `NUMBER_MINUS_1`. */
  numericEnumMemberName(value: string): string {
    return `NUMBER_${value.replace(/-/g, "MINUS_")}`;
  }
}

function pythonModelName(schemaName: string, prefix: string | undefined, suffix: string | undefined, reserved: ReadonlySet<string>, colon: boolean): string {
  let name = sanitizeName(schemaName, { colon }).replace(/\$/g, "").replace(/\s+/g, "");
  if (prefix) name = `${prefix}_${name}`;
  if (suffix) name = `${name}_${suffix}`;
  const camel = camelize(name);
  if (isReservedWord(camel, reserved) || /^\d/.test(camel)) return `Model${camel}`;
  return camel;
}

/** Property and parameter names, computed once per reserved list and spec name (asked for every field by code and docs). */
const VAR_NAMES = new WeakMap<ReadonlySet<string>, Map<string, string>>();

export function pythonVarName(specName: string, reserved: ReadonlySet<string>, colon: boolean): string {
  let names = VAR_NAMES.get(reserved);
  if (names === undefined) VAR_NAMES.set(reserved, (names = new Map()));
  const key = `${colon ? 1 : 0}${specName}`;
  let name = names.get(key);
  if (name === undefined) {
    name = computeVarName(specName, reserved, colon);
    if (names.size > 50_000) names.clear();
    names.set(key, name);
  }
  return name;
}

function computeVarName(specName: string, reserved: ReadonlySet<string>, colon: boolean): string {
  let name = sanitizeName(specName, { colon }).replace(/\$/g, "");
  if (/^[A-Z_]*$/.test(name)) name = name.toLowerCase();
  name = underscore(name).replace(/^_*/, "");
  if (isReservedWord(name, reserved) || /^\d/.test(name)) name = `var_${name}`;
  return name;
}
