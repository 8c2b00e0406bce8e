// OpenAPI Generator's operationId pipeline before the target's own toOperationId.

import { camelize } from "../naming/case.js";
import { sanitizeName } from "../naming/sanitize.js";
import type { Operation } from "../model/ir.js";

/** The spec's operationId, or one made from the path and verb (`/pet/{petId}` GET -> `petPetIdGet`). */
export function operationIdOrGenerated(op: Operation): string {
  if (op.operationId !== undefined && op.operationId.trim() !== "") return op.operationId;
  const path = op.path.replace(/[{}]/g, "");
  const parts = `${path}/${op.method}`.split("/");
  let out = path === "/" ? "root" : "";
  for (const part of parts) {
    if (part.length === 0) continue;
    out += out.length === 0 ? part.charAt(0).toLowerCase() + part.slice(1) : camelize(part);
  }
  return sanitizeName(out);
}

/** `create_study_job` -> `createStudyJob`: split on `-_:;#`, capitalize each part, lower the first char. */
export function removeNonNameElementToCamelCase(name: string): string {
  const parts = name.split(/[-_:;#]/);
  // Java's String.split drops trailing empty strings.
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  const joined = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("");
  return joined.length > 0 ? joined.charAt(0).toLowerCase() + joined.slice(1) : joined;
}
