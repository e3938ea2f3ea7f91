/**
 * Zones, entities (with signers) and projects, read in pages through
 * ProgrammeReader: one eth_call per page, all pages of one round in one batched
 * HTTP request. No request per row.
 */
import { useQuery } from "@tanstack/react-query";
import { ENTITY_STATUSES, ENTITY_TYPES, FIELDS, PROJECT_STATUSES, ZONE_STATUSES, maskToFields } from "@sdk/domain";
import { publicClient, programmeReaderAbi, requireContracts } from "./chain";
import type { EntityInfo, ProjectInfo, ZoneInfo } from "./types";

/** Rows per eth_call: kept well under the node's per-call gas cap (~21k-33k gas a row). */
export const PAGE_SIZE = { zones: 200, entities: 250, projects: 250 } as const;

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

export const useZones = () => useQuery({ queryKey: registryKey("zones"), queryFn: fetchZones, staleTime: STALE });
export const useEntities = () => useQuery({ queryKey: registryKey("entities"), queryFn: fetchEntities, staleTime: STALE });
export const useProjects = () => useQuery({ queryKey: registryKey("projects"), queryFn: fetchProjects, staleTime: STALE });

/** id -> row maps, for joins in the pages. */
export function indexById<T extends { readonly id: number }>(rows: readonly T[] | undefined): ReadonlyMap<number, T> {
  return new Map((rows ?? []).map((r) => [r.id, r]));
}
