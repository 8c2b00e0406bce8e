// What every python doc view needs: the model, the naming and typing of this run, the package.

import type { ApiModel, Header } from "../../model/ir.js";
import type { PythonExamples } from "./examples.js";
import type { PythonNames } from "./names.js";
import type { PythonTypes } from "./types.js";

export interface PythonDocContext {
  readonly model: ApiModel;
  readonly names: PythonNames;
  readonly types: PythonTypes;
  readonly examples: PythonExamples;
  /** The dotted package name (`libica.openapi.v3`). */
  readonly packageName: string;
  /** "All URIs are relative to" and the example host. */
  readonly basePath: string;
  /** The OpenAPI Generator release whose docs to reproduce (see releases.ts). */
  readonly oagVersion: string | undefined;
  /** What each response header's description reads in the docs (codegen/response-headers). */
  readonly headerDescriptions: ReadonlyMap<Header, string | undefined>;
  /** The `removeEnumValuePrefix` option as given; absent, the release's default (releases.ts enumValuePrefixRemoved). */
  readonly removeEnumValuePrefix?: boolean;
  /** The `asyncio` library writes `async with` in examples. */
  readonly async: boolean;
}
