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

/** camelize as first ported, each step always applied: the skips for absent characters must not change a result. */
function camelizeEveryStep(input: string, mode: Parameters<typeof camelize>[1]): string {
  let word = input.replace(/\/(.?)/g, ".$1");
  word = word
    .split(".")
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
  word = word.replace(/(\w)([^.]*)$/, (_m, first: string, rest: string) => first.toUpperCase() + rest);
  for (let m = /_(.)/.exec(word); m; m = /_(.)/.exec(word)) {
    const next = m[1]!;
    const upper = next.toUpperCase();
    if (next === upper) word = word.replace("_", "");
    else word = word.slice(0, m.index) + upper + word.slice(m.index + 2);
  }
  for (let m = /-(.)/.exec(word); m; m = /-(.)/.exec(word)) word = word.slice(0, m.index) + m[1]!.toUpperCase() + word.slice(m.index + 2);
  if (word.length > 0) {
    if (mode === "lowerFirstLetter") {
      let i = 0;
      while (i + 1 < word.length && !/[A-Za-z]/.test(word.charAt(i))) i++;
      word = word.slice(0, i + 1).toLowerCase() + word.slice(i + 1);
    } else if (mode === "lowerFirstChar") {
      word = word.charAt(0).toLowerCase() + word.slice(1);
    }
  }
  return word.replace(/_/g, "");
}

describe("camelize skips only steps that change nothing", () => {
  it("matches every step applied on 40,000 names made of the characters the steps look at", () => {
    const alphabet = ["a", "B", "z", "1", "_", "-", ".", "/", " ", "\n", "ß", "é", "\u{1F600}", "$", "[", "\u2028", "ǅ"];
    let seed = 7;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const mismatches: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      let name = "";
      for (let k = next(9); k >= 0; k--) name += alphabet[next(alphabet.length)];
      for (const mode of ["upper", "lowerFirstLetter", "lowerFirstChar"] as const) {
        if (camelize(name, mode) !== camelizeEveryStep(name, mode)) mismatches.push(`${JSON.stringify(name)} ${mode}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
