// The requirements each python HTTP library writes (requirements.txt, setup.py, pyproject.toml).
// tornado departs from OAG's "tornado >= 4.2, < 5": tornado 4 does not import on the Pythons the
// package supports, and the client needs tornado's asyncio integration (see project-view.ts).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMPTY_OPTIONS, generateFiles } from "../../../src/generate.js";
import { RUNTIME_FIXTURES } from "./runtime-cases.js";

async function projectFiles(library: string): Promise<Record<string, string>> {
  const { files } = await generateFiles({
    input: path.join(RUNTIME_FIXTURES, "surface-models.yaml"),
    generator: "python",
    options: { ...EMPTY_OPTIONS, additionalProperties: { packageName: "req_client", library } },
    validate: "off",
  });
  const pick = (p: string) => String(files.find((f) => f.path === p)?.contents ?? "");
  return { requirements: pick("requirements.txt"), setup: pick("setup.py"), pyproject: pick("pyproject.toml") };
}

describe("python: requirements per HTTP library", () => {
  it.each([
    ["urllib3", [], ["aiohttp", "tornado", "httpx"]],
    ["asyncio", ["aiohttp", "aiohttp-retry"], ["tornado", "httpx"]],
    ["tornado", ["tornado"], ["aiohttp", "httpx"]],
    ["httpx", ["httpx"], ["aiohttp", "tornado"]],
  ] as const)("%s", async (library, wanted, unwanted) => {
    const f = await projectFiles(library);
    for (const text of [f.requirements!, f.setup!, f.pyproject!]) {
      for (const name of wanted) expect(text).toContain(name);
      for (const name of unwanted) expect(text).not.toContain(name);
    }
    if (library === "tornado") {
      expect(f.requirements).toMatch(/^tornado >= 6\.0$/m);
      expect(f.setup).toContain('"tornado >= 6.0"');
      expect(f.pyproject).toContain('"tornado (>=6.0)"');
    }
  });
});
