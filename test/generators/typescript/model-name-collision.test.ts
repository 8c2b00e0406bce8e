// typescript: two schemas whose names give one class (`ThingKind` and `Thing_kind`). OpenAPI
// Generator keeps one model per class name (DefaultGenerator's TreeMap, src/codegen/model-names.ts),
// so its API docs name the body parameter and its type after that class; ours do the same, and the
// client's parameter has that name too, while the code keeps both models (`ThingKind2`, warned).
// Type-checked strict and run against the echo server.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { typeCheckAndLoadApp } from "./client-support.js";

const SPEC = `openapi: 3.0.3
info: { title: Collisions, version: "1" }
paths:
  /things:
    put:
      operationId: putThing
      tags: [things]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Thing_kind" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/ThingEcho" } } }
components:
  schemas:
    ThingKind:
      type: object
      properties:
        a: { type: string }
    ThingEcho:
      type: object
      properties:
        json: { $ref: "#/components/schemas/Thing_kind" }
        first: { $ref: "#/components/schemas/ThingKind" }
    Thing_kind:
      type: object
      properties:
        b: { type: integer }
`;

const fixture = specWithEcho("oaswright-ts-model-collision-", SPEC);

describe("typescript: schemas that share a class name", () => {
  it("docs use OAG's class name; the client's parameter has that name and both models type-check and run", async () => {
    const result = await generateInMemory(fixture.spec, "typescript");
    expect(result.warnings.map((w) => w.message)).toContain('model "Thing_kind" is named ThingKind2: ThingKind is taken by "ThingKind"');
    const doc = String(result.files.find((f) => f.path === "docs/ThingsApi.md")?.contents);
    expect(doc).toContain("> ThingEcho putThing(thingKind)\n");
    expect(doc).toContain(" **thingKind** | **ThingKind**|  |\n");
    expect(doc).not.toContain("ThingKind2");

    const dir = path.join(fixture.tmp, "ts");
    const app = {
      path: "app.ts",
      contents: `import { createConfiguration, ServerConfiguration, ThingsApi, ThingKind, ThingKind2 } from "./index";
import { ObjectThingsApi } from "./types/ObjectParamAPI";
export async function run(url: string): Promise<unknown[]> {
    const configuration = createConfiguration({ baseServer: new ServerConfiguration<{}>(url, {}) });
    const thing = new ThingKind2();
    thing.b = 3;
    const echoed = await new ThingsApi(configuration).putThing(thing);
    const viaObject = await new ObjectThingsApi(configuration).putThing({ thingKind: thing });
    const first: ThingKind | undefined = echoed.first;
    return [echoed.json instanceof ThingKind2, echoed.json?.b, viaObject.json?.b, first];
}
`,
    };
    const { run } = typeCheckAndLoadApp<{ run(url: string): Promise<unknown[]> }>(dir, [...result.files, app]);
    expect(await run(fixture.echo.url)).toEqual([true, 3, 3, undefined]);
  }, 120_000);
});
