// Same input, same bytes: every generator, run twice on the same spec, writes identical files.

import { describe, expect, it } from "vitest";
import { generateFiles, EMPTY_OPTIONS } from "../src/generate.js";
import { generatorNames } from "../src/generators/index.js";
import { GOLDEN_ROOT } from "./support/golden.js";

const SPECS = ["openapi-generator/typescript-echo-api/spec/echo_api.yaml", "seeds/osparc-typescript/spec/openapi.json"];

describe("determinism", () => {
  for (const generator of generatorNames()) {
    for (const spec of SPECS) {
      it(`${generator}: ${spec}`, async () => {
        const request = { input: `${GOLDEN_ROOT}/${spec}`, generator, options: EMPTY_OPTIONS, validate: "off" as const };
        const first = await generateFiles(request);
        const second = await generateFiles(request);
        expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
        for (let i = 0; i < first.files.length; i++) {
          expect(second.files[i]!.contents, first.files[i]!.path).toEqual(first.files[i]!.contents);
        }
        expect(first.files.length).toBeGreaterThan(0);
      });
    }
  }
});
