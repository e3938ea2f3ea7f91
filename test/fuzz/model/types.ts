/**
 * Reference model of the pilot programme (registry + attestation log): plain data.
 * Addresses and hex strings are lower-case; ids and times are numbers (they stay far below 2^53
 * in any run); nonces are bigints (`increaseNonce` takes them up to 2^64-1).
 */
import type { EntityStatus, EntityType, Kind, ProjectStatus, ZoneStatus } from "@pilot/sdk/domain";

export type Address = string;
export type Bytes32 = string;

export interface ZoneM {
  id: number;
  status: ZoneStatus;
  createdAt: number;
  entityCount: number;
  name: string;
  region: string;
  metadataURI: string;
  metadataHash: Bytes32;
}

export interface EntityM {
  id: number;
  zoneId: number;
  status: EntityStatus;
  entityType: EntityType;
  fields: number;
  registeredAt: number;
  projectCount: number;
  name: string;
  metadataURI: string;
  metadataHash: Bytes32;
  /** In EnumerableSet order (append, swap-and-pop removal). */
  signers: Address[];
}

export interface ProjectM {
  id: number;
  entityId: number;
  zoneId: number;
  field: number;
  status: ProjectStatus;
  proposedAt: number;
  updatedAt: number;
  proposer: Address;
  title: string;
  metadataURI: string;
  metadataHash: Bytes32;
}

export interface AccountM {
  entityId: number;
  zoneAdminOf: number;
  regulatorFields: number;
  expertFields: number;
  nonce: bigint;
  /** When the current tenure as a signer began (0 if not a signer). */
  signerSince: number;
  /** A signer's entity is Active (mirrored by setEntityStatus). */
  entityActive: boolean;
  /** The UTC day at whose start the account's offices expire (one term for all; 0: none set). */
  officeExpiryDay: number;
}

export interface AttestationM {
  uid: Bytes32;
  contentHash: Bytes32;
  attester: Address;
  projectId: number;
  kind: Kind;
  time: number;
  revoked: boolean;
}

/** OpenZeppelin AccessControlDefaultAdminRules, as far as it is observable. */
export interface AdminRulesM {
  defaultAdmin: Address; // zero address when renounced
  pendingAdmin: Address;
  pendingAdminSchedule: number;
  currentDelay: number;
  pendingDelay: number;
  pendingDelaySchedule: number;
  /** Holders of roles other than DEFAULT_ADMIN_ROLE, by role id. */
  otherRoles: Record<Bytes32, Address[]>;
}

export interface WalletM {
  owner: Address;
  refuseAll: boolean;
}

export interface ModelState {
  /** Timestamp of the block the next transaction lands in. */
  now: number;
  paused: boolean;
  zones: ZoneM[]; // index = id - 1
  entities: EntityM[];
  projects: ProjectM[];
  accounts: Record<Address, AccountM>;
  attestations: Record<Bytes32, AttestationM>;
  /** uids in the order they were written (global log order). */
  log: Bytes32[];
  hashCount: Record<Bytes32, number>;
  admin: AdminRulesM;
  /** The account that may pause and nothing else (zero: none). */
  guardian: Address;
  wallets: Record<Address, WalletM>;
}

/** An event as compared: name and arguments, each normalised to a string. */
export interface EventM {
  name: string;
  args: string[];
}

/** A custom error as compared: name and arguments normalised to strings. */
export class Refusal extends Error {
  constructor(
    readonly errorName: string,
    readonly args: string[],
  ) {
    super(`${errorName}(${args.join(", ")})`);
  }
}
