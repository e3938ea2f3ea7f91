// @vitest-environment node
import { afterEach, describe, expect, it } from "vitest";
import { formatBucketLabel, formatDate, formatDateTime, formatLocale, formatNumber, formatSecondsDateTime, isoDateTime, setFormatLocale } from "./display";

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

describe("formats by the active locale (issue 12)", () => {
  afterEach(() => setFormatLocale("en"));

  it("English by default; Simplified Chinese dates and numbers in zh-CN; still total", () => {
    const d = new Date(Date.UTC(2022, 0, 10, 12));
    expect(formatNumber(1973)).toBe("1,973");
    expect(formatDate(d)).toBe("Jan 10, 2022");
    expect(formatBucketLabel("2022-01")).toBe("Jan 2022");
    setFormatLocale("zh-CN");
    expect(formatLocale()).toBe("zh-CN");
    expect(formatNumber(1973)).toBe("1,973");
    expect(formatDate(d)).toBe("2022年1月10日");
    expect(formatDateTime(d)).toMatch(/^2022年1月10日 \d\d:\d\d$/);
    expect(formatBucketLabel("2022-01")).toBe("2022年1月");
    expect(formatBucketLabel("01-31")).toBe("01-31");
    expect(formatSecondsDateTime(2n ** 64n - 1n)).toBe("无对应日历日期（18446744073709551615 s）");
    expect(formatDate(new Date(Number.NaN))).toBe("无对应日历日期（无效日期）");
    setFormatLocale("fr");
    expect(formatDate(d)).toBe("Jan 10, 2022");
  });
});
