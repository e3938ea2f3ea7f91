/**
 * How this build reads the programme: through the indexer when the deployment names one
 * (`indexerUrl`, or VITE_INDEXER_URL), else straight from the chain in the LIMITED mode
 * (a static build pointed at a public RPC): the same pages, with narrower reads, clearly labelled.
 */
import { deployment } from "../config/loadDeployment";

export type ReadMode = "indexed" | "limited";

export const indexerUrl: string | undefined = deployment.indexerUrl;
export const readMode: ReadMode = indexerUrl ? "indexed" : "limited";

/** Block-range paging of eth_getLogs (public RPCs cap the range); overridable at build time. */
export const LOG_PAGING = {
  maxRange: positiveBigInt(import.meta.env.VITE_LOG_MAX_BLOCK_RANGE, 50_000n),
  pagesPerBatch: Number(positiveBigInt(import.meta.env.VITE_LOG_PAGES_PER_BATCH, 10n)),
} as const;

/** Limited mode: how many of the latest attestations the overview's charts are drawn from. */
export const RECENT_ATTESTATIONS = Number(positiveBigInt(import.meta.env.VITE_RECENT_ATTESTATIONS, 60n));

/** Limited mode: eth_getLogs requests a timeline page may spend before it shows what it found (then "load older"). */
export const SCAN_REQUESTS = { first: 3, older: 6 } as const;

export function positiveBigInt(raw: string | undefined, fallback: bigint): bigint {
  if (raw === undefined || !/^\s*\d+\s*$/.test(raw)) return fallback;
  const n = BigInt(raw.trim());
  return n > 0n ? n : fallback;
}
