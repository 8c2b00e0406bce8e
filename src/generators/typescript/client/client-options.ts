// The typescript generator's options that shape the client code, read once per run.

import type { GeneratorOptions } from "../../generator.js";
import { booleanOption, stringOption } from "../../option-values.js";

export interface ClientOptions {
  /** browser (default), node or deno. */
  readonly platform: string;
  /** The HTTP library: fetch-api (default; http/isomorphic-fetch.ts) or jquery (http/jquery.ts). */
  readonly framework: "fetch-api" | "jquery";
  /** `PetApi` takes request objects (types/ObjectParamAPI.ts) instead of positional parameters. */
  readonly useObjectParameters: boolean;
  /** The Observable API uses rxjs (a dependency) instead of rxjsStub.ts. */
  readonly useRxJS: boolean;
  /** InversifyJS decorators and service identifiers (services/*.ts); never for deno, as OAG. */
  readonly useInversify: boolean;
  /** Ending of relative import specifiers: "" (default), ".js", ".mjs", ".ts" (deno's default). */
  readonly importFileExtension: string;
  /** ES module package (`"type": "module"`, ES2020 modules) instead of CommonJS. */
  readonly supportsES6: boolean;
  readonly npmName: string | undefined;
  readonly npmVersion: string | undefined;
  readonly npmRepository: string | undefined;
  /** git_push.sh's defaults. */
  readonly gitHost: string;
  readonly gitUserId: string;
  readonly gitRepoId: string;
  readonly releaseNote: string;
}

export function readClientOptions(options: GeneratorOptions): ClientOptions {
  const platform = stringOption(options, "platform") ?? "browser";
  return {
    platform,
    // TypeScriptClientCodegen: FRAMEWORKS = fetch-api, jquery (anything else: index.ts warns).
    // jQuery needs a DOM: not for deno.
    framework: stringOption(options, "framework") === "jquery" && platform !== "deno" ? "jquery" : "fetch-api",
    useObjectParameters: booleanOption(options, "useObjectParameters", false),
    useRxJS: booleanOption(options, "useRxJS", false),
    // TypeScriptClientCodegen: "If you set 'deno' as 'platform', the generator will process this value as 'disable'."
    useInversify: platform !== "deno" && booleanOption(options, "useInversify", false),
    // TypeScriptClientCodegen.processOpts: importFileExtension defaults to ".ts" for deno, else "".
    importFileExtension: stringOption(options, "importFileExtension") ?? (platform === "deno" ? ".ts" : ""),
    supportsES6: booleanOption(options, "supportsES6", false),
    npmName: stringOption(options, "npmName"),
    npmVersion: stringOption(options, "npmVersion"),
    npmRepository: stringOption(options, "npmRepository"),
    gitHost: stringOption(options, "gitHost") ?? "github.com",
    gitUserId: stringOption(options, "gitUserId") ?? "GIT_USER_ID",
    gitRepoId: stringOption(options, "gitRepoId") ?? "GIT_REPO_ID",
    releaseNote: stringOption(options, "releaseNote") ?? "Minor update",
  };
}
