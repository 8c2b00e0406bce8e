// `config-help -g <generator>`: the options a generator knows, laid out as OpenAPI Generator's
// config-help prints them (ConfigHelp.generatePlainTextHelp: sorted names, tab-indented, the
// help text below each name with the default in parentheses).

import type { Generator } from "../generators/generator.js";

export function configHelpText(generator: Generator): string {
  const options = [...generator.options].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let text = "\nCONFIG OPTIONS\n\n";
  for (const option of options) {
    // CliOption.getOptionHelp: the description, then " (Default: x)".
    const help = `${option.description}${option.default !== undefined ? ` (Default: ${option.default})` : ""}`;
    text += `\t${option.name}\n\t    ${help.replace(/\n/g, "\n\t    ")}\n\n`;
  }
  return text;
}
