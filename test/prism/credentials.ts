// One credential of each kind, given to every client so that Prism's security check passes.

import type { Json, SpecDoc } from "./spec-doc.js";

export interface SchemeInfo {
  readonly name: string;
  readonly type: string;
  readonly scheme?: string;
}

export interface Credentials {
  readonly schemes: readonly SchemeInfo[];
  readonly apiKey: string;
  readonly username: string;
  readonly password: string;
  readonly token: string;
}

export function credentialsFor(spec: SpecDoc): Credentials {
  const components = spec.at("#/components/securitySchemes");
  const schemes: SchemeInfo[] = [];
  if (components && typeof components === "object" && !Array.isArray(components)) {
    for (const [name, raw] of Object.entries(components)) {
      const s = spec.deref(raw as Json);
      if (!s || typeof s !== "object" || Array.isArray(s)) continue;
      schemes.push({ name, type: String(s.type), ...(typeof s.scheme === "string" ? { scheme: s.scheme.toLowerCase() } : {}) });
    }
  }
  return { schemes, apiKey: "key-oaswright", username: "user", password: "pass", token: "token-oaswright" };
}
