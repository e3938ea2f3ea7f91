/**
 * sdk/logPaging.ts `newestFirst` without a node (the dApp's limited mode reads block ranges
 * from the head down with it): stopping at the target, growing over empty stretches, shortening
 * refused ranges, the request budget, the prior density.
 */
import { expect } from "chai";
import { newestFirst, rangeForDensity } from "@pilot/sdk/logPaging";

/** A chain with one log at each of `blocks`; refuses ranges longer than `cap` like a public RPC. */
function chain(blocks: readonly number[], cap = Infinity) {
  const calls: Array<[bigint, bigint]> = [];
  const getLogs = async (from: bigint, to: bigint) => {
    calls.push([from, to]);
    if (Number(to - from + 1n) > cap) throw new Error(`query exceeds max block range ${cap}`);
    return blocks.filter((b) => b >= from && b <= to).map((b) => ({ block: b }));
  };
  return { getLogs, calls };
}

describe("sdk/logPaging newestFirst (limited mode: block ranges from the head down)", () => {
  it("stops as soon as the target is in hand, newest range first, and says where to go on", async () => {
    const { getLogs, calls } = chain(Array.from({ length: 100 }, (_, i) => 10 + i * 10)); // blocks 10..1000
    const r = await newestFirst(getLogs, { floor: 1n, below: 1000n, range: 50n, maxRange: 10_000n, target: 12, maxRequests: 10 });
    expect(calls[0]).to.deep.equal([951n, 1000n]);
    const blocks = r.ranges.flatMap((x) => x.logs.map((l) => l.block));
    expect(blocks.length).to.be.at.least(12);
    expect(Math.min(...blocks)).to.be.greaterThan(800); // never read far past what it needed
    expect(r.exhausted).to.equal(false);
    expect(r.oldestBlock).to.equal(r.ranges[r.ranges.length - 1]?.fromBlock);
    // Load older: from just below what was read.
    const older = await newestFirst(getLogs, { floor: 1n, below: r.oldestBlock - 1n, range: r.nextRange, maxRange: 10_000n, target: 1000, maxRequests: 50 });
    expect(older.exhausted).to.equal(true);
    const all = [...blocks, ...older.ranges.flatMap((x) => x.logs.map((l) => l.block))];
    expect(new Set(all).size).to.equal(100);
    expect(all.length).to.equal(100);
  });

  it("grows the range over empty stretches and never goes below the floor", async () => {
    const { getLogs, calls } = chain([5]);
    const r = await newestFirst(getLogs, { floor: 3n, below: 10_000n, range: 10n, maxRange: 5_000n, target: 5, maxRequests: 20 });
    expect(calls.map(([a, b]) => Number(b - a + 1n))).to.deep.equal([10, 80, 640, 5000, 4268]);
    expect(calls[calls.length - 1]?.[0]).to.equal(3n);
    expect(r.exhausted).to.equal(true);
    expect(r.ranges.flatMap((x) => x.logs)).to.deep.equal([{ block: 5 }]);
  });

  it("halves a refused range (or follows the provider's hint) and keeps it under the cap", async () => {
    const { getLogs, calls } = chain([990, 995], 100);
    const r = await newestFirst(getLogs, { floor: 0n, below: 999n, range: 1000n, maxRange: 1000n, target: 2, maxRequests: 10 });
    expect(calls[0]).to.deep.equal([0n, 999n]);
    expect(calls[1]).to.deep.equal([900n, 999n]); // "max block range 100": the hint
    expect(r.ranges.flatMap((x) => x.logs).length).to.equal(2);
  });

  it("rethrows what a shorter range cannot cure, and respects the request budget", async () => {
    const refused = await newestFirst(
      async () => {
        throw new Error("execution reverted");
      },
      { floor: 0n, below: 10n, range: 5n, maxRange: 5n, target: 1, maxRequests: 3 },
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).to.be.instanceOf(Error).with.property("message", "execution reverted");
    const { getLogs } = chain([]);
    const r = await newestFirst(getLogs, { floor: 0n, below: 1_000_000n, range: 1n, maxRange: 8n, target: 1, maxRequests: 3 });
    expect(r.requests).to.equal(3);
    expect(r.exhausted).to.equal(false);
  });

  it("with a prior density, a sparse stretch at the head does not lead into a long range in a dense one", async () => {
    // Blocks 1..900 hold one log each; 901..1000 are quiet (the last hundred blocks).
    const { getLogs, calls } = chain(Array.from({ length: 900 }, (_, i) => i + 1));
    const free = await newestFirst(getLogs, { floor: 1n, below: 1000n, range: 100n, maxRange: 10_000n, target: 100, maxRequests: 10 });
    const guarded = await newestFirst(chain(Array.from({ length: 900 }, (_, i) => i + 1)).getLogs, {
      floor: 1n,
      below: 1000n,
      range: 100n,
      maxRange: 10_000n,
      target: 100,
      maxRequests: 10,
      prior: 0.9,
    });
    const read = (r: typeof free) => r.ranges.reduce((n, x) => n + x.logs.length, 0);
    expect(read(free)).to.equal(800); // 100 quiet blocks, then 8 times as many at one log each
    expect(calls.length).to.equal(2);
    expect(read(guarded)).to.be.at.most(120);
    expect(read(guarded)).to.be.at.least(100);
  });

  it("sizes the first range from the chain's density", () => {
    expect(rangeForDensity(2_000, 2_500n, 200, 50_000n)).to.equal(250n);
    expect(rangeForDensity(250_000, 5_000n, 200, 50_000n)).to.equal(4n);
    expect(rangeForDensity(0, 5_000n, 200, 50_000n)).to.equal(50_000n);
    expect(rangeForDensity(10, 10_000_000n, 200, 50_000n)).to.equal(50_000n);
  });
});
