/** Shapes the pages consume, read from the contracts (registry) and their events (log). */
import type { Address, Hex } from "viem";

export interface ZoneInfo {
  readonly id: number;
  readonly name: string;
  readonly region: string;
  readonly status: string;
  readonly createdAt: Date;
  readonly entityCount: number;
  readonly metadataURI: string;
}

/** What a list of entities shows (ProgrammeReader.entityRows): no signers, no metadata. */
export interface EntitySummary {
  readonly id: number;
  readonly zoneId: number;
  readonly name: string;
  readonly status: string;
  readonly type: string;
  readonly fieldIds: readonly number[];
  readonly fields: readonly string[];
  readonly projectCount: number;
}

export interface EntityInfo extends EntitySummary {
  readonly registeredAt: Date;
  readonly metadataURI: string;
  readonly signers: readonly Address[];
}

export interface ProjectInfo {
  readonly id: number;
  readonly entityId: number;
  readonly zoneId: number;
  readonly field: number;
  readonly fieldLabel: string;
  readonly status: string;
  readonly proposedAt: Date;
  readonly updatedAt: Date;
  readonly proposer: Address;
  readonly title: string;
  readonly metadataURI: string;
}

export interface Datum {
  readonly label: string;
  readonly value: number;
}

/** An attestation: from the indexer, or rebuilt from the log (Attested + Revoked + SignatureUsed events) and the chain's record. */
export interface AttestationEvent {
  readonly uid: Hex;
  /** Position in the programme's log (indexer only). */
  readonly seq?: number;
  /** The project's entity (indexer only). */
  readonly entityId?: number;
  /** The project's title, when the source gave it with the attestation. */
  readonly projectTitle?: string;
  readonly projectId: number;
  readonly attester: Address;
  readonly kind: number;
  readonly kindLabel: string;
  readonly contentHash: Hex;
  readonly refUID: Hex | undefined;
  readonly uri: string;
  readonly time: Date;
  readonly block: bigint;
  readonly txHash: Hex;
  /** Signed off-chain by the attester and relayed by someone else. */
  readonly delegated: boolean;
  /** Revoked: by whom, why, when (`reason` undefined when the limited mode has not found the Revoked event). */
  readonly revoked?: { readonly by: Address | undefined; readonly reason: string | undefined; readonly time: Date | undefined };
}

/** A zone with the counts the indexer keeps (limited mode: entity count from the chain, the others counted from the registry). */
export interface ZoneSummary extends ZoneInfo {
  readonly projectCount: number;
  readonly attestationCount?: number;
}

/** One line of the overview's "latest attestations" feed. */
export interface FeedItem {
  readonly uid: Hex;
  readonly projectId: number;
  readonly kindLabel: string;
  readonly time: Date;
  readonly revoked: boolean;
  readonly projectTitle?: string;
  readonly entityName?: string;
}

/** One page of a server-side (or, in the limited mode, client-side) list. */
export interface ListPage<T> {
  readonly rows: readonly T[];
  readonly total: number;
}

export interface ProjectStatusEvent {
  readonly projectId: number;
  readonly status: string;
  readonly by: Address;
  readonly reason: string;
  readonly time: Date;
  readonly block: bigint;
}

export interface OfficeEvent {
  readonly kind: "zoneAdminAppointed" | "zoneAdminRemoved" | "regulatorFields" | "expertFields";
  readonly account: Address;
  readonly zoneId?: number;
  readonly fields?: number;
  readonly time: Date;
}

/** A signer voided its unsubmitted signatures (increaseNonce): every nonce in [oldNonce, newNonce) is dead. */
export interface NonceEvent {
  readonly signer: Address;
  readonly oldNonce: bigint;
  readonly newNonce: bigint;
  readonly time: Date;
  readonly block: bigint;
  readonly txHash: Hex;
}

/** The options of one of the pages' queries (either read mode): shared by the hooks and the start-up prefetch. */
export interface ViewQuery<T> {
  readonly queryKey: readonly unknown[];
  readonly queryFn: (context: { readonly signal: AbortSignal }) => Promise<T>;
  /** Fresh until the live updates say otherwise (LiveUpdates invalidates what new blocks change). */
  readonly staleTime: number;
}

/** Cached reads stay fresh until new blocks invalidate them (LiveUpdates): no refetch just for mounting a page. */
export const UNTIL_INVALIDATED = Number.POSITIVE_INFINITY;
