/**
 * The overview. Indexed: the `programme` row, the `stat` aggregates and the latest attestations,
 * in one request (no chart scans the log). Limited: the registry's exact figures from the chain,
 * and charts of the latest attestations only, read newest first in block ranges — the page says
 * which blocks.
 */
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { publicClient, requireContracts } from "../chain";
import { idx } from "../indexer/fetch";
import { LATEST_COUNT, OVERVIEW_QUERY, overviewVariables } from "../indexer/queries";
import { dateOf, kindLabel } from "../indexer/rows";
import { attestedLogs, completeAttestations } from "../limited/chainLogs";
import { newestFirst, rangeForDensity } from "@pilot/sdk/logPaging";
import { LOG_PAGING, RECENT_ATTESTATIONS, readMode } from "../readMode";
import { registryQueries } from "../registry";
import { overviewFromChain, overviewFromIndexer, type OverviewStats } from "../stats";
import { UNTIL_INVALIDATED, type FeedItem, type ViewQuery } from "../types";

export type OverviewScope =
  | { readonly kind: "all"; readonly lastBlock: bigint }
  | {
      readonly kind: "recent";
      readonly fromBlock: bigint;
      readonly toBlock: bigint;
      /** Attestations read (the charts' population). */
      readonly count: number;
      /** Whether the range reached the deployment block (then the charts cover everything). */
      readonly complete: boolean;
    };

export interface OverviewView {
  readonly stats: OverviewStats;
  readonly latest: readonly FeedItem[];
  readonly scope: OverviewScope;
}

interface OverviewData {
  programme: { zones: number; entities: number; projects: number; attestations: number; revocations: number; lastBlock: string } | null;
  stats: { items: { metric: string; key: string; value: number }[] };
  months: { items: { key: string; value: number }[] };
  zones: { items: { id: number; name: string }[] };
  latest: { items: { uid: `0x${string}`; projectId: number; kind: number; time: string; revoked: boolean; project: { title: string; entity: { id: number; name: string } | null } | null }[] };
}

export async function indexedOverview(signal?: AbortSignal): Promise<OverviewView> {
  const d = await idx<OverviewData>(OVERVIEW_QUERY, overviewVariables(), signal);
  const programme = d.programme ?? { zones: 0, entities: 0, projects: 0, attestations: 0, revocations: 0, lastBlock: "0" };
  return {
    stats: overviewFromIndexer({ programme, stats: d.stats.items, months: d.months.items, zoneNames: new Map(d.zones.items.map((z) => [z.id, z.name])) }),
    latest: d.latest.items.map((a) => ({
      uid: a.uid,
      projectId: a.projectId,
      kindLabel: kindLabel(a.kind),
      time: dateOf(a.time),
      revoked: a.revoked,
      ...(a.project ? { projectTitle: a.project.title } : {}),
      ...(a.project?.entity ? { entityName: a.project.entity.name } : {}),
    })),
    scope: { kind: "all", lastBlock: BigInt(programme.lastBlock) },
  };
}

export async function limitedOverview(queryClient: QueryClient): Promise<OverviewView> {
  const { deploymentBlock } = requireContracts();
  const [head, totals, zones, entities, projects] = await Promise.all([
    publicClient().getBlockNumber({ cacheTime: 0 }),
    queryClient.fetchQuery(registryQueries.totals),
    queryClient.fetchQuery(registryQueries.zones),
    queryClient.fetchQuery(registryQueries.entitySummaries),
    queryClient.fetchQuery(registryQueries.projects),
  ]);
  const blocks = head - deploymentBlock + 1n;
  const scan = await newestFirst((from, to) => attestedLogs(undefined, from, to), {
    floor: deploymentBlock,
    below: head,
    // A quarter of the average's worth at first: blocks near the head may be far denser than the average.
    range: rangeForDensity(totals.attestations, blocks, Math.max(1, Math.floor(RECENT_ATTESTATIONS / 4)), LOG_PAGING.maxRange),
    maxRange: LOG_PAGING.maxRange,
    target: RECENT_ATTESTATIONS,
    maxRequests: 4,
    prior: blocks > 0n ? totals.attestations / Number(blocks) : 0,
  });
  // The newest RECENT_ATTESTATIONS only (the last range may hold more).
  const newest = scan.ranges.flatMap((r) => [...r.logs].reverse()).slice(0, RECENT_ATTESTATIONS);
  const oldest = newest.length ? newest[newest.length - 1]?.block ?? scan.oldestBlock : scan.oldestBlock;
  const trimmed = newest.length === scan.ranges.reduce((n, r) => n + r.logs.length, 0);
  const logs = newest;
  const fromBlock = trimmed ? scan.oldestBlock : oldest;
  const recent = await completeAttestations(logs, fromBlock, head, { relayed: false, reasons: false });
  const projectById = new Map(projects.map((p) => [p.id, p]));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  return {
    stats: overviewFromChain(totals, zones, entities, projects, recent),
    latest: recent.slice(0, LATEST_COUNT).map((a) => {
      const p = projectById.get(a.projectId);
      const e = p ? entityById.get(p.entityId) : undefined;
      return { uid: a.uid, projectId: a.projectId, kindLabel: a.kindLabel, time: a.time, revoked: a.revoked !== undefined, ...(p ? { projectTitle: p.title } : {}), ...(e ? { entityName: e.name } : {}) };
    }),
    scope: { kind: "recent", fromBlock, toBlock: head, count: recent.length, complete: scan.exhausted && trimmed },
  };
}

export const overviewQuery = (queryClient: QueryClient): ViewQuery<OverviewView> =>
  readMode === "indexed"
    ? { queryKey: ["idx", "overview"], queryFn: ({ signal }) => indexedOverview(signal), staleTime: UNTIL_INVALIDATED }
    : { queryKey: ["ltd", "overview"], queryFn: () => limitedOverview(queryClient), staleTime: UNTIL_INVALIDATED };

export function useOverview() {
  const queryClient = useQueryClient();
  return useQuery(overviewQuery(queryClient));
}
