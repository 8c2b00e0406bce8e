// swagger-parser reads a 3.0 `type: string, format: date` schema as a DateSchema, whose setExample
// casts the example (swagger-core DateSchema.cast: a string parsed as yyyy-MM-dd, anything else
// null): an integer `20190816` (metronome's DateYYYYMMDD) is no example for OpenAPI Generator, whose
// 6.4.0 typescript docs print the default date there. A 3.1 schema (JsonSchema) is not cast.

import { describe, expect, it } from "vitest";
import { specFiles } from "../support/spec-files.js";
import { parseSpec } from "../../src/parse/index.js";

const spec = (version: string) => `openapi: ${version}
info: { title: Dates, version: "1" }
paths: {}
components:
  schemas:
    Dates:
      type: object
      properties:
        compact: { type: string, format: date, example: 20190816 }
        text: { type: string, format: date, example: "20190816" }
        iso: { type: string, format: date, example: "2019-08-16" }
        plain: { type: string, example: 20190816 }
`;

const specs = specFiles("oaswright-date-example-", { "spec30.yaml": spec("3.0.3"), "spec31.yaml": spec("3.1.0") });

async function examples(file: string): Promise<Record<string, unknown>> {
  const { model } = await parseSpec(specs.path(file), { validate: "off", inline: { refactorAllOfInlineSchemas: false, resolveInlineEnums: false, skipSchemaReuse: false, nameMappings: {} } });
  const dates = model.schemas.find((s) => s.name === "Dates")!.schema;
  if (dates.kind !== "object") throw new Error("expected an object");
  return Object.fromEntries(dates.properties.map((p) => [p.name, p.schema.example?.value]));
}

describe("a `format: date` example that is no yyyy-MM-dd string", () => {
  it("3.0: dropped (DateSchema.cast gives null); a date string and a plain string's example stay", async () => {
    expect(await examples("spec30.yaml")).toEqual({ compact: undefined, text: undefined, iso: "2019-08-16", plain: 20190816 });
  });

  it("3.1: kept as written", async () => {
    expect(await examples("spec31.yaml")).toEqual({ compact: 20190816, text: "20190816", iso: "2019-08-16", plain: 20190816 });
  });
});
