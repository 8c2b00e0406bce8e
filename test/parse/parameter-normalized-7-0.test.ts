// OAG 7.0.0's OpenAPINormalizer.normalizeParameters and normalizeContent call normalizeSchema and
// drop its result (4b7a808a9f #16495 stores it, in 7.0.1): only the in-place edits remain, so a
// parameter's titled `anyOf: [X, {type: null}]` stays a ComposedSchema with an anyOf of X (nullable),
// which InlineModelResolver.flattenParameters hoists as a model named after the title (release
// commit c37fa8a4e8). Read from BioImage-Archive/bia-integrator 4ac3c0f (7.0.0, corpus case
// bia-python-7-0: StartUuid.md, `start_uuid = bia_integrator_api.StartUuid()`).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { specFiles } from "../support/spec-files.js";
import { generateInMemory } from "../support/generate.js";
import { runWithPackage } from "../support/python-package.js";

const spec = JSON.stringify({
  openapi: "3.0.2",
  info: { title: "Params", version: "1" },
  paths: {
    "/items": {
      get: {
        operationId: "list_items",
        parameters: [{ name: "start_uuid", in: "query", required: false, schema: { anyOf: [{ type: "string", format: "uuid" }, { type: "null" }], title: "Start Uuid" } }],
        responses: { "200": { description: "ok" } },
      },
    },
  },
  components: {
    schemas: {
      Item: { type: "object", properties: { name: { anyOf: [{ type: "string" }, { type: "null" }], title: "Name" } } },
    },
  },
});

const specs = specFiles("oaswright-parameter-normalized-7-0-", { "spec.json": spec });

async function docs(oagVersion: string) {
  const { texts } = await generateInMemory(specs.path("spec.json"), "python", { packageName: "params", oagVersion });
  return { paths: [...texts.keys()], text: (path: string) => texts.get(path) ?? "" };
}

describe("a parameter's nullable anyOf by release (python docs)", () => {
  it("7.0.0: the parameter's anyOf stays composed and is hoisted as a model named after its title", async () => {
    const out = await docs("7.0.0");
    expect(out.paths).toContain("docs/StartUuid.md");
    expect(out.text("docs/DefaultApi.md")).toContain("start_uuid = params.StartUuid() # StartUuid |  (optional)");
    expect(out.text("README.md")).toContain(" - [StartUuid](docs/StartUuid.md)");
    // a property's result is stored in 7.0.0 already: no model
    expect(out.paths).not.toContain("docs/Name.md");
  });

  it("7.0.1: the simplified member is stored, a plain string parameter", async () => {
    const out = await docs("7.0.1");
    expect(out.paths).not.toContain("docs/StartUuid.md");
    expect(out.text("docs/DefaultApi.md")).toContain("start_uuid = 'start_uuid_example' # str |  (optional)");
  });

  it("7.0.0: the hoisted anyOf model imports and round-trips a UUID in python", async () => {
    const { files } = await generateInMemory(specs.path("spec.json"), "python", { packageName: "params", oagVersion: "7.0.0" });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-parameter-normalized-7-0-py-"));
    try {
      const script = [
        "from params.models.start_uuid import StartUuid",
        "from params.api.default_api import DefaultApi",
        "value = StartUuid.from_json('\"0b6f1f5e-8b7a-4c61-9d2e-3f4a5b6c7d8e\"')",
        "print('ok', value.to_json())",
        "print('param', DefaultApi.list_items.__annotations__.get('start_uuid'))",
      ].join("\n");
      const r = await runWithPackage(dir, files, "use_start_uuid.py", script);
      expect(r.stdout).toContain('ok "0b6f1f5e-8b7a-4c61-9d2e-3f4a5b6c7d8e"');
      expect(r.stdout).toContain("StartUuid");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
