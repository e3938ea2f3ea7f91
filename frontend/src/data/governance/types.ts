/**
 * The Governance page's data: the bodies' seats and the governor's proposals. One shape whatever the
 * source: today the chain (chainSource.ts), later the indexer once it holds the governor's and the
 * timelock's events (a second GovernanceSource with the same result).
 */
import type { Address, Hex } from "viem";
import type { PROPOSAL_STATES } from "@pilot/sdk/governance";

export type ProposalStateName = (typeof PROPOSAL_STATES)[number];

export interface Seat {
  readonly id: number;
  readonly holder: Address;
  /** The body's name as on chain (English). */
  readonly name: string;
}

export interface CastVote {
  readonly voter: Address;
  /** GovernorCountingSimple: 0 against, 1 for, 2 abstain. */
  readonly support: number;
  readonly reason: string;
}

export interface Proposal {
  readonly id: bigint;
  readonly proposer: Address;
  readonly targets: readonly Address[];
  readonly values: readonly bigint[];
  readonly calldatas: readonly Hex[];
  readonly description: string;
  /** Voting opens after voteStart (the snapshot) and closes after voteEnd: seconds (the clock is the block timestamp). */
  readonly voteStart: number;
  readonly voteEnd: number;
  readonly state: ProposalStateName;
  readonly tally: { readonly against: bigint; readonly for: bigint; readonly abstain: bigint };
  /** Votes needed (for + abstain) at the snapshot; undefined while the snapshot is in the future. */
  readonly quorum: bigint | undefined;
  /** When the timelock lets it be executed (seconds), once queued. */
  readonly eta: number | undefined;
  readonly votes: readonly CastVote[];
  readonly createdBlock: bigint;
}

export interface GovernanceSettings {
  readonly votingDelay: number;
  readonly votingPeriod: number;
  readonly timelockDelay: number;
  readonly quorumPercent: number;
}

export interface GovernanceData {
  readonly seats: readonly Seat[];
  /** The programme's guardian (pauses only), if one is set. */
  readonly guardian: Address | undefined;
  /** Newest first, at most `PROPOSALS_SHOWN`. */
  readonly proposals: readonly Proposal[];
  /** Proposals found in the scanned range beyond those shown. */
  readonly olderNotShown: number;
  readonly settings: GovernanceSettings;
  /** The latest block's timestamp when read, and the wall clock (ms) then: the page's "now" runs on from these. */
  readonly chainTime: number;
  readonly readAtMs: number;
  /** The block range scanned for the governor's events. */
  readonly scannedFrom: bigint;
  readonly head: bigint;
}

/** Where the Governance page's data comes from. */
export interface GovernanceSource {
  load(): Promise<GovernanceData>;
}

/** The connected account's standing on the proposals it could act on. */
export interface MyGovernance {
  readonly seatId: number;
  /** proposal id (decimal string) -> its vote weight at the snapshot and whether it has voted. */
  readonly onProposal: Readonly<Record<string, { readonly weight: bigint | undefined; readonly hasVoted: boolean }>>;
}
