// @vitest-environment node
/** The Governance page's words in both languages: actions, states, durations, bodies and refusals. */
import { afterEach, describe, expect, it } from "vitest";
import type { Address } from "viem";
import { describeContractError } from "@pilot/sdk/errors";
import { GOVERNING_BODIES } from "@pilot/sdk/governance";
import i18n from "./index";
import { actionText, bodyName, durationText, GOVERNANCE_LOCAL, proposalStateLabel, proposalTitle, type ActionNames } from "./governanceText";
import { BODY_NAMES_ZH } from "./sampleNames";
import { refusalText } from "../components/governance/refusalText";

const A: Address = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const names: ActionNames = {
  zone: (id) => (id === 15 ? "Chengdu" : undefined),
  seat: (id) => (id === 16 ? "Ministry of Commerce" : undefined),
  account: (a) => `${a.slice(0, 6)}…`,
};

afterEach(async () => {
  await i18n.changeLanguage("en");
});

describe("governance words", () => {
  it("says what an action does, in English", async () => {
    await i18n.changeLanguage("en");
    expect(actionText({ kind: "createZone", name: "Xiamen", region: "Fujian" }, names)).toBe("Create zone Xiamen in Fujian");
    expect(actionText({ kind: "setProjectStatus", projectId: 7, status: 3, reason: "audit" }, names)).toBe("Set project #7 to suspended (“audit”)");
    expect(actionText({ kind: "setProjectStatus", projectId: 7, status: 2, reason: "" }, names)).toBe("Set project #7 to active");
    expect(actionText({ kind: "setZoneStatus", zoneId: 15, status: 2 }, names)).toBe("Set zone Chengdu to suspended");
    expect(actionText({ kind: "reassignSeat", seatId: 16, holder: A }, names)).toBe("Give the seat of Ministry of Commerce to 0x9965…");
    expect(actionText({ kind: "removeSeat", seatId: 3 }, names)).toBe("Remove the seat of seat #3");
    expect(actionText({ kind: "setVotingPeriod", seconds: 5 * 86_400 }, names)).toBe("Set the voting period to 5 d");
    expect(actionText({ kind: "setRegulatorFields", account: A, fields: [], expiresAt: 0 }, names)).toBe("Dismiss regulator 0x9965…");
    expect(actionText({ kind: "call", contract: "programme", target: A, fn: "grantRole", args: ["0x00", A], value: 0n }, names)).toBe(
      `Call grantRole(0x00, ${A}) on 0x9965…A4dc`,
    );
    expect(actionText({ kind: "appointZoneAdmin", zoneId: 99, account: A, expiresAt: 1_800_000_000 }, names)).toMatch(
      /^Appoint 0x9965… administrator of zone Zone #99 until .*2027/,
    );
    // a term ends on a day: its date, no time of day
    expect(actionText({ kind: "renewOffice", account: A, expiresAt: 1_861_920_000 }, names)).toMatch(/until Jan 1, 2029$/);
  });

  it("says what an action does, in Chinese, with the sample's Chinese names", async () => {
    await i18n.changeLanguage("zh-CN");
    expect(actionText({ kind: "createZone", name: "Xiamen", region: "Fujian" }, names)).toBe("在福建设立厦门试点区");
    expect(actionText({ kind: "setZoneStatus", zoneId: 15, status: 2 }, names)).toBe("将试点区成都的状态改为已暂停");
    expect(actionText({ kind: "reassignSeat", seatId: 16, holder: A }, names)).toBe("将商务部的席位转由 0x9965… 持有");
    expect(actionText({ kind: "setVotingPeriod", seconds: 5 * 86_400 + 7_200 }, names)).toBe("将表决期设为5天2小时");
    expect(actionText({ kind: "pause" }, names)).toBe("暂停本项目");
  });

  it("words the entity, hand-over and threshold actions in both languages", async () => {
    await i18n.changeLanguage("en");
    expect(actionText({ kind: "setEntityStatus", entityId: 4, status: 2 }, names)).toBe("Set entity #4 to suspended");
    expect(actionText({ kind: "removeSigner", entityId: 4, account: A }, names)).toBe("Remove signer 0x9965… from entity #4");
    expect(actionText({ kind: "addSigner", entityId: 4, account: A }, names)).toBe("Add signer 0x9965… to entity #4");
    expect(actionText({ kind: "registerEntity", zoneId: 15, name: "Chengdu Data Co." }, names)).toBe("Register entity Chengdu Data Co. in zone Chengdu");
    expect(actionText({ kind: "beginDefaultAdminTransfer", account: A }, names)).toBe("Begin handing the programme office to 0x9965…");
    expect(actionText({ kind: "cancelDefaultAdminTransfer" }, names)).toBe("Cancel the pending hand-over of the programme office");
    expect(actionText({ kind: "setProposalThreshold", votes: 1 }, names)).toBe("Set the proposal threshold to 1 vote");
    expect(actionText({ kind: "setProposalThreshold", votes: 2 }, names)).toBe("Set the proposal threshold to 2 votes");
    expect(actionText({ kind: "raw", contract: "unknown", target: A, data: "0xdeadbeef", value: 5n }, names)).toBe(
      "Call 0x9965…A4dc with data 0xdeadbeef (sending 5 wei)",
    );
    await i18n.changeLanguage("zh-CN");
    expect(actionText({ kind: "setEntityStatus", entityId: 4, status: 3 }, names)).toBe("将主体 #4 的状态改为已撤销");
    expect(actionText({ kind: "removeSigner", entityId: 4, account: A }, names)).toBe("移除主体 #4 的签名人 0x9965…");
    expect(actionText({ kind: "addSigner", entityId: 4, account: A }, names)).toBe("为主体 #4 添加签名人 0x9965…");
    expect(actionText({ kind: "registerEntity", zoneId: 15, name: "Chengdu Data Co." }, names)).toBe("在试点区成都登记主体“Chengdu Data Co.”");
    expect(actionText({ kind: "beginDefaultAdminTransfer", account: A }, names)).toBe("开始将试点工作办公室移交给 0x9965…");
    expect(actionText({ kind: "cancelDefaultAdminTransfer" }, names)).toBe("取消尚未完成的试点工作办公室移交");
    expect(actionText({ kind: "setProposalThreshold", votes: 2 }, names)).toBe("将提案门槛设为 2 票");
  });

  it("names states, durations and the sixteen bodies in both languages", async () => {
    expect(proposalStateLabel("Succeeded")).toBe("Passed");
    expect(durationText(303)).toBe("5 min 3 s");
    expect(bodyName("People's Bank of China")).toBe("People's Bank of China");
    await i18n.changeLanguage("zh-CN");
    expect(proposalStateLabel("Queued")).toBe("时间锁中");
    expect(durationText(303)).toBe("5分钟3秒");
    expect(bodyName("People's Bank of China")).toBe("中国人民银行");
    expect(GOVERNING_BODIES.filter((b) => !BODY_NAMES_ZH[b])).toEqual([]);
  });

  it("titles a proposal by its description's first line", () => {
    expect(proposalTitle("# Create zone Xiamen\n\nWhy: the province asked.")).toBe("Create zone Xiamen");
    expect(proposalTitle("x".repeat(200))).toHaveLength(120);
  });

  it("words refusals as sdk/errors.ts does in English, and in Chinese in Chinese mode", async () => {
    const refusal = { name: "TimelockNotReady", args: [1_800_000_000] };
    expect(refusalText(refusal)).toBe(`${(await describeContractError(refusal.name, refusal.args)).replace(/^t/, "T")}.`);
    expect(refusalText({ name: "NotSeatHolder", args: [A] })).toBe("Account 0x9965…A4dc holds no seat: only the bodies' seat holders vote.");
    await i18n.changeLanguage("zh-CN");
    expect(refusalText(refusal)).toBe("时间锁将本提案保留至 2027-01-15T08:00:00Z，届时方可执行。");
    expect(GOVERNANCE_LOCAL["ProposalNotSucceeded"]?.([3])).toBe("只有已通过的提案才能提交至时间锁；本提案的状态为未通过");
    expect(GOVERNANCE_LOCAL["GovernorAlreadyCastVote"]?.([A])).toBe(`账户 ${A} 已对本提案投过票`);
  });
});
