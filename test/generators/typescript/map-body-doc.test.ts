// An inline map request body (`type: object` with `additionalProperties: true` or `{}`):
// DefaultCodegen.updateRequestBodyForMap types it getTypeDeclaration(schema), a map of any, though
// a model property of that schema is a free-form `any`; `type: object` alone is free-form `any`.
// The lines are OAG 7.13.0's for this spec (python-runtime/surface.yaml SurfaceApi.md `respond`).
// Docs only: the client keeps `any`, which takes every map OAG's signature takes.

import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { generateInMemory } from "../../support/generate.js";

const SPEC = `openapi: 3.0.3
info: { title: T, version: "1" }
paths:
  /open:
    post:
      operationId: postOpen
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, additionalProperties: true }
      responses:
        "204": { description: done }
  /free:
    post:
      operationId: postFree
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object }
      responses:
        "204": { description: done }
  /empty:
    post:
      operationId: postEmpty
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, additionalProperties: {} }
      responses:
        "204": { description: done }
`;

const specs = specFiles("oaswright-ts-map-body-", { "spec.yaml": SPEC });

describe("typescript docs: an inline map body", () => {
  it("is typed { [key: string]: any; }; a bare object body is any", async () => {
    const { files } = await generateInMemory(specs.path("spec.yaml"), "typescript", { npmName: "client", oagVersion: "7.13.0" });
    const rows = String(files.find((f) => f.path === "DefaultApi.md")?.contents)
      .split("\n")
      .filter((l) => l.startsWith(" **"));
    expect(rows).toEqual([" **requestBody** | **{ [key: string]: any; }**|  |", " **body** | **any**|  |", " **requestBody** | **{ [key: string]: any; }**|  |"]);
  });
});
