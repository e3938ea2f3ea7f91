/**
 * The Governance page's words in the active language: the bodies' names, proposal states, durations,
 * a proposal's decoded actions ("Create zone Xiamen in Fujian" / "在福建设立厦门试点区"), and the
 * governance refusals (sdk/errors.ts's English word for word, Chinese in Chinese mode). Components that
 * call these also call useTranslation(), so that they re-render when the language changes.
 */
import { keccak256, toHex, type Address } from "viem";
import { PROPOSAL_STATES, SEAT_LIMITS } from "@pilot/sdk/governance";
import { ENTITY_STATUSES, PROJECT_STATUSES, ZONE_STATUSES } from "@pilot/sdk/domain";
import type { ProposalAction } from "@pilot/sdk/proposalActions";
import { isoFromSeconds } from "@pilot/sdk/time";
import type { ProposalStateName } from "../data/governance/types";
import { durationParts } from "../data/governance/proposalStatus";
import { formatUtcDay, shortHex } from "../format/display";
import i18n, { currentLanguage } from "./index";
import { fieldLabel, regionName, statusLabel, zoneName } from "./labels";
import { BODY_NAMES_ZH } from "./sampleNames";

const t = i18n.t.bind(i18n);
const zh = () => currentLanguage() === "zh-CN";

/** A body's name: Chinese in Chinese mode when it is one of the sixteen, else as on chain. */
export const bodyName = (name: string): string => (zh() ? (BODY_NAMES_ZH[name] ?? name) : name);

const STATE_KEYS = {
  Pending: "governance.state.Pending",
  Active: "governance.state.Active",
  Canceled: "governance.state.Canceled",
  Defeated: "governance.state.Defeated",
  Succeeded: "governance.state.Succeeded",
  Queued: "governance.state.Queued",
  Expired: "governance.state.Expired",
  Executed: "governance.state.Executed",
} as const satisfies Record<ProposalStateName, string>;

export const proposalStateLabel = (state: ProposalStateName): string => t(STATE_KEYS[state]);

const UNIT_KEYS = { d: "governance.duration.d", h: "governance.duration.h", min: "governance.duration.min", s: "governance.duration.s" } as const;

/** "2 d 3 h", "5 min 3 s" / "2天3小时", "5分钟3秒". */
export function durationText(seconds: number): string {
  return durationParts(seconds)
    .map((p) => t(UNIT_KEYS[p.unit], { n: p.n }))
    .join(zh() ? "" : " ");
}

/** A proposal's title: the first line of its description (at most 120 characters). */
export function proposalTitle(description: string): string {
  const first =
    description
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.replace(/^#+\s*/, "")
      .trim() ?? "";
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}

export interface ActionNames {
  /** A zone's name by id, if known. */
  readonly zone: (id: number) => string | undefined;
  /** A seat's body name by id, if known. */
  readonly seat: (id: number) => string | undefined;
  /** An account as shown in a sentence (short address, with its label if any). */
  readonly account: (address: Address) => string;
}

const ZERO = "0x0000000000000000000000000000000000000000";

/** One action (sdk/proposalActions.ts `decodeAction`) in plain words, in the page's language. */
export function actionText(a: ProposalAction, names: ActionNames): string {
  // an office term ends on a day (the contract keeps the expiry as a day number): the date, as the Zone page shows it
  const date = (s: number) => formatUtcDay(s);
  const zone = (id: number) => zoneName(names.zone(id) ?? `Zone #${id}`);
  const seat = (id: number) => {
    const body = names.seat(id);
    return body ? bodyName(body) : t("governance.action.seatNo", { id });
  };
  const fields = (ids: readonly number[]) => ids.map((f) => fieldLabel(f)).join(t("roles.listSeparator"));
  switch (a.kind) {
    case "createZone":
      return t("governance.action.createZone", { name: zoneName(a.name), region: regionName(a.region) });
    case "setZoneStatus":
      return t("governance.action.setZoneStatus", { zone: zone(a.zoneId), status: statusLabel(ZONE_STATUSES[a.status] ?? `#${a.status}`).toLowerCase() });
    case "setProjectStatus": {
      const status = statusLabel(PROJECT_STATUSES[a.status] ?? `#${a.status}`).toLowerCase();
      return a.reason.trim()
        ? t("adminPropose.action.setProjectStatusWhy", { id: a.projectId, status, reason: a.reason.trim() })
        : t("adminPropose.action.setProjectStatus", { id: a.projectId, status });
    }
    case "appointZoneAdmin":
      return t("governance.action.appointZoneAdmin", { account: names.account(a.account), zone: zone(a.zoneId), date: date(a.expiresAt) });
    case "removeZoneAdmin":
      return t("governance.action.removeZoneAdmin", { account: names.account(a.account) });
    case "setRegulatorFields":
      return a.fields.length === 0
        ? t("governance.action.dismissRegulator", { account: names.account(a.account) })
        : t("governance.action.setRegulatorFields", { account: names.account(a.account), fields: fields(a.fields), date: date(a.expiresAt) });
    case "setExpertFields":
      return a.fields.length === 0
        ? t("governance.action.dismissExpert", { account: names.account(a.account) })
        : t("governance.action.setExpertFields", { account: names.account(a.account), fields: fields(a.fields), date: date(a.expiresAt) });
    case "renewOffice":
      return t("governance.action.renewOffice", { account: names.account(a.account), date: date(a.expiresAt) });
    case "pause":
      return t("governance.action.pause");
    case "unpause":
      return t("governance.action.unpause");
    case "setGuardian":
      return a.account.toLowerCase() === ZERO
        ? t("governance.action.removeGuardian")
        : t("governance.action.setGuardian", { account: names.account(a.account) });
    case "registerEntity":
      return t("proposalAction.registerEntity", { name: a.name, zone: zone(a.zoneId) });
    case "addSigner":
      return t("proposalAction.addSigner", { account: names.account(a.account), id: a.entityId });
    case "removeSigner":
      return t("proposalAction.removeSigner", { account: names.account(a.account), id: a.entityId });
    case "setEntityStatus":
      return t("proposalAction.setEntityStatus", { id: a.entityId, status: statusLabel(ENTITY_STATUSES[a.status] ?? `#${a.status}`).toLowerCase() });
    case "beginDefaultAdminTransfer":
      return t("proposalAction.beginDefaultAdminTransfer", { account: names.account(a.account) });
    case "cancelDefaultAdminTransfer":
      return t("proposalAction.cancelDefaultAdminTransfer");
    case "setProposalThreshold":
      return t("proposalAction.setProposalThreshold", { count: a.votes });
    case "addSeat":
      return t("governance.action.addSeat", { name: bodyName(a.name), account: names.account(a.holder) });
    case "removeSeat":
      return t("governance.action.removeSeat", { name: seat(a.seatId) });
    case "reassignSeat":
      return t("governance.action.reassignSeat", { name: seat(a.seatId), account: names.account(a.holder) });
    case "setVotingDelay":
      return t("governance.action.setVotingDelay", { duration: durationText(a.seconds) });
    case "setVotingPeriod":
      return t("governance.action.setVotingPeriod", { duration: durationText(a.seconds) });
    case "updateDelay":
      return t("governance.action.updateDelay", { duration: durationText(a.seconds) });
    case "updateQuorumNumerator":
      return t("governance.action.updateQuorumNumerator", { percent: a.percent });
    case "call":
      return (
        t("governance.action.call", { fn: a.fn, args: a.args.join(", "), target: shortHex(a.target) }) +
        (a.value > 0n ? t("governance.action.value", { value: a.value.toString() }) : "")
      );
    case "raw":
      return (
        t("governance.action.raw", { target: shortHex(a.target), data: a.data.length > 26 ? `${a.data.slice(0, 26)}…` : a.data }) +
        (a.value > 0n ? t("governance.action.value", { value: a.value.toString() }) : "")
      );
  }
}

// ------------------------------------------------------------------ refusals

const num = (v: unknown): number => Number(v);
const str = (v: unknown): string => String(v);
const when = (v: unknown): string => isoFromSeconds(v);

/** English: sdk/errors.ts's lower-case state ("succeeded"); Chinese: the page's state name. */
const stateWord = (value: unknown): string => {
  const name = PROPOSAL_STATES[num(value)];
  if (!name) return `#${num(value)}`;
  return zh() ? proposalStateLabel(name) : name.toLowerCase();
};
const expectedWords = (bitmap: unknown): string => {
  const bits = BigInt(str(bitmap));
  const names = PROPOSAL_STATES.map((_, i) => i).filter((i) => (bits >> BigInt(i)) & 1n);
  return names.length === 0 ? t("governance.errors.otherState") : names.map(stateWord).join(t("governance.errors.or"));
};
/** TimelockController's `OperationState`, by value (as sdk/errors.ts lists them). */
const OPERATION_STATE_KEYS = [
  "governance.errors.operationState.unset",
  "governance.errors.operationState.waiting",
  "governance.errors.operationState.ready",
  "governance.errors.operationState.done",
] as const;
const operationStates = (bitmap: unknown): string => {
  const bits = BigInt(str(bitmap));
  const set = OPERATION_STATE_KEYS.filter((_, i) => (bits >> BigInt(i)) & 1n);
  return set.length === 0 ? t("governance.errors.otherState") : set.map((k) => t(k)).join(t("governance.errors.or"));
};
/** TimelockController's roles by their hash (keccak256 of the role's name, as the contract defines them). */
const TIMELOCK_ROLE_KEYS: Readonly<
  Record<string, "governance.errors.timelockRole.proposer" | "governance.errors.timelockRole.executor" | "governance.errors.timelockRole.canceller">
> = {
  [keccak256(toHex("PROPOSER_ROLE"))]: "governance.errors.timelockRole.proposer",
  [keccak256(toHex("EXECUTOR_ROLE"))]: "governance.errors.timelockRole.executor",
  [keccak256(toHex("CANCELLER_ROLE"))]: "governance.errors.timelockRole.canceller",
};
/** `AccessControlUnauthorizedAccount` for one of the timelock's roles, in the active language; undefined for any other role. */
export function lacksTimelockRole(account: unknown, role: unknown): string | undefined {
  const key = TIMELOCK_ROLE_KEYS[str(role).toLowerCase()];
  return key ? t("governance.errors.LacksTimelockRole", { account: str(account), role: t(key) }) : undefined;
}
/** Governance refusals in the active language, by name (merged into i18n/contractErrors.ts). */
export const GOVERNANCE_LOCAL: Readonly<Record<string, (args: readonly unknown[]) => string>> = {
  NotSeatHolder: ([a]) => t("governance.errors.NotSeatHolder", { account: str(a) }),
  NoVoteAtSnapshot: ([a, s]) => t("governance.errors.NoVoteAtSnapshot", { account: str(a), time: when(s) }),
  VotingNotOpen: ([s]) => t("governance.errors.VotingNotOpen", { time: when(s) }),
  VotingClosed: ([s]) => t("governance.errors.VotingClosed", { time: when(s) }),
  ProposalNotSucceeded: ([s]) => t("governance.errors.ProposalNotSucceeded", { state: stateWord(s) }),
  ProposalNotQueued: ([s]) => t("governance.errors.ProposalNotQueued", { state: stateWord(s) }),
  TimelockNotReady: ([eta]) => t("governance.errors.TimelockNotReady", { time: when(eta) }),
  GovernorAlreadyCastVote: ([a]) => t("governance.errors.GovernorAlreadyCastVote", { account: str(a) }),
  GovernorUnexpectedProposalState: ([id, current, expected]) =>
    t("governance.errors.GovernorUnexpectedProposalState", { id: str(id), state: stateWord(current), expected: expectedWords(expected) }),
  // seats (ProgrammeSeats)
  EmptySeatName: () => t("governance.errors.EmptySeatName"),
  SeatNameTooLong: ([n, max]) => t("governance.errors.SeatNameTooLong", { length: str(n), max: str(max) }),
  TooManySeats: ([max]) => t("governance.errors.TooManySeats", { max: str(max), limit: SEAT_LIMITS.maxSeats }),
  UnknownSeat: ([id]) => t("governance.errors.UnknownSeat", { id: num(id) }),
  ZeroSeatHolder: () => t("governance.errors.ZeroSeatHolder"),
  AlreadyHoldsSeat: ([a, id]) => t("governance.errors.AlreadyHoldsSeat", { account: str(a), id: num(id) }),
  SeatVoteNotDelegable: ([a, d]) => t("governance.errors.SeatVoteNotDelegable", { account: str(a), delegatee: str(d) }),
  DelegationBySigDisabled: ([d]) => t("governance.errors.DelegationBySigDisabled", { delegatee: str(d) }),
  SeatListMismatch: ([names, holders]) => t("governance.errors.SeatListMismatch", { names: str(names), holders: str(holders) }),
  SeatsOwnerRequired: () => t("governance.errors.SeatsOwnerRequired"),
  OwnableUnauthorizedAccount: ([a]) => t("governance.errors.OwnableUnauthorizedAccount", { account: str(a) }),
  OwnableInvalidOwner: ([a]) => t("governance.errors.OwnableInvalidOwner", { account: str(a) }),
  ERC5805FutureLookup: ([timepoint, clock]) => t("governance.errors.ERC5805FutureLookup", { timepoint: str(timepoint), clock: str(clock) }),
  ERC6372InconsistentClock: () => t("governance.errors.ERC6372InconsistentClock"),
  VotesExpiredSignature: ([expiry]) => t("governance.errors.VotesExpiredSignature", { time: when(expiry) }),
  InvalidAccountNonce: ([a, n]) => t("governance.errors.InvalidAccountNonce", { account: str(a), nonce: str(n) }),
  CheckpointUnorderedInsertion: () => t("governance.errors.CheckpointUnorderedInsertion"),
  // governor (OpenZeppelin Governor)
  GovernorAlreadyQueuedProposal: ([id]) => t("governance.errors.GovernorAlreadyQueuedProposal", { id: str(id) }),
  GovernorDisabledDeposit: () => t("governance.errors.GovernorDisabledDeposit"),
  GovernorInsufficientProposerVotes: ([a, votes, threshold]) =>
    t("governance.errors.GovernorInsufficientProposerVotes", { account: str(a), votes: str(votes), threshold: str(threshold) }),
  GovernorInvalidProposalLength: ([targets, calls, values]) =>
    t("governance.errors.GovernorInvalidProposalLength", { targets: str(targets), calls: str(calls), values: str(values) }),
  GovernorInvalidQuorumFraction: ([n, d]) => t("governance.errors.GovernorInvalidQuorumFraction", { numerator: str(n), denominator: str(d) }),
  GovernorInvalidSignature: ([a]) => t("governance.errors.GovernorInvalidSignature", { account: str(a) }),
  GovernorInvalidVoteParams: () => t("governance.errors.GovernorInvalidVoteParams"),
  GovernorInvalidVoteType: () => t("governance.errors.GovernorInvalidVoteType"),
  GovernorInvalidVotingPeriod: ([period]) => t("governance.errors.GovernorInvalidVotingPeriod", { period: str(period) }),
  GovernorNonexistentProposal: ([id]) => t("governance.errors.GovernorNonexistentProposal", { id: str(id) }),
  GovernorNotQueuedProposal: ([id]) => t("governance.errors.GovernorNotQueuedProposal", { id: str(id) }),
  GovernorOnlyExecutor: ([a]) => t("governance.errors.GovernorOnlyExecutor", { account: str(a) }),
  GovernorQueueNotImplemented: () => t("governance.errors.GovernorQueueNotImplemented"),
  GovernorRestrictedProposer: ([a]) => t("governance.errors.GovernorRestrictedProposer", { account: str(a) }),
  GovernorUnableToCancel: ([id, a]) => t("governance.errors.GovernorUnableToCancel", { id: str(id), account: str(a) }),
  // timelock (OpenZeppelin TimelockController)
  TimelockInsufficientDelay: ([delay, min]) => t("governance.errors.TimelockInsufficientDelay", { delay: str(delay), min: str(min) }),
  TimelockInvalidOperationLength: ([targets, payloads, values]) =>
    t("governance.errors.TimelockInvalidOperationLength", { targets: str(targets), calls: str(payloads), values: str(values) }),
  TimelockUnauthorizedCaller: ([a]) => t("governance.errors.TimelockUnauthorizedCaller", { account: str(a) }),
  TimelockUnexecutedPredecessor: ([id]) => t("governance.errors.TimelockUnexecutedPredecessor", { id: str(id) }),
  TimelockUnexpectedOperationState: ([id, expected]) =>
    t("governance.errors.TimelockUnexpectedOperationState", { id: str(id), expected: operationStates(expected) }),
  FailedCall: () => t("governance.errors.FailedCall"),
};
