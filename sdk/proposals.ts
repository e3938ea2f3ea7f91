/**
 * Proposals in plain words, for the terminal tool and the dApp alike: a short id, relative times,
 * each action a proposal carries ("Create zone Xiamen in Fujian"), and why a proposal cannot be
 * voted on, queued or executed yet. Pure TypeScript: the caller decodes the calldata with its own
 * ABI library (ethers, viem) and passes the function's name and arguments.
 */
import { ENTITY_STATUSES, PROJECT_STATUSES, ZONE_STATUSES } from "./domain.js";
import { fieldsLabel, type NameLookup } from "./errors.js";
import { PROPOSAL_STATES } from "./governance.js";
import { isoFromSeconds } from "./time.js";

export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** The state's name for OpenZeppelin's `ProposalState` value. */
export function proposalStateName(value: unknown): ProposalState | `#${number}` {
  const i = Number(value);
  return PROPOSAL_STATES[i] ?? `#${i}`;
}

/** A proposal id (a uint256 hash) as its first 8 hex digits: what tables show and `--proposal` accepts. */
export function shortProposalId(id: bigint | string): string {
  return BigInt(id).toString(16).padStart(64, "0").slice(0, 8);
}

/** "in 3 min", "2 h ago", "now": how far `seconds` lies from `nowSeconds`. */
export function relativeTime(seconds: number | bigint, nowSeconds: number | bigint): string {
  const d = Number(seconds) - Number(nowSeconds);
  const a = Math.abs(d);
  if (a < 1) return "now";
  const [n, unit] =
    a < 90 ? [a, "s"] : a < 90 * 60 ? [Math.round(a / 60), "min"] : a < 36 * 3600 ? [Math.round(a / 3600), "h"] : [Math.round(a / 86_400), "d"];
  return d > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}

/** `2026-01-31T12:00:00Z (in 3 min)` */
export function whenRelative(seconds: number | bigint, nowSeconds: number | bigint): string {
  return `${isoFromSeconds(seconds)} (${relativeTime(seconds, nowSeconds)})`;
}

/** The contracts a proposal's action may call, as the decoder recognised its target. */
export type ActionContract = "programme" | "seats" | "timelock" | "governor" | "unknown";

export interface DecodedAction {
  contract: ActionContract;
  /** The target's address. */
  target: string;
  /** Wei sent along (0 for every office action). */
  value: bigint;
  /** The function's name, when the calldata matched an ABI. */
  name?: string;
  args: readonly unknown[];
  /** The raw calldata (shown when nothing decoded it). */
  data: string;
}

/** Name lookups for ids an action names; each may return undefined. */
export interface ActionLookup extends NameLookup {
  seat?(seatId: number): Promise<string | undefined>;
}

const ZERO = /^0x0{40}$/i;
const CONTRACT_WORDS: Record<ActionContract, string> = {
  programme: "the programme",
  seats: "the seats",
  timelock: "the timelock",
  governor: "the governor",
  unknown: "",
};

async function safely(get: (() => Promise<string | undefined>) | undefined): Promise<string | undefined> {
  try {
    return await get?.();
  } catch {
    return undefined;
  }
}

const day = (seconds: unknown): string => isoFromSeconds(seconds).replace(/T00:00:00Z$/, "");
const status = (list: readonly string[], v: unknown): string => (list[Number(v)] ?? `#${Number(v)}`).toLowerCase();
const zoneOf = async (id: unknown, l?: ActionLookup) => `zone ${(await safely(l?.zone && (() => l.zone!(Number(id))))) ?? `#${Number(id)}`}`;
async function entityOf(id: unknown, l?: ActionLookup): Promise<string> {
  const name = await safely(l?.entity && (() => l.entity!(Number(id))));
  return name ? `entity #${Number(id)} "${name}"` : `entity #${Number(id)}`;
}
async function projectOf(id: unknown, l?: ActionLookup): Promise<string> {
  const title = await safely(l?.project && (() => l.project!(Number(id))));
  return title ? `project #${Number(id)} "${title}"` : `project #${Number(id)}`;
}
async function seatOf(id: unknown, l?: ActionLookup): Promise<string> {
  const name = await safely(l?.seat && (() => l.seat!(Number(id))));
  return name ? `seat #${Number(id)} (${name})` : `seat #${Number(id)}`;
}
const fieldOffice = (office: string) => ([a, fields, expires]: readonly unknown[]) =>
  Number(fields) === 0 ? `Dismiss ${String(a)} as ${office}` : `Appoint ${String(a)} as ${office} of ${fieldsLabel(fields)} until ${day(expires)}`;

type Words = (args: readonly unknown[], lookup: ActionLookup | undefined) => string | Promise<string>;

const WORDS: Partial<Record<ActionContract, Record<string, Words>>> = {
  programme: {
    createZone: ([name, region]) => `Create zone ${String(name)}${String(region ?? "") ? ` in ${String(region)}` : ""}`,
    setZoneStatus: async ([z, s], l) => `Set ${await zoneOf(z, l)} to ${status(ZONE_STATUSES, s)}`,
    appointZoneAdmin: async ([z, a, expires], l) => `Appoint ${String(a)} as administrator of ${await zoneOf(z, l)} until ${day(expires)}`,
    removeZoneAdmin: ([a]) => `Dismiss ${String(a)} as zone administrator`,
    setRegulatorFields: fieldOffice("regulator"),
    setExpertFields: fieldOffice("expert"),
    renewOffice: ([a, expires]) => `Renew ${String(a)}'s offices until ${day(expires)}`,
    setGuardian: ([a]) => (ZERO.test(String(a)) ? "Remove the guardian" : `Make ${String(a)} the guardian (it may pause, nothing else)`),
    pause: () => "Pause the programme",
    unpause: () => "Unpause the programme",
    registerEntity: async ([z, name], l) => `Register entity ${String(name)} in ${await zoneOf(z, l)}`,
    addSigner: async ([e, key], l) => `Add signer ${String((key as { account?: unknown })?.account ?? (key as unknown[])?.[0])} to ${await entityOf(e, l)}`,
    removeSigner: async ([e, a], l) => `Remove signer ${String(a)} from ${await entityOf(e, l)}`,
    setEntityStatus: async ([e, s], l) => `Set ${await entityOf(e, l)} to ${status(ENTITY_STATUSES, s)}`,
    setProjectStatus: async ([p, s, reason], l) =>
      `Set ${await projectOf(p, l)} to ${status(PROJECT_STATUSES, s)}${String(reason ?? "") ? ` ("${String(reason)}")` : ""}`,
    beginDefaultAdminTransfer: ([a]) => `Begin handing the programme office to ${String(a)}`,
    cancelDefaultAdminTransfer: () => "Cancel the pending hand-over of the programme office",
  },
  seats: {
    addSeat: ([name, holder]) => `Add seat "${String(name)}" held by ${String(holder)}`,
    removeSeat: async ([id], l) => `Remove ${await seatOf(id, l)}`,
    reassignSeat: async ([id, holder], l) => `Reassign ${await seatOf(id, l)} to ${String(holder)}`,
  },
  governor: {
    setVotingDelay: ([s]) => `Set the voting delay to ${String(s)} s`,
    setVotingPeriod: ([s]) => `Set the voting period to ${String(s)} s`,
    setProposalThreshold: ([n]) => `Set the proposal threshold to ${String(n)} vote(s)`,
    updateQuorumNumerator: ([n]) => `Set the quorum to more than ${String(n)}% of the seats`,
  },
  timelock: {
    updateDelay: ([s]) => `Set the timelock's delay to ${String(s)} s`,
  },
};

/** One action of a proposal in plain words; an action no rule knows reads `call fn(args) on the seats`. */
export async function describeAction(action: DecodedAction, lookup?: ActionLookup): Promise<string> {
  const sending = action.value > 0n ? ` (sending ${action.value} wei)` : "";
  const on = CONTRACT_WORDS[action.contract] || action.target;
  if (!action.name) return `call ${action.data.slice(0, 10)}… on ${on}${sending}`;
  const words = WORDS[action.contract]?.[action.name];
  if (words) return `${await words(action.args, lookup)}${sending}`;
  return `call ${action.name}(${action.args.map(plain).join(", ")}) on ${on}${sending}`;
}

function plain(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(plain).join(", ")}]`;
  if (typeof value === "string" && !/^0x/.test(value)) return JSON.stringify(value);
  return String(value);
}

/** What a proposal's timing says, for the sentences below. */
export interface ProposalTiming {
  /** Short id, as shown. */
  id: string;
  state: ProposalState | `#${number}`;
  /** When voting opens (the snapshot) and closes, in seconds. */
  voteStart: number;
  voteEnd: number;
  /** When the timelock lets it be executed (queued proposals), in seconds. */
  eta?: number;
}

/** The step a refusal is about. */
export type ProposalStep = "vote" | "queue" | "execute";

const NEEDS: Record<ProposalStep, ProposalState> = { vote: "Active", queue: "Succeeded", execute: "Queued" };

/**
 * Why `step` cannot be taken on a proposal in its present state, or undefined when the state is the
 * one the step needs. One sentence: the state it is in and what the step needs, with times.
 */
export function proposalStepRefusal(step: ProposalStep, p: ProposalTiming, nowSeconds: number): string | undefined {
  if (p.state === NEEDS[step]) return undefined;
  const it = `proposal ${p.id}`;
  const verb = step === "vote" ? "voted on" : step === "queue" ? "queued" : "executed";
  switch (p.state) {
    case "Pending":
      return `voting on ${it} has not started yet: it opens at ${whenRelative(p.voteStart, nowSeconds)}${step === "vote" ? "" : `, closes at ${isoFromSeconds(p.voteEnd)}, and only a succeeded proposal can be ${verb}`}`;
    case "Active":
      return `${it} is still being voted on, until ${whenRelative(p.voteEnd, nowSeconds)}: it can be ${verb} only once it has ${step === "queue" ? "succeeded" : "succeeded and been queued"}`;
    case "Succeeded":
      return step === "vote"
        ? `${it} has succeeded: voting closed at ${whenRelative(p.voteEnd, nowSeconds)}; it can be queued now`
        : `${it} has succeeded but is not queued yet: queue it first (npx hardhat queue --proposal ${p.id})`;
    case "Queued":
      return step === "vote"
        ? `${it} is queued: voting closed at ${whenRelative(p.voteEnd, nowSeconds)}`
        : `${it} is already queued; the timelock lets it be executed from ${whenRelative(p.eta ?? 0, nowSeconds)}`;
    case "Defeated":
      return `${it} was defeated (voting closed at ${whenRelative(p.voteEnd, nowSeconds)} without a quorum or with no more votes for than against): it cannot be ${verb}`;
    case "Canceled":
      return `${it} was cancelled: it cannot be ${verb}`;
    case "Expired":
      return `${it} has expired: it cannot be ${verb}`;
    case "Executed":
      return `${it} has already been executed: it cannot be ${verb} again`;
    default:
      return `${it} is in state ${p.state}; being ${verb} needs it to be ${NEEDS[step].toLowerCase()}`;
  }
}

/** Why a queued proposal cannot be executed yet: the timelock's delay has not run out. */
export function timelockNotReady(p: ProposalTiming, nowSeconds: number): string {
  return `the timelock holds proposal ${p.id} until ${whenRelative(p.eta ?? 0, nowSeconds)}: execute it then`;
}
