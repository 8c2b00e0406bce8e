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

/**
 * `create_study_job` -> `createStudyJob`: split on `-_:;#` (and on the characters of
 * removeOperationIdPrefixDelimiter: DefaultCodegen.removeNonNameElementToCamelCase adds them to its
 * class), capitalize each part, lower the first char.
 */
export function removeNonNameElementToCamelCase(name: string, extraDelimiters = ""): string {
  const parts = javaSplit(name, new RegExp(`[-_:;#${classChars(extraDelimiters)}]`));
  const joined = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("");
  return joined.length > 0 ? joined.charAt(0).toLowerCase() + joined.slice(1) : joined;
}

/** OAG's `removeOperationIdPrefix` options (`--remove-operation-id-prefix`, `-p removeOperationIdPrefix=true`). */
export interface OperationIdPrefixRemoval {
  /** removeOperationIdPrefix: drop the prefix (the delimiter splits ids for camelizing either way). */
  readonly remove: boolean;
  /** removeOperationIdPrefixDelimiter: every character of it is a delimiter (default `_`). */
  readonly delimiter: string;
  /** removeOperationIdPrefixCount: how many leading parts go; -1, or more than there are, keeps the last part only. */
  readonly count: number;
}

/**
 * DefaultCodegen.getOrGenerateOperationId (5.2.0+, bd18ba6b41; before it: everything up to the first `_`,
 * the same result for the default options): the operationId split on the delimiter's characters, its
 * first `count` parts dropped, the rest joined with the delimiter. An id without a delimiter stays.
 */
export function removeOperationIdPrefix(operationId: string, removal: OperationIdPrefixRemoval): string {
  if (!removal.remove || removal.delimiter === "") return operationId;
  const parts = javaSplit(operationId, new RegExp(`[${classChars(removal.delimiter)}]`));
  if (parts.length <= 1) return operationId;
  const first = Math.min(removal.count === -1 ? parts.length - 1 : removal.count, parts.length - 1);
  return parts.slice(first).join(removal.delimiter);
}

/** What the generator options ask for (DefaultCodegen.processOpts; Boolean.parseBoolean for the switch). */
export function operationIdPrefixRemoval(props: Readonly<Record<string, string | boolean>>): OperationIdPrefixRemoval {
  const delimiter = props.removeOperationIdPrefixDelimiter;
  const count = props.removeOperationIdPrefixCount;
  return {
    remove: String(props.removeOperationIdPrefix ?? "false").toLowerCase() === "true",
    delimiter: typeof delimiter === "string" ? delimiter : "_",
    count: typeof count === "string" && /^[-+]?\d+$/.test(count.trim()) ? Number.parseInt(count.trim(), 10) : 1,
  };
}

/** Java's String.split: trailing empty strings are dropped. */
function javaSplit(text: string, re: RegExp): string[] {
  const parts = text.split(re);
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/** Characters placed inside a RegExp character class, as Java reads them there (literally). */
function classChars(chars: string): string {
  return chars.replace(/[\\\]\[^-]/g, (c) => `\\${c}`);
}
