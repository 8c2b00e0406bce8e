// Tags whose API class names are equal: OAG keeps one group per sanitized tag (DefaultGenerator
// processPaths' TreeMap, DefaultCodegen.addOperationToGroup), lists every group in the README and
// writes an API doc per group, named by DefaultCodegen.apiDocFilename. From 7.9.0 (28ae69dafd
// "[windows] Fixed missing output" #19715) that name comes from uniqueCaseInsensitiveString: a key
// equal ignoring case to an earlier one gets `_0` (`File_links` after `File_Links` ->
// `FileLinks0Api.md`); keys that differ otherwise (`Work_Packages`, `WorkPackages`), and every such
// pair before 7.9.0, name one file, which the later group's doc overwrites. The corpus case
// openproject-python (7.21.0-SNAPSHOT) shows it. Our client keeps one API class per class name
// (c11dacc), so every method a doc names is on that class.

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { uniqueCaseInsensitiveKeys } from "../../../src/codegen/operations.js";
import { specFiles } from "../../support/spec-files.js";

const SPEC = `openapi: 3.0.3
info: { title: Tags, version: "1" }
paths:
  /storages:
    get: { operationId: listStorages, tags: [File Links], responses: { "204": { description: ok } } }
  /file_links:
    get: { operationId: listFileLinks, tags: [File links], responses: { "204": { description: ok } } }
  /file_links/{id}:
    delete:
      operationId: deleteFileLink
      tags: [File links]
      parameters: [{ name: id, in: path, required: true, schema: { type: integer } }]
      responses: { "204": { description: ok } }
  /work_packages:
    get: { operationId: listWorkPackages, tags: [Work Packages], responses: { "204": { description: ok } } }
  /wp:
    get: { operationId: viewWorkPackage, tags: [WorkPackages], responses: { "204": { description: ok } } }
  /pets:
    get: { operationId: listPets, tags: [PET], responses: { "204": { description: ok } } }
  /pet:
    get: { operationId: getPet, tags: [pet], responses: { "204": { description: ok } } }
`;

const specs = specFiles("oaswright-tag-case-", { "spec.yaml": SPEC });

async function generate(generator: string, oagVersion: string): Promise<Map<string, string>> {
  return new Map((await generateInMemory(specs.path("spec.yaml"), generator, { packageName: "tags", oagVersion }, { validate: "warning" })).texts);
}

const docsOf = (files: Map<string, string>, prefix: string) => [...files.keys()].filter((p) => p.startsWith(prefix) && p.endsWith("Api.md")).sort();
/** The operations an API doc's method table lists. */
const methodsOf = (doc: string) => [...doc.matchAll(/^\[\*\*(\w+)\*\*\]/gm)].map((m) => m[1]!);

describe("uniqueCaseInsensitiveKeys (DefaultCodegen.uniqueCaseInsensitiveString, 7.9.0)", () => {
  it("keeps a key asked again, suffixes keys equal ignoring case to an earlier answer", () => {
    expect(uniqueCaseInsensitiveKeys(["File_Links", "File_links", "File_Links", "FILE_LINKS", "file_links_0", "Other"])).toEqual([
      "File_Links", "File_links_0", "File_Links", "FILE_LINKS_1", "file_links_0_0", "Other",
    ]);
  });
});

describe("python: API docs and README of tags with one class name", () => {
  it("7.9.0 and later: a key equal ignoring case gets its own <Name>0Api.md; other keys overwrite", async () => {
    for (const v of ["7.9.0", "7.21.0-SNAPSHOT"]) {
      const files = await generate("python", v);
      expect(docsOf(files, "docs/")).toEqual(["docs/FileLinks0Api.md", "docs/FileLinksApi.md", "docs/PETApi.md", "docs/Pet0Api.md", "docs/WorkPackagesApi.md"]);
      // Keys in Java order: File_Links < File_links, PET < pet, WorkPackages < Work_Packages.
      const links0 = files.get("docs/FileLinks0Api.md")!;
      expect(links0.split("\n")[0]).toBe("# tags.FileLinksApi");
      expect(methodsOf(links0)).toEqual(["delete_file_link", "list_file_links"]);
      expect(links0).toContain("[**list_file_links**](FileLinksApi.md#list_file_links)");
      expect(methodsOf(files.get("docs/FileLinksApi.md")!)).toEqual(["list_storages"]);
      expect(methodsOf(files.get("docs/PETApi.md")!)).toEqual(["list_pets"]);
      // `pet` after `PET`: its own file, titled by its class name.
      expect(files.get("docs/Pet0Api.md")!.split("\n")[0]).toBe("# tags.PetApi");
      expect(methodsOf(files.get("docs/Pet0Api.md")!)).toEqual(["get_pet"]);
      // `Work_Packages` is written over `WorkPackages`.
      expect(methodsOf(files.get("docs/WorkPackagesApi.md")!)).toEqual(["list_work_packages"]);
    }
  });

  it("before 7.9.0 every such pair shares one file, the later group's", async () => {
    const files = await generate("python", "7.8.0");
    expect(docsOf(files, "docs/")).toEqual(["docs/FileLinksApi.md", "docs/PETApi.md", "docs/PetApi.md", "docs/WorkPackagesApi.md"]);
    expect(methodsOf(files.get("docs/FileLinksApi.md")!)).toEqual(["delete_file_link", "list_file_links"]);
    expect(methodsOf(files.get("docs/WorkPackagesApi.md")!)).toEqual(["list_work_packages"]);
  });

  it("the README lists every group; every documented method is on the client's one class of that name", async () => {
    const files = await generate("python", "7.21.0");
    const rows = [...files.get("README.md")!.matchAll(/^\*(\w+)\* \| \[\*\*(\w+)\*\*\]\(docs\/(\w+)\.md#/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(rows).toEqual([
      "FileLinksApi list_storages FileLinksApi",
      "FileLinksApi delete_file_link FileLinksApi",
      "FileLinksApi list_file_links FileLinksApi",
      "PETApi list_pets PETApi",
      "WorkPackagesApi view_work_package WorkPackagesApi",
      "WorkPackagesApi list_work_packages WorkPackagesApi",
      "PetApi get_pet PetApi",
    ]);
    const client = files.get("tags/api/file_links_api.py")!;
    expect(client.match(/^class \w+/gm)).toEqual(["class FileLinksApi"]);
    for (const doc of ["docs/FileLinksApi.md", "docs/FileLinks0Api.md"]) {
      for (const m of methodsOf(files.get(doc)!)) expect(client).toContain(`    def ${m}(\n`);
    }
    const wp = files.get("tags/api/work_packages_api.py")!;
    for (const m of ["list_work_packages", "view_work_package"]) expect(wp).toContain(`    def ${m}(\n`);
    expect([...files.keys()].filter((p) => /^tags\/api\/.*file_links.*\.py$/.test(p))).toEqual(["tags/api/file_links_api.py"]);
  });
});

describe("typescript and python-prior: the same rule by release", () => {
  it("typescript 7.9.0: `Pet` after `PET` (sanitizeTag camelizes) is written to Pet0Api.md", async () => {
    const files = await generate("typescript", "7.9.0");
    expect(docsOf(files, "")).toEqual(["FileLinksApi.md", "PETApi.md", "Pet0Api.md", "WorkPackagesApi.md"]);
    expect(files.get("Pet0Api.md")!.split("\n")[0]).toBe("# .PetApi");
    expect(methodsOf(files.get("Pet0Api.md")!)).toEqual(["getPet"]);
    // `File links` and `File Links` are one key (`FileLinks`) here, so one group.
    expect(methodsOf(files.get("FileLinksApi.md")!)).toEqual(["deleteFileLink", "listFileLinks", "listStorages"]);
  });

  it("typescript 7.8.0 writes `Pet`'s doc to PetApi.md beside PETApi.md", async () => {
    const files = await generate("typescript", "7.8.0");
    expect(docsOf(files, "")).toEqual(["FileLinksApi.md", "PETApi.md", "PetApi.md", "WorkPackagesApi.md"]);
  });

  it("python-prior (all its releases predate 7.9.0): the later group's doc, both groups in the README", async () => {
    const files = await generate("python-prior", "6.6.0");
    expect(methodsOf(files.get("docs/FileLinksApi.md")!)).toEqual(["delete_file_link", "list_file_links"]);
    expect(methodsOf(files.get("docs/WorkPackagesApi.md")!)).toEqual(["list_work_packages"]);
    const readme = files.get("README.md")!;
    for (const m of ["list_storages", "list_file_links", "view_work_package", "list_work_packages"]) expect(readme).toContain(`[**${m}**]`);
  });
});
