/**
 * One zone, entity, project or document: what its page shows above (or beside) its lists.
 * Indexed: one GraphQL request each. Limited: PilotProgramme's getters (and, for a zone's
 * administrators, its appointment events checked against the accounts' current records).
 */
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Address, Hex } from "viem";
import { pageSize, readAllChunks } from "@pilot/sdk/readPaging";
import { programmeReaderAbi, publicClient, requireContracts } from "../chain";
import { idx } from "../indexer/fetch";
import { DOCUMENT_QUERY, ENTITY_QUERY, PROJECT_QUERY, ZONE_QUERY, documentVariables } from "../indexer/queries";
import { toAttestation, toEntity, toProject, toStatusHistory, toZone, type AttestationRow, type EntityRow, type ProjectRow, type StatusChangeRow, type ZoneRow } from "../indexer/rows";
import { appointedAdmins, attestedByUid, delegatedUids, revocationsOf } from "../limited/chainLogs";
import { readDocumentVerdict, type ChainVerdict } from "../onchain/reads";
import { readMode } from "../readMode";
import { fetchEntity, fetchEntitySummary, fetchProject, fetchZone, registryQueries } from "../registry";
import { UNTIL_INVALIDATED, type AttestationEvent, type EntityInfo, type ProjectInfo, type ProjectStatusEvent, type ViewQuery, type ZoneSummary } from "../types";
import { ATTESTATION_KINDS } from "@pilot/sdk/domain";

const mode = readMode === "indexed" ? "idx" : "ltd";

// ----------------------------------------------------------------- entity

export interface EntityView {
  readonly entity: EntityInfo & { readonly attestationCount?: number };
  readonly zone: { readonly id: number; readonly name: string };
}

async function indexedEntity(id: number, signal?: AbortSignal): Promise<EntityView | null> {
  const d = await idx<{ entity: EntityRow | null }>(ENTITY_QUERY, { id }, signal);
  if (!d.entity) return null;
  return { entity: toEntity(d.entity), zone: d.entity.zone ?? { id: d.entity.zoneId, name: `Zone #${d.entity.zoneId}` } };
}

async function limitedEntity(queryClient: QueryClient, id: number): Promise<EntityView | null> {
  const [entity, zones] = await Promise.all([fetchEntity(id), queryClient.fetchQuery(registryQueries.zones)]);
  if (!entity) return null;
  return { entity, zone: { id: entity.zoneId, name: zones.find((z) => z.id === entity.zoneId)?.name ?? `Zone #${entity.zoneId}` } };
}

export const entityViewQuery = (queryClient: QueryClient, id: number): ViewQuery<EntityView | null> => ({
  queryKey: [mode, "entity", id],
  queryFn: ({ signal }) => (readMode === "indexed" ? indexedEntity(id, signal) : limitedEntity(queryClient, id)),
  staleTime: UNTIL_INVALIDATED,
});

export function useEntityView(id: number) {
  const queryClient = useQueryClient();
  return useQuery({ ...entityViewQuery(queryClient, id), enabled: Number.isSafeInteger(id) && id > 0 });
}

// ----------------------------------------------------------------- zone

export interface ZoneView {
  readonly zone: ZoneSummary;
  readonly activeProjects: number;
  /** Current administrators (lower-case from the indexer; checksummed in the limited mode). */
  readonly admins: readonly Address[];
}

async function indexedZone(id: number, signal?: AbortSignal): Promise<ZoneView | null> {
  const d = await idx<{ zone: ZoneRow | null; active: { totalCount: number } }>(ZONE_QUERY, { id }, signal);
  if (!d.zone) return null;
  const zone = toZone(d.zone);
  return { zone, activeProjects: d.active.totalCount, admins: zone.admins };
}

async function limitedZone(queryClient: QueryClient, id: number): Promise<ZoneView | null> {
  const [zone, projects, candidates] = await Promise.all([fetchZone(id), queryClient.fetchQuery(registryQueries.projects), appointedAdmins(id)]);
  if (!zone) return null;
  const { reader } = requireContracts();
  const client = publicClient();
  // Who is administrator NOW: each appointed account's current record on chain.
  const accounts = await readAllChunks(candidates, (chunk) => client.readContract({ address: reader, abi: programmeReaderAbi, functionName: "accounts", args: [[...chunk]] }), { pageSize: pageSize("accounts") });
  const mine = projects.filter((p) => p.zoneId === id);
  return {
    zone: { ...zone, projectCount: mine.length },
    activeProjects: mine.filter((p) => p.status === "Active").length,
    admins: candidates.filter((_, i) => accounts[i]?.zoneAdminOf === id),
  };
}

export const zoneViewQuery = (queryClient: QueryClient, id: number): ViewQuery<ZoneView | null> => ({
  queryKey: [mode, "zone", id],
  queryFn: ({ signal }) => (readMode === "indexed" ? indexedZone(id, signal) : limitedZone(queryClient, id)),
  staleTime: UNTIL_INVALIDATED,
});

export function useZoneView(id: number) {
  const queryClient = useQueryClient();
  return useQuery({ ...zoneViewQuery(queryClient, id), enabled: Number.isSafeInteger(id) && id > 0 });
}

// ----------------------------------------------------------------- project

export interface ProjectView {
  readonly project: ProjectInfo & { readonly attestationCount?: number; readonly revokedCount?: number };
  readonly entity: { readonly id: number; readonly name: string; readonly status?: string };
  readonly zone: { readonly id: number; readonly name: string; readonly status?: string };
  /** Indexed: every status change. Limited: undefined (the timeline's block ranges carry them). */
  readonly history?: readonly ProjectStatusEvent[];
}

async function indexedProject(id: number, signal?: AbortSignal): Promise<ProjectView | null> {
  const d = await idx<{ project: ProjectRow | null; projectStatusChanges: { items: StatusChangeRow[] } }>(PROJECT_QUERY, { id }, signal);
  if (!d.project) return null;
  const p = d.project;
  return {
    project: toProject(p),
    entity: { id: p.entityId, name: p.entity?.name ?? `Entity #${p.entityId}` },
    zone: { id: p.zoneId, name: p.zone?.name ?? `Zone #${p.zoneId}` },
    history: toStatusHistory(id, d.projectStatusChanges.items),
  };
}

async function limitedProject(id: number): Promise<ProjectView | null> {
  const project = await fetchProject(id);
  if (!project) return null;
  const [entity, zone] = await Promise.all([fetchEntity(project.entityId), fetchZone(project.zoneId)]);
  return {
    project,
    entity: { id: project.entityId, name: entity?.name ?? `Entity #${project.entityId}`, ...(entity ? { status: entity.status } : {}) },
    zone: { id: project.zoneId, name: zone?.name ?? `Zone #${project.zoneId}`, ...(zone ? { status: zone.status } : {}) },
  };
}

export const projectViewQuery = (id: number): ViewQuery<ProjectView | null> => ({
  queryKey: [mode, "project", id],
  queryFn: ({ signal }) => (readMode === "indexed" ? indexedProject(id, signal) : limitedProject(id)),
  staleTime: UNTIL_INVALIDATED,
});

export const useProjectView = (id: number) => useQuery({ ...projectViewQuery(id), enabled: Number.isSafeInteger(id) && id > 0 });

// ----------------------------------------------------------------- document

export interface DocumentRow extends AttestationEvent {
  readonly projectTitle?: string;
  readonly entity?: { readonly id: number; readonly name: string };
  readonly zoneName?: string;
}

export interface DocumentPage {
  /** How many attestations of the document the source knows (indexer: its count; limited: the chain's). */
  readonly total: number;
  /** Oldest first, `DOCUMENT_PAGE` at a time. */
  readonly rows: readonly DocumentRow[];
}

export const DOCUMENT_PAGE = 20;

async function indexedDocument(hash: Hex, page: number, signal?: AbortSignal): Promise<DocumentPage> {
  type Row = AttestationRow & { project: { id: number; title: string; zoneId: number; entity: { id: number; name: string } | null; zone: { name: string } | null } | null };
  const d = await idx<{ attestations: { totalCount: number; items: Row[] } }>(DOCUMENT_QUERY, documentVariables(hash, page, DOCUMENT_PAGE), signal);
  return {
    total: d.attestations.totalCount,
    rows: d.attestations.items.map((a) => ({
      ...toAttestation(a),
      ...(a.project ? { projectTitle: a.project.title } : {}),
      ...(a.project?.entity ? { entity: a.project.entity } : {}),
      ...(a.project?.zone ? { zoneName: a.project.zone.name } : {}),
    })),
  };
}

/** Limited: the page's records come from the chain verdict (all of them, read anyway); URI, reference and reasons from their events. */
async function limitedDocument(queryClient: QueryClient, verdict: ChainVerdict, page: number): Promise<DocumentPage> {
  const records = verdict.records.slice(page * DOCUMENT_PAGE, (page + 1) * DOCUMENT_PAGE);
  const uids = records.map((r) => r.uid);
  const { deploymentBlock } = requireContracts();
  // The page's projects and their entities by id (a few getters in one batch), not the whole registry.
  const projectIds = [...new Set(records.map((r) => r.projectId))];
  const [logs, relayed, projectList, zones] = await Promise.all([
    attestedByUid(uids),
    delegatedUids(uids, deploymentBlock, verdict.block),
    Promise.all(projectIds.map((id) => fetchProject(id))),
    queryClient.fetchQuery(registryQueries.zones),
  ]);
  const projects = projectList.filter((p): p is ProjectInfo => p !== undefined);
  const entities = (await Promise.all([...new Set(projects.map((p) => p.entityId))].map((id) => fetchEntitySummary(id)))).filter((e) => e !== undefined);
  const reasons = await revocationsOf(records.filter((r) => r.revoked).map((r) => r.uid), deploymentBlock);
  const logByUid = new Map(logs.map((l) => [l.uid.toLowerCase(), l]));
  const projectById = new Map(projects.map((p) => [p.id, p]));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const zoneById = new Map(zones.map((z) => [z.id, z]));
  return {
    total: verdict.count,
    rows: records.map((r): DocumentRow => {
      const log = logByUid.get(r.uid.toLowerCase());
      const rev = reasons.get(r.uid.toLowerCase());
      const p = projectById.get(r.projectId);
      const e = p ? entityById.get(p.entityId) : undefined;
      return {
        uid: r.uid,
        projectId: r.projectId,
        attester: r.attester,
        kind: r.kind,
        kindLabel: ATTESTATION_KINDS[r.kind] ?? `Kind ${r.kind}`,
        contentHash: r.contentHash,
        refUID: log?.refUID,
        uri: log?.uri ?? "",
        time: new Date(r.time * 1000),
        block: log?.block ?? 0n,
        txHash: log?.txHash ?? "0x",
        delegated: relayed.has(r.uid.toLowerCase()),
        ...(r.revoked ? { revoked: { by: rev?.by, reason: rev?.reason, time: undefined } } : {}),
        ...(p ? { projectTitle: p.title, ...(zoneById.get(p.zoneId) ? { zoneName: zoneById.get(p.zoneId)?.name ?? "" } : {}) } : {}),
        ...(e ? { entity: { id: e.id, name: e.name } } : {}),
      };
    }),
  };
}

/** The chain's verdict on a document: every record (count, then every page), at one block. */
export const useChainVerdict = (hash: Hex | undefined) =>
  useQuery({ queryKey: ["chain", "verdict", hash] as const, queryFn: () => readDocumentVerdict(hash as Hex), enabled: hash !== undefined, staleTime: UNTIL_INVALIDATED });

export function useDocumentPage(hash: Hex | undefined, page: number, verdict: ChainVerdict | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [mode, "document", hash, page, readMode === "limited" ? String(verdict?.block ?? "") : ""] as const,
    queryFn: ({ signal }) => (readMode === "indexed" ? indexedDocument(hash as Hex, page, signal) : limitedDocument(queryClient, verdict as ChainVerdict, page)),
    staleTime: UNTIL_INVALIDATED,
    enabled: hash !== undefined && (readMode === "indexed" || verdict !== undefined),
  });
}
