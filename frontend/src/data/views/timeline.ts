/**
 * Attestation timelines, newest first, page by page ("load older"): a project's, or the latest of
 * an entity's projects.
 * Indexed: cursor pages of the indexer's `attestation` rows (stable while new ones arrive).
 * Limited: block ranges of the chain's log, newest first, narrowed by the Attested event's
 * indexed projectId topic (sdk/logPaging.ts newestFirst); times and revocation flags from the chain.
 */
import { useInfiniteQuery, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Hex } from "viem";
import { publicClient, requireContracts } from "../chain";
import { idx } from "../indexer/fetch";
import { ATTESTATIONS_BY_UID_QUERY, TIMELINE_QUERY, byUidVariables, timelineVariables } from "../indexer/queries";
import { dateOf, kindLabel, toAttestation, type AttestationRow } from "../indexer/rows";
import { attestedLogs, completeAttestations, statusLogs } from "../limited/chainLogs";
import { newestFirst, rangeForDensity } from "@pilot/sdk/logPaging";
import { readRecordsByUid } from "../onchain/reads";
import { LOG_PAGING, SCAN_REQUESTS, readMode } from "../readMode";
import { registryQueries } from "../registry";
import { UNTIL_INVALIDATED, type AttestationEvent, type ProjectStatusEvent } from "../types";

export type TimelineScope = { readonly projectId: number } | { readonly entityId: number };

/** Where a limited-mode page stops and the next (older) one starts. */
export interface BlockCursor {
  readonly below: bigint;
  readonly range: bigint;
}

export interface TimelinePage {
  /** Newest first. */
  readonly items: readonly AttestationEvent[];
  /** Indexed: how many attestations the scope has in all. */
  readonly total?: number;
  /** Limited: the blocks this page read, and the project's status changes in them. */
  readonly blocks?: { readonly fromBlock: bigint; readonly toBlock: bigint };
  readonly statusChanges?: readonly ProjectStatusEvent[];
  /** The next page's start; undefined at the beginning of the history. */
  readonly next?: string | BlockCursor;
}

async function indexedPage(scope: TimelineScope, pageSize: number, after: string | undefined, signal?: AbortSignal): Promise<TimelinePage> {
  const data = await idx<{ attestations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; items: (AttestationRow & { project: { title: string } | null })[] } }>(
    TIMELINE_QUERY,
    timelineVariables({ ...scope }, pageSize, after),
    signal,
  );
  const a = data.attestations;
  return {
    items: a.items.map((row) => ({ ...toAttestation(row), ...(row.project ? { projectTitle: row.project.title } : {}) })),
    total: a.totalCount,
    ...(a.pageInfo.hasNextPage && a.pageInfo.endCursor ? { next: a.pageInfo.endCursor } : {}),
  };
}

async function limitedPage(queryClient: QueryClient, scope: TimelineScope, pageSize: number, cursor: BlockCursor | undefined): Promise<TimelinePage> {
  const { deploymentBlock } = requireContracts();
  // Everything the first page needs before it scans, in one round (one batched request).
  const [projectList, head, totals] = await Promise.all([
    "projectId" in scope ? Promise.resolve(undefined) : queryClient.fetchQuery(registryQueries.projects),
    cursor ? Promise.resolve(undefined) : publicClient().getBlockNumber({ cacheTime: 0 }),
    cursor ? Promise.resolve(undefined) : queryClient.fetchQuery(registryQueries.totals),
  ]);
  let projectIds: number[];
  let titles = new Map<number, string>();
  if ("projectId" in scope) projectIds = [scope.projectId];
  else {
    const projects = (projectList ?? []).filter((p) => p.entityId === scope.entityId);
    projectIds = projects.map((p) => p.id);
    titles = new Map(projects.map((p) => [p.id, p.title]));
    if (projectIds.length === 0) return { items: [] };
  }
  let start = cursor;
  if (!start && head !== undefined && totals) {
    // One project (or entity) among many holds a share of the chain's events: size the first range for
    // `pageSize` of its own, assuming it at most ten times sparser than the whole programme (so that
    // a project holding most of the events still reads at most ten pages' worth at first).
    const among = "projectId" in scope ? totals.projects : totals.entities;
    start = { below: head, range: rangeForDensity(totals.attestations, head - deploymentBlock + 1n, pageSize * Math.max(1, Math.min(among, 10)), LOG_PAGING.maxRange) };
  }
  if (!start) throw new Error("no block to start the timeline from");
  const scan = await newestFirst((from, to) => attestedLogs(projectIds, from, to), {
    floor: deploymentBlock,
    below: start.below,
    range: start.range,
    maxRange: LOG_PAGING.maxRange,
    target: pageSize,
    maxRequests: cursor ? SCAN_REQUESTS.older : SCAN_REQUESTS.first,
  });
  const fromBlock = scan.oldestBlock;
  const toBlock = start.below;
  const logs = scan.ranges.flatMap((r) => r.logs);
  const [items, statusChanges] = await Promise.all([
    completeAttestations(logs, fromBlock, toBlock),
    "projectId" in scope && fromBlock <= toBlock ? statusLogs(scope.projectId, fromBlock, toBlock) : Promise.resolve([]),
  ]);
  return {
    items: items.map((a) => (titles.has(a.projectId) ? { ...a, projectTitle: titles.get(a.projectId) ?? "" } : a)),
    blocks: { fromBlock, toBlock },
    statusChanges,
    ...(scan.exhausted ? {} : { next: { below: scan.oldestBlock - 1n, range: scan.nextRange } }),
  };
}

const keyOf = (scope: TimelineScope) => ("projectId" in scope ? { projectId: scope.projectId } : { entityId: scope.entityId });

/** Query options of a timeline (shared with the start-up prefetch). */
export const timelineQuery = (queryClient: QueryClient, scope: TimelineScope, pageSize: number) => ({
  queryKey: [readMode === "indexed" ? "idx" : "ltd", "timeline", keyOf(scope), pageSize] as const,
  queryFn: ({ pageParam, signal }: { pageParam: unknown; signal?: AbortSignal }): Promise<TimelinePage> =>
    readMode === "indexed" ? indexedPage(scope, pageSize, pageParam as string | undefined, signal) : limitedPage(queryClient, scope, pageSize, pageParam as BlockCursor | undefined),
  initialPageParam: undefined as string | BlockCursor | undefined,
  getNextPageParam: (last: TimelinePage) => last.next,
  staleTime: UNTIL_INVALIDATED,
});

/** Attestations of the scope, newest first, `pageSize` at a time. */
export function useTimeline(scope: TimelineScope, pageSize: number, options: { enabled?: boolean } = {}) {
  const queryClient = useQueryClient();
  const q = useInfiniteQuery({ ...timelineQuery(queryClient, scope, pageSize), enabled: options.enabled ?? true });
  const pages = q.data?.pages ?? [];
  const last = pages[pages.length - 1];
  return {
    query: q,
    items: pages.flatMap((p) => p.items),
    total: pages[0]?.total,
    statusChanges: pages.flatMap((p) => p.statusChanges ?? []),
    /** Limited mode: the oldest block read so far. */
    scannedFrom: last?.blocks?.fromBlock,
    scannedTo: pages[0]?.blocks?.toBlock,
    complete: q.data !== undefined && !q.hasNextPage,
  };
}

/** What a timeline item refers to, when it is not on the pages already loaded. */
export interface RefSummary {
  readonly uid: Hex;
  readonly projectId: number;
  readonly kindLabel: string;
  readonly time: Date;
  readonly revoked: boolean;
}

async function fetchRefs(uids: readonly Hex[]): Promise<RefSummary[]> {
  if (uids.length === 0) return [];
  if (readMode === "indexed") {
    const data = await idx<{ attestations: { items: { uid: Hex; projectId: number; kind: number; time: string; revoked: boolean }[] } }>(ATTESTATIONS_BY_UID_QUERY, byUidVariables(uids));
    return data.attestations.items.map((a) => ({ uid: a.uid, projectId: a.projectId, kindLabel: kindLabel(a.kind), time: dateOf(a.time), revoked: a.revoked }));
  }
  const records = await readRecordsByUid(uids);
  return [...records.values()].map((r) => ({ uid: r.uid, projectId: r.projectId, kindLabel: kindLabel(r.kind), time: dateOf(r.time), revoked: r.revoked }));
}

/** Summaries of referenced attestations missing from `loaded` (one request for the lot). */
export function useRefs(items: readonly AttestationEvent[]) {
  const loaded = new Set(items.map((a) => a.uid.toLowerCase()));
  const missing = [...new Set(items.flatMap((a) => (a.refUID && !loaded.has(a.refUID.toLowerCase()) ? [a.refUID.toLowerCase() as Hex] : [])))].sort();
  return useQuery({
    queryKey: [readMode === "indexed" ? "idx" : "ltd", "refs", missing] as const,
    queryFn: () => fetchRefs(missing),
    enabled: missing.length > 0,
    staleTime: 60_000,
  });
}
