/**
 * What a proposal's numbers mean now: the page's clock (the chain's time, run on by the wall clock),
 * the next moment that matters (voting opens, voting closes, the timelock opens), progress toward
 * quorum, and whether voting, queueing or executing is possible now, and if not, why (a refusal named
 * as in sdk/errors.ts, so that the dApp and the terminal tool say it the same way). Pure.
 */
import { PROPOSAL_STATES, VoteType } from "@pilot/sdk/governance";
import type { Proposal, ProposalStateName } from "./types";

/** The chain's time now (seconds), from the last read and the wall clock since. */
export function chainNow(chainTime: number, readAtMs: number, nowMs: number): number {
  return chainTime + Math.max(0, Math.floor((nowMs - readAtMs) / 1000));
}

export type Milestone =
  | { readonly kind: "votingOpens" | "votingCloses" | "executableAt"; readonly at: number; readonly inSeconds: number }
  | { readonly kind: "readyToQueue" | "readyToExecute" | "none" };

/** The next moment that matters for a proposal at `now` (seconds). */
export function nextMilestone(p: Pick<Proposal, "state" | "voteStart" | "voteEnd" | "eta">, now: number): Milestone {
  const until = (at: number) => Math.max(0, at - now);
  switch (p.state) {
    case "Pending":
      return { kind: "votingOpens", at: p.voteStart, inSeconds: until(p.voteStart) };
    case "Active":
      return { kind: "votingCloses", at: p.voteEnd, inSeconds: until(p.voteEnd) };
    case "Succeeded":
      return { kind: "readyToQueue" };
    case "Queued":
      return p.eta !== undefined && p.eta > now ? { kind: "executableAt", at: p.eta, inSeconds: until(p.eta) } : { kind: "readyToExecute" };
    default:
      return { kind: "none" };
  }
}

/** A duration in whole units, largest first, at most two: 2 d 3 h, 5 min 3 s, 0 s. */
export function durationParts(seconds: number): { readonly unit: "d" | "h" | "min" | "s"; readonly n: number }[] {
  const total = Math.max(0, Math.floor(seconds));
  const units = [["d", 86_400], ["h", 3_600], ["min", 60], ["s", 1]] as const;
  const parts: { unit: "d" | "h" | "min" | "s"; n: number }[] = [];
  let rest = total;
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || (parts.length > 0 && parts.length < 2)) parts.push({ unit, n });
    if (parts.length === 2) break;
  }
  const trimmed = parts.filter((p, i) => i === 0 || p.n > 0);
  return trimmed.length ? trimmed : [{ unit: "s", n: 0 }];
}

export interface QuorumProgress {
  /** Votes that count toward quorum: for and abstain (GovernorCountingSimple). */
  readonly counted: bigint;
  readonly needed: bigint | undefined;
  readonly reached: boolean;
  /** 0..100, for a progress bar. */
  readonly percent: number;
}

export function quorumProgress(tally: Proposal["tally"], quorum: bigint | undefined): QuorumProgress {
  const counted = tally.for + tally.abstain;
  if (quorum === undefined || quorum === 0n) return { counted, needed: quorum, reached: quorum === 0n, percent: quorum === 0n ? 100 : 0 };
  const percent = Number((counted * 100n) / quorum);
  return { counted, needed: quorum, reached: counted >= quorum, percent: Math.min(100, percent) };
}

/** A refusal before any transaction, named and with arguments as in sdk/errors.ts. */
export interface Refusal {
  readonly name: string;
  readonly args: readonly unknown[];
}
export type Availability = { readonly ok: true } | { readonly ok: false; readonly refusal: Refusal };

const OK: Availability = { ok: true };
const no = (name: string, ...args: unknown[]): Availability => ({ ok: false, refusal: { name, args } });
const stateIndex = (s: ProposalStateName) => PROPOSAL_STATES.indexOf(s);

export interface Voter {
  readonly account: string;
  /** The seat the account holds now (0: none). */
  readonly seatId: number;
  /** Its vote weight at the proposal's snapshot (undefined: snapshot not reached). */
  readonly weight: bigint | undefined;
  readonly hasVoted: boolean;
}

/** Whether `voter` can vote on `p` now. */
export function canVote(p: Pick<Proposal, "id" | "state" | "voteStart" | "voteEnd">, voter: Voter): Availability {
  if (p.state === "Pending") return no("VotingNotOpen", p.voteStart);
  if (p.state === "Canceled") return no("GovernorUnexpectedProposalState", p.id, stateIndex(p.state), 1n << BigInt(stateIndex("Active")));
  if (p.state !== "Active") return no("VotingClosed", p.voteEnd);
  if (voter.hasVoted) return no("GovernorAlreadyCastVote", voter.account);
  if (voter.weight === 0n) return voter.seatId === 0 ? no("NotSeatHolder", voter.account) : no("NoVoteAtSnapshot", voter.account, p.voteStart);
  return OK;
}

export function canQueue(p: Pick<Proposal, "state">): Availability {
  return p.state === "Succeeded" ? OK : no("ProposalNotSucceeded", stateIndex(p.state));
}

export function canExecute(p: Pick<Proposal, "state" | "eta">, now: number): Availability {
  if (p.state !== "Queued") return no("ProposalNotQueued", stateIndex(p.state));
  if (p.eta !== undefined && p.eta > now) return no("TimelockNotReady", p.eta);
  return OK;
}

export const SUPPORT = { for: VoteType.For, against: VoteType.Against, abstain: VoteType.Abstain } as const;
export type SupportName = keyof typeof SUPPORT;
