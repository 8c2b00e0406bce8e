// The example OAG's typescript and python-prior docs print for an integer/number without an
// example: its minimum as schema.getMinimum().toString() (TypeScriptClientCodegen /
// PythonPriorClientCodegen toExampleValueRecursive). swagger-parser reads `minimum` with
// getBigDecimal, `new BigDecimal(node.asText())`: a float literal is a Jackson DoubleNode, so
// `minimum: 0.0` prints `0.0` (llmanipulate-typescript, 7.11.0: FastAPI writes integer bounds as
// floats) and `1e7` prints `1.0E+7`. A 3.1 numeric exclusiveMinimum is exclusiveMinimumValue to
// swagger-parser, which OAG does not read: the example stays `1` / `3.14`.

import { describe, expect, it } from "vitest";
import { generateFromArgs } from "../../support/generate.js";
import { javaBigDecimalString } from "../../../src/codegen/java-format.js";
import { specFiles } from "../../support/spec-files.js";

const body = (openapi: string) => `{
  "openapi": "${openapi}",
  "info": { "title": "t", "version": "1" },
  "paths": {
    "/users": {
      "post": {
        "operationId": "createUser",
        "tags": ["users"],
        "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/NewUser" } } } },
        "responses": { "204": { "description": "done" } }
      }
    }
  },
  "components": {
    "schemas": {
      "NewUser": {
        "type": "object",
        "properties": {
          "agentType": { "type": "integer", "minimum": 0.0, "maximum": 2.0 },
          "plain": { "type": "integer", "minimum": 3 },
          "big": { "type": "number", "minimum": 1e7 },
          "half": { "type": "number", "minimum": 0.5 },
          "tiny": { "type": "number", "minimum": 1.5e-7 },
          "above": { "type": "integer", "exclusiveMinimum": 4 }
        }
      }
    }
  }
}
`;

const specs = specFiles("oaswright-minimum-examples-", { "spec30.json": body("3.0.3"), "spec31.json": body("3.1.0") });

async function doc(spec: string, generator: string, file: string, oagVersion: string): Promise<string> {
  const input = specs.path(spec);
  const { files } = await generateFromArgs(["-i", input, "-g", generator, `--additional-properties=oagVersion=${oagVersion},packageName=pkg`]);
  const f = files.find((x) => x.path.endsWith(file))!;
  return f.contents as string;
}

describe("javaBigDecimalString", () => {
  it("prints as BigDecimal.toString does", () => {
    expect(javaBigDecimalString("0.0")).toBe("0.0");
    expect(javaBigDecimalString("10.0")).toBe("10.0");
    expect(javaBigDecimalString("1.0E7")).toBe("1.0E+7");
    expect(javaBigDecimalString("1.2345678E7")).toBe("12345678");
    expect(javaBigDecimalString("1.0E-4")).toBe("0.00010");
    expect(javaBigDecimalString("1.5E-7")).toBe("1.5E-7");
    expect(javaBigDecimalString("-0.0")).toBe("0.0");
    expect(javaBigDecimalString("-2.5")).toBe("-2.5");
    expect(javaBigDecimalString("76561198042467022")).toBe("76561198042467022");
  });
});

describe("docs: the minimum as an example", () => {
  it("typescript, 3.0: the minimum's BigDecimal text", async () => {
    const d = await doc("spec30.json", "typescript", "UsersApi.md", "7.11.0");
    expect(d).toContain("    agentType: 0.0,\n    plain: 3,\n    big: 1.0E+7,\n    half: 0.5,\n    tiny: 1.5E-7,\n");
    // In a 3.0 document a numeric exclusiveMinimum is no minimum either.
    expect(d).toContain("    above: 1,\n");
  });

  it("typescript, 3.1: a numeric exclusiveMinimum is no minimum", async () => {
    const d = await doc("spec31.json", "typescript", "UsersApi.md", "7.11.0");
    expect(d).toContain("    agentType: 0.0,\n");
    expect(d).toContain("    above: 1,\n");
  });

  it("python-prior: the same rule", async () => {
    const d = await doc("spec30.json", "python-prior", "UsersApi.md", "6.6.0");
    expect(d).toMatch(/agent_type=0\.0,/);
    expect(d).toMatch(/big=1\.0E\+7,/);
  });
});
