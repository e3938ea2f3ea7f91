/**
 * The same indexer against a real PostgreSQL server (Debian's `postgresql` package, started by
 * this test on a loopback port; .ci/run installs it when missing — without it this test FAILS,
 * saying so): the index lands in a schema named after its fingerprint, a views schema publishes
 * it under a stable name (the production pattern of docs/indexer.md), and what it serves agrees
 * with the chain and with the PGlite index of the same chain, row for row.
 */
import { expect } from "chai";
import { clearStaleDevChainSync } from "../../scripts/indexer/dev-chain-sync.js";
import { startPostgres, type PostgresServer } from "../../scripts/indexer/local-postgres.js";
import type { RunningIndexer } from "../../scripts/indexer/indexer-process.js";
import { graphql, indexerOver, seededChain, sharedIndexer, type SeededChain } from "./helpers/seeded-chain.js";

describe("indexer: PostgreSQL (a real server)", function () {
  this.timeout(180_000);

  let c: SeededChain;
  let pg: PostgresServer | undefined;
  let indexer: RunningIndexer | undefined;

  before(async () => {
    c = await seededChain();
    pg = await startPostgres();
    indexer = await indexerOver(c, { databaseUrl: pg.url, databaseSchema: "pilot", viewsSchema: "pilot_live" });
    await indexer.waitForBlock(await c.head());
  });

  after(async () => {
    await indexer?.stop();
    await pg?.stop();
  });

  it("writes the index into a schema named after its fingerprint, with views under a stable name", async () => {
    const server = pg as PostgresServer;
    const running = indexer as RunningIndexer;
    const schema = `pilot_${running.fingerprint.slice(0, 12)}`;
    expect(running.storage).to.equal(`postgres schema ${schema}`);
    const schemas = (await server.psql("SELECT schema_name FROM information_schema.schemata ORDER BY 1")).split("\n");
    expect(schemas).to.include.members([schema, "pilot_live", "ponder_sync"]);
    const [zones, entities, projects, attestations] = (await c.programme.getFunction("totals")()) as bigint[];
    const count = async (table: string, in_: string) => Number(await server.psql(`SELECT count(*) FROM "${in_}"."${table}"`));
    for (const in_ of [schema, "pilot_live"]) {
      expect(await count("zone", in_)).to.equal(Number(zones));
      expect(await count("entity", in_)).to.equal(Number(entities));
      expect(await count("project", in_)).to.equal(Number(projects));
      expect(await count("attestation", in_)).to.equal(Number(attestations));
    }
    expect(Number(await server.psql(`SELECT count(*) FROM "${schema}".attestation WHERE revoked`))).to.equal(
      (await c.provider.getLogs({ address: c.record.programme, topics: [c.iface.getEvent("Revoked")?.topicHash ?? ""], fromBlock: 0 })).length,
    );
  });

  it("serves the same answers as the PGlite index of the same chain", async () => {
    const pgUrl = (indexer as RunningIndexer).url;
    const liteUrl = (await sharedIndexer()).url;
    await (await sharedIndexer()).waitForBlock(await c.head());
    const query = `{
      programme(id: 1) { zones entities projects attestations revocations delegated paused admin lastBlock }
      stats(orderBy: "value", orderDirection: "desc", limit: 1000) { totalCount items { metric key value } }
      attestations(orderBy: "seq", orderDirection: "desc", limit: 300) { totalCount items { uid seq projectId kind revoked revoker revokeReason delegated relayer nonce } }
      projects(where: {status: 5}, orderBy: "id", limit: 100) { items { id status attestationCount revokedCount updatedAt } }
      accounts(where: {nonce_gt: "0"}, orderBy: "address", limit: 1000) { items { address nonce } }
    }`;
    const [fromPg, fromLite] = await Promise.all([graphql(pgUrl, query), graphql(liteUrl, query)]);
    const sortStats = (d: Record<string, unknown>) => {
      const stats = d.stats as { items: { metric: string; key: string }[] };
      stats.items.sort((a, b) => `${a.metric}/${a.key}`.localeCompare(`${b.metric}/${b.key}`));
      return d;
    };
    expect(sortStats(fromPg)).to.deep.equal(sortStats(fromLite));
    expect((fromPg.programme as { attestations: number }).attestations).to.equal(Number(((await c.programme.getFunction("totals")()) as bigint[])[3]));
    const meta = (await (await fetch(`${pgUrl}/meta`)).json()) as { indexedBlock: number; programme: string };
    expect(meta).to.include({ indexedBlock: Number(await c.head()), programme: c.record.programme.toLowerCase() });
  });

  it("keeps no raw chain data of a dev chain, and clears a previous dev chain's (left by a run with the RPC cache on), and only then", async () => {
    const server = pg as PostgresServer;
    await (indexer as RunningIndexer).stop();
    const logs = async () => Number(await server.psql("SELECT count(*) FROM ponder_sync.logs WHERE chain_id = 31337"));
    const blocks = async () => Number(await server.psql("SELECT count(*) FROM ponder_sync.blocks WHERE chain_id = 31337"));
    // the RPC cache is off on a dev chain, so the historical sync went to the handlers in memory (patches/README.md)
    expect(await logs(), "a dev chain's sync leaves no rows in ponder_sync").to.equal(0);
    expect(await blocks()).to.equal(0);
    // what a run with PILOT_RPC_CACHE=1 on a previous dev chain of the same id would have left behind
    const h = (n: string) => `'0x' || lpad(to_hex(${n}), 64, '0')`;
    await server.psql(
      `INSERT INTO ponder_sync.logs (chain_id, block_number, log_index, transaction_index, block_hash, transaction_hash, address, topic0, data) ` +
        `SELECT 31337, g, 0, 0, ${h("g")}, ${h("g")}, '0x${"11".repeat(20)}', ${h("g")}, '0x' FROM generate_series(1, 3001) g`,
    );
    await server.psql(
      `INSERT INTO ponder_sync.blocks (chain_id, number, timestamp, hash, parent_hash, logs_bloom, miner, gas_used, gas_limit, state_root, receipts_root, transactions_root, size, difficulty, extra_data) ` +
        `SELECT 31337, g, g, ${h("g")}, ${h("g - 1")}, '0x', '0x${"00".repeat(20)}', 0, 0, ${h("0")}, ${h("0")}, ${h("0")}, 0, 0, '0x' FROM generate_series(1, 10) g`,
    );
    expect(await logs()).to.equal(3001);
    const block = await c.provider.getBlock(c.record.deploymentBlock);
    const identity = `${c.record.deploymentBlock}:${block?.hash}`;
    expect(await server.psql("SELECT identity FROM pilot_dev.chain_identity WHERE chain_id = 31337")).to.equal(identity);
    expect(await clearStaleDevChainSync(server.url, 31337, identity)).to.equal(0);
    expect(await logs()).to.equal(3001);
    // a restarted dev chain: same id, same block numbers, other blocks
    const other = `${c.record.deploymentBlock}:0x${"ab".repeat(32)}`;
    expect(await clearStaleDevChainSync(server.url, 31337, other)).to.equal(3011);
    expect(await logs()).to.equal(0);
    expect(await blocks()).to.equal(0);
    expect(await server.psql("SELECT identity FROM pilot_dev.chain_identity WHERE chain_id = 31337")).to.equal(other);
  });
});
