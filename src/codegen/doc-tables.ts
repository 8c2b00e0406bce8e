// Parts of an API doc's operation section that every target prints alike (OpenAPI Generator's
// api_doc templates): the request's content types and accepts, and the response details table.
// Each target passes the escape its docs use for spec text.

import type { Header, Response } from "../model/ir.js";
import { mustacheHtml as html } from "./escape.js";

export interface ResponseRow {
  readonly code: string;
  readonly message: string;
  readonly headers: string;
}

/**
 * The request body's media types as the docs' Content-Type line lists them: DefaultCodegen.addConsumesInfo
 * skips `*\/*` ("it implies `consumes` in OAS2 is not defined"; already in 4cfbc118e8, the 2018 renaming commit, so every release). The clients
 * keep it (any type is accepted).
 */
export function docConsumes(consumes: readonly string[]): string[] {
  return consumes.filter((c) => c !== "*/*");
}

/** `application/json, text/plain`, or `Not defined`. */
export function mediaTypeList(types: readonly string[]): string {
  return types.length > 0 ? types.join(", ") : "Not defined";
}

/**
 * One row per response (`default` shows as `0`), or null when the operation declares none.
 * `headerDescription`: what a response header's row says (default: its description).
 */
export function responseRows(
  responses: readonly Response[],
  escape: (text: string) => string,
  headerDescription: (header: Header) => string | undefined = (h) => h.description,
): ResponseRow[] | null {
  if (responses.length === 0) return null;
  return responses.map((r) => ({
    code: r.code === "default" ? "0" : html(r.code),
    message: html(escape(r.description)),
    headers: r.headers.length > 0 ? r.headers.map((h) => ` * ${html(h.name)} - ${html(escape(headerDescription(h) ?? ""))} <br> `).join("") : " - ",
  }));
}
