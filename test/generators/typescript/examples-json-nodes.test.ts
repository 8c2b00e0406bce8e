// TypeScript API doc examples of array and object examples written in the spec. swagger-parser keeps
// them as Jackson nodes and OAG's TypeScriptClientCodegen prints the node (`fullPrefix + objExample`
// in the array branch, `objExample.toString()` elsewhere): compact JSON, `["a","b"]`, in every release
// (metronome-typescript, OAG 6.4.0, TelemetryApi.md). Before, oaswright printed a Java List's
// `[a, b]`, which is no TypeScript either.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const SPEC = `openapi: 3.0.3
info: { title: Examples, version: "1" }
paths:
  /telemetry:
    post:
      operationId: postTelemetry
      tags: [telemetry]
      parameters:
        - { name: ids, in: query, schema: { type: array, items: { type: integer }, example: [3, 5] } }
      requestBody:
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Telemetry" }
      responses:
        "204": { description: ok }
components:
  schemas:
    Telemetry:
      type: object
      properties:
        policies: { type: array, items: { type: string }, example: ["account-login", "say \\"hi\\""] }
        tags: { type: array, items: { type: string } }
`;

const specs = specFiles("oaswright-ts-json-nodes-", { "spec.yaml": SPEC });

async function apiDoc(oagVersion?: string): Promise<string> {
  const { files } = await generateInMemory(specs.path("spec.yaml"), "typescript", { npmName: "ex", ...(oagVersion ? { oagVersion } : {}) });
  return String(files.find((f) => f.path.endsWith("TelemetryApi.md"))!.contents);
}

describe("typescript examples: array examples print as the JSON node OAG holds", () => {
  for (const oagVersion of ["6.4.0", "7.14.0", undefined]) {
    it(`${oagVersion ?? "default release"}`, async () => {
      const doc = await apiDoc(oagVersion);
      expect(doc).toContain('    policies: ["account-login","say \\"hi\\""],\n');
      expect(doc).toContain("  ids: [3,5],\n");
      // No example: the item's example inside a list, as before.
      expect(doc).toContain('    tags: [\n      "tags_example",\n    ],\n');
    });
  }
});
