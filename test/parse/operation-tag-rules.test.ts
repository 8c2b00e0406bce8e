// `--openapi-normalizer`'s rules for operations' tags (OpenAPINormalizer.normalizeOperation), found
// with the fleet corpus case (4Players/fleet-cli, typescript 7.3.0: SET_TAGS_FOR_ALL_OPERATIONS=App
// puts every operation in AppApi).

import { describe, expect, it } from "vitest";
import { parseGenerateArgs } from "../../src/cli/options.js";
import { generateFromArgs } from "../support/generate.js";
import { applyTagRules, operationTagRules } from "../../src/parse/operation-tag-rules.js";
import { specFiles } from "../support/spec-files.js";

const specs = specFiles("oaswright-tag-rules-", {
  "spec.yaml": `openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /apps:
    get: { operationId: listApps, tags: [apps, admin], responses: { "200": { description: ok } } }
  /images:
    get: { operationId: listImages, tags: [images], responses: { "200": { description: ok } } }
  /health:
    get: { responses: { "200": { description: ok } } }
`,
});

async function docs(generator: string, args: string[]): Promise<string[]> {
  const generated = await generateFromArgs(["-i", specs.path("spec.yaml"), "-g", generator, ...args]);
  return generated.files.map((f) => f.path).filter((p) => /Api\.md$/.test(p)).sort();
}

describe("--openapi-normalizer tag rules", () => {
  it("reads the rules by release, as OpenAPINormalizer.getRule does", () => {
    const all = { KEEP_ONLY_FIRST_TAG_IN_OPERATION: "true", SET_TAGS_FOR_ALL_OPERATIONS: "App", SET_TAGS_TO_OPERATIONID: "TRUE" };
    expect(operationTagRules(all, "7.3.0")).toEqual({ keepOnlyFirstTag: true, setTagsForAllOperations: "App", setTagsToOperationId: true });
    expect(operationTagRules(all, "6.4.0")).toEqual({ keepOnlyFirstTag: true, setTagsToOperationId: false });
    expect(operationTagRules(all, "6.2.1")).toEqual({ keepOnlyFirstTag: false, setTagsToOperationId: false });
    expect(operationTagRules({ KEEP_ONLY_FIRST_TAG_IN_OPERATION: "yes" }, undefined).keepOnlyFirstTag).toBe(false);
    expect(applyTagRules(["a", "b"], "op", { keepOnlyFirstTag: true, setTagsToOperationId: false })).toEqual(["a"]);
    expect(applyTagRules([], undefined, { keepOnlyFirstTag: false, setTagsToOperationId: true })).toEqual(["default"]);
  });

  it("groups the operations into the API classes the rules give", async () => {
    expect(await docs("typescript", ["-p", "oagVersion=7.3.0"])).toEqual(["AdminApi.md", "AppsApi.md", "DefaultApi.md", "ImagesApi.md"]);
    expect(await docs("typescript", ["-p", "oagVersion=7.3.0", "--openapi-normalizer", "SET_TAGS_FOR_ALL_OPERATIONS=App"])).toEqual(["AppApi.md"]);
    expect(await docs("python", ["--openapi-normalizer", "KEEP_ONLY_FIRST_TAG_IN_OPERATION=true"])).toEqual(["docs/AppsApi.md", "docs/DefaultApi.md", "docs/ImagesApi.md"]);
    expect(await docs("python", ["--openapi-normalizer", "SET_TAGS_TO_OPERATIONID=true"])).toEqual(["docs/DefaultApi.md", "docs/ListAppsApi.md", "docs/ListImagesApi.md"]);
  });

  it("reports the rules it does not apply", () => {
    const parsed = parseGenerateArgs(["-i", specs.path("spec.yaml"), "-g", "python", "--openapi-normalizer", "SET_TAGS_FOR_ALL_OPERATIONS=App,REF_AS_PARENT_IN_ALLOF=true"]);
    expect(parsed.ignored).toEqual(["--openapi-normalizer REF_AS_PARENT_IN_ALLOF"]);
    expect(parsed.options.openapiNormalizer).toEqual({ SET_TAGS_FOR_ALL_OPERATIONS: "App", REF_AS_PARENT_IN_ALLOF: "true" });
  });
});
