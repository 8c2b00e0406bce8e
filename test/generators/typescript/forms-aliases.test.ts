// typescript: generateAliasAsModel (array and map components are models: type aliases the
// serializer converts item by item) and, before 7.5.0 (d88023f833), a form or multipart request body
// given by `$ref` as one body parameter (`addThing(thing)`) whose properties our client sends as the
// form's fields (OAG's ObjectSerializer.stringify throws for a form media type), JSON where the spec
// also offers JSON. Type-checked strict and run against the echo server.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { fileTextOrUndefined as text } from "../../support/generated-file.js";
import { FORMS_ALIASES_SPEC } from "../../support/forms-aliases-spec.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { typeCheckAndLoadApp } from "./client-support.js";

const fixture = specWithEcho("oaswright-ts-forms-aliases-", FORMS_ALIASES_SPEC);

async function generate(additionalProperties: Record<string, string>) {
  return (await generateInMemory(fixture.spec, "typescript", additionalProperties)).files;
}

const APP = `import { AliasesApi, createConfiguration, FormsApi, Holder, ServerConfiguration, Tag, Thing } from "./index";
import type { Names, Scores, Tags } from "./index";
export async function run(url: string): Promise<unknown[]> {
    const configuration = createConfiguration({ baseServer: new ServerConfiguration<{}>(url, {}) });
    const forms = new FormsApi(configuration);
    const thing = new Thing();
    thing.name = "a b&c";
    thing.itemCount = 3;
    thing.labels = ["x", "y"];
    const seen = await forms.addThing(thing);
    const parts = await forms.addThingParts(thing);
    const either = await forms.addThingEither(thing);
    const aliases = new AliasesApi(configuration);
    const t1 = new Tag();
    t1.name = "t1";
    t1.weight = 2;
    const tags: Tags = [t1];
    const echoed = await aliases.putTags(tags);
    const holder = new Holder();
    const scores: Scores = { a: 1 };
    const names: Names = ["n"];
    holder.tags = tags;
    holder.scores = scores;
    holder.names = names;
    const back = await aliases.postHolder(holder);
    return [
        seen.contentType, seen.form,
        parts.contentType?.split(";")[0], parts.multipart?.map((p) => [p.name, p.text]),
        either.contentType, either.json instanceof Thing, either.json?.itemCount,
        echoed.json?.[0] instanceof Tag, echoed.json?.[0]?.weight,
        back.json?.scores, back.json?.names, back.json?.tags?.[0]?.name,
    ];
}
`;

describe("typescript: generateAliasAsModel and pre-7.5 form $ref bodies", () => {
  it("docs by release: one body parameter before 7.5.0, the form's fields from it", async () => {
    const old = text(await generate({ oagVersion: "7.4.0" }), "FormsApi.md")!;
    expect(old).toContain("> FormEcho addThing(thing)\n");
    expect(old).toContain(" **thing** | **Thing**|  |\n");
    const newer = text(await generate({ oagVersion: "7.5.0" }), "FormsApi.md")!;
    // (OAG's typescript API doc lists form parameters in the table only.)
    expect(newer).toContain("> FormEcho addThing()\n");
    expect(newer).toContain(" **name** | [**string**] |  | defaults to undefined\n");
  });

  it("code: type-checks strict; the 7.4.0 form body goes out as form fields, alias models round-trip", async () => {
    const files = await generate({ oagVersion: "7.4.0", generateAliasAsModel: "true" });
    expect(text(files, "models/Tags.ts")).toContain("export type Tags = Array<Tag>;");
    expect(text(files, "models/Scores.ts")).toContain("export type Scores = { [key: string]: number; };");
    expect(text(files, "apis/FormsApi.ts")).toContain("public async addThing(thing: Thing, _options?: $Configuration)");
    const dir = path.join(fixture.tmp, "ts");
    const { run } = typeCheckAndLoadApp<{ run(url: string): Promise<unknown[]> }>(dir, [...files, { path: "app.ts", contents: APP }]);
    expect(await run(fixture.echo.url)).toEqual([
      "application/x-www-form-urlencoded",
      [["name", "a b&c"], ["itemCount", "3"], ["labels", "x"], ["labels", "y"]],
      "multipart/form-data",
      [["name", "a b&c"], ["itemCount", "3"], ["labels", "x"], ["labels", "y"]],
      "application/json", true, 3,
      true, 2,
      { a: 1 }, ["n"], "t1",
    ]);
  }, 120_000);
});
