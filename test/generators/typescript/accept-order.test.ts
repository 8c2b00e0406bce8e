// The typescript client's Accept header: JSON media types first, the rest in the spec's order
// (issue 12: a server honouring `text/event-stream, application/json` answered with a stream the
// client could not decode). The wire effect is checked against Prism in test/prism.
import { describe, expect, it } from "vitest";
import { acceptOrder } from "../../../src/generators/typescript/client/api-views.js";

describe("acceptOrder", () => {
  it.each([
    [["application/xml", "application/json"], ["application/json", "application/xml"]],
    [["text/event-stream", "application/json"], ["application/json", "text/event-stream"]],
    [["text/plain", "application/problem+json", "application/json; charset=utf-8"], ["application/problem+json", "application/json; charset=utf-8", "text/plain"]],
    [["application/json", "application/xml"], ["application/json", "application/xml"]],
    [["application/jsonl", "application/x-ndjson", "*/*"], ["application/jsonl", "application/x-ndjson", "*/*"]],
    [[], []],
  ])("%j -> %j", (given, want) => {
    expect(acceptOrder(given)).toEqual(want);
  });
});
