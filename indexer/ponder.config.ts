/**
 * Ponder configuration, driven by the environment so that one build serves any deployment:
 *
 *   PILOT_RPC_URL      JSON-RPC endpoint (default http://127.0.0.1:8545)
 *   PILOT_CHAIN_ID     chain id (default 31337)
 *   PILOT_PROGRAMME    PilotProgramme address (required)
 *   PILOT_START_BLOCK  the deployment block (default 0)
 *   PILOT_POLL_MS      realtime polling interval (default 250 ms on a local dev chain, 1 s elsewhere)
 *   PILOT_GETLOGS_RANGE blocks per eth_getLogs (default 1,000,000 on a local dev chain; 0 = Ponder's adaptive ranges)
 *   DATABASE_URL       PostgreSQL connection string; when absent, embedded PGlite in
 *   PILOT_INDEX_DIR    (default indexer/.ponder/pglite)
 *
 * A local dev chain (31337 / 1337) is restarted from scratch all the time and always reuses the
 * same chain id and, often, the same contract address: Ponder's RPC cache (the `ponder_sync`
 * tables, keyed by chain id) would then serve a previous chain's logs. The cache is therefore
 * disabled there (PILOT_RPC_CACHE=1 forces it on, =0 off on any chain).
 *
 * Without the cache nothing ever reads the historical sync's blocks, logs and transactions again, so
 * they go to the handlers in memory instead of through the ponder_sync tables (PONDER_SYNC_MEMORY,
 * patches/README.md): at 250,000 attestations that made the catch-up 32 % faster.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createConfig } from "ponder";
import { pilotProgrammeAbi } from "@pilot/sdk/generated/abis";

const env = process.env;
const here = path.dirname(fileURLToPath(import.meta.url));

function required(name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: the indexer needs the PilotProgramme address (see indexer/ponder.config.ts)`);
  return value;
}

function integer(name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name}=${raw}: expected a non-negative integer`);
  return value;
}

const chainId = integer("PILOT_CHAIN_ID", 31337);
const programme = required("PILOT_PROGRAMME");
if (!/^0x[0-9a-fA-F]{40}$/.test(programme)) throw new Error(`PILOT_PROGRAMME=${programme}: not an address`);
const startBlock = integer("PILOT_START_BLOCK", 0);
const localDevChain = chainId === 31337 || chainId === 1337;
// Ponder splits eth_getLogs into 500-block requests, growing 5 % per interval, under a 20-request/s
// budget: on a chain with millions of mostly empty blocks that budget, not the node, sets the pace.
// A local node answers any range at once, so there the whole interval is one request.
const getLogsRange = integer("PILOT_GETLOGS_RANGE", localDevChain ? 1_000_000 : 0);
const cache = env.PILOT_RPC_CACHE === undefined || env.PILOT_RPC_CACHE === "" ? !localDevChain : env.PILOT_RPC_CACHE === "1";
env.PONDER_SYNC_MEMORY = cache ? "0" : "1";

export default createConfig({
  database: env.DATABASE_URL
    ? { kind: "postgres", connectionString: env.DATABASE_URL }
    : { kind: "pglite", directory: env.PILOT_INDEX_DIR ?? path.join(here, ".ponder", "pglite") },
  ordering: "multichain",
  chains: {
    pilot: {
      id: chainId,
      rpc: env.PILOT_RPC_URL ?? "http://127.0.0.1:8545",
      pollingInterval: integer("PILOT_POLL_MS", localDevChain ? 250 : 1_000),
      disableCache: !cache,
      ...(getLogsRange ? { ethGetLogsBlockRange: getLogsRange } : {}),
    },
  },
  contracts: {
    PilotProgramme: {
      chain: "pilot",
      abi: pilotProgrammeAbi,
      address: programme as `0x${string}`,
      startBlock,
    },
  },
});
