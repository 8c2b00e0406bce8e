// The spec of the Swagger 2.0 unknown-response-type tests (typescript and python-prior docs): one
// response whose schema has a `type` swagger-models' PropertyBuilder does not know (`word`, as swag
// writes it), one of a known type.

export const SWAGGER2_UNKNOWN_RESPONSE_TYPE = `swagger: "2.0"
info: { title: t, version: "1" }
paths:
  /word/{word}:
    get:
      operationId: checkWord
      tags: [example]
      produces: [application/json]
      parameters:
        - { name: word, in: path, required: true, type: string }
      responses:
        "200":
          description: OK
          schema: { type: word }
  /count:
    get:
      operationId: countWords
      tags: [example]
      produces: [application/json]
      responses:
        "200":
          description: OK
          schema: { type: integer }
`;
