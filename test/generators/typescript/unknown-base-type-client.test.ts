// typescript client: a request body OAG finds no model for (an untyped inline allOf of primitives:
// DefaultCodegen.addBodyModelSchema, 7.13.0) is named and typed UNKNOWN_BASE_TYPE. OAG's api.mustache
// declares `UNKNOWN_BASE_TYPE: UNKNOWN_BASE_TYPE` and imports the type from '../models/UNKNOWN_BASE_TYPE',
// a file it never writes. Ours has the same name and signature and writes models/UNKNOWN_BASE_TYPE.ts
// (the union of those bodies' types, exported from models/all), so the client compiles; the value is
// sent as JSON. A model whose class is named UNKNOWN_BASE_TYPE (what OAG's import would find) would
// leave the bodies their own types (a component of that name is the class UNKNOWNBASETYPE).
// Checked: strict type check, and the body on the wire (echo server).

import path from "node:path";
import { describe, expect, it } from "vitest";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";
import { typeCheckAndLoadApp } from "./client-support.js";

const SPEC = `openapi: 3.0.3
info: { title: Unknown, version: "1" }
paths:
  /incompatible:
    post:
      operationId: sendIncompatible
      requestBody:
        required: true
        content: { application/json: { schema: { allOf: [{ type: string }, { type: integer }] } } }
      responses:
        "200": { description: echo, content: { application/json: { schema: { $ref: '#/components/schemas/Echo' } } } }
  /code:
    post:
      operationId: sendCode
      requestBody:
        required: true
        content: { application/json: { schema: { allOf: [{ type: string }, { type: string, minLength: 2 }] } } }
      responses:
        "200": { description: echo, content: { application/json: { schema: { $ref: '#/components/schemas/Echo' } } } }
components:
  schemas:
    Echo:
      type: object
      properties:
        bodyText: { type: string }
`;

const COLLIDING = `openapi: 3.0.3
info: { title: Unknown, version: "1" }
paths:
  /code:
    post:
      operationId: sendCode
      requestBody:
        required: true
        content: { application/json: { schema: { allOf: [{ type: string }, { type: string, minLength: 2 }] } } }
      responses:
        "204": { description: ok }
components:
  schemas:
    UNKNOWN_BASE_TYPE:
      type: object
      properties:
        x: { type: string }
`;

const fixture = specWithEcho("oaswright-ts-unknown-base-type-", SPEC);
const specs = specFiles("oaswright-ts-unknown-base-type-spec-", { "colliding.yaml": COLLIDING });

describe("typescript client: UNKNOWN_BASE_TYPE bodies", () => {
  it("7.13.0: OAG's name and signature, a declared type, the value sent as JSON", async () => {
    const result = await generateInMemory(fixture.spec, "typescript", { oagVersion: "7.13.0" });
    const text = (suffix: string) => String(result.files.find((f) => f.path.endsWith(suffix))?.contents);
    expect(text("apis/DefaultApi.ts")).toContain("public async sendCode(UNKNOWN_BASE_TYPE: UNKNOWN_BASE_TYPE, _options?: $Configuration)");
    expect(text("apis/DefaultApi.ts")).toContain('import type { UNKNOWN_BASE_TYPE } from "../models/UNKNOWN_BASE_TYPE";');
    expect(text("types/ObjectParamAPI.ts")).toContain("    UNKNOWN_BASE_TYPE: UNKNOWN_BASE_TYPE;\n");
    expect(text("models/UNKNOWN_BASE_TYPE.ts")).toContain("export type UNKNOWN_BASE_TYPE = (string) | (string & number);\n");
    expect(text("models/all.ts")).toContain('export * from "./UNKNOWN_BASE_TYPE";\n');
    expect(text("DefaultApi.md")).toContain(" **UNKNOWN_BASE_TYPE** | **UNKNOWN_BASE_TYPE**|  |\n");

    const dir = path.join(fixture.tmp, "ts");
    const app = {
      path: "app.ts",
      contents: `import { createConfiguration, ServerConfiguration, DefaultApi, type UNKNOWN_BASE_TYPE } from "./index";
export async function run(url: string): Promise<unknown[]> {
    const api = new DefaultApi(createConfiguration({ baseServer: new ServerConfiguration<{}>(url, {}) }));
    const code: UNKNOWN_BASE_TYPE = "ab";
    const sent = await api.sendCode(code);
    return [sent.bodyText];
}
`,
    };
    const { run } = typeCheckAndLoadApp<{ run(url: string): Promise<unknown[]> }>(dir, [...result.files, app]);
    expect(await run(fixture.echo.url)).toEqual(['"ab"']);
  }, 120_000);

  it("a component named UNKNOWN_BASE_TYPE is the model UNKNOWNBASETYPE: the alias is written beside it", async () => {
    const result = await generateInMemory(specs.path("colliding.yaml"), "typescript", { oagVersion: "7.13.0" });
    const text = (p: string) => String(result.files.find((f) => f.path === p)?.contents);
    expect(text("apis/DefaultApi.ts")).toContain("public async sendCode(UNKNOWN_BASE_TYPE: UNKNOWN_BASE_TYPE, _options?: $Configuration)");
    expect(text("models/UNKNOWN_BASE_TYPE.ts")).toContain("export type UNKNOWN_BASE_TYPE = string;\n");
    expect(text("models/UNKNOWNBASETYPE.ts")).toContain("export class UNKNOWNBASETYPE");
  });
});
