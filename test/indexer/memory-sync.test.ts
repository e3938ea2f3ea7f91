/**
 * The in-memory historical sync of our Ponder patch (patches/README.md, PONDER_SYNC_MEMORY), on its
 * own: what the sync store hands to indexing when a dev chain's sync goes through memory instead of
 * the ponder_sync tables. The end-to-end tests (agreement.ts, reorg.ts, postgres.ts, npm start's and
 * the 20,000-attestation scale test) run every indexer in this mode; these pin the edge cases they
 * may not meet: the `limit` cut at a block boundary, the order, filters, duplicates, and the loud
 * failure on a second read of a range already handed over.
 */
import { expect } from "chai";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const CHAIN = 31337;
const PROGRAMME = `0x${"aa".repeat(20)}`;
const OTHER = `0x${"bb".repeat(20)}`;
const TOPIC = `0x${"01".repeat(32)}`;
const hex = (n: number) => `0x${n.toString(16)}`;
const word = (n: number) => `0x${n.toString(16).padStart(64, "0")}`;

interface EventData {
  blocks: { number: bigint; timestamp: bigint }[];
  logs: { blockNumber: number; logIndex: number; address: string }[];
  transactions: { blockNumber: number; transactionIndex: number; hash: string }[];
  cursor: number;
}
interface SyncStore {
  insertLogs(args: { logs: unknown[]; chainId: number }): Promise<void>;
  insertBlocks(args: { blocks: unknown[]; chainId: number }): Promise<void>;
  insertTransactions(args: { transactions: unknown[]; chainId: number }): Promise<void>;
  getEventData(args: { filters: unknown[]; fromBlock: number; toBlock: number; chainId: number; limit: number }): Promise<EventData>;
}

const block = (n: number) => ({
  number: hex(n),
  hash: word(n),
  parentHash: word(n - 1),
  timestamp: hex(1_700_000_000 + n * 12),
  logsBloom: "0x",
  miner: OTHER,
  gasUsed: "0x0",
  gasLimit: "0x1",
  baseFeePerGas: "0x1",
  difficulty: "0x0",
  size: "0x1",
  extraData: "0x",
  stateRoot: word(0),
  receiptsRoot: word(0),
  transactionsRoot: word(0),
  sha3Uncles: word(0),
  mixHash: word(0),
  nonce: "0x0000000000000000",
  transactions: [],
});
const log = (n: number, index: number, address = PROGRAMME) => ({
  blockNumber: hex(n),
  blockHash: word(n),
  logIndex: hex(index),
  transactionIndex: hex(0),
  transactionHash: word(1_000 + n),
  address,
  topics: [TOPIC],
  data: "0x",
  removed: false,
});
const transaction = (n: number) => ({
  blockNumber: hex(n),
  blockHash: word(n),
  transactionIndex: hex(0),
  hash: word(1_000 + n),
  from: OTHER,
  to: PROGRAMME,
  input: "0x1234",
  value: "0x0",
  nonce: hex(n),
  gas: "0x5208",
  type: "0x2",
  maxFeePerGas: "0x2",
  maxPriorityFeePerGas: "0x1",
  r: word(1),
  s: word(2),
  v: "0x1",
});
/** A log filter as Ponder builds one for `PilotProgramme:<event>`. */
const filter = {
  type: "log",
  chainId: CHAIN,
  address: PROGRAMME,
  topic0: TOPIC,
  topic1: null,
  topic2: null,
  topic3: null,
  fromBlock: 0,
  toBlock: undefined,
  hasTransactionReceipt: false,
  include: [],
};

describe("indexer: Ponder's historical sync handed over in memory (our patch)", () => {
  let createSyncStore: (args: { common: unknown; qb: unknown }) => SyncStore;
  let saved: string | undefined;
  let chainId = CHAIN;

  before(async () => {
    saved = process.env.PONDER_SYNC_MEMORY;
    process.env.PONDER_SYNC_MEMORY = "1";
    const url = pathToFileURL(path.join(ROOT, "node_modules", "ponder", "dist", "esm", "sync-store", "index.js")).href;
    ({ createSyncStore } = (await import(url)) as { createSyncStore: typeof createSyncStore });
  });
  after(() => {
    if (saved === undefined) delete process.env.PONDER_SYNC_MEMORY;
    else process.env.PONDER_SYNC_MEMORY = saved;
  });
  // a chain id of its own per test: the module keeps one store per chain for the process's life
  beforeEach(() => (chainId += 1));

  // no database at all: a query would throw on these
  const store = () => createSyncStore({ common: {}, qb: {} });
  /** The error a promise rejects with (undefined when it resolves). */
  const failure = (p: Promise<unknown>): Promise<Error | undefined> =>
    p.then(
      () => undefined,
      (e: Error) => e,
    );

  /** Blocks 10..14, each with a transaction and three logs (inserted out of order), one of another contract. */
  async function fill(s: SyncStore): Promise<void> {
    const numbers = [12, 10, 14, 11, 13];
    await s.insertBlocks({ blocks: numbers.map(block), chainId });
    await s.insertTransactions({ transactions: numbers.map(transaction), chainId });
    await s.insertLogs({ logs: numbers.flatMap((n) => [log(n, 2), log(n, 0), log(n, 1, OTHER)]), chainId });
  }

  it("hands over blocks, their transactions and matching logs in block and log order, with Ponder's internal types", async () => {
    const s = store();
    await fill(s);
    const data = await s.getEventData({ filters: [filter], fromBlock: 10, toBlock: 14, chainId, limit: 1_000 });
    expect(data.cursor).to.equal(14);
    expect(data.blocks.map((b) => b.number)).to.deep.equal([10n, 11n, 12n, 13n, 14n]);
    expect(data.blocks[0]?.timestamp).to.equal(1_700_000_120n);
    expect(data.transactions.map((t) => [t.blockNumber, t.transactionIndex])).to.deep.equal([10, 11, 12, 13, 14].map((n) => [n, 0]));
    // the other contract's log is not the filter's
    expect(data.logs.map((l) => `${l.blockNumber}:${l.logIndex}`)).to.deep.equal([10, 11, 12, 13, 14].flatMap((n) => [`${n}:0`, `${n}:2`]));
    expect(data.logs.every((l) => l.address === PROGRAMME)).to.equal(true);
  });

  it("stops at a block boundary once `limit` events are out, and the next read carries on from there", async () => {
    const s = store();
    await fill(s);
    const first = await s.getEventData({ filters: [filter], fromBlock: 10, toBlock: 14, chainId, limit: 3 });
    // two events a block: the limit is passed within block 11, which is handed over whole
    expect(first.cursor).to.equal(11);
    expect(first.logs).to.have.length(4);
    const rest = await s.getEventData({ filters: [filter], fromBlock: 12, toBlock: 14, chainId, limit: 3 });
    expect(rest.cursor).to.equal(13);
    const last = await s.getEventData({ filters: [filter], fromBlock: 14, toBlock: 14, chainId, limit: 3 });
    expect([...first.logs, ...rest.logs, ...last.logs]).to.have.length(10);
    expect(last.cursor).to.equal(14);
  });

  it("keeps one copy of a row inserted twice (a retried sync interval)", async () => {
    const s = store();
    await fill(s);
    await fill(s);
    const data = await s.getEventData({ filters: [filter], fromBlock: 10, toBlock: 14, chainId, limit: 1_000 });
    expect(data.logs).to.have.length(10);
    expect(data.blocks).to.have.length(5);
    expect(data.transactions).to.have.length(5);
  });

  it("refuses, loudly, a second read of a range already handed over, and a block arriving behind it", async () => {
    const s = store();
    await fill(s);
    await s.getEventData({ filters: [filter], fromBlock: 10, toBlock: 12, chainId, limit: 1_000 });
    const again = await failure(s.getEventData({ filters: [filter], fromBlock: 11, toBlock: 14, chainId, limit: 1_000 }));
    expect(again?.message).to.match(/asked again, but indexing already took the blocks up to 12/);
    const late = await failure(s.insertLogs({ logs: [log(12, 5)], chainId }));
    expect(late?.message).to.match(/block 12 arrived after indexing took the blocks up to 12/);
  });

  it("drops blocks fetched below the range asked for, and serves the rest", async () => {
    const s = store();
    await fill(s);
    const data = await s.getEventData({ filters: [filter], fromBlock: 12, toBlock: 14, chainId, limit: 1_000 });
    expect(data.blocks.map((b) => Number(b.number))).to.deep.equal([12, 13, 14]);
    expect(data.logs).to.have.length(6);
  });

  it("stays off under `ponder dev`, whose hot reloads sync the same blocks again in the same process", async () => {
    const wrapped: string[] = [];
    const qb = { wrap: async ({ label }: { label: string }) => (wrapped.push(label), []) };
    const dev = createSyncStore({ common: { options: { command: "dev", databaseMaxQueryParameters: 65_535 } }, qb });
    await dev.insertLogs({ logs: [log(10, 0)], chainId });
    expect(wrapped).to.deep.equal(["insert_logs"]);
    // nothing was kept in memory for `ponder start`'s store of the same chain
    const data = await store().getEventData({ filters: [filter], fromBlock: 0, toBlock: 20, chainId, limit: 10 });
    expect(data.logs).to.have.lengthOf(0);
  });

  it("serves log filters only", async () => {
    const s = store();
    const error = await failure(s.getEventData({ filters: [{ ...filter, type: "block" }], fromBlock: 0, toBlock: 1, chainId, limit: 10 }));
    expect(error?.message).to.match(/log filters only/);
  });
});
