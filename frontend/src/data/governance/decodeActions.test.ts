// @vitest-environment node
/** A proposal's calldata decoded into what it does, by the contract it targets. */
import { describe, expect, it } from "vitest";
import { encodeFunctionData, type Address } from "viem";
import { pilotProgrammeAbi, programmeGovernorAbi, programmeSeatsAbi, programmeTimelockAbi } from "@sdk/generated/abis";
import { decodeAction, maskFields } from "./decodeActions";

const PROGRAMME: Address = "0x1000000000000000000000000000000000000001";
const SEATS: Address = "0x2000000000000000000000000000000000000002";
const GOVERNOR: Address = "0x3000000000000000000000000000000000000003";
const TIMELOCK: Address = "0x4000000000000000000000000000000000000004";
const OTHER: Address = "0x5000000000000000000000000000000000000005";
const A: Address = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const known = { programme: PROGRAMME, seats: SEATS, governor: GOVERNOR, timelock: TIMELOCK };
const ZERO32 = `0x${"0".repeat(64)}` as const;

describe("decodeAction", () => {
  it("words the programme's office actions", () => {
    const createZone = encodeFunctionData({ abi: pilotProgrammeAbi, functionName: "createZone", args: ["Xiamen", "Fujian", "", ZERO32] });
    expect(decodeAction(PROGRAMME, 0n, createZone, known)).toEqual({ kind: "createZone", name: "Xiamen", region: "Fujian" });
    const appoint = encodeFunctionData({ abi: pilotProgrammeAbi, functionName: "appointZoneAdmin", args: [3, A, 1_800_000_000] });
    expect(decodeAction(PROGRAMME, 0n, appoint, known)).toEqual({ kind: "appointZoneAdmin", zoneId: 3, account: A, expiresAt: 1_800_000_000 });
    const regulator = encodeFunctionData({ abi: pilotProgrammeAbi, functionName: "setRegulatorFields", args: [A, 0b1010, 1_800_000_000] });
    expect(decodeAction(PROGRAMME, 0n, regulator, known)).toEqual({ kind: "setRegulatorFields", account: A, fields: [1, 3], expiresAt: 1_800_000_000 });
    expect(decodeAction(PROGRAMME, 0n, encodeFunctionData({ abi: pilotProgrammeAbi, functionName: "unpause" }), known)).toEqual({ kind: "unpause" });
    expect(decodeAction(PROGRAMME, 0n, encodeFunctionData({ abi: pilotProgrammeAbi, functionName: "setGuardian", args: [A] }), known)).toEqual({ kind: "setGuardian", account: A });
  });

  it("words the seats', the governor's and the timelock's settings", () => {
    expect(decodeAction(SEATS, 0n, encodeFunctionData({ abi: programmeSeatsAbi, functionName: "reassignSeat", args: [4, A] }), known)).toEqual({ kind: "reassignSeat", seatId: 4, holder: A });
    expect(decodeAction(SEATS, 0n, encodeFunctionData({ abi: programmeSeatsAbi, functionName: "addSeat", args: ["Ministry of Commerce", A] }), known)).toEqual({ kind: "addSeat", name: "Ministry of Commerce", holder: A });
    expect(decodeAction(GOVERNOR, 0n, encodeFunctionData({ abi: programmeGovernorAbi, functionName: "setVotingPeriod", args: [432_000] }), known)).toEqual({ kind: "setVotingPeriod", seconds: 432_000 });
    expect(decodeAction(GOVERNOR, 0n, encodeFunctionData({ abi: programmeGovernorAbi, functionName: "updateQuorumNumerator", args: [60n] }), known)).toEqual({ kind: "updateQuorumNumerator", percent: 60 });
    expect(decodeAction(TIMELOCK, 0n, encodeFunctionData({ abi: programmeTimelockAbi, functionName: "updateDelay", args: [172_800n] }), known)).toEqual({ kind: "updateDelay", seconds: 172_800 });
  });

  it("falls back to call fn(args) for a known function without words, and to raw data for an unknown target", () => {
    const grant = encodeFunctionData({ abi: pilotProgrammeAbi, functionName: "grantRole", args: [ZERO32, A] });
    expect(decodeAction(PROGRAMME, 0n, grant, known)).toEqual({ kind: "call", target: PROGRAMME, fn: "grantRole", args: [ZERO32, A], value: 0n });
    const createZone = encodeFunctionData({ abi: pilotProgrammeAbi, functionName: "createZone", args: ["Xiamen", "Fujian", "", ZERO32] });
    // the same calldata to a contract the deployment does not know is not worded as the programme's
    expect(decodeAction(OTHER, 0n, createZone, known)).toEqual({ kind: "raw", target: OTHER, data: createZone, value: 0n });
    // value sent along: never worded as a plain office action
    expect(decodeAction(PROGRAMME, 5n, createZone, known)).toMatchObject({ kind: "call", fn: "createZone", args: ['"Xiamen"', '"Fujian"', '""', ZERO32], value: 5n });
    expect(decodeAction(PROGRAMME, 0n, "0xdeadbeef", known)).toEqual({ kind: "raw", target: PROGRAMME, data: "0xdeadbeef", value: 0n });
  });

  it("reads a field mask as field ids", () => {
    expect(maskFields(0)).toEqual([]);
    expect(maskFields(0b10001)).toEqual([0, 4]);
    expect(maskFields(0x80000000 | 0)).toEqual([31]);
  });
});
