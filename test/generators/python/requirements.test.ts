// The requirements each python HTTP library writes (requirements.txt, setup.py, pyproject.toml).
// tornado departs from OAG's "tornado >= 4.2, < 5": tornado 4 does not import on the Pythons the
// package supports, and the client needs tornado's asyncio integration (see project-view.ts).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { RUNTIME_FIXTURES } from "./runtime-cases.js";

async function projectFiles(library: string): Promise<Record<string, string>> {
  const { files } = await generateInMemory(path.join(RUNTIME_FIXTURES, "surface-models.yaml"), "python", { packageName: "req_client", library });
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

// urllib3's floor by release (releases.ts urllib3Floor), read from OAG's requirements.mustache,
// setup.mustache, pyproject.mustache and README_onlypackage.mustache at the release commits: 7.0.0
// c37fa8a4e8 to 7.12.0 afc27ef4bc `>= 1.25.3`, 7.13.0 4b805ff6b7 `>= 2.1.0` (02307dbf0c, #20845).
// The source-only README lists the requirements as each release's README_onlypackage does: before
// 7.9.0 (619e4d9653) the floor alone and the others by name, with `aenum` in 7.0.x (03781d3a93).
async function generated(properties: Record<string, string>): Promise<(p: string) => string> {
  const { files } = await generateInMemory(path.join(RUNTIME_FIXTURES, "surface-models.yaml"), "python", { packageName: "req_client", ...properties });
  return (p: string) => String(files.find((f) => f.path === p)?.contents ?? "");
}

/** The README's `* ` lines under "you will need these dependencies". */
function readmeList(readme: string): string[] {
  const start = readme.indexOf("you will need these dependencies");
  expect(start).toBeGreaterThan(0);
  const section = readme.slice(start, readme.indexOf("## Getting Started", start));
  return section.split("\n").filter((l) => l.startsWith("* "));
}

describe("python: urllib3's floor by OAG release", () => {
  it.each([
    ["7.0.1", ">= 1.25.3"],
    ["7.8.0", ">= 1.25.3"],
    ["7.9.0", ">= 1.25.3"],
    ["7.11.0", ">= 1.25.3"],
    ["7.12.0", ">= 1.25.3"],
    ["7.13.0", ">= 2.1.0"],
    ["7.17.0", ">= 2.1.0"],
    [undefined, ">= 2.1.0"],
  ] as const)("%s: urllib3 %s, < 3.0.0 in requirements.txt, setup.py and pyproject.toml", async (oagVersion, floor) => {
    const file = await generated(oagVersion ? { oagVersion } : {});
    expect(file("requirements.txt").split("\n")).toContain(`urllib3 ${floor}, < 3.0.0`);
    expect(file("setup.py")).toContain(`    "urllib3 ${floor}, < 3.0.0",\n`);
    expect(file("pyproject.toml")).toContain(`  "urllib3 (${floor.replace(/ /g, "")},<3.0.0)",\n`);
    for (const text of [file("requirements.txt"), file("setup.py"), file("pyproject.toml")]) expect(text.match(/urllib3 /g)).toHaveLength(1);
  });

  it.each([
    ["7.0.1", "urllib3", ["* urllib3 >= 1.25.3", "* python-dateutil", "* pydantic", "* aenum"]],
    ["7.1.0", "urllib3", ["* urllib3 >= 1.25.3", "* python-dateutil", "* pydantic"]],
    ["7.8.0", "asyncio", ["* urllib3 >= 1.25.3", "* python-dateutil", "* aiohttp", "* pydantic"]],
    ["7.9.0", "urllib3", ["* urllib3 >= 1.25.3, < 3.0.0", "* python-dateutil >= 2.8.2", "* pydantic >= 2", "* typing-extensions >= 4.7.1"]],
    ["7.11.0", "asyncio", ["* urllib3 >= 1.25.3, < 3.0.0", "* python-dateutil >= 2.8.2", "* aiohttp >= 3.8.4", "* aiohttp-retry >= 2.8.3", "* pydantic >= 2", "* typing-extensions >= 4.7.1"]],
    ["7.12.0", "urllib3", ["* urllib3 >= 1.25.3, < 3.0.0", "* python-dateutil >= 2.8.2", "* pydantic >= 2", "* typing-extensions >= 4.7.1"]],
    ["7.13.0", "urllib3", ["* urllib3 >= 2.1.0, < 3.0.0", "* python-dateutil >= 2.8.2", "* pydantic >= 2", "* typing-extensions >= 4.7.1"]],
  ] as const)("%s (%s): the source-only README's list", async (oagVersion, library, lines) => {
    const file = await generated({ oagVersion, library, generateSourceCodeOnly: "true" });
    const readme = file("req_client_README.md");
    expect(readmeList(readme)).toEqual(lines);
  });
});
