/** sdk/proposals.ts: proposals' ids, times, actions and step refusals in plain words (pure, no chain). */
import { expect } from "chai";
import { describeAction, proposalStepRefusal, relativeTime, shortProposalId, timelockNotReady, type DecodedAction } from "../../sdk/proposals.js";

const A = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const action = (contract: DecodedAction["contract"], name: string | undefined, args: unknown[], value = 0n): DecodedAction => ({
  contract,
  target: "0x000000000000000000000000000000000000bEEF",
  value,
  name,
  args,
  data: "0x12345678abcdef",
});

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
    expect(await describeAction(action("programme", "appointZoneAdmin", [3n, A, 1_893_456_000n]), lookup)).to.equal(`Appoint ${A} as administrator of zone Xiamen until 2030-01-01`);
    expect(await describeAction(action("programme", "setRegulatorFields", [A, 1n << 11n, 1_893_456_000n]))).to.match(new RegExp(`^Appoint ${A} as regulator of \\S.* until 2030-01-01$`));
    expect(await describeAction(action("programme", "setExpertFields", [A, 0n, 1_893_456_000n]))).to.equal(`Dismiss ${A} as expert`);
    expect(await describeAction(action("programme", "setZoneStatus", [3n, 2n]), lookup)).to.equal("Set zone Xiamen to suspended");
    expect(await describeAction(action("programme", "pause", []))).to.equal("Pause the programme");
    expect(await describeAction(action("programme", "setGuardian", [`0x${"0".repeat(40)}`]))).to.equal("Remove the guardian");
    expect(await describeAction(action("seats", "reassignSeat", [8n, A]), lookup)).to.equal(`Reassign seat #8 (People's Bank of China) to ${A}`);
    expect(await describeAction(action("seats", "reassignSeat", [8n, A]), { seat: async () => { throw new Error("offline"); } })).to.equal(`Reassign seat #8 to ${A}`);
    expect(await describeAction(action("governor", "relay", [A, 0n, "0x"]))).to.equal(`call relay(${A}, 0, 0x) on the governor`);
    expect(await describeAction(action("unknown", undefined, [], 5n))).to.equal("call 0x12345678… on 0x000000000000000000000000000000000000bEEF (sending 5 wei)");
  });

  it("says why a step cannot be taken in each state, with times, and nothing when it can", () => {
    const p = { id: "5220d698", voteStart: 1_060, voteEnd: 1_360 };
    expect(proposalStepRefusal("vote", { ...p, state: "Active" }, 1_100)).to.equal(undefined);
    expect(proposalStepRefusal("vote", { ...p, state: "Pending" }, 1_000)).to.equal("voting on proposal 5220d698 has not started yet: it opens at 1970-01-01T00:17:40Z (in 60 s)");
    expect(proposalStepRefusal("queue", { ...p, state: "Active" }, 1_100)).to.equal(
      "proposal 5220d698 is still being voted on, until 1970-01-01T00:22:40Z (in 4 min): it can be queued only once it has succeeded",
    );
    expect(proposalStepRefusal("execute", { ...p, state: "Succeeded" }, 1_400)).to.match(/has succeeded but is not queued yet: queue it first/);
    expect(proposalStepRefusal("queue", { ...p, state: "Defeated" }, 1_400)).to.match(/^proposal 5220d698 was defeated .*: it cannot be queued$/);
    expect(proposalStepRefusal("execute", { ...p, state: "Executed" }, 1_400)).to.equal("proposal 5220d698 has already been executed: it cannot be executed again");
    expect(proposalStepRefusal("vote", { ...p, state: "Canceled" }, 1_400)).to.equal("proposal 5220d698 was cancelled: it cannot be voted on");
    expect(timelockNotReady({ ...p, state: "Queued", eta: 1_500 }, 1_492)).to.equal("the timelock holds proposal 5220d698 until 1970-01-01T00:25:00Z (in 8 s): execute it then");
  });
});
