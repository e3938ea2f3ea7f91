/** Shapes the pages consume. The contract-backed hooks must return the same shapes. */
import type { Address, Hex } from "viem";

export interface ZoneRow {
  readonly id: number;
  readonly name: string;
  readonly status: string;
  readonly entityCount: number;
  readonly projectCount: number;
}

export interface EntityRow {
  readonly id: number;
  readonly name: string;
  readonly zone: string;
  readonly type: string;
  readonly fields: readonly string[];
  readonly status: string;
  readonly accounts: readonly Address[];
}

export interface Datum {
  readonly label: string;
  readonly value: number;
}

export interface OverviewStats {
  readonly zones: number;
  readonly entities: number;
  readonly projects: number;
  readonly attestations: number;
  readonly projectsByState: readonly Datum[];
  readonly attestationsByMonth: readonly Datum[];
  readonly projectsByZone: readonly Datum[];
  readonly projectsByField: readonly Datum[];
}

export interface AttestationRecord {
  readonly uid: Hex;
  readonly documentHash: Hex;
  readonly kind: string;
  readonly project: string;
  readonly issuer: Address;
  readonly issuedAt: Date;
  readonly revoked: boolean;
}

/** Every data hook returns its data tagged with where it came from. */
export type DataSource = "sample" | "chain";
