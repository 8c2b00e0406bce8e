// swagger-parser reads a 3.0 schema's `default` by the schema's type (OpenAPIDeserializer.getSchema);
// for `type: boolean` through getBoolean: booleans kept, strings parsed, anything else dropped.
// Seen in the opendatasoft corpus case: `default: 0` on a boolean query parameter is no default.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseSpec, DEFAULT_PARSE_OPTIONS } from "../../src/parse/index.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-typed-defaults-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function spec(version: string): object {
  const param = (name: string, schema: object) => ({ name, in: "query", schema });
  return {
    openapi: version,
    info: { title: "t", version: "1" },
    paths: {
      "/x": {
        get: {
          operationId: "getX",
          parameters: [
            param("numeric", { type: "boolean", default: 0 }),
            param("text", { type: "boolean", default: "TRUE" }),
            param("other_text", { type: "boolean", default: "yes" }),
            param("plain", { type: "boolean", default: false }),
            param("count", { type: "integer", default: 0 }),
          ],
          responses: { "204": { description: "none" } },
        },
      },
    },
  };
}

async function defaults(version: string): Promise<Record<string, unknown>> {
  const file = path.join(tmp, `spec-${version}.json`);
  fs.writeFileSync(file, JSON.stringify(spec(version)));
  const { model } = await parseSpec(file, { ...DEFAULT_PARSE_OPTIONS, validate: "off" });
  const op = model.operations.find((o) => o.operationId === "getX")!;
  return Object.fromEntries(op.parameters.map((p) => [p.name, p.schema.default === undefined ? "none" : p.schema.default.value]));
}

describe("schema defaults read by type (3.0)", () => {
  it("a boolean schema keeps a boolean default, parses a string one and drops any other", async () => {
    expect(await defaults("3.0.3")).toEqual({ numeric: "none", text: true, other_text: false, plain: false, count: 0 });
  });
  it("3.1 keeps the default as written", async () => {
    expect(await defaults("3.1.0")).toEqual({ numeric: 0, text: "TRUE", other_text: "yes", plain: false, count: 0 });
  });
});

// Numbers: getBigDecimal keeps only a JSON number, getInteger only what Jackson reads as an int;
// `example` goes through swagger-core's NumberSchema/IntegerSchema.cast (BigDecimal, Integer/Long parse).
describe("3.0 number and integer defaults and examples read by type", () => {
  async function read(version: string): Promise<Record<string, [unknown, unknown]>> {
    const props: Record<string, object> = {
      num_text: { type: "number", default: "5", example: "abc" },
      num_ok: { type: "number", default: 2.5, example: "2.5" },
      int_float: { type: "integer", default: 5.5, example: 5.5 },
      int_big: { type: "integer", default: 3000000000, example: 3000000000 },
      int_text: { type: "integer", default: "7", example: "7" },
      int_ok: { type: "integer", default: -2147483648, example: 12 },
    };
    const file = path.join(tmp, `numbers-${version}.json`);
    fs.writeFileSync(file, JSON.stringify({ openapi: version, info: { title: "t", version: "1" }, paths: {}, components: { schemas: { N: { type: "object", properties: props } } } }));
    const { model } = await parseSpec(file, { ...DEFAULT_PARSE_OPTIONS, validate: "off" });
    const n = model.schemas.find((s) => s.name === "N")!.schema;
    if (n.kind !== "object") throw new Error("N is not an object");
    return Object.fromEntries(n.properties.map((p) => [p.name, [p.schema.default?.value ?? "none", p.schema.example?.value ?? "none"]]));
  }

  it("drops what swagger-parser and swagger-core drop (3.0)", async () => {
    expect(await read("3.0.3")).toEqual({
      num_text: ["none", "none"],
      num_ok: [2.5, "2.5"],
      int_float: ["none", "none"],
      int_big: ["none", 3000000000],
      int_text: ["none", "7"],
      int_ok: [-2147483648, 12],
    });
  });

  it("keeps them as written in 3.1", async () => {
    expect(await read("3.1.0")).toEqual({
      num_text: ["5", "abc"],
      num_ok: [2.5, "2.5"],
      int_float: [5.5, 5.5],
      int_big: [3000000000, 3000000000],
      int_text: ["7", "7"],
      int_ok: [-2147483648, 12],
    });
  });
});
