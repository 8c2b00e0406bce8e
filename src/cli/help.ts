// Help texts for every command.

export const HELP: Record<string, string> = {
  main: `oaswright: generate API clients from OpenAPI 2.0/3.0/3.1 specs.

Usage: oaswright <command> [options]

Commands:
  generate      generate a client (same options as openapi-generator-cli generate)
  batch         run every generator of an openapitools.json (or OpenAPI Generator config files)
  config-help   list the options of a generator (-g <name>)
  validate      validate a spec and list every problem
  list          list the available generators
  version       print oaswright's version
  help [command]

Example:
  oaswright generate -i spec.yaml -g typescript -o client
`,
  generate: `Usage: oaswright generate -i <spec> -g <generator> -o <dir> [options]

  -i, --input-spec <file|url>    OpenAPI 2.0/3.0/3.1 spec, JSON or YAML
  -g, --generator-name <name>    typescript (see \`oaswright list\`)
  -o, --output <dir>             output folder (default: .); written only if generation succeeds
  -p, --additional-properties <k=v,...>   generator options (repeatable; also --additional-properties=k=v)
  -c, --config <file>            OpenAPI Generator config file (JSON or YAML): generatorName, inputSpec,
                                 outputDir, additionalProperties, globalProperties, the mappings, ...
  -t, --template-dir <dir>       a .hbs template there replaces the built-in one of the same name
      --package-name <name>      shorthand for -p packageName=<name>
      --name-mappings <a=b,...>  rename properties/parameters
      --model-name-mappings <a=b,...>   rename models
      --parameter-name-mappings <a=b,...>
      --inline-schema-name-mappings <a=b,...>
      --global-property <k=v,...>   apis, models, supportingFiles, apiDocs, modelDocs, ...
      --type-mappings <a=b,...>  use type b wherever type a (DateTime, binary, a schema name) would be
                                 (typescript, python)
      --schema-mappings <a=b,...>  schema a is your own type: no model is generated for it; python names
                                 it b and imports it from <package>.models.<module of b>
      --import-mappings <a=b,...>  typescript: import type a from module b (else ../models/a)
      --ignore-file-override <file>  use this ignore file instead of the output folder's .openapi-generator-ignore
      --skip-overwrite           leave files that exist as they are
      --minimal-update           leave files whose content is unchanged untouched (bytes and mtime)
      --remove-stale             delete the files the previous .openapi-generator/FILES lists that this run does not write
      --check                    write nothing; list the files that would change and exit 1 if any would
      --watch                    generate again whenever the spec or a file it $refs changes
      --generator-key <key>      with no -i and an ./openapitools.json: run only that entry (repeatable)
      --skip-validate-spec       do not check the spec against the OpenAPI schema
      --generate-alias-as-model  named array and map schemas become models (typescript, python;
                                 python-prior always does this)
      --dry-run                  generate but write nothing
      --dump-ir                  print the intermediate model as JSON instead of writing files
  -v, --verbose                  print every warning
  Options of openapi-generator-cli that change nothing here are accepted with a warning.
  -p oagVersion=X.Y.Z reproduces the docs of that OpenAPI Generator release where releases differ
  (5.0.0 or later, optionally with a pre-release suffix such as -SNAPSHOT).
  Without -i and -c, \`generate\` runs the generators of ./openapitools.json, as openapi-generator-cli does.
`,
  batch: `Usage: oaswright batch <file>... [generate options]

Runs several generations. A file with a "generator-cli" key is an openapitools.json: every entry of
its "generators" map runs (keys as in openapi-generator-cli: generatorName, inputSpec, output,
additionalProperties, ...; relative paths are taken from the file's folder). Any other file is an
OpenAPI Generator config file with generatorName, inputSpec and outputDir. Options after the files
(--check, --minimal-update, ...) apply to every generation. Exits 1 if any generation fails.
`,
  "config-help": `Usage: oaswright config-help -g <generator>

Lists the options (-p name=value) the generator knows, with their descriptions and defaults.
`,
  validate: `Usage: oaswright validate -i <spec>

Checks the spec against the OpenAPI schema of its version and oaswright's own rules; lists every
problem with its file, JSON pointer and line:column, and exits 1 if there is any.
`,
  list: `Usage: oaswright list

Lists the generators oaswright provides.
`,
};
