// XML request bodies (issue 12) on fixtures/xml/xml-bodies.yaml: each client (typescript, python,
// python-prior) sends models under XML media types to the echo server on 127.0.0.1; the XML that
// arrived is parsed strictly (test/support/xml-reader.ts) and read back by the spec's `xml` rules
// into the value that was sent. Covered: a component root with `xml.name`, namespace and prefix,
// attributes (one prefixed, in its own namespace), wrapped and unwrapped arrays, items named by
// their `$ref`'s `xml.name`, a recursive model, a map, a date-time, hostile property names, a
// hostile `xml.name` and hostile text, an inline body whose single property is the root (AWS), an
// inline body named by its hoisted name, a decorated `$ref` (`allOf: [$ref, {xml}]`), a string
// sent as given; and the typescript client and its docs' examples type-check strict.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { generateInMemory } from "../support/generate.js";
import { writeOutput } from "../../src/render/write.js";
import type { Reflection } from "../support/echo-server.js";
import { folderWithEcho } from "../support/spec-with-echo.js";
import { runMypy, runPython } from "../support/python.js";
import { parseXml, XmlReader } from "../support/xml-reader.js";
import { formatDiagnostics, requireClient, STRICT_OPTIONS, transpileToJs, typeCheck, writeClient } from "../generators/typescript/client-support.js";

const SPEC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "xml", "xml-bodies.yaml");
const raw = parseYaml(fs.readFileSync(SPEC, "utf8")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw spec
const reader = new XmlReader(raw);
const schemaOf = (p: string, verb: string) => {
  const content = raw.paths[p][verb].requestBody.content;
  return content[Object.keys(content)[0]!].schema;
};

const fixture = folderWithEcho("oaswright-xml-");

beforeAll(async () => {
  for (const generator of ["typescript", "python", "python-prior"]) {
    const props = generator === "typescript" ? { useObjectParameters: "true" } : {};
    const { files } = await generateInMemory(SPEC, generator, props);
    if (generator === "typescript") {
      transpileToJs(files, path.join(fixture.tmp, "typescript"));
    } else {
      writeOutput(path.join(fixture.tmp, generator), files);
    }
  }
}, 120_000);

const BORN = "2020-01-02T03:04:05Z";
const HOSTILE = `Tom & <Jerry> "quoted" 'single' ]]> \r\n\ttab é 😀`;

/** The pet every client sends (wire names), and what the reader must get back (date-times as instants). */
const SENT_PET = {
  id: 7,
  kind: 'cat"><x',
  name: HOSTILE,
  born: new Date(BORN).getTime(),
  vaccinated: false,
  weight: 1.5,
  photoUrls: ["a", "b&c"],
  tags: [{ id: 1, label: "x" }, { id: 2 }],
  nicknames: ["n1", "n2"],
  owner: { name: "o", friends: [{ name: "f", friends: [] }] },
  notes: { k1: "v1", "k-2": "v2" },
  "odd name<&>": "odd",
  hostile: "</hostile><injected/>",
  grantee: { code: "g" },
};

interface Sent {
  readonly contentType: string | null;
  readonly body: string;
}

/** The three bodies of each client: addPet, createBucket (inline, AWS root), postInline (hoisted name), and postInline with a string. */
async function sendTypescript(): Promise<Sent[]> {
  const W = requireClient(path.join(fixture.tmp, "typescript"));
  const api = new W.DefaultApi(W.createConfiguration({ baseServer: new W.ServerConfiguration(fixture.echo.url) }));
  const out: Reflection[] = [];
  const pet = {
    id: 7,
    kind: 'cat"><x',
    name: HOSTILE,
    born: new Date(BORN),
    vaccinated: false,
    weight: 1.5,
    photoUrls: ["a", "b&c"],
    tags: [{ id: 1, label: "x" }, { id: 2 }],
    nicknames: ["n1", "n2"],
    owner: { name: "o", friends: [{ name: "f", friends: [] }] },
    notes: { k1: "v1", "k-2": "v2" },
    oddName: "odd",
    hostile: "</hostile><injected/>",
    nothing: null,
    grantee: { code: "g" },
  };
  out.push(await api.addPet({ pet }));
  out.push(await api.createBucket({ createBucketRequest: { createBucketConfiguration: { locationConstraint: "eu-west-1", rules: [{ ID: "r1" }, { ID: "r2" }] } } }));
  out.push(await api.postInline({ postInlineRequest: { first: "f", second: 2 } }));
  out.push(await api.postInline({ postInlineRequest: "<given>as is</given>" }));
  return out.map((r) => ({ contentType: r.contentType, body: r.bodyText ?? "" }));
}

async function sendPython(generator: "python" | "python-prior"): Promise<Sent[]> {
  const prior = generator === "python-prior";
  const imports = prior
    ? `from openapi_client.model.pet import Pet
from openapi_client.model.tag import Tag
from openapi_client.model.owner import Owner
from openapi_client.model.rule import Rule
from openapi_client.model.create_bucket_request import CreateBucketRequest
from openapi_client.model.create_bucket_request_create_bucket_configuration import CreateBucketRequestCreateBucketConfiguration
from openapi_client.model.post_inline_request import PostInlineRequest
from openapi_client.model.pet_grantee import PetGrantee`
    : `from openapi_client.models import Pet, Tag, Owner, Rule, CreateBucketRequest, CreateBucketRequestCreateBucketConfiguration, PostInlineRequest, PetGrantee`;
  const rule = (id: string) => (prior ? `Rule(id=${JSON.stringify(id)})` : `Rule(ID=${JSON.stringify(id)})`);
  const script = `import datetime, json
from openapi_client import ApiClient, Configuration
from openapi_client.api.default_api import DefaultApi
${imports}
api = DefaultApi(ApiClient(Configuration(host=${JSON.stringify(fixture.echo.url)})))
def out(r):
    print(json.dumps([r["contentType"], r["bodyText"]]))
pet = Pet(id=7, kind=${JSON.stringify(SENT_PET.kind)}, name=${JSON.stringify(HOSTILE)}, born=datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
          vaccinated=False, weight=1.5, photo_urls=["a", "b&c"], tags=[Tag(id=1, label="x"), Tag(id=2)], nicknames=["n1", "n2"],
          owner=Owner(name="o", friends=[Owner(name="f", friends=[])]), notes={"k1": "v1", "k-2": "v2"}, odd_name="odd", hostile="</hostile><injected/>", grantee=PetGrantee(code="g"))
out(api.add_pet(pet))
out(api.create_bucket(${prior ? "create_bucket_request=" : ""}CreateBucketRequest(create_bucket_configuration=CreateBucketRequestCreateBucketConfiguration(location_constraint="eu-west-1", rules=[${rule("r1")}, ${rule("r2")}]))))
out(api.post_inline(PostInlineRequest(first="f", second=2)))
${
    prior
      ? 'out(api.post_inline("<given>as is</given>", _check_input_type=False))'
      : // The model-typed parameter refuses a str (OAG's signature, checked by validate_call); the request builder sends one as given.
        `request = api._post_inline_serialize(post_inline_request="<given>as is</given>", _request_auth=None, _content_type=None, _headers=None, _host_index=0)
out(json.loads(api.api_client.call_api(*request).read()))`
  }
`;
  fs.writeFileSync(path.join(fixture.tmp, generator, "xml_case.py"), script);
  const r = await runPython({ cwd: path.join(fixture.tmp, generator), args: ["xml_case.py"] });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as [string, string])
    .map(([contentType, body]) => ({ contentType, body }));
}

function checkAll(sent: Sent[]): void {
  const [pet, bucket, inline, given] = sent as [Sent, Sent, Sent, Sent];

  // addPet: the component root by its xml.name, prefixed, in its namespace; everything read back.
  expect(pet.contentType).toBe("application/xml");
  const p = reader.read(pet.body, schemaOf("/pets", "post"));
  expect(p.root).toEqual({ name: "pet", prefix: "pt", namespace: "http://example.com/schema/pet" });
  expect(p.problems).toEqual([]);
  expect(p.value).toEqual(SENT_PET);
  const doc = parseXml(pet.body);
  const el = doc.documentElement;
  // Attributes: `id` plain, `kind` as ex:pet-kind in urn:example:kind; no markup from values or names.
  expect([el.getAttribute("id"), el.getAttributeNS("urn:example:kind", "pet-kind")]).toEqual(["7", 'cat"><x']);
  expect(doc.getElementsByTagName("injected").length).toBe(0);
  expect(doc.getElementsByTagName("x").length).toBe(0);
  // Unwrapped arrays repeat the property name (the array's own xml.name is ignored); wrapped ones name the wrapper.
  const names = [...el.children].map((c) => c.localName);
  expect(names).toEqual(["name", "born", "vaccinated", "weight", "photos", "tag", "tag", "nicknames", "nicknames", "owner", "notes", "odd_name___", "x___injected___y_a__", "grantee"]);
  const grantee = el.querySelector("grantee")!;
  expect([grantee.namespaceURI, grantee.children[0]!.localName, grantee.children[0]!.namespaceURI]).toEqual(["urn:example:grantee", "code", "urn:example:grantee"]);
  expect([...el.querySelector("photos")!.children].map((c) => c.localName)).toEqual(["photo", "photo"]);
  expect(el.querySelector("vaccinated")!.textContent).toBe("false");

  // createBucket: an inline body's single object property is the root (AWS); the decorated $ref's
  // xml.name on an unwrapped array is ignored, as the OAS says, so the items repeat the property name.
  expect(bucket.contentType).toBe("text/xml");
  const b = reader.read(bucket.body, schemaOf("/bucket", "put"), "CreateBucketConfiguration");
  expect(b.root.name).toBe("CreateBucketConfiguration");
  expect(b.problems).toEqual([]);
  expect(b.value).toEqual({ CreateBucketConfiguration: { LocationConstraint: "eu-west-1", Rules: [{ ID: "r1" }, { ID: "r2" }] } });

  // postInline: an inline body of several properties is named by its hoisted name.
  expect(inline.contentType).toBe("application/vnd.example+xml");
  const i = reader.read(inline.body, schemaOf("/inline", "post"));
  expect(i.root.name).toBe("postInline_request");
  expect(i.value).toEqual({ first: "f", second: 2 });

  // A string is the document as given.
  expect(given).toEqual({ contentType: "application/vnd.example+xml", body: "<given>as is</given>" });
}

describe("XML request bodies on the wire", () => {
  it("typescript writes them by the spec's xml objects", async () => {
    checkAll(await sendTypescript());
  });

  it("python writes them by the spec's xml objects", async () => {
    checkAll(await sendPython("python"));
  }, 60_000);

  it("python-prior writes them by the spec's xml objects", async () => {
    checkAll(await sendPython("python-prior"));
  }, 60_000);

  it("an operation with JSON and XML bodies sends JSON; python's caller picks XML with _content_type", async () => {
    const W = requireClient(path.join(fixture.tmp, "typescript"));
    const api = new W.DefaultApi(W.createConfiguration({ baseServer: new W.ServerConfiguration(fixture.echo.url) }));
    const ts = (await api.putBoth({ plain: { text: "t", count: 1 } })) as Reflection;
    expect([ts.contentType, ts.json]).toEqual(["application/json", { text: "t", count: 1 }]);
    for (const generator of ["python", "python-prior"] as const) {
      const script = `import json
from openapi_client import ApiClient, Configuration
from openapi_client.api.default_api import DefaultApi
${generator === "python" ? "from openapi_client.models import Plain" : "from openapi_client.model.plain import Plain"}
api = DefaultApi(ApiClient(Configuration(host=${JSON.stringify(fixture.echo.url)})))
for content_type in [None, "application/xml"]:
    r = api.put_both(Plain(text="t", count=1), _content_type=content_type)
    print(json.dumps([r["contentType"], r["bodyText"]]))
`;
      fs.writeFileSync(path.join(fixture.tmp, generator, "xml_both.py"), script);
      const r = await runPython({ cwd: path.join(fixture.tmp, generator), args: ["xml_both.py"] });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const [json, xml] = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as [string, string]);
      expect([json![0], JSON.parse(json![1])]).toEqual(["application/json", { text: "t", count: 1 }]);
      expect(xml).toEqual(["application/xml", '<?xml version="1.0" encoding="UTF-8"?><Plain><text>t</text><count>1</count></Plain>']);
    }
  }, 60_000);

  it("a character XML cannot carry is refused, not sent", async () => {
    const W = requireClient(path.join(fixture.tmp, "typescript"));
    const api = new W.DefaultApi(W.createConfiguration({ baseServer: new W.ServerConfiguration(fixture.echo.url) }));
    await expect(api.putPlain({ plain: { text: "bell\u0007" } })).rejects.toThrow("a value holds a character XML 1.0 cannot carry");
    for (const generator of ["python", "python-prior"] as const) {
      const script = `from openapi_client import ApiClient, Configuration
from openapi_client.api.default_api import DefaultApi
from openapi_client.exceptions import ApiValueError
${generator === "python" ? "from openapi_client.models import Plain" : "from openapi_client.model.plain import Plain"}
api = DefaultApi(ApiClient(Configuration(host=${JSON.stringify(fixture.echo.url)})))
try:
    api.put_plain(Plain(text="bell\\u0007"))
    print("sent")
except ApiValueError as e:
    print(str(e).split(":")[0])
`;
      fs.writeFileSync(path.join(fixture.tmp, generator, "xml_refuse.py"), script);
      const r = await runPython({ cwd: path.join(fixture.tmp, generator), args: ["xml_refuse.py"] });
      expect(r.stdout.trim(), r.stderr).toBe("a value holds a character XML 1.0 cannot carry");
    }
  }, 60_000);

  it("python: the package (its XML writer and the operations' plans) type-checks under mypy --strict", async () => {
    const r = await runMypy(path.join(fixture.tmp, "python"), ["--strict", "openapi_client"], { timeoutMs: 300_000 });
    expect(r.stdout + r.stderr, "mypy").toMatch(/^Success: no issues found/m);
  }, 320_000);

  it("typescript: the client (ES module) and its docs' examples, which build the model, type-check strict", async () => {
    const props = { useObjectParameters: "true", supportsES6: "true", importFileExtension: ".js" };
    const { files } = await generateInMemory(SPEC, "typescript", props);
    const dir = path.join(fixture.tmp, "ts-esm");
    const roots = writeClient(dir, files);
    const md = String(files.find((f) => f.path === "docs/DefaultApi.md")!.contents);
    // OAG prints some examples broken (a composed property as a bare `null,`, a recursive model's
    // array as a hole `[ , ]`): they compile against no client and are left out, as compile.test.ts does.
    const blocks = [...md.matchAll(/```typescript\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => !/;,|^\s*null,$|: null,$|^\s*,$/m.test(b));
    expect(blocks.map((b) => /apiInstance\.(\w+)/.exec(b)![1])).toEqual(["postInline", "putBoth", "putPlain"]);
    const examples = blocks.map((block, k) => ({ path: `examples/example_${k}.ts`, contents: `${block.replace(/from '[^']*'/g, "from '../index.js'")}\nexport {};\n` }));
    roots.push(...writeClient(dir, examples));
    expect(formatDiagnostics(typeCheck(roots, STRICT_OPTIONS))).toBe("");
  }, 60_000);
});
