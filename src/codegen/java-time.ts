// How OpenAPI Generator (Java) prints the date and date-time values swagger-parser decodes: a 3.0
// (or converted 2.0) `format: date` default is a java.util.Date, a `format: date-time` one an
// OffsetDateTime, and the docs print their toString (AbstractTypeScriptClientCodegen.toDefaultValue).

const RFC3339_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * java.util.Date.toString (`EEE MMM dd HH:mm:ss zzz yyyy`) of the Date swagger-parser's
 * OpenAPIDeserializer.toDate makes of a `yyyy-MM-dd` text: `new Calendar.Builder().setDate(y, m - 1,
 * d)`, lenient (`2021-02-30` is March 2), at midnight of the JVM's time zone. The text depends on that
 * zone; this prints it for UTC (`Mon Feb 03 00:00:00 UTC 2020`), what OAG's CI and most builds run
 * in (a Swagger 2.0 parameter's DateSchema.cast parses `yyyy-MM-dd Z` with " UTC" appended: the same
 * text there). Undefined where toDate has no Date (another shape of text), and for years before 1583,
 * which GregorianCalendar counts in the Julian calendar (not followed).
 */
export function javaDateString(text: string): string | undefined {
  const m = RFC3339_DATE.exec(text);
  if (m === null || Number(m[1]) < 1583) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return `${WEEKDAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${pad(date.getUTCDate(), 2)} 00:00:00 UTC ${date.getUTCFullYear()}`;
}

// DateTimeFormatter.ISO_OFFSET_DATE_TIME: ISO_LOCAL_DATE_TIME (case-insensitive `T`, strict
// resolving: no February 30, no hour 24), then a leniently parsed offset.
const ISO_OFFSET_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2})(?::?(\d{2}))?)?)$/;

/**
 * OffsetDateTime.toString of OffsetDateTime.parse(text) (swagger-parser's toDateTime; a Swagger 2.0
 * parameter's DateTimeSchema.cast): `uuuu-MM-ddTHH:mm`, then `:ss` unless the seconds and the fraction
 * are zero, the fraction in groups of three digits (`.500`, `.000001`), and the offset (`Z` for zero,
 * else `+02:00`): `2020-01-01T10:00:00Z` prints `2020-01-01T10:00Z`. Undefined where parse throws (no
 * offset, an invalid date or time; four-digit years only).
 */
export function javaOffsetDateTimeString(text: string): string | undefined {
  const t = parseOffsetDateTime(text);
  if (t === undefined) return undefined;
  let time = `${pad(t.hour, 2)}:${pad(t.minute, 2)}`;
  if (t.second > 0 || t.nano > 0) {
    time += `:${pad(t.second, 2)}`;
    if (t.nano % 1_000_000 === 0) {
      if (t.nano > 0) time += `.${pad(t.nano / 1_000_000, 3)}`;
    } else if (t.nano % 1000 === 0) time += `.${pad(t.nano / 1000, 6)}`;
    else time += `.${pad(t.nano, 9)}`;
  }
  return `${t.date}T${time}${offsetString(t.offset)}`;
}

/**
 * DateTimeFormatter.ISO_DATE_TIME.format of OffsetDateTime.parse(text), as TypeScriptClientCodegen
 * .typescriptDateTime prints a decoded date-time (iso8601DateTime): `uuuu-MM-ddTHH:mm:ss`, the seconds
 * always, the fraction without its trailing zeros (`.5`; appendFraction(NANO_OF_SECOND, 0, 9, true)),
 * then the offset id (`Z`, `+02:00`); an OffsetDateTime has no region id for the optional `[zone]`.
 * `2020-01-01T10:00Z` prints `2020-01-01T10:00:00Z`. Undefined where parse throws.
 */
export function javaIsoDateTimeString(text: string): string | undefined {
  const t = parseOffsetDateTime(text);
  if (t === undefined) return undefined;
  const fraction = t.nano === 0 ? "" : `.${pad(t.nano, 9).replace(/0+$/, "")}`;
  return `${t.date}T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}${fraction}${offsetString(t.offset)}`;
}

interface OffsetDateTimeParts {
  /** `uuuu-MM-dd` as written (four-digit years only). */
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly nano: number;
  /** The offset in seconds. */
  readonly offset: number;
}

/** OffsetDateTime.parse (ISO_OFFSET_DATE_TIME), or undefined where it throws. */
function parseOffsetDateTime(text: string): OffsetDateTimeParts | undefined {
  const m = ISO_OFFSET_DATE_TIME.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  const nano = m[7] === undefined ? 0 : Number(m[7].padEnd(9, "0"));
  let offset = 0;
  if (m[8] === undefined) {
    const [h, mm, s] = [Number(m[10]), Number(m[11] ?? 0), Number(m[12] ?? 0)];
    if (mm > 59 || s > 59) return undefined;
    offset = (m[9] === "-" ? -1 : 1) * (h * 3600 + mm * 60 + s);
    if (Math.abs(offset) > 18 * 3600) return undefined;
  }
  return { date: `${m[1]}-${m[2]}-${m[3]}`, hour, minute, second, nano, offset };
}

/** ZoneOffset.toString: `Z`, `+02:00`, `-05:30:15`. */
function offsetString(total: number): string {
  if (total === 0) return "Z";
  const abs = Math.abs(total);
  const seconds = abs % 60;
  return `${total < 0 ? "-" : "+"}${pad(Math.floor(abs / 3600), 2)}:${pad(Math.floor(abs / 60) % 60, 2)}${seconds > 0 ? `:${pad(seconds, 2)}` : ""}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** IsoChronology.isLeapYear (proleptic Gregorian). */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
