/**
 * Keeps what is on screen live without a reload.
 * Indexed: when the indexer's /meta shows a new block folded in, the queries of the page on
 * screen refetch (each one request). Limited: when the chain has a new block, the programme's
 * logs of the new blocks (one request) say what changed, and the affected reads refetch.
 */
import { useEffect, useRef } from "react";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { parseEventLogs } from "viem";
import { contracts, pilotProgrammeAbi, publicClient, requireContracts } from "./chain";
import { fetchIndexMeta } from "./indexer/fetch";
import { indexMetaQuery, META_KEY } from "./indexer/useIndexStatus";
import type { IndexMeta } from "./indexer/meta";
import { LOG_PAGING, readMode } from "./readMode";
import { useNetworkStatus } from "./useNetworkStatus";

/** Events that change what the registry reads return. */
export const REGISTRY_EVENTS: ReadonlySet<string> = new Set([
  "ZoneCreated",
  "ZoneStatusChanged",
  "EntityRegistered",
  "EntityStatusChanged",
  "SignerAdded",
  "SignerRemoved",
  "ProjectProposed",
  "ProjectStatusChanged",
  "ZoneAdminAppointed",
  "ZoneAdminRemoved",
  "RegulatorFieldsSet",
  "ExpertFieldsSet",
  "Paused",
  "Unpaused",
]);

/** Which cached reads the events `names` make stale. */
export function staleKeys(names: ReadonlySet<string>): string[][] {
  const keys: string[][] = [];
  const registry = [...names].some((n) => REGISTRY_EVENTS.has(n));
  if (registry) keys.push(["registry"]);
  if (registry || names.has("Attested") || names.has("NonceIncreased")) keys.push(["roles"]);
  if (names.has("Attested") || names.has("Revoked")) keys.push(["chain"]);
  if (names.has("SignatureUsed") || names.has("NonceIncreased")) keys.push(["nonce"], ["relay-checks"]);
  if (names.size > 0) keys.push(["ltd"]);
  return keys;
}

async function invalidate(queryClient: QueryClient, keys: readonly (readonly string[])[]): Promise<void> {
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** Everything the indexer serves, and the chain reads that follow its events (the registry's full reads, used by the write pages, refresh after the user's own writes and every 30 s). */
const INDEXED_KEYS = [["idx"], ["chain"], ["roles"], ["nonce"], ["relay-checks"]];

let tailedTo: bigint | undefined;
let running: Promise<void> = Promise.resolve();

/** Limited mode: folds blocks up to `block` in (serialised; the next block retries a failed range). */
function tailChain(queryClient: QueryClient, block: bigint): Promise<void> {
  running = running.then(async () => {
    if (!contracts) return;
    if (tailedTo === undefined || block - tailedTo > LOG_PAGING.maxRange) {
      if (tailedTo !== undefined) await invalidate(queryClient, [["ltd"], ["registry"], ["chain"], ["roles"]]);
      tailedTo = block;
      return;
    }
    if (block <= tailedTo) return;
    try {
      const { programme } = requireContracts();
      const logs = await publicClient().getLogs({ address: programme, fromBlock: tailedTo + 1n, toBlock: block });
      tailedTo = block;
      const names = new Set<string>();
      for (const ev of parseEventLogs({ abi: pilotProgrammeAbi, logs, strict: false })) if (ev.eventName) names.add(ev.eventName);
      await invalidate(queryClient, staleKeys(names));
    } catch {
      /* the next block retries the same range */
    }
  });
  return running;
}

/** Indexed mode: waits (up to `timeoutMs`) until the indexer has folded `block` in, then refreshes. */
async function awaitIndexer(queryClient: QueryClient, block: bigint, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let meta: IndexMeta | undefined;
    try {
      meta = await fetchIndexMeta();
      queryClient.setQueryData(META_KEY, meta);
    } catch {
      meta = undefined;
    }
    if ((meta && meta.indexedBlock >= block) || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await invalidate(queryClient, [...INDEXED_KEYS, ["registry"]]);
}

/**
 * Brings the caches up to `block` (e.g. right after the user's own transaction): the indexer has
 * it (indexed), or the chain's new logs are folded in (limited).
 */
export function catchUp(queryClient: QueryClient, block: bigint): Promise<void> {
  return readMode === "indexed" ? awaitIndexer(queryClient, block) : tailChain(queryClient, block);
}

function IndexedLive() {
  const queryClient = useQueryClient();
  const meta = useQuery(indexMetaQuery);
  const last = useRef<bigint | undefined>(undefined);
  const indexed = meta.data?.indexedBlock;
  useEffect(() => {
    if (indexed === undefined) return;
    const before = last.current;
    last.current = indexed;
    if (before !== undefined && indexed > before) void invalidate(queryClient, INDEXED_KEYS);
  }, [indexed, queryClient]);
  return null;
}

function LimitedLive() {
  const queryClient = useQueryClient();
  const { blockNumber } = useNetworkStatus();
  const last = useRef<bigint | undefined>(undefined);
  useEffect(() => {
    if (blockNumber === undefined || blockNumber === last.current) return;
    last.current = blockNumber;
    void tailChain(queryClient, blockNumber);
  }, [blockNumber, queryClient]);
  return null;
}

export function LiveUpdates() {
  return readMode === "indexed" ? <IndexedLive /> : <LimitedLive />;
}

