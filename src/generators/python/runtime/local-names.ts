// The names the generated model and API modules import by their bare name (typing's Optional,
// pydantic's BaseModel, the runtime's ApiClient, ...). A model may be called the same (`Optional`,
// `Field`, `Enum`, `Decimal` are real schema names): the model keeps its name, since users and the
// docs know it by that name, and in such a run every module imports the clashing support name
// under a private alias instead (`from typing import Optional as _Optional`). Templates print
// support names through the table (`{{t.Optional}}`), code through `local()`.

/** Every name a model or API module imports from outside the models package. */
export const SUPPORT_NAMES = [
  // typing, typing_extensions
  "Annotated", "Any", "ClassVar", "Dict", "List", "Optional", "Self", "Set", "Tuple", "Union",
  // pydantic
  "BaseModel", "ConfigDict", "Field", "RootModel", "SecretStr", "StrictBool", "StrictBytes", "StrictFloat", "StrictInt", "StrictStr",
  "ValidationError",
  // the standard library
  "Decimal", "Enum", "UUID",
  // the package's own modules
  "ApiClient", "ApiResponse", "AuthNames", "FormField", "HeaderParams", "HostSetting", "OptionalHost", "PathParams", "QueryParams",
  "RequestSerialized", "RequestTimeout", "ResponseTypes", "RESTResponseType",
] as const;

export type SupportName = (typeof SUPPORT_NAMES)[number];

export class LocalNames {
  private readonly aliases = new Map<string, string>();
  /** Support name -> the name modules use for it, for templates. */
  readonly table: Readonly<Record<SupportName, string>>;

  /** `modelClasses`: the class names of every generated model of the run. */
  constructor(modelClasses: Iterable<string>) {
    const taken = new Set(modelClasses);
    for (const name of SUPPORT_NAMES) {
      if (!taken.has(name)) continue;
      let alias = `_${name}`;
      for (let i = 2; taken.has(alias); i++) alias = `_${name}${i}`;
      taken.add(alias);
      this.aliases.set(name, alias);
    }
    this.table = Object.fromEntries(SUPPORT_NAMES.map((n) => [n, this.local(n)])) as Record<SupportName, string>;
  }

  /** The name a module uses for an imported name: its alias when a model has taken it. */
  local(name: string): string {
    return this.aliases.get(name) ?? name;
  }
}
