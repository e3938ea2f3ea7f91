/**
 * Carries the seeder's proposals through a governed office (ProgrammeGovernor + ProgrammeTimelock,
 * issue 10) on a local dev node: every proposal of an episode is proposed in one block, voted in the
 * next (as soon as voting opens), queued in a third once voting has closed and executed in a fourth
 * once the timelock's delay has run out, each block stamped with the time it needs (the governor's
 * clock is the block timestamp), so an episode costs four blocks whatever it holds. The calls are the
 * office's own (the seeder encodes them as it did for a one-account office); the timelock runs them
 * with `executeBatch`, in order.
 */
import { AbiCoder, Interface, id as keccakText, keccak256 } from "ethers";
import type { VoteType } from "@pilot/sdk/governance";
import type { PlannedSeat } from "./account-plan.js";
import type { Fate, SeedVote } from "./proposal-plan.js";
import { PROPOSER, VOTES } from "./proposal-plan.js";
import type { Rpc } from "../node/rpc.js";
import type { MinedReceipt, PlannedTx, TxPipeline } from "./tx-pipeline.js";

export interface GovernanceAddresses {
  governor: string;
  timelock: string;
  seats: string;
}

/** One office call of a proposal, on the programme. */
export interface OfficeCall {
  fn: string;
  args: readonly unknown[];
  /** Gas the call needs (its share of the execution's gas limit). */
  gas: number;
  what: string;
}

export interface SeedProposal {
  description: string;
  calls: readonly OfficeCall[];
  fate: Fate;
  /** Default: PROPOSER[fate] and VOTES[fate] (proposal-plan.ts). */
  proposer?: number;
  votes?: readonly SeedVote[];
}

/** What the governor's settings make an episode's steps wait for, in seconds. */
export interface GovernorTimes {
  votingDelay: number;
  votingPeriod: number;
  timelockDelay: number;
}

/** When each step of an episode proposed at `start` can be taken (seconds). */
export function episodeTimes(start: number, t: GovernorTimes) {
  const vote = start + t.votingDelay + 1; // voting opens once the clock is past the snapshot
  const queue = start + t.votingDelay + t.votingPeriod + 1; // …and closes after the deadline
  return { propose: start, vote, queue, execute: queue + t.timelockDelay };
}

const coder = AbiCoder.defaultAbiCoder();

export class GovernedOffice {
  private constructor(
    private readonly pipeline: TxPipeline,
    private readonly programme: string,
    private readonly programmeIface: Interface,
    private readonly governor: Interface,
    readonly addresses: GovernanceAddresses,
    private readonly seats: readonly PlannedSeat[],
    readonly times: GovernorTimes,
  ) {}

  /** Refuses seats whose holders are not the planned dev accounts (they could not vote): e.g. a deployment made with other seat holders. */
  static async open(
    rpc: Rpc,
    pipeline: TxPipeline,
    programme: string,
    programmeIface: Interface,
    addresses: GovernanceAddresses,
    seats: readonly PlannedSeat[],
    abis: { governor: unknown; timelock: unknown; seats: unknown },
  ): Promise<GovernedOffice> {
    const governor = new Interface(abis.governor as never);
    const timelock = new Interface(abis.timelock as never);
    const seatsIface = new Interface(abis.seats as never);
    const result = async (iface: Interface, to: string, fn: string) =>
      iface.decodeFunctionResult(fn, await rpc.call<string>("eth_call", [{ to, data: iface.encodeFunctionData(fn) }, "latest"]))[0];
    const read = async (iface: Interface, to: string, fn: string) => Number(await result(iface, to, fn));
    const holders = ((await result(seatsIface, addresses.seats, "seats")) as { holder: string }[]).map((s) => s.holder.toLowerCase());
    if (holders.join() !== seats.map((s) => s.address).join()) {
      throw new Error(
        `the seats of ${addresses.seats} are held by ${holders.length} accounts other than the ${seats.length} dev accounts the seeder votes with ` +
          `(#${seats[0]?.hdIndex} to #${seats.at(-1)?.hdIndex}): deploy with those as ProgrammeOffice.seatHolders (npm start does)`,
      );
    }
    const [votingDelay, votingPeriod, timelockDelay] = await Promise.all([
      read(governor, addresses.governor, "votingDelay"),
      read(governor, addresses.governor, "votingPeriod"),
      read(timelock, addresses.timelock, "getMinDelay"),
    ]);
    return new GovernedOffice(pipeline, programme, programmeIface, governor, addresses, seats, { votingDelay, votingPeriod, timelockDelay });
  }

  private holder(seat: number): string {
    const s = this.seats[seat];
    if (!s) throw new Error(`no seat #${seat + 1} among the ${this.seats.length}`);
    return s.address;
  }

  private call(from: number, fn: string, args: readonly unknown[], gas: bigint, what: string): PlannedTx {
    return { from: this.holder(from), to: this.addresses.governor, data: this.governor.encodeFunctionData(fn, args), gas, what };
  }

  /**
   * Carries `proposals` from `start` (seconds): proposed together, voted together, the ones to queue
   * queued together and the ones to execute executed together, in the given order. Returns the time of
   * the episode's last block.
   */
  async carry(proposals: readonly SeedProposal[], start: number): Promise<number> {
    const at = episodeTimes(start, this.times);
    const built = proposals.map((p) => {
      const calldatas = p.calls.map((c) => this.programmeIface.encodeFunctionData(c.fn, c.args));
      const targets = p.calls.map(() => this.programme);
      const values = p.calls.map(() => 0n);
      const descriptionHash = keccakText(p.description);
      const id = BigInt(hashOf(targets, values, calldatas, p.description));
      const title = p.description.split("\n")[0] as string;
      const gas = BigInt(p.calls.reduce((sum, c) => sum + c.gas, 0));
      return { p, calldatas, targets, values, descriptionHash, id, title, gas };
    });
    const proposeTxs = built.map((b) =>
      this.call(
        b.p.proposer ?? PROPOSER[b.p.fate],
        "propose",
        [b.targets, b.values, b.calldatas, b.p.description],
        400_000n + 40_000n * BigInt(b.calldatas.length),
        `propose "${b.title}"`,
      ),
    );
    this.expectIds(
      built.map((b) => b.id),
      await this.pipeline.run(proposeTxs, at.propose),
    );

    const voteTxs = built.flatMap((b) =>
      (b.p.votes ?? VOTES[b.p.fate]).map((v) =>
        v.reason
          ? this.call(v.seat, "castVoteWithReason", [b.id, v.support as VoteType, v.reason], 200_000n, `vote of seat #${v.seat + 1} on "${b.title}"`)
          : this.call(v.seat, "castVote", [b.id, v.support as VoteType], 150_000n, `vote of seat #${v.seat + 1} on "${b.title}"`),
      ),
    );
    await this.pipeline.run(voteTxs, at.vote);

    const toQueue = built.filter((b) => b.p.fate === "executed" || b.p.fate === "queued");
    if (toQueue.length === 0) return at.vote;
    const args = (b: (typeof built)[number]) => [b.targets, b.values, b.calldatas, b.descriptionHash];
    await this.pipeline.run(
      toQueue.map((b) =>
        this.call(b.p.proposer ?? PROPOSER[b.p.fate], "queue", args(b), 300_000n + 30_000n * BigInt(b.calldatas.length), `queue "${b.title}"`),
      ),
      at.queue,
    );
    const toExecute = built.filter((b) => b.p.fate === "executed");
    if (toExecute.length === 0) return at.queue;
    await this.pipeline.run(
      toExecute.map((b) => this.call(b.p.proposer ?? PROPOSER[b.p.fate], "execute", args(b), 300_000n + b.gas, `execute "${b.title}"`)),
      at.execute,
    );
    return at.execute;
  }

  /** Every propose transaction created the proposal it was meant to (ProposalCreated's id). */
  private expectIds(ids: readonly bigint[], receipts: readonly MinedReceipt[]): void {
    receipts.forEach((r, k) => {
      const created = r.logs.map((l) => this.governor.parseLog(l)).find((e) => e?.name === "ProposalCreated");
      if (!created || BigInt(created.args[0]) !== ids[k]) throw new Error(`proposal ${ids[k]}: no ProposalCreated with that id in tx ${r.transactionHash}`);
    });
  }
}

/** OpenZeppelin Governor's `hashProposal`: keccak256(abi.encode(targets, values, calldatas, keccak256(description))). */
export function hashOf(targets: readonly string[], values: readonly bigint[], calldatas: readonly string[], description: string): string {
  return keccak256(coder.encode(["address[]", "uint256[]", "bytes[]", "bytes32"], [targets, values, calldatas, keccakText(description)]));
}
