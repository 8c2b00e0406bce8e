import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSpec, DEFAULT_PARSE_OPTIONS } from "../../src/parse/index.js";

const SPLIT = path.resolve(__dirname, "../../fixtures/specs/split/main.yaml");

describe("$refs to other files (OpenAPI 3.x)", () => {
  it("import schemas as named schemas, named by the ref's last segment, and copy other objects in place", async () => {
    const { model } = await parseSpec(SPLIT, { ...DEFAULT_PARSE_OPTIONS, validate: "off" });
    expect(model.schemas.map((s) => [s.name, s.origin])).toEqual([
      ["Pet", "component"],
      ["Owner", "component"],
    ]);
    const pet = model.schemas[0]!.schema;
    expect(pet.kind === "object" && pet.properties.map((p) => [p.name, p.schema.kind, p.schema.kind === "ref" ? p.schema.target : null])).toEqual([
      ["id", "integer", null],
      ["owner", "ref", "Owner"],
    ]);
    const op = model.operations[0]!;
    expect(op.parameters.map((p) => [p.name, p.in, p.description])).toEqual([["petId", "path", "The pet's id"]]);
    expect(op.responses.map((r) => [r.code, r.description])).toEqual([
      ["200", "The pet"],
      ["404", "No such pet"],
    ]);
    expect(op.responses[0]!.contents[0]!.schema).toMatchObject({ kind: "ref", target: "Pet" });
  });
});
