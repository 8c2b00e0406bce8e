// The spec of the python and python-prior model-name-collision tests: two schemas whose names give
// one class (`ThingKind` and `Thing_kind`), used as a body, a property and a response, so that the
// docs show OAG's one model per class name and the clients keep both. With `primitiveAlias`, a
// second pair where the later schema is a primitive alias (`Code_name` and `CodeName`), which leaves
// OAG's docs no model of that name.

export function modelNameCollisionSpec(options: { primitiveAlias: boolean }): string {
  const aliasProperties = options.primitiveAlias ? ALIAS_PROPERTIES : "";
  const aliasSchemas = options.primitiveAlias ? ALIAS_SCHEMAS : "";
  return `openapi: 3.0.3
info: { title: Collisions, version: "1" }
paths:
  /holders:
    post:
      operationId: postHolder
      tags: [holders]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Holder" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/Echo" } } }
  /things:
    put:
      operationId: putThing
      tags: [holders]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Thing_kind" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/ThingEcho" } } }
components:
  schemas:
    ThingEcho:
      type: object
      properties:
        json: { $ref: "#/components/schemas/Thing_kind" }
    ThingKind:
      type: object
      description: the first one
      properties:
        a: { type: string }
    Holder:
      type: object
      properties:
        first: { $ref: "#/components/schemas/ThingKind" }
        second: { $ref: "#/components/schemas/Thing_kind" }
${aliasProperties}    Echo:
      type: object
      properties:
        json: { $ref: "#/components/schemas/Holder" }
    Thing_kind:
      type: object
      description: the second one
      properties:
        b: { type: integer }
${aliasSchemas}`;
}

const ALIAS_PROPERTIES = `        code: { $ref: "#/components/schemas/CodeName" }
        coded: { $ref: "#/components/schemas/Code_name" }
`;

const ALIAS_SCHEMAS = `    Code_name:
      type: object
      properties:
        x: { type: string }
    CodeName:
      type: string
`;
