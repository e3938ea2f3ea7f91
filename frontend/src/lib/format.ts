/** Small display helpers. Every date formatter here is total: no input makes it throw (sdk/time.ts). */
import { msFromSeconds, msOfDate, noCalendarDate } from "@sdk/time";

/** 0x1234…abcd */
export function shortHex(value: string, head = 6, tail = 4): string {
  if (value.length <= head + tail + 1) return value;
  return `${value.slice(0, head)}…${value.slice(-tail)}`;
}

const numberFormat = new Intl.NumberFormat("en");
export const formatNumber = (n: number): string => numberFormat.format(n);

// Intl's format() throws a RangeError on an Invalid Date (NaN, or beyond ±8.64e15 ms): every call goes through msOfDate first.
const dateFormat = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric" });
/** "Jan 31, 2026", or "no calendar date (…)" for an Invalid Date. */
export function formatDate(d: Date): string {
  const ms = msOfDate(d);
  return ms === undefined ? noCalendarDate(d) : dateFormat.format(ms);
}

const dateTimeFormat = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
/** "Jan 31, 2026, 12:00 PM", or "no calendar date (…)" for an Invalid Date. */
export function formatDateTime(d: Date): string {
  const ms = msOfDate(d);
  return ms === undefined ? noCalendarDate(d) : dateTimeFormat.format(ms);
}

/** A time in seconds from the chain or a signed file (a deadline may be 2^64-1): date and time, or "no calendar date (… s)". */
export function formatSecondsDateTime(seconds: bigint | number): string {
  const ms = msFromSeconds(seconds);
  return ms === undefined ? noCalendarDate(seconds) : dateTimeFormat.format(ms);
}

/** For `<time dateTime>`: ISO 8601, or undefined (no attribute) for an Invalid Date. */
export function isoDateTime(d: Date): string | undefined {
  const ms = msOfDate(d);
  return ms === undefined ? undefined : new Date(ms).toISOString();
}
