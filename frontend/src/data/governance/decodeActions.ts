/**
 * A proposal's actions (target, value, calldata) as what they do: "create zone Xiamen in Fujian",
 * "appoint 0x… administrator of zone 3 until …". Decoded against the ABI of the contract the target
 * is (the programme, the seats, the governor, the timelock); a known function without words of its
 * own is `call fn(args)`; anything else stays raw. Pure: the page words the result (i18n/governanceText.ts).
 */
import { decodeFunctionData, type Abi, type Address, type Hex } from "viem";
import { pilotProgrammeAbi, programmeGovernorAbi, programmeSeatsAbi, programmeTimelockAbi } from "@sdk/generated/abis";

export interface KnownContracts {
  readonly programme?: Address | undefined;
  readonly seats?: Address | undefined;
  readonly governor?: Address | undefined;
  readonly timelock?: Address | undefined;
}

export type DecodedAction =
  | { readonly kind: "createZone"; readonly name: string; readonly region: string }
  | { readonly kind: "setZoneStatus"; readonly zoneId: number; readonly status: number }
  | { readonly kind: "setProjectStatus"; readonly projectId: number; readonly status: number; readonly reason: string }
  | { readonly kind: "appointZoneAdmin"; readonly zoneId: number; readonly account: Address; readonly expiresAt: number }
  | { readonly kind: "removeZoneAdmin"; readonly account: Address }
  | { readonly kind: "setRegulatorFields" | "setExpertFields"; readonly account: Address; readonly fields: readonly number[]; readonly expiresAt: number }
  | { readonly kind: "renewOffice"; readonly account: Address; readonly expiresAt: number }
  | { readonly kind: "pause" | "unpause" }
  | { readonly kind: "setGuardian"; readonly account: Address }
  | { readonly kind: "addSeat"; readonly name: string; readonly holder: Address }
  | { readonly kind: "removeSeat"; readonly seatId: number }
  | { readonly kind: "reassignSeat"; readonly seatId: number; readonly holder: Address }
  | { readonly kind: "setVotingDelay" | "setVotingPeriod" | "updateDelay"; readonly seconds: number }
  | { readonly kind: "updateQuorumNumerator"; readonly percent: number }
  | { readonly kind: "call"; readonly target: Address; readonly fn: string; readonly args: readonly string[]; readonly value: bigint }
  | { readonly kind: "raw"; readonly target: Address; readonly data: Hex; readonly value: bigint };

const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

function abiOf(target: Address, known: KnownContracts): Abi | undefined {
  if (same(known.programme, target)) return pilotProgrammeAbi;
  if (same(known.seats, target)) return programmeSeatsAbi;
  if (same(known.governor, target)) return programmeGovernorAbi;
  if (same(known.timelock, target)) return programmeTimelockAbi;
  return undefined;
}

/** Bits of a field mask, as field ids. */
export function maskFields(mask: number): number[] {
  const ids: number[] = [];
  for (let i = 0; i < 32; i++) if ((mask >>> i) & 1) ids.push(i);
  return ids;
}

function argText(v: unknown): string {
  if (typeof v === "string") return v.startsWith("0x") ? v : JSON.stringify(v);
  if (typeof v === "bigint" || typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(argText).join(", ")}]`;
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x));
}

export function decodeAction(target: Address, value: bigint, data: Hex, known: KnownContracts): DecodedAction {
  const abi = abiOf(target, known);
  if (!abi || data.length < 10) return { kind: "raw", target, data, value };
  let fn: string;
  let args: readonly unknown[];
  try {
    const decoded = decodeFunctionData({ abi, data });
    fn = decoded.functionName;
    args = decoded.args ?? [];
  } catch {
    return { kind: "raw", target, data, value };
  }
  const n = (i: number) => Number(args[i]);
  const s = (i: number) => String(args[i]);
  const a = (i: number) => args[i] as Address;
  if (value === 0n) {
    if (abi === pilotProgrammeAbi) {
      switch (fn) {
        case "createZone": return { kind: "createZone", name: s(0), region: s(1) };
        case "setZoneStatus": return { kind: "setZoneStatus", zoneId: n(0), status: n(1) };
        case "setProjectStatus": return { kind: "setProjectStatus", projectId: n(0), status: n(1), reason: s(2) };
        case "appointZoneAdmin": return { kind: "appointZoneAdmin", zoneId: n(0), account: a(1), expiresAt: n(2) };
        case "removeZoneAdmin": return { kind: "removeZoneAdmin", account: a(0) };
        case "setRegulatorFields":
        case "setExpertFields": return { kind: fn, account: a(0), fields: maskFields(n(1)), expiresAt: n(2) };
        case "renewOffice": return { kind: "renewOffice", account: a(0), expiresAt: n(1) };
        case "pause":
        case "unpause": return { kind: fn };
        case "setGuardian": return { kind: "setGuardian", account: a(0) };
      }
    } else if (abi === programmeSeatsAbi) {
      switch (fn) {
        case "addSeat": return { kind: "addSeat", name: s(0), holder: a(1) };
        case "removeSeat": return { kind: "removeSeat", seatId: n(0) };
        case "reassignSeat": return { kind: "reassignSeat", seatId: n(0), holder: a(1) };
      }
    } else if (abi === programmeGovernorAbi) {
      switch (fn) {
        case "setVotingDelay":
        case "setVotingPeriod": return { kind: fn, seconds: n(0) };
        case "updateQuorumNumerator": return { kind: "updateQuorumNumerator", percent: n(0) };
      }
    } else if (fn === "updateDelay") return { kind: "updateDelay", seconds: n(0) };
  }
  return { kind: "call", target, fn, args: args.map(argText), value };
}
