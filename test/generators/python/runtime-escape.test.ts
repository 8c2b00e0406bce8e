// The Python escapes: exact given/want tables, then a round trip through the real Python parser
// (every hostile input must come back as itself from a literal, a docstring and a comment).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pyComment, pyDocstring, pyIdentifier, pyModulePath, pyString } from "../../../src/generators/python/runtime/escape.js";
import { runPython } from "../../support/python.js";

describe("pyString", () => {
  const table: [string, string][] = [
    ["plain", '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ["back\\slash", '"back\\\\slash"'],
    ["two\nlines\r\n", '"two\\nlines\\r\\n"'],
    ["tab\there", '"tab\\there"'],
    ["nul\u0000", '"nul\\x00"'],
    ["del\u007f", '"del\\x7f"'],
    ["sep\u2028\u2029", '"sep\\u2028\\u2029"'],
    ["lone\ud800", '"lone\\ud800"'],
    ["pair\ud83d\ude00", '"pair\ud83d\ude00"'],
    ["ünïcode", '"ünïcode"'],
    ["'single'", "\"'single'\""],
    ["{braces} %s", '"{braces} %s"'],
    ["", '""'],
  ];
  it.each(table)("%j -> %s", (given, want) => expect(pyString(given)).toBe(want));
});

describe("pyDocstring", () => {
  const table: [string, string][] = [
    ["Plain text.", "Plain text."],
    ['Ends with quote"', 'Ends with quote\\"'],
    ['Has """ inside', 'Has \\"\\"" inside'],
    ['""""', '\\"\\"\\"\\"'],
    ["C:\\path\\n", "C:\\\\path\\\\n"],
    ["line1\r\nline2\rline3", "line1\nline2\nline3"],
    ["bell\u0007", "bell\\x07"],
    ["'''single'''", "'''single'''"],
    ["lone\udc00", "lone\ufffd"],
  ];
  it.each(table)("%j -> %j", (given, want) => expect(pyDocstring(given)).toBe(want));
});

describe("pyComment", () => {
  const table: [string, string][] = [
    ["Echo Server API", "Echo Server API"],
    ["two\nlines\r\nhere", "two lines here"],
    ["-*- coding: latin-1 -*-", "-*- coding : latin-1 -*-"],
    ["vim: set fileencoding=ascii", "vim: set fileencoding =ascii"],
    ["ctl\u0000\u2028x", "ctl  x"],
  ];
  it.each(table)("%j -> %j", (given, want) => expect(pyComment(given)).toBe(want));
});

describe("pyIdentifier and pyModulePath", () => {
  const table: [string, string][] = [
    ["pet_id", "pet_id"],
    ["class", "class_"],
    ["None", "None_"],
    ["2fa", "_2fa"],
    ["a-b.c", "a_b_c"],
    ["", "_"],
  ];
  it.each(table)("%j -> %j", (given, want) => expect(pyIdentifier(given)).toBe(want));
  it("keeps dotted packages, fixing each part", () => {
    expect(pyModulePath("libica.openapi.v3")).toBe("libica.openapi.v3");
    expect(pyModulePath("my-pkg.import")).toBe("my_pkg.import_");
  });
});

describe("escapes round-trip through Python 3.13", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const hostile = [
    'quote " and """ triple',
    'ends with "',
    "backslash \\ and \\n and \\x41 and \\N{BULLET}",
    "newline\nCR\rCRLF\r\nTAB\t",
    "nul\u0000 del\u007f c1\u0085 sep\u2028\u2029 bom\ufeff",
    "lone high \ud800 and low \udc00",
    "emoji \ud83d\ude00 ünïcode",
    "# not a comment; ''' and `",
    "coding: latin-1",
    "'''",
    '"',
    "",
  ];
  it("literals and docstrings evaluate to the input; comments stay comments", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "oaswright-pyescape-"));
    dirs.push(dir);
    const lines = ["# coding: utf-8", "import json", "got = []"];
    hostile.forEach((text, i) => {
      lines.push(`# ${pyComment(text)}`);
      lines.push(`got.append(${pyString(text)})`);
      lines.push(`def f${i}() -> None:`, `    """${pyDocstring(text)}"""`, `got.append(f${i}.__doc__)`);
    });
    lines.push("print(json.dumps(got, ensure_ascii=True))");
    writeFileSync(path.join(dir, "escapes.py"), lines.join("\n") + "\n", "utf8");
    const r = await runPython({ cwd: dir, args: ["escapes.py"] });
    expect(r.code, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout) as string[];
    // Docstrings normalize line ends and replace lone surrogates (see pyDocstring); Python 3.13's
    // compiler then expands tabs in docstrings (str.expandtabs).
    const expandTabs = (line: string) => line.replace(/[^\t]*\t/g, (m) => m.slice(0, -1).padEnd(Math.ceil(m.length / 8) * 8, " "));
    const asDoc = (t: string) =>
      t
        .replace(/\r\n?/g, "\n")
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
        .split("\n")
        .map(expandTabs)
        .join("\n");
    const want = hostile.flatMap((t) => [t, asDoc(t)]);
    expect(got).toEqual(want);
  });
});
