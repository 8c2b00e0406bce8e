// The seam between the python generator (../index.ts: layout, docs, project files) and the
// package code (configuration.py, api_client.py, rest.py, api/*.py, models/*.py, ...). A stub
// until the runtime/code work lands: the generator writes no package code yet.

import type { ApiGroup } from "../../../codegen/operations.js";
import type { ApiModel } from "../../../model/ir.js";
import type { TemplateEnv } from "../../../render/templates.js";
import type { GeneratedFile } from "../../../render/write.js";
import type { GeneratorOptions } from "../../generator.js";
import type { PythonModel } from "../models.js";
import type { PythonNames } from "../names.js";
import type { PythonTypes } from "../types.js";

export interface PythonCodeInput {
  readonly model: ApiModel;
  readonly options: GeneratorOptions;
  readonly names: PythonNames;
  readonly types: PythonTypes;
  /** The APIs in OAG's order, operations sorted, parameters required-first. */
  readonly apiGroups: readonly ApiGroup[];
  /** The models to generate, sorted by class name. */
  readonly models?: readonly PythonModel[];
  /** Dotted (`libica.openapi.v3`). */
  readonly packageName: string;
  /** Slashed (`libica/openapi/v3`): where the package's files go. */
  readonly packagePath: string;
  readonly templates: TemplateEnv;
  warn(pointer: string, message: string): void;
}

export function buildPythonCodeFiles(_input: PythonCodeInput): GeneratedFile[] {
  return [];
}
