import { describe, expect, it } from "vitest";
import { getLogsPaged, isRangeError, rangeHint, splitRange, type LogSource } from "./logPages";

/** A fake RPC: one "log" per block (its number), a range cap, and a record of every call, grouped by tick (≈ batch). */
function fakeRpc(opts: { head: bigint; cap?: bigint; capMessage?: string; fail?: (from: bigint, to: bigint) => Error | undefined }) {
  const calls: string[] = [];
  const batches: string[][] = [];
  let current: string[] | undefined;
  const record = (c: string) => {
    if (!current) {
      current = [];
      batches.push(current);
      queueMicrotask(() => (current = undefined));
    }
    current.push(c);
    calls.push(c);
  };
  const source: LogSource<bigint> = {
    async getLogs(from, to) {
      const end = to === "latest" ? opts.head : to;
      record(`logs ${from}-${to}`);
      const custom = opts.fail?.(from, end);
      if (custom) throw custom;
      if (opts.cap !== undefined && end - from + 1n > opts.cap) {
        throw Object.assign(new Error("RPC Request failed."), { cause: { message: opts.capMessage ?? `exceed maximum block range: ${opts.cap}`, code: -32600 } });
      }
      const out: bigint[] = [];
      for (let b = from; b <= end; b++) out.push(b);
      return out;
    },
    async getBlockNumber() {
      record("head");
      return opts.head;
    },
  };
  return { source, calls, batches };
}

const range = (a: bigint, b: bigint) => Array.from({ length: Number(b - a + 1n) }, (_, i) => a + BigInt(i));

describe("splitRange", () => {
  it("cuts an inclusive range into pages of at most `size` blocks", () => {
    expect(splitRange(10n, 34n, 10n)).toEqual([[10n, 19n], [20n, 29n], [30n, 34n]]);
    expect(splitRange(5n, 5n, 50_000n)).toEqual([[5n, 5n]]);
    expect(splitRange(6n, 5n, 10n)).toEqual([]);
    expect(() => splitRange(0n, 1n, 0n)).toThrow();
  });
});

describe("range refusals", () => {
  it("recognises the usual provider messages, not rate limits or outages", () => {
    for (const m of [
      "exceed maximum block range: 50000",
      "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size",
      "query returned more than 10000 results",
      "eth_getLogs is limited to a 10,000 range",
      "block range is too wide",
      "Block range too large",
    ])
      expect(isRangeError(new Error("RPC Request failed.", { cause: new Error(m) })), m).toBe(true);
    expect(isRangeError(new Error("project ID request rate exceeded"))).toBe(false);
    expect(isRangeError(new Error("fetch failed"))).toBe(false);
  });
  it("reads the provider's accepted range when it says", () => {
    expect(rangeHint(new Error("exceed maximum block range: 50000"))).toBe(50_000n);
    expect(rangeHint(new Error("requests with up to a 2K block range"))).toBe(2_000n);
    expect(rangeHint(new Error("eth_getLogs is limited to a 10,000 range"))).toBe(10_000n);
    expect(rangeHint(new Error("query returned more than 10000 results"))).toBeUndefined();
  });
});

describe("getLogsPaged", () => {
  const opts = { maxRange: 50_000n, pagesPerBatch: 10 };

  it("small range, latest: one batch (head + logs), no paging", async () => {
    const rpc = fakeRpc({ head: 120n });
    const r = await getLogsPaged(rpc.source, 100n, "latest", opts);
    expect(r).toEqual({ logs: range(100n, 120n), head: 120n });
    expect(rpc.calls).toEqual(["head", "logs 100-latest"]);
    expect(rpc.batches).toHaveLength(1);
  });

  it("a provider refusing the range: pages up to the head from the same batch, batched, following its hint", async () => {
    const rpc = fakeRpc({ head: 1_099n, cap: 250n, capMessage: "exceed maximum block range: 250" });
    const r = await getLogsPaged(rpc.source, 0n, "latest", { maxRange: 50_000n, pagesPerBatch: 3 });
    expect(r.logs).toEqual(range(0n, 1_099n));
    expect(r.head).toBe(1_099n);
    expect(rpc.calls).toEqual(["head", "logs 0-latest", "logs 0-249", "logs 250-499", "logs 500-749", "logs 750-999", "logs 1000-1099"]);
    expect(rpc.batches.map((b) => b.length)).toEqual([2, 3, 2]);
  });

  it("no hint: halves the page until accepted, and keeps the smaller size", async () => {
    const rpc = fakeRpc({ head: 99n, cap: 30n, capMessage: "query returned more than 10000 results" });
    const r = await getLogsPaged(rpc.source, 0n, 99n, { maxRange: 1_000n, pagesPerBatch: 10 });
    expect(r.logs).toEqual(range(0n, 99n));
    // 100 refused -> 50 refused -> 25 accepted; the rest of the range in 25-block pages.
    expect(rpc.calls).toEqual(["logs 0-99", "logs 0-49", "logs 50-99", "logs 0-24", "logs 25-49", "logs 50-74", "logs 75-99"]);
  });

  it("a range above the configured max goes straight to pages (known toBlock, or a head hint)", async () => {
    const rpc = fakeRpc({ head: 0n });
    const r = await getLogsPaged(rpc.source, 1n, 25n, { maxRange: 10n, pagesPerBatch: 10 });
    expect(r.logs).toEqual(range(1n, 25n));
    expect(rpc.calls).toEqual(["logs 1-10", "logs 11-20", "logs 21-25"]);
    expect(rpc.batches).toHaveLength(1);

    const big = fakeRpc({ head: 30n });
    const h = await getLogsPaged(big.source, 0n, "latest", { maxRange: 10n, pagesPerBatch: 2, headHint: 29n });
    expect(h).toEqual({ logs: range(0n, 30n), head: 30n });
    expect(big.calls).toEqual(["head", "logs 0-9", "logs 10-19", "logs 20-29", "logs 30-30"]);
  });

  it("other errors are not retried as pages", async () => {
    const rpc = fakeRpc({ head: 10n, fail: () => new Error("fetch failed") });
    await expect(getLogsPaged(rpc.source, 0n, "latest", opts)).rejects.toThrow("fetch failed");
    expect(rpc.calls).toEqual(["head", "logs 0-latest"]);
    const paged = fakeRpc({ head: 10n, fail: (from) => (from === 5n ? new Error("fetch failed") : undefined) });
    await expect(getLogsPaged(paged.source, 0n, 10n, { maxRange: 5n, pagesPerBatch: 10 })).rejects.toThrow("fetch failed");
  });

  it("a single block still refused: gives up with the provider's error", async () => {
    const rpc = fakeRpc({ head: 3n, fail: () => new Error("query returned more than 10000 results") });
    await expect(getLogsPaged(rpc.source, 0n, 3n, opts)).rejects.toThrow("more than 10000 results");
  });
});
