/**
 * The indexer as the bench measures it: engineer A's process runner
 * (scripts/indexer/indexer-process.ts) started on an empty data folder, timed
 * until it has folded in the chain's head block (catch-up), with the resident
 * memory of its process tree sampled meanwhile. The tree is told apart from
 * the bench's other children (node, browser) as the processes that appeared
 * while it started.
 */
import { startIndexer, type RunningIndexer } from "../../scripts/indexer/indexer-process.js";
import { descendants, treeMemory } from "./processes.js";

export interface MeasuredIndexer {
  indexer: RunningIndexer;
  /** From start to the head block indexed, seconds. */
  catchUpSeconds: number;
  /** Highest RSS of the indexer's processes seen during catch-up, MB. */
  peakRssMB: number;
  /** RSS of the indexer's processes now, MB. */
  rssMB(): number;
  stop(): Promise<void>;
}

export interface MeasuredIndexerOptions {
  rpcUrl: string;
  chainId: number;
  programme: `0x${string}`;
  startBlock: number;
  port: number;
  /** PGlite folder (the default storage)... */
  dataDir: string;
  /** ...or PostgreSQL, with a schema prefix of its own per index. */
  databaseUrl?: string;
  databaseSchema?: string;
  head: bigint;
  log?: (line: string) => void;
  timeoutMs?: number;
}

export async function startMeasuredIndexer(options: MeasuredIndexerOptions): Promise<MeasuredIndexer> {
  process.env.PONDER_TELEMETRY_DISABLED = "true";
  const before = new Set(descendants(process.pid));
  const ours = () => descendants(process.pid).filter((pid) => !before.has(pid));
  // the indexer's tree: new processes whose parent is not itself new (their roots), summed with their descendants
  const rss = () => {
    const fresh = ours();
    const roots = fresh.filter((pid) => !fresh.some((other) => other !== pid && descendants(other).includes(pid)));
    return roots.reduce((n, pid) => n + treeMemory(pid).rssMB, 0);
  };
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, rss())), 250);
  const started = performance.now();
  try {
    const indexer = await startIndexer({
      rpcUrl: options.rpcUrl,
      chainId: options.chainId,
      programme: options.programme,
      startBlock: options.startBlock,
      port: options.port,
      dataDir: options.dataDir,
      ...(options.databaseUrl ? { databaseUrl: options.databaseUrl, databaseSchema: options.databaseSchema ?? "bench" } : {}),
      readyTimeoutMs: options.timeoutMs ?? 3_600_000,
      ...(options.log ? { log: options.log } : {}),
    });
    await indexer.waitForBlock(options.head, options.timeoutMs ?? 3_600_000);
    const catchUpSeconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, rss());
    return { indexer, catchUpSeconds, peakRssMB: peak, rssMB: rss, stop: () => indexer.stop() };
  } finally {
    clearInterval(timer);
  }
}
