/**
 * PostgreSQL and a local dev chain: Ponder keeps the raw chain data it fetched (logs, blocks,
 * transactions, RPC results) in one `ponder_sync` schema per database, keyed by chain id and block
 * number only, and inserts with ON CONFLICT DO NOTHING. A restarted dev chain (same id 31337, the
 * same block numbers, other blocks) would then be indexed from the PREVIOUS chain's logs. So,
 * before an indexer starts on a dev chain, its rows are deleted from `ponder_sync` unless they are
 * of this very chain (the hash of the deployment block, recorded in `pilot_dev.chain_identity`).
 * Keep one dev chain per database (two live dev chains with one id would clear each other's rows).
 */

interface PgClient {
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}

/** Ponder's sync tables that carry a chain id (ponder/src/sync-store/schema.ts). */
const SYNC_TABLES = ["logs", "blocks", "transactions", "transaction_receipts", "traces", "rpc_request_results", "intervals", "factory_addresses"];

async function connect(databaseUrl: string): Promise<PgClient> {
  // `pg` is Ponder's own PostgreSQL driver (an npm dependency of ponder); imported by name at run time
  const specifier = "pg";
  const pg = (await import(specifier)) as { default: { Client: new (config: { connectionString: string }) => PgClient } };
  const client = new pg.default.Client({ connectionString: databaseUrl });
  await client.connect();
  return client;
}

/** Returns how many rows it deleted (0 when the sync data was already of this chain or absent). */
export async function clearStaleDevChainSync(databaseUrl: string, chainId: number, identity: string): Promise<number> {
  const client = await connect(databaseUrl);
  try {
    await client.query("CREATE SCHEMA IF NOT EXISTS pilot_dev");
    await client.query("CREATE TABLE IF NOT EXISTS pilot_dev.chain_identity (chain_id bigint PRIMARY KEY, identity text NOT NULL)");
    const known = await client.query("SELECT identity FROM pilot_dev.chain_identity WHERE chain_id = $1", [chainId]);
    if (known.rows[0]?.identity === identity) return 0;
    const present = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'ponder_sync'");
    const tables = new Set(present.rows.map((r) => String(r.table_name)));
    let deleted = 0;
    await client.query("BEGIN");
    for (const table of SYNC_TABLES.filter((t) => tables.has(t))) {
      const result = await client.query(
        `WITH gone AS (DELETE FROM ponder_sync."${table}" WHERE chain_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
        [chainId],
      );
      deleted += Number(result.rows[0]?.n ?? 0);
    }
    await client.query(
      "INSERT INTO pilot_dev.chain_identity (chain_id, identity) VALUES ($1, $2) ON CONFLICT (chain_id) DO UPDATE SET identity = excluded.identity",
      [chainId, identity],
    );
    await client.query("COMMIT");
    return deleted;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
