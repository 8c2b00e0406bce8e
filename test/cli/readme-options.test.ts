// The README's option tables are written from the generators' option lists
// (scripts/readme-options.mjs); an option whose behaviour changed without the README fails here.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("README option tables", () => {
  it("say what the generators' option lists say", async () => {
    const readmeUrl = new URL("../../README.md", import.meta.url);
    // @ts-expect-error: a plain .mjs script without types
    const { currentReadme } = (await import("../../scripts/readme-options.mjs")) as { currentReadme: (t: string) => Promise<string> };
    const text = readFileSync(readmeUrl, "utf8");
    expect(await currentReadme(text)).toBe(text);
  });
});
