// An operation's responses as OpenAPI Generator's docs read them, release by release.
//
// Before 7.10, DefaultCodegen.fromOperation handed each response to fromResponse and
// addProducesInfo as swagger-parser left it; 537737730b ("better handling of api response",
// 2024-10-28, first in 7.10.0) put ModelUtils.getReferencedApiResponse in front. For 3.0 that changed
// nothing (the resolver inlines responses). A 3.1 `$ref` to a component, though, is left as written
// (IR Response.componentRef31), so the older docs printed the description written beside the `$ref`
// (none: an empty message) and no response headers. The Accept line and the return type were always
// read through the reference: addProducesInfo calls ModelUtils.getReferencedApiResponse itself (since
// 046db19a85, 2019; the 7.3.0 output of kdipippo/openapi-generator-split-spec-template lists a
// referenced 401's application/problem+json), and getSchemaFromResponse dereferences. Which releases
// read references as written: the generators' release tables.

import type { Response } from "../model/ir.js";
import type { CodegenOperation } from "./operations.js";

/** `responses` as the docs read them: a 3.1 component reference as written when `refsAsWritten`. */
export function docResponses(responses: readonly Response[], refsAsWritten: boolean): readonly Response[] {
  if (!refsAsWritten || !responses.some((r) => r.componentRef31 !== undefined)) return responses;
  return responses.map((r) => (r.componentRef31 === undefined ? r : { ...r, description: r.componentRef31.siblingDescription ?? "", headers: [], contents: [] }));
}

/** The response rows and the Accept line's media types of an operation's docs. */
export function docResponsesOf(op: CodegenOperation, refsAsWritten: boolean): { readonly responses: readonly Response[]; readonly produces: readonly string[] } {
  if (!refsAsWritten || !op.op.responses.some((r) => r.componentRef31 !== undefined)) return { responses: op.responses, produces: op.produces };
  return { responses: docResponses(op.responses, true), produces: op.produces };
}
