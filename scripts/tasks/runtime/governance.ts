/**
 * The governed programme office from the terminal: the governor, timelock and seats of the
 * deployment record, the proposals found from the governor's `ProposalCreated` events (paged log
 * reads), each proposal's state, tallies and actions decoded with the suite's ABIs, and whether the
 * office is governed at all (the timelock holds the programme's admin role).
 */
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import { Contract, Interface, id as keccakText, type InterfaceAbi } from "ethers";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import type { DeploymentGovernance } from "@pilot/sdk/deployment";
import { programmeGovernorAbi, programmeSeatsAbi, programmeTimelockAbi } from "@pilot/sdk/generated/abis";
import { describeAction, proposalStateName, shortProposalId, type ActionLookup, type ProposalState, type ProposalTiming } from "@pilot/sdk/proposals";
import { explainRevert } from "@pilot/sdk/revert";
import { decodeActions as decodeProposalActions, type KnownContracts, type ProposalAction } from "@pilot/sdk/proposalActions";
import type { ProgrammeGovernor, ProgrammeSeats, ProgrammeTimelock } from "../../../types/ethers-contracts/index.js";
import { CliError } from "./cli-error.js";
import { openProgramme, type ProgrammeContext } from "./context.js";
import { fetchEvents } from "./logs.js";
import type { CallTarget } from "./transact.js";

export interface GovernanceContext extends ProgrammeContext {
  addresses: DeploymentGovernance;
  governor: ProgrammeGovernor;
  timelock: ProgrammeTimelock;
  seats: ProgrammeSeats;
  ifaces: Record<"governor" | "timelock" | "seats", Interface>;
  actionLookup: ActionLookup;
}

/** The programme with its governor, timelock and seats; refuses when the deployment has none. */
export async function openGovernance(hre: HardhatRuntimeEnvironment): Promise<GovernanceContext> {
  const ctx = await openProgramme(hre);
  const addresses = ctx.record.governance;
  if (!addresses) {
    throw new CliError(
      `the programme on chain ${ctx.chainId} has no governor: its office is one account (or a multisig), which acts directly (e.g. npx hardhat create-zone …)`,
    );
  }
  const provider = ctx.connection.ethers.provider;
  if ((await provider.getCode(addresses.governor)) === "0x")
    throw new CliError(`no governor at ${addresses.governor} on chain ${ctx.chainId}: the deployment record is stale; deploy again`);
  const [governorAbi, timelockAbi, seatsAbi] = [programmeGovernorAbi, programmeTimelockAbi, programmeSeatsAbi] as InterfaceAbi[];
  const ifaces = { governor: new Interface(governorAbi), timelock: new Interface(timelockAbi), seats: new Interface(seatsAbi) };
  const seats = new Contract(addresses.seats, ifaces.seats, provider) as unknown as ProgrammeSeats;
  return {
    ...ctx,
    addresses,
    governor: new Contract(addresses.governor, ifaces.governor, provider) as unknown as ProgrammeGovernor,
    timelock: new Contract(addresses.timelock, ifaces.timelock, provider) as unknown as ProgrammeTimelock,
    seats,
    ifaces,
    actionLookup: { ...ctx.lookup, seat: async (seatId) => (await seats.seat(seatId)).name },
  };
}

/** The address that holds the programme office (OpenZeppelin's `defaultAdmin`). */
export async function officeHolder(ctx: ProgrammeContext): Promise<string> {
  return (await ctx.programme.defaultAdmin()).toLowerCase();
}

/** The timelock's address when it holds the programme office (the office is governed), else undefined. */
export async function governedBy(ctx: ProgrammeContext): Promise<string | undefined> {
  const timelock = ctx.record.governance?.timelock;
  if (!timelock) return undefined;
  return (await officeHolder(ctx)) === timelock.toLowerCase() ? timelock : undefined;
}

/** The seats contract (for direct calls and checks), from the record; undefined without governance. */
export function seatsTarget(ctx: ProgrammeContext): (CallTarget & { owner(): Promise<string> }) | undefined {
  const address = ctx.record.governance?.seats;
  if (!address) return undefined;
  const iface = new Interface(programmeSeatsAbi as InterfaceAbi);
  const contract = new Contract(address, iface, ctx.connection.ethers.provider);
  return { contract, iface, owner: async () => String(await contract.getFunction("owner").staticCall()) };
}

/** A sentence for a revert from any of the suite's contracts (sdk/revert.ts decodes against all their errors), or undefined. */
export async function explainGoverned(g: GovernanceContext, error: unknown): Promise<string | undefined> {
  return explainRevert(error, g.lookup);
}

/** A call the governance tasks make, refused in plain words when the simulation reverts; nothing is sent for a refusal. */
export async function sendGoverned(
  g: GovernanceContext,
  signer: HardhatEthersSigner,
  method: string,
  args: readonly unknown[],
): Promise<{ hash: string; block: number; gasUsed: bigint; result: unknown }> {
  const fn = (g.governor as unknown as Contract).connect(signer).getFunction(method);
  let result: unknown;
  try {
    result = await fn.staticCall(...args, NEXT_BLOCK);
  } catch (error) {
    const sentence = await explainGoverned(g, error);
    if (sentence) throw new CliError(sentence);
    throw error;
  }
  try {
    const receipt = await (await fn.send(...args)).wait();
    if (!receipt) throw new CliError("the transaction was dropped (no receipt)");
    return { hash: receipt.hash, block: receipt.blockNumber, gasUsed: receipt.gasUsed, result };
  } catch (error) {
    const sentence = await explainGoverned(g, error);
    if (sentence) throw new CliError(sentence);
    throw error;
  }
}

export interface ProposalRecord {
  id: bigint;
  short: string;
  proposer: string;
  targets: string[];
  values: bigint[];
  calldatas: string[];
  description: string;
  descriptionHash: string;
  voteStart: number;
  voteEnd: number;
  block: number;
}

/** Every proposal ever made, oldest first, from the governor's `ProposalCreated` events. */
export async function allProposals(g: GovernanceContext): Promise<ProposalRecord[]> {
  const events = await fetchEvents(g, { address: g.addresses.governor, iface: g.ifaces.governor, events: ["ProposalCreated"] });
  return events.map(({ event, log }) => {
    const a = event.args;
    const id = BigInt(a.proposalId);
    return {
      id,
      short: shortProposalId(id),
      proposer: String(a.proposer),
      targets: [...a.targets].map(String),
      values: [...(a[3] as bigint[])].map((v) => BigInt(v)), // positional: `values` is also a method of ethers' Result
      calldatas: [...a.calldatas].map(String),
      description: String(a.description),
      descriptionHash: keccakText(String(a.description)),
      voteStart: Number(a.voteStart),
      voteEnd: Number(a.voteEnd),
      block: log.blockNumber,
    };
  });
}

/**
 * The proposal `value` names: its full id (decimal, or 0x and hex) or the first hex digits of it as
 * `proposals` shows them (at least 4). Refuses an unknown or ambiguous one.
 */
export async function findProposal(g: GovernanceContext, value: string | undefined): Promise<ProposalRecord> {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "") throw new CliError("--proposal is required (an id as `npx hardhat proposals` shows it)");
  const list = await allProposals(g);
  const decimal = /^\d{10,}$/.test(v) ? list.filter((p) => p.id === BigInt(v)) : [];
  let matches: ProposalRecord[];
  if (decimal.length) matches = decimal;
  else if (/^(0x)?[0-9a-f]{4,64}$/.test(v)) {
    const hex = v.replace(/^0x/, "");
    matches = hex.length === 64 ? list.filter((p) => p.id === BigInt(`0x${hex}`)) : list.filter((p) => p.id.toString(16).padStart(64, "0").startsWith(hex));
  } else if (/^\d+$/.test(v)) matches = [];
  else throw new CliError(`--proposal "${value}" is not a proposal id (its first hex digits, as \`npx hardhat proposals\` shows them, or the whole id)`);
  if (matches.length === 0) throw new CliError(`there is no proposal ${value} on chain ${g.chainId} (npx hardhat proposals lists them)`);
  if (matches.length > 1) throw new CliError(`--proposal ${value} matches ${matches.length} proposals: give more of its digits`);
  return matches[0];
}

export interface ProposalStatus extends ProposalTiming {
  state: ProposalState | `#${number}`;
  votes: { for: bigint; against: bigint; abstain: bigint };
  /** Votes (for and abstain) the proposal needs. */
  quorum: bigint;
  /** Seats at the snapshot (or now, before it). */
  seats: bigint;
}

/**
 * Reads and simulations that depend on time run as of the next block ("pending"): on a node that
 * mines on demand the latest block can be long past, and a vote that has opened, or a timelock
 * that is ready, shows only in the block the next transaction makes.
 */
export const NEXT_BLOCK = { blockTag: "pending" } as const;

/** The chain's clock for the next transaction: the pending block's timestamp (the latest block's where a node has none). */
export async function latestTime(ctx: ProgrammeContext): Promise<number> {
  const provider = ctx.connection.ethers.provider;
  // raw: ethers' getBlock("pending") refuses a block without a number, as Hardhat's node returns it
  const pending = (await provider.send("eth_getBlockByNumber", ["pending", false]).catch(() => null)) as { timestamp?: string } | null;
  if (pending?.timestamp) return Number(pending.timestamp);
  return (await provider.getBlock("latest"))?.timestamp ?? Math.floor(Date.now() / 1000);
}

/** State, tallies, quorum and ETA of a proposal, read from the governor. */
export async function proposalStatus(g: GovernanceContext, p: ProposalRecord, now: number): Promise<ProposalStatus> {
  const [state, votes, eta] = await Promise.all([g.governor.state(p.id, NEXT_BLOCK), g.governor.proposalVotes(p.id, NEXT_BLOCK), g.governor.proposalEta(p.id)]);
  // the snapshot's supply is known once it lies in the past; before, the seats of the latest block stand in
  const at = p.voteStart < now ? p.voteStart : now - 1;
  const [quorum, seats] = await Promise.all([g.governor.quorum(at, NEXT_BLOCK), g.seats.getPastTotalSupply(at, NEXT_BLOCK)]);
  return {
    id: p.short,
    state: proposalStateName(state),
    voteStart: p.voteStart,
    voteEnd: p.voteEnd,
    eta: Number(eta) || undefined,
    votes: { against: votes[0], for: votes[1], abstain: votes[2] },
    quorum,
    seats,
  };
}

/** The suite's governed contracts by address, as the decoder takes them. */
export function knownContracts(g: GovernanceContext): KnownContracts {
  return { programme: g.record.programme, seats: g.addresses.seats, timelock: g.addresses.timelock, governor: g.addresses.governor } as KnownContracts;
}

/** A proposal's actions, decoded with the suite's ABIs (sdk/proposalActions.ts). */
export function decodeActions(g: GovernanceContext, p: Pick<ProposalRecord, "targets" | "values" | "calldatas">): ProposalAction[] {
  return decodeProposalActions(p, knownContracts(g));
}

/** The actions in plain words. */
export async function actionWords(g: GovernanceContext, actions: ProposalAction[]): Promise<string[]> {
  return Promise.all(actions.map((a) => describeAction(a, g.actionLookup)));
}
