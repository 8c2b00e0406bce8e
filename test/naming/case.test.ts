import { describe, expect, it } from "vitest";
import { camelize, underscore } from "../../src/naming/case.js";
import { sanitizeName } from "../../src/naming/sanitize.js";

describe("camelize (OAG StringUtils.camelize)", () => {
  const table: [string, Parameters<typeof camelize>[1], string][] = [
    ["createJob_201_response", "upper", "CreateJob201Response"],
    ["study_jobs", "upper", "StudyJobs"],
    ["create_study_job", "lowerFirstLetter", "createStudyJob"],
    ["Pet_category", "upper", "PetCategory"],
    ["listJobs_200_response_inner", "upper", "ListJobs200ResponseInner"],
    ["some/path/name", "upper", "SomePathName"],
    ["foo-bar", "upper", "FooBar"],
    ["_foo", "upper", "Foo"],
    ["__foo", "upper", "Foo"],
    ["FOO_BAR", "lowerFirstLetter", "fOOBAR"],
    ["123abc", "lowerFirstLetter", "123abc"],
    ["ABC", "lowerFirstChar", "aBC"],
    ["a_1_b", "upper", "A1B"],
    ["", "upper", ""],
  ];
  it.each(table)("%s (%s) -> %s", (input, mode, want) => {
    expect(camelize(input, mode)).toBe(want);
  });
});

describe("underscore (OAG StringUtils.underscore)", () => {
  const table: [string, string][] = [
    ["CreateJob201Response", "create_job201_response"],
    ["HTTPServerError", "http_server_error"],
    ["petId", "pet_id"],
    ["createStudyJob", "create_study_job"],
    ["a-b c", "a_b_c"],
    ["Inner$Class", "inner__class"],
  ];
  it.each(table)("%s -> %s", (input, want) => {
    expect(underscore(input)).toBe(want);
  });
});

describe("sanitizeName (OAG DefaultCodegen.sanitizeName)", () => {
  const table: [string, string][] = [
    ["input[]", "input"],
    ["input[a][b]", "input_a_b"],
    ["input(a)(b)", "input_a_b"],
    ["input.name", "input_name"],
    ["a|b", "a_b"],
    ["input name", "input_name"],
    ["/api/films/get", "_api_films_get"],
    ["$php_variable", "php_variable"],
    ["$", "value"],
    ["fake_classname_tags 123#$%^", "fake_classname_tags_123"],
    ["$another-fake?", "another_fake"],
    ["ünïcode", "ncode"],
  ];
  it.each(table)("%s -> %s", (input, want) => {
    expect(sanitizeName(input)).toBe(want);
  });
});
