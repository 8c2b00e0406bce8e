// Help texts for every command.

export const HELP: Record<string, string> = {
  main: `oaswright: generate API clients from OpenAPI 2.0/3.0/3.1 specs.

Usage: oaswright <command> [options]

Commands:
  generate   generate a client (same options as openapi-generator-cli generate)
  validate   validate a spec and list every problem
  list       list the available generators
  version    print oaswright's version
  help [command]

Example:
  oaswright generate -i spec.yaml -g typescript -o client
`,
  generate: `Usage: oaswright generate -i <spec> -g <generator> -o <dir> [options]

  -i, --input-spec <file|url>    OpenAPI 2.0/3.0/3.1 spec, JSON or YAML
  -g, --generator-name <name>    typescript (see \`oaswright list\`)
  -o, --output <dir>             output folder (default: .); written only if generation succeeds
  -p, --additional-properties <k=v,...>   generator options (repeatable; also --additional-properties=k=v)
  -c, --config <file>            JSON or YAML file of generator options
  -t, --template-dir <dir>       a template there replaces the built-in one of the same name
      --package-name <name>      shorthand for -p packageName=<name>
      --name-mappings <a=b,...>  rename properties/parameters
      --model-name-mappings <a=b,...>   rename models
      --parameter-name-mappings <a=b,...>
      --inline-schema-name-mappings <a=b,...>
      --global-property <k=v,...>   apis, models, supportingFiles, apiDocs, modelDocs, ...
      --skip-validate-spec       do not check the spec against the OpenAPI schema
      --dry-run                  generate but write nothing
      --dump-ir                  print the intermediate model as JSON instead of writing files
  -v, --verbose                  print every warning
  Options of openapi-generator-cli that change nothing here are accepted with a warning.
  -p oagVersion=X.Y.Z reproduces the docs of that OpenAPI Generator release where releases differ.
`,
  validate: `Usage: oaswright validate -i <spec>

Checks the spec against the OpenAPI schema of its version and oaswright's own rules; lists every
problem with its file, JSON pointer and line:column, and exits 1 if there is any.
`,
  list: `Usage: oaswright list

Lists the generators oaswright provides.
`,
};
