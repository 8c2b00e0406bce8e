// Issue 12's wire regressions for the python clients, on fixtures/prism/wire-cases.yaml: each
// generated client (python, python-prior) is imported and called against the echo server on
// 127.0.0.1, and the request the server saw is checked exactly. These are the failures the Prism
// suite found (python-prior: booleans sent as `True`, cookies, object headers, label/matrix paths,
// multipart arrays, bodies on GET, primitive oneOf/anyOf alternatives and maps of them; both: Accept
// for a text success response; python: a required name the model does not declare, a response
// under a media type that is neither JSON nor text/*; python-prior: a text response parsed as JSON).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_OPTIONS, generateFiles } from "../../src/generate.js";
import { writeOutput } from "../../src/render/write.js";
import { startEchoServer, type EchoServer, type Reflection } from "../support/echo-server.js";
import { runPython } from "../support/python.js";

const SPEC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "prism", "wire-cases.yaml");
let root: string;
let echo: EchoServer;

beforeAll(async () => {
  echo = await startEchoServer();
  root = fs.mkdtempSync(path.join(os.tmpdir(), "oaswright-py-wire-"));
  for (const generator of ["python", "python-prior"]) {
    const { files } = await generateFiles({ input: SPEC, generator, options: EMPTY_OPTIONS, validate: "off" });
    writeOutput(path.join(root, generator), files);
  }
}, 120_000);

afterAll(async () => {
  await echo?.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** Runs `body` (Python, with `api` bound to the client's DefaultApi) and returns what it printed as JSON lines. */
async function run(generator: "python" | "python-prior", body: string): Promise<unknown[]> {
  const prior = generator === "python-prior";
  const script = `import json
from openapi_client import ApiClient, Configuration
${prior ? "from openapi_client.api.default_api import DefaultApi" : "from openapi_client.api.default_api import DefaultApi"}
api = DefaultApi(ApiClient(Configuration(host=${JSON.stringify(echo.url)})))
def out(value):
    print(json.dumps(value, default=str))
${body}
`;
  fs.writeFileSync(path.join(root, generator, "case.py"), script);
  const r = await runPython({ cwd: path.join(root, generator), args: ["case.py"] });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as unknown);
}

const seen = (x: unknown) => x as Reflection;

describe("python-prior on the wire", () => {
  it("parameters in their style: label and matrix paths, exploded object path, boolean and deepObject query, boolean and object headers, cookies", async () => {
    const [r] = await run(
      "python-prior",
      `from openapi_client.model.point import Point
out(api.styled_params(["a", "b c"], [1, 2], Point(x=3, y=False), True, filter=Point(x=4, y=True), x_flag=False, x_point=Point(x=5, y=True), session="s 1", ids=[7, 8]))`,
    );
    const w = seen(r);
    expect(w.path).toBe("/params/.a,b%20c/;matrix=1;matrix=2/x=3,y=false");
    expect([...w.queryParams].sort()).toEqual([
      ["filter[x]", "4"],
      ["filter[y]", "true"],
      ["flag", "true"],
    ]);
    expect([w.headers["x-flag"], w.headers["x-point"]]).toEqual(["false", "x,5,y,true"]);
    expect(w.cookies).toEqual({ session: "s%201", ids: "7,8" });
  });

  it("forms: booleans true/false, arrays repeated (urlencoded and multipart), a form body on GET", async () => {
    const lines = await run(
      "python-prior",
      `out(api.urlencoded_form(flag=True, tags=["a", "b"], count=2))
out(api.multipart_form(flag=False, tags=["x", "y"], count=3))
out(api.form_on_get(flag=True, tags=["g"]))`,
    );
    const [url, multi, get] = lines.map(seen);
    expect([url!.method, url!.form]).toEqual([
      "POST",
      [
        ["flag", "true"],
        ["tags", "a"],
        ["tags", "b"],
        ["count", "2"],
      ],
    ]);
    expect(multi!.multipart!.map((p) => [p.name, p.text])).toEqual([
      ["flag", "false"],
      ["tags", "x"],
      ["tags", "y"],
      ["count", "3"],
    ]);
    expect([get!.method, get!.query, get!.form]).toEqual([
      "GET",
      "",
      [
        ["flag", "true"],
        ["tags", "g"],
      ],
    ]);
  });

  it("a JSON body on GET is sent", async () => {
    const [r] = await run(
      "python-prior",
      `from openapi_client.model.point import Point
out(api.json_on_get(Point(x=1, y=True)))`,
    );
    expect([seen(r).method, seen(r).json]).toEqual(["GET", { x: 1, y: true }]);
  });

  it("primitive oneOf/anyOf alternatives are accepted, bare and as map values", async () => {
    const lines = await run(
      "python-prior",
      `from openapi_client.model.metadata import Metadata
out(api.primitive_alternatives("text"))
out(api.primitive_alternatives(42))
out(api.metadata_map(Metadata(values={"b": True, "i": 3, "s": "x"})))`,
    );
    expect(lines.map((l) => seen(l).json)).toEqual(["text", 42, { values: { b: true, i: 3, s: "x" } }]);
  });

  it("Accept names the success response's text/plain; a text response is not parsed as JSON", async () => {
    const lines = await run(
      "python-prior",
      `from openapi_client.model.respond_spec import RespondSpec
raw = api.accept_text(_preload_content=False)
out(json.loads(raw.data)["headers"]["accept"])
out(api.respond_text(RespondSpec(content_type="text/plain", body='{"a": "a"}')))`,
    );
    expect(lines).toEqual(["text/plain", '{"a": "a"}']);
  });

  it("an Accept header parameter is sent as given; an empty 204 is None although a schema is declared", async () => {
    const lines = await run(
      "python-prior",
      `from openapi_client.model.respond_spec import RespondSpec
out(api.accept_param(accept="text/event-stream")["headers"]["accept"])
out(api.accept_param()["headers"]["accept"])
out(api.respond_empty(RespondSpec(status=204)))`,
    );
    expect(lines).toEqual(["text/event-stream", "application/json", null]);
  });

  it("format binary parameters carry the file's bytes, read once and percent-encoded", async () => {
    const [r] = await run(
      "python-prior",
      `for name in ["path.bin", "query.bin", "header.bin"]:
    open(name, "wb").write(b"a b/\\xff" if name != "header.bin" else b"a b/")
out(api.binary_params(open("path.bin", "rb"), open("query.bin", "rb"), x_content=open("header.bin", "rb")))`,
    );
    const w = seen(r);
    expect([w.path, w.query, w.headers["x-content"]]).toEqual(["/octets/a%20b%2F%FF", "content=a+b%2F%FF", "a b/"]);
  });

  it("a oneOf nested in a oneOf, with array alternatives, decodes and is sent (OAG's spread the list into arguments)", async () => {
    const lines = await run(
      "python-prior",
      `from openapi_client.model.respond_spec import RespondSpec
for body in [["a", "b"], [{"x": 1}], {"point": {"x": 2}}]:
    r = api.respond_nested(RespondSpec(content_type="application/json", body=body))
    out([type(r).__name__, api.post_nested(r)["json"]])`,
    );
    expect(lines).toEqual([
      ["Words", ["a", "b"]],
      ["PointList", [{ x: 1 }]],
      ["Nested", { point: { x: 2 } }],
    ]);
  });

  it("an OpenID Connect operation carries the access token as a bearer token", async () => {
    const [auth] = await run(
      "python-prior",
      `api.api_client.configuration.access_token = "tok"
out(api.open_id_call()["headers"].get("authorization"))`,
    );
    expect(auth).toBe("Bearer tok");
  });
});

describe.each(["python", "python-prior"] as const)("%s: path keys with a fragment or a query", (generator) => {
  it("the fragment is not sent and the query does not go into it; a path's own query is kept", async () => {
    const lines = await run(generator, `out(api.delete_cors("b 1", True))
out(api.delete_website("b", "x y"))`);
    const [cors, website] = lines.map(seen);
    expect([cors!.method, cors!.path, cors!.query]).toEqual(["DELETE", "/buckets/b%201", "cors=true"]);
    expect([website!.path, website!.query]).toEqual(["/buckets/b", generator === "python" ? "website&id=x%20y" : "website&id=x+y"]);
  });
});

describe("python (pydantic) on the wire", () => {
  it("a binary field of an x-www-form-urlencoded form is its bytes, percent-encoded (it was refused: 'File parameters need a multipart Content-Type')", async () => {
    const [r] = await run("python", `out(api.urlencoded_binary(name="n 1", data=b"a b/\\xff"))`);
    const w = seen(r);
    expect([w.contentType, w.bodyText]).toEqual(["application/x-www-form-urlencoded", "name=n%201&data=a%20b%2F%FF"]);
  });

  it("format binary parameters carry the file's bytes, percent-encoded (not base64); format byte stays base64", async () => {
    const [r] = await run(
      "python",
      `import base64
open("octets.bin", "wb").write(b"a b/\\xff")
out(api.binary_params(b"a b/\\xff", ("name.bin", b"a b/\\xff"), x_content="octets.bin", blob=b"hi"))`,
    );
    const w = seen(r);
    expect([w.path, w.query, w.headers["x-content"]]).toEqual(["/octets/a%20b%2F%FF", "content=a%20b%2F%FF&blob=aGk%3D", "a b/\u00ff"]);
  });

  it("Accept names the success response's text/plain; a response under plain/text is decoded", async () => {
    const lines = await run(
      "python",
      `from openapi_client.models import RespondSpec
raw = api.accept_text_without_preload_content()
out(json.loads(raw.read())["headers"]["accept"])
out(api.respond_text(RespondSpec(contentType="plain/text", body="hello")))`,
    );
    expect(lines).toEqual(["text/plain", "hello"]);
  });

  it("a model under text/xml is written as XML (issue 12; it was refused); test/xml/xml-bodies.test.ts has the rules", async () => {
    for (const generator of ["python", "python-prior"] as const) {
      const lines = await run(
        generator,
        `${generator === "python" ? "from openapi_client.models import Point" : "from openapi_client.model.point import Point"}
r = api.xml_body(Point(x=1, y=False))
out([r["contentType"], r["bodyText"]])`,
      );
      expect(lines).toEqual([["text/xml", '<?xml version="1.0" encoding="UTF-8"?><Point><x>1</x><y>false</y></Point>']]);
    }
  });

  it("a name the model requires but does not declare survives from_dict/to_dict and is sent", async () => {
    const lines = await run(
      "python",
      `from openapi_client.models import Cat
cat = Cat.from_dict({"pet_type": "Cat", "hunts": True})
out(cat.to_dict())
out(api.post_cat(cat)["json"])`,
    );
    expect(lines).toEqual([
      { pet_type: "Cat", hunts: true },
      { pet_type: "Cat", hunts: true },
    ]);
  });

  it("anyOf: a member with only optional properties does not swallow another member's data", async () => {
    const lines = await run(
      "python",
      `from openapi_client.models import RespondSpec
for body in [{"options": ["a"]}, {"defaults": ["d"]}]:
    s = api.respond_settings(RespondSpec(contentType="application/json", body=body))
    out([type(s.actual_instance).__name__, s.to_dict()])`,
    );
    expect(lines).toEqual([
      ["OptionSettings", { options: ["a"] }],
      ["TextSettings", { defaults: ["d"] }],
    ]);
  });
});

describe.each(["python", "python-prior"] as const)("%s: GitHub's shapes on the wire (session 5)", (generator) => {
  it("null for a required $ref to a nullable model and in oneOf items, a string-enum oneOf and a closed model beside an open one decode and are sent back", async () => {
    const prior = generator === "python-prior";
    const lines = await run(
      generator,
      `${prior ? "from openapi_client.model.respond_spec import RespondSpec" : "from openapi_client.models import RespondSpec"}
bodies = [
    {"assignee": None, "reviewers": [{"login": "a"}, None, {"slug": "s"}], "budget_type": "c", "owner": {"login": "l", "plan": "p"}},
    {"assignee": {"login": "x"}, "reviewers": [None], "budget_type": "a", "owner": {"login": "l"}},
]
for body in bodies:
    t = api.respond_ticket(RespondSpec(content_type="application/json", body=body))
    owner = t["owner"] if ${prior ? "True" : "False"} else t.owner.actual_instance
    sent = api.post_ticket(t)
    out([type(owner).__name__, sent["json"]])`,
    );
    expect(lines).toEqual([
      [prior ? "TicketOwner" : "PrivateUser", { assignee: null, reviewers: [{ login: "a" }, null, { slug: "s" }], budget_type: "c", owner: { login: "l", plan: "p" } }],
      [prior ? "TicketOwner" : "PublicUser", { assignee: { login: "x" }, reviewers: [null], budget_type: "a", owner: { login: "l" } }],
    ]);
  });
});
