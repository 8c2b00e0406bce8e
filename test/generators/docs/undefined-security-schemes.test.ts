// An operation whose `security` names no defined scheme. DefaultGenerator.processOperations maps the
// operation's requirements to the defined schemes (getAuthMethods) and, when that map is empty, takes
// the global requirements; only `security: []` means no authorization. So an operation naming only
// undefined schemes, or only `{}`, lists the global schemes in its docs, and OAG's python client sends
// them (`_auth_settings`). Read in the 7.14.0-SNAPSHOT source (unchanged since before 5.0.0);
// oapicf/openapi-openai c8069003 (OAG 7.18.0, clients/typescript/generated/docs/DefaultApi.md; not a corpus
// case: two other docs of it differ, see NOTES):
// adminApiKeysCreate names `bearer_identity_edge`/`basic_identity_edge`, its doc lists ApiKeyAuth.
// The typescript and python-prior clients send the global scheme there too (codegen/operations.ts
// effectiveSecurity).

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { runWithPackage } from "../../support/python-package.js";
import { requireClient, transpileToJs } from "../typescript/client-support.js";

const SPEC = `openapi: 3.0.3
info: { title: Keys, version: "1" }
paths:
  /undefined-only:
    get:
      operationId: undefinedOnly
      tags: [keys]
      security:
        - bearer_identity_edge: [key.secret]
        - basic_identity_edge: []
      responses:
        "200": { description: seen, content: { application/json: { schema: { $ref: "#/components/schemas/Seen" } } } }
  /anonymous-ok:
    get:
      operationId: anonymousOk
      tags: [keys]
      security:
        - {}
      responses:
        "200": { description: seen, content: { application/json: { schema: { $ref: "#/components/schemas/Seen" } } } }
  /public:
    get:
      operationId: publicOne
      tags: [keys]
      security: []
      responses:
        "200": { description: seen, content: { application/json: { schema: { $ref: "#/components/schemas/Seen" } } } }
  /mixed:
    get:
      operationId: mixed
      tags: [keys]
      security:
        - bearer_identity_edge: []
        - OtherKey: []
      responses:
        "200": { description: seen, content: { application/json: { schema: { $ref: "#/components/schemas/Seen" } } } }
components:
  securitySchemes:
    ApiKeyAuth: { type: http, scheme: bearer }
    OtherKey: { type: apiKey, in: header, name: X-Other }
  schemas:
    Seen:
      type: object
      properties:
        headers: { type: object, additionalProperties: { type: string } }
security:
  - ApiKeyAuth: []
`;

const fixture = specWithEcho("oaswright-undefined-security-", SPEC);

function section(doc: string, op: string): string {
  const start = doc.indexOf(`# **${op}**`);
  const next = doc.indexOf("\n# **", start + 1);
  return doc.slice(start, next < 0 ? undefined : next);
}

describe("operations naming no defined security scheme take the global ones", () => {
  it("typescript docs", async () => {
    const { text } = await generateInMemory(fixture.spec, "typescript", { oagVersion: "7.18.0" }, { validate: "warning" });
    const doc = text("docs/KeysApi.md");
    expect(section(doc, "undefinedOnly")).toContain("### Authorization\n\n[ApiKeyAuth](README.md#ApiKeyAuth)\n");
    expect(section(doc, "anonymousOk")).toContain("### Authorization\n\n[ApiKeyAuth](README.md#ApiKeyAuth)\n");
    expect(section(doc, "publicOne")).toContain("### Authorization\n\nNo authorization required\n");
    expect(section(doc, "mixed")).toContain("### Authorization\n\n[OtherKey](README.md#OtherKey)\n");
  });

  it("python docs, and the python client sends the global scheme", async () => {
    const { files, text } = await generateInMemory(fixture.spec, "python", { packageName: "keys_client", oagVersion: "7.18.0" }, { validate: "warning" });
    const doc = text("docs/KeysApi.md");
    expect(section(doc, "undefined_only")).toContain("[ApiKeyAuth](../README.md#ApiKeyAuth)");
    expect(section(doc, "public_one")).toContain("No authorization required");
    const dir = path.join(fixture.tmp, "py");
    const script = [
      "import os",
      "from keys_client import ApiClient, Configuration, KeysApi",
      "api = KeysApi(ApiClient(Configuration(host=os.environ['ECHO_URL'], access_token='tok')))",
      "assert api.undefined_only().headers.get('authorization') == 'Bearer tok'",
      "assert api.anonymous_ok().headers.get('authorization') == 'Bearer tok'",
      "assert 'authorization' not in api.public_one().headers",
      "print('ok')",
    ].join("\n");
    const r = await runWithPackage(dir, files, "use_keys.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain("ok");
  }, 120_000);

  it("the typescript client sends the global scheme", async () => {
    const { files } = await generateInMemory(fixture.spec, "typescript", { oagVersion: "7.18.0" }, { validate: "warning" });
    const dir = path.join(fixture.tmp, "ts");
    transpileToJs(files, dir);
    const K = requireClient(dir);
    const api = new K.KeysApi(K.createConfiguration({ baseServer: new K.ServerConfiguration(fixture.echo.url), authMethods: { ApiKeyAuth: "tok", OtherKey: "other" } }));
    expect((await api.undefinedOnly()).headers["authorization"]).toBe("Bearer tok");
    expect((await api.anonymousOk()).headers["authorization"]).toBe("Bearer tok");
    expect((await api.publicOne()).headers["authorization"]).toBeUndefined();
    const mixed = (await api.mixed()).headers;
    expect([mixed["x-other"], mixed["authorization"]]).toEqual(["other", undefined]);
  });

  it("python-prior docs and client", async () => {
    const { files, text } = await generateInMemory(fixture.spec, "python-prior", { packageName: "keys_prior", oagVersion: "6.6.0" }, { validate: "warning" });
    const doc = text("docs/KeysApi.md");
    expect(section(doc, "undefined_only")).toContain("[ApiKeyAuth](../README.md#ApiKeyAuth)");
    expect(section(doc, "public_one")).toContain("No authorization required");
    const dir = path.join(fixture.tmp, "prior");
    const script = [
      "import os",
      "from keys_prior import ApiClient, Configuration",
      "from keys_prior.api.keys_api import KeysApi",
      "api = KeysApi(ApiClient(Configuration(host=os.environ['ECHO_URL'], access_token='tok')))",
      "assert api.undefined_only().headers.get('authorization') == 'Bearer tok'",
      "assert api.anonymous_ok().headers.get('authorization') == 'Bearer tok'",
      "assert 'authorization' not in api.public_one().headers",
      "print('ok')",
    ].join("\n");
    const r = await runWithPackage(dir, files, "use_prior.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain("ok");
  }, 120_000);
});
