/**
 * sdk/readPaging.ts without a node: page sizes from gas per row, the errors a smaller page may
 * cure, and the pagers (halving down to one, then the node's error; never a truncated result).
 */
import { expect } from "chai";
import {
  GAS_PER_CALL,
  GAS_PER_ROW,
  LIST_VIEWS,
  MAX_PAGE,
  RPC_GAS_CAP,
  ShortPageError,
  isReadLimitError,
  pageSize,
  readAllChunks,
  readAllPages,
  readPages,
  withHalving,
} from "@pilot/sdk/readPaging";

const gasError = (message = "Transaction ran out of gas") => Object.assign(new Error("could not coalesce error"), { error: { code: -32000, message } });

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  return expect.fail("expected a rejection");
}

/** A fake offset-paged view over `total` rows that fails (as out of gas) above `cap` rows per call. */
function view(total: number, cap = Infinity, reportTotal = true) {
  const limits: number[] = [];
  const read = async (offset: number, limit: number) => {
    limits.push(limit);
    if (limit > cap) throw gasError();
    const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i);
    return reportTotal ? { rows, total: BigInt(total) } : { rows };
  };
  return { read, limits };
}

describe("sdk/readPaging", () => {
  describe("pageSize", () => {
    it("fits half the gas cap at the measured gas per row, never above the contract's maximum", () => {
      for (const view of LIST_VIEWS) {
        const n = pageSize(view);
        expect(n, view).to.be.at.most(MAX_PAGE[view]).and.at.least(1);
        expect(GAS_PER_CALL + BigInt(n) * GAS_PER_ROW[view], view).to.be.at.most(RPC_GAS_CAP / 2n);
      }
      expect(pageSize("attestationsOf")).to.equal(1000);
      expect(pageSize("zones")).to.equal(80);
    });
    it("shrinks with a smaller budget, to one row at least", () => {
      expect(pageSize("projects", 1_000_000n)).to.equal(Number((1_000_000n - GAS_PER_CALL) / GAS_PER_ROW.projects));
      expect(pageSize("entities", 1n)).to.equal(1);
      expect(pageSize("attestationsOf", 50_000_000n)).to.equal(MAX_PAGE.attestationsOf);
    });
  });

  describe("isReadLimitError", () => {
    it("recognises gas caps, out of gas, log range and result limits, and responses too large", () => {
      for (const e of [
        gasError(),
        gasError("transaction gas limit (20000000) is greater than the cap (16777216)"),
        new Error("execution reverted", { cause: new Error("gas required exceeds allowance (50000000)") }),
        new Error("query returned more than 10000 results"),
        new Error("exceed maximum block range: 50000"),
        new Error("HardhatError: HHE3: Failed to make POST request"),
        new Error("Log response size exceeded."),
        { shortMessage: "HTTP request failed.", details: "Payload Too Large" },
      ])
        expect(isReadLimitError(e), JSON.stringify(e, Object.getOwnPropertyNames(e))).to.equal(true);
    });
    it("not a contract's refusal, a rate limit or an unreachable node", () => {
      for (const e of [
        new Error('execution reverted: custom error "PageTooLarge(1001, 1000)"'),
        new Error("429 Too Many Requests: rate limit exceeded"),
        new Error("fetch failed"),
        new Error("connect ECONNREFUSED 127.0.0.1:8545"),
        "nothing",
        undefined,
      ])
        expect(isReadLimitError(e), String(e)).to.equal(false);
    });
  });

  describe("withHalving", () => {
    it("halves on a read-limit error until it passes, and says which size passed", async () => {
      const sizes: number[] = [];
      const r = await withHalving(100, async (n) => {
        sizes.push(n);
        if (n > 20) throw gasError();
        return n * 2;
      });
      expect(r).to.deep.equal({ value: 24, size: 12 });
      expect(sizes).to.deep.equal([100, 50, 25, 12]);
    });
    it("rethrows at one, and at once on another error", async () => {
      const sizes: number[] = [];
      const e = gasError();
      expect(await rejection(withHalving(5, async (n) => (sizes.push(n), Promise.reject(e))))).to.equal(e);
      expect(sizes).to.deep.equal([5, 2, 1]);
      const other = new Error("fetch failed");
      let calls = 0;
      expect(await rejection(withHalving(8, async () => (calls++, Promise.reject(other))))).to.equal(other);
      expect(calls).to.equal(1);
    });
  });

  describe("readPages / readAllPages", () => {
    it("reads every row, page by page, with the total the view reports", async () => {
      const v = view(250);
      expect(await readAllPages(v.read, { pageSize: 100 })).to.deep.equal({ rows: Array.from({ length: 250 }, (_, i) => i), total: 250 });
      expect(v.limits).to.deep.equal([100, 100, 100]);
    });
    it("halves a page the node refuses, then keeps the smaller size", async () => {
      const v = view(100, 30);
      const { rows } = await readAllPages(v.read, { pageSize: 100 });
      expect(rows).to.have.length(100);
      expect(v.limits).to.deep.equal([100, 50, 25, 25, 25, 25]);
    });
    it("a known total: no extra call, and a view without totals ends on its short page", async () => {
      const known = view(7, Infinity, false);
      expect((await readAllPages(known.read, { pageSize: 5, total: 7 })).rows).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
      expect(known.limits).to.deep.equal([5, 5]);
      const unknown = view(10, Infinity, false);
      expect((await readAllPages(unknown.read, { pageSize: 5 })).rows).to.have.length(10);
      expect(unknown.limits).to.deep.equal([5, 5, 5]);
      const empty = view(0);
      expect(await readAllPages(empty.read, { pageSize: 5 })).to.deep.equal({ rows: [], total: 0 });
      expect(await readAllPages(empty.read, { pageSize: 5, total: 0 })).to.deep.equal({ rows: [], total: 0 });
    });
    it("never returns fewer rows than the total: a short page throws ShortPageError", async () => {
      const lying = async (offset: number, limit: number) => ({ rows: offset === 0 ? Array(limit).fill(0) : [1], total: 30 });
      const e = await rejection(readAllPages(lying, { pageSize: 10 }));
      expect(e).to.be.instanceOf(ShortPageError);
      expect(e).to.include({ offset: 10, expected: 10, received: 1 });
    });
    it("streams pages with their offsets, from a start offset", async () => {
      const pages = [];
      for await (const p of readPages(view(12).read, { pageSize: 5, offset: 3 })) pages.push([p.offset, p.rows.length, p.total]);
      expect(pages).to.deep.equal([
        [3, 5, 12],
        [8, 4, 12],
      ]);
    });
    it("gives up with the node's error when even one row is refused", async () => {
      const e = await rejection(readAllPages(view(10, 0).read, { pageSize: 4 }));
      expect((e as { error: { message: string } }).error.message).to.equal("Transaction ran out of gas");
    });
  });

  describe("readAllChunks", () => {
    it("reads a list in chunks, halving a chunk the node refuses; one row per item, in order", async () => {
      const sizes: number[] = [];
      const items = Array.from({ length: 23 }, (_, i) => i);
      const rows = await readAllChunks(
        items,
        async (chunk) => {
          sizes.push(chunk.length);
          if (chunk.length > 6) throw gasError();
          return chunk.map((i) => i * 10);
        },
        { pageSize: 10 },
      );
      expect(rows).to.deep.equal(items.map((i) => i * 10));
      expect(sizes).to.deep.equal([10, 5, 5, 5, 5, 3]);
      expect(await readAllChunks([], async () => [], { pageSize: 10 })).to.deep.equal([]);
    });
    it("a call answering fewer rows than items throws", async () => {
      expect(await rejection(readAllChunks([1, 2, 3], async (c) => c.slice(1), { pageSize: 3 }))).to.be.instanceOf(ShortPageError);
    });
  });
});
