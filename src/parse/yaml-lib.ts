// The `yaml` library, loaded on first use: a JSON spec (most large specs are JSON) and a run
// without a config or batch file never need it, and loading it is a good part of a small run's
// start-up. CommonJS through require: synchronous, for the synchronous readers of config files.

import { createRequire } from "node:module";

type YamlLib = typeof import("yaml");

let lib: YamlLib | undefined;

export function yamlLib(): YamlLib {
  return (lib ??= createRequire(import.meta.url)("yaml") as YamlLib);
}
