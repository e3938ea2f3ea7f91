/**
 * Small display helpers, in the active language's locale (set by the i18n set-up, src/i18n).
 * Every date formatter here is total: no input makes it throw (sdk/time.ts).
 */
import { msFromSeconds, msOfDate, noCalendarDate } from "@pilot/sdk/time";

/** 0x1234…abcd */
export function shortHex(value: string, head = 6, tail = 4): string {
  if (value.length <= head + tail + 1) return value;
  return `${value.slice(0, head)}…${value.slice(-tail)}`;
}

type Locale = "en" | "zh-CN";
let locale: Locale = "en";

interface Formats {
  readonly number: Intl.NumberFormat;
  readonly date: Intl.DateTimeFormat;
  readonly dateTime: Intl.DateTimeFormat;
  readonly month: Intl.DateTimeFormat;
  readonly utcDay: Intl.DateTimeFormat;
}
const cache = new Map<Locale, Formats>();
function formats(): Formats {
  let f = cache.get(locale);
  if (!f) {
    f = {
      number: new Intl.NumberFormat(locale),
      date: new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric" }),
      dateTime: new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" }),
      month: new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" }),
      utcDay: new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }),
    };
    cache.set(locale, f);
  }
  return f;
}

/** The locale of every formatter below ("en" or "zh-CN"); anything else means English. */
export function setFormatLocale(next: string): void {
  locale = next === "zh-CN" ? "zh-CN" : "en";
}
export const formatLocale = (): Locale => locale;

/** Said instead of a date when there is none (the raw value, plainly), in the active language. */
function noDate(value: unknown): string {
  const english = noCalendarDate(value);
  if (locale !== "zh-CN") return english;
  const inner = english.slice("no calendar date (".length, -1);
  return `无对应日历日期（${inner === "an invalid date" ? "无效日期" : inner === "an unreadable value" ? "无法读取的值" : inner}）`;
}

/** "1,973" (en) / "1,973" (zh-CN); never throws (NaN reads "NaN"). */
export const formatNumber = (n: number): string => formats().number.format(n);

// Intl's format() throws a RangeError on an Invalid Date (NaN, or beyond ±8.64e15 ms): every call goes through msOfDate first.
/** "Jan 31, 2026" / "2026年1月31日", or "no calendar date (…)" for an Invalid Date. */
export function formatDate(d: Date): string {
  const ms = msOfDate(d);
  return ms === undefined ? noDate(d) : formats().date.format(ms);
}

/** "Jan 31, 2026, 12:00 PM" / "2026年1月31日 12:00", or "no calendar date (…)" for an Invalid Date. */
export function formatDateTime(d: Date): string {
  const ms = msOfDate(d);
  return ms === undefined ? noDate(d) : formats().dateTime.format(ms);
}

/**
 * A day the contracts count in (an office's expiry is midnight UTC of its day): "Jan 1, 2029" /
 * "2029年1月1日", the same date in every time zone, or "no calendar date (…)".
 */
export function formatUtcDay(seconds: bigint | number): string {
  const ms = msFromSeconds(seconds);
  return ms === undefined ? noDate(seconds) : formats().utcDay.format(ms);
}

/** A time in seconds from the chain or a signed file (a deadline may be 2^64-1): date and time, or "no calendar date (… s)". */
export function formatSecondsDateTime(seconds: bigint | number): string {
  const ms = msFromSeconds(seconds);
  return ms === undefined ? noDate(seconds) : formats().dateTime.format(ms);
}

/**
 * A chart bucket's label from the data layer (data/stats.ts): "2022-01" (a month) becomes "Jan 2022" /
 * "2022年1月"; day ("01-31") and time ("12:00") labels are already neutral and stay as they are.
 */
export function formatBucketLabel(label: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  if (!m) return label;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1);
  return Number.isFinite(ms) ? formats().month.format(ms) : label;
}

/** For `<time dateTime>`: ISO 8601, or undefined (no attribute) for an Invalid Date. */
export function isoDateTime(d: Date): string | undefined {
  const ms = msOfDate(d);
  return ms === undefined ? undefined : new Date(ms).toISOString();
}
