// `"200":` with nothing after it: swagger-parser reads each response with getObject, reports the
// entry and leaves it out, so OAG stops on it unless --skip-validate-spec, and then generates the
// operation without that response.

import { describe, expect, it } from "vitest";
import { OaswrightError } from "../../src/model/diagnostics.js";
import { DEFAULT_PARSE_OPTIONS, parseSpec } from "../../src/parse/index.js";
import { specFiles } from "../support/spec-files.js";

const SPEC = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
        "404": {description: missing}
`;

describe("a response that is not an object", () => {
  const specs = specFiles("oaswright-response-null-", { "a.yaml": SPEC });

  it("stops the run while the spec is validated, naming the response and its line", async () => {
    const failure = await parseSpec(specs.path("a.yaml")).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(OaswrightError);
    const errors = (failure as OaswrightError).diagnostics.filter((d) => d.level === "error");
    expect(errors.map((d) => [d.pointer, d.position?.line])).toEqual([["/paths/~1a/get/responses/200", 8]]);
    expect(errors[0]!.message).toContain("response 200 must be an object, found nothing");
  });

  it("is left out with a warning under --skip-validate-spec, the operation kept", async () => {
    const { model, warnings } = await parseSpec(specs.path("a.yaml"), { ...DEFAULT_PARSE_OPTIONS, validate: "off" });
    expect(model.operations.map((o) => [o.operationId, o.responses.map((r) => r.code)])).toEqual([["getA", ["404"]]]);
    expect(warnings.map((w) => w.message)).toContainEqual(expect.stringContaining("response 200 is not an object (found nothing)"));
  });
});
