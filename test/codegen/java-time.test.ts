// Java's toString of the date and date-time values swagger-parser decodes (src/codegen/java-time.ts).

import { describe, expect, it } from "vitest";
import { javaDateString, javaIsoDateTimeString, javaOffsetDateTimeString } from "../../src/codegen/java-time.js";

describe("javaDateString: java.util.Date.toString in UTC of OpenAPIDeserializer.toDate", () => {
  const cases: [string, string | undefined][] = [
    ["2020-02-03", "Mon Feb 03 00:00:00 UTC 2020"],
    ["1999-12-31", "Fri Dec 31 00:00:00 UTC 1999"],
    ["2024-02-29", "Thu Feb 29 00:00:00 UTC 2024"],
    // Calendar.Builder is lenient: days and months past the end roll over.
    ["2021-02-30", "Tue Mar 02 00:00:00 UTC 2021"],
    ["2021-13-01", "Sat Jan 01 00:00:00 UTC 2022"],
    ["2021-03-00", "Sun Feb 28 00:00:00 UTC 2021"],
    // RFC3339_DATE_PATTERN: four, two and two digits, nothing else.
    ["2020-2-3", undefined],
    ["2020-02-03T00:00:00Z", undefined],
    ["20200-02-03", undefined],
    // Julian before the Gregorian cutover: not followed.
    ["1500-01-01", undefined],
  ];
  for (const [text, want] of cases) it(text, () => expect(javaDateString(text)).toBe(want));
});

describe("javaOffsetDateTimeString: OffsetDateTime.toString of OffsetDateTime.parse", () => {
  const cases: [string, string | undefined][] = [
    ["2020-01-01T10:00:00Z", "2020-01-01T10:00Z"],
    ["2020-01-01T10:00Z", "2020-01-01T10:00Z"],
    ["2020-01-01T10:00:30Z", "2020-01-01T10:00:30Z"],
    ["2020-01-01T10:00:00.5Z", "2020-01-01T10:00:00.500Z"],
    ["2020-01-01T10:00:00.000Z", "2020-01-01T10:00Z"],
    ["2020-01-01T10:00:00.000001Z", "2020-01-01T10:00:00.000001Z"],
    ["2020-01-01T10:00:00.1234567Z", "2020-01-01T10:00:00.123456700Z"],
    ["2020-01-01t10:00:00z", "2020-01-01T10:00Z"],
    ["2020-01-01T10:00:00+02:00", "2020-01-01T10:00+02:00"],
    ["2020-01-01T10:00:00-0530", "2020-01-01T10:00-05:30"],
    ["2020-01-01T10:00:00+01", "2020-01-01T10:00+01:00"],
    ["2020-01-01T10:00:00+00:00", "2020-01-01T10:00Z"],
    ["2020-01-01T10:00:00+01:00:30", "2020-01-01T10:00+01:00:30"],
    // parse throws: no offset, strict resolving, offsets beyond 18 hours.
    ["2020-01-01T10:00:00", undefined],
    ["2021-02-29T10:00:00Z", undefined],
    ["2020-01-01T24:00:00Z", undefined],
    ["2020-01-01T10:00:60Z", undefined],
    ["2020-01-01T10:00:00+19:00", undefined],
    ["2020-01-01", undefined],
  ];
  for (const [text, want] of cases) it(text, () => expect(javaOffsetDateTimeString(text)).toBe(want));
});

describe("javaIsoDateTimeString: ISO_DATE_TIME.format of OffsetDateTime.parse", () => {
  const cases: [string, string | undefined][] = [
    ["2020-01-01T10:00Z", "2020-01-01T10:00:00Z"],
    ["2020-01-01T10:00:00Z", "2020-01-01T10:00:00Z"],
    ["2020-01-01T10:00:30.500+02:00", "2020-01-01T10:00:30.5+02:00"],
    ["2020-01-01T10:00:00.000001-05:30", "2020-01-01T10:00:00.000001-05:30"],
    ["2020-01-01T10:00:00+00:00", "2020-01-01T10:00:00Z"],
    ["2020-01-01T10:00:00", undefined],
    ["2021-02-30T10:00:00Z", undefined],
  ];
  for (const [text, want] of cases) it(text, () => expect(javaIsoDateTimeString(text)).toBe(want));
});
