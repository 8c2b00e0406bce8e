// Inline schema reuse as OAG's InlineModelResolver.matchGenerated decides it (Json.pretty of both
// schemas): a number written `0.0` is a double there and prints `0.0`, so a schema with
// `example: 0.0` is no reuse of an equal one with `example: 0` (tebexcheckout corpus case, python 7.5.0).

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateFromArgs } from "../support/generate.js";

const root = mkdtempSync(path.join(tmpdir(), "oaswright-reuse-literals-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function spec(fees: string, price: string, ext: "yaml" | "json", feesKey = "fees"): string {
  const file = path.join(root, `spec-${feesKey}-${fees}-${price}.${ext}`);
  const money = (example: string) => ({ type: "object", properties: { amount: { type: "number", example: `@${example}@` }, currency: { type: "string" } } });
  const doc = {
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {},
    components: {
      schemas: {
        Payment: { type: "object", properties: { [feesKey]: { type: "object", properties: { tax: money(fees) } } } },
        PaymentSubject: { type: "object", properties: { price: money(price) } },
      },
    },
  };
  // The literal as written (JSON.stringify would print 0.0 as 0).
  writeFileSync(file, JSON.stringify(doc, null, 2).replace(/"@([^@]*)@"/g, "$1"));
  return file;
}

async function models(file: string): Promise<string[]> {
  const generated = await generateFromArgs(["-i", file, "-g", "python"]);
  return generated.files.map((f) => f.path).filter((p) => p.startsWith("docs/") && !p.endsWith("Api.md")).sort();
}

describe("inline schema reuse and number literals", () => {
  it("keeps `example: 0.0` and `example: 0` apart", async () => {
    expect(await models(spec("0.0", "0", "json"))).toEqual(["docs/Payment.md", "docs/PaymentFees.md", "docs/PaymentFeesTax.md", "docs/PaymentSubject.md", "docs/PaymentSubjectPrice.md"]);
  });

  it("reuses an equal schema written alike", async () => {
    expect(await models(spec("0", "0", "json"))).toEqual(["docs/Payment.md", "docs/PaymentFees.md", "docs/PaymentFeesTax.md", "docs/PaymentSubject.md"]);
    expect(await models(spec("0.0", "0.0", "json"))).toEqual(["docs/Payment.md", "docs/PaymentFees.md", "docs/PaymentFeesTax.md", "docs/PaymentSubject.md"]);
  });

  it("finds the literal below an integer-like key (stored with its prefix)", async () => {
    expect(await models(spec("0.0", "0", "json", "2"))).toEqual(["docs/Payment.md", "docs/Payment2.md", "docs/Payment2Tax.md", "docs/PaymentSubject.md", "docs/PaymentSubjectPrice.md"]);
  });
});
