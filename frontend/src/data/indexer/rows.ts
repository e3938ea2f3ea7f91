/**
 * The indexer's rows as GraphQL returns them (BigInt columns as decimal strings, enums as their
 * Solidity number, hex lower-cased) and their mapping to the shapes the pages show. Pure.
 */
import { zeroHash, type Address, type Hex } from "viem";
import { ATTESTATION_KINDS, ENTITY_STATUSES, ENTITY_TYPES, FIELDS, PROJECT_STATUSES, ZONE_STATUSES, maskToFields } from "@pilot/sdk/domain";
import type { AttestationEvent, EntityInfo, EntitySummary, ProjectInfo, ProjectStatusEvent, ZoneInfo } from "../types";

export type BigIntString = string;

export interface ZoneRow {
  readonly id: number;
  readonly name: string;
  readonly region: string;
  readonly metadataUri: string;
  readonly status: number;
  readonly createdAt: BigIntString;
  readonly entityCount: number;
  readonly projectCount: number;
  readonly attestationCount: number;
  readonly admins: readonly string[];
}

export interface EntityRow {
  readonly id: number;
  readonly zoneId: number;
  readonly entityType: number;
  readonly fields: number;
  readonly name: string;
  readonly status: number;
  readonly registeredAt: BigIntString;
  readonly projectCount: number;
  readonly attestationCount: number;
  readonly metadataUri?: string;
  readonly signers?: readonly string[];
  readonly zone?: { readonly id: number; readonly name: string } | null;
}

export interface ProjectRow {
  readonly id: number;
  readonly entityId: number;
  readonly zoneId: number;
  readonly field: number;
  readonly proposer: string;
  readonly title: string;
  readonly metadataUri: string;
  readonly status: number;
  readonly proposedAt: BigIntString;
  readonly updatedAt: BigIntString;
  readonly attestationCount: number;
  readonly revokedCount: number;
  readonly lastAttestationAt: BigIntString | null;
  readonly entity?: { readonly id: number; readonly name: string; readonly status?: number; readonly signers?: readonly string[] } | null;
  readonly zone?: { readonly id: number; readonly name: string; readonly status?: number } | null;
}

export interface AttestationRow {
  readonly uid: string;
  readonly seq: number;
  readonly projectId: number;
  readonly entityId: number;
  readonly zoneId: number;
  readonly attester: string;
  readonly kind: number;
  readonly contentHash: string;
  readonly refUid: string | null;
  readonly uri: string;
  readonly delegated: boolean;
  readonly relayer: string;
  readonly revoked: boolean;
  readonly revoker: string | null;
  readonly revokeReason: string | null;
  readonly revokedAt: BigIntString | null;
  readonly block: BigIntString;
  readonly time: BigIntString;
  readonly txHash: string;
}

export interface StatusChangeRow {
  readonly status: number;
  readonly by: string;
  readonly reason: string;
  readonly block: BigIntString;
  readonly logIndex: number;
  readonly time: BigIntString;
}

export const label = (list: readonly string[], i: number): string => list[i] ?? `#${i}`;
export const fieldLabel = (id: number): string => FIELDS[id]?.label ?? `#${id}`;
export const kindLabel = (kind: number): string => ATTESTATION_KINDS[kind] ?? `Kind ${kind}`;
/** Seconds (as the indexer's BigInt string or a number) to a Date. */
export const dateOf = (seconds: BigIntString | number | null | undefined): Date => new Date(Number(seconds ?? 0) * 1000);

export function toZone(z: ZoneRow): ZoneInfo & { readonly projectCount: number; readonly attestationCount: number; readonly admins: readonly Address[] } {
  return {
    id: z.id,
    name: z.name,
    region: z.region,
    status: label(ZONE_STATUSES, z.status),
    createdAt: dateOf(z.createdAt),
    entityCount: z.entityCount,
    metadataURI: z.metadataUri,
    projectCount: z.projectCount,
    attestationCount: z.attestationCount,
    admins: z.admins as Address[],
  };
}

/** The columns an entity list shows, from the chain's reader row or the index's row alike. */
export function entitySummaryOf(e: Pick<EntityRow, "id" | "zoneId" | "name" | "status" | "entityType" | "fields" | "projectCount">): EntitySummary {
  const fieldIds = maskToFields(e.fields);
  return {
    id: e.id,
    zoneId: e.zoneId,
    name: e.name,
    status: label(ENTITY_STATUSES, e.status),
    type: label(ENTITY_TYPES, e.entityType),
    fieldIds,
    fields: fieldIds.map(fieldLabel),
    projectCount: e.projectCount,
  };
}

export function toEntitySummary(e: EntityRow): EntitySummary & { readonly attestationCount: number } {
  return { ...entitySummaryOf(e), attestationCount: e.attestationCount };
}

export function toEntity(e: EntityRow): EntityInfo & { readonly attestationCount: number } {
  return {
    ...toEntitySummary(e),
    registeredAt: dateOf(e.registeredAt),
    metadataURI: e.metadataUri ?? "",
    signers: (e.signers ?? []) as Address[],
  };
}

export function toProject(p: ProjectRow): ProjectInfo & { readonly attestationCount: number; readonly revokedCount: number } {
  return {
    id: p.id,
    entityId: p.entityId,
    zoneId: p.zoneId,
    field: p.field,
    fieldLabel: fieldLabel(p.field),
    status: label(PROJECT_STATUSES, p.status),
    proposedAt: dateOf(p.proposedAt),
    updatedAt: dateOf(p.updatedAt),
    proposer: p.proposer as Address,
    title: p.title,
    metadataURI: p.metadataUri,
    attestationCount: p.attestationCount,
    revokedCount: p.revokedCount,
  };
}

export function toAttestation(a: AttestationRow): AttestationEvent {
  const ref = a.refUid && a.refUid !== zeroHash ? (a.refUid as Hex) : undefined;
  return {
    uid: a.uid as Hex,
    seq: a.seq,
    projectId: a.projectId,
    entityId: a.entityId,
    attester: a.attester as Address,
    kind: a.kind,
    kindLabel: kindLabel(a.kind),
    contentHash: a.contentHash as Hex,
    refUID: ref,
    uri: a.uri,
    time: dateOf(a.time),
    block: BigInt(a.block),
    txHash: a.txHash as Hex,
    delegated: a.delegated,
    ...(a.revoked ? { revoked: { by: (a.revoker ?? zeroHash.slice(0, 42)) as Address, reason: a.revokeReason ?? "", time: dateOf(a.revokedAt) } } : {}),
  };
}

/** A project's status changes, in chain order (block, then log index). */
export function toStatusHistory(projectId: number, rows: readonly StatusChangeRow[]): ProjectStatusEvent[] {
  return [...rows]
    .sort((a, b) => (a.block === b.block ? a.logIndex - b.logIndex : BigInt(a.block) < BigInt(b.block) ? -1 : 1))
    .map((r) => ({ projectId, status: label(PROJECT_STATUSES, r.status), by: r.by as Address, reason: r.reason, time: dateOf(r.time), block: BigInt(r.block) }));
}
