// @vitest-environment node
import { describe, expect, it } from "vitest";
import { BaseError, encodeErrorResult } from "viem";
import { pilotProgrammeAbi } from "@pilot/sdk/generated/abis";
import i18n from "../i18n";
import { decodeRevert } from "@pilot/sdk/revert";
import { explainError } from "./contractErrors";

const account = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const data = encodeErrorResult({ abi: pilotProgrammeAbi, errorName: "NotZoneAdmin", args: [1, account] });

describe("contract refusals in plain words", () => {
  it("decodes raw revert data found anywhere in the cause chain", () => {
    const err = new BaseError("call failed", { cause: Object.assign(new Error("inner"), { data }) });
    expect(decodeRevert(err)).toEqual({ name: "NotZoneAdmin", args: [1, account] });
  });
  it("names the zone and shortens the account", async () => {
    const err = Object.assign(new Error("execution reverted"), { data: { data } });
    expect(await explainError(err, { zone: async () => "Chengdu" })).toBe("Account 0x9965…A4dc is not an administrator of zone Chengdu.");
  });
  it("says a rejection in the wallet sent nothing", async () => {
    expect(await explainError(Object.assign(new Error("User rejected"), { code: 4001 }))).toBe("You rejected the request in your wallet. Nothing was sent.");
  });
  it("in Chinese mode: the refusal and the rejection in Chinese (issue 12)", async () => {
    await i18n.changeLanguage("zh-CN");
    try {
      const err = Object.assign(new Error("execution reverted"), { data: { data } });
      expect(await explainError(err, { zone: async () => "Chengdu" })).toBe("账户 0x9965…A4dc 不是试点区成都的管理员。");
      expect(await explainError(Object.assign(new Error("User rejected"), { code: 4001 }))).toBe("您在钱包中拒绝了该请求，未发送任何内容。");
    } finally {
      await i18n.changeLanguage("en");
    }
  });
});
