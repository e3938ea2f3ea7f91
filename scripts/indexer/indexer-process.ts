/**
 * Runs the Ponder indexer (indexer/) as a child process for one deployment: `ponder start`
 * (production mode) on 127.0.0.1 and a free port, telemetry off, resolving once Ponder's
 * /ready answers 200. Used by `npm start`, the tests and the scale benchmark.
 *
 * Never a stale index: the index is tied to a fingerprint of (chain id, programme address,
 * deployment block, that block's HASH, the indexer's code) — see fingerprint.ts.
 *  - PGlite (default): the fingerprint is stored beside the data directory
 *    (`<dataDir>.fingerprint.json`); a different one wipes the directory and indexes anew. So
 *    does a directory left by an indexer that did not stop cleanly (`<dataDir>.pid` names a dead
 *    process): PGlite files may be torn after a hard kill, and rebuilding is cheap.
 *  - PostgreSQL (`databaseUrl`): the fingerprint is IN the schema name,
 *    `<databaseSchema or "pilot">_<first 12 hex of the fingerprint>`, so a different chain or code
 *    always writes a new schema and never resumes an old one; `viewsSchema` publishes views of
 *    the live schema under a stable name (Ponder's views pattern). On a local dev chain, Ponder's
 *    shared raw-data schema (`ponder_sync`) is cleared of a previous chain's rows (dev-chain-sync.ts).
 *
 * On a local dev chain (31337 / 1337) Ponder treats the last 30 blocks as unfinalized and indexes
 * them block by block, much slower than its historical path. Unless `mineToFinality` is false,
 * the runner mines just enough empty blocks there (evm_mine) that every block
 * holding the programme's events is final for Ponder; blocks written later are indexed live
 * (and reorgs within the last 30 blocks are handled).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, LOOPBACK } from "../node/free-port.js";
import { blockNumber } from "../node/dev-methods.js";
import { Rpc } from "../node/rpc.js";
import { clearStaleDevChainSync } from "./dev-chain-sync.js";
import { startRpcGate } from "./rpc-gate.js";
import { fingerprintOf, sourceDigest } from "./fingerprint.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const INDEXER_DIR = path.join(ROOT, "indexer");
export const DEFAULT_DATA_DIR = path.join(INDEXER_DIR, ".ponder", "pglite");
const PONDER_BIN = path.join(ROOT, "node_modules", ".bin", "ponder");
const HOST = LOOPBACK;
/** Ponder 0.16's finality depth for chains it does not know (31337 included). */
export const PONDER_FINALITY_BLOCKS = 30;
const LOCAL_DEV_CHAINS = new Set([31337, 1337]);

export interface IndexerOptions {
  rpcUrl: string;
  chainId: number;
  programme: `0x${string}`;
  /** The deployment block. */
  startBlock: bigint | number;
  /** 0 or absent: a free port. */
  port?: number;
  /** PostgreSQL connection string; absent: embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite directory (default indexer/.ponder/pglite). */
  dataDir?: string;
  /** PostgreSQL schema prefix (default "pilot"); the fingerprint is appended. At most 32 characters. */
  databaseSchema?: string;
  /** PostgreSQL only: also publish views of the index in this schema (`ponder start --views-schema`). */
  viewsSchema?: string;
  /** Local dev chain: mine empty blocks so the programme's events are final for Ponder (default true there). */
  mineToFinality?: boolean;
  /**
   * Start Ponder now but hold its chain reads (rpc-gate.ts) until this settles, e.g. while the
   * chain is still being seeded; mining to finality then happens once it has settled.
   */
  holdUntil?: Promise<unknown>;
  /** Ms to wait for /ready (default 300,000). */
  readyTimeoutMs?: number;
  /** Receives the indexer's log, one line at a time. */
  log?: (line: string) => void;
}

export interface RunningIndexer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** Where the index lives: the PGlite directory or `postgres schema <name>`. */
  storage: string;
  fingerprint: string;
  /** true when an existing index of the same fingerprint was resumed rather than (re)built. */
  resumed: boolean;
  stop(): Promise<void>;
  /** Resolves once /meta says `indexedBlock >= block`. */
  waitForBlock(block: bigint, timeoutMs?: number): Promise<void>;
}

export interface IndexerMeta {
  chainId: number;
  programme: string;
  startBlock: number;
  indexedBlock: number;
  indexedTime: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** One log line of Ponder's JSON log as `msg key=value …` (ANSI-free). */
export function formatPonderLine(raw: string): string {
  try {
    const { level, time: _time, msg, ...rest } = JSON.parse(raw) as Record<string, unknown>;
    const label = typeof level === "number" && level >= 50 ? "error " : typeof level === "number" && level >= 40 ? "warn " : "";
    const extras = Object.entries(rest)
      .filter(([k]) => k !== "service" && k !== "chain")
      .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
      .join(" ");
    return `${label}${String(msg)}${extras ? ` ${extras}` : ""}`;
  } catch {
    return raw;
  }
}

interface Prepared {
  env: NodeJS.ProcessEnv;
  schema: string;
  storage: string;
  resumed: boolean;
  cleanup: () => Promise<void>;
}

async function preparePglite(dataDir: string, fingerprint: string, meta: object, log: (l: string) => void): Promise<Prepared> {
  const fpFile = `${dataDir}.fingerprint.json`;
  const pidFile = `${dataDir}.pid`;
  let wipe: string | null = null;
  if (existsSync(pidFile)) {
    const pid = Number((await readFile(pidFile, "utf8")).trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
      throw new Error(`another indexer (pid ${pid}) is using ${dataDir}; stop it first or give another dataDir`);
    }
    wipe = "the previous indexer did not stop cleanly";
  }
  if (!wipe && existsSync(dataDir)) {
    const stored = existsSync(fpFile) ? ((JSON.parse(await readFile(fpFile, "utf8")) as { fingerprint?: string }).fingerprint ?? null) : null;
    if (stored !== fingerprint) wipe = stored ? "it is of another chain, deployment or indexer version" : "it has no fingerprint";
  }
  if (!wipe && existsSync(dataDir)) {
    // Ponder 0.16 often leaves its own lock set after a graceful stop (the unlock query races the
    // live indexing transaction); a resumed index would then wait up to 25 s for the lock to expire.
    // The pid file above proves nobody uses the directory, so lift the lock ourselves.
    try {
      await unlockPglite(dataDir);
    } catch (error) {
      wipe = `it could not be opened (${(error as Error).message})`;
    }
  }
  const resumed = !wipe && existsSync(dataDir);
  if (wipe && existsSync(dataDir)) {
    log(`indexer: discarding the index in ${dataDir}: ${wipe}`);
    await rm(dataDir, { recursive: true, force: true });
  }
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (!existsSync(dataDir)) await seedPgliteDir(dataDir);
  await writeFile(fpFile, JSON.stringify({ fingerprint, ...meta }, null, 2) + "\n");
  return {
    env: { PILOT_INDEX_DIR: dataDir },
    schema: "public",
    storage: dataDir,
    resumed,
    cleanup: async () => {
      await rm(pidFile, { force: true });
    },
  };
}

/**
 * A fresh PGlite directory starts as a copy of an empty, initialised cluster kept in
 * indexer/.ponder (made once per PGlite version): opening an existing cluster is about twice as
 * fast as initialising one, and a dev chain gets a fresh index every time it restarts.
 */
async function seedPgliteDir(dataDir: string): Promise<void> {
  await cp(await ensurePgliteTemplate(), dataDir, { recursive: true });
}

let templateReady: Promise<string> | undefined;
/**
 * Makes the empty PGlite cluster fresh indexes start from (once per PGlite version; a no-op when
 * it exists). `npm start` calls it early, beside compilation, so the first index does not wait for it.
 */
export function ensurePgliteTemplate(): Promise<string> {
  templateReady ??= (async () => {
    const version = (JSON.parse(await readFile(path.join(ROOT, "node_modules", "@electric-sql", "pglite", "package.json"), "utf8")) as { version: string })
      .version;
    const template = path.join(INDEXER_DIR, ".ponder", `pglite-template-${version}`);
    if (!existsSync(path.join(template, "PG_VERSION"))) {
      const { PGlite } = await import("@electric-sql/pglite");
      const building = `${template}.${process.pid}.tmp`;
      await rm(building, { recursive: true, force: true });
      await mkdir(path.dirname(building), { recursive: true });
      const db = new PGlite(building);
      await db.query("SELECT 1");
      await db.close();
      await rename(building, template).catch(async () => rm(building, { recursive: true, force: true })); // a concurrent run made it first
    }
    return template;
  })();
  return templateReady;
}

async function unlockPglite(dataDir: string): Promise<void> {
  // PGlite is Ponder's own (exact) dependency: the same engine version as the files
  const { PGlite } = await import("@electric-sql/pglite");
  const db = new PGlite(dataDir);
  try {
    await db.query(`UPDATE public._ponder_meta SET value = jsonb_set(value, '{is_locked}', to_jsonb(0)) WHERE key = 'app'`);
  } finally {
    await db.close();
  }
}

/** Mines empty blocks on a local dev node until the programme's last event is `PONDER_FINALITY_BLOCKS` deep. */
async function mineToFinality(rpc: Rpc, programme: string, startBlock: bigint, log: (l: string) => void): Promise<void> {
  const head = await blockNumber(rpc);
  const from = head > BigInt(PONDER_FINALITY_BLOCKS) ? head - BigInt(PONDER_FINALITY_BLOCKS) : 0n;
  const logs = await rpc.call<{ blockNumber: string }[]>("eth_getLogs", [
    { address: programme, fromBlock: `0x${(from > startBlock ? from : startBlock).toString(16)}`, toBlock: `0x${head.toString(16)}` },
  ]);
  if (logs.length === 0) return;
  const last = logs.reduce((m, l) => (BigInt(l.blockNumber) > m ? BigInt(l.blockNumber) : m), 0n);
  const missing = last + BigInt(PONDER_FINALITY_BLOCKS) - head;
  if (missing <= 0n) return;
  // evm_mine, one block per call (in one batch): hardhat_mine's multi-block "reserved" blocks carry
  // a zero parentHash on Hardhat 3's node, which breaks Ponder's block-by-block chain of hashes
  const answers = await rpc.batchSettled(Array.from({ length: Number(missing) }, () => ({ method: "evm_mine", params: [] })));
  if (answers.every((a) => !(a instanceof Error))) {
    log(`indexer: mined ${missing} empty blocks so the programme's events (up to block ${last}) are final for Ponder`);
    return;
  }
  log("indexer: this node mines no blocks on request; the latest blocks will be indexed live (slower)");
}

export async function startIndexer(opts: IndexerOptions): Promise<RunningIndexer> {
  const log = opts.log ?? (() => {});
  const startBlock = BigInt(opts.startBlock);
  if (!/^0x[0-9a-fA-F]{40}$/.test(opts.programme)) throw new Error(`indexer: programme ${opts.programme} is not an address`);
  const rpc = new Rpc(opts.rpcUrl);

  const chainId = Number(BigInt(await rpc.call<string>("eth_chainId")));
  if (chainId !== opts.chainId) throw new Error(`indexer: ${opts.rpcUrl} serves chain ${chainId}, not ${opts.chainId}`);
  const block = await rpc.call<{ hash: string } | null>("eth_getBlockByNumber", [`0x${startBlock.toString(16)}`, false]);
  if (!block) throw new Error(`indexer: block ${startBlock} (the deployment block) does not exist on ${opts.rpcUrl}`);
  const code = await rpc.call<string>("eth_getCode", [opts.programme, "latest"]);
  if (code === "0x") throw new Error(`indexer: no contract at ${opts.programme} on ${opts.rpcUrl}`);

  const codeDigest = await sourceDigest(INDEXER_DIR, [
    path.join(ROOT, "sdk", "generated", "abis.ts"),
    path.join(ROOT, "node_modules", "ponder", "package.json"),
  ]);
  const fingerprint = fingerprintOf({ chainId, programme: opts.programme, startBlock, startBlockHash: block.hash, code: codeDigest });
  const meta = { chainId, programme: opts.programme.toLowerCase(), startBlock: Number(startBlock), startBlockHash: block.hash };

  const mineFirst = opts.mineToFinality ?? LOCAL_DEV_CHAINS.has(chainId);
  if (mineFirst && !opts.holdUntil) await mineToFinality(rpc, opts.programme, startBlock, log);

  let prepared: Prepared;
  if (opts.databaseUrl) {
    const prefix = opts.databaseSchema ?? "pilot";
    if (!/^[a-z_][a-z0-9_]{0,31}$/.test(prefix)) throw new Error(`indexer: databaseSchema "${prefix}": use 1-32 lower-case letters, digits or _`);
    if (opts.viewsSchema !== undefined && !/^[a-z_][a-z0-9_]{0,44}$/.test(opts.viewsSchema))
      throw new Error(`indexer: viewsSchema "${opts.viewsSchema}" is not a valid schema name`);
    const schema = `${prefix}_${fingerprint.slice(0, 12)}`;
    if (LOCAL_DEV_CHAINS.has(chainId)) {
      const deleted = await clearStaleDevChainSync(opts.databaseUrl, chainId, `${startBlock}:${block.hash}`);
      if (deleted > 0) log(`indexer: deleted ${deleted} rows of a previous chain ${chainId} from ponder_sync`);
    }
    prepared = { env: { DATABASE_URL: opts.databaseUrl }, schema, storage: `postgres schema ${schema}`, resumed: false, cleanup: async () => {} };
  } else {
    if (opts.viewsSchema !== undefined) throw new Error("indexer: viewsSchema needs PostgreSQL (databaseUrl)");
    prepared = await preparePglite(path.resolve(opts.dataDir ?? DEFAULT_DATA_DIR), fingerprint, meta, log);
  }

  const gate = opts.holdUntil ? await startRpcGate(opts.rpcUrl) : undefined;
  if (gate && opts.holdUntil) {
    void opts.holdUntil
      .then(async () => {
        if (mineFirst) await mineToFinality(rpc, opts.programme, startBlock, log);
      })
      .catch(() => undefined) // the caller reports its own failure; the indexer just stops waiting
      .finally(() => gate.open());
  }
  const port = opts.port && opts.port > 0 ? opts.port : await freePort();
  const url = `http://${HOST}:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["DATABASE_URL", "DATABASE_PRIVATE_URL", "DATABASE_SCHEMA", "DATABASE_VIEWS_SCHEMA", "PILOT_INDEX_DIR", "PORT"]) delete env[key];
  Object.assign(env, prepared.env, {
    PONDER_TELEMETRY_DISABLED: "true",
    PILOT_RPC_URL: gate?.url ?? opts.rpcUrl,
    PILOT_CHAIN_ID: String(chainId),
    PILOT_PROGRAMME: opts.programme,
    PILOT_START_BLOCK: startBlock.toString(),
    NODE_ENV: "production",
    // Ponder's adaptive JSON-RPC rate limiter starts at 20 requests/s and ramps up slowly: on the
    // sample chain that alone was 14 s of a 30 s start. A local node answers as fast as asked
    // (patches/README.md); a remote one keeps Ponder's cautious start.
    ...(LOCAL_DEV_CHAINS.has(chainId) ? { PONDER_INITIAL_MAX_RPS: process.env.PONDER_INITIAL_MAX_RPS ?? "500" } : {}),
    // Node's on-disk compile cache: Ponder loads a few hundred modules at every start
    NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? path.join(INDEXER_DIR, ".ponder", "node-compile-cache"),
    // A larger young generation: catching up, the indexer allocates short-lived rows by the million,
    // and with V8's default 16 MB semi-space a quarter of its CPU went to scavenges (250,000
    // attestations: 54.9 s → 45.7 s to the head)
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--max-semi-space-size=128"].filter(Boolean).join(" "),
  });
  const args = ["start", "--hostname", HOST, "--port", String(port), "--schema", prepared.schema, "--log-format", "json"];
  if (opts.viewsSchema) args.push("--views-schema", opts.viewsSchema);

  const child: ChildProcess = spawn(PONDER_BIN, args, { cwd: INDEXER_DIR, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  if (!opts.databaseUrl && child.pid) await writeFile(`${prepared.storage}.pid`, `${child.pid}\n`);
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (c, signal) => resolve(c ?? (signal ? 128 : null)));
    child.once("error", () => resolve(null));
  });
  const killNow = () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
  };
  process.on("exit", killNow);

  const tail: string[] = [];
  const onLine = (raw: string) => {
    if (!raw.trim()) return;
    const line = formatPonderLine(raw);
    tail.push(line);
    if (tail.length > 40) tail.shift();
    log(line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = "";
    stream?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        onLine(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
      }
    });
  }

  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      if (child.pid && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          /* gone */
        }
        const timer = sleep(10_000).then(() => "timeout" as const);
        if ((await Promise.race([exited, timer])) === "timeout") {
          killNow();
          await exited;
        }
      }
      process.off("exit", killNow);
      await gate?.close();
      // a clean exit: the next run may resume this index
      await prepared.cleanup();
    })());

  const fetchMeta = async (): Promise<IndexerMeta | null> => {
    try {
      const res = await fetch(`${url}/meta`, { signal: AbortSignal.timeout(5_000) });
      return res.ok ? ((await res.json()) as IndexerMeta) : null;
    } catch {
      return null;
    }
  };

  const readyTimeout = opts.readyTimeoutMs ?? 300_000;
  const deadline = Date.now() + readyTimeout;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`indexer exited (code ${child.exitCode ?? child.signalCode}) before it was ready:\n${tail.join("\n")}`);
      }
      try {
        const res = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2_000) });
        if (res.status === 200) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) throw new Error(`indexer: not ready after ${readyTimeout / 1000} s:\n${tail.join("\n")}`);
      await sleep(100);
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    storage: prepared.storage,
    fingerprint,
    resumed: prepared.resumed,
    stop,
    async waitForBlock(target: bigint, timeoutMs = 120_000) {
      const until = Date.now() + timeoutMs;
      let last: IndexerMeta | null = null;
      for (;;) {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`indexer exited (code ${child.exitCode ?? child.signalCode}):\n${tail.join("\n")}`);
        last = await fetchMeta();
        if (last && BigInt(last.indexedBlock) >= target) return;
        if (Date.now() > until) throw new Error(`indexer: block ${target} not indexed after ${timeoutMs / 1000} s (at ${last?.indexedBlock ?? "?"})`);
        await sleep(100);
      }
    },
  };
}
