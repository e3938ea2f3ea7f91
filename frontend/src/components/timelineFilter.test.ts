// @vitest-environment node
import { describe, expect, it } from "vitest";
import { filterByKind, kindCounts, parseKind, parseView } from "./timelineFilter";

const items = [
  { uid: "a", kind: 1 },
  { uid: "b", kind: 0 },
  { uid: "c", kind: 1 },
  { uid: "d", kind: 4 },
];

describe("timeline filter by kind", () => {
  it("reads a kind from the URL, and treats anything else as all kinds", () => {
    expect(parseKind("1")).toBe(1);
    expect(parseKind("0")).toBe(0);
    expect(parseKind("5")).toBe(5);
    for (const bad of [null, undefined, "", "6", "-1", "1.5", "milestone", " 1", "1e0"]) expect(parseKind(bad), String(bad)).toBeUndefined();
  });

  it("keeps only the chosen kind, in order; no kind keeps every item", () => {
    expect(filterByKind(items, 1).map((a) => a.uid)).toEqual(["a", "c"]);
    expect(filterByKind(items, 2)).toEqual([]);
    expect(filterByKind(items, undefined)).toBe(items);
  });

  it("counts the kinds loaded, in the protocol's order, and lists a chosen kind that none of them has", () => {
    expect(kindCounts(items)).toEqual([
      { kind: 0, label: "Progress report", count: 1 },
      { kind: 1, label: "Milestone", count: 2 },
      { kind: 4, label: "Evaluation", count: 1 },
    ]);
    expect(kindCounts(items, 5).at(-1)).toEqual({ kind: 5, label: "Acceptance", count: 0 });
    expect(kindCounts([], undefined)).toEqual([]);
  });

  it("remembers the compact view, and falls back to the detailed one", () => {
    expect(parseView("compact")).toBe("compact");
    expect(parseView("detailed")).toBe("detailed");
    expect(parseView(null)).toBe("detailed");
    expect(parseView("grid")).toBe("detailed");
  });
});
