import { expect } from "chai";
import { network } from "hardhat";
import { TERM_END } from "../helpers/fixtures.js";

const connection = await network.create();
const { ethers } = connection;

describe("ProgrammeGovernance constructor", () => {
  it("refuses 0 and more than 32 fields (InvalidField)", async () => {
    const [admin] = await ethers.getSigners();
    const factory = await ethers.getContractFactory("PilotProgramme");
    for (const fieldCount of [0, 33, 255]) {
      await expect(factory.deploy(fieldCount, 60, admin.address, ethers.ZeroAddress))
        .to.be.revertedWithCustomError(factory, "InvalidField")
        .withArgs(fieldCount);
    }
  });

  it("accepts 1 to 32 fields; the valid bitmask follows FIELD_COUNT", async () => {
    const [admin, who] = await ethers.getSigners();
    const factory = await ethers.getContractFactory("PilotProgramme");

    const one = await factory.deploy(1, 60, admin.address, ethers.ZeroAddress);
    expect(await one.FIELD_COUNT()).to.equal(1n);
    await expect(one.setRegulatorFields(who.address, 1, TERM_END))
      .to.emit(one, "RegulatorFieldsSet")
      .withArgs(who.address, 1, TERM_END);
    await expect(one.setRegulatorFields(who.address, 2, TERM_END))
      .to.be.revertedWithCustomError(one, "InvalidFields")
      .withArgs(2);

    const all = await factory.deploy(32, 60, admin.address, ethers.ZeroAddress);
    expect(await all.FIELD_COUNT()).to.equal(32n);
    await expect(all.setExpertFields(who.address, 2 ** 32 - 1, TERM_END))
      .to.emit(all, "ExpertFieldsSet")
      .withArgs(who.address, 2 ** 32 - 1, TERM_END);
  });

  it("refuses the zero address as programme admin", async () => {
    const factory = await ethers.getContractFactory("PilotProgramme");
    await expect(factory.deploy(17, 60, ethers.ZeroAddress, ethers.ZeroAddress))
      .to.be.revertedWithCustomError(factory, "AccessControlInvalidDefaultAdmin")
      .withArgs(ethers.ZeroAddress);
  });
});
