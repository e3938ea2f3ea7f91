/**
 * The deployment record's shape: where the suite lives on one chain (deployments/chain-<id>.json,
 * written by scripts/deploy, read by the terminal tool, the indexer's runner and turned into the
 * dApp's generated file). Types only; reading and writing the file is scripts/lib/deployment-record.ts.
 */
import type { Hex } from "./eip712.js";

export const DEPLOYMENT_FORMAT = "pilot-programme/deployment@1" as const;

export interface DeploymentOperator {
  /** Who runs this deployment (a filed public service must say so). */
  name: string;
  contact?: string;
  /** e.g. the filing number with the cyberspace authority. */
  filing?: string;
}

/**
 * The programme office when it is governed (Ignition module `GovernedProgramme`): the timelock is
 * the programme's admin, the governor its proposer and canceller, the seats the governor's votes.
 * Absent when the office is one account or a multisig (module `PilotProgramme`).
 */
export interface DeploymentGovernance {
  governor: Hex;
  timelock: Hex;
  seats: Hex;
}

export interface DeploymentRecord {
  format: typeof DEPLOYMENT_FORMAT;
  chainId: number;
  network: string;
  programme: Hex;
  reader: Hex;
  /** Block of the programme's deployment: where log scans start. */
  deploymentBlock: number;
  deployedAt: string;
  operator?: DeploymentOperator;
  governance?: DeploymentGovernance;
}
