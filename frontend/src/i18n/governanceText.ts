/**
 * The Governance page's words in the active language: the bodies' names, proposal states, durations,
 * a proposal's decoded actions ("Create zone Xiamen in Fujian" / "在福建设立厦门试点区"), and the
 * governance refusals (sdk/errors.ts's English word for word, Chinese in Chinese mode). Components that
 * call these also call useTranslation(), so that they re-render when the language changes.
 */
import type { Address } from "viem";
import { PROPOSAL_STATES } from "@sdk/governance";
import { ZONE_STATUSES } from "@sdk/domain";
import { isoFromSeconds } from "@sdk/time";
import type { DecodedAction } from "../data/governance/decodeActions";
import type { ProposalStateName } from "../data/governance/types";
import { durationParts } from "../data/governance/proposalStatus";
import { formatSecondsDateTime, shortHex } from "../lib/format";
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
  const first = description.split("\n").find((l) => l.trim() !== "")?.replace(/^#+\s*/, "").trim() ?? "";
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

/** One action in plain words. */
export function actionText(a: DecodedAction, names: ActionNames): string {
  const date = (s: number) => formatSecondsDateTime(s);
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
      return a.account.toLowerCase() === ZERO ? t("governance.action.removeGuardian") : t("governance.action.setGuardian", { account: names.account(a.account) });
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
      return t("governance.action.call", { fn: a.fn, args: a.args.join(", "), target: shortHex(a.target) }) + (a.value > 0n ? t("governance.action.value", { value: a.value.toString() }) : "");
    case "raw":
      return t("governance.action.raw", { target: shortHex(a.target), data: a.data.length > 26 ? `${a.data.slice(0, 26)}…` : a.data }) + (a.value > 0n ? t("governance.action.value", { value: a.value.toString() }) : "");
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
};
