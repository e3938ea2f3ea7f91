/**
 * Carrying a proposal: `vote`, `queue`, `execute`, each by id (the targets, calls and description
 * come from its `ProposalCreated` event). Each refuses in one line before any transaction when the
 * step cannot be taken now: unknown id, wrong state (which it is in, what it needs, with times),
 * no seat at the snapshot, vote already cast, timelock not ready (until when).
 */
import { zeroPadValue } from "ethers";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { VoteType } from "@pilot/sdk/governance";
import { proposalStepRefusal, timelockNotReady, whenRelative, type ProposalStep } from "@pilot/sdk/proposals";
import { isoFromSeconds } from "@pilot/sdk/time";
import { CliError } from "../runtime/cli-error.js";
import { runAction } from "../runtime/run-action.js";
import { selectAccount } from "../runtime/context.js";
import { print } from "../runtime/format.js";
import {
  actionWords,
  decodeActions,
  findProposal,
  latestTime,
  NEXT_BLOCK,
  openGovernance,
  proposalStatus,
  sendGoverned,
  type GovernanceContext,
  type ProposalRecord,
  type ProposalStatus,
} from "../runtime/governance.js";
import { fetchEvents } from "../runtime/logs.js";
import { required, slug } from "../runtime/parse.js";

const SUPPORT: Record<string, VoteType> = { for: VoteType.For, against: VoteType.Against, abstain: VoteType.Abstain };
const SUPPORT_WORDS = ["against", "for", "abstain"] as const;

interface StepArgs {
  proposal?: string;
  from?: string;
}

/** Opens the governance, the account and the proposal, and refuses a step its state does not allow. */
async function prepare(hre: HardhatRuntimeEnvironment, args: StepArgs, step: ProposalStep) {
  const g = await openGovernance(hre);
  const signer = await selectAccount(g, args.from);
  const p = await findProposal(g, args.proposal);
  const now = await latestTime(g);
  const status = await proposalStatus(g, p, now);
  const refusal = proposalStepRefusal(step, status, now);
  if (refusal) throw new CliError(refusal);
  return { g, signer, p, now, status };
}

const tally = (s: ProposalStatus) => `for ${s.votes.for} · against ${s.votes.against} · abstain ${s.votes.abstain} (quorum ${s.quorum} of ${s.seats} seats)`;

/** How `voter` voted on `p`, from its `VoteCast` event. */
async function pastVote(g: GovernanceContext, p: ProposalRecord, voter: string): Promise<string> {
  const events = await fetchEvents(g, {
    address: g.addresses.governor,
    iface: g.ifaces.governor,
    events: ["VoteCast"],
    topics: [zeroPadValue(voter, 32)],
    fromBlock: p.block,
  });
  const cast = events.find((e) => BigInt(e.event.args.proposalId) === p.id);
  return cast ? `${SUPPORT_WORDS[Number(cast.event.args.support)] ?? "?"} (block ${cast.log.blockNumber})` : "";
}

export function vote(args: StepArgs & { support?: string; reason?: string }, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const word = slug(required(args.support, "support"));
    if (!Object.hasOwn(SUPPORT, word)) throw new CliError(`--support "${args.support}" is not one of: for, against, abstain`);
    const { g, signer, p } = await prepare(hre, args, "vote");
    if (await g.governor.hasVoted(p.id, signer.address, NEXT_BLOCK)) {
      throw new CliError(
        `account ${signer.address} has already voted ${await pastVote(g, p, signer.address)} on proposal ${p.short}: a vote cannot be changed`,
      );
    }
    if ((await g.governor.getVotes(signer.address, p.voteStart, NEXT_BLOCK)) === 0n) {
      const seatNow = await g.seats.seatOf(signer.address);
      throw new CliError(
        seatNow === 0n
          ? `account ${signer.address} holds no seat: only seat holders vote (npx hardhat seats lists them)`
          : `account ${signer.address} held no seat at proposal ${p.short}'s snapshot (${isoFromSeconds(p.voteStart)}): its seat came later, so it has no vote on this proposal`,
      );
    }
    const reason = (args.reason ?? "").trim();
    const sent = reason
      ? await sendGoverned(g, signer, "castVoteWithReason", [p.id, SUPPORT[word], reason])
      : await sendGoverned(g, signer, "castVote", [p.id, SUPPORT[word]]);
    const after = await proposalStatus(g, p, await latestTime(g));
    print(`voted ${word} on proposal ${p.short}: ${tally(after)}`);
    print(`  by ${signer.address}; tx ${sent.hash} (block ${sent.block}, gas ${sent.gasUsed})`);
    return sent.hash;
  });
}

export function queue(args: StepArgs, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const { g, signer, p } = await prepare(hre, args, "queue");
    const sent = await sendGoverned(g, signer, "queue", [p.targets, p.values, p.calldatas, p.descriptionHash]);
    const [eta, now] = await Promise.all([g.governor.proposalEta(p.id), latestTime(g)]);
    print(`queued proposal ${p.short}: the timelock lets it be executed from ${whenRelative(eta, now)}`);
    print(`  by ${signer.address}; tx ${sent.hash} (block ${sent.block}, gas ${sent.gasUsed})`);
    return sent.hash;
  });
}

export function execute(args: StepArgs, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const { g, signer, p, now, status } = await prepare(hre, args, "execute");
    if ((status.eta ?? 0) > now) throw new CliError(timelockNotReady(status, now));
    const sent = await sendGoverned(g, signer, "execute", [p.targets, p.values, p.calldatas, p.descriptionHash]);
    print(`executed proposal ${p.short}: ${(await actionWords(g, decodeActions(g, p))).join("; ")}`);
    print(`  by ${signer.address}; tx ${sent.hash} (block ${sent.block}, gas ${sent.gasUsed})`);
    return sent.hash;
  });
}
