// A oneOf/anyOf whose members are all strings told apart by what the string's pydantic type does
// not check. The member annotation of a patterned string is `Annotated[str, Field(strict=True)]`
// (no pattern, as OAG's python), so the guards of src/generators/python/runtime/model-views.ts
// (memberGuards) check the member's pattern, and for `format: date` / `date-time` the JSON text's
// shape (pydantic reads a date-time at midnight as a date and a date as a date-time). Without them
// every value matched both pattern members ("Multiple matches"), so none could be read or sent.
// Enum, length, bounds and date-vs-uuid members were already told apart (pydantic or the enum
// guard): checked here so they stay so. Components, a property, a path and a query parameter;
// round trip through the echo server; mypy --strict.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specWithEcho } from "../../support/spec-with-echo.js";
import { expectMypyStrict, runWithPackage } from "../../support/python-package.js";

const SPEC = `openapi: 3.0.3
info: { title: Ids, version: "1" }
paths:
  /ids/{id}:
    post:
      operationId: echoId
      parameters:
        - { name: id, in: path, required: true, schema: { $ref: "#/components/schemas/Id" } }
        - name: q
          in: query
          schema:
            oneOf:
              - { type: string, pattern: '^u-[0-9]+$' }
              - { type: string, pattern: '^g-[0-9]+$' }
      requestBody:
        content: { application/json: { schema: { $ref: "#/components/schemas/Holder" } } }
      responses:
        "200":
          description: what the server saw
          content: { application/json: { schema: { $ref: "#/components/schemas/Echo" } } }
components:
  schemas:
    Id:
      oneOf:
        - { type: string, pattern: '^u-[0-9]+$' }
        - { type: string, pattern: '^g-[0-9]+$' }
    UserId: { type: string, pattern: '^u-[0-9]+$' }
    GroupId: { type: string, pattern: '/^G-[0-9]+$/i' }
    RefId:
      oneOf:
        - $ref: "#/components/schemas/UserId"
        - $ref: "#/components/schemas/GroupId"
    AnyId:
      anyOf:
        - { type: string, pattern: '^u-[0-9]+$' }
        - { type: integer }
    Sized:
      oneOf:
        - { type: string, minLength: 1, maxLength: 3 }
        - { type: string, minLength: 4 }
    Colour:
      oneOf:
        - { type: string, enum: [red, green] }
        - { type: string, enum: [blue] }
    When:
      oneOf:
        - { type: string, format: date }
        - { type: string, format: uuid }
    Stamp:
      oneOf:
        - { type: string, format: date }
        - { type: string, format: date-time }
    Holder:
      type: object
      properties:
        id: { $ref: "#/components/schemas/Id" }
        inline:
          oneOf:
            - { type: string, pattern: '^u-[0-9]+$' }
            - { type: string, pattern: '^g-[0-9]+$' }
        refId: { $ref: "#/components/schemas/RefId" }
        anyId: { $ref: "#/components/schemas/AnyId" }
        stamp: { $ref: "#/components/schemas/Stamp" }
    Echo:
      type: object
      properties:
        path: { type: string }
        queryParams: { type: array, items: { type: array, items: { type: string } } }
        json: { $ref: "#/components/schemas/Holder" }
`;

const fixture = specWithEcho("oaswright-oneof-strings-", SPEC);

const SCRIPT = `import datetime as dt
import os
from typing import Any, Callable, List
from ids_client import ApiClient, Configuration, DefaultApi
from ids_client.models.any_id import AnyId
from ids_client.models.colour import Colour
from ids_client.models.echo_id_q_parameter import EchoIdQParameter
from ids_client.models.holder import Holder
from ids_client.models.id import Id
from ids_client.models.ref_id import RefId
from ids_client.models.sized import Sized
from ids_client.models.stamp import Stamp
from ids_client.models.when import When


def reads(read: Callable[[str], Any], text: str, expected: Any) -> None:
    got = read(text)
    assert got.actual_instance == expected and type(got.actual_instance) is type(expected), (text, got.actual_instance)
    assert got.to_json() == text or text.endswith('Z"'), (text, got.to_json())


def fails(read: Callable[[Any], Any], value: Any, message: str) -> None:
    try:
        read(value)
    except ValueError as e:
        assert message in str(e), (value, str(e))
        return
    raise AssertionError(f"{value!r} was read")


for cls in (Id, EchoIdQParameter):
    reads(cls.from_json, '"u-1"', "u-1")
    reads(cls.from_json, '"g-22"', "g-22")
    fails(cls.from_json, '"x-3"', "No match found when deserializing the JSON string into")
    assert cls("u-7").actual_instance == "u-7"
    fails(cls, "x-7", "No match found when setting \`actual_instance\`")
reads(RefId.from_json, '"u-1"', "u-1")
reads(RefId.from_json, '"g-2"', "g-2")
fails(RefId.from_json, '"x-2"', "No match found")
reads(AnyId.from_json, '"u-1"', "u-1")
reads(AnyId.from_json, "5", 5)
fails(AnyId.from_json, '"x-1"', "No match found")
reads(Sized.from_json, '"ab"', "ab")
reads(Sized.from_json, '"abcd"', "abcd")
fails(Sized.from_json, '""', "No match found")
reads(Colour.from_json, '"blue"', "blue")
fails(Colour.from_json, '"pink"', "No match found")
reads(When.from_json, '"2020-01-02"', dt.date(2020, 1, 2))
fails(When.from_json, '"nope"', "No match found")
reads(Stamp.from_json, '"2020-01-02"', dt.date(2020, 1, 2))
reads(Stamp.from_json, '"2020-01-02T00:00:00Z"', dt.datetime(2020, 1, 2, tzinfo=dt.timezone.utc))
fails(Stamp.from_json, "7", "No match found")
assert Stamp(dt.date(2020, 1, 2)).actual_instance == dt.date(2020, 1, 2)
assert type(Stamp(dt.datetime(2020, 1, 2)).actual_instance) is dt.datetime

api = DefaultApi(ApiClient(Configuration(host=os.environ["ECHO_URL"])))
read = Holder.from_json('{"id": "g-1", "inline": "u-2", "refId": "G-3", "anyId": 4, "stamp": "2020-01-02"}')
assert read is not None
body: Holder = read
seen = api.echo_id(Id("u-9"), q=EchoIdQParameter("g-8"), holder=body)
assert seen.path == "/ids/u-9", seen.path
pairs: List[List[str]] = seen.var_query_params or []
assert ["q", "g-8"] in pairs, pairs
back = seen.var_json
assert back is not None and back.to_dict() == body.to_dict(), back
assert back.id is not None and back.id.actual_instance == "g-1"
assert back.stamp is not None and back.stamp.actual_instance == dt.date(2020, 1, 2)
print("ok", back.to_json())
`;

describe("python: oneOf/anyOf members that are strings told apart by their constraints", () => {
  it("code: a value of exactly one member is read and sent back, others fail; mypy --strict", async () => {
    const { files, text } = await generateInMemory(fixture.spec, "python", { packageName: "ids_client" });
    expect(text("ids_client/models/id.py")).toContain(`re.search("^u-[0-9]+$", guarded) is not None`);
    const dir = path.join(fixture.tmp, "py");
    const r = await runWithPackage(dir, files, "use_ids.py", SCRIPT, { ECHO_URL: fixture.echo.url });
    expect(r.stdout).toContain(`"refId": "G-3"`);
    await expectMypyStrict(dir, ["ids_client", "use_ids.py"]);
  }, 300_000);
});
