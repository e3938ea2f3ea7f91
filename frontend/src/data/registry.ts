/**
 * Zones, entities and projects straight from the contracts: ProgrammeReader's list views, paged
 * with the sdk's pager (page sizes from the measured gas per row, halved when a node still
 * refuses one), and PilotProgramme's single-row getters. The write pages (Attest, Admin) read
 * these — the chain decides what a wallet may do — and so does the limited mode (no indexer).
 * The registry is bounded by the programme's size (zones, entities, projects), not by its history.
 */
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { FIELDS, PROJECT_STATUSES, ZONE_STATUSES } from "@pilot/sdk/domain";
import { ShortPageError, pageSize, withHalving, type ListView } from "@pilot/sdk/readPaging";
import { pilotProgrammeAbi, publicClient, programmeReaderAbi, requireContracts } from "./chain";
import { entitySummaryOf } from "./indexer/rows";
import type { EntityInfo, EntitySummary, ProjectInfo, ZoneInfo } from "./types";

export const registryKey = (kind: "zones" | "entities" | "entitySummaries" | "projects" | "totals") => ["registry", kind] as const;

/**
 * Every row of a ProgrammeReader list view, in pages the node accepts: the first page (its size
 * halved by the sdk until the node accepts it) tells the total, then every other page goes out at
 * once (one batched HTTP request), each halved again if a node refuses it. Never truncated.
 */
export async function readAll<T>(view: ListView, load: (offset: bigint, limit: bigint) => Promise<{ rows: readonly T[]; total: bigint }>): Promise<T[]> {
  const first = await withHalving(pageSize(view), (limit) => load(0n, BigInt(limit)));
  const total = Number(first.value.total);
  const size = first.size;
  const pageOf = async (offset: number): Promise<readonly T[]> => {
    const out: T[] = [];
    // A page refused even at a smaller size is read in smaller pieces, up to the page's end.
    for (let at = offset; at < Math.min(offset + size, total); ) {
      const want = Math.min(offset + size, total) - at;
      const { value } = await withHalving(want, (limit) => load(BigInt(at), BigInt(limit)));
      if (value.rows.length === 0) throw new ShortPageError(at, want, 0);
      out.push(...value.rows);
      at += value.rows.length;
    }
    return out;
  };
  const expectedFirst = Math.min(size, total);
  if (first.value.rows.length < expectedFirst) throw new ShortPageError(0, expectedFirst, first.value.rows.length);
  const rest: Promise<readonly T[]>[] = [];
  for (let offset = size; offset < total; offset += size) rest.push(pageOf(offset));
  return [...first.value.rows.slice(0, expectedFirst), ...(await Promise.all(rest)).flat()];
}

const label = (list: readonly string[], i: number): string => list[i] ?? `#${i}`;
const when = (seconds: number | bigint): Date => new Date(Number(seconds) * 1000);

interface RawZone { id: number; name: string; region: string; status: number; createdAt: number | bigint; entityCount: number; metadataURI: string }
interface RawEntity { id: number; zoneId: number; name: string; status: number; entityType: number; fields: number; projectCount: number; registeredAt: number | bigint; metadataURI: string }
interface RawProject { id: number; entityId: number; zoneId: number; field: number; status: number; proposedAt: number | bigint; updatedAt: number | bigint; proposer: Address; title: string; metadataURI: string }

export const toZoneInfo = (z: RawZone): ZoneInfo => ({
  id: z.id,
  name: z.name,
  region: z.region,
  status: label(ZONE_STATUSES, z.status),
  createdAt: when(z.createdAt),
  entityCount: z.entityCount,
  metadataURI: z.metadataURI,
});

export const toSummary = (e: Omit<RawEntity, "registeredAt" | "metadataURI">): EntitySummary => entitySummaryOf(e);

export const toEntityInfo = (e: RawEntity, signers: readonly Address[]): EntityInfo => ({ ...toSummary(e), registeredAt: when(e.registeredAt), metadataURI: e.metadataURI, signers });

export const toProjectInfo = (p: RawProject): ProjectInfo => ({
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
});

export async function fetchZones(): Promise<ZoneInfo[]> {
  const { reader } = requireContracts();
  const client = publicClient();
  return readAll("zones", async (offset, limit) => {
    const [page, total] = await client.readContract({ address: reader, abi: programmeReaderAbi, functionName: "zones", args: [offset, limit] });
    return { total, rows: page.map(toZoneInfo) };
  });
}

export async function fetchEntities(): Promise<EntityInfo[]> {
  const { reader } = requireContracts();
  const client = publicClient();
  return readAll("entities", async (offset, limit) => {
    const [page, signers, total] = await client.readContract({ address: reader, abi: programmeReaderAbi, functionName: "entities", args: [offset, limit] });
    return { total, rows: page.map((e, i) => toEntityInfo(e, signers[i] ?? [])) };
  });
}

/** Every entity's list row (ProgrammeReader.entityRows: no signers, no metadata). */
export async function fetchEntitySummaries(): Promise<EntitySummary[]> {
  const { reader } = requireContracts();
  const client = publicClient();
  return readAll("entityRows", async (offset, limit) => {
    const [page, total] = await client.readContract({ address: reader, abi: programmeReaderAbi, functionName: "entityRows", args: [offset, limit] });
    return { total, rows: page.map(toSummary) };
  });
}

export async function fetchProjects(): Promise<ProjectInfo[]> {
  const { reader } = requireContracts();
  const client = publicClient();
  return readAll("projects", async (offset, limit) => {
    const [page, total] = await client.readContract({ address: reader, abi: programmeReaderAbi, functionName: "projects", args: [offset, limit] });
    return { total, rows: page.map(toProjectInfo) };
  });
}

export interface Totals {
  readonly zones: number;
  readonly entities: number;
  readonly projects: number;
  readonly attestations: number;
}

export async function fetchTotals(): Promise<Totals> {
  const { programme } = requireContracts();
  const [zones, entities, projects, attestations] = await publicClient().readContract({ address: programme, abi: pilotProgrammeAbi, functionName: "totals" });
  return { zones, entities, projects, attestations: Number(attestations) };
}

/** One zone, entity (with its signers) or project by id; undefined when the chain has none with that id. */
export async function fetchZone(id: number): Promise<ZoneInfo | undefined> {
  const { programme } = requireContracts();
  try {
    return toZoneInfo(await publicClient().readContract({ address: programme, abi: pilotProgrammeAbi, functionName: "getZone", args: [id] }));
  } catch (error) {
    if (isUnknownId(error)) return undefined;
    throw error;
  }
}

export async function fetchEntity(id: number): Promise<EntityInfo | undefined> {
  const { programme } = requireContracts();
  const client = publicClient();
  try {
    const [e, signers] = await Promise.all([
      client.readContract({ address: programme, abi: pilotProgrammeAbi, functionName: "getEntity", args: [id] }),
      client.readContract({ address: programme, abi: pilotProgrammeAbi, functionName: "signersOf", args: [id] }),
    ]);
    return toEntityInfo(e, signers);
  } catch (error) {
    if (isUnknownId(error)) return undefined;
    throw error;
  }
}

/** One entity's list row (no signers: one call). */
export async function fetchEntitySummary(id: number): Promise<EntitySummary | undefined> {
  const { programme } = requireContracts();
  try {
    return toSummary(await publicClient().readContract({ address: programme, abi: pilotProgrammeAbi, functionName: "getEntity", args: [id] }));
  } catch (error) {
    if (isUnknownId(error)) return undefined;
    throw error;
  }
}

export async function fetchProject(id: number): Promise<ProjectInfo | undefined> {
  const { programme } = requireContracts();
  try {
    return toProjectInfo(await publicClient().readContract({ address: programme, abi: pilotProgrammeAbi, functionName: "getProject", args: [id] }));
  } catch (error) {
    if (isUnknownId(error)) return undefined;
    throw error;
  }
}

/** The getters revert with Unknown{Zone,Entity,Project}(id) for an id that does not exist. */
function isUnknownId(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === "object" && current !== null; depth++) {
    const name = (current as { data?: { errorName?: unknown } }).data?.errorName;
    if (typeof name === "string" && /^Unknown(Zone|Entity|Project)$/.test(name)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

const STALE = 30_000;

/** Query options, shared by the hooks and the limited mode's views. */
export const registryQueries = {
  zones: { queryKey: registryKey("zones"), queryFn: fetchZones, staleTime: STALE },
  entities: { queryKey: registryKey("entities"), queryFn: fetchEntities, staleTime: STALE },
  entitySummaries: { queryKey: registryKey("entitySummaries"), queryFn: fetchEntitySummaries, staleTime: STALE },
  projects: { queryKey: registryKey("projects"), queryFn: fetchProjects, staleTime: STALE },
  totals: { queryKey: registryKey("totals"), queryFn: fetchTotals, staleTime: 4_000 },
} as const;

export const useZones = () => useQuery(registryQueries.zones);
export const useEntities = () => useQuery(registryQueries.entities);
export const useProjects = () => useQuery(registryQueries.projects);

/** id -> row maps, for joins in the pages. */
export function indexById<T extends { readonly id: number }>(rows: readonly T[] | undefined): ReadonlyMap<number, T> {
  return new Map((rows ?? []).map((r) => [r.id, r]));
}
