/**
 * Zones, entities (with signers) and projects, read in pages through
 * ProgrammeReader: one eth_call per page, all pages of one round in one batched
 * HTTP request. No request per row.
 */
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { ENTITY_STATUSES, ENTITY_TYPES, FIELDS, PROJECT_STATUSES, ZONE_STATUSES, maskToFields } from "@sdk/domain";
import { publicClient, programmeReaderAbi, requireContracts } from "./chain";
import type { EntityInfo, EntitySummary, ProjectInfo, ZoneInfo } from "./types";

/** Rows per eth_call: kept well under the node's per-call gas cap (~21k-33k gas a row). */
export const PAGE_SIZE = { zones: 200, entities: 250, entitySummaries: 400, projects: 250 } as const;

type Kind = keyof typeof PAGE_SIZE;

export const registryKey = (kind: Kind) => ["registry", kind] as const;

/** Loads page 0, then every remaining page at once (one more batched request). */
export async function loadPaged<T>(pageSize: number, load: (offset: bigint, limit: bigint) => Promise<{ rows: readonly T[]; total: bigint }>): Promise<T[]> {
  const first = await load(0n, BigInt(pageSize));
  const total = Number(first.total);
  const rest: Promise<{ rows: readonly T[]; total: bigint }>[] = [];
  for (let offset = pageSize; offset < total; offset += pageSize) rest.push(load(BigInt(offset), BigInt(pageSize)));
  const pages = await Promise.all(rest);
  return [...first.rows, ...pages.flatMap((p) => p.rows)];
}

const label = (list: readonly string[], i: number): string => list[i] ?? `#${i}`;
const when = (seconds: number): Date => new Date(seconds * 1000);

export async function fetchZones(): Promise<ZoneInfo[]> {
  const { reader } = requireContracts();
  const client = publicClient();
  return loadPaged(PAGE_SIZE.zones, async (offset, limit) => {
    const [page, total] = await client.readContract({ address: reader, abi: programmeReaderAbi, functionName: "zones", args: [offset, limit] });
    return {
      total,
      rows: page.map((z) => ({
        id: z.id,
        name: z.name,
        region: z.region,
        status: label(ZONE_STATUSES, z.status),
        createdAt: when(z.createdAt),
        entityCount: z.entityCount,
        metadataURI: z.metadataURI,
      })),
    };
  });
}

export async function fetchEntities(): Promise<EntityInfo[]> {
  const { reader } = requireContracts();
  const client = publicClient();
  return loadPaged(PAGE_SIZE.entities, async (offset, limit) => {
    const [page, signers, total] = await client.readContract({ address: reader, abi: programmeReaderAbi, functionName: "entities", args: [offset, limit] });
    return {
      total,
      rows: page.map((e, i) => {
        const fieldIds = maskToFields(e.fields);
        return {
          id: e.id,
          zoneId: e.zoneId,
          name: e.name,
          status: label(ENTITY_STATUSES, e.status),
          type: label(ENTITY_TYPES, e.entityType),
          fieldIds,
          fields: fieldIds.map((f) => FIELDS[f]?.label ?? `#${f}`),
          registeredAt: when(e.registeredAt),
          projectCount: e.projectCount,
          metadataURI: e.metadataURI,
          signers: signers[i] ?? [],
        };
      }),
    };
  });
}

const toSummary = (e: { id: number; zoneId: number; name: string; status: number; entityType: number; fields: number; projectCount: number }): EntitySummary => {
  const fieldIds = maskToFields(e.fields);
  return {
    id: e.id,
    zoneId: e.zoneId,
    name: e.name,
    status: label(ENTITY_STATUSES, e.status),
    type: label(ENTITY_TYPES, e.entityType),
    fieldIds,
    fields: fieldIds.map((f) => FIELDS[f]?.label ?? `#${f}`),
    projectCount: e.projectCount,
  };
};

/** Entity list rows `offset + 1 ..` (ProgrammeReader.entityRows: about half the bytes and node time of `entities`), and the total. */
export async function fetchEntitySummaryPage(offset: bigint, limit: bigint): Promise<{ rows: EntitySummary[]; total: bigint }> {
  const { reader } = requireContracts();
  const [page, total] = await publicClient().readContract({ address: reader, abi: programmeReaderAbi, functionName: "entityRows", args: [offset, limit] });
  return { rows: page.map(toSummary), total };
}

/** Every entity's list row. */
export const fetchEntitySummaries = (): Promise<EntitySummary[]> => loadPaged(PAGE_SIZE.entitySummaries, fetchEntitySummaryPage);

export async function fetchProjects(): Promise<ProjectInfo[]> {
  const { reader } = requireContracts();
  const client = publicClient();
  return loadPaged(PAGE_SIZE.projects, async (offset, limit) => {
    const [page, total] = await client.readContract({ address: reader, abi: programmeReaderAbi, functionName: "projects", args: [offset, limit] });
    return {
      total,
      rows: page.map((p) => ({
        id: p.id,
        entityId: p.entityId,
        zoneId: p.zoneId,
        field: p.field,
        fieldLabel: FIELDS[p.field]?.label ?? `#${p.field}`,
        status: label(PROJECT_STATUSES, p.status),
        proposedAt: when(p.proposedAt),
        updatedAt: when(p.updatedAt),
        proposer: p.proposer,
        title: p.title,
        metadataURI: p.metadataURI,
      })),
    };
  });
}

const STALE = 30_000;

/** Rows per page of the entity list: the first page is read on its own, ahead of the rest. */
export const ENTITY_LIST_PAGE = 15;

/** The entity list's filters kept in the URL (`/entities?zone=…&type=…`). */
export const ENTITY_LIST_FILTERS = ["zone", "field", "type", "status"] as const;

/** Query options, shared by the hooks and by the start-up prefetch (prefetch.ts). */
export const registryQueries = {
  zones: { queryKey: registryKey("zones"), queryFn: fetchZones, staleTime: STALE },
  entities: { queryKey: registryKey("entities"), queryFn: fetchEntities, staleTime: STALE },
  entitySummaries: { queryKey: registryKey("entitySummaries"), queryFn: fetchEntitySummaries, staleTime: STALE },
  /** The first rows of the entity list and the total: a small read that paints the list's first page. */
  entityHead: { queryKey: [...registryKey("entitySummaries"), "head"] as const, queryFn: () => fetchEntitySummaryPage(0n, BigInt(ENTITY_LIST_PAGE)), staleTime: STALE },
  projects: { queryKey: registryKey("projects"), queryFn: fetchProjects, staleTime: STALE },
} as const;

export const useZones = () => useQuery(registryQueries.zones);
export const useEntities = () => useQuery(registryQueries.entities);
export const useProjects = () => useQuery(registryQueries.projects);

/** Full entities already cached (e.g. after the overview) stand in for the summaries: no read needed. */
export function cachedEntitiesAsSummaries(queryClient: QueryClient) {
  return {
    initialData: (): EntitySummary[] | undefined => queryClient.getQueryData<EntityInfo[]>(registryKey("entities")),
    initialDataUpdatedAt: (): number | undefined => queryClient.getQueryState(registryKey("entities"))?.dataUpdatedAt,
  };
}

/**
 * The entity list's rows. Cold, the first page (and the total) is read on its
 * own, then every row in one more request: the list paints after the small
 * read. `rows` is then the first page and `loadingMore` gives the total.
 * Full entities already cached (e.g. after the overview) serve at once.
 * `firstPage: false` (e.g. filters from the URL need every row): no head read.
 */
export function useEntitySummaries({ firstPage = true }: { readonly firstPage?: boolean } = {}) {
  const queryClient = useQueryClient();
  const cached = queryClient.getQueryData(registryKey("entitySummaries")) ?? queryClient.getQueryData(registryKey("entities"));
  const head = useQuery({ ...registryQueries.entityHead, enabled: firstPage && cached === undefined });
  // After the head (success or failure): one request at a time, so the head's answer is not held back by the whole list.
  const all = useQuery({ ...registryQueries.entitySummaries, ...cachedEntitiesAsSummaries(queryClient), enabled: !firstPage || cached !== undefined || head.status !== "pending" });
  const partial = firstPage && all.data === undefined && head.data !== undefined && Number(head.data.total) > head.data.rows.length;
  const rows = all.data ?? (firstPage ? head.data?.rows : undefined);
  return {
    rows,
    loadingMore: partial && head.data ? { total: Number(head.data.total) } : undefined,
    isPending: rows === undefined && !all.isError,
    isError: rows === undefined && all.isError,
    error: all.error,
    refetch: () => all.refetch(),
  };
}

/** id -> row maps, for joins in the pages. */
export function indexById<T extends { readonly id: number }>(rows: readonly T[] | undefined): ReadonlyMap<number, T> {
  return new Map((rows ?? []).map((r) => [r.id, r]));
}
