/**
 * sdk/logPaging.ts against a fake provider: one "log" per block (its number), a range cap, a
 * result cap, and a record of every call (grouped by tick, which a batching transport sends as
 * one HTTP request). getLogsPaged's cases are the dApp's (frontend/src/data/logPages.test.ts),
 * moved here with the code.
 */
import { expect } from "chai";
import { getLogsPaged, logPages, rangeHint, splitRange, type LogSource } from "@pilot/sdk/logPaging";
import { isRangeError } from "@pilot/sdk/readPaging";

function fakeRpc(opts: {
  head: bigint;
  cap?: bigint;
  capMessage?: string;
  /** most logs one answer may hold */
  maxResults?: number;
  /** logs per block (default 1) */
  density?: (block: bigint) => number;
  fail?: (from: bigint, to: bigint) => Error | undefined;
}) {
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
        throw Object.assign(new Error("RPC Request failed."), {
          cause: { message: opts.capMessage ?? `exceed maximum block range: ${opts.cap}`, code: -32600 },
        });
      }
      const out: bigint[] = [];
      for (let b = from; b <= end; b++) for (let i = 0; i < (opts.density?.(b) ?? 1); i++) out.push(b);
      if (opts.maxResults !== undefined && out.length > opts.maxResults) throw new Error(`query returned more than ${opts.maxResults} results`);
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
const rejects = async (p: Promise<unknown>, message: string) => {
  try {
    await p;
  } catch (error) {
    expect((error as Error).message).to.include(message);
    return;
  }
  expect.fail(`expected a rejection with "${message}"`);
};

describe("sdk/logPaging", () => {
  describe("splitRange", () => {
    it("cuts an inclusive range into pages of at most `size` blocks", () => {
      expect(splitRange(10n, 34n, 10n)).to.deep.equal([
        [10n, 19n],
        [20n, 29n],
        [30n, 34n],
      ]);
      expect(splitRange(5n, 5n, 50_000n)).to.deep.equal([[5n, 5n]]);
      expect(splitRange(6n, 5n, 10n)).to.deep.equal([]);
      expect(() => splitRange(0n, 1n, 0n)).to.throw(RangeError);
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
        expect(isRangeError(new Error("RPC Request failed.", { cause: new Error(m) })), m).to.equal(true);
      expect(isRangeError(new Error("project ID request rate exceeded"))).to.equal(false);
      expect(isRangeError(new Error("fetch failed"))).to.equal(false);
    });
    it("reads the provider's accepted range when it says", () => {
      expect(rangeHint(new Error("exceed maximum block range: 50000"))).to.equal(50_000n);
      expect(rangeHint(new Error("requests with up to a 2K block range"))).to.equal(2_000n);
      expect(rangeHint(new Error("eth_getLogs is limited to a 10,000 range"))).to.equal(10_000n);
      expect(rangeHint(new Error("query returned more than 10000 results"))).to.equal(undefined);
    });
  });

  describe("getLogsPaged", () => {
    const opts = { maxRange: 50_000n, pagesPerBatch: 10 };

    it("small range, latest: one batch (head + logs), no paging", async () => {
      const rpc = fakeRpc({ head: 120n });
      expect(await getLogsPaged(rpc.source, 100n, "latest", opts)).to.deep.equal({ logs: range(100n, 120n), head: 120n });
      expect(rpc.calls).to.deep.equal(["head", "logs 100-latest"]);
      expect(rpc.batches).to.have.length(1);
    });

    it("a provider refusing the range: pages up to the head from the same batch, batched, following its hint", async () => {
      const rpc = fakeRpc({ head: 1_099n, cap: 250n, capMessage: "exceed maximum block range: 250" });
      const r = await getLogsPaged(rpc.source, 0n, "latest", { maxRange: 50_000n, pagesPerBatch: 3 });
      expect(r.logs).to.deep.equal(range(0n, 1_099n));
      expect(r.head).to.equal(1_099n);
      expect(rpc.calls).to.deep.equal(["head", "logs 0-latest", "logs 0-249", "logs 250-499", "logs 500-749", "logs 750-999", "logs 1000-1099"]);
      expect(rpc.batches.map((b) => b.length)).to.deep.equal([2, 3, 2]);
    });

    it("no hint: halves the page until accepted, and keeps the smaller size", async () => {
      const rpc = fakeRpc({ head: 99n, cap: 30n, capMessage: "query returned more than 10000 results" });
      const r = await getLogsPaged(rpc.source, 0n, 99n, { maxRange: 1_000n, pagesPerBatch: 10 });
      expect(r.logs).to.deep.equal(range(0n, 99n));
      expect(rpc.calls).to.deep.equal(["logs 0-99", "logs 0-49", "logs 50-99", "logs 0-24", "logs 25-49", "logs 50-74", "logs 75-99"]);
    });

    it("a range above the configured max goes straight to pages (known toBlock, or a head hint)", async () => {
      const rpc = fakeRpc({ head: 0n });
      expect((await getLogsPaged(rpc.source, 1n, 25n, { maxRange: 10n, pagesPerBatch: 10 })).logs).to.deep.equal(range(1n, 25n));
      expect(rpc.calls).to.deep.equal(["logs 1-10", "logs 11-20", "logs 21-25"]);
      expect(rpc.batches).to.have.length(1);
      const big = fakeRpc({ head: 30n });
      expect(await getLogsPaged(big.source, 0n, "latest", { maxRange: 10n, pagesPerBatch: 2, headHint: 29n })).to.deep.equal({
        logs: range(0n, 30n),
        head: 30n,
      });
      expect(big.calls).to.deep.equal(["head", "logs 0-9", "logs 10-19", "logs 20-29", "logs 30-30"]);
    });

    it("other errors are not retried as pages; a single block still refused gives up with the provider's error", async () => {
      const rpc = fakeRpc({ head: 10n, fail: () => new Error("fetch failed") });
      await rejects(getLogsPaged(rpc.source, 0n, "latest", opts), "fetch failed");
      expect(rpc.calls).to.deep.equal(["head", "logs 0-latest"]);
      const one = fakeRpc({ head: 3n, fail: () => new Error("query returned more than 10000 results") });
      await rejects(getLogsPaged(one.source, 0n, 3n, opts), "more than 10000 results");
    });
  });

  describe("logPages (streaming)", () => {
    const collect = async (rpc: ReturnType<typeof fakeRpc>, options: Parameters<typeof logPages>[1]) => {
      const pages: string[] = [];
      const logs: bigint[] = [];
      for await (const page of logPages((a, b) => rpc.source.getLogs(a, b), options)) {
        pages.push(`${page.fromBlock}-${page.toBlock}:${page.logs.length}`);
        logs.push(...page.logs);
      }
      return { pages, logs };
    };

    it("yields consecutive pages covering the range exactly, in order", async () => {
      const rpc = fakeRpc({ head: 0n });
      const { pages, logs } = await collect(rpc, { fromBlock: 5n, toBlock: 34n, range: 10n, maxRange: 10n });
      expect(pages).to.deep.equal(["5-14:10", "15-24:10", "25-34:10"]);
      expect(logs).to.deep.equal(range(5n, 34n));
      expect(await collect(rpc, { fromBlock: 9n, toBlock: 8n })).to.deep.equal({ pages: [], logs: [] });
    });

    it("a provider capping the range: follows its hint and never asks more again", async () => {
      const rpc = fakeRpc({ head: 0n, cap: 300n, capMessage: "exceed maximum block range: 300" });
      const { logs } = await collect(rpc, { fromBlock: 0n, toBlock: 1_999n, range: 1_000n, maxRange: 5_000n, targetLogs: 100_000 });
      expect(logs).to.deep.equal(range(0n, 1_999n));
      expect(rpc.calls.filter((c) => c.startsWith("logs"))[0]).to.equal("logs 0-999");
      const refused = rpc.calls.filter((c) => {
        const [a, b] = c.slice(5).split("-").map(BigInt);
        return b - a + 1n > 300n;
      });
      expect(refused).to.deep.equal(["logs 0-999"]); // refused once, then 300-block pages only
    });

    it("no hint (a cut-off response): halves down to what passes", async () => {
      const rpc = fakeRpc({ head: 0n, fail: (a, b) => (b - a + 1n > 40n ? new Error("HardhatError: HHE3: Failed to make POST request") : undefined) });
      const { logs, pages } = await collect(rpc, { fromBlock: 0n, toBlock: 99n, range: 160n, maxRange: 160n, targetLogs: 100_000 });
      expect(logs).to.deep.equal(range(0n, 99n));
      // 160 blocks clamped to the 100 left: refused -> 50 refused -> 25 passes, and stays 25
      expect(pages).to.deep.equal(["0-24:25", "25-49:25", "50-74:25", "75-99:25"]);
    });

    it("keeps pages near targetLogs: shorter ranges where blocks are dense, longer where sparse", async () => {
      const rpc = fakeRpc({ head: 0n, density: (b) => (b >= 100n && b < 200n ? 50 : 0) });
      const { pages, logs } = await collect(rpc, { fromBlock: 0n, toBlock: 999n, range: 64n, maxRange: 512n, targetLogs: 400 });
      expect(logs).to.have.length(100 * 50);
      const sizes = pages.map((p) => Number(p.split(":")[1]));
      // after the first dense page, no page holds much more than twice the target
      expect(Math.max(...sizes.slice(2))).to.be.at.most(800);
      const spans = pages.map((p) => {
        const [a, b] = p.split(":")[0].split("-").map(Number);
        return b - a + 1;
      });
      expect(Math.max(...spans)).to.be.at.least(256); // grows back in the sparse tail (64, 128, 256, 512 clamped at the end)
      expect(spans.reduce((x, y) => x + y, 0)).to.equal(1000);
    });

    it("a result-count cap: shrinks until a page fits", async () => {
      const rpc = fakeRpc({ head: 0n, maxResults: 30 });
      const { logs } = await collect(rpc, { fromBlock: 0n, toBlock: 199n, range: 200n, maxRange: 200n, targetLogs: 1_000 });
      expect(logs).to.deep.equal(range(0n, 199n));
    });

    it("gives up with the provider's error at one block, and at once on an error a shorter range cannot cure", async () => {
      const one = fakeRpc({ head: 0n, density: () => 50, maxResults: 10 });
      await rejects(collect(one, { fromBlock: 0n, toBlock: 9n, range: 8n }), "more than 10 results");
      expect(one.calls.at(-1)).to.equal("logs 0-0");
      const down = fakeRpc({ head: 0n, fail: () => new Error("fetch failed") });
      await rejects(collect(down, { fromBlock: 0n, toBlock: 9n, range: 8n }), "fetch failed");
      expect(down.calls).to.deep.equal(["logs 0-7"]);
      const limited = fakeRpc({ head: 0n, fail: () => new Error("429 Too Many Requests: rate limit") });
      await rejects(collect(limited, { fromBlock: 0n, toBlock: 9n, range: 8n }), "rate limit");
      expect(limited.calls).to.have.length(1);
    });
  });
});
