// 3.1 `$ref`s written with siblings (`{$ref, description, summary}`), by release:
// - OpenAPINormalizer #22364 (7.18.0) makes `{description, summary, allOf: [{$ref}]}` of them
//   (RefSchema.siblingsAllOf31). Typescript's example writer then sees an untyped composition
//   (ModelUtils.isAnyType), so a body written so has the example `null`; before, the `$ref` branch
//   wrote the model's object. Swagger-core's SchemaSerializer writes a `$ref` schema as the `$ref`
//   alone, so before 7.18.0 the siblings never kept two inline models apart; the wrapper is no
//   `$ref` schema and serializes with them (`summary` too, an extension to swagger-parser).
// - InlineModelResolver #23856 (7.23.0) looks an inline model up by its structural signature
//   (description, type and example left out) when the exact one fails; #24192 (7.24.0) keeps that
//   for titled schemas. So at 7.23.0 two bodies whose `$ref` member differs in its description only
//   share one model, and one whose `summary` differs gets its own.
// Found with the corpus case monad (monad-inc/sdk, 7.23.0: UpdateSecret takes CreateSecret_request,
// PreviewInput gets its own model beside ReplaceInput's).

import { describe, expect, it } from "vitest";
import { generateInMemory } from "../support/generate.js";
import { specFiles } from "../support/spec-files.js";

const body = (description: string, summary: string) => `
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - type: object
                - $ref: "#/components/schemas/Secret"
                  description: ${description}
                  summary: ${summary}
      responses:
        "204": { description: done }`;

const spec = (openapi: string) => `openapi: ${openapi}
info: { title: Secrets, version: "1" }
paths:
  /secrets:
    post:
      operationId: CreateSecret
      tags: [Secrets]${body("Secret to create", "secret")}
  /secrets/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
    patch:
      operationId: UpdateSecret
      tags: [Secrets]${body("Secret updates", "secret")}
    put:
      operationId: ReplaceSecret
      tags: [Secrets]${body("Secret updates", "replacement")}
  /wallets:
    post:
      operationId: CreateWallet
      tags: [Secrets]
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Wallet" }
      responses:
        "204": { description: done }
  /owners:
    post:
      operationId: CreateOwner
      tags: [Secrets]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/Owner"
              description: The owner
              summary: owner
      responses:
        "204": { description: done }
components:
  schemas:
    Secret:
      type: object
      properties:
        name: { type: string }
    Owner:
      type: object
      properties:
        email: { type: string }
    Wallet:
      type: object
      properties:
        owner:
          $ref: "#/components/schemas/Owner"
          description: Who holds it
`;

const specs = specFiles("oaswright-ref-siblings-31-", { "spec31.yaml": spec("3.1.0"), "spec30.yaml": spec("3.0.3") });

async function generate(file: string, generator: "python" | "typescript", oagVersion: string): Promise<Map<string, string>> {
  const additionalProperties = generator === "python" ? { packageName: "secrets_client", oagVersion } : { oagVersion };
  return new Map((await generateInMemory(specs.path(file), generator, additionalProperties, { validate: "warning" })).texts);
}

/** The body parameter each python operation takes, by operation. */
async function pythonBodies(file: string, oagVersion: string): Promise<Record<string, string>> {
  const doc = (await generate(file, "python", oagVersion)).get("docs/SecretsApi.md")!;
  const out: Record<string, string> = {};
  for (const m of doc.matchAll(/^> (?:\S+ )?(\w+)\((.*)\)$/gm)) out[m[1]!] = m[2]!.split(", ").at(-1)!;
  return out;
}

describe("3.1 $ref siblings: inline model reuse", () => {
  it("before 7.18.0 the siblings do not count (the $ref alone is serialized): every body reuses the first model", async () => {
    expect(await pythonBodies("spec31.yaml", "7.17.0")).toMatchObject({
      create_secret: "create_secret_request",
      update_secret: "create_secret_request",
      replace_secret: "create_secret_request",
    });
  });

  it("7.18.0 to 7.22: the allOf wrapper serializes with its description: no reuse", async () => {
    for (const v of ["7.18.0", "7.22.0"]) {
      expect(await pythonBodies("spec31.yaml", v), v).toMatchObject({
        create_secret: "create_secret_request",
        update_secret: "update_secret_request",
        replace_secret: "replace_secret_request",
      });
    }
  });

  it("7.23.0: the structural signature leaves the description out, not the summary", async () => {
    expect(await pythonBodies("spec31.yaml", "7.23.0")).toMatchObject({
      create_secret: "create_secret_request",
      update_secret: "create_secret_request",
      replace_secret: "replace_secret_request",
    });
  });

  it("7.24.0: untitled schemas are matched exactly again", async () => {
    expect(await pythonBodies("spec31.yaml", "7.24.0")).toMatchObject({
      update_secret: "update_secret_request",
      replace_secret: "replace_secret_request",
    });
  });

  it("3.0: swagger-parser keeps none of the siblings, every release reuses", async () => {
    expect(await pythonBodies("spec30.yaml", "7.23.0")).toMatchObject({
      update_secret: "create_secret_request",
      replace_secret: "create_secret_request",
    });
  });
});

describe("3.1 $ref siblings: typescript body example", () => {
  const exampleOf = (doc: string) => /^ {2}owner: (.*?),?$/m.exec(doc)?.[1];

  it("from 7.18.0 a body written {$ref, description, summary} is an untyped composition: null", async () => {
    for (const v of ["7.18.0", "7.23.0"]) {
      const doc = (await generate("spec31.yaml", "typescript", v)).get("docs/SecretsApi.md")!;
      expect(exampleOf(doc), v).toBe("null");
    }
  });

  it("before 7.18.0, and in 3.0, the $ref branch writes the model's object", async () => {
    for (const [file, v] of [
      ["spec31.yaml", "7.17.0"],
      ["spec30.yaml", "7.23.0"],
    ] as const) {
      const doc = (await generate(file, "typescript", v)).get("docs/SecretsApi.md")!;
      expect(exampleOf(doc), `${file} ${v}`).toBe("{");
    }
  });

  it("a property written so is `name: null` inside its model's example from 7.18.0", async () => {
    const walletOwner = (doc: string) => /^ {2}wallet: \{\n {4}owner: (.*)$/m.exec(doc)?.[1];
    expect(walletOwner((await generate("spec31.yaml", "typescript", "7.18.0")).get("docs/SecretsApi.md")!)).toBe("null,");
    expect(walletOwner((await generate("spec31.yaml", "typescript", "7.17.0")).get("docs/SecretsApi.md")!)).toBe("{");
  });
});
