/** sdk/errors.ts: every custom error the contracts can raise has its own sentence. */
import { expect } from "chai";
import { Interface } from "ethers";
import { describeContractError, isKnownError } from "@pilot/sdk/errors";
import { pilotProgrammeAbi, programmeGovernorAbi, programmeReaderAbi, programmeSeatsAbi, programmeTimelockAbi } from "@pilot/sdk/generated/abis";

/** The suite's ABIs (sdk/generated/abis.ts, held equal to Hardhat's artifacts by test/sdk/generated-abis.test.ts). */
const ABIS = {
  PilotProgramme: pilotProgrammeAbi,
  ProgrammeReader: programmeReaderAbi,
  ProgrammeGovernor: programmeGovernorAbi,
  ProgrammeTimelock: programmeTimelockAbi,
  ProgrammeSeats: programmeSeatsAbi,
};

describe("custom errors in plain words (sdk/errors.ts)", () => {
  it("covers every error in the PilotProgramme, ProgrammeReader, ProgrammeGovernor, ProgrammeTimelock and ProgrammeSeats ABIs", async () => {
    for (const [name, abi] of Object.entries(ABIS)) {
      const iface = new Interface(abi);
      const missing: string[] = [];
      iface.forEachError((error) => {
        if (!isKnownError(error.name)) missing.push(error.name);
      });
      expect(missing, `${name}: no sentence for`).to.deep.equal([]);
    }
  });

  it("names zones, entities and projects through the optional lookup", async () => {
    const account = "0x00000000000000000000000000000000000000aB";
    const lookup = { zone: async (id: number) => (id === 15 ? "Chengdu" : undefined), project: async () => "Shared records" };
    expect(await describeContractError("NotZoneAdmin", [15n, account], lookup)).to.equal(`account ${account} is not an administrator of zone Chengdu`);
    expect(await describeContractError("NotZoneAdmin", [3n, account], lookup)).to.equal(`account ${account} is not an administrator of zone #3`);
    expect(await describeContractError("NotZoneAdmin", [0n, account])).to.equal(`account ${account} administers no zone`);
    expect(await describeContractError("IllegalProjectTransition", [2n, 4n, 2n], lookup)).to.equal(
      'project #2 "Shared records" cannot go from rejected to active',
    );
    expect(await describeContractError("NotRegulator", [11n, account])).to.equal(`account ${account} is not a regulator of field Health`);
    expect(await describeContractError("ExpiredSignature", [0n])).to.equal("the signature expired at 1970-01-01T00:00:00Z");
    // InvalidNonce comes from attestBySig and from increaseNonce: the sentence is true of both
    expect(await describeContractError("InvalidNonce", [account, 3n])).to.equal(
      `${account}'s signature nonce is 3: a new nonce must be above it, and only a signature carrying exactly 3 can be relayed (a lower one was already used or voided, a higher one must wait)`,
    );
    expect(await describeContractError("AccessControlUnauthorizedAccount", [account, `0x${"0".repeat(64)}`])).to.match(/is not the programme office/);
    expect(await describeContractError("SomethingNew", [1n, "x"])).to.equal("the contract refused: SomethingNew(1, x)");
    // issue 10: an expired office names its expiry; governance refusals say what the proposal needs
    expect(await describeContractError("OfficeExpired", [account, 1n, 1_767_225_600n])).to.equal(
      `account ${account}'s office as regulator expired at 2026-01-01T00:00:00Z: it acts as no office until the programme office renews it`,
    );
    expect(await describeContractError("GovernorUnexpectedProposalState", [7n, 3n, 1n << 4n])).to.equal(
      "proposal 7 is defeated; this needs it to be succeeded",
    );
    expect(
      await describeContractError("AccessControlUnauthorizedAccount", [account, "0xb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1"]),
    ).to.match(/lacks the timelock's proposer \(the governor\) role/);
    const failing = {
      zone: async () => {
        throw new Error("offline");
      },
    };
    expect(await describeContractError("ZoneNotActive", [1n, 2n], failing)).to.equal("zone #1 is not active (it is suspended)");
  });
});
