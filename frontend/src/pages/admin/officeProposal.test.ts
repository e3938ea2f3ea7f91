// @vitest-environment node
/**
 * Issue 10: the Admin page's office forms propose when the office is the timelock. Which way each
 * account goes, the action each form proposes (the very call its direct form sends, decoded back as
 * the Governance page decodes it), the governor's arguments, the default description, the proposal's id.
 */
import { afterEach, describe, expect, it } from "vitest";
import { decodeFunctionData, encodeAbiParameters, encodeEventTopics, zeroHash, type Address, type Hex } from "viem";
import { pilotProgrammeAbi, programmeGovernorAbi } from "@pilot/sdk/generated/abis";
import { decodeAction } from "@pilot/sdk/proposalActions";
import i18n from "../../i18n";
import type { ActionNames } from "../../i18n/governanceText";
import { defaultDescription, isGuardian, officeCall, officeCalldata, officeMode, proposalDescription, proposalIdFrom, proposeArgs } from "./officeProposal";

const PROGRAMME: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const A: Address = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const names: ActionNames = { zone: (id) => (id === 2 ? "Chengdu" : undefined), seat: () => undefined, account: (a) => `${a.slice(0, 6)}…` };
const EXPIRY = 1_861_920_000; // 2029-01-01T00:00:00Z

afterEach(async () => {
  await i18n.changeLanguage("en");
});

describe("which way the office's forms go", () => {
  const governed = (votes: bigint, threshold = 1n) => ({ governed: true, votes, threshold });
  it("the office account sends them; with the timelock as office a seat holder proposes, anyone else is told what it needs", () => {
    expect(officeMode(true, undefined)).toBe("direct");
    expect(officeMode(true, governed(0n))).toBe("direct");
    expect(officeMode(false, governed(1n))).toBe("propose");
    expect(officeMode(false, governed(0n))).toBe("needsSeat");
    expect(officeMode(false, governed(1n, 2n))).toBe("needsSeat");
    expect(officeMode(false, governed(0n, 0n))).toBe("needsSeat");
    expect(officeMode(false, { governed: false, votes: 0n, threshold: 0n })).toBe("none");
    expect(officeMode(false, undefined)).toBe("none");
  });
  it("the guardian is recognised whatever the address's case", () => {
    expect(isGuardian(A, A.toLowerCase() as Address)).toBe(true);
    expect(isGuardian(A, undefined)).toBe(false);
    expect(isGuardian(undefined, A)).toBe(false);
  });
});

describe("the action each form proposes", () => {
  const decoded = (data: Hex) => decodeAction(PROGRAMME, 0n, data, { programme: PROGRAMME });
  it("is the programme call the direct form sends, for every office form", () => {
    const cases = [
      [officeCall("createZone", ["Xiamen", "Fujian", "", zeroHash]), { kind: "createZone", name: "Xiamen", region: "Fujian" }],
      [officeCall("appointZoneAdmin", [2, A, EXPIRY]), { kind: "appointZoneAdmin", zoneId: 2, account: A, expiresAt: EXPIRY }],
      [officeCall("setRegulatorFields", [A, 0b1010, EXPIRY]), { kind: "setRegulatorFields", account: A, fields: [1, 3], expiresAt: EXPIRY }],
      [officeCall("setExpertFields", [A, 0, EXPIRY]), { kind: "setExpertFields", account: A, fields: [], expiresAt: EXPIRY }],
      [officeCall("renewOffice", [A, EXPIRY]), { kind: "renewOffice", account: A, expiresAt: EXPIRY }],
      [officeCall("setZoneStatus", [2, 3]), { kind: "setZoneStatus", zoneId: 2, status: 3 }],
      [officeCall("setProjectStatus", [7, 3, "audit"]), { kind: "setProjectStatus", projectId: 7, status: 3, reason: "audit" }],
      [officeCall("pause", []), { kind: "pause" }],
      [officeCall("unpause", []), { kind: "unpause" }],
    ] as const;
    for (const [call, action] of cases) expect(decoded(officeCalldata(call))).toEqual(action);
  });

  it("goes to the governor's propose as one action on the programme, sending nothing", () => {
    const call = officeCall("createZone", ["Xiamen", "Fujian", "", zeroHash]);
    const [targets, values, calldatas, description] = proposeArgs(call, PROGRAMME, "# Create zone Xiamen in Fujian");
    expect(targets).toEqual([PROGRAMME]);
    expect(values).toEqual([0n]);
    expect(description).toBe("# Create zone Xiamen in Fujian");
    expect(decodeFunctionData({ abi: pilotProgrammeAbi, data: calldatas[0] as Hex })).toEqual({
      functionName: "createZone",
      args: ["Xiamen", "Fujian", "", zeroHash],
    });
  });
});

describe("the proposal's description", () => {
  it("defaults to a title saying what it does, in the page's language", async () => {
    expect(defaultDescription(officeCall("createZone", ["Xiamen", "Fujian", "", zeroHash]), PROGRAMME, names)).toBe("# Create zone Xiamen in Fujian");
    expect(defaultDescription(officeCall("setZoneStatus", [2, 2]), PROGRAMME, names)).toBe("# Set zone Chengdu to suspended");
    expect(defaultDescription(officeCall("pause", []), PROGRAMME, names)).toBe("# Pause the programme");
    await i18n.changeLanguage("zh-CN");
    expect(defaultDescription(officeCall("createZone", ["Xiamen", "Fujian", "", zeroHash]), PROGRAMME, names)).toBe("# 在福建设立厦门试点区");
  });
  it("is the author's own when written (trimmed), the default when left empty", () => {
    expect(proposalDescription("  Fujian asked for it.\n", "# Create zone Xiamen")).toBe("Fujian asked for it.");
    expect(proposalDescription("   ", "# Create zone Xiamen")).toBe("# Create zone Xiamen");
  });
});

describe("the new proposal's id", () => {
  it("is read from the receipt's ProposalCreated event", () => {
    const GOVERNOR: Address = "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9";
    const created = {
      address: GOVERNOR,
      topics: encodeEventTopics({ abi: programmeGovernorAbi, eventName: "ProposalCreated" }) as [Hex],
      data: encodeAbiParameters(
        [
          { type: "uint256" },
          { type: "address" },
          { type: "address[]" },
          { type: "uint256[]" },
          { type: "string[]" },
          { type: "bytes[]" },
          { type: "uint256" },
          { type: "uint256" },
          { type: "string" },
        ],
        [123456789n, A, [PROGRAMME], [0n], [""], ["0x8456cb59"], 10n, 20n, "# Pause the programme"],
      ),
      blockHash: null,
      blockNumber: null,
      logIndex: null,
      transactionHash: null,
      transactionIndex: null,
      removed: false,
    };
    expect(proposalIdFrom([created])).toBe(123456789n);
    expect(proposalIdFrom([])).toBeUndefined();
  });
});
