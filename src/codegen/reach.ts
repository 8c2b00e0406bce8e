// The reach audit: did every operation, parameter and property of the spec make it into the
// generated code? Generators say which code file implements which operations and schemas
// (GeneratedFile.covers) and how their code writes a wire name as a string literal
// (Generator.wireLiteral). A parameter whose literal is in none of its operation's files, or a
// property whose literal is in none of its schema's files, was dropped, and `generate` warns at its
// pointer. The audit knows nothing about any one generator, so a generator bug that loses a
// parameter cannot also hide it.

import type { ApiModel, Operation, Schema } from "../model/ir.js";
import type { Coverage, GeneratedFile } from "../render/write.js";
import { resolveSchema } from "./schemas.js";

/** True for the messages findUnreached writes (for reports that count dropped things). */
export function isUnreachedMessage(message: string): boolean {
  return / is not in the generated code$| is in no generated code file$/.test(message);
}

export interface Unreached {
  readonly pointer: string;
  readonly message: string;
}

/** Body media types whose top-level properties travel as separate fields (form fields). */
const FORM_TYPES = /^(multipart\/|application\/x-www-form-urlencoded)/i;

export function findUnreached(model: ApiModel, files: readonly GeneratedFile[], wireLiteral: (name: string) => string): Unreached[] {
  // Many operations share a file (a python API module holds all of a tag's) and a parameter name
  // (`owner`, `page`): each text is searched for each literal once, and remembers what it found
  // (looking a text up by its contents would compare whole files).
  const byOperation = new Map<string, Text[]>();
  const bySchema = new Map<string, Text[]>();
  const add = (map: Map<string, Text[]>, key: string, text: Text): void => {
    const texts = map.get(key);
    if (texts) texts.push(text);
    else map.set(key, [text]);
  };
  const textOf = (contents: string): Text => ({ contents, found: new Map() });
  for (const file of files) {
    if (file.covers === undefined || typeof file.contents !== "string") continue;
    const whole = textOf(file.contents);
    for (const op of file.covers.operations ?? []) add(byOperation, op, whole);
    for (const [op, part] of file.covers.operationParts ?? []) add(byOperation, op, textOf(part));
    for (const name of file.covers.schemas ?? []) add(bySchema, name, whole);
    for (const [name, part] of file.covers.schemaParts ?? []) add(bySchema, name, textOf(part));
  }
  const out: Unreached[] = [];
  const has = (text: Text, literal: string): boolean => {
    let hit = text.found.get(literal);
    if (hit === undefined) text.found.set(literal, (hit = text.contents.includes(literal)));
    return hit;
  };
  const reaches = (texts: readonly Text[], name: string) => {
    const literal = wireLiteral(name);
    return texts.some((t) => has(t, literal));
  };

  for (const op of model.operations) {
    const texts = byOperation.get(op.pointer);
    const label = operationLabel(op);
    if (texts === undefined) {
      out.push({ pointer: op.pointer, message: `operation ${label} is in no generated code file` });
      continue;
    }
    for (const p of op.parameters) {
      if (!reaches(texts, p.name)) out.push({ pointer: p.pointer, message: `${p.in} parameter ${JSON.stringify(p.name)} of ${label} is not in the generated code` });
    }
    // The first media type is the one sent; a form body's top-level properties are then fields.
    const media = op.requestBody?.contents[0];
    if (media !== undefined && FORM_TYPES.test(media.contentType) && media.schema !== undefined) {
      const body = resolveSchema(model, media.schema);
      for (const prop of propertiesOf(body)) {
        if (!reaches(texts, prop.name)) {
          out.push({ pointer: prop.schema.pointer, message: `form field ${JSON.stringify(prop.name)} of ${label} (${media.contentType}) is not in the generated code` });
        }
      }
    }
  }

  for (const named of model.schemas) {
    const texts = bySchema.get(named.name);
    if (texts === undefined) continue;
    for (const prop of propertiesOf(named.schema)) {
      if (!reaches(texts, prop.name)) {
        out.push({ pointer: prop.schema.pointer, message: `property ${JSON.stringify(prop.name)} of ${named.name} is not in the generated code` });
      }
    }
  }
  return out;
}

/**
 * The coverage of a file that holds several operations (a python API module): each operation's own
 * part of the text, from its marker (operation pointer -> marker, in file order) to the next one's,
 * so that the audit searches an operation's literals where that operation is written. When a marker
 * is missing, the file covers its operations as a whole.
 */
export function operationsCoverage(contents: string, markers: readonly (readonly [string, string])[]): Coverage {
  const parts = sectionsAt(contents, markers);
  return parts !== undefined ? { operationParts: parts } : { operations: markers.map(([pointer]) => pointer) };
}

/**
 * The parts of a generated file that begin at the given markers: key -> the text from its marker
 * to the next key's marker (the last one to the end of the file). The markers are looked for in the
 * order given, each after the one before; undefined when one is missing.
 */
function sectionsAt(contents: string, markers: readonly (readonly [string, string])[]): Map<string, string> | undefined {
  const starts: number[] = [];
  let from = 0;
  for (const [, marker] of markers) {
    const at = contents.indexOf(marker, from);
    if (at < 0) return undefined;
    starts.push(at);
    from = at + marker.length;
  }
  const parts = new Map<string, string>();
  markers.forEach(([key], k) => {
    const part = contents.slice(starts[k]!, k + 1 < starts.length ? starts[k + 1]! : contents.length);
    const earlier = parts.get(key);
    parts.set(key, earlier === undefined ? part : earlier + part);
  });
  return parts;
}

/** A text the audit searches, with what it found there: literal -> whether the text has it. */
interface Text {
  readonly contents: string;
  readonly found: Map<string, boolean>;
}

function operationLabel(op: Operation): string {
  return op.operationId ?? `${op.method.toUpperCase()} ${op.path}`;
}

/** A schema's own properties (objects and compositions that declare some). */
function propertiesOf(schema: Schema): readonly { readonly name: string; readonly schema: Schema }[] {
  return schema.kind === "object" || schema.kind === "composed" ? schema.properties : [];
}
