/**
 * sdk/revert.ts without a node: revert data found in the error shapes viem, ethers, Hardhat's
 * provider and a raw JSON-RPC answer produce, decoded against the suite's generated ABIs, and
 * put into errors.ts's words; anything else is left undecoded.
 */
import { expect } from "chai";
import { Interface, type InterfaceAbi } from "ethers";
import { BaseError, ContractFunctionRevertedError, encodeErrorResult } from "viem";
import { pilotProgrammeAbi, programmeGovernorAbi } from "@pilot/sdk/generated/abis";
import { SUITE_ERRORS, decodeRevert, decodeRevertData, explainRevert, findRevertData } from "@pilot/sdk/revert";

const account = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const data = encodeErrorResult({ abi: pilotProgrammeAbi, errorName: "NotZoneAdmin", args: [1, account] });
const notZoneAdmin = { name: "NotZoneAdmin", args: [1, account] };

describe("sdk/revert: revert data out of any client's error, decoded against the suite's ABIs", () => {
  const shapes: Array<[string, unknown]> = [
    ["data on the error (ethers CALL_EXCEPTION)", Object.assign(new Error("execution reverted"), { data })],
    ["data.data (a provider's JSON-RPC error object)", Object.assign(new Error("execution reverted"), { data: { data } })],
    ["error.data (ethers' wrapped provider error)", { code: "UNKNOWN_ERROR", error: { code: -32603, data } }],
    ["info.error.data (ethers' info payload)", { info: { error: { code: 3, message: "execution reverted", data } } }],
    ["parent.data (Hardhat's provider chain)", { parent: { parent: { data } } }],
    ["cause.data (viem's cause chain)", new BaseError("call failed", { cause: Object.assign(new Error("inner"), { data }) })],
  ];
  for (const [where, error] of shapes) {
    it(`finds and decodes the data in ${where}`, () => {
      expect(findRevertData(error)).to.equal(data);
      expect(decodeRevert(error)).to.deep.equal(notZoneAdmin);
    });
  }

  it("takes viem's own decoding when the call already decoded the revert", () => {
    const reverted = new ContractFunctionRevertedError({ abi: pilotProgrammeAbi, data, functionName: "attest" });
    expect(decodeRevert(new BaseError("simulation failed", { cause: reverted }))).to.deep.equal(notZoneAdmin);
  });

  it("finds nothing in errors without revert data, or too deep, or with less than a selector", () => {
    let deep: Record<string, unknown> = { data };
    for (let i = 0; i < 10; i++) deep = { cause: deep };
    for (const error of [undefined, null, "0x12345678", new Error("network down"), { data: "0x1234" }, { data: "not hex" }, deep]) {
      expect(findRevertData(error)).to.equal(undefined);
      expect(decodeRevert(error)).to.equal(undefined);
    }
  });

  it("decodes any contract of the suite's errors (the governor's too), and nothing else", () => {
    const governorError = new Interface(programmeGovernorAbi as InterfaceAbi).encodeErrorResult("GovernorNonexistentProposal", [7n]);
    expect(decodeRevertData(governorError as `0x${string}`)).to.deep.equal({ name: "GovernorNonexistentProposal", args: [7n] });
    expect(decodeRevertData("0xdeadbeef")).to.equal(undefined);
    expect(decodeRevertData(data, [])).to.equal(undefined);
    const names = SUITE_ERRORS.map((e) => (e.type === "error" ? e.name : ""));
    expect(new Set(names).size).to.equal(names.length, "each error once");
  });

  it("decodes ethers-encoded data to the same name and arguments as viem-encoded data", () => {
    const ethersData = new Interface(pilotProgrammeAbi as InterfaceAbi).encodeErrorResult("NotZoneAdmin", [1, account]);
    expect(decodeRevertData(ethersData as `0x${string}`)).to.deep.equal(notZoneAdmin);
  });

  it("puts a refusal into errors.ts's words, with names from the lookup", async () => {
    expect(await explainRevert({ error: { data } }, { zone: async () => "Chengdu" })).to.equal(`account ${account} is not an administrator of zone Chengdu`);
    expect(await explainRevert(new Error("network down"))).to.equal(undefined);
  });
});
