// --type-mappings as in OpenAPI Generator: the mapped type replaces the target type everywhere
// (code, docs), and the value then passes the wire as is. Checked on the wire for typescript and
// python: a date-time mapped to a string stays the string the server sent.

import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../support/generate.js";
import { fileText as text } from "../support/generated-file.js";
import { writeOutput } from "../../src/render/write.js";
import { parseGenerateArgs } from "../../src/cli/options.js";
import { specWithEcho } from "../support/spec-with-echo.js";
import { runPython } from "../support/python.js";
import { formatDiagnostics, transpileToJs, typeCheck, writeClient } from "../generators/typescript/client-support.js";

const SPEC = `openapi: 3.0.3
info: { title: Mapped, version: "1" }
paths:
  /events:
    post:
      operationId: echoEvent
      tags: [events]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Event" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/Echo" } } }
components:
  schemas:
    Event:
      type: object
      required: [id, at]
      properties:
        id: { type: integer, format: int64 }
        at: { type: string, format: date-time }
        days: { type: array, items: { type: string, format: date-time } }
    Echo:
      type: object
      properties:
        method: { type: string }
        json: { $ref: "#/components/schemas/Event" }
`;

const fixture = specWithEcho("oaswright-mappings-", SPEC);

async function generate(generator: string, typeMappings: Record<string, string>, additionalProperties: Record<string, string> = {}) {
  return (await generateInMemory(fixture.spec, generator, additionalProperties, { options: { typeMappings } })).files;
}


it("the option reaches the generators from the command line and the config file", () => {
  expect(parseGenerateArgs(["-i", "s.yaml", "-g", "typescript", "--type-mappings", "DateTime=string,UUID=string"]).options.typeMappings).toEqual({ DateTime: "string", UUID: "string" });
});

describe("typescript", () => {
  it("types a mapped date-time as the mapped type in the models and docs, compiles strict, and keeps the string on the wire", async () => {
    const files = await generate("typescript", { DateTime: "string" });
    const model = text(files, "models/Event.ts");
    expect(model).toContain("    declare at: string;\n");
    expect(model).toContain("    declare days?: Array<string>;\n");
    expect(model).not.toMatch(/\bDate\b/);
    expect(files.some((f) => f.path === "docs/EventsApi.md")).toBe(true);
    expect(text(files, "README.md") + text(files, "docs/EventsApi.md")).not.toContain("**Date**");

    const dir = path.join(fixture.tmp, "ts");
    const diagnostics = typeCheck(writeClient(dir, files));
    expect(formatDiagnostics(diagnostics)).toBe("");

    const load = async (name: string, f: typeof files) => {
      transpileToJs(f, path.join(fixture.tmp, name));
      return import(/* @vite-ignore */ pathToFileURL(path.join(fixture.tmp, name, "index.js")).href);
    };
    const call = async (client: any) => {
      const api = new client.EventsApi(client.createConfiguration({ baseServer: new client.ServerConfiguration(fixture.echo.url) }));
      // The default (positional) API, as OpenAPI Generator's.
      return api.echoEvent({ id: 1, at: "2020-01-02T03:04:05Z", days: ["2021-01-01T00:00:00Z"] });
    };
    const mapped = await call(await load("ts-mapped", files));
    expect(mapped.json.at).toBe("2020-01-02T03:04:05Z");
    expect(mapped.json.days).toEqual(["2021-01-01T00:00:00Z"]);
    // Without the mapping the same answer becomes Dates: the mapping is what changed it.
    const plain = await call(await load("ts-plain", await generate("typescript", {})));
    expect(plain.json.at).toBeInstanceOf(Date);
  });
});

describe("python", () => {
  it("annotates a mapped date-time with the mapped type in the models and docs, and keeps the string on the wire", async () => {
    const files = await generate("python", { DateTime: "str" }, { packageName: "mapped_client" });
    const model = text(files, "mapped_client/models/event.py");
    expect(model).toMatch(/\n    at: str\n/);
    expect(model).toMatch(/\n    days: Optional\[List\[str\]\] = None\n/);
    expect(text(files, "docs/Event.md")).toContain("**at** | **str** |");

    const dir = path.join(fixture.tmp, "py");
    writeOutput(dir, files);
    const script = [
      "import os",
      "from datetime import datetime",
      "from mapped_client import ApiClient, Configuration, EventsApi, Event",
      "api = EventsApi(ApiClient(Configuration(host=os.environ['ECHO_URL'])))",
      "seen = api.echo_event(Event(id=1, at='2020-01-02T03:04:05Z', days=['2021-01-01T00:00:00Z']))",
      "assert type(seen.var_json.at) is str, type(seen.var_json.at)",
      "print(seen.var_json.at, seen.var_json.days)",
    ].join("\n");
    const r = await runPython({ cwd: dir, args: ["-c", script], env: { ECHO_URL: fixture.echo.url } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe("2020-01-02T03:04:05Z ['2021-01-01T00:00:00Z']");
  });
});
