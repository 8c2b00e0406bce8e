// Swagger 2.0 -> OpenAPI 3.0-shaped raw document.
//
// STUB: contract only. The conversion keeps schema objects by identity wherever it can, so that
// JSON pointers of diagnostics can be mapped back to the 2.0 document.

import type { DiagnosticSink } from "../model/diagnostics.js";
import type { RawObject } from "./raw.js";

export function convertSwagger2(root: RawObject, sink: DiagnosticSink): RawObject {
  sink.error("/swagger", "Swagger 2.0 input is not supported yet");
  return root;
}
