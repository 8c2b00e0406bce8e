// typescript API docs: a `format: date`/`date-time` parameter default from 6.6.0, when
// TypeScriptClientCodegen inherits AbstractTypeScriptClientCodegen.toDefaultValue
// (`p.getDefault().toString()`, a5bc7f107d): swagger-parser decodes a 3.0 default (and the 2.0
// converter's DateSchema/DateTimeSchema cast a parameter's) into a java.util.Date, printed here for a
// JVM in UTC, or an OffsetDateTime; 3.1 keeps the text. Before 6.6.0, `undefined`.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const spec = (openapi: string) => `openapi: ${openapi}
info: { title: D, version: "1" }
paths:
  /p:
    get:
      operationId: op
      tags: [things]
      parameters:
        - { name: d, in: query, schema: { type: string, format: date, default: "2020-02-03" } }
        - { name: t, in: query, schema: { type: string, format: date-time, default: "2020-01-01T10:00:00Z" } }
        - { name: u, in: query, schema: { type: string, format: date-time, default: "2020-01-01T10:00:30.500+02:00" } }
        - { name: v, in: query, schema: { type: string, format: date-time, default: "2020-01-01T10:00:00" } }
      responses:
        "204": { description: ok }
`;

const specs = specFiles("oaswright-temporal-defaults-", {
  "spec30.yaml": spec("3.0.3"),
  "spec31.yaml": spec("3.1.0"),
  "swagger2.yaml": `swagger: "2.0"
info: { title: D, version: "1" }
paths:
  /p:
    get:
      operationId: op
      tags: [things]
      parameters:
        - { name: d, in: query, type: string, format: date, default: "2020-02-03" }
        - { name: t, in: query, type: string, format: date-time, default: "2020-01-01T10:00:00Z" }
      responses:
        "204": { description: ok }
`,
});

async function api(input: string, oagVersion: string): Promise<string> {
  return (await generateInMemory(specs.path(input), "typescript", { oagVersion }, { validate: "warning" })).text("ThingsApi.md");
}

const row = (name: string, type: string, notes: string) => ` **${name}** | [**${type}**] |  | (optional) defaults to ${notes}\n`;

describe("typescript docs: date and date-time parameter defaults", () => {
  it.each<[title: string, input: string, oagVersion: string, rows: readonly (readonly [name: string, type: string, notes: string])[]]>([
    [
      "3.0 from 6.6.0: the decoded Date (UTC) and OffsetDateTime; an undecodable text is none",
      "spec30.yaml",
      "6.6.0",
      [
        ["d", "string", "Mon Feb 03 00:00:00 UTC 2020"],
        ["t", "Date", "2020-01-01T10:00Z"],
        ["u", "Date", "2020-01-01T10:00:30.500+02:00"],
        ["v", "Date", "undefined"],
      ],
    ],
    [
      "3.1: the text as written",
      "spec31.yaml",
      "7.13.0",
      [
        ["d", "string", "2020-02-03"],
        ["t", "Date", "2020-01-01T10:00:00Z"],
        ["v", "Date", "2020-01-01T10:00:00"],
      ],
    ],
    [
      "2.0: the converter's DateSchema/DateTimeSchema",
      "swagger2.yaml",
      "7.13.0",
      [
        ["d", "string", "Mon Feb 03 00:00:00 UTC 2020"],
        ["t", "Date", "2020-01-01T10:00Z"],
      ],
    ],
    [
      "before 6.6.0: undefined",
      "spec30.yaml",
      "6.5.0",
      [
        ["d", "string", "undefined"],
        ["t", "Date", "undefined"],
      ],
    ],
  ])("%s", async (_title, input, oagVersion, rows) => {
    const doc = await api(input, oagVersion);
    for (const [name, type, notes] of rows) expect(doc).toContain(row(name, type, notes));
  });
});

// getObjectExample hands the decoded default to typescriptDate / typescriptDateTime in every release
// with API docs (5.2.1 on): Date.toString (UTC here) and ISO_DATE_TIME (seconds always, the fraction
// without trailing zeros); an undecodable default is none (the fixed example); 3.1 keeps the text.
describe("typescript docs: the example of a date and date-time parameter default", () => {
  const lines = (d: string, t: string, u: string, v: string) =>
    [`d: new Date('${d}').toISOString().split('T')[0];,`, `t: new Date('${t}'),`, `u: new Date('${u}'),`, `v: new Date('${v}'),`];
  const examples = (doc: string) => doc.split("\n").map((l) => l.trim()).filter((l) => /^[dtuv]: new Date/.test(l));

  it("3.0: the decoded Date and OffsetDateTime, before and after 6.6.0", async () => {
    for (const oagVersion of ["5.4.0", "6.5.0", "7.13.0"]) {
      expect(examples(await api("spec30.yaml", oagVersion)), oagVersion).toEqual(lines("Mon Feb 03 00:00:00 UTC 2020", "2020-01-01T10:00:00Z", "2020-01-01T10:00:30.5+02:00", "1970-01-01T00:00:00.00Z"));
    }
  });

  it("3.1: the text as written", async () => {
    expect(examples(await api("spec31.yaml", "7.13.0"))).toEqual(lines("2020-02-03", "2020-01-01T10:00:00Z", "2020-01-01T10:00:30.500+02:00", "2020-01-01T10:00:00"));
  });
});
