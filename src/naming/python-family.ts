// What OpenAPI Generator's AbstractPythonCodegen names the same way for both python generators
// (`python` and `python-prior`): parameters, operations, API classes and their modules. Each
// generator's names class extends this with its own reserved words, models and properties.

import { own } from "../model/own.js";
import type { GeneratorOptions } from "../generators/generator.js";
import { camelize, underscore } from "./case.js";
import { sanitizeName } from "./sanitize.js";

export abstract class PythonFamilyNames {
  constructor(protected readonly options: GeneratorOptions) {}

  /** The generator's reserved words (compared ignoring case). */
  protected abstract isReserved(name: string): boolean;

  abstract varName(specName: string): string;

  /** OAG's sanitizeName as the generator's release has it (python: `:` -> `_` from 7.11.0). */
  protected sanitize(name: string): string {
    return sanitizeName(name);
  }

  /** `--parameter-name-mappings` first; `callback` would clash with the client's own keyword. */
  paramName(specName: string): string {
    const mapped = own(this.options.parameterNameMappings, specName);
    if (mapped !== undefined) return mapped;
    if (specName === "callback") return "param_callback";
    return this.varName(specName);
  }

  /** `getPetById` -> `get_pet_by_id`; a reserved word or a leading digit gets `call_`. */
  operationId(normalized: string): string {
    let id = normalized;
    if (this.isReserved(id)) id = `call_${id}`;
    if (/^\d/.test(id)) id = `call_${id}`;
    return underscore(this.sanitize(id));
  }

  /** APIs are grouped by the sanitized tag alone (no camelizing). */
  sanitizeTag(tag: string): string {
    return this.sanitize(tag);
  }

  /** `StudiesApi`; an empty tag gives `DefaultApi`. */
  apiClassName(sanitizedTag: string): string {
    return sanitizedTag.length === 0 ? "DefaultApi" : camelize(`_${sanitizedTag}_Api`);
  }

  /** The module of an API class: `FakeClassnameTags123Api` -> `fake_classname_tags123_api`. */
  apiModule(className: string): string {
    return underscore(className);
  }
}
