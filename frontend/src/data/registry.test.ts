// @vitest-environment node
import { describe, expect, it } from "vitest";
import { pageSize } from "@pilot/sdk/readPaging";
import { readAll } from "./registry";

/** A list view over `n` rows that refuses pages longer than `cap` like a node over its gas cap. */
function view(n: number, cap = Infinity) {
  const calls: Array<[number, number]> = [];
  const load = async (offset: bigint, limit: bigint) => {
    calls.push([Number(offset), Number(limit)]);
    if (Number(limit) > cap) throw new Error("gas required exceeds allowance (16777216)");
    const rows = Array.from({ length: Math.max(0, Math.min(Number(limit), n - Number(offset))) }, (_, i) => Number(offset) + i);
    return { rows, total: BigInt(n) };
  };
  return { load, calls };
}

describe("readAll (the registry's list views, paged within the node's limits)", () => {
  it("reads the first page (sized by the sdk), then every other page at once", async () => {
    const size = pageSize("zones");
    const { load, calls } = view(2 * size + 7);
    const rows = await readAll("zones", load);
    expect(rows).toEqual(Array.from({ length: 2 * size + 7 }, (_, i) => i));
    expect(calls).toEqual([[0, size], [size, size], [2 * size, 7]]);
  });
  it("halves the page size on a gas-cap refusal and keeps the smaller size", async () => {
    const { load, calls } = view(100, 30);
    const rows = await readAll("projects", load);
    expect(rows).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(calls.slice(0, 3).map(([, l]) => l)).toEqual([100, 50, 25]);
    expect(calls.slice(3).every(([, l]) => l <= 25)).toBe(true);
  });
  it("refuses a short answer rather than truncate", async () => {
    const short = async (offset: bigint) => ({ rows: offset === 0n ? [1, 2] : [], total: 150n });
    await expect(readAll("projects", short)).rejects.toThrow(/incomplete|expected/);
  });
});
