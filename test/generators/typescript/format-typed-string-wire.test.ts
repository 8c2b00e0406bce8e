// typescript client: a `type: string` whose format is a typeMapping key that maps to `number` or
// `boolean` (`integer`, `long`, `double`, `boolean`) is typed so in OAG's client, its parameters and
// model properties (DefaultCodegen.getPrimitiveType's string branch, b44f6c302a #2799: every release).
// OAG's client then sends the number as a JSON number, where the spec says a string. Ours declares
// OAG's types and keeps the wire a string: sent as the number's text (TypeInfo "number-text",
// "boolean-text"), read back as the number it spells (a number beyond the safe integers, or a text
// that spells none, stays text), a text/plain response too. Checked on the echo server: the query,
// header and JSON body as they arrive, the decoded echo, a text/plain response.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { generateInMemory } from "../../support/generate.js";
import { typeCheckAndLoadApp } from "./client-support.js";

const SPEC = `openapi: 3.0.3
info: { title: Amounts, version: "1" }
paths:
  /amounts:
    post:
      operationId: sendAmount
      parameters:
        - { name: limit, in: query, schema: { type: string, format: integer } }
        - { name: X-Flag, in: header, schema: { type: string, format: boolean } }
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: '#/components/schemas/Amount' } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: '#/components/schemas/Echo' } } }
  /__text/{value}:
    get:
      operationId: readCount
      parameters:
        - { name: value, in: path, required: true, schema: { type: string } }
      responses:
        "200":
          description: the value as text
          content: { text/plain: { schema: { type: string, format: long } } }
components:
  schemas:
    Amount:
      type: object
      properties:
        count: { type: string, format: integer }
        big: { type: string, format: long }
        ratio: { type: string, format: double }
        done: { type: string, format: boolean }
        note: { type: string }
    Echo:
      type: object
      properties:
        query: { type: string }
        headers: { type: object, additionalProperties: { type: string } }
        bodyText: { type: string }
        json: { $ref: '#/components/schemas/Amount' }
`;

const fixture = specWithEcho("oaswright-ts-format-typed-wire-", SPEC);

describe("typescript client: strings typed by their format", () => {
  it("OAG's types in the signature and the model; the wire keeps strings", async () => {
    const result = await generateInMemory(fixture.spec, "typescript", { oagVersion: "7.13.0" });
    const text = (suffix: string) => String(result.files.find((f) => f.path.endsWith(suffix))?.contents);
    expect(text("apis/DefaultApi.ts")).toContain("public async sendAmount(amount: Amount, limit?: number, xFlag?: boolean, _options?: $Configuration)");
    expect(text("models/Amount.ts")).toContain("    declare count?: number;\n    declare big?: number;\n    declare ratio?: number;\n    declare done?: boolean;\n    declare note?: string;\n");

    const dir = path.join(fixture.tmp, "ts");
    const app = {
      path: "app.ts",
      contents: `import { createConfiguration, ServerConfiguration, DefaultApi, Amount } from "./index";
export async function run(url: string): Promise<unknown[]> {
    const api = new DefaultApi(createConfiguration({ baseServer: new ServerConfiguration<{}>(url, {}) }));
    const amount = new Amount();
    amount.count = 5;
    amount.big = 12345678901;
    amount.ratio = 0.5;
    amount.done = true;
    amount.note = "n";
    const echo = await api.sendAmount(amount, 100, false);
    const json = echo.json;
    // a number beyond the safe integers, as a server may send it, stays its text
    const unsafe = await api.sendAmount(Object.assign(new Amount(), { big: "9007199254740993" as unknown as number }));
    const count: number = await api.readCount("42");
    const notANumber: number = await api.readCount("n/a");
    return [count, notANumber, echo.query, echo.headers?.["x-flag"], echo.bodyText, json?.count, json?.big, json?.ratio, json?.done, json?.note, json instanceof Amount, unsafe.json?.big];
}
`,
    };
    const { run } = typeCheckAndLoadApp<{ run(url: string): Promise<unknown[]> }>(dir, [...result.files, app]);
    expect(await run(fixture.echo.url)).toEqual([
      42,
      "n/a",
      "limit=100",
      "false",
      '{"count":"5","big":"12345678901","ratio":"0.5","done":"true","note":"n"}',
      5,
      12345678901,
      0.5,
      true,
      "n",
      true,
      "9007199254740993",
    ]);
  }, 120_000);
});
