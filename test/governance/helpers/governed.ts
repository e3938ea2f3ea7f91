/**
 * The governed suite for the governance tests: `GovernedProgramme` (timelock, sixteen seats,
 * governor, programme, reader) deployed with Ignition, short delays, and helpers that carry a
 * proposal through propose -> vote -> queue -> execute. Imported, not run: it declares no tests.
 */
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import type { NetworkConnection } from "hardhat/types/network";
import type { ContractTransactionReceipt } from "ethers";
import GovernedProgrammeModule from "../../../ignition/modules/GovernedProgramme.js";
import { GOVERNING_BODIES, VoteType } from "@pilot/sdk/governance";
import type { PilotProgramme, ProgrammeGovernor, ProgrammeReader, ProgrammeSeats, ProgrammeTimelock } from "../../../types/ethers-contracts/index.js";

/** Seconds (the clock is the block timestamp). */
export const VOTING_DELAY = 2;
export const VOTING_PERIOD = 100;
export const TIMELOCK_DELAY = 60;

export interface Governed {
  programme: PilotProgramme;
  reader: ProgrammeReader;
  governor: ProgrammeGovernor;
  timelock: ProgrammeTimelock;
  seats: ProgrammeSeats;
  deployer: HardhatEthersSigner;
  /** The sixteen seat holders, in GOVERNING_BODIES order (accounts 1..16). */
  holders: HardhatEthersSigner[];
  /** Accounts with no seat (17..). */
  others: HardhatEthersSigner[];
}

export async function deployGoverned(connection: NetworkConnection, guardian?: string): Promise<Governed> {
  const { ethers, ignition } = connection;
  const [deployer, ...rest] = await ethers.getSigners();
  const holders = rest.slice(0, GOVERNING_BODIES.length);
  const others = rest.slice(GOVERNING_BODIES.length);
  const d = await ignition.deploy(GovernedProgrammeModule, {
    parameters: {
      ProgrammeOffice: {
        seatHolders: holders.map((h) => h.address),
        votingDelay: VOTING_DELAY,
        votingPeriod: VOTING_PERIOD,
        timelockDelay: TIMELOCK_DELAY,
      },
      GovernedProgramme: guardian ? { guardian } : {},
    },
  });
  return {
    programme: d.programme as unknown as PilotProgramme,
    reader: d.reader as unknown as ProgrammeReader,
    governor: d.governor as unknown as ProgrammeGovernor,
    timelock: d.timelock as unknown as ProgrammeTimelock,
    seats: d.seats as unknown as ProgrammeSeats,
    deployer,
    holders,
    others,
  };
}

/** One call a proposal makes. */
export interface Action {
  target: string;
  data: string;
}

export interface Proposal {
  id: bigint;
  targets: string[];
  values: bigint[];
  calldatas: string[];
  descriptionHash: string;
  receipt: ContractTransactionReceipt;
}

/** A call of the programme (or of the seats, the governor...) as a proposal's action. */
export async function action(
  contract: { getAddress(): Promise<string>; interface: { encodeFunctionData(name: string, args: readonly unknown[]): string } },
  name: string,
  args: readonly unknown[],
): Promise<Action> {
  return { target: await contract.getAddress(), data: contract.interface.encodeFunctionData(name, args) };
}

export async function propose(
  connection: NetworkConnection,
  g: Governed,
  actions: readonly Action[],
  description: string,
  proposer = g.holders[0],
): Promise<Proposal> {
  const { ethers } = connection;
  const targets = actions.map((a) => a.target);
  const values = actions.map(() => 0n);
  const calldatas = actions.map((a) => a.data);
  const tx = await g.governor.connect(proposer).propose(targets, values, calldatas, description);
  const receipt = (await tx.wait()) as ContractTransactionReceipt;
  const descriptionHash = ethers.id(description);
  const id = await g.governor.hashProposal(targets, values, calldatas, descriptionHash);
  return { id, targets, values, calldatas, descriptionHash, receipt };
}

/** Waits out the voting delay, then `votes[i]` is cast by holder i (undefined: that seat does not vote). */
export async function vote(connection: NetworkConnection, g: Governed, p: Proposal, votes: readonly (VoteType | undefined)[]): Promise<void> {
  await connection.networkHelpers.time.increase(VOTING_DELAY + 1);
  for (const [i, support] of votes.entries()) {
    if (support === undefined) continue;
    await (await g.governor.connect(g.holders[i]).castVote(p.id, support)).wait();
  }
}

/** `n` seats vote for, the rest do not vote. */
export const forVotes = (n: number): VoteType[] => Array.from({ length: n }, () => VoteType.For);

export async function endVote(connection: NetworkConnection): Promise<void> {
  await connection.networkHelpers.time.increase(VOTING_PERIOD + 1);
}

export async function queue(g: Governed, p: Proposal, by = g.holders[0]) {
  return (await g.governor.connect(by).queue(p.targets, p.values, p.calldatas, p.descriptionHash)).wait();
}

export async function execute(g: Governed, p: Proposal, by: HardhatEthersSigner) {
  return (await g.governor.connect(by).execute(p.targets, p.values, p.calldatas, p.descriptionHash)).wait();
}

/** The whole path for a proposal that passes: nine seats for, queue, wait the timelock's delay, execute. */
export async function enact(connection: NetworkConnection, g: Governed, actions: readonly Action[], description: string): Promise<Proposal> {
  const p = await propose(connection, g, actions, description);
  await vote(connection, g, p, forVotes(9));
  await endVote(connection);
  await queue(g, p);
  await connection.networkHelpers.time.increase(TIMELOCK_DELAY + 1);
  await execute(g, p, g.others[0]);
  return p;
}
