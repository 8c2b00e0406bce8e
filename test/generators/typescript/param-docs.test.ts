// Two rules of the typescript API docs' parameter tables, found with the atlas corpus case
// (wtrocki/ts-client-atlas, OAG 6.4.0):
// - a boolean parameter's default is `undefined` before 6.6.0: TypeScriptClientCodegen.toDefaultValue
//   returned UNDEFINED_VALUE for every boolean schema until a5bc7f107d made the class extend
//   AbstractTypeScriptClientCodegen, whose toDefaultValue prints it (release row `booleanDefaults`);
// - a string default is quoted around escapeText's text from the same release (`'say \"hi\" isn\'t'`),
//   around the bare value before;
// - a uniqueItems array parameter is `Set<...>`: getParameterDataType builds an array's type from
//   getSchemaType, which maps `set` to `Set` (every release).

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-ts-param-docs-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /measurements:
    get:
      operationId: listMeasurements
      tags: [monitoring]
      parameters:
        - { name: includeCount, in: query, description: Count them., schema: { type: boolean, default: true } }
        - { name: pageNum, in: query, schema: { type: integer, default: 1 } }
        - { name: label, in: query, schema: { type: string, default: "say \\"hi\\" isn't" } }
        - name: m
          in: query
          description: Measurements.
          schema: { type: array, uniqueItems: true, items: { type: string } }
        - name: tags
          in: query
          schema: { type: array, items: { type: string } }
      responses:
        "200": { description: ok }
`,
});

async function apiDoc(oagVersion: string): Promise<string> {
  const { texts } = await generateFromArgs(["-i", specs.path("spec.yaml"), "-g", "typescript", `--additional-properties=oagVersion=${oagVersion}`]);
  return [...texts].find(([path]) => path.endsWith("MonitoringApi.md"))![1];
}

describe("typescript API docs: parameter defaults and sets", () => {
  it("prints a boolean default from 6.6.0 and `undefined` before", async () => {
    const old = await apiDoc("6.4.0");
    expect(old).toContain(" **includeCount** | [**boolean**] | Count them. | (optional) defaults to undefined\n");
    expect(old).toContain(" **pageNum** | [**number**] |  | (optional) defaults to 1\n");
    expect(await apiDoc("6.6.0")).toContain(" **includeCount** | [**boolean**] | Count them. | (optional) defaults to true\n");
    expect(await apiDoc("7.14.0")).toContain(" **includeCount** | [**boolean**] | Count them. | (optional) defaults to true\n");
  });

  it("quotes a string default as escapeText gives it from 6.6.0 (AbstractTypeScriptClientCodegen), bare before", async () => {
    expect(await apiDoc("6.5.0")).toContain(` **label** | [**string**] |  | (optional) defaults to 'say "hi" isn't'\n`);
    for (const version of ["6.6.0", "7.14.0"]) {
      expect(await apiDoc(version), version).toContain(` **label** | [**string**] |  | (optional) defaults to 'say \\"hi\\" isn\\'t'\n`);
    }
  });

  it("types a uniqueItems array parameter Set<...>, others Array<...>", async () => {
    for (const version of ["6.4.0", "7.14.0"]) {
      const doc = await apiDoc(version);
      expect(doc).toContain(" **m** | **Set&lt;string&gt;** | Measurements. | (optional) defaults to undefined\n");
      expect(doc).toContain(" **tags** | **Array&lt;string&gt;** |  | (optional) defaults to undefined\n");
    }
    // The example's comment names the type before 7.9.0's named-import example.
    expect(await apiDoc("6.4.0")).toContain("  // Set<string> | Measurements. (optional)\n");
  });
});
