// Regression tests for the python failures issue 12 names, on fixtures/prism/python-cases.yaml, in
// both python clients (python-prior has its own model code): nullable array items and map values,
// a oneOf whose first member fails with AttributeError on the second member's data, and an allOf
// with a oneOf member whose alternatives narrow `type` to one enum value each. (The Prism suite
// runs the same spec over the wire.)

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_OPTIONS, generateFiles } from "../../src/generate.js";
import { writeOutput } from "../../src/render/write.js";
import { runPython } from "../support/python.js";

const SPEC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "prism", "python-cases.yaml");
const SPEC_31 = path.resolve(path.dirname(SPEC), "python-cases-31.yaml");
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-py-cases-"));
  for (const generator of ["python", "python-prior"]) {
    const { files } = await generateFiles({ input: SPEC, generator, options: EMPTY_OPTIONS, validate: "off" });
    writeOutput(path.join(root, generator), files);
  }
  const { files } = await generateFiles({ input: SPEC_31, generator: "python", options: EMPTY_OPTIONS, validate: "off" });
  writeOutput(path.join(root, "python-31"), files);
}, 120_000);

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

async function python(generator: string, script: string): Promise<string> {
  fs.writeFileSync(path.join(root, generator, "case.py"), script);
  const r = await runPython({ cwd: path.join(root, generator), args: ["case.py"] });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r.stdout.trim();
}

describe("python (pydantic)", () => {
  it("nullable array items and map values decode, and survive a round trip", async () => {
    const out = await python(
      "python",
      `import json
from openapi_client.models import Holder
data = {"ids": ["a", None], "aliases": [None, "b"], "tags": [{"name": "t"}, None], "labels": {"x": "1", "y": None}}
h = Holder.from_dict(data)
print(json.dumps(h.to_dict(), sort_keys=True))
print(Holder.model_fields["ids"].annotation)
`,
    );
    expect(out.split("\n")).toEqual([
      '{"aliases": [null, "b"], "ids": ["a", null], "labels": {"x": "1", "y": null}, "tags": [{"name": "t"}, null]}',
      "typing.Optional[typing.List[typing.Optional[typing.Annotated[str, Strict(strict=True)]]]]",
    ]);
  });

  it("oneOf: a member raising AttributeError on the data does not stop the search", async () => {
    const out = await python(
      "python",
      `from openapi_client.models import Group, ItemList, ItemsByKey
g = Group.from_dict({"items": [{"name": "a"}]})
print(type(g.actual_instance).__name__, g.to_dict())
g = Group.from_dict({"items": {"k": {"name": "a"}}})
print(type(g.actual_instance).__name__, g.to_dict())
`,
    );
    expect(out.split("\n")).toEqual(["ItemList {'items': [{'name': 'a'}]}", "ItemsByKey {'items': {'k': {'name': 'a'}}}"]);
  });

  it("allOf with a oneOf member: every alternative's enum value is accepted", async () => {
    const out = await python(
      "python",
      `from openapi_client.models import Vehicle
for t in ["car", "bike", "boat"]:
    print(Vehicle.from_dict({"id": "v", "type": t}).to_dict())
try:
    Vehicle.from_dict({"id": "v", "type": "plane"})
    print("plane accepted")
except ValueError:
    print("plane rejected")
`,
    );
    expect(out.split("\n")).toEqual(["{'id': 'v', 'type': 'car'}", "{'id': 'v', 'type': 'bike'}", "{'id': 'v', 'type': 'boat'}", "plane rejected"]);
  });
});

describe("python (pydantic): null and oneOf as JSON Schema reads them (GitHub's shapes, session 5)", () => {
  const base = `import json
from openapi_client.models import Ticket, TicketBudgetType
base = {"assignee": None, "closed_by": None, "reviewers": [{"login": "a"}, None, {"slug": "s"}]}
def member(field, value):
    x = getattr(Ticket.from_dict({**base, field: value}), field)
    print(type(x.actual_instance).__name__, json.dumps(x.to_dict(), sort_keys=True, default=str))
`;

  it("a required $ref to a nullable model (direct and allOf-wrapped) takes null; items that are a oneOf with a nullable alternative take null", async () => {
    const out = await python(
      "python",
      `${base}
print(json.dumps(Ticket.from_dict(base).to_dict(), sort_keys=True))
print(json.dumps(Ticket(assignee=None, closed_by=None, reviewers=[None]).to_dict(), sort_keys=True))
print(Ticket.model_fields["assignee"].annotation, Ticket.model_fields["assignee"].is_required())
`,
    );
    expect(out.split("\n")).toEqual([
      '{"assignee": null, "closed_by": null, "reviewers": [{"login": "a"}, null, {"slug": "s"}]}',
      '{"assignee": null, "closed_by": null, "reviewers": [null]}',
      "typing.Optional[openapi_client.models.nullable_user.NullableUser] True",
    ]);
  });

  it("oneOf alternatives that overlap for pydantic match as JSON Schema does", async () => {
    const out = await python(
      "python",
      `${base}
for v in ["a", "b", "c"]:
    print(Ticket.from_dict({**base, "budget_type": v}).to_dict()["budget_type"], TicketBudgetType(v).actual_instance)
for bad in ["d", 1]:
    try:
        Ticket.from_dict({**base, "budget_type": bad})
        print(repr(bad), "accepted")
    except ValueError:
        print(repr(bad), "rejected")
member("author", {"slug": "s"})
member("author", {"x": 1})
member("committer", {"slug": "s"})
member("committer", {})
print(Ticket.from_dict({**base, "committer": None}).committer)
member("owner", {"login": "l", "plan": "p"})
member("owner", {"login": "l"})
member("created_at", 3)
member("created_at", "2020-01-02T03:04:05Z")
`,
    );
    expect(out.split("\n")).toEqual([
      "a a",
      "b b",
      "c c",
      "'d' rejected",
      "1 rejected",
      'Team {"slug": "s"}',
      'dict {"x": 1}',
      'Team {"slug": "s"}',
      "dict {}",
      "None",
      'PrivateUser {"login": "l", "plan": "p"}',
      'PublicUser {"login": "l"}',
      "int 3",
      'datetime "2020-01-02 03:04:05+00:00"',
    ]);
  });
});

describe("python (pydantic): OpenAPI 3.1's null shapes and a required read-only property", () => {
  it("type lists with null, oneOf/anyOf with a null alternative (required and as items) take null; a read-only property is not demanded", async () => {
    const out = await python(
      "python-31",
      `import json
from openapi_client.models import Box
d = {"owner": None, "other": None, "maybe": None, "list": [{"id": 1}, None], "users": [None, {"login": "u"}]}
print(json.dumps(Box.from_dict(d).to_dict(), sort_keys=True))
print(json.dumps(Box.from_dict({**d, "score": 1.5, "owner": {"login": "o"}}).to_dict(), sort_keys=True))
print(json.dumps(Box(owner=None, other=None, maybe=None).to_dict(), sort_keys=True))
print(Box.model_fields["owner"].is_required(), Box.model_fields["score"].is_required())
`,
    );
    expect(out.split("\n")).toEqual([
      '{"list": [{"id": 1}, null], "maybe": null, "other": null, "owner": null, "users": [null, {"login": "u"}]}',
      '{"list": [{"id": 1}, null], "maybe": null, "other": null, "owner": {"login": "o"}, "users": [null, {"login": "u"}]}',
      '{"maybe": null, "other": null, "owner": null}',
      "True False",
    ]);
  });
});

describe("python-prior", () => {
  const decode = (value: string, type: string) => `model_utils.validate_and_convert_types(${value}, (${type},), ["x"], True, True, configuration=Configuration())`;
  it("the same three cases decode", async () => {
    const out = await python(
      "python-prior",
      `from openapi_client import model_utils
from openapi_client.configuration import Configuration
from openapi_client.model.holder import Holder
from openapi_client.model.group import Group
from openapi_client.model.vehicle import Vehicle
h = ${decode('{"ids": ["a", None], "aliases": [None, "b"], "tags": [{"name": "t"}, None], "labels": {"x": "1", "y": None}}', "Holder")}
print(model_utils.model_to_dict(h))
for data in [{"items": [{"name": "a"}]}, {"items": {"k": {"name": "a"}}}]:
    g = ${decode("data", "Group")}
    print(model_utils.model_to_dict(g))
for t in ["car", "bike", "boat"]:
    print(model_utils.model_to_dict(${decode('{"id": "v", "type": t}', "Vehicle")}))
`,
    );
    expect(out.split("\n")).toEqual([
      "{'ids': ['a', None], 'aliases': [None, 'b'], 'tags': [{'name': 't'}, None], 'labels': {'x': '1', 'y': None}}",
      "{'items': [{'name': 'a'}]}",
      "{'items': {'k': {'name': 'a'}}}",
      "{'id': 'v', 'type': 'car'}",
      "{'id': 'v', 'type': 'bike'}",
      "{'id': 'v', 'type': 'boat'}",
    ]);
  });

  it("GitHub's shapes (session 5): null for a required nullable $ref and in oneOf items; overlapping oneOf alternatives", async () => {
    const out = await python(
      "python-prior",
      `import json
from openapi_client import model_utils
from openapi_client.configuration import Configuration
from openapi_client.model.ticket import Ticket
base = {"assignee": None, "closed_by": None, "reviewers": [{"login": "a"}, None, {"slug": "s"}]}
for extra in [{}, {"budget_type": "c"}, {"author": {"slug": "s"}}, {"author": {"x": 1}}, {"committer": {"slug": "s"}}, {"committer": {}}, {"committer": None},
              {"owner": {"login": "l", "plan": "p"}}, {"owner": {"login": "l"}}, {"created_at": 3}, {"created_at": "2020-01-02T03:04:05Z"}]:
    t = ${decode("{**base, **extra}", "Ticket")}
    d = model_utils.model_to_dict(t)
    print(json.dumps({k: v for k, v in d.items() if k not in base}, default=str), *[type(t[k]).__name__ for k in extra])
print(json.dumps(model_utils.model_to_dict(${decode("base", "Ticket")})))
`,
    );
    expect(out.split("\n")).toEqual([
      "{}",
      '{"budget_type": "c"} str',
      '{"author": {"slug": "s"}} TicketAuthor',
      '{"author": {"x": 1}} TicketAuthor',
      '{"committer": {"slug": "s"}} TicketCommitter',
      '{"committer": {}} TicketCommitter',
      '{"committer": null} NoneType',
      '{"owner": {"login": "l", "plan": "p"}} TicketOwner',
      '{"owner": {"login": "l"}} TicketOwner',
      '{"created_at": 3} int',
      '{"created_at": "2020-01-02 03:04:05+00:00"} datetime',
      '{"assignee": null, "closed_by": null, "reviewers": [{"login": "a"}, null, {"slug": "s"}]}',
    ]);
  });
});
