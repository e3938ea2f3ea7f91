/**
 * Times read from the chain or from a file (block times, deadlines, `updatedAt`)
 * made into calendar dates without ever throwing. A signed file may carry any
 * uint256 deadline (2^64-1 means "no deadline" to some signers), and
 * `new Date(x).toISOString()` / `Intl.DateTimeFormat#format` throw a RangeError
 * for anything past ±8.64e15 ms (year 275,760) or NaN. Every client formats
 * through here: the terminal tool (`isoFromSeconds`) and the dApp (`msFromSeconds`,
 * then its own Intl formatting of a valid date).
 */

/** The largest distance from 1970 a JavaScript Date can hold, in ms (ECMA-262 §21.4.1.1). */
export const MAX_DATE_MS = 8.64e15;

/** Seconds since 1970 as ms, or undefined when no calendar date holds them (NaN, ±Infinity, 2^64-1, text). */
export function msFromSeconds(seconds: unknown): number | undefined {
  let s: number;
  if (typeof seconds === "bigint") {
    if (seconds > BigInt(MAX_DATE_MS / 1000) || seconds < -BigInt(MAX_DATE_MS / 1000)) return undefined;
    s = Number(seconds);
  } else if (typeof seconds === "number") s = seconds;
  else if (typeof seconds === "string" && /^-?\d+$/.test(seconds.trim())) return msFromSeconds(BigInt(seconds.trim()));
  else return undefined;
  const ms = s * 1000;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? ms : undefined;
}

/** A Date's time in ms, or undefined for an Invalid Date (or anything that is not a Date). */
export function msOfDate(date: unknown): number | undefined {
  if (!(date instanceof Date)) return undefined;
  const ms = date.getTime();
  return Number.isFinite(ms) ? ms : undefined;
}

/** What is shown instead of a date when there is none: the raw value, said plainly. */
export function noCalendarDate(value: unknown): string {
  let text: string;
  try {
    text = value instanceof Date ? "an invalid date" : `${String(value)} s`;
  } catch {
    text = "an unreadable value";
  }
  return `no calendar date (${text})`;
}

/** `2026-01-31T12:00:00Z` (whole seconds drop ".000"), or `no calendar date (18446744073709551615 s)`. Never throws. */
export function isoFromSeconds(seconds: unknown): string {
  const ms = msFromSeconds(seconds);
  return ms === undefined ? noCalendarDate(seconds) : new Date(ms).toISOString().replace(".000Z", "Z");
}
