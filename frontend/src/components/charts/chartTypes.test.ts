// @vitest-environment node
import { describe, expect, it } from "vitest";
import { niceTicks, textEm, wrapLabel } from "./chartTypes";

describe("chart axes and labels (issue 12)", () => {
  it("value axes use round ticks: 0/10/20/30/40 for 38, never 0/13/25/38", () => {
    expect(niceTicks(38)).toEqual({ ticks: [0, 10, 20, 30, 40], top: 40 });
    expect(niceTicks(50)).toEqual({ ticks: [0, 10, 20, 30, 40, 50], top: 50 });
    expect(niceTicks(3)).toEqual({ ticks: [0, 1, 2, 3], top: 3 });
    expect(niceTicks(0)).toEqual({ ticks: [0, 1], top: 1 });
    expect(niceTicks(1973).ticks).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(7).ticks).toEqual([0, 2, 4, 6, 8]);
    for (const max of [1, 9, 13, 26, 101, 349, 12_345]) {
      const { ticks, top } = niceTicks(max);
      const step = ticks[1] ?? 0;
      expect(top).toBeGreaterThanOrEqual(max);
      expect(ticks.length - 1).toBeLessThanOrEqual(5);
      expect(String(step)).toMatch(/^[125]0*$/);
      expect(ticks.every((t, i) => t === i * step)).toBe(true);
    }
  });

  it("labels wrap into whole words (no 'Ente.'), CJK between characters, and are cut only past the last line", () => {
    expect(wrapLabel("Enterprise", 6)).toEqual(["Enterprise"]);
    expect(wrapLabel("Government body", 6)).toEqual(["Government", "body"]);
    expect(wrapLabel("Research institute", 6)).toEqual(["Research", "institute"]);
    expect(wrapLabel("人力资源和社会保障", 4)).toEqual(["人力资源", "和社会保", "障"]);
    expect(wrapLabel("Cross-border finance", 20)).toEqual(["Cross-border finance"]);
    expect(wrapLabel("Human resources and social security", 5, 2)).toEqual(["Human", "resource…"]);
    expect(textEm("人力")).toBe(2);
  });
});
