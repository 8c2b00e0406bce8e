// Which path items the inline planner flattens, by release (src/parse/inline.ts PROFILE_ROWS):
// InlineModelResolver flattened only the operations' parameters until 9579122945 (#19460, first in
// 7.9.0) added the path item's own parameters (`<path>_<name>_parameter`), and left the 3.1
// `webhooks` alone until 093a51ee21 (#20165, first in 7.11.0, flattenWebhooks).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../support/generate.js";
import { specFiles } from "../support/spec-files.js";
import { ITEM_ADDED_WEBHOOKS } from "../support/webhooks-spec.js";

const spec = `openapi: 3.1.0
info: { title: Hooks, version: "1" }
paths:
  /items:
    parameters:
      - name: filter
        in: query
        style: deepObject
        schema:
          type: object
          properties:
            size: { type: integer }
    get:
      operationId: listItems
      responses:
        "204": { description: none }
${ITEM_ADDED_WEBHOOKS}`;

const specs = specFiles("oaswright-path-params-webhooks-", { "spec.yaml": spec });

async function models(oagVersion: string): Promise<string[]> {
  const generated = await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "hooks", oagVersion }, { validate: "warning" });
  return generated.files.map((f) => f.path).filter((p) => p.startsWith("docs/") && !p.endsWith("Api.md")).sort();
}

describe("path-level parameters and webhooks in the inline planner", () => {
  it("7.8.0 hoists neither", async () => {
    expect(await models("7.8.0")).toEqual([]);
  });

  it("7.9.0 and 7.10.0 hoist the path-level parameter's schema, not the webhook's", async () => {
    for (const v of ["7.9.0", "7.10.0"]) expect(await models(v), v).toEqual(["docs/ItemsFilterParameter.md"]);
  });

  it("7.11.0 on hoist both", async () => {
    for (const v of ["7.11.0", "7.24.0"]) expect(await models(v), v).toEqual(["docs/ItemAddedRequest.md", "docs/ItemsFilterParameter.md"]);
  });
});
