// @vitest-environment node
/** A proposal's clock, milestones, quorum and what a seat holder may do now: the refusals a user relies on. */
import { describe, expect, it } from "vitest";
import { canExecute, canQueue, canVote, chainNow, durationParts, nextMilestone, quorumProgress } from "./proposalStatus";

const A = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const base = { id: 7n, voteStart: 1_000, voteEnd: 1_030, eta: undefined as number | undefined };
const seatHolder = { account: A, seatId: 3, weight: 1n, hasVoted: false };

describe("proposal status", () => {
  it("runs the chain's clock on by the wall clock since the read", () => {
    expect(chainNow(5_000, 1_000_000, 1_000_000)).toBe(5_000);
    expect(chainNow(5_000, 1_000_000, 1_012_900)).toBe(5_012);
    expect(chainNow(5_000, 1_000_000, 999_000)).toBe(5_000);
  });

  it("names the next moment that matters, with the seconds to it", () => {
    expect(nextMilestone({ ...base, state: "Pending" }, 990)).toEqual({ kind: "votingOpens", at: 1_000, inSeconds: 10 });
    expect(nextMilestone({ ...base, state: "Active" }, 1_010)).toEqual({ kind: "votingCloses", at: 1_030, inSeconds: 20 });
    expect(nextMilestone({ ...base, state: "Succeeded" }, 1_040)).toEqual({ kind: "readyToQueue" });
    expect(nextMilestone({ ...base, state: "Queued", eta: 1_100 }, 1_040)).toEqual({ kind: "executableAt", at: 1_100, inSeconds: 60 });
    expect(nextMilestone({ ...base, state: "Queued", eta: 1_100 }, 1_100)).toEqual({ kind: "readyToExecute" });
    expect(nextMilestone({ ...base, state: "Executed" }, 2_000)).toEqual({ kind: "none" });
  });

  it("splits durations into at most two units", () => {
    expect(durationParts(0)).toEqual([{ unit: "s", n: 0 }]);
    expect(durationParts(59)).toEqual([{ unit: "s", n: 59 }]);
    expect(durationParts(303)).toEqual([{ unit: "min", n: 5 }, { unit: "s", n: 3 }]);
    expect(durationParts(2 * 86_400 + 3 * 3_600 + 17)).toEqual([{ unit: "d", n: 2 }, { unit: "h", n: 3 }]);
    expect(durationParts(86_400)).toEqual([{ unit: "d", n: 1 }]);
    expect(durationParts(3_600 + 5)).toEqual([{ unit: "h", n: 1 }]);
  });

  it("counts for and abstain toward quorum", () => {
    expect(quorumProgress({ for: 5n, against: 4n, abstain: 2n }, 9n)).toEqual({ counted: 7n, needed: 9n, reached: false, percent: 77 });
    expect(quorumProgress({ for: 9n, against: 0n, abstain: 1n }, 9n)).toEqual({ counted: 10n, needed: 9n, reached: true, percent: 100 });
    expect(quorumProgress({ for: 0n, against: 0n, abstain: 0n }, undefined)).toMatchObject({ needed: undefined, reached: false, percent: 0 });
  });

  it("lets a seat holder vote once, while voting is open, and says why not otherwise", () => {
    expect(canVote({ ...base, state: "Active" }, seatHolder)).toEqual({ ok: true });
    expect(canVote({ ...base, state: "Pending" }, seatHolder)).toEqual({ ok: false, refusal: { name: "VotingNotOpen", args: [1_000] } });
    expect(canVote({ ...base, state: "Succeeded" }, seatHolder)).toEqual({ ok: false, refusal: { name: "VotingClosed", args: [1_030] } });
    expect(canVote({ ...base, state: "Canceled" }, seatHolder)).toEqual({ ok: false, refusal: { name: "GovernorUnexpectedProposalState", args: [7n, 2, 2n] } });
    expect(canVote({ ...base, state: "Active" }, { ...seatHolder, hasVoted: true })).toEqual({ ok: false, refusal: { name: "GovernorAlreadyCastVote", args: [A] } });
    expect(canVote({ ...base, state: "Active" }, { ...seatHolder, seatId: 0, weight: 0n })).toEqual({ ok: false, refusal: { name: "NotSeatHolder", args: [A] } });
    expect(canVote({ ...base, state: "Active" }, { ...seatHolder, weight: 0n })).toEqual({ ok: false, refusal: { name: "NoVoteAtSnapshot", args: [A, 1_000] } });
  });

  it("queues only a passed proposal and executes only once the timelock has opened", () => {
    expect(canQueue({ state: "Succeeded" })).toEqual({ ok: true });
    expect(canQueue({ state: "Defeated" })).toEqual({ ok: false, refusal: { name: "ProposalNotSucceeded", args: [3] } });
    expect(canExecute({ state: "Queued", eta: 1_100 }, 1_099)).toEqual({ ok: false, refusal: { name: "TimelockNotReady", args: [1_100] } });
    expect(canExecute({ state: "Queued", eta: 1_100 }, 1_100)).toEqual({ ok: true });
    expect(canExecute({ state: "Succeeded", eta: undefined }, 1_100)).toEqual({ ok: false, refusal: { name: "ProposalNotQueued", args: [4] } });
  });
});
