// The media types a client asks for (its Accept header): those of the success responses.
//
// OAG's python clients pick `application/json` whenever any response of the operation offers it,
// so an operation whose 200 is `text/plain` (and whose errors are JSON) asks for JSON only, and a
// validating server answers 406. The generated code is given the 2xx responses' media types
// (then `default`'s, for operations that declare no 2xx content); only when none of those has
// content does it fall back to every response's types, as OAG's `produces`. The docs keep OAG's list.

import type { CodegenOperation } from "./operations.js";

export function successAccepts(op: CodegenOperation): string[] {
  const out: string[] = [];
  const add = (codes: (code: string) => boolean) => {
    for (const r of op.responses) if (codes(r.code)) for (const m of r.contents) if (!out.includes(m.contentType)) out.push(m.contentType);
  };
  add((code) => /^2(\d\d|XX)$/i.test(code));
  if (out.length === 0) add((code) => code === "default");
  return out.length > 0 ? out : [...op.produces];
}
