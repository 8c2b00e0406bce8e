// Which calls a client makes: every operation of the spec, with a valid value for every parameter
// (optional ones included) and for the body, named the way the client names them. The names come
// from the generators' own code (the same CodegenNaming and buildApiGroups that wrote the client).

import { buildApiGroups, type CodegenNaming, type CodegenOperation, type CodegenParam } from "../../src/codegen/operations.js";
import type { ApiModel } from "../../src/model/ir.js";
import { EMPTY_OPTIONS } from "../../src/generate.js";
import { PythonNames } from "../../src/generators/python/names.js";
import { PythonPriorNames } from "../../src/generators/python-prior/names.js";
import { TypeScriptNames } from "../../src/generators/typescript/names.js";
import { TypeInfoWriter } from "../../src/generators/typescript/client/type-info.js";
import { planModels } from "../../src/generators/typescript/client/model-plan.js";
import { joinPointer, type Json, type SpecDoc } from "./spec-doc.js";
import { ValueBuilder } from "./values.js";

export type ClientName = "typescript" | "python" | "python-prior";

export interface PlannedArg {
  readonly kind: CodegenParam["kind"];
  /** Name in the spec (a form field's property name; a body's base name). */
  readonly wire: string;
  /** Name in the client (request-object key or keyword argument). */
  readonly name: string;
  readonly value: Json;
  /** typescript only: the TypeInfo (runtime/serializer.ts) the client's ObjectSerializer converts the wire value with. */
  readonly typeInfo?: unknown;
  readonly style?: string;
  readonly explode?: boolean;
  /** The body's schema (where the judge reads declared defaults). */
  readonly schemaPointer?: string;
}

export interface PlannedCall {
  readonly id: string;
  readonly api: string;
  readonly method: string;
  readonly httpMethod: string;
  readonly path: string;
  readonly operationPointer: string;
  readonly args: readonly PlannedArg[];
  readonly mediaType?: string;
  /** Set when the call cannot be judged before it is made (the reason). */
  readonly notJudged?: string;
}

const VARIANTS = [
  { variant: 0, nulls: true },
  { variant: 1, nulls: true },
  { variant: 2, nulls: true },
  { variant: 0, nulls: false },
  { variant: 1, nulls: false },
];

/** A valid value for the schema at `pointer` (request direction), or the validator's last complaint. */
export function validValue(
  spec: SpecDoc,
  builder: ValueBuilder,
  pointer: string,
  direction: "request" | "response" = "request",
  optionalDepth = 3,
  preferred?: (value: Json) => boolean,
): { value: Json } | { error: string } {
  let error = "no value";
  let fallback: { value: Json } | undefined;
  const schema = spec.at(pointer);
  for (const v of VARIANTS) {
    try {
      const value = builder.build(schema, { direction, variant: v.variant, nulls: v.nulls, optionalDepth });
      const problem = spec.check(value, pointer, direction);
      if (!problem && (!preferred || preferred(value))) return { value };
      if (!problem) fallback ??= { value };
      else error = problem;
    } catch (e) {
      error = (e as Error).message;
    }
  }
  return fallback ?? { error };
}

/**
 * Whether a parameter value's text reads as valid in more than one way: a server types parameter
 * text by the schema, so for `oneOf: [integer, string]` the text `42` is an integer and a string
 * at once and matches both alternatives (Prism: "must match exactly one schema in oneOf"). The
 * value is valid as JSON; the planner prefers a variant whose text has one reading.
 */
function readsOneWay(spec: SpecDoc, pointer: string): (value: Json) => boolean {
  return (value) => {
    if (value === null || typeof value === "object") return true;
    const text = String(value);
    const readings: Json[] = [text];
    if (text.trim() !== "" && !Number.isNaN(Number(text))) readings.push(Number(text));
    if (text === "true" || text === "false") readings.push(text === "true");
    return readings.filter((r) => !spec.check(r, pointer, "request")).length <= 1;
  };
}

/**
 * The naming the generators build their operations with: OAG's class names, without the plan that
 * renames clashing models in the code (a body parameter is named after OAG's class).
 */
export function namingFor(client: ClientName): CodegenNaming {
  if (client === "typescript") return new TypeScriptNames(EMPTY_OPTIONS);
  if (client === "python") return new PythonNames(EMPTY_OPTIONS);
  return new PythonPriorNames(EMPTY_OPTIONS);
}

export function planCalls(client: ClientName, model: ApiModel, spec: SpecDoc): PlannedCall[] {
  const naming = namingFor(client);
  const builder = new ValueBuilder(spec);
  // The code's model classes (renamed clashes included) for the typescript TypeInfo.
  const codeNames = client === "typescript" ? new TypeScriptNames(EMPTY_OPTIONS, model) : undefined;
  const typeInfo = codeNames !== undefined ? new TypeInfoWriter(model, codeNames, planModels(model, codeNames)) : undefined;
  const calls: PlannedCall[] = [];
  for (const group of buildApiGroups(model, naming)) {
    for (const op of group.operations) calls.push(planCall(client, group.className, op, spec, builder, typeInfo));
  }
  return calls;
}

function planCall(client: ClientName, api: string, op: CodegenOperation, spec: SpecDoc, builder: ValueBuilder, typeInfo: TypeInfoWriter | undefined): PlannedCall {
  const base = {
    id: `${op.op.method.toUpperCase()} ${op.op.path}`,
    api,
    method: op.operationId,
    httpMethod: op.op.method.toUpperCase(),
    path: op.op.path,
    operationPointer: op.op.pointer,
  };
  const args: PlannedArg[] = [];
  const problems: string[] = [];
  const undefinedStyles: string[] = [];
  const info = (p: CodegenParam) => (typeInfo ? new Function(`return (${typeInfo.of(p.schema)});`)() : undefined);
  let formValue: Json | undefined;
  let mediaType: string | undefined;
  for (const p of op.allParams) {
    if (p.kind === "form") {
      mediaType = p.mediaType?.contentType ?? op.consumes[0];
      if (formValue === undefined) {
        const pointer = joinPointer(resolvedPointer(spec, requestBodyPointer(op)), "content", mediaType!, "schema");
        const r = validValue(spec, builder, pointer);
        if ("error" in r) {
          problems.push(`form body: ${r.error}`);
          formValue = {};
        } else formValue = r.value;
      }
      const v = formValue && typeof formValue === "object" && !Array.isArray(formValue) ? formValue[p.baseName] : undefined;
      if (v !== undefined) args.push({ kind: p.kind, wire: p.baseName, name: p.paramName, value: v, typeInfo: info(p) });
      else if (p.required) problems.push(`form field ${p.baseName}: no value`);
      continue;
    }
    if (p.kind === "body") {
      mediaType = p.mediaType?.contentType ?? op.consumes[0];
      const pointer = joinPointer(resolvedPointer(spec, requestBodyPointer(op)), "content", mediaType!, "schema");
      const r = validValue(spec, builder, pointer);
      if ("error" in r) problems.push(`body: ${r.error}`);
      else args.push({ kind: p.kind, wire: p.baseName, name: p.paramName, value: r.value, typeInfo: info(p), schemaPointer: pointer });
      continue;
    }
    // A header parameter naming the message framing (osparc declares `content-length`): the HTTP
    // transport writes it from the body; an invented value only makes the request unreadable.
    if (p.kind === "header" && FRAMING_HEADERS.has(p.baseName.toLowerCase())) {
      if (p.required) problems.push(`header ${p.baseName}: written by the HTTP transport, no value to choose`);
      continue;
    }
    const param = p.parameter!;
    const raw = spec.deref(spec.at(param.pointer));
    const content = raw && typeof raw === "object" && !Array.isArray(raw) && raw.content && typeof raw.content === "object" ? raw.content : undefined;
    const isContent = content !== undefined;
    const pointer = content ? joinPointer(resolvedPointer(spec, param.pointer), "content", Object.keys(content)[0]!, "schema") : joinPointer(resolvedPointer(spec, param.pointer), "schema");
    let r = validValue(spec, builder, pointer, "request", 3, isContent ? undefined : readsOneWay(spec, pointer));
    if ("error" in r) {
      problems.push(`${p.kind} parameter ${p.baseName}: ${r.error}`);
      continue;
    }
    if (!isContent && nestsCompounds(r.value)) {
      // Optional properties left out, the value may be flat enough for the style.
      const flat = validValue(spec, builder, pointer, "request", -1);
      if ("value" in flat && !nestsCompounds(flat.value)) r = flat;
      else undefinedStyles.push(`${p.kind} parameter ${p.baseName} (style ${param.style}) holds arrays or objects inside an ${Array.isArray(r.value) ? "array" : "object"}`);
    }
    args.push({ kind: p.kind, wire: p.baseName, name: p.paramName, value: r.value, typeInfo: info(p), style: param.style, explode: param.explode });
  }
  const notJudged =
    problems.length > 0
      ? `no valid argument built (${problems.join("; ")})`
      : undefinedStyles.length > 0
        ? `a serialization OpenAPI does not define: ${undefinedStyles.join("; ")}; RFC 6570 specifies one level only, beyond it the result is implementation-defined (OAS 3.0.4 Appendix C; deepObject: "the representation of array or object properties is not defined")`
        : op.op.servers && op.op.servers.length > 0 && client !== "python"
        ? "operation has its own servers"
        : authorizationClash(spec, op);
  return { ...base, args, ...(mediaType ? { mediaType } : {}), ...(notJudged ? { notJudged } : {}) };
}

/**
 * Set when every security alternative of the operation needs two schemes that both write the
 * Authorization header (`{basic, oauth2}` together): no request can satisfy it.
 */
function authorizationClash(spec: SpecDoc, op: CodegenOperation): string | undefined {
  const operation = spec.at(op.op.pointer);
  const own = operation && typeof operation === "object" && !Array.isArray(operation) ? operation.security : undefined;
  const security = own ?? spec.at("#/security");
  if (!Array.isArray(security) || security.length === 0) return undefined;
  const schemes = spec.at("#/components/securitySchemes");
  const usesAuthorization = (name: string): boolean => {
    const s = schemes && typeof schemes === "object" && !Array.isArray(schemes) ? spec.deref(schemes[name] as Json) : undefined;
    if (!s || typeof s !== "object" || Array.isArray(s)) return false;
    return s.type === "http" || s.type === "oauth2" || s.type === "openIdConnect" || (s.type === "apiKey" && s.in === "header" && String(s.name).toLowerCase() === "authorization");
  };
  const clashes = security.every((alt) => alt && typeof alt === "object" && !Array.isArray(alt) && Object.keys(alt).filter(usesAuthorization).length > 1);
  return clashes ? "every security alternative needs two schemes that both write the Authorization header" : undefined;
}

/** Whether a parameter value nests arrays or objects in an array or object (beyond what `explode` addresses). */
function nestsCompounds(value: Json): boolean {
  const compound = (v: Json) => v !== null && typeof v === "object";
  if (Array.isArray(value)) return value.some(compound);
  return compound(value) && Object.values(value as Record<string, Json>).some(compound);
}

const FRAMING_HEADERS = new Set(["content-length", "transfer-encoding", "host", "connection"]);

function requestBodyPointer(op: CodegenOperation): string {
  return op.op.requestBody?.pointer ?? joinPointer(op.op.pointer, "requestBody");
}

/** A parameter's pointer with a `$ref`'d parameter object followed. */
function resolvedPointer(spec: SpecDoc, pointer: string, depth = 0): string {
  const node = spec.at(pointer);
  if (node && typeof node === "object" && !Array.isArray(node) && typeof node.$ref === "string" && depth < 10) return resolvedPointer(spec, node.$ref, depth + 1);
  return pointer;
}
