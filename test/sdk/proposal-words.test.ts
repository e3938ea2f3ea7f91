/** sdk/proposals.ts: proposals' ids, times, actions and step refusals in plain words (pure, no chain). */
import { expect } from "chai";
import { encodeFunctionData, type Abi, type Address, type Hex } from "viem";
import { pilotProgrammeAbi, programmeGovernorAbi, programmeSeatsAbi, programmeTimelockAbi } from "@pilot/sdk/generated/abis";
import { decodeAction } from "@pilot/sdk/proposalActions";
import { describeAction, proposalStepRefusal, relativeTime, shortProposalId, timelockNotReady } from "@pilot/sdk/proposals";

const A = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const known = {
  programme: "0x1000000000000000000000000000000000000001",
  seats: "0x2000000000000000000000000000000000000002",
  governor: "0x3000000000000000000000000000000000000003",
  timelock: "0x4000000000000000000000000000000000000004",
} as const;
const ABI: Record<keyof typeof known, Abi> = {
  programme: pilotProgrammeAbi,
  seats: programmeSeatsAbi,
  governor: programmeGovernorAbi,
  timelock: programmeTimelockAbi,
};
/** An action as a proposal carries it (calldata to one of the suite's contracts), decoded by the sdk. */
const action = (contract: keyof typeof known, functionName: string, args: unknown[], value = 0n) =>
  decodeAction(known[contract], value, encodeFunctionData({ abi: ABI[contract], functionName, args } as never) as Hex, known);
const unknownTarget = (data: Hex, value = 0n) => decodeAction("0x000000000000000000000000000000000000bEEF" as Address, value, data, known);

describe("proposals in plain words (sdk/proposals.ts)", () => {
  it("shortens ids to their first 8 hex digits and says how far a time lies", () => {
    expect(shortProposalId(0x5220d698n << 224n)).to.equal("5220d698");
    expect(shortProposalId(15n)).to.equal("00000000");
    expect(relativeTime(1_000 + 40, 1_000)).to.equal("in 40 s");
    expect(relativeTime(1_000 + 180, 1_000)).to.equal("in 3 min");
    expect(relativeTime(1_000, 1_000 + 7_200)).to.equal("2 h ago");
    expect(relativeTime(1_000, 1_000 + 3 * 86_400)).to.equal("3 d ago");
    expect(relativeTime(1_000, 1_000)).to.equal("now");
  });

  it("puts each office action into words, with names from the lookup, and falls back to the call", async () => {
    const lookup = { zone: async () => "Xiamen", seat: async () => "People's Bank of China" };
    expect(await describeAction(action("programme", "createZone", ["Xiamen", "Fujian", "", `0x${"0".repeat(64)}`]))).to.equal("Create zone Xiamen in Fujian");
    expect(await describeAction(action("programme", "appointZoneAdmin", [3n, A, 1_893_456_000n]), lookup)).to.equal(
      `Appoint ${A} as administrator of zone Xiamen until 2030-01-01`,
    );
    expect(await describeAction(action("programme", "setRegulatorFields", [A, 1n << 11n, 1_893_456_000n]))).to.match(
      new RegExp(`^Appoint ${A} as regulator of \\S.* until 2030-01-01$`),
    );
    expect(await describeAction(action("programme", "setExpertFields", [A, 0n, 1_893_456_000n]))).to.equal(`Dismiss ${A} as expert`);
    expect(await describeAction(action("programme", "setZoneStatus", [3n, 2n]), lookup)).to.equal("Set zone Xiamen to suspended");
    expect(await describeAction(action("programme", "pause", []))).to.equal("Pause the programme");
    expect(await describeAction(action("programme", "setGuardian", [`0x${"0".repeat(40)}`]))).to.equal("Remove the guardian");
    expect(await describeAction(action("seats", "reassignSeat", [8n, A]), lookup)).to.equal(`Reassign seat #8 (People's Bank of China) to ${A}`);
    expect(
      await describeAction(action("seats", "reassignSeat", [8n, A]), {
        seat: async () => {
          throw new Error("offline");
        },
      }),
    ).to.equal(`Reassign seat #8 to ${A}`);
    expect(await describeAction(action("governor", "relay", [A, 0n, "0x"]))).to.equal(`call relay(${A}, 0, 0x) on the governor`);
    expect(await describeAction(unknownTarget("0x12345678abcdef", 5n))).to.equal(
      "call 0x12345678… on 0x000000000000000000000000000000000000bEEF (sending 5 wei)",
    );
    expect(await describeAction(decodeAction(known.programme, 0n, "0xdeadbeef", known))).to.equal("call 0xdeadbeef… on the programme");
    expect(await describeAction(action("programme", "createZone", ["Xiamen", "Fujian", "", `0x${"0".repeat(64)}`], 5n))).to.equal(
      'call createZone("Xiamen", "Fujian", "", 0x0000000000000000000000000000000000000000000000000000000000000000) on the programme (sending 5 wei)',
    );
  });

  it("words the entity, hand-over and threshold actions the terminal tool already named", async () => {
    const lookup = { zone: async () => "Xiamen", entity: async () => "Xiamen Data Co." };
    expect(await describeAction(action("programme", "setEntityStatus", [4, 2]), lookup)).to.equal('Set entity #4 "Xiamen Data Co." to suspended');
    expect(await describeAction(action("programme", "removeSigner", [4, A]))).to.equal(`Remove signer ${A} from entity #4`);
    expect(await describeAction(action("programme", "addSigner", [4, { account: A, deadline: 0n, signature: "0x" }]), lookup)).to.equal(
      `Add signer ${A} to entity #4 "Xiamen Data Co."`,
    );
    expect(await describeAction(action("programme", "registerEntity", [3, "Xiamen Data Co.", 1, 1, "", `0x${"0".repeat(64)}`, []]), lookup)).to.equal(
      "Register entity Xiamen Data Co. in zone Xiamen",
    );
    expect(await describeAction(action("programme", "beginDefaultAdminTransfer", [A]))).to.equal(`Begin handing the programme office to ${A}`);
    expect(await describeAction(action("programme", "cancelDefaultAdminTransfer", []))).to.equal("Cancel the pending hand-over of the programme office");
    expect(await describeAction(action("governor", "setProposalThreshold", [1n]))).to.equal("Set the proposal threshold to 1 vote(s)");
    expect(await describeAction(action("timelock", "updateDelay", [172_800n]))).to.equal("Set the timelock's delay to 172800 s");
  });

  it("says why a step cannot be taken in each state, with times, and nothing when it can", () => {
    const p = { id: "5220d698", voteStart: 1_060, voteEnd: 1_360 };
    expect(proposalStepRefusal("vote", { ...p, state: "Active" }, 1_100)).to.equal(undefined);
    expect(proposalStepRefusal("vote", { ...p, state: "Pending" }, 1_000)).to.equal(
      "voting on proposal 5220d698 has not started yet: it opens at 1970-01-01T00:17:40Z (in 60 s)",
    );
    expect(proposalStepRefusal("queue", { ...p, state: "Active" }, 1_100)).to.equal(
      "proposal 5220d698 is still being voted on, until 1970-01-01T00:22:40Z (in 4 min): it can be queued only once it has succeeded",
    );
    expect(proposalStepRefusal("execute", { ...p, state: "Succeeded" }, 1_400)).to.match(/has succeeded but is not queued yet: queue it first/);
    expect(proposalStepRefusal("queue", { ...p, state: "Defeated" }, 1_400)).to.match(/^proposal 5220d698 was defeated .*: it cannot be queued$/);
    expect(proposalStepRefusal("execute", { ...p, state: "Executed" }, 1_400)).to.equal(
      "proposal 5220d698 has already been executed: it cannot be executed again",
    );
    expect(proposalStepRefusal("vote", { ...p, state: "Canceled" }, 1_400)).to.equal("proposal 5220d698 was cancelled: it cannot be voted on");
    expect(timelockNotReady({ ...p, state: "Queued", eta: 1_500 }, 1_492)).to.equal(
      "the timelock holds proposal 5220d698 until 1970-01-01T00:25:00Z (in 8 s): execute it then",
    );
  });
});
