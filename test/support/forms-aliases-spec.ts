// The spec of the generateAliasAsModel and pre-7.5 form `$ref` body tests (python and typescript):
// array and map components that become models with the option, and request bodies given by `$ref`
// whose media type is a form (urlencoded only, multipart only, urlencoded before JSON). Every
// operation answers with what the echo server saw.

export const FORMS_ALIASES_SPEC = `openapi: 3.0.3
info: { title: Forms and aliases, version: "1" }
paths:
  /tags:
    put:
      operationId: putTags
      tags: [aliases]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Tags" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/TagsEcho" } } }
  /holder:
    post:
      operationId: postHolder
      tags: [aliases]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Holder" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/HolderEcho" } } }
  /things:
    post:
      operationId: addThing
      tags: [forms]
      requestBody: { $ref: "#/components/requestBodies/NewThing" }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/FormEcho" } } }
  /things/parts:
    post:
      operationId: addThingParts
      tags: [forms]
      requestBody: { $ref: "#/components/requestBodies/ThingParts" }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/FormEcho" } } }
  /things/either:
    post:
      operationId: addThingEither
      tags: [forms]
      requestBody: { $ref: "#/components/requestBodies/ThingEither" }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/FormEcho" } } }
components:
  requestBodies:
    NewThing:
      required: true
      content: { application/x-www-form-urlencoded: { schema: { $ref: "#/components/schemas/Thing" } } }
    ThingParts:
      required: true
      content: { multipart/form-data: { schema: { $ref: "#/components/schemas/Thing" } } }
    ThingEither:
      required: true
      content:
        application/x-www-form-urlencoded: { schema: { $ref: "#/components/schemas/Thing" } }
        application/json: { schema: { $ref: "#/components/schemas/Thing" } }
  schemas:
    Thing:
      type: object
      required: [name]
      properties:
        name: { type: string }
        itemCount: { type: integer }
        labels: { type: array, items: { type: string } }
    Tag:
      type: object
      required: [name]
      properties:
        name: { type: string }
        weight: { type: integer }
    Tags:
      type: array
      description: Some tags
      items: { $ref: "#/components/schemas/Tag" }
    Scores:
      type: object
      additionalProperties: { type: integer }
    Names:
      type: array
      items: { type: string }
    Marked:
      type: array
      x-generate-alias-as-model: true
      items: { type: integer }
    Holder:
      type: object
      properties:
        tags: { $ref: "#/components/schemas/Tags" }
        scores: { $ref: "#/components/schemas/Scores" }
        names: { $ref: "#/components/schemas/Names" }
    TagsEcho:
      type: object
      properties:
        contentType: { type: string }
        json: { $ref: "#/components/schemas/Tags" }
    HolderEcho:
      type: object
      properties:
        json: { $ref: "#/components/schemas/Holder" }
    FormEcho:
      type: object
      properties:
        contentType: { type: string }
        form: { type: array, items: { type: array, items: { type: string } } }
        json: { $ref: "#/components/schemas/Thing" }
        multipart:
          type: array
          items:
            type: object
            properties:
              name: { type: string }
              text: { type: string }
`;
