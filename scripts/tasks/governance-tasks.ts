/**
 * The governed programme office (issue 10): seats, proposals and the steps that carry one. Any
 * office task becomes a proposal with `propose --description "…" -- <task> <options>`.
 */
import { task } from "hardhat/config";
import { FROM, JSON_FLAG, OPT } from "./options.js";

const steps = () => import("./actions/proposal-steps.js");
const seatActions = () => import("./actions/manage-seats.js");

const PROPOSAL = {
  name: "proposal",
  description: "The proposal: its id as `proposals` shows it (first hex digits) or in full",
  type: OPT,
  defaultValue: undefined,
} as const;
const ACCOUNT = { name: "account", description: "The account (address) that votes for the seat", type: OPT, defaultValue: undefined } as const;
const SEAT = { name: "seat", description: "The seat: id or the body's name", type: OPT, defaultValue: undefined } as const;

export const proposalsTask = task(
  "proposals",
  "List the governor's proposals: state, votes against the quorum, voting times, ETA and each action in plain words",
)
  .addFlag(JSON_FLAG)
  .setAction(() => import("./actions/proposals.js"))
  .build();

export const seatsTask = task("seats", "List the governing bodies' seats and the accounts that vote for them")
  .addFlag(JSON_FLAG)
  .setAction(() => import("./actions/seats.js"))
  .build();

export const proposeTask = task(
  "propose",
  'Propose an office action (a seat holder): `propose --description "…" -- create-zone --name Xiamen --region Fujian`; the task after -- is checked and simulated as the timelock would run it',
)
  .addOption({ name: "description", description: "What the proposal does and why (its first line is its title)", type: OPT, defaultValue: undefined })
  .addOption(FROM)
  .addVariadicArgument({
    name: "task",
    description:
      "After --: the office task and its options (create-zone, set-zone-status, appoint-zone-admin, remove-zone-admin, set-regulator, set-expert, renew-office, set-guardian, pause, unpause, set-entity-status, remove-signer, set-project-status, add-seat, remove-seat, reassign-seat)",
    defaultValue: [],
  })
  .setAction(() => import("./actions/propose.js"))
  .build();

export const voteTask = task("vote", "Vote on an active proposal with your seat: for, against or abstain, with a reason")
  .addOption(PROPOSAL)
  .addOption({ name: "support", description: "for, against or abstain", type: OPT, defaultValue: undefined })
  .addOption({ name: "reason", description: "Why (optional; recorded on chain)", defaultValue: "" })
  .addOption(FROM)
  .setAction(() => steps().then((m) => ({ default: m.vote })))
  .build();

export const queueTask = task("queue", "Queue a succeeded proposal in the timelock (anyone)")
  .addOption(PROPOSAL)
  .addOption(FROM)
  .setAction(() => steps().then((m) => ({ default: m.queue })))
  .build();

export const executeTask = task("execute", "Execute a queued proposal once the timelock's delay has passed (anyone)")
  .addOption(PROPOSAL)
  .addOption(FROM)
  .setAction(() => steps().then((m) => ({ default: m.execute })))
  .build();

export const addSeatTask = task("add-seat", "Add a seat for a body, held by an account (by proposal only: the timelock owns the seats)")
  .addOption({ name: "name", description: "The body's name", type: OPT, defaultValue: undefined })
  .addOption(ACCOUNT)
  .addOption(FROM)
  .setAction(() => seatActions().then((m) => ({ default: m.addSeat })))
  .build();

export const removeSeatTask = task("remove-seat", "Remove a seat (by proposal only)")
  .addOption(SEAT)
  .addOption(FROM)
  .setAction(() => seatActions().then((m) => ({ default: m.removeSeat })))
  .build();

export const reassignSeatTask = task("reassign-seat", "Let another account vote for a seat (by proposal only)")
  .addOption(SEAT)
  .addOption({ ...ACCOUNT, description: "The seat's new holder (an account without a seat)" })
  .addOption(FROM)
  .setAction(() => seatActions().then((m) => ({ default: m.reassignSeat })))
  .build();
