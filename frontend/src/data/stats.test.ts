import { describe, expect, it } from "vitest";
import { countBy, granularityFor, overTime } from "./stats";

describe("countBy", () => {
  it("counts, keeps a given order with zeros, and sorts otherwise", () => {
    const rows = [{ s: "Active" }, { s: "Active" }, { s: "Proposed" }];
    expect(countBy(rows, (r) => r.s, ["Proposed", "Active", "Rejected"])).toEqual([
      { label: "Proposed", value: 1 },
      { label: "Active", value: 2 },
      { label: "Rejected", value: 0 },
    ]);
    expect(countBy(rows, (r) => r.s)[0]).toEqual({ label: "Active", value: 2 });
  });
  it("counts multi-valued keys once per value", () => {
    expect(countBy([{ f: ["Health", "Education"] }, { f: ["Health"] }], (r) => r.f)).toEqual([
      { label: "Health", value: 2 },
      { label: "Education", value: 1 },
    ]);
  });
});

describe("overTime", () => {
  it("picks a bucket size from the span", () => {
    expect(granularityFor(400 * 86_400_000)).toBe("month");
    expect(granularityFor(10 * 86_400_000)).toBe("day");
    expect(granularityFor(5 * 3_600_000)).toBe("hour");
    expect(granularityFor(60_000)).toBe("minute");
  });
  it("fills gaps with zeros, per month", () => {
    const t = (s: string) => new Date(s);
    const { data, granularity } = overTime([t("2022-01-10T00:00:00Z"), t("2022-01-20T00:00:00Z"), t("2022-06-01T00:00:00Z")]);
    expect(granularity).toBe("month");
    expect(data.map((d) => d.label)).toEqual(["2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06"]);
    expect(data.map((d) => d.value)).toEqual([2, 0, 0, 0, 0, 1]);
  });
  it("handles no data", () => {
    expect(overTime([]).data).toEqual([]);
  });
});
