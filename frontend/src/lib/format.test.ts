import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatSecondsDateTime, isoDateTime } from "./format";

describe("finding 5: every date formatter of the dApp is total", () => {
  it("formats valid dates and times in seconds", () => {
    expect(formatDate(new Date(Date.UTC(2026, 0, 31, 12)))).toBe("Jan 31, 2026");
    expect(formatDateTime(new Date(0))).toMatch(/^(Dec 31, 1969|Jan 1, 1970), \d\d:\d\d/);
    expect(formatSecondsDateTime(0n)).toBe(formatDateTime(new Date(0)));
    expect(formatSecondsDateTime(1_700_000_000)).toBe(formatDateTime(new Date(1_700_000_000_000)));
    expect(isoDateTime(new Date(1_700_000_000_000))).toBe("2023-11-14T22:13:20.000Z");
  });

  it("never throws: 2^64-1, beyond the Date range, negative, NaN and Invalid Dates", () => {
    expect(formatSecondsDateTime(2n ** 64n - 1n)).toBe("no calendar date (18446744073709551615 s)");
    expect(formatSecondsDateTime(2n ** 256n - 1n)).toMatch(/^no calendar date \(\d+ s\)$/);
    expect(formatSecondsDateTime(Number.NaN)).toBe("no calendar date (NaN s)");
    expect(formatSecondsDateTime(-1)).toBe(formatDateTime(new Date(-1000)));
    const invalid = new Date(Number(2n ** 64n - 1n) * 1000);
    expect(formatDate(invalid)).toBe("no calendar date (an invalid date)");
    expect(formatDateTime(invalid)).toBe("no calendar date (an invalid date)");
    expect(formatDateTime(new Date(Number.NaN))).toBe("no calendar date (an invalid date)");
    expect(isoDateTime(invalid)).toBeUndefined();
  });
});
