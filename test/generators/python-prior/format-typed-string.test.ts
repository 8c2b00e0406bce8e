// python-prior: a `type: string` whose `format` is a key of OAG's typeMapping (`integer`, `long`,
// `double`, ...) is typed by that key in the docs: DefaultCodegen.getPrimitiveType's string branch
// returns the format when typeMapping has it (b44f6c302a, #2799), after the formats it takes
// earlier (byte, binary, date, date-time, uuid, uri, number). The corpus case
// formatexample-python-prior (awarrenlove/openapi-generator-format-example, 6.0.1) prints
// `**param** | **int**` for `{type: string, format: integer}`. The client keeps such values strings
// (OAG's rejects `'100'`, the bug that repository reports), checked on the echo server; the
// examples stay string examples.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { runWithPackage } from "../../support/python-package.js";

const SPEC = `openapi: 3.0.3
info: { title: Amounts, version: "1" }
paths:
  /amounts:
    post:
      operationId: postAmount
      tags: [amounts]
      parameters:
        - { name: limit, in: query, schema: { type: string, format: integer } }
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Amount" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/Echo" } } }
components:
  schemas:
    Echo:
      type: object
      properties:
        json: { $ref: "#/components/schemas/Amount" }
        query: { type: string }
    Amount:
      type: object
      properties:
        count: { type: string, format: integer }
        big: { type: string, format: long }
        ratio: { type: string, format: double, nullable: true }
        mail: { type: string, format: email }
        id: { type: string, format: uuid }
        price: { type: string, format: number }
`;

const fixture = specWithEcho("oaswright-pp-format-type-", SPEC);

describe("python-prior: a string typed by its format", () => {
  it("docs: the typeMapping's type; client: strings, sent and read back on 127.0.0.1", async () => {
    const { files, text } = await generateInMemory(fixture.spec, "python-prior");
    const model = text("docs/Amount.md");
    expect(model).toContain("**count** | **int** |  | [optional] \n");
    expect(model).toContain("**big** | **int** |  | [optional] \n");
    expect(model).toContain("**ratio** | **float, none_type** |  | [optional] \n");
    expect(model).toContain("**mail** | **str** |  | [optional] \n");
    expect(model).toContain("**id** | **str** |  | [optional] \n");
    expect(model).toContain("**price** | **str** |  | [optional] \n");
    const api = text("docs/AmountsApi.md");
    expect(api).toContain(" **limit** | **int**|  | [optional]\n");
    expect(api).toContain('    limit = "limit_example" # int |  (optional)\n');
    expect(api).toContain('        count="count_example",\n');
    expect(text("openapi_client/model/amount.py")).toContain('            "count": (str,),\n');

    const dir = path.join(fixture.tmp, "pp");
    const script = [
      "import os",
      "import openapi_client",
      "from openapi_client.api.amounts_api import AmountsApi",
      "from openapi_client.model.amount import Amount",
      "config = openapi_client.Configuration(host=os.environ['ECHO_URL'])",
      "config.discard_unknown_keys = True",
      "api = AmountsApi(openapi_client.ApiClient(config))",
      "got = api.post_amount(Amount(count='100', big='9007199254740993', ratio=None), limit='25')",
      "assert got.json.count == '100' and got.json.big == '9007199254740993' and got.json.ratio is None, got",
      "assert got.query == 'limit=25', got",
      "print('ok')",
    ].join("\n");
    const r = await runWithPackage(dir, files, "use_amounts.py", script, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain("ok");
  }, 120_000);
});
