/**
 * A proposal's actions (target, value, calldata) as typed values saying what they do: "create zone
 * Xiamen in Fujian", "appoint 0x… administrator of zone 3 until …". Decoded against the generated
 * ABI of the contract the target is (the programme, the seats, the governor, the timelock); a known
 * function without a kind of its own is `call fn(args)`; anything else (an unknown target, calldata
 * no ABI function matches) stays `raw`. Pure, the one decoder of the terminal tool and the dApp:
 * sdk/proposals.ts `describeAction` words an action in English, the dApp's i18n/governanceText.ts in
 * the page's language.
 */
import { decodeFunctionData, type Abi, type Address, type Hex } from "viem";
import { pilotProgrammeAbi, programmeGovernorAbi, programmeSeatsAbi, programmeTimelockAbi } from "./generated/abis.js";

/** The contracts a proposal's action may call, as the decoder recognised its target. */
export type ActionContract = "programme" | "seats" | "timelock" | "governor" | "unknown";

/** The deployment's governed contracts, by address (any may be missing). */
export interface KnownContracts {
  readonly programme?: Address | undefined;
  readonly seats?: Address | undefined;
  readonly governor?: Address | undefined;
  readonly timelock?: Address | undefined;
}

/** What one action of a proposal does. */
export type ProposalAction =
  // the programme (PilotProgramme)
  | { readonly kind: "createZone"; readonly name: string; readonly region: string }
  | { readonly kind: "setZoneStatus"; readonly zoneId: number; readonly status: number }
  | { readonly kind: "setProjectStatus"; readonly projectId: number; readonly status: number; readonly reason: string }
  | { readonly kind: "appointZoneAdmin"; readonly zoneId: number; readonly account: Address; readonly expiresAt: number }
  | { readonly kind: "removeZoneAdmin"; readonly account: Address }
  | { readonly kind: "setRegulatorFields" | "setExpertFields"; readonly account: Address; readonly fields: readonly number[]; readonly expiresAt: number }
  | { readonly kind: "renewOffice"; readonly account: Address; readonly expiresAt: number }
  | { readonly kind: "pause" | "unpause" }
  | { readonly kind: "setGuardian"; readonly account: Address }
  | { readonly kind: "registerEntity"; readonly zoneId: number; readonly name: string }
  | { readonly kind: "addSigner" | "removeSigner"; readonly entityId: number; readonly account: Address }
  | { readonly kind: "setEntityStatus"; readonly entityId: number; readonly status: number }
  | { readonly kind: "beginDefaultAdminTransfer"; readonly account: Address }
  | { readonly kind: "cancelDefaultAdminTransfer" }
  // the seats (ProgrammeSeats)
  | { readonly kind: "addSeat"; readonly name: string; readonly holder: Address }
  | { readonly kind: "removeSeat"; readonly seatId: number }
  | { readonly kind: "reassignSeat"; readonly seatId: number; readonly holder: Address }
  // the governor's and the timelock's settings
  | { readonly kind: "setVotingDelay" | "setVotingPeriod" | "updateDelay"; readonly seconds: number }
  | { readonly kind: "setProposalThreshold"; readonly votes: number }
  | { readonly kind: "updateQuorumNumerator"; readonly percent: number }
  // anything else: a known function (its arguments as text), or calldata nothing decoded
  | {
      readonly kind: "call";
      readonly contract: ActionContract;
      readonly target: Address;
      readonly fn: string;
      readonly args: readonly string[];
      readonly value: bigint;
    }
  | { readonly kind: "raw"; readonly contract: ActionContract; readonly target: Address; readonly data: Hex; readonly value: bigint };

export type ActionKind = ProposalAction["kind"];

const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** Which of the governed contracts `target` is. */
export function contractOf(target: string, known: KnownContracts): ActionContract {
  if (same(known.programme, target)) return "programme";
  if (same(known.seats, target)) return "seats";
  if (same(known.governor, target)) return "governor";
  if (same(known.timelock, target)) return "timelock";
  return "unknown";
}

const ABIS: Record<Exclude<ActionContract, "unknown">, Abi> = {
  programme: pilotProgrammeAbi,
  seats: programmeSeatsAbi,
  governor: programmeGovernorAbi,
  timelock: programmeTimelockAbi,
};

/** Bits of a field mask, as field ids. */
export function maskFields(mask: number): number[] {
  const ids: number[] = [];
  for (let i = 0; i < 32; i++) if ((mask >>> i) & 1) ids.push(i);
  return ids;
}

/** A decoded argument as text: addresses and bytes as hex, strings quoted, structs as JSON. */
export function argText(v: unknown): string {
  if (typeof v === "string") return v.startsWith("0x") ? v : JSON.stringify(v);
  if (typeof v === "bigint" || typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(argText).join(", ")}]`;
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x));
}

type Args = readonly unknown[];
const n = (args: Args, i: number) => Number(args[i]);
const s = (args: Args, i: number) => String(args[i]);
const a = (args: Args, i: number) => args[i] as Address;
/** A `SignerKey` struct's account (viem decodes a struct as an object). */
const keyAccount = (key: unknown) => (key as { account: Address }).account;

type Kinds = Readonly<Record<string, (args: Args) => ProposalAction>>;

/** The functions with a kind of their own, by contract. Every other function is a `call`. */
const KINDS: Record<Exclude<ActionContract, "unknown">, Kinds> = {
  programme: {
    createZone: (x) => ({ kind: "createZone", name: s(x, 0), region: s(x, 1) }),
    setZoneStatus: (x) => ({ kind: "setZoneStatus", zoneId: n(x, 0), status: n(x, 1) }),
    setProjectStatus: (x) => ({ kind: "setProjectStatus", projectId: n(x, 0), status: n(x, 1), reason: s(x, 2) }),
    appointZoneAdmin: (x) => ({ kind: "appointZoneAdmin", zoneId: n(x, 0), account: a(x, 1), expiresAt: n(x, 2) }),
    removeZoneAdmin: (x) => ({ kind: "removeZoneAdmin", account: a(x, 0) }),
    setRegulatorFields: (x) => ({ kind: "setRegulatorFields", account: a(x, 0), fields: maskFields(n(x, 1)), expiresAt: n(x, 2) }),
    setExpertFields: (x) => ({ kind: "setExpertFields", account: a(x, 0), fields: maskFields(n(x, 1)), expiresAt: n(x, 2) }),
    renewOffice: (x) => ({ kind: "renewOffice", account: a(x, 0), expiresAt: n(x, 1) }),
    pause: () => ({ kind: "pause" }),
    unpause: () => ({ kind: "unpause" }),
    setGuardian: (x) => ({ kind: "setGuardian", account: a(x, 0) }),
    registerEntity: (x) => ({ kind: "registerEntity", zoneId: n(x, 0), name: s(x, 1) }),
    addSigner: (x) => ({ kind: "addSigner", entityId: n(x, 0), account: keyAccount(x[1]) }),
    removeSigner: (x) => ({ kind: "removeSigner", entityId: n(x, 0), account: a(x, 1) }),
    setEntityStatus: (x) => ({ kind: "setEntityStatus", entityId: n(x, 0), status: n(x, 1) }),
    beginDefaultAdminTransfer: (x) => ({ kind: "beginDefaultAdminTransfer", account: a(x, 0) }),
    cancelDefaultAdminTransfer: () => ({ kind: "cancelDefaultAdminTransfer" }),
  },
  seats: {
    addSeat: (x) => ({ kind: "addSeat", name: s(x, 0), holder: a(x, 1) }),
    removeSeat: (x) => ({ kind: "removeSeat", seatId: n(x, 0) }),
    reassignSeat: (x) => ({ kind: "reassignSeat", seatId: n(x, 0), holder: a(x, 1) }),
  },
  governor: {
    setVotingDelay: (x) => ({ kind: "setVotingDelay", seconds: n(x, 0) }),
    setVotingPeriod: (x) => ({ kind: "setVotingPeriod", seconds: n(x, 0) }),
    setProposalThreshold: (x) => ({ kind: "setProposalThreshold", votes: n(x, 0) }),
    updateQuorumNumerator: (x) => ({ kind: "updateQuorumNumerator", percent: n(x, 0) }),
  },
  timelock: {
    updateDelay: (x) => ({ kind: "updateDelay", seconds: n(x, 0) }),
  },
};

/** An action's calldata as a function of the contract its target is, or undefined when nothing decodes it. */
export function decodeCall(
  target: string,
  data: string,
  known: KnownContracts,
): { contract: ActionContract; fn: string; args: readonly unknown[] } | undefined {
  const contract = contractOf(target, known);
  if (contract === "unknown" || data.length < 10) return undefined;
  try {
    const decoded = decodeFunctionData({ abi: ABIS[contract], data: data as Hex });
    return { contract, fn: decoded.functionName, args: (decoded.args ?? []) as Args };
  } catch {
    return undefined;
  }
}

/**
 * One action of a proposal. Sending value along is never worded as a plain office action (no
 * office function is payable): it reads as the `call` it is.
 */
export function decodeAction(target: Address, value: bigint, data: Hex, known: KnownContracts): ProposalAction {
  const call = decodeCall(target, data, known);
  if (!call) return { kind: "raw", contract: contractOf(target, known), target, data, value };
  const { contract, fn, args } = call;
  const kinds = KINDS[contract as Exclude<ActionContract, "unknown">];
  const kind = Object.hasOwn(kinds, fn) ? kinds[fn] : undefined;
  if (kind && value === 0n) return kind(args);
  return { kind: "call", contract, target, fn, args: args.map(argText), value };
}

/** A proposal's actions, as the governor's `ProposalCreated` lists them. */
export function decodeActions(
  p: { readonly targets: readonly string[]; readonly values: readonly bigint[]; readonly calldatas: readonly string[] },
  known: KnownContracts,
): ProposalAction[] {
  return p.targets.map((target, i) => decodeAction(target as Address, p.values[i] ?? 0n, (p.calldatas[i] ?? "0x") as Hex, known));
}
