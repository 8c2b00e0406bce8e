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
import { producesOf, type CodegenOperation } from "./operations.js";

/**
 * How a release reads responses in its docs: `refsAsWritten`, a 3.1 component reference as written;
 * `schemaAsProperty20`, a Swagger 2.0 response schema through swagger-models' Property (before OAG
 * 7.0.0, see Response.unknownSchemaType20: a type PropertyBuilder does not know leaves the response
 * no schema, and only the media types its `examples` name).
 */
export interface DocResponseReading {
  readonly refsAsWritten: boolean;
  readonly schemaAsProperty20: boolean;
}

function changes(r: Response, reading: DocResponseReading): boolean {
  return (reading.refsAsWritten && r.componentRef31 !== undefined) || (reading.schemaAsProperty20 && r.unknownSchemaType20 === true);
}

/** `responses` as the docs of a release read them (DocResponseReading). */
export function docResponses(responses: readonly Response[], reading: DocResponseReading): readonly Response[] {
  if (!responses.some((r) => changes(r, reading))) return responses;
  return responses.map((r) => {
    if (!changes(r, reading)) return r;
    if (r.componentRef31 !== undefined) return { ...r, description: r.componentRef31.siblingDescription ?? "", headers: [], contents: [] };
    // SwaggerConverter.convert(Response): no schema, the media types of `examples` only (convertExamples).
    return { ...r, contents: r.contents.filter((c) => c.example !== undefined).map(({ schema: _dropped, ...c }) => c) };
  });
}

/** The response rows and the Accept line's media types of an operation's docs. */
export function docResponsesOf(op: CodegenOperation, reading: DocResponseReading): { readonly responses: readonly Response[]; readonly produces: readonly string[] } {
  if (!op.op.responses.some((r) => changes(r, reading))) return { responses: op.responses, produces: op.produces };
  // The Accept line reads a 3.1 reference through it (see above), but it has only the media types
  // of `examples` for a 2.0 response schema that swagger-models could not convert.
  const produces = reading.schemaAsProperty20 && op.op.responses.some((r) => r.unknownSchemaType20 === true)
    ? producesOf(docResponses(op.op.responses, { refsAsWritten: false, schemaAsProperty20: true }))
    : op.produces;
  return { responses: docResponses(op.responses, reading), produces };
}
