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

/** An attestation as rebuilt from the log (Attested + Revoked + SignatureUsed events). */
export interface AttestationEvent {
  readonly uid: Hex;
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
  readonly revoked?: { readonly by: Address; readonly reason: string; readonly time: Date };
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
