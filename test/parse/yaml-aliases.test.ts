// YAML aliases: a defined anchor is shared as YAML says; an alias of no anchor (a masked value such as
// `******`) is read as the text written there, with a warning at its pointer and line, where the
// yaml library alone would fail the whole document.

import { describe, expect, it } from "vitest";
import { loadSpec } from "../../src/parse/load.js";
import { specFiles } from "../support/spec-files.js";

const SPEC = `openapi: 3.0.3
info: {title: masked, version: "1"}
paths: {}
components:
  schemas:
    Login:
      type: object
      properties:
        user: &user {type: string, example: admin}
        password: {type: string, example: ******}
        again: *user
        list: {type: array, example: [a, *b]}
`;

const specs = specFiles("oaswright-alias-", { "spec.yaml": SPEC });

describe("YAML aliases", () => {
  it("reads an alias of no anchor as its text and warns where it is", async () => {
    const loaded = await loadSpec(specs.path("spec.yaml"));
    const props = (((loaded.root["components"] as any).schemas.Login as any).properties) as Record<string, any>;
    expect(props["password"].example).toBe("******");
    expect(props["list"].example).toEqual(["a", "*b"]);
    expect(props["again"]).toEqual({ type: "string", example: "admin" });
    expect(loaded.warnings.map((w) => [w.pointer, w.position?.line, w.message])).toEqual([
      ["/components/schemas/Login/properties/password/example", 10, '****** is an alias of no anchor defined before it: read as the text "******" (quote it to say so)'],
      ["/components/schemas/Login/properties/list/example/1", 12, '*b is an alias of no anchor defined before it: read as the text "*b" (quote it to say so)'],
    ]);
  });
});
