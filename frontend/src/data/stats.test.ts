// @vitest-environment node
import { describe, expect, it } from "vitest";
import { countBy, monthKeyOf, monthSeries, monthSeriesOfTimes, quarterSeries, seriesBy } from "./stats";

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

describe("attestations over time, by month and quarter", () => {
  const rows = [
    { key: "2021-10", value: 40 },
    { key: "2022-01", value: 3 },
    { key: "2022-03", value: 5 },
    { key: "2023-06", value: 7 },
    { key: "2022-01", value: 1 },
    { key: "bad", value: 9 },
    { key: "2022-13", value: 9 },
  ];

  it("gives every month from the first to the last, gaps filled with zeros, repeated keys summed, malformed ones ignored", () => {
    const months = monthSeries(rows);
    expect(months[0]).toEqual({ label: "2021-10", value: 40 });
    expect(months.at(-1)).toEqual({ label: "2023-06", value: 7 });
    expect(months).toHaveLength(21);
    expect(months.slice(0, 6).map((d) => d.value)).toEqual([40, 0, 0, 4, 0, 5]);
    expect(months.reduce((n, d) => n + d.value, 0)).toBe(56);
  });

  it("sums calendar quarters, labelled YYYY-Qn, with nothing lost across a year's end", () => {
    const quarters = quarterSeries(monthSeries(rows));
    expect(quarters.map((d) => d.label)).toEqual(["2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2"]);
    expect(quarters.map((d) => d.value)).toEqual([40, 9, 0, 0, 0, 0, 7]);
    expect(seriesBy(monthSeries(rows), "quarter")).toEqual(quarters);
    expect(seriesBy(monthSeries(rows), "month")).toEqual(monthSeries(rows));
  });

  it("keeps the latest ten years at most, and nothing from no data", () => {
    const long = monthSeries([{ key: "2000-01", value: 1 }, { key: "2024-12", value: 2 }]);
    expect(long).toHaveLength(120);
    expect(long[0]?.label).toBe("2015-01");
    expect(monthSeries([])).toEqual([]);
    expect(quarterSeries([])).toEqual([]);
  });

  it("buckets the limited mode's attestation times the same way (UTC months)", () => {
    const t = (s: string) => new Date(s);
    expect(monthKeyOf(t("2023-06-30T23:59:59Z"))).toBe("2023-06");
    const months = monthSeriesOfTimes([t("2022-01-10T00:00:00Z"), t("2022-01-20T00:00:00Z"), t("2022-06-01T00:00:00Z"), t("invalid")]);
    expect(months.map((d) => d.label)).toEqual(["2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06"]);
    expect(months.map((d) => d.value)).toEqual([2, 0, 0, 0, 0, 1]);
    expect(quarterSeries(months)).toEqual([{ label: "2022-Q1", value: 2 }, { label: "2022-Q2", value: 1 }]);
  });
});
