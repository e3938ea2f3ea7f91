/**
 * The Governance page's data read straight from the chain. The indexer does not hold the governor's
 * and the timelock's events yet (issue 10 point 6: "from the indexer once the scale issue has landed,
 * from the chain before that"); an indexer source returning the same GovernanceData can take this
 * one's place in useGovernance.ts.
 *
 * Bounded reads:
 * - the governor's events (ProposalCreated, VoteCast, ProposalQueued, ProposalExecuted,
 *   ProposalCanceled) in one filtered eth_getLogs per block-range page (sdk/logPaging.ts, the
 *   deployment's LOG_PAGING), from the deployment block, at most SCAN_BLOCKS back from the head;
 * - the newest PROPOSALS_SHOWN proposals get their views (state, tallies, quorum at the snapshot):
 *   three eth_calls each, in the same JSON-RPC batch;
 * - every eth_call is one small view (seats() returns at most 32 seats of at most 100-byte names),
 *   far below the 16,777,216 gas a node allows one eth_call.
 */
import { getAbiItem, keccak256, toBytes, type Address, type Hex, type PublicClient } from "viem";
import { PROPOSAL_STATES } from "@pilot/sdk/governance";
import { getLogsPaged, type PagingOptions } from "@pilot/sdk/logPaging";
import { pilotProgrammeAbi, programmeGovernorAbi, programmeSeatsAbi, programmeTimelockAbi } from "@pilot/sdk/generated/abis";
import type { CastVote, GovernanceData, GovernanceSource, Proposal, ProposalStateName } from "./types";

/** Proposals shown with their state and tallies, newest first. */
export const PROPOSALS_SHOWN = 50;
/** The farthest back the governor's events are scanned (blocks before the head). */
export const SCAN_BLOCKS = 2_000_000n;

const EVENTS = [
  getAbiItem({ abi: programmeGovernorAbi, name: "ProposalCreated" }),
  getAbiItem({ abi: programmeGovernorAbi, name: "VoteCast" }),
  getAbiItem({ abi: programmeGovernorAbi, name: "ProposalQueued" }),
  getAbiItem({ abi: programmeGovernorAbi, name: "ProposalExecuted" }),
  getAbiItem({ abi: programmeGovernorAbi, name: "ProposalCanceled" }),
] as const;

export interface ChainSourceConfig {
  readonly client: PublicClient;
  readonly governor: Address;
  readonly timelock: Address;
  readonly seats: Address;
  readonly programme: Address | undefined;
  readonly fromBlock: bigint;
  readonly paging: PagingOptions;
}

interface Created {
  id: bigint;
  proposer: Address;
  targets: Address[];
  values: bigint[];
  calldatas: Hex[];
  description: string;
  voteStart: number;
  voteEnd: number;
  block: bigint;
  votes: CastVote[];
  eta: number | undefined;
}

export const descriptionHash = (description: string): Hex => keccak256(toBytes(description));

export function chainGovernanceSource(c: ChainSourceConfig): GovernanceSource {
  const { client, governor } = c;
  const gov = { address: governor, abi: programmeGovernorAbi } as const;
  return {
    async load(): Promise<GovernanceData> {
      const readAtMs = Date.now();
      const [block, seats, guardian, votingDelay, votingPeriod, quorumPercent, timelockDelay] = await Promise.all([
        client.getBlock({ blockTag: "latest" }),
        client.readContract({ address: c.seats, abi: programmeSeatsAbi, functionName: "seats" }),
        c.programme ? client.readContract({ address: c.programme, abi: pilotProgrammeAbi, functionName: "guardian" }) : Promise.resolve(undefined),
        client.readContract({ ...gov, functionName: "votingDelay" }),
        client.readContract({ ...gov, functionName: "votingPeriod" }),
        client.readContract({ ...gov, functionName: "quorumNumerator", args: [] }),
        client.readContract({ address: c.timelock, abi: programmeTimelockAbi, functionName: "getMinDelay" }),
      ]);
      const head = block.number;
      const chainTime = Number(block.timestamp);
      const floor = head > SCAN_BLOCKS ? head - SCAN_BLOCKS : 0n;
      const scannedFrom = c.fromBlock > floor ? c.fromBlock : floor;
      const { logs } = await getLogsPaged(
        { getLogs: (from, to) => client.getLogs({ address: governor, events: EVENTS, fromBlock: from, toBlock: to }), getBlockNumber: async () => head },
        scannedFrom,
        head,
        c.paging,
      );
      const byId = new Map<bigint, Created>();
      for (const log of logs) {
        if (log.eventName === "ProposalCreated") {
          const a = log.args;
          if (a.proposalId === undefined) continue;
          byId.set(a.proposalId, {
            id: a.proposalId,
            proposer: a.proposer ?? ("0x" as Address),
            targets: [...(a.targets ?? [])],
            values: [...(a.values ?? [])],
            calldatas: [...(a.calldatas ?? [])],
            description: a.description ?? "",
            voteStart: Number(a.voteStart ?? 0n),
            voteEnd: Number(a.voteEnd ?? 0n),
            block: log.blockNumber,
            votes: [],
            eta: undefined,
          });
        } else if (log.eventName === "VoteCast") {
          const a = log.args;
          const p = a.proposalId === undefined ? undefined : byId.get(a.proposalId);
          if (p && a.voter) p.votes.push({ voter: a.voter, support: Number(a.support ?? 0), reason: a.reason ?? "" });
        } else if (log.eventName === "ProposalQueued") {
          const p = log.args.proposalId === undefined ? undefined : byId.get(log.args.proposalId);
          if (p) p.eta = Number(log.args.etaSeconds ?? 0n);
        }
        // ProposalExecuted and ProposalCanceled: the state view below says so (they narrow the filter's meaning only).
      }
      const all = [...byId.values()].sort((a, b) => (a.block === b.block ? 0 : a.block > b.block ? -1 : 1));
      const shown = all.slice(0, PROPOSALS_SHOWN);
      const views = await Promise.all(
        shown.map((p) =>
          Promise.all([
            client.readContract({ ...gov, functionName: "state", args: [p.id] }),
            client.readContract({ ...gov, functionName: "proposalVotes", args: [p.id] }),
            p.voteStart < chainTime ? client.readContract({ ...gov, functionName: "quorum", args: [BigInt(p.voteStart)] }) : Promise.resolve(undefined),
          ]),
        ),
      );
      const proposals: Proposal[] = shown.map((p, i) => {
        const [state, [against, forVotes, abstain], quorum] = views[i] ?? [0, [0n, 0n, 0n], undefined];
        return {
          id: p.id,
          proposer: p.proposer,
          targets: p.targets,
          values: p.values,
          calldatas: p.calldatas,
          description: p.description,
          voteStart: p.voteStart,
          voteEnd: p.voteEnd,
          state: (PROPOSAL_STATES[Number(state)] ?? "Pending") as ProposalStateName,
          tally: { against, for: forVotes, abstain },
          quorum,
          eta: p.eta,
          votes: p.votes,
          createdBlock: p.block,
        };
      });
      return {
        seats: seats.map((s) => ({ id: Number(s.id), holder: s.holder, name: s.name })).sort((a, b) => a.id - b.id),
        guardian: guardian && guardian !== "0x0000000000000000000000000000000000000000" ? guardian : undefined,
        proposals,
        olderNotShown: all.length - shown.length,
        settings: { votingDelay: Number(votingDelay), votingPeriod: Number(votingPeriod), timelockDelay: Number(timelockDelay), quorumPercent: Number(quorumPercent) },
        chainTime,
        readAtMs,
        scannedFrom,
        head,
      };
    },
  };
}

/** The connected account's seat and, per open proposal, its weight at the snapshot and whether it voted. */
export async function readMyGovernance(c: Pick<ChainSourceConfig, "client" | "governor" | "seats">, account: Address, open: readonly Pick<Proposal, "id" | "voteStart">[], chainTime: number) {
  const gov = { address: c.governor, abi: programmeGovernorAbi } as const;
  const [seatId, ...rows] = await Promise.all([
    c.client.readContract({ address: c.seats, abi: programmeSeatsAbi, functionName: "seatOf", args: [account] }),
    ...open.map((p) =>
      Promise.all([
        p.voteStart < chainTime ? c.client.readContract({ ...gov, functionName: "getVotes", args: [account, BigInt(p.voteStart)] }) : Promise.resolve(undefined),
        c.client.readContract({ ...gov, functionName: "hasVoted", args: [p.id, account] }),
      ]),
    ),
  ]);
  const onProposal: Record<string, { weight: bigint | undefined; hasVoted: boolean }> = {};
  open.forEach((p, i) => {
    const row = rows[i] as readonly [bigint | undefined, boolean] | undefined;
    onProposal[p.id.toString()] = { weight: row?.[0], hasVoted: row?.[1] ?? false };
  });
  return { seatId: Number(seatId), onProposal };
}
