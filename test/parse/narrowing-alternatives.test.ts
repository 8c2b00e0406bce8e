// `oneOf: [{required: [a]}, {required: [b]}]` beside properties says which properties go together,
// and `anyOf: [{properties: {status: {enum: [done]}}}, ...]` narrows a property the object has:
// neither adds a type (src/parse/narrowing.ts). The IR reads such a schema as the object its
// properties describe, with a warning, and no model is made of the alternatives. Alternatives that
// add a property keep the composition.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/model/diagnostics.js";
import { DEFAULT_PARSE_OPTIONS, parseSpec } from "../../src/parse/index.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-narrowing-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SPEC = {
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths: {
    "/checks": {
      patch: {
        operationId: "updateCheck",
        requestBody: {
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { status: { type: "string" }, conclusion: { type: "string" } },
                anyOf: [{ properties: { status: { enum: ["completed"] } }, required: ["conclusion"] }, { properties: { status: { enum: ["queued"] } } }],
              },
            },
          },
        },
        responses: { "204": { description: "done" } },
      },
    },
  },
  components: {
    schemas: {
      Campaign: {
        type: "object",
        properties: { name: { type: "string" }, alerts: { type: "array", items: { type: "integer" } }, secrets: { type: "array", items: { type: "integer" } } },
        oneOf: [{ required: ["alerts"] }, { required: ["secrets"], description: "by secrets" }],
      },
      Check: {
        type: "object",
        properties: { status: { type: "string" }, conclusion: { type: "string" } },
        anyOf: [
          { properties: { status: { enum: ["completed"] } }, required: ["conclusion"], additionalProperties: true },
          { properties: { status: { enum: ["queued"] } } },
        ],
      },
      Either: {
        type: "object",
        properties: { name: { type: "string" } },
        anyOf: [{ required: ["name"] }, { type: "object", properties: { other: { type: "string" } } }],
      },
    },
  },
};

describe("oneOf/anyOf alternatives that only narrow the object", () => {
  it("are dropped with a warning; typed alternatives are kept", async () => {
    const file = path.join(tmp, "spec.json");
    fs.writeFileSync(file, JSON.stringify(SPEC, null, 2));
    const { model, warnings } = await parseSpec(file, { ...DEFAULT_PARSE_OPTIONS, validate: "off" });
    const campaign = model.schemas.find((s) => s.name === "Campaign")!.schema;
    expect(campaign.kind).toBe("object");
    expect(campaign.kind === "object" && campaign.properties.map((p) => p.name)).toEqual(["name", "alerts", "secrets"]);
    expect(model.schemas.find((s) => s.name === "Check")!.schema.kind).toBe("object");
    expect(model.schemas.find((s) => s.name === "Either")!.schema.kind).toBe("composed");
    // The request body is a model; its dropped alternatives are none (OAG would add updateCheck_request_anyOf...).
    expect(model.schemas.map((s) => s.name)).toEqual(["Campaign", "Check", "Either", "updateCheck_request"]);
    expect(warnings.map((w) => formatDiagnostic(w).split(file).join("F"))).toEqual([
      "warning: F:80:9 #/components/schemas/Campaign/oneOf: oneOf only narrows this object (which properties are present, which values they take): the client does not check it, the value is typed by the properties",
      "warning: F:104:9 #/components/schemas/Check/anyOf: anyOf only narrows this object (which properties are present, which values they take): the client does not check it, the value is typed by the properties",
      "warning: F:24:17 #/paths/~1checks/patch/requestBody/content/application~1json/schema/anyOf: anyOf only narrows this object (which properties are present, which values they take): the client does not check it, the value is typed by the properties",
    ]);
  });
});
