// A multi-line quoted scalar whose continuation lines are indented only as far as its key: SnakeYAML
// (swagger-parser) reads it, the `yaml` library alone rejects it ("Missing closing 'quote"; found in
// ripple/payments-direct's rpd2_spec.yml). The loader re-reads the text with those lines indented one
// column more: the value is YAML's folding of the lines, and positions of keys stay where they are.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { indentQuotedContinuations, loadSpec } from "../../src/parse/load.js";

const SPEC = `openapi: 3.0.3
info: {title: t, version: "1"}
tags:
  - name: Authentication
    description: 'Use these operations.


    | Operation | Method |

    | --- | --- |

    It''s done.'
  - name: Payments
    description: "Two
    lines \\"quoted\\""
paths: {}
components:
  schemas:
    Bad: {type: string, default: [a}
`;

const dir = mkdtempSync(path.join(tmpdir(), "oaswright-yaml-cont-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("YAML: quoted scalars continued at the key's indentation", () => {
  it("are read with YAML's folding, as SnakeYAML reads them", async () => {
    const file = path.join(dir, "spec.yaml");
    writeFileSync(file, SPEC.replace("    Bad: {type: string, default: [a}\n", "    Ok: {type: string}\n"));
    const loaded = await loadSpec(file);
    const tags = loaded.root["tags"] as { name: string; description: string }[];
    expect(tags[0]!.description).toBe("Use these operations.\n\n| Operation | Method |\n| --- | --- |\nIt's done.");
    expect(tags[1]!.description).toBe('Two lines "quoted"');
    expect(loaded.sourceMap.positionOf("/tags/1/name")).toEqual({ line: 13, column: 5 });
    expect(loaded.sourceMap.positionOf("/components/schemas/Ok")).toEqual({ line: 19, column: 5 });
  });

  it("leave other YAML errors as they are", async () => {
    const file = path.join(dir, "bad.yaml");
    writeFileSync(file, SPEC);
    await expect(loadSpec(file)).rejects.toThrow(/invalid spec/);
  });

  it("indents only the continuation lines, one column past the key", () => {
    const text = "a:\n  b: 'x\n  y'\n  c: 'one line'\n";
    expect(indentQuotedContinuations(text)).toBe("a:\n  b: 'x\n   y'\n  c: 'one line'\n");
    expect(indentQuotedContinuations("a: 'x'\nb: c\n")).toBeUndefined();
  });
});
