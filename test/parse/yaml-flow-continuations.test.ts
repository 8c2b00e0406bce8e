// A multi-line flow collection whose continuation lines are indented only as far as its key:
// SnakeYAML (swagger-parser) checks no indentation inside flow context and reads it; the `yaml`
// library alone rejects it ("Flow sequence in block collection must be sufficiently indented").
// Found in severalnines/clustercontrol-client-sdk's clustercontrol-v2.yaml (12eedfa), from which
// OAG 5.4.0 generated its typescript, python and go clients:
//
//     command:
//       type: string
//       enum: ["rolling_restart","create_cluster","remove_cluster",
//       "backup","verify_backup"]
//
// (That repository is no corpus case: its spec was edited after the generation, see the report.)
// The loader's re-indented retry (load.ts indentQuotedContinuations) now follows flow collections
// as it follows quoted scalars.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { indentQuotedContinuations, loadSpec } from "../../src/parse/load.js";

const SPEC = `openapi: 3.0.1
info:
  title: t
  description: 'REST API (V2) for a
  database automation tool.'
  version: "1"
paths: {}
components:
  schemas:
    Job:
      type: object
      properties:
        command:
          type: string
          enum: ["rolling_restart","create_cluster", # a comment ]
          "backup, with a comma","verify_backup"]
        meta:
          type: object
          example: {a: [1,
          2], b: 'x
          y'}
        after:
          type: string
`;

const dir = mkdtempSync(path.join(tmpdir(), "oaswright-yaml-flow-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("YAML: flow collections continued at the key's indentation", () => {
  it("are read as SnakeYAML reads them", async () => {
    const file = path.join(dir, "spec.yaml");
    writeFileSync(file, SPEC);
    const loaded = await loadSpec(file);
    const props = ((loaded.root["components"] as Record<string, unknown>)["schemas"] as Record<string, { properties: Record<string, Record<string, unknown>> }>)["Job"]!.properties;
    expect(props["command"]!["enum"]).toEqual(["rolling_restart", "create_cluster", "backup, with a comma", "verify_backup"]);
    expect(props["meta"]!["example"]).toEqual({ a: [1, 2], b: "x y" });
    expect(props["after"]).toEqual({ type: "string" });
    expect((loaded.root["info"] as Record<string, unknown>)["description"]).toBe("REST API (V2) for a database automation tool.");
    expect(loaded.sourceMap.positionOf("/components/schemas/Job/properties/after")).toEqual({ line: 22, column: 9 });
  });

  it("indents only the continuation lines, one column past the key", () => {
    expect(indentQuotedContinuations("a:\n  b: [1,\n  2]\n  c: [3]\n")).toBe("a:\n  b: [1,\n   2]\n  c: [3]\n");
    expect(indentQuotedContinuations("a:\n  b: {x: '[',\n  y: 2}\n")).toBe("a:\n  b: {x: '[',\n   y: 2}\n");
    expect(indentQuotedContinuations("a: [1, 2]\nb: {c: d}\n")).toBeUndefined();
  });
});
