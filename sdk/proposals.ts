/**
 * Proposals in plain words, for the terminal tool and the dApp alike: a short id, relative times,
 * each action a proposal carries ("Create zone Xiamen in Fujian"), and why a proposal cannot be
 * voted on, queued or executed yet. Pure TypeScript: sdk/proposalActions.ts decodes the actions,
 * this words them in English (the dApp words the same actions through its i18n catalogue).
 */
import { ENTITY_STATUSES, PROJECT_STATUSES, ZONE_STATUSES } from "./domain.js";
import { fieldLabel, type NameLookup } from "./errors.js";
import { PROPOSAL_STATES } from "./governance.js";
import type { ActionContract, ProposalAction } from "./proposalActions.js";
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
  const [n, unit] = a < 90 ? [a, "s"] : a < 90 * 60 ? [Math.round(a / 60), "min"] : a < 36 * 3600 ? [Math.round(a / 3600), "h"] : [Math.round(a / 86_400), "d"];
  return d > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}

/** `2026-01-31T12:00:00Z (in 3 min)` */
export function whenRelative(seconds: number | bigint, nowSeconds: number | bigint): string {
  return `${isoFromSeconds(seconds)} (${relativeTime(seconds, nowSeconds)})`;
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
const status = (list: readonly string[], v: number): string => (list[v] ?? `#${v}`).toLowerCase();
const zoneOf = async (id: number, l?: ActionLookup) => `zone ${(await safely(l?.zone && (() => l.zone!(id)))) ?? `#${id}`}`;
async function entityOf(id: number, l?: ActionLookup): Promise<string> {
  const name = await safely(l?.entity && (() => l.entity!(id)));
  return name ? `entity #${id} "${name}"` : `entity #${id}`;
}
async function projectOf(id: number, l?: ActionLookup): Promise<string> {
  const title = await safely(l?.project && (() => l.project!(id)));
  return title ? `project #${id} "${title}"` : `project #${id}`;
}
async function seatOf(id: number, l?: ActionLookup): Promise<string> {
  const name = await safely(l?.seat && (() => l.seat!(id)));
  return name ? `seat #${id} (${name})` : `seat #${id}`;
}
const fieldOffice = (office: string, a: { account: string; fields: readonly number[]; expiresAt: number }) =>
  a.fields.length === 0
    ? `Dismiss ${a.account} as ${office}`
    : `Appoint ${a.account} as ${office} of ${a.fields.map(fieldLabel).join(", ")} until ${day(a.expiresAt)}`;

/**
 * One action of a proposal (sdk/proposalActions.ts `decodeAction`) in plain English; a known
 * function without words of its own reads `call fn(args) on the seats`, calldata nothing decoded
 * `call 0x12345678… on <target>`.
 */
export async function describeAction(a: ProposalAction, l?: ActionLookup): Promise<string> {
  switch (a.kind) {
    case "createZone":
      return `Create zone ${a.name}${a.region ? ` in ${a.region}` : ""}`;
    case "setZoneStatus":
      return `Set ${await zoneOf(a.zoneId, l)} to ${status(ZONE_STATUSES, a.status)}`;
    case "appointZoneAdmin":
      return `Appoint ${a.account} as administrator of ${await zoneOf(a.zoneId, l)} until ${day(a.expiresAt)}`;
    case "removeZoneAdmin":
      return `Dismiss ${a.account} as zone administrator`;
    case "setRegulatorFields":
      return fieldOffice("regulator", a);
    case "setExpertFields":
      return fieldOffice("expert", a);
    case "renewOffice":
      return `Renew ${a.account}'s offices until ${day(a.expiresAt)}`;
    case "setGuardian":
      return ZERO.test(a.account) ? "Remove the guardian" : `Make ${a.account} the guardian (it may pause, nothing else)`;
    case "pause":
      return "Pause the programme";
    case "unpause":
      return "Unpause the programme";
    case "registerEntity":
      return `Register entity ${a.name} in ${await zoneOf(a.zoneId, l)}`;
    case "addSigner":
      return `Add signer ${a.account} to ${await entityOf(a.entityId, l)}`;
    case "removeSigner":
      return `Remove signer ${a.account} from ${await entityOf(a.entityId, l)}`;
    case "setEntityStatus":
      return `Set ${await entityOf(a.entityId, l)} to ${status(ENTITY_STATUSES, a.status)}`;
    case "setProjectStatus":
      return `Set ${await projectOf(a.projectId, l)} to ${status(PROJECT_STATUSES, a.status)}${a.reason ? ` ("${a.reason}")` : ""}`;
    case "beginDefaultAdminTransfer":
      return `Begin handing the programme office to ${a.account}`;
    case "cancelDefaultAdminTransfer":
      return "Cancel the pending hand-over of the programme office";
    case "addSeat":
      return `Add seat "${a.name}" held by ${a.holder}`;
    case "removeSeat":
      return `Remove ${await seatOf(a.seatId, l)}`;
    case "reassignSeat":
      return `Reassign ${await seatOf(a.seatId, l)} to ${a.holder}`;
    case "setVotingDelay":
      return `Set the voting delay to ${a.seconds} s`;
    case "setVotingPeriod":
      return `Set the voting period to ${a.seconds} s`;
    case "setProposalThreshold":
      return `Set the proposal threshold to ${a.votes} vote(s)`;
    case "updateQuorumNumerator":
      return `Set the quorum to more than ${a.percent}% of the seats`;
    case "updateDelay":
      return `Set the timelock's delay to ${a.seconds} s`;
    case "call":
      return `call ${a.fn}(${a.args.join(", ")}) on ${CONTRACT_WORDS[a.contract] || a.target}${sending(a.value)}`;
    case "raw":
      return `call ${a.data.slice(0, 10)}… on ${CONTRACT_WORDS[a.contract] || a.target}${sending(a.value)}`;
  }
}

const sending = (value: bigint) => (value > 0n ? ` (sending ${value} wei)` : "");

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
