// Four doc rules read from OAG's source for shapes the Equinix Fabric spec has (conformance case
// equinixfabric-python, python 7.12.0): a `$ref` enum property's default named after the value less
// the enum's common prefix (DefaultCodegen.buildEnumVars with removeEnumValuePrefix, on by default
// before 7.11.0: release row enumValuePrefixRemoved), a `$ref` response header without description
// (DefaultCodegen.addHeaders), a composition's own property required only by its own `required`
// (updateModelForComposedSchema's first addVars), and an inline `allOf: [$ref, {...}]` that stays
// inline typed as its first member (toAllOfName).

import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../support/generate.js";
import { specFiles } from "../../support/spec-files.js";
import { expectMypyStrict, runWithPackage } from "../../support/python-package.js";

const SPEC = (openapi: string) => `openapi: ${openapi}
info: { title: Fabric, version: "1" }
paths:
  /profiles:
    post:
      operationId: createProfile
      tags: [profiles]
      responses:
        "201":
          description: created
          headers:
            ETag: { $ref: "#/components/headers/ETag" }
            X-Own: { description: own header, schema: { type: string } }
          content: { application/json: { schema: { $ref: "#/components/schemas/Profile" } } }
        "202":
          description: accepted
          headers:
            X-Ref-Described: { $ref: "#/components/headers/XRef", description: beside the ref }
          content: { application/json: { schema: { $ref: "#/components/schemas/Protocol" } } }
components:
  headers:
    ETag: { description: the entity tag, schema: { type: string } }
    XRef: { description: the component's, schema: { type: integer } }
  schemas:
    SortBy: { type: string, enum: [/name, /changeLog/createdDateTime, /changeLog/updatedDateTime], default: /changeLog/updatedDateTime }
    Status: { type: string, enum: [status-on, status-off], default: status-on }
    Listing:
      type: object
      properties:
        order: { type: string, enum: [sort-asc, sort-desc], default: sort-desc }
    Sort:
      type: object
      properties:
        property: { $ref: "#/components/schemas/SortBy" }
        status: { $ref: "#/components/schemas/Status" }
    Account: { type: object, properties: { id: { type: integer } } }
    Base: { type: object, properties: { name: { type: string } } }
    Profile:
      type: object
      allOf: [{ $ref: "#/components/schemas/Base" }]
      properties:
        account:
          description: the seller account
          allOf: [{ $ref: "#/components/schemas/Account" }, { type: object }]
    PortRequest: { type: object, description: a port request, required: [name], allOf: [{ $ref: "#/components/schemas/Base" }] }
    Bulk:
      type: object
      properties:
        one: { $ref: "#/components/schemas/PortRequest" }
        data: { type: array, items: { $ref: "#/components/schemas/PortRequest" } }
        byName: { type: object, additionalProperties: { $ref: "#/components/schemas/PortRequest" } }
    Bgp:
      type: object
      required: [type]
      properties: { type: { type: string, enum: [BGP] }, asn: { type: integer } }
    Direct:
      type: object
      required: [type]
      properties: { type: { type: string, enum: [DIRECT] }, ip: { type: string } }
    Protocol:
      type: object
      properties: { type: { type: string, description: protocol type, enum: [BGP, DIRECT] } }
      oneOf: [{ $ref: "#/components/schemas/Bgp" }, { $ref: "#/components/schemas/Direct" }]
`;

const specs = specFiles("oaswright-fabric-shapes-", { "spec30.yaml": SPEC("3.0.3"), "spec31.yaml": SPEC("3.1.0") });

async function docs(spec: string, extra: Record<string, string> = {}): Promise<(p: string) => string> {
  const additionalProperties = { packageName: "fabric_client", ...extra };
  const { text } = await generateInMemory(specs.path(spec), "python", additionalProperties, { validate: "warning" });
  return text;
}

describe("python docs: a $ref enum property's default and removeEnumValuePrefix", () => {
  it("before 7.11.0 the prefix common to the values is left out of the name (OAG's default then)", async () => {
    const text = await docs("spec30.yaml", { oagVersion: "7.10.0" });
    expect(text("docs/Sort.md")).toContain("[optional] [default to SortBy.CHANGE_LOG_SLASH_UPDATED_DATE_TIME]");
    expect(text("docs/Sort.md")).toContain("[optional] [default to Status.ON]");
    // the enum model's own members are named from the whole value (postProcessModelsMap)
    expect(text("docs/SortBy.md")).toContain("* `SLASH_CHANGE_LOG_SLASH_UPDATED_DATE_TIME`");
  });

  it("from 7.11.0 the whole value unless removeEnumValuePrefix=true", async () => {
    const plain = await docs("spec30.yaml", { oagVersion: "7.12.0" });
    expect(plain("docs/Sort.md")).toContain("[optional] [default to SortBy.SLASH_CHANGE_LOG_SLASH_UPDATED_DATE_TIME]");
    expect(plain("docs/Sort.md")).toContain("[optional] [default to Status.STATUS_MINUS_ON]");
    const stripped = await docs("spec30.yaml", { oagVersion: "7.12.0", removeEnumValuePrefix: "true" });
    expect(stripped("docs/Sort.md")).toContain("[optional] [default to SortBy.CHANGE_LOG_SLASH_UPDATED_DATE_TIME]");
    const kept = await docs("spec30.yaml", { oagVersion: "7.10.0", removeEnumValuePrefix: "false" });
    expect(kept("docs/Sort.md")).toContain("[optional] [default to Status.STATUS_MINUS_ON]");
  });
});

describe("python docs 7.10.0: a $ref to an allOf wrapper with a description (#19986, reverted in 7.11.0)", () => {
  it("7.10.0 types the property by the wrapper's member; a container links it", async () => {
    const bulk = (await docs("spec30.yaml", { oagVersion: "7.10.0" }))("docs/Bulk.md");
    // the wrapper's description restored (fromProperty's `original`)
    expect(bulk).toContain("**one** | [**Base**](Base.md) | a port request | [optional] \n");
    expect(bulk).toContain("**data** | [**List[PortRequest]**](Base.md) |  | [optional] \n");
    expect(bulk).toContain("**by_name** | [**Dict[str, PortRequest]**](Base.md) |  | [optional] \n");
  });

  it("7.9.0 and 7.11.0 keep the wrapper", async () => {
    for (const v of ["7.9.0", "7.11.0"]) {
      const bulk = (await docs("spec30.yaml", { oagVersion: v }))("docs/Bulk.md");
      expect(bulk, v).toContain("**one** | [**PortRequest**](PortRequest.md) |  | [optional] \n");
      expect(bulk, v).toContain("**data** | [**List[PortRequest]**](PortRequest.md) |  | [optional] \n");
    }
  });
});

describe("python docs: an inline string enum's default and removeEnumValuePrefix", () => {
  it("7.7.0-7.10.x: the matched member's name, the common prefix left out; before and after, the value", async () => {
    for (const [v, printed] of [["7.6.0", "'sort-desc'"], ["7.8.0", "'desc'"], ["7.10.0", "'desc'"], ["7.12.0", "'sort-desc'"]] as const) {
      const listing = (await docs("spec30.yaml", { oagVersion: v }))("docs/Listing.md");
      expect(listing, v).toContain(`**order** | **str** |  | [optional] [default to ${printed}]\n`);
    }
    const stripped = (await docs("spec30.yaml", { oagVersion: "7.12.0", removeEnumValuePrefix: "true" }))("docs/Listing.md");
    expect(stripped).toContain("**order** | **str** |  | [optional] [default to 'desc']\n");
  });
});

describe("python docs: response headers given by $ref", () => {
  it("3.0: no description, whatever the component says", async () => {
    const api = (await docs("spec30.yaml", { oagVersion: "7.12.0" }))("docs/ProfilesApi.md");
    expect(api).toContain("**201** | created |  * ETag -  <br>  * X-Own - own header <br>  |");
    expect(api).toContain("**202** | accepted |  * X-Ref-Described -  <br>  |");
  });

  it("3.1: the description beside the $ref", async () => {
    const api = (await docs("spec31.yaml", { oagVersion: "7.12.0" }))("docs/ProfilesApi.md");
    expect(api).toContain("**201** | created |  * ETag -  <br>  * X-Own - own header <br>  |");
    expect(api).toContain("**202** | accepted |  * X-Ref-Described - beside the ref <br>  |");
  });
});

describe("python docs: compositions' own properties", () => {
  it("a oneOf member's required does not make the composition's own property required", async () => {
    const model = (await docs("spec30.yaml", { oagVersion: "7.12.0" }))("docs/Protocol.md");
    expect(model).toContain("**type** | **str** | protocol type | [optional] \n");
  });

  it("an inline allOf [$ref, {type: object}] left inline is typed as its first member", async () => {
    const text = await docs("spec30.yaml", { oagVersion: "7.12.0" });
    expect(text("docs/Profile.md")).toContain("**account** | [**Account**](Account.md) | the seller account | [optional] \n");
  });

  it("code: Profile.account is an Account, Sort's defaults are the enum's members; mypy --strict", async () => {
    const { files } = await generateInMemory(specs.path("spec30.yaml"), "python", { packageName: "fabric_client", oagVersion: "7.10.0" }, { validate: "warning" });
    const dir = path.join(specs.tmp, "client");
    const script = [
      "from fabric_client.models.profile import Profile",
      "from fabric_client.models.account import Account",
      "from fabric_client.models.sort import Sort",
      "from fabric_client.models.sort_by import SortBy",
      "p = Profile.from_json('{\"name\": \"n\", \"account\": {\"id\": 7}}')",
      "assert p is not None and isinstance(p.account, Account) and p.account.id == 7, p",
      "assert Profile.from_json('{}') is not None",
      "s = Sort.from_json('{}')",
      "assert s is not None and s.var_property == SortBy.SLASH_CHANGE_LOG_SLASH_UPDATED_DATE_TIME, s",
      "print('ok', p.to_json())",
    ].join("\n");
    const r = await runWithPackage(dir, files, "use_fabric.py", script);
    expect(r.stdout).toContain('"account": {"id": 7}');
    await expectMypyStrict(dir, ["fabric_client", "use_fabric.py"]);
  }, 300_000);
});
