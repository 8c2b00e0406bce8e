// How the typescript generator names things: models, properties, parameters, operations, API
// classes and files. OpenAPI Generator's AbstractTypeScriptClientCodegen rules, reproduced.

import { camelize, underscore } from "../../naming/case.js";
import { sanitizeName, type SanitizeOptions } from "../../naming/sanitize.js";
import type { CodegenNaming } from "../../codegen/operations.js";
import type { GeneratorOptions } from "../generator.js";
import { stringOption } from "../option-values.js";
import { own } from "../../model/own.js";
import type { ApiModel } from "../../model/ir.js";
import { isModelSchema } from "../../codegen/model-kinds.js";
import { planTargetModelNames, type ModelNamePlan } from "../../codegen/model-names.js";
import { typescriptDocRelease, type TypeScriptDocRelease } from "./releases.js";

/** TypeScript keywords and the generated code's own local names (case-sensitive). */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  "abstract", "await", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue", "debugger",
  "default", "delete", "do", "double", "else", "enum", "export", "extends", "false", "final", "finally", "float", "for",
  "function", "goto", "if", "implements", "import", "in", "instanceof", "int", "interface", "let", "long", "native",
  "new", "null", "package", "private", "protected", "public", "return", "short", "static", "super", "switch",
  "synchronized", "this", "throw", "transient", "true", "try", "typeof", "var", "void", "volatile", "while", "with",
  "yield",
  // names used inside generated methods
  "varLocalPath", "queryParameters", "headerParams", "formParams", "useFormData", "varLocalDeferred", "requestOptions",
  "from", "constructor",
]);

/** Type names a model may not take: it gets a `Model` prefix instead (`Error` -> `ModelError`). */
const PRIMITIVE_TYPE_NAMES: ReadonlySet<string> = new Set([
  "string", "String", "boolean", "Boolean", "Double", "Integer", "Long", "Float", "Object", "Array", "Date", "number",
  "any", "File", "Error", "Map", "object", "Set",
]);

/** Files under models/ that are not models: a model may not take their names. */
const MODEL_FILE_NAMES: ReadonlySet<string> = new Set(["ObjectSerializer", "all"]);

export class TypeScriptNames implements CodegenNaming {
  /** modelName and varName are pure and asked for the same names many times (large specs: 100k+). */
  private readonly modelNames = new Map<string, string>();
  private readonly varNames = new Map<string, string>();
  private readonly codeModelNames = new Map<string, string>();

  /** The model names of `model`'s schemas, clashes renamed (see src/codegen/model-names.ts). */
  readonly modelPlan: ModelNamePlan | undefined;

  /** The release's naming rows (`-p oagVersion`). */
  private readonly release: TypeScriptDocRelease;

  /** With a model, every model name comes from its plan: no two models share a name or a file. */
  constructor(
    private readonly options: GeneratorOptions,
    model?: ApiModel,
  ) {
    this.release = typescriptDocRelease(stringOption(options, "oagVersion"));
    this.modelPlan = planTargetModelNames(model, (n) => this.computeModelName(n), options.modelNameMappings, {
      fileKey: (name, schemaName) => identifierModelName(name, schemaName),
      reserved: MODEL_FILE_NAMES,
      claims: (s) => isModelSchema(s.schema),
    });
  }

  modelName(schemaName: string): string {
    let name = this.modelNames.get(schemaName);
    if (name === undefined) this.modelNames.set(schemaName, (name = this.modelPlan?.names.get(schemaName) ?? this.computeModelName(schemaName)));
    return name;
  }

  private computeModelName(schemaName: string): string {
    const mapped = own(this.options.modelNameMappings, schemaName);
    if (mapped !== undefined) return mapped;
    const prefix = stringOption(this.options, "modelNamePrefix");
    const suffix = stringOption(this.options, "modelNameSuffix");
    let name = schemaName;
    if (prefix) name = `${prefix}_${name}`;
    if (suffix) name = `${name}_${suffix}`;
    return typeName(name, "Model", this.release.colonInNames);
  }

  /**
   * The model name for generated code: modelName, made an identifier where OAG's would not be one
   * (it keeps spaces and `|`, and may be empty): other characters split words, a leading digit or
   * an empty result gets the `Model` prefix. Docs keep modelName.
   */
  codeModelName(schemaName: string): string {
    let name = this.codeModelNames.get(schemaName);
    if (name === undefined) this.codeModelNames.set(schemaName, (name = identifierModelName(this.modelName(schemaName), schemaName)));
    return name;
  }

  /** Properties and parameters: camelCase, `_` prefix for reserved words and leading digits. */
  varName(specName: string): string {
    let name = this.varNames.get(specName);
    if (name === undefined) this.varNames.set(specName, (name = this.computeVarName(specName)));
    return name;
  }

  private computeVarName(specName: string): string {
    const mapped = own(this.options.nameMappings, specName);
    if (mapped !== undefined) return mapped;
    return this.identifier(specName, this.naming("modelPropertyNaming"));
  }

  /** OAG's sanitizeName as this release has it (`:` -> `_` from 7.11.0: release row colonInNames). */
  private sanitize(name: string, options: SanitizeOptions = {}): string {
    return sanitizeName(name, { ...options, colon: this.release.colonInNames });
  }

  /** TypeScriptClientCodegen.toVarName/toParamName: sanitize, keep ALL_CAPS, apply the naming, escape. */
  private identifier(specName: string, naming: PropertyNaming): string {
    let name = this.sanitize(specName, { remove: /[^\w$]/g });
    if (name === "_") name = "_u";
    if (/^[A-Z_]*$/.test(name)) return name;
    // AbstractTypeScriptClientCodegen.getNameUsingModelPropertyNaming / getNameUsingParamNaming.
    name = naming === "original" ? name : naming === "PascalCase" ? camelize(name) : naming === "snake_case" ? underscore(name) : camelize(name, "lowerFirstLetter");
    if (RESERVED_WORDS.has(name) || /^\d/.test(name)) name = `_${name}`;
    return name;
  }

  /** modelPropertyNaming / paramNaming: camelCase (the default), PascalCase, snake_case or original. */
  private naming(option: "modelPropertyNaming" | "paramNaming"): PropertyNaming {
    const value = stringOption(this.options, option) ?? "camelCase";
    if (!PROPERTY_NAMINGS.includes(value as PropertyNaming)) {
      throw new Error(`Invalid ${option === "paramNaming" ? "parameter" : "model property"} naming '${value}'. Must be one of ${PROPERTY_NAMINGS.map((n) => `'${n}'`).join(", ")}.`);
    }
    return value as PropertyNaming;
  }

  paramName(specName: string): string {
    const mapped = own(this.options.parameterNameMappings, specName);
    return mapped !== undefined ? mapped : this.identifier(specName, this.naming("paramNaming"));
  }

  /**
   * toOperationId. From 6.6.0 the typescript generator inherits AbstractTypeScriptClientCodegen's:
   * the camelized name is escaped (`_`) when it is a reserved word or starts with a digit
   * (toSafeIdentifier), so `123_test` is `_123test`. Before, TypeScriptClientCodegen's own escaped
   * it only when the id as given (after removeNonNameElementToCamelCase) was a reserved word, and a
   * leading digit stayed (release row `safeOperationIds`). The client's method names start from
   * this name (src/generators/typescript/client/api-views.ts methodName makes it an identifier).
   */
  operationId(normalized: string): string {
    const name = camelize(this.sanitize(normalized), "lowerFirstLetter");
    if (this.release.safeOperationIds) return RESERVED_WORDS.has(name) || /^\d/.test(name) ? `_${name}` : name;
    return RESERVED_WORDS.has(normalized) ? `_${name}` : name;
  }

  sanitizeTag(tag: string): string {
    const name = camelize(this.sanitize(tag));
    return /^\d/.test(name) ? `Class${name}` : name;
  }

  apiClassName(sanitizedTag: string): string {
    return sanitizedTag.length === 0 ? "DefaultApi" : camelize(`_${sanitizedTag}_Api`);
  }

  /** Enum member names: PascalCase words (enumPropertyNaming); numbers as NUMBER_1, NUMBER_MINUS_1. */
  enumMemberName(value: unknown): string {
    if (typeof value === "number") {
      return `NUMBER_${String(value).replace(/-/g, "MINUS_").replace(/\./g, "_DOT_")}`;
    }
    const text = String(value);
    if (text === "") return this.enumNaming("empty");
    const words = this.sanitize(text.replace(/\s+/g, "_"));
    const camel = this.enumNaming(words);
    const name = camel === "" ? this.enumNaming(this.sanitize(specialCharacterName(text))) : camel;
    return /^\d/.test(name) ? `_${name}` : name;
  }

  /** TypeScriptClientCodegen.getNameWithEnumPropertyNaming. */
  private enumNaming(name: string): string {
    const naming = stringOption(this.options, "enumPropertyNaming") ?? "PascalCase";
    switch (naming) {
      case "PascalCase":
        return camelize(name);
      case "camelCase":
        return camelize(underscore(name), "lowerFirstLetter");
      case "snake_case":
        return underscore(name);
      case "UPPERCASE":
        return underscore(name).toUpperCase();
      case "original":
        return name;
      default:
        throw new Error(`Unsupported enum property naming: '${naming}'. Must be one of 'camelCase', 'PascalCase', 'snake_case', 'UPPERCASE', 'original'.`);
    }
  }
}

type PropertyNaming = "camelCase" | "PascalCase" | "snake_case" | "original";
const PROPERTY_NAMINGS: readonly PropertyNaming[] = ["camelCase", "PascalCase", "snake_case", "original"];

const SPECIAL_NAMES: Readonly<Record<string, string>> = {
  $: "Dollar", "^": "Caret", "|": "Pipe", "=": "Equal", "*": "Star", "-": "Minus", "&": "Ampersand", "%": "Percent",
  "#": "Hash", "@": "At", "!": "Exclamation", "+": "Plus", ":": "Colon", ";": "Semicolon", ">": "Greater_Than",
  "<": "Less_Than", ".": "Period", _: "Underscore", "?": "Question_Mark", ",": "Comma", "'": "Quote", '"': "Double_Quote",
  "/": "Slash", "\\": "Back_Slash", "(": "Left_Parenthesis", ")": "Right_Parenthesis", "{": "Left_Curly_Bracket",
  "}": "Right_Curly_Bracket", "[": "Left_Square_Bracket", "]": "Right_Square_Bracket", "~": "Tilde", "`": "Backtick",
};

function specialCharacterName(text: string): string {
  return [...text].map((c) => (own(SPECIAL_NAMES, c) !== undefined ? `_${own(SPECIAL_NAMES, c)}_` : c)).join("");
}

function identifierModelName(modelName: string, schemaName: string): string {
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(modelName)) return modelName;
  const joined = modelName
    .split(/[^A-Za-z0-9_$]+/)
    .filter((w) => w !== "")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
  if (joined !== "") return /^[0-9]/.test(joined) ? `Model${joined}` : joined;
  // Nothing of the name is left: spell its characters, so distinct names stay distinct.
  return `Model${[...schemaName].map((c) => c.codePointAt(0)!.toString(16).toUpperCase()).join("")}`;
}

function typeName(name: string, safePrefix: string, colon: boolean): string {
  const sanitized = sanitizeName(name, { remove: /(?![| ])\W/g, keep: ["|", " "], colon });
  const camel = camelize(sanitized);
  if (RESERVED_WORDS.has(camel) || /^\d/.test(camel) || PRIMITIVE_TYPE_NAMES.has(camel)) return `${safePrefix}${camel}`;
  return camel;
}

