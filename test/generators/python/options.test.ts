// python options that shape the package's runtime: datetimeFormat and dateFormat (the
// Configuration's datetime_format/date_format, used for query dates), recursionLimit
// (sys.setrecursionlimit on import), as OAG's configuration.mustache and __init__package.mustache.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { writeOutput } from "../../../src/render/write.js";
import { runPython } from "../../support/python.js";
import { RUNTIME_FIXTURES } from "./runtime-cases.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function packageWith(additionalProperties: Record<string, string>): Promise<{ dir: string; warnings: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-pyopts-"));
  dirs.push(dir);
  const result = await generateInMemory(path.join(RUNTIME_FIXTURES, "surface-models.yaml"), "python", { packageName: "opts_client", ...additionalProperties });
  writeOutput(dir, result.files.filter((f) => f.path.startsWith("opts_client/")));
  return { dir, warnings: result.warnings.map((w) => w.message) };
}

const PROBE = `
import sys
before = sys.getrecursionlimit()
import opts_client
c = opts_client.Configuration()
print(c.datetime_format, c.date_format, sys.getrecursionlimit(), sep="|")
`;

describe("python: runtime options", () => {
  it("datetimeFormat, dateFormat and recursionLimit reach the package", async () => {
    const { dir } = await packageWith({ datetimeFormat: '%Y/%m/%d "%H"', dateFormat: "%d.%m.%Y", recursionLimit: "4321" });
    fs.writeFileSync(path.join(dir, "probe.py"), PROBE);
    const r = await runPython({ cwd: dir, args: ["probe.py"] });
    expect(r.stdout + r.stderr).toBe('%Y/%m/%d "%H"|%d.%m.%Y|4321\n');
  });

  it("the defaults are OAG's and leave the recursion limit alone; a limit that is no number is warned about", async () => {
    const { dir } = await packageWith({});
    fs.writeFileSync(path.join(dir, "probe.py"), PROBE.replace("sys.getrecursionlimit(), sep", "sys.getrecursionlimit() == before, sep"));
    const r = await runPython({ cwd: dir, args: ["probe.py"] });
    expect(r.stdout + r.stderr).toBe("%Y-%m-%dT%H:%M:%S.%f%z|%Y-%m-%d|True\n");
    const bad = await packageWith({ recursionLimit: "lots" });
    expect(bad.warnings.join("\n")).toContain('recursionLimit "lots" is not a whole number');
  });
});
