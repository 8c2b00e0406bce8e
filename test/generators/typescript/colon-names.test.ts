// typescript: a `:` in a name becomes `_` before the name is camelized, from OAG 7.11.0
// (DefaultCodegen.sanitizeName, 4b5dfc430e #20391): the parameter `filter:kind` is `filterKind`, the
// property `a:b` is `aB`, the tag `ns:things` gives `NsThingsApi`, the enum value `x:y` the member `XY`.
// Before 7.11.0 the `:` is dropped (`filterkind`, `ab`, `NsthingsApi`, `Xy`). The expected names are
// what OAG 7.13.0, built from source and run here (sixteenth session), writes for this spec; docs and
// client alike. The 7.13.0 client is type-checked strict and run against the echo server: the renamed
// parameter and property still go out under their wire names (`filter:kind`, `a:b`).

import path from "node:path";
import { describe, expect, it } from "vitest";
import { specFiles } from "../../support/spec-files.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { generateInMemory } from "../../support/generate.js";
import { typeCheckAndLoadApp } from "./client-support.js";

const SPEC = `openapi: 3.0.3
info: { title: Colons, version: "1" }
paths:
  /things:
    get:
      operationId: "list:things"
      tags: ["ns:things"]
      parameters:
        - { name: "filter:kind", in: query, schema: { type: string } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: '#/components/schemas/Echo' } } }
    put:
      operationId: "put:thing"
      tags: ["ns:things"]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: '#/components/schemas/Echo' } } }
components:
  schemas:
    Echo:
      type: object
      properties:
        query: { type: string }
        json: { $ref: '#/components/schemas/Thing' }
    Thing:
      type: object
      properties:
        "a:b": { type: string }
        mode: { type: string, enum: ["x:y", "plain"] }
`;

const specs = specFiles("oaswright-ts-colon-names-", { "spec.yaml": SPEC });
const fixture = specWithEcho("oaswright-ts-colon-wire-", SPEC);

async function generated(oagVersion: string): Promise<(suffix: string) => string> {
  const { files } = await generateInMemory(specs.path("spec.yaml"), "typescript", { oagVersion });
  return (suffix) => {
    const file = files.find((f) => f.path.endsWith(suffix));
    if (file === undefined) throw new Error(`no ${suffix} among ${files.map((f) => f.path).join(", ")}`);
    return String(file.contents);
  };
}

describe("typescript names: `:` from 7.11.0", () => {
  it("7.13.0: filterKind, aB, NsThingsApi, XY (docs and client)", async () => {
    const text = await generated("7.13.0");
    const doc = text("NsThingsApi.md");
    expect(doc).toContain("  filterKind: \"filter:kind_example\",\n");
    expect(doc).toContain(" **filterKind** | [**string**] |  | (optional) defaults to undefined\n");
    expect(text("apis/NsThingsApi.ts")).toContain("public async listThings(filterKind?: string,");
    const model = text("models/Thing.ts");
    expect(model).toContain("aB?: string;");
    expect(model).toContain('XY: "x:y",');
  });

  it("7.10.0: the `:` is dropped (filterkind, ab, NsthingsApi, Xy)", async () => {
    const text = await generated("7.10.0");
    expect(text("NsthingsApi.md")).toContain(" **filterkind** | [**string**] |  | (optional) defaults to undefined\n");
    expect(text("apis/NsthingsApi.ts")).toContain("public async listThings(filterkind?: string,");
    const model = text("models/Thing.ts");
    expect(model).toContain("ab?: string;");
    expect(model).toContain('Xy: "x:y",');
  });

  it("7.13.0: the client type-checks and sends the wire names", async () => {
    const result = await generateInMemory(fixture.spec, "typescript", { oagVersion: "7.13.0" });
    const dir = path.join(fixture.tmp, "ts");
    const app = {
      path: "app.ts",
      contents: `import { createConfiguration, ServerConfiguration, NsThingsApi, Thing, ThingModeEnum } from "./index";
export async function run(url: string): Promise<unknown[]> {
    const configuration = createConfiguration({ baseServer: new ServerConfiguration<{}>(url, {}) });
    const api = new NsThingsApi(configuration);
    const thing = new Thing();
    thing.aB = "v";
    thing.mode = ThingModeEnum.XY;
    const echoed = await api.putThing(thing);
    const listed = await api.listThings("k");
    return [echoed.json?.aB, echoed.json?.mode, listed.query];
}
`,
    };
    const { run } = typeCheckAndLoadApp<{ run(url: string): Promise<unknown[]> }>(dir, [...result.files, app]);
    expect(await run(fixture.echo.url)).toEqual(["v", "x:y", "filter%3Akind=k"]);
  }, 120_000);
});
