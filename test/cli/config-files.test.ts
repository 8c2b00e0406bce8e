// OpenAPI Generator's config file (-c), openapi-generator-cli's openapitools.json (batch, and
// `generate` with no -i), and config-help.

import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../support/cli.js";
import { parseGenerateArgs } from "../../src/cli/options.js";

const ROOT = path.resolve(__dirname, "..", "..");
const MINIMAL = path.join(ROOT, "fixtures/specs/minimal.yaml");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-config-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function inFolder<T>(dir: string, body: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  process.chdir(dir);
  try {
    return await body();
  } finally {
    process.chdir(before);
  }
}

describe("-c: OpenAPI Generator's config file", () => {
  it("runs from a config that gives generatorName, inputSpec and outputDir (no -i, -g, -o)", async () => {
    const out = path.join(tmp, "from-config");
    const config = path.join(tmp, "config.yaml");
    fs.writeFileSync(
      config,
      [
        "generatorName: typescript",
        `inputSpec: ${MINIMAL}`,
        `outputDir: ${out}`,
        "additionalProperties:",
        "  npmName: '@acme/items'",
        "globalProperties:",
        "  apiDocs: 'false'",
        "",
      ].join("\n"),
    );
    const r = await run("generate", "-c", config);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(out, "package.json"), "utf8")).name).toBe("@acme/items");
    // The API docs of the release reproduced (docs/ from 7.17.0) and of the older ones (the root).
    expect(fs.existsSync(path.join(out, "docs/ItemsApi.md"))).toBe(false);
    expect(fs.existsSync(path.join(out, "ItemsApi.md"))).toBe(false);
    expect(fs.existsSync(path.join(out, "apis/ItemsApi.ts"))).toBe(true);
  });

  it("reads every key of OpenAPI Generator's config; the command line wins", () => {
    const config = path.join(tmp, "all.json");
    fs.writeFileSync(
      config,
      JSON.stringify({
        generatorName: "python",
        inputSpec: "spec-from-config.yaml",
        outputDir: "out-from-config",
        templateDir: "tpl",
        ignoreFileOverride: "my-ignore",
        skipOverwrite: true,
        enableMinimalUpdate: true,
        validateSpec: false,
        packageName: "acme_client",
        gitUserId: "acme",
        additionalProperties: { projectName: "acme-client" },
        globalProperties: { models: "" },
        nameMappings: { _type: "type_" },
        modelNameMappings: { Item: "Thing" },
        parameterNameMappings: { id: "item_id" },
        inlineSchemaNameMappings: { inline_object: "Body" },
        inlineSchemaOptions: { RESOLVE_INLINE_ENUMS: "true" },
        typeMappings: { DateTime: "string" },
        importMappings: { Money: "acme.money" },
        schemaMappings: { Price: "acme.Price" },
        openapiNormalizer: { SIMPLIFY_ONEOF_ANYOF: "true" },
        someGeneratorOption: "x",
      }),
    );
    const a = parseGenerateArgs(["-c", config]);
    expect(a.generator).toBe("python");
    expect(a.input).toBe("spec-from-config.yaml");
    expect(a.output).toBe("out-from-config");
    expect(a.templateDir).toBe("tpl");
    expect(a.skipValidateSpec).toBe(true);
    expect(a.workflow).toEqual({ skipOverwrite: true, minimalUpdate: true, removeStale: false, ignoreFileOverride: "my-ignore" });
    expect(a.options.additionalProperties).toEqual({ packageName: "acme_client", gitUserId: "acme", projectName: "acme-client", someGeneratorOption: "x" });
    expect(a.options.globalProperties).toEqual({ models: "" });
    expect(a.options.nameMappings).toEqual({ _type: "type_" });
    expect(a.options.modelNameMappings).toEqual({ Item: "Thing" });
    expect(a.options.parameterNameMappings).toEqual({ id: "item_id" });
    expect(a.options.inlineSchemaNameMappings).toEqual({ inline_object: "Body" });
    expect(a.options.inlineSchemaOptions).toEqual({ RESOLVE_INLINE_ENUMS: "true" });
    expect(a.options.typeMappings).toEqual({ DateTime: "string" });
    expect(a.options.importMappings).toEqual({ Money: "acme.money" });
    expect(a.options.schemaMappings).toEqual({ Price: "acme.Price" });
    expect(a.ignored).toContain("--openapi-normalizer SIMPLIFY_ONEOF_ANYOF");
    expect(a.options.openapiNormalizer).toEqual({ SIMPLIFY_ONEOF_ANYOF: "true" });

    const b = parseGenerateArgs(["-c", config, "-g", "typescript", "-i", "cli.yaml", "-o", "cli-out", "-p", "packageName=cli", "--type-mappings", "DateTime=Date"]);
    expect([b.generator, b.input, b.output]).toEqual(["typescript", "cli.yaml", "cli-out"]);
    expect(b.options.additionalProperties.packageName).toBe("cli");
    expect(b.options.typeMappings).toEqual({ DateTime: "Date" });
  });


  it("--remove-operation-id-prefix (or the config's removeOperationIdPrefix) sets the option unless an additional property gives it", () => {
    const config = path.join(tmp, "prefix.json");
    fs.writeFileSync(config, JSON.stringify({ generatorName: "python", inputSpec: "s.yaml", removeOperationIdPrefix: true }));
    expect(parseGenerateArgs(["-c", config]).options.additionalProperties.removeOperationIdPrefix).toBe(true);
    const flag = parseGenerateArgs(["-i", "s.yaml", "-g", "python", "--remove-operation-id-prefix"]);
    expect(flag.options.additionalProperties.removeOperationIdPrefix).toBe(true);
    expect(flag.ignored).not.toContain("--remove-operation-id-prefix");
    const both = parseGenerateArgs(["-i", "s.yaml", "-g", "python", "--remove-operation-id-prefix", "-p", "removeOperationIdPrefix=false"]);
    expect(both.options.additionalProperties.removeOperationIdPrefix).toBe("false");
  });

  it("--generate-alias-as-model (or the config's generateAliasAsModel) is the workflow setting, acted on", () => {
    const config = path.join(tmp, "alias.json");
    fs.writeFileSync(config, JSON.stringify({ generatorName: "python", inputSpec: "s.yaml", generateAliasAsModel: true }));
    const fromConfig = parseGenerateArgs(["-c", config]);
    expect(fromConfig.options.generateAliasAsModelSetting).toBe(true);
    expect(fromConfig.ignored).toEqual([]);
    expect(parseGenerateArgs(["-i", "s.yaml", "-g", "python", "--generate-alias-as-model"]).options.generateAliasAsModelSetting).toBe(true);
    expect(parseGenerateArgs(["-i", "s.yaml", "-g", "python"]).options.generateAliasAsModelSetting).toBeUndefined();
  });
  it("says what is missing when the config has no inputSpec", async () => {
    const config = path.join(tmp, "no-spec.yaml");
    fs.writeFileSync(config, "generatorName: typescript\n");
    const r = await run("generate", "-c", config);
    expect(r.code).toBe(1);
    expect(r.err).toContain("missing -i/--input-spec <file or URL> (or inputSpec in the -c config file)");
  });

  it("a config key with the wrong kind of value is an error naming it", async () => {
    const config = path.join(tmp, "bad.yaml");
    fs.writeFileSync(config, "skipOverwrite: maybe\n");
    const r = await run("generate", "-c", config, "-i", MINIMAL, "-g", "typescript");
    expect(r.code).toBe(1);
    expect(r.err).toContain(`config ${config}: skipOverwrite must be true or false`);
  });
});

describe("openapitools.json (openapi-generator-cli)", () => {
  const project = (name: string, generators: Record<string, unknown>): string => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(path.join(dir, "specs"), { recursive: true });
    fs.copyFileSync(MINIMAL, path.join(dir, "specs/items.yaml"));
    fs.writeFileSync(
      path.join(dir, "openapitools.json"),
      JSON.stringify({ $schema: "node_modules/@openapitools/openapi-generator-cli/config.schema.json", spaces: 2, "generator-cli": { version: "7.12.0", generators } }, null, 2),
    );
    return dir;
  };
  const GENERATORS = {
    ts: { generatorName: "typescript", inputSpec: "specs/items.yaml", output: "#{cwd}/clients/ts-#{name}", additionalProperties: { npmName: "items-ts" } },
    py: { generatorName: "python", inputSpec: "#{cwd}/specs/items.yaml", output: "clients/py", additionalProperties: { packageName: "items_py" }, skipValidateSpec: true },
  };

  it("`batch openapitools.json` runs every generator entry, paths from the file's folder", async () => {
    const dir = project("batch", GENERATORS);
    const r = await run("batch", path.join(dir, "openapitools.json"));
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain("[ts]");
    expect(r.err).toContain("[py]");
    expect(JSON.parse(fs.readFileSync(path.join(dir, "clients/ts-items/package.json"), "utf8")).name).toBe("items-ts");
    expect(fs.existsSync(path.join(dir, "clients/py/items_py/__init__.py"))).toBe(true);
  });

  it("`generate` with no -i runs the generators of ./openapitools.json; --generator-key picks one; options apply to each", async () => {
    const dir = project("implicit", GENERATORS);
    const r = await inFolder(dir, () => run("generate", "--generator-key", "py"));
    expect(r.code, r.err).toBe(0);
    expect(fs.existsSync(path.join(dir, "clients/py/items_py/__init__.py"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "clients/ts-items"))).toBe(false);

    const all = await inFolder(dir, () => run("generate"));
    expect(all.code, all.err).toBe(0);
    expect(fs.existsSync(path.join(dir, "clients/ts-items/index.ts"))).toBe(true);

    const check = await inFolder(dir, () => run("generate", "--check"));
    expect(check.code, check.out).toBe(1); // FILES changes once the ignore file exists (OpenAPI Generator lists it only when written)
    await inFolder(dir, () => run("generate"));
    expect((await inFolder(dir, () => run("generate", "--check"))).code).toBe(0);

    const typo = await inFolder(dir, () => run("generate", "--generator-key", "pyhton"));
    expect(typo.code).toBe(1);
    expect(typo.err).toContain('no generator "pyhton" in openapitools.json; there are ts, py');
  });

  it("entries on one spec read and check it once: a spec URL is fetched once for all of them", async () => {
    let requests = 0;
    const server = http.createServer((req, res) => {
      requests++;
      res.writeHead(200, { "content-type": "application/yaml" }).end(fs.readFileSync(MINIMAL));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/items.yaml`;
      const dir = project("shared-url", {
        ts: { ...GENERATORS.ts, inputSpec: url },
        py: { ...GENERATORS.py, inputSpec: url },
        prior: { generatorName: "python-prior", inputSpec: url, output: "clients/prior" },
      });
      const r = await run("batch", path.join(dir, "openapitools.json"));
      expect(r.code, r.err).toBe(0);
      expect(requests).toBe(1);
      expect(fs.existsSync(path.join(dir, "clients/ts-items/index.ts"))).toBe(true);
      expect(fs.existsSync(path.join(dir, "clients/py/items_py/__init__.py"))).toBe(true);
      expect(fs.existsSync(path.join(dir, "clients/prior/README.md"))).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("a failing entry fails the batch, and the other entries still run", async () => {
    const dir = project("failing", { bad: { generatorName: "cobol", inputSpec: "specs/items.yaml", output: "clients/bad" }, ts: GENERATORS.ts });
    const r = await run("batch", path.join(dir, "openapitools.json"));
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown generator "cobol"');
    expect(fs.existsSync(path.join(dir, "clients/ts-items/index.ts"))).toBe(true);
  });

  it("a glob entry runs once per matching spec, with the placeholders of each ( **/ includes the top folder)", async () => {
    const dir = project("glob", { all: { generatorName: "typescript", glob: "specs/**/*.{yaml,yml}", output: "#{cwd}/out/#{relDir}/#{name}" } });
    fs.mkdirSync(path.join(dir, "specs/v2"));
    fs.copyFileSync(MINIMAL, path.join(dir, "specs/v2/orders.yml"));
    fs.writeFileSync(path.join(dir, "specs/notes.txt"), "not a spec");
    const r = await run("batch", path.join(dir, "openapitools.json"));
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`[all ${path.join("specs", "items.yaml")}]`);
    expect(r.err).toContain(`[all ${path.join("specs", "v2", "orders.yml")}]`);
    expect(fs.existsSync(path.join(dir, "out/specs/items/index.ts"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "out/specs/v2/orders/index.ts"))).toBe(true);
  });

  it("names what is wrong with a file that has no generators, or a glob that matches nothing", async () => {
    const empty = project("empty", {});
    expect((await run("batch", path.join(empty, "openapitools.json"))).err).toContain('has no generators: add entries under "generator-cli" > "generators"');
    const glob = project("glob-none", { all: { generatorName: "typescript", glob: "specs/*.json", output: "x" } });
    const r = await run("batch", path.join(glob, "openapitools.json"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`glob "specs/*.json" matches no file under ${glob}`);
  });

  it("`batch` also takes OpenAPI Generator config files", async () => {
    const out = path.join(tmp, "batch-config-out");
    const config = path.join(tmp, "batch-config.yaml");
    fs.writeFileSync(config, `generatorName: typescript\ninputSpec: ${MINIMAL}\noutputDir: ${out}\n`);
    const r = await run("batch", config);
    expect(r.code, r.err).toBe(0);
    expect(fs.existsSync(path.join(out, "index.ts"))).toBe(true);
  });
});

describe("config-help", () => {
  it.each([["batch", "--help"], ["config-help", "--help"], ["help", "batch"], ["help", "config-help"]])("%s %s prints usage", async (...argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: oaswright (batch|config-help)/);
  });

  it("lists a generator's options as OpenAPI Generator's config-help does", async () => {
    const r = await run("config-help", "-g", "typescript");
    expect(r.code).toBe(0);
    expect(r.out.startsWith("\nCONFIG OPTIONS\n\n")).toBe(true);
    expect(r.out).toContain("\tnpmName\n\t    package name in package.json and the README\n\n");
    expect(r.out).toContain("\thideGenerationTimestamp\n\t    no effect: this generator writes no generation timestamp (false is accepted) (Default: true)\n\n");
    const names = [...r.out.matchAll(/^\t(\S+)$/gm)].map((m) => m[1]!);
    expect(names).toEqual([...names].sort());
    expect(names).toContain("oagVersion");
  });

  it("python's packageName; an unknown generator is an error", async () => {
    expect((await run("config-help", "-g", "python")).out).toContain("\tpackageName\n");
    const r = await run("config-help", "-g", "cobol");
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown generator "cobol"');
    expect((await run("config-help")).err).toContain("missing -g/--generator-name");
  });
});
