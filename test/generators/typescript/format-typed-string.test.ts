// typescript docs: a `type: string` whose `format` is a key of OAG's typeMapping (`integer`, `long`,
// `double`, `int`, ...) is typed by that key: DefaultCodegen.getPrimitiveType's string branch returns
// the format when typeMapping has it (b44f6c302a, #2799), and AbstractTypeScriptClientCodegen
// .getSchemaType maps it (`integer` -> `number`). The formats getPrimitiveType takes before (byte,
// binary, date, date-time, uuid, uri, number) and formats that are no key (`email`) stay `string`.
// The rule is DefaultCodegen's, shown in python-prior's 6.0.1 output (corpus case
// formatexample-python-prior); no typescript output with such a format was seen. The client's
// signatures say the mapped type too (`limit?: number`, as OAG's), and send it as its text
// (format-typed-string-wire.test.ts), a text/plain response too (read as the number it spells). The examples stay string
// examples (toExampleValueRecursive asks isStringSchema).

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const SPEC = `openapi: 3.0.3
info: { title: Amounts, version: "1" }
paths:
  /amounts:
    get:
      operationId: countAmounts
      tags: [amounts]
      parameters:
        - { name: limit, in: query, schema: { type: string, format: integer } }
        - { name: ratio, in: query, schema: { type: string, format: double } }
        - { name: mail, in: query, schema: { type: string, format: email } }
        - { name: id, in: query, schema: { type: string, format: uuid } }
      responses:
        "200":
          description: how many
          content: { text/plain: { schema: { type: string, format: long } } }
`;

const specs = specFiles("oaswright-ts-format-type-", { "spec.yaml": SPEC });

describe("typescript docs: a string typed by its format", () => {
  it("parameters and the return type print the mapped type, as the client's parameters; the examples keep strings", async () => {
    const { files } = await generateInMemory(specs.path("spec.yaml"), "typescript");
    const text = (p: string) => String(files.find((f) => f.path.endsWith(p))?.contents);
    const doc = text("AmountsApi.md");
    expect(doc).toContain(" **limit** | [**number**] |  | (optional) defaults to undefined\n");
    expect(doc).toContain(" **ratio** | [**number**] |  | (optional) defaults to undefined\n");
    expect(doc).toContain(" **mail** | [**string**] |  | (optional) defaults to undefined\n");
    expect(doc).toContain(" **id** | [**string**] |  | (optional) defaults to undefined\n");
    expect(doc).toContain("### Return type\n\n**number**\n");
    expect(doc).toContain('  limit: "limit_example",\n');
    const api = text("apis/AmountsApi.ts");
    expect(api).toContain("public async countAmounts(limit?: number, ratio?: number, mail?: string, id?: string, _options?: $Configuration): Promise<$RequestContext> {");
    expect(api).toContain("public async countAmountsWithHttpInfo(response: $ResponseContext): Promise<$HttpInfo<number>> {");
  });
});
