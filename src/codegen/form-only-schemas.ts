// Which named schemas get no model because only form request bodies use them (DefaultGenerator
// .generateModels skips ModelUtils.getSchemasUsedOnlyInFormParam's names unless the global property
// skipFormModel is false). Shared by python and python-prior; typescript writes no model docs.

import { namedSchema } from "./schemas.js";
import type { ApiModel, Operation, Schema } from "../model/ir.js";

export interface FormOnlyOptions {
  /**
   * ModelUtils.visitSchema passes the media type on into a schema's properties. Up to 7.0.0 it
   * did; 75ac4a2f58 (#16418, first in 7.0.1) visits properties with no media type, so a model used as
   * a form body's property type counts as used elsewhere from then on.
   */
  readonly formIntoProperties: boolean;
}

/** PathItem.readOperations' order, the order ModelUtils.visitPathItem visits a path's operations in. */
const READ_OPERATIONS_ORDER = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/**
 * ModelUtils.getSchemasUsedOnlyInFormParam: names referenced only under an
 * `application/x-www-form-urlencoded` or `multipart/form-data` request body. The visitor
 * (visitOpenAPI) walks paths in order and, per path, the operations in readOperations' order:
 * parameters, request body, responses (content, then headers, whose media type is the header's name).
 * It carries the media type into referenced schemas, composition members, `not`, items and map
 * values, and into properties where `formIntoProperties` says so. A referenced schema is walked once,
 * on first sight (one visitedSchemas list for the whole run), so a schema first reached under a
 * form body leaves what it references marked form-only even when a later response uses it.
 */
export function schemasUsedOnlyInForms(model: ApiModel, options: FormOnlyOptions): Set<string> {
  const inForms = new Set<string>();
  const elsewhere = new Set<string>();
  const visited = new Set<string>();
  const visit = (schema: Schema | undefined, form: boolean): void => {
    if (!schema) return;
    if (schema.kind === "ref") {
      (form ? inForms : elsewhere).add(schema.target);
      if (visited.has(schema.target)) return;
      visited.add(schema.target);
      visit(namedSchema(model, schema.target)?.schema, form);
      return;
    }
    switch (schema.kind) {
      case "array":
        visit(schema.items, form);
        break;
      case "object":
      case "composed":
        if (schema.kind === "composed") for (const m of [...schema.oneOf, ...schema.allOf, ...schema.anyOf]) visit(m, form);
        if (typeof schema.additionalProperties === "object") visit(schema.additionalProperties, form);
        if (schema.kind === "composed" && schema.not) visit(schema.not, form);
        for (const p of schema.properties) visit(p.schema, form && options.formIntoProperties);
        break;
      default:
        break;
    }
  };
  for (const op of inVisitOrder(model.operations)) {
    for (const p of op.parameters) visit(p.schema, false);
    for (const media of op.requestBody?.contents ?? []) {
      const type = media.contentType.toLowerCase();
      visit(media.schema, type === "application/x-www-form-urlencoded" || type === "multipart/form-data");
    }
    for (const r of op.responses) {
      for (const media of r.contents) visit(media.schema, false);
      for (const h of r.headers) visit(h.schema, false);
    }
  }
  return new Set([...inForms].filter((n) => !elsewhere.has(n)));
}

/** The operations grouped by path (first appearance), each path's in readOperations' order. */
function inVisitOrder(operations: readonly Operation[]): Operation[] {
  const byPath = new Map<string, Operation[]>();
  for (const op of operations) {
    const list = byPath.get(op.path);
    if (list) list.push(op);
    else byPath.set(op.path, [op]);
  }
  const rank = (op: Operation): number => READ_OPERATIONS_ORDER.indexOf(op.method);
  return [...byPath.values()].flatMap((ops) => [...ops].sort((a, b) => rank(a) - rank(b)));
}
