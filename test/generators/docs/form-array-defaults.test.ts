// A form field that is an array takes its items' default, not its own: DefaultCodegen.fromFormProperty
// sets `codegenParameter.defaultValue = arrayInnerProperty.getDefaultValue()` (d4b8ff60a1 #10334,
// 5.3.0; the typescript row formArrayItemsDefault). oapicf/openapi-openai 6de4d55b (python 7.18.0,
// corpus case openai-python-7-18): CreateTranscriptionRequest's `timestamp_granularities[]`
// (`type: array, default: [segment]`, enum items without a default) is documented in AudioApi.md with
// the generic example `['timestamp_granularities_example']` and no `(default to ...)`.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";

const specs = specFiles("oaswright-form-array-defaults-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: Audio, version: "1" }
paths:
  /transcriptions:
    post:
      tags: [Audio]
      operationId: createTranscription
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema: { $ref: "#/components/schemas/TranscriptionRequest" }
      responses:
        "200": { description: ok }
components:
  schemas:
    Granularities:
      type: array
      items: { type: string }
      default: [word]
    TranscriptionRequest:
      type: object
      required: [model]
      properties:
        model: { type: string, default: whisper }
        granularities:
          type: array
          items: { type: string, enum: [word, segment] }
          default: [segment]
        shared:
          $ref: "#/components/schemas/Granularities"
`,
});

describe("an array form field's default in the python API docs", () => {
  it("is its items' (none), not the array's own", async () => {
    const f = (await generateInMemory(specs.path("spec.yaml"), "python", { packageName: "audio_client", oagVersion: "7.18.0" })).text;
    const doc = f("docs/AudioApi.md");
    expect(doc).toContain("    granularities = ['granularities_example'] # List[str] |  (optional)\n");
    expect(doc).toContain("    shared = ['shared_example'] # List[str] |  (optional)\n");
    expect(doc).not.toContain("default to [");
    // a scalar form field keeps its own default
    expect(doc).toContain("(default to 'whisper')");
  });
});
