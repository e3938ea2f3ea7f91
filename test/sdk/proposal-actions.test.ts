/** sdk/proposalActions.ts: a proposal's calldata decoded into what it does, by the contract it targets (pure, no chain). */
import { expect } from "chai";
import { encodeFunctionData, type Abi, type Address, type Hex } from "viem";
import { pilotProgrammeAbi, programmeGovernorAbi, programmeSeatsAbi, programmeTimelockAbi } from "@pilot/sdk/generated/abis";
import { decodeAction, decodeActions, maskFields, type ProposalAction } from "@pilot/sdk/proposalActions";

const PROGRAMME: Address = "0x1000000000000000000000000000000000000001";
const SEATS: Address = "0x2000000000000000000000000000000000000002";
const GOVERNOR: Address = "0x3000000000000000000000000000000000000003";
const TIMELOCK: Address = "0x4000000000000000000000000000000000000004";
const OTHER: Address = "0x5000000000000000000000000000000000000005";
const A: Address = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const ZERO32 = `0x${"0".repeat(64)}` as const;
const known = { programme: PROGRAMME, seats: SEATS, governor: GOVERNOR, timelock: TIMELOCK };
const ON = {
  programme: [PROGRAMME, pilotProgrammeAbi],
  seats: [SEATS, programmeSeatsAbi],
  governor: [GOVERNOR, programmeGovernorAbi],
  timelock: [TIMELOCK, programmeTimelockAbi],
} as const;

const calldata = (abi: Abi, functionName: string, args: readonly unknown[]): Hex => encodeFunctionData({ abi, functionName, args } as never);

/** One case per kind: the call a proposal carries, and the action it decodes to. */
const CASES: [keyof typeof ON, string, readonly unknown[], ProposalAction][] = [
  ["programme", "createZone", ["Xiamen", "Fujian", "", ZERO32], { kind: "createZone", name: "Xiamen", region: "Fujian" }],
  ["programme", "setZoneStatus", [3, 2], { kind: "setZoneStatus", zoneId: 3, status: 2 }],
  ["programme", "setProjectStatus", [7, 3, "audit"], { kind: "setProjectStatus", projectId: 7, status: 3, reason: "audit" }],
  ["programme", "appointZoneAdmin", [3, A, 1_800_000_000], { kind: "appointZoneAdmin", zoneId: 3, account: A, expiresAt: 1_800_000_000 }],
  ["programme", "removeZoneAdmin", [A], { kind: "removeZoneAdmin", account: A }],
  ["programme", "setRegulatorFields", [A, 0b1010, 1_800_000_000], { kind: "setRegulatorFields", account: A, fields: [1, 3], expiresAt: 1_800_000_000 }],
  ["programme", "setExpertFields", [A, 0, 1_800_000_000], { kind: "setExpertFields", account: A, fields: [], expiresAt: 1_800_000_000 }],
  ["programme", "renewOffice", [A, 1_800_000_000], { kind: "renewOffice", account: A, expiresAt: 1_800_000_000 }],
  ["programme", "pause", [], { kind: "pause" }],
  ["programme", "unpause", [], { kind: "unpause" }],
  ["programme", "setGuardian", [A], { kind: "setGuardian", account: A }],
  [
    "programme",
    "registerEntity",
    [3, "Xiamen Data Co.", 1, 1, "https://example.org", ZERO32, []],
    { kind: "registerEntity", zoneId: 3, name: "Xiamen Data Co." },
  ],
  ["programme", "addSigner", [4, { account: A, deadline: 0n, signature: "0x" }], { kind: "addSigner", entityId: 4, account: A }],
  ["programme", "removeSigner", [4, A], { kind: "removeSigner", entityId: 4, account: A }],
  ["programme", "setEntityStatus", [4, 2], { kind: "setEntityStatus", entityId: 4, status: 2 }],
  ["programme", "beginDefaultAdminTransfer", [A], { kind: "beginDefaultAdminTransfer", account: A }],
  ["programme", "cancelDefaultAdminTransfer", [], { kind: "cancelDefaultAdminTransfer" }],
  ["seats", "addSeat", ["Ministry of Commerce", A], { kind: "addSeat", name: "Ministry of Commerce", holder: A }],
  ["seats", "removeSeat", [4], { kind: "removeSeat", seatId: 4 }],
  ["seats", "reassignSeat", [4, A], { kind: "reassignSeat", seatId: 4, holder: A }],
  ["governor", "setVotingDelay", [86_400], { kind: "setVotingDelay", seconds: 86_400 }],
  ["governor", "setVotingPeriod", [432_000], { kind: "setVotingPeriod", seconds: 432_000 }],
  ["governor", "setProposalThreshold", [1n], { kind: "setProposalThreshold", votes: 1 }],
  ["governor", "updateQuorumNumerator", [60n], { kind: "updateQuorumNumerator", percent: 60 }],
  ["timelock", "updateDelay", [172_800n], { kind: "updateDelay", seconds: 172_800 }],
];

/** A zero value of an ABI parameter's type, to encode any function's call. */
type Param = { readonly type: string; readonly name?: string; readonly components?: readonly Param[] };
function zeroOf(p: Param): unknown {
  if (p.type.endsWith("]")) return [];
  if (p.type === "tuple") return Object.fromEntries((p.components ?? []).map((c) => [c.name, zeroOf(c)]));
  if (p.type === "address") return `0x${"0".repeat(40)}`;
  if (p.type === "bool") return false;
  if (p.type === "string") return "";
  if (p.type === "bytes") return "0x";
  if (p.type.startsWith("bytes")) return `0x${"00".repeat(Number(p.type.slice(5)))}`;
  return 0n;
}

describe("proposal actions decoded (sdk/proposalActions.ts)", () => {
  it("decodes every function a proposal can call on the four contracts: to its own kind, or to call fn(args), never raw", () => {
    for (const [contract, [target, abi]] of Object.entries(ON)) {
      const writes = (abi as readonly { type: string; name?: string; stateMutability?: string; inputs?: readonly Param[] }[]).filter(
        (f) => f.type === "function" && f.stateMutability !== "view" && f.stateMutability !== "pure",
      );
      expect(writes.length, contract).to.be.greaterThan(0);
      for (const f of writes) {
        const action = decodeAction(target, 0n, calldata(abi, f.name!, (f.inputs ?? []).map(zeroOf)), known);
        expect(action.kind, `${contract}.${f.name}`).to.not.equal("raw");
        if (action.kind === "call") expect(action.fn).to.equal(f.name);
        else expect(action.kind).to.equal(f.name);
      }
    }
  });

  for (const [contract, fn, args, expected] of CASES) {
    it(`decodes ${contract}.${fn} as ${expected.kind}`, () => {
      const [target, abi] = ON[contract];
      expect(decodeAction(target, 0n, calldata(abi, fn, args), known)).to.deep.equal(expected);
    });
  }

  it("reads a known function without a kind of its own as call fn(args), its arguments as text", () => {
    const grant = calldata(pilotProgrammeAbi, "grantRole", [ZERO32, A]);
    expect(decodeAction(PROGRAMME, 0n, grant, known)).to.deep.equal({
      kind: "call",
      contract: "programme",
      target: PROGRAMME,
      fn: "grantRole",
      args: [ZERO32, A],
      value: 0n,
    });
    const relay = calldata(programmeGovernorAbi, "relay", [A, 0n, "0x"]);
    expect(decodeAction(GOVERNOR, 0n, relay, known)).to.deep.equal({
      kind: "call",
      contract: "governor",
      target: GOVERNOR,
      fn: "relay",
      args: [A, "0", "0x"],
      value: 0n,
    });
  });

  it("never words an action that sends value as a plain office action", () => {
    const createZone = calldata(pilotProgrammeAbi, "createZone", ["Xiamen", "Fujian", "", ZERO32]);
    expect(decodeAction(PROGRAMME, 5n, createZone, known)).to.deep.equal({
      kind: "call",
      contract: "programme",
      target: PROGRAMME,
      fn: "createZone",
      args: ['"Xiamen"', '"Fujian"', '""', ZERO32],
      value: 5n,
    });
  });

  it("keeps calldata to a target the deployment does not know raw, even when it would decode", () => {
    const createZone = calldata(pilotProgrammeAbi, "createZone", ["Xiamen", "Fujian", "", ZERO32]);
    expect(decodeAction(OTHER, 0n, createZone, known)).to.deep.equal({ kind: "raw", contract: "unknown", target: OTHER, data: createZone, value: 0n });
    // the same target in another case is the same contract
    expect(decodeAction(PROGRAMME.toUpperCase().replace("0X", "0x") as Address, 0n, createZone, known).kind).to.equal("createZone");
  });

  it("keeps calldata no function of the target's ABI matches raw: an unknown selector, a short or truncated payload", () => {
    expect(decodeAction(PROGRAMME, 0n, "0xdeadbeef", known)).to.deep.equal({
      kind: "raw",
      contract: "programme",
      target: PROGRAMME,
      data: "0xdeadbeef",
      value: 0n,
    });
    expect(decodeAction(SEATS, 3n, "0x", known)).to.deep.equal({ kind: "raw", contract: "seats", target: SEATS, data: "0x", value: 3n });
    const truncated = calldata(programmeSeatsAbi, "reassignSeat", [4, A]).slice(0, 40) as Hex;
    expect(decodeAction(SEATS, 0n, truncated, known)).to.deep.equal({ kind: "raw", contract: "seats", target: SEATS, data: truncated, value: 0n });
  });

  it("decodes a proposal's lists, action by action", () => {
    const targets = [PROGRAMME, OTHER];
    const calldatas = [calldata(pilotProgrammeAbi, "pause", []), "0x1234"];
    expect(decodeActions({ targets, values: [0n, 0n], calldatas }, known).map((a) => a.kind)).to.deep.equal(["pause", "raw"]);
  });

  it("reads a field mask as field ids", () => {
    expect(maskFields(0)).to.deep.equal([]);
    expect(maskFields(0b10001)).to.deep.equal([0, 4]);
    expect(maskFields(0x80000000 | 0)).to.deep.equal([31]);
  });
});
